-- Back to the anchor_at rollups of 0003/0005 and the counts and holiday view of 0006.
-- Indicators inserted while 0011 was applied are not in the old rollups (backfill
-- them from the raw table if needed).
DROP VIEW IF EXISTS {database}.incident_counts;
DROP VIEW IF EXISTS {database}.incidents_mv;
DROP TABLE IF EXISTS {database}.incidents;

DROP VIEW IF EXISTS {database}.indicators_daily_counts_mv;
CREATE MATERIALIZED VIEW IF NOT EXISTS {database}.indicators_daily_counts_mv
REFRESH EVERY 1 MINUTE
TO {database}.indicators_daily_counts
AS SELECT day, category, axis, severity, uniqMerge(indicators) AS indicators
FROM {database}.indicators_daily
GROUP BY day, category, axis, severity;

DROP VIEW IF EXISTS {database}.indicators_channel_counts_mv;
CREATE MATERIALIZED VIEW IF NOT EXISTS {database}.indicators_channel_counts_mv
REFRESH EVERY 1 MINUTE
TO {database}.indicators_channel_counts
AS SELECT day, channel, uniqMerge(indicators) AS indicators
FROM {database}.indicators_daily
GROUP BY day, channel;

DROP VIEW IF EXISTS {database}.hour_of_week_counts_mv;
CREATE MATERIALIZED VIEW IF NOT EXISTS {database}.hour_of_week_counts_mv
REFRESH EVERY 1 MINUTE
TO {database}.hour_of_week_counts
AS SELECT day, weekday, hour, category, uniqMerge(indicators) AS indicators
FROM {database}.indicators_hour_of_week
GROUP BY day, weekday, hour, category;

DROP VIEW IF EXISTS {database}.agent_weekly_counts_mv;
CREATE MATERIALIZED VIEW IF NOT EXISTS {database}.agent_weekly_counts_mv
REFRESH EVERY 1 MINUTE
TO {database}.agent_weekly_counts
AS SELECT toMonday(day) AS week, agent_key, category, severity, uniqMerge(indicators) AS indicators
FROM {database}.agent_exposure_daily
GROUP BY week, agent_key, category, severity;

CREATE OR REPLACE VIEW {database}.indicators_by_day_type
AS SELECT
    d.day AS day,
    multiIf(h.day != toDate(0), '祝日 holiday', toDayOfWeek(d.day) >= 6, '土日 weekend', '平日 weekday') AS day_type,
    d.indicators AS indicators
FROM
(
    SELECT day, sum(indicators) AS indicators
    FROM {database}.indicators_daily_counts
    GROUP BY day
) AS d
LEFT JOIN (SELECT DISTINCT day FROM {database}.jp_holidays) AS h ON h.day = d.day;

DROP VIEW IF EXISTS {database}.agent_exposure_daily_by_event_mv;
DROP TABLE IF EXISTS {database}.agent_exposure_daily_by_event;
DROP VIEW IF EXISTS {database}.indicators_hour_of_week_by_event_mv;
DROP TABLE IF EXISTS {database}.indicators_hour_of_week_by_event;
DROP VIEW IF EXISTS {database}.indicators_daily_by_event_mv;
DROP TABLE IF EXISTS {database}.indicators_daily_by_event;

ALTER TABLE {database}.indicators
    COMMENT COLUMN occurred_at 'event time of the last evidence event';

CREATE MATERIALIZED VIEW IF NOT EXISTS {database}.indicators_daily_mv
TO {database}.indicators_daily
AS SELECT
    toDate(anchor_at, 'Asia/Tokyo') AS day,
    category,
    axis,
    severity,
    channel,
    uniqState(indicator_id) AS indicators,
    uniqState(customer_key) AS customers
FROM {database}.indicators
GROUP BY day, category, axis, severity, channel;

CREATE MATERIALIZED VIEW IF NOT EXISTS {database}.indicators_hour_of_week_mv
TO {database}.indicators_hour_of_week
AS SELECT
    toDate(anchor_at, 'Asia/Tokyo') AS day,
    toUInt8(toDayOfWeek(anchor_at, 0, 'Asia/Tokyo')) AS weekday,
    toUInt8(toHour(toTimeZone(anchor_at, 'Asia/Tokyo'))) AS hour,
    channel,
    category,
    uniqState(indicator_id) AS indicators
FROM {database}.indicators
GROUP BY day, weekday, hour, channel, category;

CREATE MATERIALIZED VIEW IF NOT EXISTS {database}.agent_exposure_daily_mv
TO {database}.agent_exposure_daily
AS SELECT
    toDate(anchor_at, 'Asia/Tokyo') AS day,
    assumeNotNull(known_agent) AS agent_key,
    category,
    axis,
    severity,
    uniqState(indicator_id) AS indicators,
    uniqState(customer_key) AS customers
FROM
(
    SELECT anchor_at, agent_key AS known_agent, category, axis, severity, indicator_id, customer_key
    FROM {database}.indicators
    WHERE known_agent IS NOT NULL
)
GROUP BY day, agent_key, category, axis, severity;

-- The staff counts of 0007 back on the anchor_at staff rollup.
DROP VIEW IF EXISTS {database}.agent_daily_counts_mv;
CREATE MATERIALIZED VIEW IF NOT EXISTS {database}.agent_daily_counts_mv
REFRESH EVERY 1 MINUTE
TO {database}.agent_daily_counts
AS SELECT e.day AS day, e.agent_key AS agent_key,
          if(t.team = '', '未登録 unassigned', t.team) AS team,
          e.category AS category, e.axis AS axis, e.severity AS severity,
          e.indicators AS indicators
FROM
(
    SELECT day, agent_key, category, axis, severity, uniqMerge(indicators) AS indicators
    FROM {database}.agent_exposure_daily
    GROUP BY day, agent_key, category, axis, severity
) AS e
LEFT JOIN
(
    SELECT agent_key, argMax(team, loaded_at) AS team FROM {database}.staff_teams GROUP BY agent_key
) AS t ON t.agent_key = e.agent_key;

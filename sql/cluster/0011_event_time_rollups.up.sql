-- Cluster variant of sql/0011_event_time_rollups.up.sql (read that file for the why).
-- New rollups are `_local` Replicated AggregatingMergeTree tables behind Distributed
-- tables (as in 0003), fed by views on each shard's `indicators_local`; the per-node
-- counts of 0006 are re-pointed to the new Distributed rollups; the backfills go
-- through the Distributed tables (FINAL is exact: an id's versions share a shard).

DROP VIEW IF EXISTS {database}.indicators_daily_mv ON CLUSTER '{cluster}' SYNC;
DROP VIEW IF EXISTS {database}.indicators_hour_of_week_mv ON CLUSTER '{cluster}' SYNC;
DROP VIEW IF EXISTS {database}.agent_exposure_daily_mv ON CLUSTER '{cluster}' SYNC;

ALTER TABLE {database}.indicators_local ON CLUSTER '{cluster}'
    COMMENT COLUMN occurred_at 'event time of the event that fired the indicator: its display time, fixed per indicator_id';

ALTER TABLE {database}.indicators ON CLUSTER '{cluster}'
    COMMENT COLUMN occurred_at 'event time of the event that fired the indicator: its display time, fixed per indicator_id';

CREATE TABLE IF NOT EXISTS {database}.indicators_daily_by_event_local ON CLUSTER '{cluster}'
(
    day        Date COMMENT 'occurred_at as a calendar day in Asia/Tokyo',
    category   LowCardinality(String),
    axis       LowCardinality(String),
    severity   Enum8('low' = 1, 'medium' = 2, 'high' = 3),
    channel    LowCardinality(String),
    indicators AggregateFunction(uniq, String) COMMENT 'uniqMerge(indicators) = distinct indicator_id',
    customers  AggregateFunction(uniq, String) COMMENT 'uniqMerge(customers) = distinct customer_key'
)
ENGINE = ReplicatedAggregatingMergeTree('/clickhouse/tables/{shard}/{database}/indicators_daily_by_event_local', '{replica}')
PARTITION BY toYYYYMM(day)
ORDER BY (day, category, axis, severity, channel)
TTL day + INTERVAL 3650 DAY;

CREATE TABLE IF NOT EXISTS {database}.indicators_daily_by_event ON CLUSTER '{cluster}'
AS {database}.indicators_daily_by_event_local
ENGINE = Distributed('{cluster}', '{database}', 'indicators_daily_by_event_local', cityHash64(day));

CREATE MATERIALIZED VIEW IF NOT EXISTS {database}.indicators_daily_by_event_mv ON CLUSTER '{cluster}'
TO {database}.indicators_daily_by_event_local
DEFINER = CURRENT_USER SQL SECURITY DEFINER
AS SELECT
    toDate(occurred_at, 'Asia/Tokyo') AS day,
    category,
    axis,
    severity,
    channel,
    uniqState(indicator_id) AS indicators,
    uniqState(customer_key) AS customers
FROM {database}.indicators_local
GROUP BY day, category, axis, severity, channel;

CREATE TABLE IF NOT EXISTS {database}.indicators_hour_of_week_by_event_local ON CLUSTER '{cluster}'
(
    day        Date COMMENT 'occurred_at as a calendar day in Asia/Tokyo',
    weekday    UInt8 COMMENT '1 = Monday … 7 = Sunday (Asia/Tokyo, of occurred_at)',
    hour       UInt8 COMMENT '0 … 23 (Asia/Tokyo, of occurred_at)',
    channel    LowCardinality(String),
    category   LowCardinality(String),
    indicators AggregateFunction(uniq, String)
)
ENGINE = ReplicatedAggregatingMergeTree('/clickhouse/tables/{shard}/{database}/indicators_hour_of_week_by_event_local', '{replica}')
PARTITION BY toYYYYMM(day)
ORDER BY (day, weekday, hour, channel, category)
TTL day + INTERVAL 3650 DAY;

CREATE TABLE IF NOT EXISTS {database}.indicators_hour_of_week_by_event ON CLUSTER '{cluster}'
AS {database}.indicators_hour_of_week_by_event_local
ENGINE = Distributed('{cluster}', '{database}', 'indicators_hour_of_week_by_event_local', cityHash64(day));

CREATE MATERIALIZED VIEW IF NOT EXISTS {database}.indicators_hour_of_week_by_event_mv ON CLUSTER '{cluster}'
TO {database}.indicators_hour_of_week_by_event_local
DEFINER = CURRENT_USER SQL SECURITY DEFINER
AS SELECT
    toDate(occurred_at, 'Asia/Tokyo') AS day,
    toUInt8(toDayOfWeek(occurred_at, 0, 'Asia/Tokyo')) AS weekday,
    toUInt8(toHour(toTimeZone(occurred_at, 'Asia/Tokyo'))) AS hour,
    channel,
    category,
    uniqState(indicator_id) AS indicators
FROM {database}.indicators_local
GROUP BY day, weekday, hour, channel, category;

CREATE TABLE IF NOT EXISTS {database}.agent_exposure_daily_by_event_local ON CLUSTER '{cluster}'
(
    day        Date COMMENT 'occurred_at as a calendar day in Asia/Tokyo',
    agent_key  String COMMENT 'HMAC pseudonym of the staff member',
    category   LowCardinality(String),
    axis       LowCardinality(String),
    severity   Enum8('low' = 1, 'medium' = 2, 'high' = 3),
    indicators AggregateFunction(uniq, String),
    customers  AggregateFunction(uniq, String)
)
ENGINE = ReplicatedAggregatingMergeTree('/clickhouse/tables/{shard}/{database}/agent_exposure_daily_by_event_local', '{replica}')
PARTITION BY toYYYYMM(day)
ORDER BY (day, agent_key, category, axis, severity)
TTL day + INTERVAL 1825 DAY;

CREATE TABLE IF NOT EXISTS {database}.agent_exposure_daily_by_event ON CLUSTER '{cluster}'
AS {database}.agent_exposure_daily_by_event_local
ENGINE = Distributed('{cluster}', '{database}', 'agent_exposure_daily_by_event_local', cityHash64(day));

-- The filter sits in a subquery where only the table's column is in scope (see 0005).
CREATE MATERIALIZED VIEW IF NOT EXISTS {database}.agent_exposure_daily_by_event_mv ON CLUSTER '{cluster}'
TO {database}.agent_exposure_daily_by_event_local
DEFINER = CURRENT_USER SQL SECURITY DEFINER
AS SELECT
    toDate(occurred_at, 'Asia/Tokyo') AS day,
    assumeNotNull(known_agent) AS agent_key,
    category,
    axis,
    severity,
    uniqState(indicator_id) AS indicators,
    uniqState(customer_key) AS customers
FROM
(
    SELECT occurred_at, agent_key AS known_agent, category, axis, severity, indicator_id, customer_key
    FROM {database}.indicators_local
    WHERE known_agent IS NOT NULL
)
GROUP BY day, agent_key, category, axis, severity;

-- The counts of 0006 from the new rollups (same tables, same columns).
DROP VIEW IF EXISTS {database}.indicators_daily_counts_mv ON CLUSTER '{cluster}' SYNC;
CREATE MATERIALIZED VIEW IF NOT EXISTS {database}.indicators_daily_counts_mv ON CLUSTER '{cluster}'
REFRESH EVERY 1 MINUTE
TO {database}.indicators_daily_counts
AS SELECT day, category, axis, severity, uniqMerge(indicators) AS indicators
FROM {database}.indicators_daily_by_event
GROUP BY day, category, axis, severity;

DROP VIEW IF EXISTS {database}.indicators_channel_counts_mv ON CLUSTER '{cluster}' SYNC;
CREATE MATERIALIZED VIEW IF NOT EXISTS {database}.indicators_channel_counts_mv ON CLUSTER '{cluster}'
REFRESH EVERY 1 MINUTE
TO {database}.indicators_channel_counts
AS SELECT day, channel, uniqMerge(indicators) AS indicators
FROM {database}.indicators_daily_by_event
GROUP BY day, channel;

DROP VIEW IF EXISTS {database}.hour_of_week_counts_mv ON CLUSTER '{cluster}' SYNC;
CREATE MATERIALIZED VIEW IF NOT EXISTS {database}.hour_of_week_counts_mv ON CLUSTER '{cluster}'
REFRESH EVERY 1 MINUTE
TO {database}.hour_of_week_counts
AS SELECT day, weekday, hour, category, uniqMerge(indicators) AS indicators
FROM {database}.indicators_hour_of_week_by_event
GROUP BY day, weekday, hour, category;

DROP VIEW IF EXISTS {database}.agent_weekly_counts_mv ON CLUSTER '{cluster}' SYNC;
CREATE MATERIALIZED VIEW IF NOT EXISTS {database}.agent_weekly_counts_mv ON CLUSTER '{cluster}'
REFRESH EVERY 1 MINUTE
TO {database}.agent_weekly_counts
AS SELECT toMonday(day) AS week, agent_key, category, severity, uniqMerge(indicators) AS indicators
FROM {database}.agent_exposure_daily_by_event
GROUP BY week, agent_key, category, severity;

-- The holiday effect: every calendar day from the first to the last day with counts
-- (a spine from numbers), so a quiet day counts as 0 in its day type's average.
CREATE OR REPLACE VIEW {database}.indicators_by_day_type ON CLUSTER '{cluster}'
AS SELECT
    s.day AS day,
    multiIf(h.day != toDate(0), '祝日 holiday', toDayOfWeek(s.day) >= 6, '土日 weekend', '平日 weekday') AS day_type,
    toUInt64(ifNull(d.indicators, 0)) AS indicators
FROM
(
    SELECT toDate(b.first_day + n.number) AS day
    FROM
    (
        SELECT min(day) AS first_day, max(day) AS last_day
        FROM {database}.indicators_daily_counts
        HAVING count() > 0
    ) AS b
    CROSS JOIN numbers(36525) AS n
    WHERE n.number <= toUInt64(b.last_day - b.first_day)
) AS s
LEFT JOIN
(
    SELECT day, sum(indicators) AS indicators
    FROM {database}.indicators_daily_counts
    GROUP BY day
) AS d ON d.day = s.day
LEFT JOIN (SELECT DISTINCT day FROM {database}.jp_holidays) AS h ON h.day = s.day;

-- Incidents: one per customer × category × episode, at its highest level. The engine
-- emits one indicator per level an episode reaches (a burst climbing low → medium →
-- high is three indicators), and the dashboards count indicators. An episode is what
-- the indicator is anchored on, and anchor_at is fixed per episode: the day (daily
-- flood, daily call time, off-hours), the burst's first contact, the first repeated
-- message, the single long call; a content indicator is its own episode. Daily and
-- windowed flood episodes of one day share anchor_at only by chance, so whether the
-- indicator has a window is part of the key. min/max/uniq are idempotent: redelivery
-- and re-versions change nothing.
CREATE TABLE IF NOT EXISTS {database}.incidents_local ON CLUSTER '{cluster}'
(
    customer_key String,
    category     LowCardinality(String),
    axis         LowCardinality(String),
    episode_at   DateTime64(3, 'UTC') COMMENT 'anchor_at of the indicators of the episode',
    windowed     UInt8 COMMENT '1 if the indicators carry a window (burst, off-hours, repetition, one call)',
    first_at     SimpleAggregateFunction(min, DateTime64(3, 'UTC')) COMMENT 'occurred_at of the first indicator of the episode',
    last_at      SimpleAggregateFunction(max, DateTime64(3, 'UTC')) COMMENT 'occurred_at of its latest indicator',
    top_severity SimpleAggregateFunction(max, UInt8) COMMENT 'highest level reached: 1 low, 2 medium, 3 high',
    indicators   AggregateFunction(uniq, String) COMMENT 'its indicators (one per level crossed)'
)
ENGINE = ReplicatedAggregatingMergeTree('/clickhouse/tables/{shard}/{database}/incidents_local', '{replica}')
PARTITION BY toYYYYMM(episode_at)
ORDER BY (customer_key, category, axis, episode_at, windowed)
TTL toDateTime(episode_at) + INTERVAL 1825 DAY;

CREATE TABLE IF NOT EXISTS {database}.incidents ON CLUSTER '{cluster}'
AS {database}.incidents_local
ENGINE = Distributed('{cluster}', '{database}', 'incidents_local', sipHash64(customer_key));

CREATE MATERIALIZED VIEW IF NOT EXISTS {database}.incidents_mv ON CLUSTER '{cluster}'
TO {database}.incidents_local
DEFINER = CURRENT_USER SQL SECURITY DEFINER
AS SELECT
    customer_key,
    category,
    axis,
    anchor_at AS episode_at,
    toUInt8(window_start IS NOT NULL) AS windowed,
    min(occurred_at) AS first_at,
    max(occurred_at) AS last_at,
    max(toUInt8(severity)) AS top_severity,
    uniqState(indicator_id) AS indicators
FROM {database}.indicators_local
GROUP BY customer_key, category, axis, episode_at, windowed;

-- Incidents per local day of their first indicator, by category and highest level.
CREATE OR REPLACE VIEW {database}.incident_counts ON CLUSTER '{cluster}'
AS SELECT
    toDate(first_at, 'Asia/Tokyo') AS day,
    category,
    axis,
    CAST(top_severity, 'Enum8(\'low\' = 1, \'medium\' = 2, \'high\' = 3)') AS severity,
    count() AS incidents,
    sum(level_indicators) AS indicators
FROM
(
    SELECT customer_key, category, any(axis) AS axis, min(first_at) AS first_at,
           max(top_severity) AS top_severity, uniqMerge(indicators) AS level_indicators
    FROM {database}.incidents
    GROUP BY customer_key, category, episode_at, windowed
)
GROUP BY day, category, axis, severity;

-- Backfill from the raw rows, one per indicator_id (idempotent: see the top).
INSERT INTO {database}.indicators_daily_by_event
SELECT toDate(occurred_at, 'Asia/Tokyo') AS day, category, axis, severity, channel,
       uniqState(indicator_id), uniqState(customer_key)
FROM {database}.indicators FINAL GROUP BY day, category, axis, severity, channel;

INSERT INTO {database}.indicators_hour_of_week_by_event
SELECT toDate(occurred_at, 'Asia/Tokyo') AS day,
       toUInt8(toDayOfWeek(occurred_at, 0, 'Asia/Tokyo')) AS weekday,
       toUInt8(toHour(toTimeZone(occurred_at, 'Asia/Tokyo'))) AS hour,
       channel, category, uniqState(indicator_id)
FROM {database}.indicators FINAL GROUP BY day, weekday, hour, channel, category;

INSERT INTO {database}.agent_exposure_daily_by_event
SELECT toDate(occurred_at, 'Asia/Tokyo') AS day, assumeNotNull(known_agent) AS agent_key,
       category, axis, severity, uniqState(indicator_id), uniqState(customer_key)
FROM
(
    SELECT occurred_at, agent_key AS known_agent, category, axis, severity, indicator_id, customer_key
    FROM {database}.indicators FINAL
    WHERE known_agent IS NOT NULL
)
GROUP BY day, agent_key, category, axis, severity;

INSERT INTO {database}.incidents
SELECT customer_key, category, axis, anchor_at AS episode_at,
       toUInt8(window_start IS NOT NULL) AS windowed, min(occurred_at), max(occurred_at),
       max(toUInt8(severity)), uniqState(indicator_id)
FROM {database}.indicators FINAL
GROUP BY customer_key, category, axis, episode_at, windowed;

-- The staff counts of 0007 (with their team) from the event-time staff rollup.
DROP VIEW IF EXISTS {database}.agent_daily_counts_mv ON CLUSTER '{cluster}' SYNC;
CREATE MATERIALIZED VIEW IF NOT EXISTS {database}.agent_daily_counts_mv ON CLUSTER '{cluster}'
REFRESH EVERY 1 MINUTE
TO {database}.agent_daily_counts
AS SELECT e.day AS day, e.agent_key AS agent_key,
          if(t.team = '', '未登録 unassigned', t.team) AS team,
          e.category AS category, e.axis AS axis, e.severity AS severity,
          e.indicators AS indicators
FROM
(
    SELECT day, agent_key, category, axis, severity, uniqMerge(indicators) AS indicators
    FROM {database}.agent_exposure_daily_by_event
    GROUP BY day, agent_key, category, axis, severity
) AS e
LEFT JOIN
(
    SELECT agent_key, argMax(team, loaded_at) AS team FROM {database}.staff_teams GROUP BY agent_key
) AS t ON t.agent_key = e.agent_key;

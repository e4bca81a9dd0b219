-- What the dashboards need to be explored (issue 15): filters by team, channel and day,
-- distinct customers exact for any filtered range, a drill-down from a category, week
-- or staff member to the review worklist, and the age and health of the counts.
--
-- * customer_activity: which customers had an indicator on which day, by category,
--   axis, severity, channel and agent. Distinct customers do not add up across buckets,
--   so they are counted at query time with uniqExact(customer_key) over this slim table
--   (ordered by day: a filtered range reads only its days). A plain materialized view
--   fills it; a redelivered or re-versioned indicator only repeats a (day, …, customer)
--   row, which uniqExact ignores, so no FINAL and no merge are needed for exact counts.
--   A re-versioned window indicator that moved to another channel leaves its customer
--   on both channels (as the channel counts of 0006 do); totals are unaffected.
-- * staff_teams: the staff directory (agent pseudonym → team), loaded with
--   `mamori dashboards teams FILE`; agents not in it show as '未登録 unassigned'.
-- * agent_daily_counts: indicators per day, agent, team, category, axis, severity —
--   daily, so a time-range filter is exact at any day (0006's counts are weekly).
-- * worklist_activity: the review worklist (customers at watch/warn/review) joined with
--   the days, channels, agents and teams of their indicators, so the worklist can be
--   filtered like the other dashboards and reached from them ("the customers behind
--   this category / week / staff member"). Small: staged customers only.
-- * refresh_status: the health of every refreshable view of this database, readable
--   by the dashboard reader (system.view_refreshes is not: the view runs with its
--   definer's rights — the migrating admin, granted SELECT on system.view_refreshes).

CREATE TABLE IF NOT EXISTS {database}.customer_activity
(
    day          Date COMMENT 'occurred_at (the display time, fixed per indicator id) as a calendar day in Asia/Tokyo',
    category     LowCardinality(String),
    axis         LowCardinality(String),
    severity     Enum8('low' = 1, 'medium' = 2, 'high' = 3),
    channel      LowCardinality(String),
    agent_key    String COMMENT 'HMAC pseudonym of the staff member; empty when unknown',
    customer_key String COMMENT 'HMAC pseudonym of the customer'
)
ENGINE = ReplacingMergeTree
PARTITION BY toYYYYMM(day)
ORDER BY (day, category, severity, channel, axis, agent_key, customer_key)
TTL day + INTERVAL 1825 DAY;

CREATE MATERIALIZED VIEW IF NOT EXISTS {database}.customer_activity_mv
TO {database}.customer_activity
DEFINER = CURRENT_USER SQL SECURITY DEFINER
AS SELECT
    toDate(occurred_at, 'Asia/Tokyo') AS day,
    category,
    axis,
    severity,
    channel,
    ifNull(agent_key, '') AS agent_key,
    customer_key
FROM {database}.indicators
GROUP BY day, category, axis, severity, channel, agent_key, customer_key;

CREATE TABLE IF NOT EXISTS {database}.staff_teams
(
    agent_key String COMMENT 'HMAC pseudonym of the staff member',
    team      String,
    loaded_at DateTime64(3, 'UTC') DEFAULT now64(3)
)
ENGINE = ReplacingMergeTree(loaded_at)
ORDER BY agent_key;

CREATE TABLE IF NOT EXISTS {database}.agent_daily_counts
(
    day        Date,
    agent_key  String,
    team       String,
    category   LowCardinality(String),
    axis       LowCardinality(String),
    severity   Enum8('low' = 1, 'medium' = 2, 'high' = 3),
    indicators UInt64
)
ENGINE = MergeTree
ORDER BY (day, team, agent_key, category, severity);

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

CREATE TABLE IF NOT EXISTS {database}.worklist_activity
(
    day          Date,
    category     LowCardinality(String),
    axis         LowCardinality(String),
    severity     Enum8('low' = 1, 'medium' = 2, 'high' = 3),
    channel      LowCardinality(String),
    agent_key    String,
    team         String,
    customer_key String,
    stage        String,
    stage_level  UInt8,
    stage_since  DateTime64(3, 'UTC'),
    max_risk     Float32,
    indicators   UInt64 COMMENT 'the customer''s indicators in this category, all time',
    last_contact DateTime64(3, 'UTC')
)
ENGINE = MergeTree
ORDER BY (stage_level, customer_key, category, day);

CREATE MATERIALIZED VIEW IF NOT EXISTS {database}.worklist_activity_mv
REFRESH EVERY 1 MINUTE
TO {database}.worklist_activity
AS SELECT a.day AS day, a.category AS category, a.axis AS axis, a.severity AS severity,
          a.channel AS channel, a.agent_key AS agent_key,
          if(a.agent_key = '', '担当者なし no agent', if(t.team = '', '未登録 unassigned', t.team)) AS team,
          a.customer_key AS customer_key, r.stage AS stage, r.stage_level AS stage_level,
          r.stage_since AS stage_since, r.max_risk AS max_risk, r.indicators AS indicators,
          r.last_contact AS last_contact
FROM {database}.customer_activity AS a
INNER JOIN {database}.recurrence_review AS r
    ON r.customer_key = a.customer_key AND r.category = a.category
LEFT JOIN
(
    SELECT agent_key, argMax(team, loaded_at) AS team FROM {database}.staff_teams GROUP BY agent_key
) AS t ON t.agent_key = a.agent_key;

CREATE VIEW IF NOT EXISTS {database}.refresh_status
DEFINER = CURRENT_USER SQL SECURITY DEFINER
AS SELECT
    view,
    status,
    last_success_time,
    next_refresh_time,
    exception,
    if(last_success_time IS NULL, NULL, dateDiff('second', last_success_time, now())) AS age_s,
    -- 0 ok; 1 late (no success for 3 refresh periods); 2 stopped; 3 failed
    multiIf(exception != '', 3, status = 'Disabled', 2,
            last_success_time IS NULL OR dateDiff('second', last_success_time, now()) > 180, 1,
            0) AS problem
FROM system.view_refreshes
WHERE database = '{database}';

-- Backfill (idempotent: duplicate rows do not change a distinct count).
INSERT INTO {database}.customer_activity
SELECT toDate(occurred_at, 'Asia/Tokyo') AS day, category, axis, severity, channel,
       ifNull(agent_key, '') AS agent_key, customer_key
FROM {database}.indicators
GROUP BY day, category, axis, severity, channel, agent_key, customer_key;

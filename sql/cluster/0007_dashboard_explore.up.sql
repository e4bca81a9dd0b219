-- Cluster variant of sql/0007_dashboard_explore.up.sql (read that file for the why).
-- customer_activity is keyed by customer: replicated, sharded by sipHash64(customer_key)
-- like the other customer rollups (uniqExact through the Distributed table is exact:
-- a customer's rows live on one shard). staff_teams is replicated and sharded by agent.
-- agent_daily_counts and worklist_activity are refreshed per node from the Distributed
-- tables, like the counts of 0006; refresh_status shows the node's own refreshes.

CREATE TABLE IF NOT EXISTS {database}.customer_activity_local ON CLUSTER '{cluster}'
(
    day          Date COMMENT 'occurred_at (the display time, fixed per indicator id) as a calendar day in Asia/Tokyo',
    category     LowCardinality(String),
    axis         LowCardinality(String),
    severity     Enum8('low' = 1, 'medium' = 2, 'high' = 3),
    channel      LowCardinality(String),
    agent_key    String COMMENT 'HMAC pseudonym of the staff member; empty when unknown',
    customer_key String COMMENT 'HMAC pseudonym of the customer'
)
ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/{database}/customer_activity_local', '{replica}')
PARTITION BY toYYYYMM(day)
ORDER BY (day, category, severity, channel, axis, agent_key, customer_key)
TTL day + INTERVAL 1825 DAY;

CREATE TABLE IF NOT EXISTS {database}.customer_activity ON CLUSTER '{cluster}'
AS {database}.customer_activity_local
ENGINE = Distributed('{cluster}', '{database}', 'customer_activity_local', sipHash64(customer_key));

CREATE MATERIALIZED VIEW IF NOT EXISTS {database}.customer_activity_mv ON CLUSTER '{cluster}'
TO {database}.customer_activity_local
DEFINER = CURRENT_USER SQL SECURITY DEFINER
AS SELECT
    toDate(occurred_at, 'Asia/Tokyo') AS day,
    category,
    axis,
    severity,
    channel,
    ifNull(agent_key, '') AS agent_key,
    customer_key
FROM {database}.indicators_local
GROUP BY day, category, axis, severity, channel, agent_key, customer_key;

CREATE TABLE IF NOT EXISTS {database}.staff_teams_local ON CLUSTER '{cluster}'
(
    agent_key String COMMENT 'HMAC pseudonym of the staff member',
    team      String,
    loaded_at DateTime64(3, 'UTC') DEFAULT now64(3)
)
ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/{database}/staff_teams_local', '{replica}', loaded_at)
ORDER BY agent_key;

CREATE TABLE IF NOT EXISTS {database}.staff_teams ON CLUSTER '{cluster}'
AS {database}.staff_teams_local
ENGINE = Distributed('{cluster}', '{database}', 'staff_teams_local', cityHash64(agent_key));

CREATE TABLE IF NOT EXISTS {database}.agent_daily_counts ON CLUSTER '{cluster}'
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
    FROM {database}.agent_exposure_daily
    GROUP BY day, agent_key, category, axis, severity
) AS e
LEFT JOIN
(
    SELECT agent_key, argMax(team, loaded_at) AS team FROM {database}.staff_teams GROUP BY agent_key
) AS t ON t.agent_key = e.agent_key;

CREATE TABLE IF NOT EXISTS {database}.worklist_activity ON CLUSTER '{cluster}'
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

CREATE MATERIALIZED VIEW IF NOT EXISTS {database}.worklist_activity_mv ON CLUSTER '{cluster}'
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

CREATE VIEW IF NOT EXISTS {database}.refresh_status ON CLUSTER '{cluster}'
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

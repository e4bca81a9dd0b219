-- Cluster variant of sql/0006_dashboard_counts.up.sql (read that file for the why).
-- The counts are small (a few hundred thousand rows for years of data), so every node
-- keeps its own full copy: plain MergeTree tables created on each node, and a
-- refreshable view on each node that merges the states through the Distributed rollups
-- (uniqMerge across shards is exact) and swaps its table atomically. Superset may then
-- be pointed at any node. Nothing is replicated, so no refresh coordination is needed;
-- the cost is one merge per node per minute.

CREATE TABLE IF NOT EXISTS {database}.indicators_daily_counts ON CLUSTER '{cluster}'
(
    day        Date,
    category   LowCardinality(String),
    axis       LowCardinality(String),
    severity   Enum8('low' = 1, 'medium' = 2, 'high' = 3),
    indicators UInt64
)
ENGINE = MergeTree
ORDER BY (day, category, axis, severity);

CREATE MATERIALIZED VIEW IF NOT EXISTS {database}.indicators_daily_counts_mv ON CLUSTER '{cluster}'
REFRESH EVERY 1 MINUTE
TO {database}.indicators_daily_counts
AS SELECT day, category, axis, severity, uniqMerge(indicators) AS indicators
FROM {database}.indicators_daily
GROUP BY day, category, axis, severity;

CREATE TABLE IF NOT EXISTS {database}.indicators_channel_counts ON CLUSTER '{cluster}'
(
    day        Date,
    channel    LowCardinality(String),
    indicators UInt64 COMMENT 'indicators with evidence on this channel (may repeat across channels)'
)
ENGINE = MergeTree
ORDER BY (day, channel);

CREATE MATERIALIZED VIEW IF NOT EXISTS {database}.indicators_channel_counts_mv ON CLUSTER '{cluster}'
REFRESH EVERY 1 MINUTE
TO {database}.indicators_channel_counts
AS SELECT day, channel, uniqMerge(indicators) AS indicators
FROM {database}.indicators_daily
GROUP BY day, channel;

-- Hour of week without channel: anchor_at fixes weekday and hour per indicator.
CREATE TABLE IF NOT EXISTS {database}.hour_of_week_counts ON CLUSTER '{cluster}'
(
    day        Date,
    weekday    UInt8,
    hour       UInt8,
    category   LowCardinality(String),
    indicators UInt64
)
ENGINE = MergeTree
ORDER BY (day, weekday, hour, category);

CREATE MATERIALIZED VIEW IF NOT EXISTS {database}.hour_of_week_counts_mv ON CLUSTER '{cluster}'
REFRESH EVERY 1 MINUTE
TO {database}.hour_of_week_counts
AS SELECT day, weekday, hour, category, uniqMerge(indicators) AS indicators
FROM {database}.indicators_hour_of_week
GROUP BY day, weekday, hour, category;

-- Per agent and week: an indicator has one agent (the contact's), so sums are exact.
CREATE TABLE IF NOT EXISTS {database}.agent_weekly_counts ON CLUSTER '{cluster}'
(
    week       Date COMMENT 'Monday of the week (Asia/Tokyo days)',
    agent_key  String,
    category   LowCardinality(String),
    severity   Enum8('low' = 1, 'medium' = 2, 'high' = 3),
    indicators UInt64
)
ENGINE = MergeTree
ORDER BY (week, agent_key, category, severity);

CREATE MATERIALIZED VIEW IF NOT EXISTS {database}.agent_weekly_counts_mv ON CLUSTER '{cluster}'
REFRESH EVERY 1 MINUTE
TO {database}.agent_weekly_counts
AS SELECT toMonday(day) AS week, agent_key, category, severity, uniqMerge(indicators) AS indicators
FROM {database}.agent_exposure_daily
GROUP BY week, agent_key, category, severity;

-- The recurrence-review worklist, materialised: the view of 0003 merges the customer
-- rollups of every staged customer on each read (~300-400 ms with 5 k staged customers
-- among 6 M summary rows); reviewers can live with a minute's delay.
CREATE TABLE IF NOT EXISTS {database}.recurrence_worklist ON CLUSTER '{cluster}'
(
    customer_key String,
    stage        String,
    stage_level  UInt8,
    stage_since  DateTime64(3, 'UTC'),
    max_risk     Float32,
    category     LowCardinality(String),
    indicators   UInt64,
    first_seen   DateTime64(3, 'UTC'),
    last_contact DateTime64(3, 'UTC')
)
ENGINE = MergeTree
ORDER BY (stage_level, customer_key, category);

CREATE MATERIALIZED VIEW IF NOT EXISTS {database}.recurrence_worklist_mv ON CLUSTER '{cluster}'
REFRESH EVERY 1 MINUTE
TO {database}.recurrence_worklist
AS SELECT customer_key, stage, stage_level, stage_since, max_risk, category, indicators,
          first_seen, last_contact
FROM {database}.recurrence_review;

-- The holiday effect from the counts (same columns as the 0004 view).
CREATE OR REPLACE VIEW {database}.indicators_by_day_type ON CLUSTER '{cluster}'
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

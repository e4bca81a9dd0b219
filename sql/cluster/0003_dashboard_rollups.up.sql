-- Cluster variant of sql/0003_dashboard_rollups.up.sql (read that file for the why).
-- Rollups are `_local` Replicated AggregatingMergeTree tables fed by materialized views
-- on each shard's `indicators_local` / `escalations_local`: a shard aggregates the rows
-- inserted into it, and the Distributed rollup merges the partial states (uniqMerge,
-- argMaxMerge, min/max are exact across shards). Customer rollups shard like their
-- source (sipHash64(customer_key)); anonymous rollups by day. Views read the Distributed
-- tables. The backfill inserts go through the Distributed tables.

CREATE TABLE IF NOT EXISTS {database}.indicators_daily_local ON CLUSTER '{cluster}'
(
    day        Date COMMENT 'anchor_at as a calendar day in Asia/Tokyo',
    category   LowCardinality(String),
    axis       LowCardinality(String),
    severity   Enum8('low' = 1, 'medium' = 2, 'high' = 3),
    channel    LowCardinality(String),
    indicators AggregateFunction(uniq, String) COMMENT 'uniqMerge(indicators) = distinct indicator_id',
    customers  AggregateFunction(uniq, String) COMMENT 'uniqMerge(customers) = distinct customer_key'
)
ENGINE = ReplicatedAggregatingMergeTree('/clickhouse/tables/{shard}/{database}/indicators_daily_local', '{replica}')
PARTITION BY toYYYYMM(day)
ORDER BY (day, category, axis, severity, channel)
TTL day + INTERVAL 3650 DAY;

CREATE TABLE IF NOT EXISTS {database}.indicators_daily ON CLUSTER '{cluster}'
AS {database}.indicators_daily_local
ENGINE = Distributed('{cluster}', '{database}', 'indicators_daily_local', cityHash64(day));

-- Each shard aggregates its own inserts; the Distributed rollup merges the states.
CREATE MATERIALIZED VIEW IF NOT EXISTS {database}.indicators_daily_mv ON CLUSTER '{cluster}'
TO {database}.indicators_daily_local
AS SELECT
    toDate(anchor_at, 'Asia/Tokyo') AS day,
    category,
    axis,
    severity,
    channel,
    uniqState(indicator_id) AS indicators,
    uniqState(customer_key) AS customers
FROM {database}.indicators_local
GROUP BY day, category, axis, severity, channel;

CREATE TABLE IF NOT EXISTS {database}.indicators_hour_of_week_local ON CLUSTER '{cluster}'
(
    day        Date COMMENT 'anchor_at as a calendar day in Asia/Tokyo',
    weekday    UInt8 COMMENT '1 = Monday … 7 = Sunday (Asia/Tokyo)',
    hour       UInt8 COMMENT '0 … 23 (Asia/Tokyo)',
    channel    LowCardinality(String),
    category   LowCardinality(String),
    indicators AggregateFunction(uniq, String)
)
ENGINE = ReplicatedAggregatingMergeTree('/clickhouse/tables/{shard}/{database}/indicators_hour_of_week_local', '{replica}')
PARTITION BY toYYYYMM(day)
ORDER BY (day, weekday, hour, channel, category)
TTL day + INTERVAL 3650 DAY;

CREATE TABLE IF NOT EXISTS {database}.indicators_hour_of_week ON CLUSTER '{cluster}'
AS {database}.indicators_hour_of_week_local
ENGINE = Distributed('{cluster}', '{database}', 'indicators_hour_of_week_local', cityHash64(day));

-- Each shard aggregates its own inserts; the Distributed rollup merges the states.
CREATE MATERIALIZED VIEW IF NOT EXISTS {database}.indicators_hour_of_week_mv ON CLUSTER '{cluster}'
TO {database}.indicators_hour_of_week_local
AS SELECT
    toDate(anchor_at, 'Asia/Tokyo') AS day,
    toUInt8(toDayOfWeek(anchor_at, 0, 'Asia/Tokyo')) AS weekday,
    toUInt8(toHour(toTimeZone(anchor_at, 'Asia/Tokyo'))) AS hour,
    channel,
    category,
    uniqState(indicator_id) AS indicators
FROM {database}.indicators_local
GROUP BY day, weekday, hour, channel, category;

CREATE TABLE IF NOT EXISTS {database}.agent_exposure_daily_local ON CLUSTER '{cluster}'
(
    day        Date COMMENT 'anchor_at as a calendar day in Asia/Tokyo',
    agent_key  String COMMENT 'HMAC pseudonym of the staff member',
    category   LowCardinality(String),
    axis       LowCardinality(String),
    severity   Enum8('low' = 1, 'medium' = 2, 'high' = 3),
    indicators AggregateFunction(uniq, String),
    customers  AggregateFunction(uniq, String)
)
ENGINE = ReplicatedAggregatingMergeTree('/clickhouse/tables/{shard}/{database}/agent_exposure_daily_local', '{replica}')
PARTITION BY toYYYYMM(day)
ORDER BY (day, agent_key, category, axis, severity)
TTL day + INTERVAL 1825 DAY;

CREATE TABLE IF NOT EXISTS {database}.agent_exposure_daily ON CLUSTER '{cluster}'
AS {database}.agent_exposure_daily_local
ENGINE = Distributed('{cluster}', '{database}', 'agent_exposure_daily_local', cityHash64(day));

-- Each shard aggregates its own inserts; the Distributed rollup merges the states.
CREATE MATERIALIZED VIEW IF NOT EXISTS {database}.agent_exposure_daily_mv ON CLUSTER '{cluster}'
TO {database}.agent_exposure_daily_local
AS SELECT
    toDate(anchor_at, 'Asia/Tokyo') AS day,
    assumeNotNull(agent_key) AS agent_key,
    category,
    axis,
    severity,
    uniqState(indicator_id) AS indicators,
    uniqState(customer_key) AS customers
FROM {database}.indicators_local
WHERE agent_key IS NOT NULL
GROUP BY day, agent_key, category, axis, severity;

CREATE TABLE IF NOT EXISTS {database}.customer_category_summary_local ON CLUSTER '{cluster}'
(
    customer_key String,
    category     LowCardinality(String),
    axis         LowCardinality(String),
    indicators   AggregateFunction(uniq, String),
    first_seen   SimpleAggregateFunction(min, DateTime64(3, 'UTC')) COMMENT 'earliest anchor_at',
    last_seen    SimpleAggregateFunction(max, DateTime64(3, 'UTC')) COMMENT 'latest occurred_at (last contact with an indicator)',
    max_severity SimpleAggregateFunction(max, UInt8) COMMENT '1 low, 2 medium, 3 high'
)
ENGINE = ReplicatedAggregatingMergeTree('/clickhouse/tables/{shard}/{database}/customer_category_summary_local', '{replica}')
ORDER BY (customer_key, category, axis)
TTL toDateTime(last_seen) + INTERVAL 1825 DAY;

CREATE TABLE IF NOT EXISTS {database}.customer_category_summary ON CLUSTER '{cluster}'
AS {database}.customer_category_summary_local
ENGINE = Distributed('{cluster}', '{database}', 'customer_category_summary_local', sipHash64(customer_key));

-- Each shard aggregates its own inserts; the Distributed rollup merges the states.
CREATE MATERIALIZED VIEW IF NOT EXISTS {database}.customer_category_summary_mv ON CLUSTER '{cluster}'
TO {database}.customer_category_summary_local
AS SELECT
    customer_key,
    category,
    axis,
    uniqState(indicator_id) AS indicators,
    min(anchor_at) AS first_seen,
    max(occurred_at) AS last_seen,
    max(toUInt8(severity)) AS max_severity
FROM {database}.indicators_local
GROUP BY customer_key, category, axis;

CREATE TABLE IF NOT EXISTS {database}.customer_stage_local ON CLUSTER '{cluster}'
(
    customer_key String,
    stage        AggregateFunction(argMax, Enum8('none' = 0, 'watch' = 1, 'warn' = 2, 'review' = 3), Tuple(DateTime64(3, 'UTC'), UInt8)),
    last_crossed SimpleAggregateFunction(max, DateTime64(3, 'UTC')),
    max_risk     SimpleAggregateFunction(max, Float32)
)
ENGINE = ReplicatedAggregatingMergeTree('/clickhouse/tables/{shard}/{database}/customer_stage_local', '{replica}')
ORDER BY customer_key
TTL toDateTime(last_crossed) + INTERVAL 1825 DAY;

CREATE TABLE IF NOT EXISTS {database}.customer_stage ON CLUSTER '{cluster}'
AS {database}.customer_stage_local
ENGINE = Distributed('{cluster}', '{database}', 'customer_stage_local', sipHash64(customer_key));

-- Each shard aggregates its own inserts; the Distributed rollup merges the states.
CREATE MATERIALIZED VIEW IF NOT EXISTS {database}.customer_stage_mv ON CLUSTER '{cluster}'
TO {database}.customer_stage_local
AS SELECT
    customer_key,
    argMaxState(stage, (crossed_at, toUInt8(stage))) AS stage,
    max(crossed_at) AS last_crossed,
    max(risk) AS max_risk
FROM {database}.escalations_local
GROUP BY customer_key;

CREATE VIEW IF NOT EXISTS {database}.customer_summary ON CLUSTER '{cluster}'
AS SELECT
    c.customer_key AS customer_key,
    c.first_seen AS first_seen,
    c.last_seen AS last_seen,
    c.indicators AS indicators,
    c.per_category AS per_category,
    if(s.customer_key = '', 'none', toString(s.stage)) AS stage,
    s.last_crossed AS stage_since
FROM
(
    SELECT
        customer_key,
        min(first_seen) AS first_seen,
        max(last_seen) AS last_seen,
        sum(n) AS indicators,
        CAST((groupArray(category), groupArray(n)), 'Map(String, UInt64)') AS per_category
    FROM
    (
        SELECT customer_key, category, uniqMerge(indicators) AS n,
               min(first_seen) AS first_seen, max(last_seen) AS last_seen
        FROM {database}.customer_category_summary
        GROUP BY customer_key, category
    )
    GROUP BY customer_key
) AS c
LEFT JOIN
(
    SELECT customer_key, argMaxMerge(stage) AS stage, max(last_crossed) AS last_crossed
    FROM {database}.customer_stage
    GROUP BY customer_key
) AS s ON s.customer_key = c.customer_key;

CREATE VIEW IF NOT EXISTS {database}.recurrence_review ON CLUSTER '{cluster}'
AS WITH staged AS
(
    SELECT customer_key, argMaxMerge(stage) AS stage, max(last_crossed) AS stage_since,
           max(max_risk) AS max_risk
    FROM {database}.customer_stage
    GROUP BY customer_key
    HAVING stage IN ('watch', 'warn', 'review')
)
SELECT
    s.customer_key AS customer_key,
    toString(s.stage) AS stage,
    toUInt8(s.stage) AS stage_level,
    s.stage_since AS stage_since,
    s.max_risk AS max_risk,
    c.category AS category,
    c.indicators AS indicators,
    c.first_seen AS first_seen,
    c.last_seen AS last_contact
FROM staged AS s
INNER JOIN
(
    SELECT customer_key, category, uniqMerge(indicators) AS indicators,
           min(first_seen) AS first_seen, max(last_seen) AS last_seen
    FROM {database}.customer_category_summary
    WHERE customer_key IN (SELECT customer_key FROM staged)
    GROUP BY customer_key, category
) AS c ON c.customer_key = s.customer_key;

ALTER TABLE {database}.indicators_local ON CLUSTER '{cluster}' MODIFY TTL toDateTime(anchor_at) + INTERVAL 1825 DAY;

INSERT INTO {database}.indicators_daily
SELECT toDate(anchor_at, 'Asia/Tokyo') AS day, category, axis, severity, channel,
       uniqState(indicator_id), uniqState(customer_key)
FROM {database}.indicators GROUP BY day, category, axis, severity, channel;

INSERT INTO {database}.indicators_hour_of_week
SELECT toDate(anchor_at, 'Asia/Tokyo') AS day,
       toUInt8(toDayOfWeek(anchor_at, 0, 'Asia/Tokyo')) AS weekday,
       toUInt8(toHour(toTimeZone(anchor_at, 'Asia/Tokyo'))) AS hour,
       channel, category, uniqState(indicator_id)
FROM {database}.indicators GROUP BY day, weekday, hour, channel, category;

INSERT INTO {database}.agent_exposure_daily
SELECT toDate(anchor_at, 'Asia/Tokyo') AS day, assumeNotNull(agent_key) AS agent_key,
       category, axis, severity, uniqState(indicator_id), uniqState(customer_key)
FROM {database}.indicators WHERE agent_key IS NOT NULL
GROUP BY day, agent_key, category, axis, severity;

INSERT INTO {database}.customer_category_summary
SELECT customer_key, category, axis, uniqState(indicator_id), min(anchor_at),
       max(occurred_at), max(toUInt8(severity))
FROM {database}.indicators GROUP BY customer_key, category, axis;

INSERT INTO {database}.customer_stage
SELECT customer_key, argMaxState(stage, (crossed_at, toUInt8(stage))), max(crossed_at), max(risk)
FROM {database}.escalations GROUP BY customer_key;

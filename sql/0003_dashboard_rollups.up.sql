-- Rollups behind the Superset dashboards, kept current by materialized views.
--
-- Why uniqState(indicator_id) in AggregatingMergeTree, not count() or views over FINAL:
--   * The same indicator row arrives more than once (Kafka redelivery, replays) and a
--     stateful indicator is re-sent with a new version while its window grows. A
--     materialized view only sees the inserted block, so count()/sum() would count
--     every copy. A uniq state is a set of hashes of the id: merging a redelivered
--     copy changes nothing, so the rollups are idempotent by construction.
--   * Re-versions may change the channel (the newest evidence's channel); counts are
--     always uniqMerge over the buckets asked for, never a sum of per-bucket counts,
--     so an indicator seen on two channels counts once in a total.
--   * Day and hour come from anchor_at, which is fixed per indicator_id, so an id never
--     moves between days when it is re-versioned.
--   * `FINAL` over the raw table would be exact but reads every row: too slow for 10 M
--     rows on a small machine. uniq is exact for groups below 65 536 distinct ids (up to
--     32-bit hash collisions, negligible at that size) and within ~1-2 % above; exact
--     figures for a customer or a quarter come from the raw table (review packs, export).
-- Each rollup is backfilled from the raw table at the end of this file; re-running that
-- (a migration cut short is re-run) is harmless for the same reason.
--
-- Retention (TTL): raw indicator rows 1825 days; rollups keyed by a customer or staff
-- pseudonym 1825 days; anonymous counts 3650 days. Change with
-- `mamori dashboards retention --raw-days N --aggregate-days M` (docs/dashboards.md).

-- Daily counts by category, axis, severity and channel (Japan's calendar day).
CREATE TABLE IF NOT EXISTS {database}.indicators_daily
(
    day        Date COMMENT 'anchor_at as a calendar day in Asia/Tokyo',
    category   LowCardinality(String),
    axis       LowCardinality(String),
    severity   Enum8('low' = 1, 'medium' = 2, 'high' = 3),
    channel    LowCardinality(String),
    indicators AggregateFunction(uniq, String) COMMENT 'uniqMerge(indicators) = distinct indicator_id',
    customers  AggregateFunction(uniq, String) COMMENT 'uniqMerge(customers) = distinct customer_key'
)
ENGINE = AggregatingMergeTree
PARTITION BY toYYYYMM(day)
ORDER BY (day, category, axis, severity, channel)
TTL day + INTERVAL 3650 DAY;

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

-- Hour of week in Asia/Tokyo (weekday 1 = Monday … 7 = Sunday), for the heatmap and the
-- holiday effect (joined with jp_holidays on day).
CREATE TABLE IF NOT EXISTS {database}.indicators_hour_of_week
(
    day        Date COMMENT 'anchor_at as a calendar day in Asia/Tokyo',
    weekday    UInt8 COMMENT '1 = Monday … 7 = Sunday (Asia/Tokyo)',
    hour       UInt8 COMMENT '0 … 23 (Asia/Tokyo)',
    channel    LowCardinality(String),
    category   LowCardinality(String),
    indicators AggregateFunction(uniq, String)
)
ENGINE = AggregatingMergeTree
PARTITION BY toYYYYMM(day)
ORDER BY (day, weekday, hour, channel, category)
TTL day + INTERVAL 3650 DAY;

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

-- Exposure of (pseudonymised) staff: indicators and distinct customers per agent.
CREATE TABLE IF NOT EXISTS {database}.agent_exposure_daily
(
    day        Date COMMENT 'anchor_at as a calendar day in Asia/Tokyo',
    agent_key  String COMMENT 'HMAC pseudonym of the staff member',
    category   LowCardinality(String),
    axis       LowCardinality(String),
    severity   Enum8('low' = 1, 'medium' = 2, 'high' = 3),
    indicators AggregateFunction(uniq, String),
    customers  AggregateFunction(uniq, String)
)
ENGINE = AggregatingMergeTree
PARTITION BY toYYYYMM(day)
ORDER BY (day, agent_key, category, axis, severity)
TTL day + INTERVAL 1825 DAY;

CREATE MATERIALIZED VIEW IF NOT EXISTS {database}.agent_exposure_daily_mv
TO {database}.agent_exposure_daily
AS SELECT
    toDate(anchor_at, 'Asia/Tokyo') AS day,
    assumeNotNull(agent_key) AS agent_key,
    category,
    axis,
    severity,
    uniqState(indicator_id) AS indicators,
    uniqState(customer_key) AS customers
FROM {database}.indicators
WHERE agent_key IS NOT NULL
GROUP BY day, agent_key, category, axis, severity;

-- Per customer and category: how many indicators, first and last seen, worst severity.
-- min/max are idempotent too, so redelivery cannot move them.
CREATE TABLE IF NOT EXISTS {database}.customer_category_summary
(
    customer_key String,
    category     LowCardinality(String),
    axis         LowCardinality(String),
    indicators   AggregateFunction(uniq, String),
    first_seen   SimpleAggregateFunction(min, DateTime64(3, 'UTC')) COMMENT 'earliest anchor_at',
    last_seen    SimpleAggregateFunction(max, DateTime64(3, 'UTC')) COMMENT 'latest occurred_at (last contact with an indicator)',
    max_severity SimpleAggregateFunction(max, UInt8) COMMENT '1 low, 2 medium, 3 high'
)
ENGINE = AggregatingMergeTree
ORDER BY (customer_key, category, axis)
TTL toDateTime(last_seen) + INTERVAL 1825 DAY;

CREATE MATERIALIZED VIEW IF NOT EXISTS {database}.customer_category_summary_mv
TO {database}.customer_category_summary
AS SELECT
    customer_key,
    category,
    axis,
    uniqState(indicator_id) AS indicators,
    min(anchor_at) AS first_seen,
    max(occurred_at) AS last_seen,
    max(toUInt8(severity)) AS max_severity
FROM {database}.indicators
GROUP BY customer_key, category, axis;

-- Current escalation stage per customer: the stage of the latest crossing (ties broken
-- by the higher stage, so the result does not depend on insert order).
CREATE TABLE IF NOT EXISTS {database}.customer_stage
(
    customer_key String,
    stage        AggregateFunction(argMax, Enum8('none' = 0, 'watch' = 1, 'warn' = 2, 'review' = 3), Tuple(DateTime64(3, 'UTC'), UInt8)),
    last_crossed SimpleAggregateFunction(max, DateTime64(3, 'UTC')),
    max_risk     SimpleAggregateFunction(max, Float32)
)
ENGINE = AggregatingMergeTree
ORDER BY customer_key
TTL toDateTime(last_crossed) + INTERVAL 1825 DAY;

CREATE MATERIALIZED VIEW IF NOT EXISTS {database}.customer_stage_mv
TO {database}.customer_stage
AS SELECT
    customer_key,
    argMaxState(stage, (crossed_at, toUInt8(stage))) AS stage,
    max(crossed_at) AS last_crossed,
    max(risk) AS max_risk
FROM {database}.escalations
GROUP BY customer_key;

-- Per-customer summary: one row per customer with counts per category and the stage.
CREATE VIEW IF NOT EXISTS {database}.customer_summary
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

-- Recurrence review: customers currently in watch/warn/review, one row per category.
CREATE VIEW IF NOT EXISTS {database}.recurrence_review
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

-- Raw indicator rows: pseudonymous, with redacted evidence excerpts.
ALTER TABLE {database}.indicators MODIFY TTL toDateTime(anchor_at) + INTERVAL 1825 DAY;

-- Backfill (idempotent: see the top of this file).
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

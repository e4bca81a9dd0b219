-- Cluster variant of sql/0001_core_tables.up.sql: same columns, replicated `_local`
-- tables on every shard and a Distributed table under the original name.
-- Macros {cluster}, {shard}, {replica} come from each server's config; `{database}`
-- is replaced by the migration runner. Keep columns identical to the single-node file
-- (tests/reliability/test_cluster_ddl.py compares them).

CREATE TABLE IF NOT EXISTS {database}.indicators_local ON CLUSTER '{cluster}'
(
    indicator_id  String COMMENT 'deterministic id: same inputs, same id (replay/redelivery safe)',
    category      LowCardinality(String),
    axis          LowCardinality(String) COMMENT 'A = content of the demand, B = means/manner',
    severity      Enum8('low' = 1, 'medium' = 2, 'high' = 3),
    score         Float32,
    customer_key  String,
    agent_key     Nullable(String),
    channel       LowCardinality(String),
    event_ids     Array(String),
    window_start  Nullable(DateTime64(3, 'UTC')),
    window_end    Nullable(DateTime64(3, 'UTC')),
    occurred_at   DateTime64(3, 'UTC') COMMENT 'event time of the last evidence event',
    detected_at   DateTime64(3, 'UTC'),
    evidence      Nullable(String),
    detector      LowCardinality(String),
    version       UInt64 COMMENT 'ms of occurred_at: later evidence supersedes earlier rows',
    anchor_at     DateTime64(3, 'UTC') COMMENT 'window_start or occurred_at; fixed per indicator_id',
    _partition    UInt16 DEFAULT 0 COMMENT 'Kafka position of the indicator record (audit)',
    _offset       UInt64 DEFAULT 0,
    inserted_at   DateTime64(3, 'UTC') DEFAULT now64(3)
)
ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/{database}/indicators_local', '{replica}', version)
PARTITION BY toYYYYMM(anchor_at)
ORDER BY (customer_key, category, indicator_id);

-- Sharded by customer: all versions of an indicator (same id → same customer) meet on
-- one shard, so FINAL collapses them exactly, and a review pack reads one shard.
CREATE TABLE IF NOT EXISTS {database}.indicators ON CLUSTER '{cluster}'
AS {database}.indicators_local
ENGINE = Distributed('{cluster}', '{database}', 'indicators_local', sipHash64(customer_key));

CREATE TABLE IF NOT EXISTS {database}.escalations_local ON CLUSTER '{cluster}'
(
    escalation_id  String COMMENT 'deterministic: customer_key + stage + crossing event',
    customer_key   String,
    stage          Enum8('none' = 0, 'watch' = 1, 'warn' = 2, 'review' = 3),
    previous_stage Enum8('none' = 0, 'watch' = 1, 'warn' = 2, 'review' = 3),
    risk           Float32,
    crossed_at     DateTime64(3, 'UTC') COMMENT 'event time of the crossing',
    detected_at    DateTime64(3, 'UTC'),
    indicator_ids  Array(String) COMMENT 'evidence: the indicators that carried the risk over',
    event_ids      Array(String),
    categories     Array(LowCardinality(String)),
    inserted_at    DateTime64(3, 'UTC') DEFAULT now64(3)
)
ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/{database}/escalations_local', '{replica}')
PARTITION BY toYYYYMM(crossed_at)
ORDER BY (customer_key, escalation_id);

CREATE TABLE IF NOT EXISTS {database}.escalations ON CLUSTER '{cluster}'
AS {database}.escalations_local
ENGINE = Distributed('{cluster}', '{database}', 'escalations_local', sipHash64(customer_key));

CREATE TABLE IF NOT EXISTS {database}.decisions_local ON CLUSTER '{cluster}'
(
    decision_id    String,
    customer_key   String,
    action         LowCardinality(String) COMMENT 'e.g. keep_watching, warning_letter, refuse_service, close_case',
    decided_by     String COMMENT 'reviewer name or role as entered by the reviewer',
    decided_at     DateTime64(3, 'UTC'),
    note           String,
    escalation_id  Nullable(String)
)
ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/{database}/decisions_local', '{replica}')
ORDER BY (customer_key, decided_at, decision_id);

CREATE TABLE IF NOT EXISTS {database}.decisions ON CLUSTER '{cluster}'
AS {database}.decisions_local
ENGINE = Distributed('{cluster}', '{database}', 'decisions_local', sipHash64(customer_key));

CREATE TABLE IF NOT EXISTS {database}.dead_letters_local ON CLUSTER '{cluster}'
(
    dlq_id       String COMMENT 'source topic/partition/offset: redelivery-safe',
    reason       LowCardinality(String),
    detail       String,
    source_topic LowCardinality(String),
    _partition   UInt16,
    _offset      UInt64,
    size_bytes   UInt32,
    received_at  DateTime64(3, 'UTC')
)
ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/{database}/dead_letters_local', '{replica}')
PARTITION BY toYYYYMM(received_at)
ORDER BY (source_topic, _partition, _offset);

-- Sharded by the Kafka position: a redelivered dead letter meets its first copy.
CREATE TABLE IF NOT EXISTS {database}.dead_letters ON CLUSTER '{cluster}'
AS {database}.dead_letters_local
ENGINE = Distributed('{cluster}', '{database}', 'dead_letters_local', cityHash64(source_topic, _partition, _offset));

CREATE TABLE IF NOT EXISTS {database}.pipeline_stats_local ON CLUSTER '{cluster}'
(
    worker         LowCardinality(String),
    ts             DateTime64(3, 'UTC'),
    events_in      UInt64 COMMENT 'valid events processed in the interval',
    dead_letters   UInt64,
    indicators_out UInt64,
    interval_s     Float32,
    consumer_lag   Int64 COMMENT 'sum of partition lag of contact-events at ts; -1 unknown'
)
ENGINE = ReplicatedMergeTree('/clickhouse/tables/{shard}/{database}/pipeline_stats_local', '{replica}')
PARTITION BY toYYYYMM(ts)
ORDER BY (worker, ts)
TTL toDateTime(ts) + INTERVAL 90 DAY;

CREATE TABLE IF NOT EXISTS {database}.pipeline_stats ON CLUSTER '{cluster}'
AS {database}.pipeline_stats_local
ENGINE = Distributed('{cluster}', '{database}', 'pipeline_stats_local', cityHash64(worker));

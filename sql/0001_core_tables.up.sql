-- Core tables written by the worker. `{database}` is replaced by the migration runner.
-- No raw customer/staff ids and no message text ever reach these tables: ids are
-- HMAC pseudonyms (customer_key, agent_key) and `evidence` is a short redacted excerpt.

CREATE TABLE IF NOT EXISTS {database}.indicators
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
    -- A stateful indicator keeps its id while its window grows; the newest evidence wins.
    version       UInt64 COMMENT 'ms of occurred_at: later evidence supersedes earlier rows',
    anchor_at     DateTime64(3, 'UTC') COMMENT 'window_start or occurred_at; fixed per indicator_id',
    _partition    UInt16 DEFAULT 0 COMMENT 'Kafka position of the indicator record (audit)',
    _offset       UInt64 DEFAULT 0,
    inserted_at   DateTime64(3, 'UTC') DEFAULT now64(3)
)
ENGINE = ReplacingMergeTree(version)
-- anchor_at is constant per indicator_id, so all versions of an id share a partition
-- and ReplacingMergeTree can collapse them; customer first serves review packs.
PARTITION BY toYYYYMM(anchor_at)
ORDER BY (customer_key, category, indicator_id);

CREATE TABLE IF NOT EXISTS {database}.escalations
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
ENGINE = ReplacingMergeTree
PARTITION BY toYYYYMM(crossed_at)
ORDER BY (customer_key, escalation_id);

-- Restrictive steps (warning letter, service refusal) are recorded human decisions,
-- never automatic. Append-only.
CREATE TABLE IF NOT EXISTS {database}.decisions
(
    decision_id    String,
    customer_key   String,
    action         LowCardinality(String) COMMENT 'e.g. keep_watching, warning_letter, refuse_service, close_case',
    decided_by     String COMMENT 'reviewer name or role as entered by the reviewer',
    decided_at     DateTime64(3, 'UTC'),
    note           String,
    escalation_id  Nullable(String)
)
ENGINE = ReplacingMergeTree
ORDER BY (customer_key, decided_at, decision_id);

-- Malformed input: the original bytes stay in the Kafka dead-letter topic; only the
-- reason and position are here (the bytes may contain personal data).
CREATE TABLE IF NOT EXISTS {database}.dead_letters
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
ENGINE = ReplacingMergeTree
PARTITION BY toYYYYMM(received_at)
ORDER BY (source_topic, _partition, _offset);

-- Worker health snapshots, one row per worker per interval.
CREATE TABLE IF NOT EXISTS {database}.pipeline_stats
(
    worker         LowCardinality(String),
    ts             DateTime64(3, 'UTC'),
    events_in      UInt64 COMMENT 'valid events processed in the interval',
    dead_letters   UInt64,
    indicators_out UInt64,
    interval_s     Float32,
    consumer_lag   Int64 COMMENT 'sum of partition lag of contact-events at ts; -1 unknown'
)
ENGINE = MergeTree
PARTITION BY toYYYYMM(ts)
ORDER BY (worker, ts)
TTL toDateTime(ts) + INTERVAL 90 DAY;

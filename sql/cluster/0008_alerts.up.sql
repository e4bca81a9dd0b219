-- Cluster variant of sql/0008_alerts.up.sql: replicated per shard, sharded by the
-- customer key like indicators (every status row of one alert carries the same key, so
-- all versions of an (alert, destination) meet on one shard and FINAL stays exact).

CREATE TABLE IF NOT EXISTS {database}.alerts_local ON CLUSTER '{cluster}'
(
    alert_id     String COMMENT 'deterministic per (rule, indicator or escalation); the webhook-id receivers deduplicate on',
    destination  LowCardinality(String) COMMENT 'webhook | slack | teams | email; empty when undelivered',
    rule_id      LowCardinality(String),
    kind         LowCardinality(String) COMMENT 'indicator | escalation | digest | test',
    source_id    String COMMENT 'indicator_id or escalation_id (first item of a digest)',
    customer_key String COMMENT 'pseudonym, never the raw id',
    category     LowCardinality(String),
    severity     LowCardinality(String),
    stage        LowCardinality(String),
    channel      LowCardinality(String),
    team         String COMMENT 'from the staff directory; empty if unknown',
    status       LowCardinality(String) COMMENT 'sent | retrying | failed | undelivered (no destination configured)',
    attempts     UInt16 COMMENT 'attempts so far, all rounds',
    error        String COMMENT 'last error of a retrying or failed delivery',
    occurred_at  DateTime64(3, 'UTC') COMMENT 'event time of the evidence (fixed per alert)',
    detected_at  Nullable(DateTime64(3, 'UTC')) COMMENT 'processing time of the source record',
    sent_at      Nullable(DateTime64(3, 'UTC')),
    latency_ms   Nullable(Float32) COMMENT 'detected_at to sent_at',
    updated_at   DateTime64(3, 'UTC'),
    version      UInt64 COMMENT 'updated_at in ms x 4 + status rank: the newest status wins, sent wins a tie',
    inserted_at  DateTime64(3, 'UTC') DEFAULT now64(3)
)
ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/{database}/alerts_local', '{replica}', version)
PARTITION BY toYYYYMM(occurred_at)
ORDER BY (alert_id, destination);

CREATE TABLE IF NOT EXISTS {database}.alerts ON CLUSTER '{cluster}'
AS {database}.alerts_local
ENGINE = Distributed('{cluster}', '{database}', 'alerts_local', sipHash64(customer_key));

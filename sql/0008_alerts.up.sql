-- Supervisor alerts and their delivery status (mamori.alerts; docs/alerts.md).
-- One row per (alert, destination), replaced by each newer status: the delivery agents
-- write sent / retrying / failed through the alert-status topic and the batching sink.
-- Partitioned by the alert's event time, which never changes for an alert id, so every
-- status of one alert lands in one partition and ReplacingMergeTree can collapse them.
-- ORDER BY (alert_id, destination): the replacing key; lookups are by id or by time.
-- No message text: the evidence excerpt stays in indicators; ids are pseudonyms.

CREATE TABLE IF NOT EXISTS {database}.alerts
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
ENGINE = ReplacingMergeTree(version)
PARTITION BY toYYYYMM(occurred_at)
ORDER BY (alert_id, destination);

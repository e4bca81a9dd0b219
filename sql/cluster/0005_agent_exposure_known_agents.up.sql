-- Cluster variant of sql/0005_agent_exposure_known_agents.up.sql (read it for the why):
-- the per-shard view is replaced, the '' rows are deleted on every shard's local table,
-- and the backfill goes through the Distributed tables.

DROP VIEW IF EXISTS {database}.agent_exposure_daily_mv ON CLUSTER '{cluster}' SYNC;

ALTER TABLE {database}.agent_exposure_daily_local ON CLUSTER '{cluster}' DELETE WHERE agent_key = ''
SETTINGS mutations_sync = 2;

CREATE MATERIALIZED VIEW IF NOT EXISTS {database}.agent_exposure_daily_mv ON CLUSTER '{cluster}'
TO {database}.agent_exposure_daily_local
AS SELECT
    toDate(anchor_at, 'Asia/Tokyo') AS day,
    assumeNotNull(known_agent) AS agent_key,
    category,
    axis,
    severity,
    uniqState(indicator_id) AS indicators,
    uniqState(customer_key) AS customers
FROM
(
    SELECT anchor_at, agent_key AS known_agent, category, axis, severity, indicator_id, customer_key
    FROM {database}.indicators_local
    WHERE known_agent IS NOT NULL
)
GROUP BY day, agent_key, category, axis, severity;

INSERT INTO {database}.agent_exposure_daily
SELECT toDate(anchor_at, 'Asia/Tokyo') AS day, assumeNotNull(known_agent) AS agent_key,
       category, axis, severity, uniqState(indicator_id), uniqState(customer_key)
FROM
(
    SELECT anchor_at, agent_key AS known_agent, category, axis, severity, indicator_id, customer_key
    FROM {database}.indicators
    WHERE known_agent IS NOT NULL
)
GROUP BY day, agent_key, category, axis, severity;

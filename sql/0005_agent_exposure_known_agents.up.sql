-- Fix of 0003: in agent_exposure_daily_mv the filter `WHERE agent_key IS NOT NULL` bound
-- to the SELECT alias `assumeNotNull(agent_key) AS agent_key` (ClickHouse resolves aliases
-- before columns), so contacts without a known agent were rolled up under agent_key ''.
-- 0003 may already be applied (migrations are never edited), hence this file: filter in
-- a subquery where only the table's column is in scope, drop the '' rows, backfill.
-- Re-running it is harmless: uniq states make the backfill idempotent.

DROP VIEW IF EXISTS {database}.agent_exposure_daily_mv;

ALTER TABLE {database}.agent_exposure_daily DELETE WHERE agent_key = ''
SETTINGS mutations_sync = 2;

CREATE MATERIALIZED VIEW IF NOT EXISTS {database}.agent_exposure_daily_mv
TO {database}.agent_exposure_daily
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
    FROM {database}.indicators
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

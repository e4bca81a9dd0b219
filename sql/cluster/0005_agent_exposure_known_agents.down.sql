-- Back to the 0003 definition of the view (the '' rows are not restored).
DROP VIEW IF EXISTS {database}.agent_exposure_daily_mv ON CLUSTER '{cluster}' SYNC;

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

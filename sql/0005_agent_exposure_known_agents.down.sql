-- Back to the 0003 definition of the view (the '' rows are not restored).
DROP VIEW IF EXISTS {database}.agent_exposure_daily_mv;

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

DROP TABLE IF EXISTS {database}.sealed_indicators ON CLUSTER '{cluster}' SYNC;
ALTER TABLE {database}.indicators_daily_mv ON CLUSTER '{cluster}' MODIFY SQL SECURITY INVOKER;
ALTER TABLE {database}.indicators_hour_of_week_mv ON CLUSTER '{cluster}' MODIFY SQL SECURITY INVOKER;
ALTER TABLE {database}.agent_exposure_daily_mv ON CLUSTER '{cluster}' MODIFY SQL SECURITY INVOKER;
ALTER TABLE {database}.customer_category_summary_mv ON CLUSTER '{cluster}' MODIFY SQL SECURITY INVOKER;
ALTER TABLE {database}.customer_stage_mv ON CLUSTER '{cluster}' MODIFY SQL SECURITY INVOKER;

-- Back to 0004's view (active days only).
CREATE OR REPLACE VIEW {database}.indicators_by_day_type ON CLUSTER '{cluster}'
AS SELECT
    d.day AS day,
    multiIf(h.day != toDate(0), '祝日 holiday', toDayOfWeek(d.day) >= 6, '土日 weekend', '平日 weekday') AS day_type,
    d.indicators AS indicators
FROM
(
    SELECT day, uniqMerge(indicators) AS indicators
    FROM {database}.indicators_daily
    GROUP BY day
) AS d
LEFT JOIN (SELECT DISTINCT day FROM {database}.jp_holidays) AS h ON h.day = d.day;

CREATE OR REPLACE VIEW {database}.indicators_by_day_type
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
DROP VIEW IF EXISTS {database}.recurrence_worklist_mv;
DROP TABLE IF EXISTS {database}.recurrence_worklist;
DROP VIEW IF EXISTS {database}.agent_weekly_counts_mv;
DROP TABLE IF EXISTS {database}.agent_weekly_counts;
DROP VIEW IF EXISTS {database}.hour_of_week_counts_mv;
DROP TABLE IF EXISTS {database}.hour_of_week_counts;
DROP VIEW IF EXISTS {database}.indicators_channel_counts_mv;
DROP TABLE IF EXISTS {database}.indicators_channel_counts;
DROP VIEW IF EXISTS {database}.indicators_daily_counts_mv;
DROP TABLE IF EXISTS {database}.indicators_daily_counts;

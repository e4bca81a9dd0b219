DROP TABLE IF EXISTS {database}.sealed_indicators ON CLUSTER '{cluster}' SYNC;
ALTER TABLE {database}.indicators_daily_mv ON CLUSTER '{cluster}' MODIFY SQL SECURITY INVOKER;
ALTER TABLE {database}.indicators_hour_of_week_mv ON CLUSTER '{cluster}' MODIFY SQL SECURITY INVOKER;
ALTER TABLE {database}.agent_exposure_daily_mv ON CLUSTER '{cluster}' MODIFY SQL SECURITY INVOKER;
ALTER TABLE {database}.customer_category_summary_mv ON CLUSTER '{cluster}' MODIFY SQL SECURITY INVOKER;
ALTER TABLE {database}.customer_stage_mv ON CLUSTER '{cluster}' MODIFY SQL SECURITY INVOKER;

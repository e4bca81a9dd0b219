DROP VIEW IF EXISTS {database}.refresh_status;
DROP VIEW IF EXISTS {database}.worklist_activity_mv;
DROP TABLE IF EXISTS {database}.worklist_activity;
DROP VIEW IF EXISTS {database}.agent_daily_counts_mv;
DROP TABLE IF EXISTS {database}.agent_daily_counts;
DROP TABLE IF EXISTS {database}.staff_teams;
DROP VIEW IF EXISTS {database}.customer_activity_mv;
DROP TABLE IF EXISTS {database}.customer_activity;

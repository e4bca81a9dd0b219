DROP TABLE IF EXISTS {database}.pipeline_stats;
DROP TABLE IF EXISTS {database}.dead_letters;
DROP TABLE IF EXISTS {database}.decisions;
DROP TABLE IF EXISTS {database}.escalations;
DROP TABLE IF EXISTS {database}.indicators;

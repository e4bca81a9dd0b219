DROP VIEW IF EXISTS {database}.indicators_by_day_type ON CLUSTER '{cluster}' SYNC;
DROP TABLE IF EXISTS {database}.jp_holidays ON CLUSTER '{cluster}' SYNC;

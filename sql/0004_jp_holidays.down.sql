DROP VIEW IF EXISTS {database}.indicators_by_day_type;
DROP TABLE IF EXISTS {database}.jp_holidays;

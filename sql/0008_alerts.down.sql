DROP TABLE IF EXISTS {database}.alerts;

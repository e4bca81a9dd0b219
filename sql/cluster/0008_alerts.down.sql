DROP TABLE IF EXISTS {database}.alerts ON CLUSTER '{cluster}' SYNC;
DROP TABLE IF EXISTS {database}.alerts_local ON CLUSTER '{cluster}' SYNC;

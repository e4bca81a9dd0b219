DROP TABLE IF EXISTS {database}.evidence_chain ON CLUSTER '{cluster}' SYNC;

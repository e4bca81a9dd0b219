DROP TABLE IF EXISTS {database}.evidence_chain;

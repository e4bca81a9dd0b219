-- Cluster variant of sql/0009_sealed_versions.up.sql. Like evidence_chain, one gapless
-- sequence by one sealer: not sharded, every server replicates the whole table.

CREATE TABLE IF NOT EXISTS {database}.sealed_indicators ON CLUSTER '{cluster}'
(
    seq                  UInt64 COMMENT 'seq of the evidence_chain link that seals this copy',
    indicator_id         String,
    version              UInt64,
    indicator_inserted_at DateTime64(3, 'UTC'),
    record_hash          FixedString(64) COMMENT 'hex sha256(record), equal to the link record_hash',
    record               String COMMENT 'canonical JSON of the sealed row (integrity.chain.canonical_record)',
    sealed_at            DateTime64(3, 'UTC')
)
ENGINE = ReplicatedMergeTree('/clickhouse/tables/all/{database}/sealed_indicators', '{replica}')
ORDER BY seq;

-- The insert-triggered materialized views run as their definer (the admin that runs
-- this migration), not as the inserting user: the worker's role has INSERT on its four
-- tables only, and must not need SELECT on indicators (excerpts) or INSERT on rollups
-- to fill them. A new insert-triggered view must say `SQL SECURITY DEFINER` itself:
-- tests/integration/storage/test_roles.py inserts as the worker and fails otherwise.
ALTER TABLE {database}.indicators_daily_mv ON CLUSTER '{cluster}' MODIFY SQL SECURITY DEFINER DEFINER = CURRENT_USER;
ALTER TABLE {database}.indicators_hour_of_week_mv ON CLUSTER '{cluster}' MODIFY SQL SECURITY DEFINER DEFINER = CURRENT_USER;
ALTER TABLE {database}.agent_exposure_daily_mv ON CLUSTER '{cluster}' MODIFY SQL SECURITY DEFINER DEFINER = CURRENT_USER;
ALTER TABLE {database}.customer_category_summary_mv ON CLUSTER '{cluster}' MODIFY SQL SECURITY DEFINER DEFINER = CURRENT_USER;
ALTER TABLE {database}.customer_stage_mv ON CLUSTER '{cluster}' MODIFY SQL SECURITY DEFINER DEFINER = CURRENT_USER;

-- Sealed copies of indicator versions (mamori.sealed_indicators), written by the sealer
-- role only, one row per link of evidence_chain (same seq). `record` is the canonical
-- serialisation whose sha256 is the link's record_hash, so what a sealed version said
-- survives ReplacingMergeTree merges and a forged newer version can be shown next to
-- it ("reversioned" in `mamori verify`). Append-only; personal data: none beyond the
-- pseudonymous keys and redacted excerpts already in `indicators`.

CREATE TABLE IF NOT EXISTS {database}.sealed_indicators
(
    seq                  UInt64 COMMENT 'seq of the evidence_chain link that seals this copy',
    indicator_id         String,
    version              UInt64,
    indicator_inserted_at DateTime64(3, 'UTC'),
    record_hash          FixedString(64) COMMENT 'hex sha256(record), equal to the link record_hash',
    record               String COMMENT 'canonical JSON of the sealed row (integrity.chain.canonical_record)',
    sealed_at            DateTime64(3, 'UTC')
)
-- Plain MergeTree: copies are never replaced; ORDER BY seq matches the chain.
ENGINE = MergeTree
ORDER BY seq;

-- The insert-triggered materialized views run as their definer (the admin that runs
-- this migration), not as the inserting user: the worker's role has INSERT on its four
-- tables only, and must not need SELECT on indicators (excerpts) or INSERT on rollups
-- to fill them. A new insert-triggered view must say `SQL SECURITY DEFINER` itself:
-- tests/integration/storage/test_roles.py inserts as the worker and fails otherwise.
ALTER TABLE {database}.indicators_daily_mv MODIFY SQL SECURITY DEFINER DEFINER = CURRENT_USER;
ALTER TABLE {database}.indicators_hour_of_week_mv MODIFY SQL SECURITY DEFINER DEFINER = CURRENT_USER;
ALTER TABLE {database}.agent_exposure_daily_mv MODIFY SQL SECURITY DEFINER DEFINER = CURRENT_USER;
ALTER TABLE {database}.customer_category_summary_mv MODIFY SQL SECURITY DEFINER DEFINER = CURRENT_USER;
ALTER TABLE {database}.customer_stage_mv MODIFY SQL SECURITY DEFINER DEFINER = CURRENT_USER;

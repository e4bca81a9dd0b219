-- Hash chain over sealed indicator versions (mamori.evidence_chain).
-- Append-only: `mamori verify --seal` adds one link per not-yet-sealed indicator row,
-- in (inserted_at, indicator_id, version) order. record_hash is sha256 of the row's
-- canonical evidence serialisation, chain_hash = sha256(prev_hash || record_hash), so
-- a later edit or deletion of a sealed row, or of a link, breaks the chain.
-- Nothing here is personal data beyond the pseudonymous ids already in `indicators`.

CREATE TABLE IF NOT EXISTS {database}.evidence_chain
(
    seq                  UInt64 COMMENT 'position in the chain, 1-based, gapless',
    indicator_id         String,
    version              UInt64 COMMENT 'the sealed version of the indicator (ReplacingMergeTree version)',
    indicator_inserted_at DateTime64(3, 'UTC') COMMENT 'inserted_at of the sealed row: tells duplicate deliveries apart',
    record_hash          FixedString(64) COMMENT 'hex sha256 of the canonical evidence serialisation',
    prev_hash            FixedString(64) COMMENT 'chain_hash of seq - 1 (64 zeros for seq 1)',
    chain_hash           FixedString(64) COMMENT 'hex sha256(prev_hash || record_hash)',
    hash_scheme          LowCardinality(String) COMMENT 'canonical serialisation version, e.g. v1',
    sealed_at            DateTime64(3, 'UTC')
)
-- Plain MergeTree: links are never replaced or collapsed, and ORDER BY seq serves the sequential verify.
ENGINE = MergeTree
ORDER BY seq;

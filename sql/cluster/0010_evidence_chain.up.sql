-- Cluster variant of sql/0010_evidence_chain.up.sql. The chain is one gapless sequence
-- written by one sealer, so it is not sharded: the Keeper path has no {shard}, which
-- makes every server of the cluster a replica of the whole chain (a few hundred bytes a
-- link; verification reads it locally on any node).

CREATE TABLE IF NOT EXISTS {database}.evidence_chain ON CLUSTER '{cluster}'
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
ENGINE = ReplicatedMergeTree('/clickhouse/tables/all/{database}/evidence_chain', '{replica}')
ORDER BY seq;

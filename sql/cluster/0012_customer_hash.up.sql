-- Cluster twin of sql/0012_customer_hash.up.sql: the column on every shard's local
-- table, and on the Distributed table that reads them.
ALTER TABLE {database}.customer_activity_local ON CLUSTER '{cluster}'
    ADD COLUMN IF NOT EXISTS customer UInt64 MATERIALIZED cityHash64(customer_key)
    COMMENT 'cityHash64 of customer_key: what distinct-customer counts read';

ALTER TABLE {database}.customer_activity_local ON CLUSTER '{cluster}' MATERIALIZE COLUMN customer;

ALTER TABLE {database}.customer_activity ON CLUSTER '{cluster}'
    ADD COLUMN IF NOT EXISTS customer UInt64 MATERIALIZED cityHash64(customer_key)
    COMMENT 'cityHash64 of customer_key: what distinct-customer counts read';

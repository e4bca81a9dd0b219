ALTER TABLE {database}.customer_activity ON CLUSTER '{cluster}' DROP COLUMN IF EXISTS customer;
ALTER TABLE {database}.customer_activity_local ON CLUSTER '{cluster}' DROP COLUMN IF EXISTS customer;

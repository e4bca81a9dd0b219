ALTER TABLE {database}.customer_activity DROP COLUMN IF EXISTS customer;

"""ClickHouse: clients per role, numbered migrations, row builders and the batch writer."""

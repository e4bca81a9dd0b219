"""Real services (Kafka, ClickHouse, Superset) as plain local processes on 127.0.0.1,
for machines without Docker: the demo and the integration tests use these."""

"""The local stack for development and the demo: Kafka, ClickHouse and Superset as
plain processes, generated secrets. Never imported by the runtime packages."""

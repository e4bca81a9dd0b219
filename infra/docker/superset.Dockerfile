# Superset 6.1 with the ClickHouse SQLAlchemy dialect (clickhousedb://).
FROM apache/superset:6.1.0
USER root
RUN pip install --no-cache-dir clickhouse-connect==1.12.0
USER superset

"""The Faust worker: app wiring, the per-batch detect handler, dead letters, the
ClickHouse sink agents and health counters."""

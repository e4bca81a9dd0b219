"""The evidence hash chain: pure chain logic (``chain``) and its ClickHouse store."""

"""Deterministic record ids: the same inputs always give the same id.

This is what makes a replay or a Kafka redelivery idempotent downstream
(ClickHouse ReplacingMergeTree collapses rows with equal ids).
"""

from __future__ import annotations

import hashlib


def stable_id(*parts: str) -> str:
    """A 128-bit hex id from ordered string parts (unambiguous join)."""
    h = hashlib.blake2b(digest_size=16)
    for part in parts:
        data = part.encode()
        h.update(len(data).to_bytes(4, "big"))
        h.update(data)
    return h.hexdigest()

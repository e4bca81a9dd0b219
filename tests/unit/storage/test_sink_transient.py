"""Which failures the batch writer waits out, and which it raises."""

from __future__ import annotations

import pytest
from clickhouse_connect.driver.exceptions import (
    DatabaseError,
    OperationalError,
    ProgrammingError,
)

from mamori.storage.writer import SchemaMismatch, is_transient


@pytest.mark.parametrize(
    "exc",
    [
        OperationalError("Network Error: Cannot connect to host 127.0.0.1:8123"),
        ConnectionResetError(),
        TimeoutError(),
        DatabaseError("HTTP driver received HTTP status 503"),
        DatabaseError("Code: 252. Too many parts", code=252),  # TOO_MANY_PARTS
        DatabaseError("Code: 241. Memory limit exceeded", code=241),
        OperationalError("Code: 394. Query was cancelled", code=394),  # server shutdown
    ],
    ids=repr,
)
def test_transient(exc: BaseException) -> None:
    assert is_transient(exc)


@pytest.mark.parametrize(
    "exc",
    [
        DatabaseError("Code: 60. Unknown table", code=60),
        DatabaseError("Code: 16. No such column", code=16),
        DatabaseError("Code: 53. Type mismatch", code=53),
        DatabaseError("Code: 497. Not enough privileges", code=497),
        DatabaseError("Code: 516. Authentication failed", code=516),
        # A code means the server answered: even a retried request is not transient then.
        OperationalError("Code: 60. Unknown table", code=60),
        ProgrammingError("bad column types"),
        SchemaMismatch("t has no column(s) ['x']"),
        ValueError("bad row"),
    ],
    ids=repr,
)
def test_not_transient(exc: BaseException) -> None:
    assert not is_transient(exc)

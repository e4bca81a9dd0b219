"""``rfc3339`` is memoised: equal instants in any zone give the one UTC string."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from mamori.domain.contract import rfc3339


def test_the_same_instant_in_two_zones_formats_alike() -> None:
    utc = datetime(2026, 7, 1, 1, 2, 3, 456789, tzinfo=UTC)
    tokyo = utc.astimezone(timezone(timedelta(hours=9)))
    assert rfc3339(tokyo) == rfc3339(utc) == "2026-07-01T01:02:03.456Z"
    assert rfc3339(tokyo) == rfc3339(utc)  # from the memo, either way round


def test_none_stays_none() -> None:
    assert rfc3339(None) is None

"""Epoch milliseconds: integer arithmetic, aware or naive (= UTC) input."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from mamori.domain.timeconv import epoch_ms


def test_aware_and_naive_utc_agree() -> None:
    aware = datetime(2026, 7, 1, 12, 0, 0, 123_999, tzinfo=UTC)
    assert epoch_ms(aware) == 1_782_907_200_123
    assert epoch_ms(aware.replace(tzinfo=None)) == epoch_ms(aware)


def test_offsets_are_honoured() -> None:
    jst = timezone(timedelta(hours=9))
    assert epoch_ms(datetime(2026, 7, 1, 21, 0, tzinfo=jst)) == epoch_ms(
        datetime(2026, 7, 1, 12, 0, tzinfo=UTC)
    )


def test_no_float_rounding() -> None:
    # 2**53 ms territory is far away, but float seconds already misround sub-ms values.
    value = datetime(2026, 7, 1, 0, 0, 0, 999, tzinfo=UTC)
    assert epoch_ms(value) % 1000 == 0
    assert epoch_ms(datetime(1969, 12, 31, 23, 59, 59, 999_500, tzinfo=UTC)) == -1

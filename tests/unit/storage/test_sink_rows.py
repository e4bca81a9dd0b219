"""Wire records → ClickHouse rows: column order, axis, version, anchor, aware times."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from mamori.domain.contract import IndicatorEvent
from mamori.domain.taxonomy import AXIS, Category
from mamori.resources import SCHEMAS_DIR
from mamori.storage.rows import (
    DEAD_LETTER_COLUMNS,
    ESCALATION_COLUMNS,
    INDICATOR_COLUMNS,
    dead_letter_row,
    epoch_ms,
    escalation_row,
    indicator_row,
)

WINDOW = json.loads((SCHEMAS_DIR / "examples" / "indicator_event.window.json").read_text())
CONTENT = json.loads((SCHEMAS_DIR / "examples" / "indicator_event.content.json").read_text())


def as_dict(row: tuple[object, ...]) -> dict[str, object]:
    assert len(row) == len(INDICATOR_COLUMNS)
    return dict(zip(INDICATOR_COLUMNS, row, strict=True))


def test_window_indicator_row() -> None:
    row = as_dict(indicator_row(WINDOW, partition=5, offset=1234))
    start = datetime(2026, 8, 13, 5, 0, tzinfo=UTC)
    assert row["indicator_id"] == WINDOW["indicator_id"]
    assert row["axis"] == AXIS[Category(WINDOW["category"])] == "B"
    assert row["window_start"] == start
    assert row["window_end"] == start + timedelta(hours=1)
    assert row["occurred_at"] == start + timedelta(hours=1)
    assert row["anchor_at"] == start  # fixed for the id while the window grows
    assert row["version"] == 1_786_600_800_000  # ms of occurred_at, 2026-08-13T06:00Z
    assert row["event_ids"] == WINDOW["event_ids"]
    assert (row["_partition"], row["_offset"]) == (5, 1234)
    for column in ("window_start", "window_end", "occurred_at", "detected_at", "anchor_at"):
        value = row[column]
        assert isinstance(value, datetime) and value.utcoffset() == timedelta(0), column


def test_single_event_indicator_anchors_on_its_event_time() -> None:
    row = as_dict(indicator_row(CONTENT, 0, 0))
    assert row["window_start"] is None and row["window_end"] is None
    assert row["anchor_at"] == row["occurred_at"]
    assert row["axis"] == AXIS[Category(CONTENT["category"])]


def test_newer_evidence_has_a_higher_version() -> None:
    later = {**WINDOW, "occurred_at": "2026-08-13T06:10:00.001Z"}
    old, new = as_dict(indicator_row(WINDOW, 0, 0)), as_dict(indicator_row(later, 0, 1))
    assert new["version"] == old["version"] + 600_001  # type: ignore[operator]
    assert new["anchor_at"] == old["anchor_at"] and new["indicator_id"] == old["indicator_id"]


def test_offsets_other_than_utc_are_normalised_to_the_same_instant() -> None:
    tokyo = {**WINDOW, "occurred_at": "2026-08-13T15:00:00.000+09:00"}
    assert (
        as_dict(indicator_row(tokyo, 0, 0))["version"]
        == as_dict(indicator_row(WINDOW, 0, 0))["version"]
    )


def test_naive_timestamps_are_refused() -> None:
    with pytest.raises(ValueError, match="offset"):
        indicator_row({**WINDOW, "occurred_at": "2026-08-13T06:00:00"}, 0, 0)


@pytest.mark.parametrize("ms", [0, 1, 999, 1786604400123, 1786604400999])
def test_epoch_ms_is_exact(ms: int) -> None:
    assert epoch_ms(datetime(1970, 1, 1, tzinfo=UTC) + timedelta(milliseconds=ms)) == ms


def test_row_of_a_detector_indicator_round_trip() -> None:
    event = IndicatorEvent(
        indicator_id="x1",
        category=Category.LEGAL_THREAT,
        severity="high",
        score=0.9,
        customer_key="c_1",
        agent_key="a_1",
        channel="phone",
        event_ids=("e1",),
        occurred_at=datetime(2026, 8, 13, 6, 0, 0, 123000, tzinfo=UTC),
        detected_at=datetime(2026, 8, 13, 6, 0, 1, tzinfo=UTC),
        detector="content@1",
        evidence="[redacted]",
    )
    row = as_dict(indicator_row(event.to_wire(), 1, 2))
    assert row["occurred_at"] == event.occurred_at
    assert row["axis"] == event.axis
    assert row["version"] == epoch_ms(event.occurred_at)


def test_escalation_and_dead_letter_rows() -> None:
    esc = {
        "escalation_id": "e",
        "customer_key": "c",
        "stage": "review",
        "previous_stage": "warn",
        "risk": 3,
        "crossed_at": "2026-08-13T06:00:00.000Z",
        "detected_at": "2026-08-13T06:00:01.000Z",
        "indicator_ids": ["i"],
        "event_ids": ["ev"],
        "categories": ["legal_threat"],
    }
    row = dict(zip(ESCALATION_COLUMNS, escalation_row(esc, 0, 0), strict=True))
    assert row["risk"] == 3.0 and row["crossed_at"] == datetime(2026, 8, 13, 6, tzinfo=UTC)
    received = datetime(2026, 8, 13, tzinfo=UTC)
    dlq = dict(
        zip(
            DEAD_LETTER_COLUMNS,
            dead_letter_row(
                reason="",
                detail="x" * 900,
                source_topic="contact-events",
                partition=1,
                offset=7,
                size_bytes=900,
                received_at=received,
            ),
            strict=True,
        )
    )
    assert dlq["reason"] == "unknown" and len(dlq["detail"]) == 500  # type: ignore[arg-type]
    same = dead_letter_row(
        reason="r",
        detail="",
        source_topic="contact-events",
        partition=1,
        offset=7,
        size_bytes=1,
        received_at=received,
    )
    assert same[0] == dlq["dlq_id"]  # redelivery of the same record keeps its id
    with pytest.raises(ValueError, match="aware"):
        dead_letter_row(
            reason="r",
            detail="",
            source_topic="t",
            partition=0,
            offset=0,
            size_bytes=0,
            received_at=datetime(2026, 8, 13),  # noqa: DTZ001 - the naive value under test
        )

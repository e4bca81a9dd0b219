"""Every example payload validates, and the detectors' output obeys the IndicatorEvent schema."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from mamori.domain.contract import ContactEvent
from mamori.domain.validation import (
    CONTACT_SCHEMA_FILE,
    INDICATOR_SCHEMA_FILE,
    compiled_validator,
    decode_contact_event,
)
from mamori.resources import SCHEMAS_DIR

EXAMPLES = sorted((SCHEMAS_DIR / "examples").glob("*.json"))


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_example_validates(path: Path) -> None:
    schema = CONTACT_SCHEMA_FILE if path.name.startswith("contact_event") else INDICATOR_SCHEMA_FILE
    compiled_validator(schema)(json.loads(path.read_text("utf-8")))


@pytest.mark.parametrize(
    "path", [p for p in EXAMPLES if p.name.startswith("contact_event")], ids=lambda p: p.name
)
def test_contact_examples_decode(path: Path) -> None:
    event = decode_contact_event(path.read_bytes(), now=datetime(2027, 1, 1, tzinfo=UTC))
    assert isinstance(event, ContactEvent)


def test_schemas_name_every_contract_field() -> None:
    contact = json.loads((SCHEMAS_DIR / CONTACT_SCHEMA_FILE).read_text("utf-8"))
    assert set(contact["properties"]) == {
        "event_id",
        "occurred_at",
        "channel",
        "direction",
        "customer_id",
        "agent_id",
        "duration_s",
        "subject",
        "text",
        "language",
        "thread_id",
        "source",
    }
    indicator = json.loads((SCHEMAS_DIR / INDICATOR_SCHEMA_FILE).read_text("utf-8"))
    assert set(indicator["required"]) == {
        "indicator_id",
        "category",
        "severity",
        "score",
        "customer_key",
        "agent_key",
        "channel",
        "event_ids",
        "window_start",
        "window_end",
        "occurred_at",
        "detected_at",
        "evidence",
        "detector",
    }

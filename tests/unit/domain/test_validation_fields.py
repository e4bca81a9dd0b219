"""The decoder builds ContactEvent positionally (cheaper per event): every field of a
fully filled event must land in its own place, whatever the dataclass's order."""

from __future__ import annotations

from dataclasses import fields
from datetime import UTC, datetime

import orjson

from mamori.domain.contract import ContactEvent
from mamori.domain.validation import decode_contact_event


def test_every_field_in_its_place() -> None:
    wire = {
        "event_id": "ev-1",
        "occurred_at": "2026-11-30T10:00:00+09:00",
        "channel": "phone",
        "direction": "inbound",
        "customer_id": "cust-1",
        "agent_id": "agent-1",
        "duration_s": 125,
        "subject": "the subject",
        "text": "the text",
        "language": "ja",
        "thread_id": "thread-1",
        "source": "pbx-tokyo",
    }
    event = decode_contact_event(orjson.dumps(wire), now=datetime(2026, 12, 1, tzinfo=UTC))
    assert isinstance(event, ContactEvent)
    assert [f.name for f in fields(ContactEvent)] == list(wire)
    for name, value in wire.items():
        got = getattr(event, name)
        if name == "occurred_at":
            assert got == datetime.fromisoformat(value)
        elif name == "duration_s":
            assert got == 125.0 and isinstance(got, float)
        else:
            assert got == value, name

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from mamori.domain.contract import ContactEvent
from mamori.domain.validation import Rejection, decode_contact_event

NOW = datetime(2026, 11, 1, tzinfo=UTC)
GOOD = (
    b'{"event_id":"e1","occurred_at":"2026-07-03T22:15:03+09:00","channel":"phone",'
    b'"direction":"inbound","customer_id":"c1","duration_s":60,"text":"\xe3\x81\x82"}'
)


def test_valid_event_decodes_with_aware_time() -> None:
    event = decode_contact_event(GOOD, now=NOW)
    assert isinstance(event, ContactEvent)
    assert event.occurred_at.utcoffset() is not None
    assert event.ts == datetime(2026, 7, 3, 13, 15, 3, tzinfo=UTC).timestamp()


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"\xff\xfe", "invalid_utf8"),
        (b"{not json", "invalid_json"),
        (b"[1,2]", "not_an_object"),
        (b'{"event_id":"e1"}', "schema_violation"),
        (GOOD.replace(b'"phone"', b'"fax"'), "schema_violation"),
        (GOOD.replace(b"+09:00", b""), "schema_violation"),
        (GOOD.replace(b"2026-07-03T22", b"2026-13-03T22"), "bad_timestamp"),
        (GOOD.replace(b"2026-07-03", b"1970-01-01"), "timestamp_out_of_range"),
        (GOOD.replace(b"2026-07-03", b"2031-01-01"), "timestamp_out_of_range"),
        (GOOD.replace(b'"duration_s":60', b'"duration_s":-1'), "schema_violation"),
        (GOOD.replace(b'"e1"', b'"' + b"x" * 129 + b'"'), "schema_violation"),
    ],
)
def test_malformed_input_is_rejected_with_reason(raw: bytes, reason: str) -> None:
    result = decode_contact_event(raw, now=NOW)
    assert isinstance(result, Rejection)
    assert result.reason == reason
    assert result.detail


def test_oversized_text_is_rejected() -> None:
    raw = GOOD.replace(b'"\xe3\x81\x82"', b'"' + b"a" * 20_001 + b'"')
    result = decode_contact_event(raw, now=NOW)
    assert isinstance(result, Rejection) and result.reason == "oversized_text"

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

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


@pytest.mark.parametrize(
    "bad",
    [
        b"\xff",  # never UTF-8
        b"\xe3\x81",  # a character cut short
        b"\xc0\x80",  # an overlong NUL
        b"\xed\xa0\x80",  # an encoded surrogate
        b"\xf4\x90\x80\x80",  # beyond U+10FFFF
    ],
)
def test_invalid_utf8_anywhere_is_named_as_such(bad: bytes) -> None:
    # In a string value, after the object, or in a place that is not JSON either: the
    # reason is the encoding, at the byte the decoder names, whatever parses or not.
    for raw in (GOOD.replace(b"\xe3\x81\x82", bad), GOOD + bad, b"{" + bad):
        result = decode_contact_event(raw, now=NOW)
        assert isinstance(result, Rejection)
        assert result.reason == "invalid_utf8", raw
        with pytest.raises(UnicodeDecodeError) as decoding:
            raw.decode("utf-8")
        assert result.detail == f"byte {decoding.value.start}: {decoding.value.reason}"


@given(st.binary(max_size=40))
def test_any_bytes_are_invalid_utf8_exactly_when_they_do_not_decode(noise: bytes) -> None:
    for raw in (noise, GOOD[:60] + noise + GOOD[60:]):
        result = decode_contact_event(raw, now=NOW)
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            assert isinstance(result, Rejection) and result.reason == "invalid_utf8"
        else:
            assert not isinstance(result, Rejection) or result.reason != "invalid_utf8"

"""Call transcripts and CDRs → ContactEvents: one parser test per format, caller
numbers normalised to E.164 before pseudonymisation, mapping, clear errors."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import orjson
import pytest

from mamori.detect.text.transcript import customer_lines
from mamori.domain.contract import ContactEvent
from mamori.domain.validation import decode_contact_event
from mamori.ingest.callfiles import call_items
from mamori.ingest.calls import (
    Call,
    CallError,
    CallMeta,
    call_event,
    parse_cdr,
    parse_segments,
    parse_transcribe,
    parse_webvtt,
    with_defaults,
)
from mamori.ingest.mapping import MappingError, SourceMapping
from mamori.ingest.phone import PhoneNumberError, to_e164

MAPPING = SourceMapping()
START = datetime(2026, 7, 6, 1, 0, tzinfo=UTC)

VTT = """WEBVTT

NOTE
call_id: c-1001
caller: 03-1234-5678
agent: 201
started_at: 2026-07-06T10:00:00+09:00
language: ja

00:00:00.000 --> 00:00:03.500
<v Agent>お電話ありがとうございます。申し訳ございません。</v>

00:00:03.600 --> 00:00:09.250
<v Customer>土下座して謝れ。今すぐ来い。</v>

01:02:03.000 --> 01:02:04.500
<v オペレーター>承知しました。</v>
"""


def test_webvtt_voice_tags_and_metadata() -> None:
    call = parse_webvtt(VTT, MAPPING)
    assert call.meta.call_id == "c-1001" and call.meta.caller == "03-1234-5678"
    assert [s.role for s in call.segments] == ["agent", "customer", "agent"]
    assert call.segments[1].start == pytest.approx(3.6)
    ev = call_event(call, source="pbx-tokyo", mapping=MAPPING)
    assert ev["customer_id"] == "+81312345678"
    assert ev["occurred_at"] == "2026-07-06T01:00:00.000Z"
    assert ev["duration_s"] == pytest.approx(3724.5)
    assert ev["agent_id"] == "201" and ev["language"] == "ja" and ev["channel"] == "phone"
    # The detectors keep the customer's words only: staff apologies are not demands.
    assert customer_lines(ev["text"]) == "土下座して謝れ。今すぐ来い。"
    assert isinstance(decode_contact_event(orjson.dumps(ev)), ContactEvent)


def test_webvtt_errors_are_clear() -> None:
    with pytest.raises(CallError, match="not a WebVTT"):
        parse_webvtt("hello", MAPPING)
    with pytest.raises(CallError, match="cue 1 .* no voice tag"):
        parse_webvtt("WEBVTT\n\n00:00.000 --> 00:01.000\nno speaker\n", MAPPING)
    with pytest.raises(CallError, match="speaker 'Bob'"):
        parse_webvtt("WEBVTT\n\n00:00.000 --> 00:01.000\n<v Bob>hi\n", MAPPING)


def _contact_lens() -> dict[str, object]:
    return {
        "Version": "1.1.0",
        "Channel": "VOICE",
        "LanguageCode": "en-US",
        "Participants": [
            {"ParticipantId": "CUSTOMER", "ParticipantRole": "CUSTOMER"},
            {"ParticipantId": "AGENT", "ParticipantRole": "AGENT"},
        ],
        "ConversationCharacteristics": {"TotalConversationDurationMillis": 2_750_000},
        "CustomerMetadata": {"ContactId": "8f1e-contact", "InstanceId": "i-1"},
        "Transcript": [
            {
                "BeginOffsetMillis": 0,
                "EndOffsetMillis": 2000,
                "Content": "How can I help?",
                "Id": "1",
                "ParticipantId": "AGENT",
                "Sentiment": "NEUTRAL",
            },
            {
                "BeginOffsetMillis": 2100,
                "EndOffsetMillis": 6000,
                "Content": "I'll sue you and post this everywhere.",
                "Id": "2",
                "ParticipantId": "CUSTOMER",
                "Sentiment": "NEGATIVE",
            },
        ],
    }


def test_contact_lens_and_call_analytics_json() -> None:
    call = parse_transcribe(_contact_lens(), MAPPING)
    assert call.meta.call_id == "8f1e-contact" and call.duration_s == 2750.0
    assert call.meta.language == "en"
    ev = call_event(
        with_defaults(call, CallMeta(started_at=START, caller="+1 415-555-0100")),
        source="connect",
        mapping=MAPPING,
    )
    assert ev["customer_id"] == "+14155550100" and ev["duration_s"] == 2750.0
    assert ev["text"] == "Agent: How can I help?\nCustomer: I'll sue you and post this everywhere."

    analytics = {
        "JobName": "job-77",
        "LanguageCode": "ja-JP",
        "Transcript": [
            {
                "ParticipantRole": "CUSTOMER",
                "Content": "責任者を出せ",
                "BeginOffsetMillis": 500,
                "EndOffsetMillis": 1500,
            },
            {
                "ParticipantRole": "AGENT",
                "Content": "少々お待ちください",
                "BeginOffsetMillis": 0,
                "EndOffsetMillis": 400,
            },
        ],
    }
    call = parse_transcribe(analytics, MAPPING)
    assert call.meta.call_id == "job-77" and call.meta.language == "ja"
    ev = call_event(
        with_defaults(call, CallMeta(started_at=START, caller="0312345678")),
        source="s",
        mapping=MAPPING,
    )
    assert ev["text"] == "Agent: 少々お待ちください\nCustomer: 責任者を出せ"  # time order
    assert ev["duration_s"] == 1.5
    with pytest.raises(CallError, match="no 'Transcript'"):
        parse_transcribe({"results": {}}, MAPPING)


def test_generic_segments_and_mapping_file(tmp_path: Path) -> None:
    doc = {
        "call_id": "g-1",
        "started_at": "2026-07-06 10:00:00",  # no offset: the mapping's zone (Tokyo)
        "caller": "０９０－１２３４－５６７８",
        "agent": "ext-7",
        "segments": [
            {"speaker": "spk_0", "start": 0, "end": 2.5, "text": "はい、サポートです"},
            {"speaker": "spk_1", "start": 2.5, "end": 30, "text": "いい加減にしろ"},
        ],
    }
    with pytest.raises(CallError, match="spk_0"):
        parse_segments(doc, MAPPING)
    path = tmp_path / "mapping.toml"
    path.write_text(
        '[agents]\n"ext-7" = "staff-007"\n'
        '[customers]\n"+819012345678" = "crm-42"\n'
        '[speakers]\nagent = ["spk_0"]\ncustomer = ["spk_1"]\n',
        encoding="utf-8",
    )
    mapping = SourceMapping.load(path)
    ev = call_event(parse_segments(doc, mapping), source="s", mapping=mapping)
    assert ev["customer_id"] == "crm-42" and ev["agent_id"] == "staff-007"
    assert ev["occurred_at"] == "2026-07-06T01:00:00.000Z" and ev["duration_s"] == 30
    with pytest.raises(CallError, match=r"segments\[0\] lacks end"):
        parse_segments([{"speaker": "agent", "start": 0, "text": "x"}], MAPPING)
    bad = tmp_path / "bad.toml"
    bad.write_text("[nonsense]\n", encoding="utf-8")
    with pytest.raises(MappingError, match="unknown tables"):
        SourceMapping.load(bad)


def test_one_caller_is_one_customer_across_spellings() -> None:
    spellings = [
        "03-1234-5678",
        "+81 3-1234-5678",
        "０３（１２３４）５６７８",
        "0312345678",
        "+81312345678",
    ]
    assert {to_e164(s) for s in spellings} == {"+81312345678"}
    with pytest.raises(PhoneNumberError):
        to_e164("not a number")
    ids = {
        call_event(
            Call(CallMeta(call_id=f"c{i}", started_at=START, caller=s)), source="p", mapping=MAPPING
        )["customer_id"]
        for i, s in enumerate(spellings)
    }
    assert ids == {"+81312345678"}


def test_withheld_numbers_are_never_one_customer() -> None:
    a = call_event(
        Call(CallMeta(call_id="w1", started_at=START, caller="非通知")), source="p", mapping=MAPPING
    )
    b = call_event(
        Call(CallMeta(call_id="w2", started_at=START, caller="anonymous")),
        source="p",
        mapping=MAPPING,
    )
    assert a["customer_id"].startswith("withheld:") and a["customer_id"] != b["customer_id"]


def test_outbound_call_customer_is_the_callee() -> None:
    ev = call_event(
        Call(
            CallMeta(
                call_id="o1",
                started_at=START,
                caller="201",
                callee="06-6123-4567",
                direction="outbound",
            ),
            duration_s=60,
        ),
        source="p",
        mapping=MAPPING,
    )
    assert ev["direction"] == "outbound" and ev["customer_id"] == "+81661234567"


CDR = """call_id,start_time,caller,callee,agent,direction,duration_s
a1,2026-07-06 10:00:00,03-1111-2222,200,201,inbound,4000
a2,2026-07-06 11:00:00,03-1111-2222,200,201,着信,not-a-number
a3,2026-07-06 12:00:00,03-1111-2222,200,202,sideways,10
a4,2026-07-06 13:00:00,abc,200,202,inbound,10
a5,2026-07-06 14:00:00,,200,202,inbound,10
"""


def test_cdr_rows_duration_only_and_bad_rows_alone(tmp_path: Path) -> None:
    rows = [(n, c) for n, c, _ in parse_cdr(CDR, MAPPING)]
    assert [n for n, _ in rows] == [2, 3, 4, 5, 6]
    assert isinstance(rows[1][1], CallError) and "row 3: duration 'not-a-number'" in str(rows[1][1])
    assert isinstance(rows[2][1], CallError) and "sideways" in str(rows[2][1])
    path = tmp_path / "cdr.csv"
    path.write_text(CDR, encoding="utf-8")
    items = list(
        call_items([path], "auto", source="pbx", mapping=MAPPING, defaults=CallMeta(), region="JP")
    )
    assert [i.event is not None for i in items] == [True, False, False, False, True]
    first = items[0].event
    assert first is not None
    assert first["text"] is None and first["duration_s"] == 4000
    assert first["customer_id"] == "+81311112222"
    assert first["occurred_at"] == "2026-07-06T01:00:00.000Z"
    assert items[3].where.endswith("row 5") and "'abc' is not a phone number" in (
        items[3].error or ""
    )
    assert items[3].raw == b"a4,2026-07-06 13:00:00,abc,200,202,inbound,10"  # for the DLQ
    # Same call id → same event id, whatever the file it came from.
    again = list(
        call_items([path], "cdr", source="pbx", mapping=MAPPING, defaults=CallMeta(), region="JP")
    )
    assert again[0].event == first
    with pytest.raises(CallError, match="lacks columns"):
        list(parse_cdr("a,b\n1,2\n", MAPPING))


def test_files_auto_format_and_file_name_as_call_id(tmp_path: Path) -> None:
    (tmp_path / "call-9.json").write_text(
        json.dumps([{"speaker": "customer", "start": 0, "end": 5, "text": "hello"}]),
        encoding="utf-8",
    )
    (tmp_path / "c.vtt").write_text(VTT, encoding="utf-8")
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    items = list(
        call_items(
            sorted(tmp_path.iterdir()),
            "auto",
            source="pbx",
            mapping=MAPPING,
            defaults=CallMeta(started_at=START, caller="0312345678"),
            region="JP",
        )
    )
    by_name = {Path(i.where).name: i for i in items}
    assert (
        by_name["broken.json"].event is None and by_name["broken.json"].reason == "call_unparseable"
    )
    assert by_name["call-9.json"].event is not None
    assert by_name["call-9.json"].event["thread_id"] == "call-9"
    assert by_name["c.vtt"].event is not None and by_name["c.vtt"].event["thread_id"] == "c-1001"


def test_a_file_with_wrong_field_types_fails_alone(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps(
            {
                "Transcript": [
                    {"ParticipantRole": "AGENT", "Content": "x", "BeginOffsetMillis": "soon"}
                ]
            }
        ),
        encoding="utf-8",
    )
    good = tmp_path / "good.json"
    good.write_text(
        json.dumps([{"speaker": "customer", "start": 0, "end": 1, "text": "hi"}]), encoding="utf-8"
    )
    items = list(
        call_items(
            [bad, good],
            "auto",
            source="p",
            mapping=MAPPING,
            defaults=CallMeta(started_at=START, caller="0312345678"),
            region="JP",
        )
    )
    assert items[0].event is None and "ValueError" in (items[0].error or "")
    assert items[1].event is not None

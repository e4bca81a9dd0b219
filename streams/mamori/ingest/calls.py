"""Call transcripts and call-detail records → one wire ContactEvent per call.

Formats (pure parsers, text/dict in, :class:`Call` out):

- WebVTT with voice tags (``<v Agent>…``), metadata in a leading ``NOTE`` block of
  ``key: value`` lines (call_id, started_at, caller, callee, agent, direction, language);
- Amazon Transcribe Call Analytics / Contact Lens JSON (``Transcript`` entries with
  ``ParticipantRole`` or ``ParticipantId``);
- a generic JSON of segments (``speaker``, ``start``, ``end``, ``text``) with the same
  metadata keys at the top level (or a bare list of segments);
- CDR CSV without text → duration-only events (long-call and flood detection still work).

The event id is derived from (source, call id), so a call ingested twice — or as a CDR
row and later as a transcript — is one event downstream. The customer is the caller
(inbound) or the callee (outbound), normalised to E.164 first.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Literal
from zoneinfo import ZoneInfo

from mamori.domain.contract import Direction, rfc3339
from mamori.domain.ids import stable_id
from mamori.ingest.mapping import MappingError, Role, SourceMapping
from mamori.ingest.phone import PhoneNumberError, is_withheld, to_e164

CallFormat = Literal["vtt", "transcribe", "segments", "cdr"]
_LABELS: dict[Role, str] = {"agent": "Agent", "customer": "Customer"}
_INBOUND = frozenset({"inbound", "in", "incoming", "着信", "受信", "i"})
_OUTBOUND = frozenset({"outbound", "out", "outgoing", "発信", "o"})
_META_KEYS = ("call_id", "started_at", "caller", "callee", "agent", "direction", "language")


class CallError(ValueError):
    """This call (file or CSV row) cannot become an event; the message says why."""


@dataclass(frozen=True, slots=True)
class Segment:
    role: Role
    start: float
    end: float
    text: str


@dataclass(frozen=True, slots=True)
class CallMeta:
    call_id: str | None = None
    started_at: datetime | None = None
    caller: str | None = None
    callee: str | None = None
    agent: str | None = None
    direction: Direction | None = None
    language: Literal["ja", "en"] | None = None

    def filled_from(self, other: CallMeta) -> CallMeta:
        """This metadata, with the gaps filled from ``other`` (e.g. command options)."""
        return CallMeta(
            **{
                k: getattr(self, k) if getattr(self, k) is not None else getattr(other, k)
                for k in _META_KEYS
            }
        )


@dataclass(frozen=True, slots=True)
class Call:
    meta: CallMeta
    segments: tuple[Segment, ...] = ()
    duration_s: float | None = None


# -- small parsers -----------------------------------------------------------------------
def parse_direction(value: str | None) -> Direction | None:
    if value is None or not value.strip():
        return None
    v = value.strip().lower()
    if v in _INBOUND:
        return "inbound"
    if v in _OUTBOUND:
        return "outbound"
    raise CallError(f"direction {value!r} is neither inbound nor outbound")


def parse_time(value: str | float | int, timezone: str) -> datetime:
    """ISO 8601 / RFC 3339, ``YYYY-MM-DD HH:MM:SS`` (in ``timezone``) or epoch seconds."""
    if isinstance(value, int | float) or (
        isinstance(value, str) and re.fullmatch(r"\d{9,11}(\.\d+)?", value.strip())
    ):
        return datetime.fromtimestamp(float(value), ZoneInfo("UTC"))
    try:
        parsed = datetime.fromisoformat(value.strip().replace("/", "-"))
    except ValueError as exc:
        raise CallError(f"timestamp {value!r} is not ISO 8601") from exc
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=ZoneInfo(timezone))


def _language(value: Any) -> Literal["ja", "en"] | None:
    if not isinstance(value, str):
        return None
    code = value.split("-")[0].lower()
    return "ja" if code == "ja" else "en" if code == "en" else None


def _meta(doc: Mapping[str, Any], timezone: str) -> CallMeta:
    def text(key: str) -> str | None:
        value = doc.get(key)
        return str(value).strip() if value not in (None, "") else None

    started = doc.get("started_at")
    return CallMeta(
        call_id=text("call_id"),
        started_at=parse_time(started, timezone) if started not in (None, "") else None,
        caller=text("caller"),
        callee=text("callee"),
        agent=text("agent"),
        direction=parse_direction(text("direction")),
        language=_language(doc.get("language")),
    )


def _vtt_seconds(stamp: str) -> float:
    """``hh:mm:ss.ttt`` or ``mm:ss.ttt`` → seconds (webvtt-py's own are whole seconds)."""
    parts = [float(p) for p in stamp.split(":")]
    seconds = 0.0
    for p in parts:
        seconds = seconds * 60 + p
    return seconds


# -- formats -----------------------------------------------------------------------------
def parse_webvtt(text: str, mapping: SourceMapping) -> Call:
    import webvtt
    from webvtt.errors import MalformedFileError

    try:
        vtt = webvtt.from_string(text)
    except MalformedFileError as exc:
        raise CallError(f"not a WebVTT file: {exc}") from exc
    meta: dict[str, str] = {}
    for comment in vtt.header_comments:
        for line in comment.splitlines():
            key, sep, value = line.partition(":")
            if sep and key.strip().lower() in _META_KEYS:
                meta[key.strip().lower()] = value.strip()
    segments = []
    for n, cue in enumerate(vtt.captions, start=1):
        if not cue.voice:
            raise CallError(f"cue {n} ({cue.start}) has no voice tag <v Speaker>")
        try:
            role = mapping.role(cue.voice)
        except MappingError as exc:
            raise CallError(f"cue {n}: {exc}") from exc
        segments.append(Segment(role, _vtt_seconds(cue.start), _vtt_seconds(cue.end), cue.text))
    return Call(_meta(meta, mapping.cdr.timezone), tuple(segments))


def parse_transcribe(doc: Mapping[str, Any], mapping: SourceMapping) -> Call:
    """Amazon Transcribe Call Analytics or Contact Lens output."""
    entries = doc.get("Transcript")
    if not isinstance(entries, list):
        raise CallError("no 'Transcript' list: not a Call Analytics / Contact Lens document")
    segments = []
    for n, e in enumerate(entries, start=1):
        if not isinstance(e, dict) or "Content" not in e:
            raise CallError(f"Transcript[{n - 1}] has no Content")
        speaker = e.get("ParticipantRole") or e.get("ParticipantId")
        if not isinstance(speaker, str):
            raise CallError(f"Transcript[{n - 1}] has no ParticipantRole/ParticipantId")
        try:
            role = mapping.role(speaker)
        except MappingError as exc:
            raise CallError(f"Transcript[{n - 1}]: {exc}") from exc
        segments.append(
            Segment(
                role,
                float(e.get("BeginOffsetMillis", 0)) / 1000,
                float(e.get("EndOffsetMillis", 0)) / 1000,
                str(e["Content"]),
            )
        )
    customer_meta = doc.get("CustomerMetadata") or {}
    call_id = customer_meta.get("ContactId") or doc.get("JobName")
    chars = doc.get("ConversationCharacteristics") or {}
    total = chars.get("TotalConversationDurationMillis")
    return Call(
        CallMeta(
            call_id=str(call_id) if call_id else None,
            language=_language(doc.get("LanguageCode")),
        ),
        tuple(segments),
        float(total) / 1000 if isinstance(total, int | float) else None,
    )


def parse_segments(doc: Any, mapping: SourceMapping) -> Call:
    """``{"call_id": …, "segments": [{"speaker", "start", "end", "text"}, …]}`` or a bare list."""
    if isinstance(doc, list):
        doc = {"segments": doc}
    if not isinstance(doc, dict) or not isinstance(doc.get("segments"), list):
        raise CallError("expected an object with a 'segments' list (or a list of segments)")
    segments = []
    for n, s in enumerate(doc["segments"]):
        if not isinstance(s, dict):
            raise CallError(f"segments[{n}] is not an object")
        missing = [k for k in ("speaker", "start", "end", "text") if k not in s]
        if missing:
            raise CallError(f"segments[{n}] lacks {', '.join(missing)}")
        try:
            role = mapping.role(str(s["speaker"]))
            start, end = float(s["start"]), float(s["end"])
        except MappingError as exc:
            raise CallError(f"segments[{n}]: {exc}") from exc
        except (TypeError, ValueError) as exc:
            raise CallError(f"segments[{n}]: start/end are not numbers") from exc
        segments.append(Segment(role, start, end, str(s["text"])))
    duration = doc.get("duration_s")
    return Call(
        _meta(doc, mapping.cdr.timezone),
        tuple(segments),
        float(duration) if isinstance(duration, int | float) else None,
    )


def parse_cdr(text: str, mapping: SourceMapping) -> Iterator[tuple[int, Call | CallError, bytes]]:
    """(row number, call or error, the row as CSV bytes) per row; one bad row never
    stops the others. Row numbers count the header as row 1, as a spreadsheet shows."""
    cols = mapping.cdr
    reader = csv.DictReader(io.StringIO(text))
    header = set(reader.fieldnames or ())
    missing = {cols.call_id, cols.started_at, cols.duration_s} - header
    if missing:
        raise CallError(f"CDR header lacks columns {sorted(missing)} (see [cdr] in the mapping)")
    for n, row in enumerate(reader, start=2):
        out = io.StringIO()
        csv.writer(out, lineterminator="").writerow(
            row.get(f) or "" for f in reader.fieldnames or ()
        )
        raw = out.getvalue().encode()
        try:
            raw_duration = (row.get(cols.duration_s) or "").strip()
            try:
                duration = float(raw_duration)
            except ValueError as exc:
                raise CallError(f"duration {raw_duration!r} is not a number") from exc
            if duration < 0:
                raise CallError(f"duration {duration} is negative")
            meta = _meta(
                {
                    "call_id": row.get(cols.call_id),
                    "started_at": row.get(cols.started_at),
                    "caller": row.get(cols.caller),
                    "callee": row.get(cols.callee),
                    "agent": row.get(cols.agent),
                    "direction": row.get(cols.direction),
                },
                cols.timezone,
            )
            yield n, Call(meta, (), duration), raw
        except CallError as exc:
            yield n, CallError(f"row {n}: {exc}"), raw


# -- event -------------------------------------------------------------------------------
def transcript_text(segments: tuple[Segment, ...]) -> str | None:
    """Speaker-labelled lines in time order (``Customer: …`` / ``Agent: …``): the labels
    the detectors use to keep only the customer's words."""
    if not segments:
        return None
    ordered = sorted(segments, key=lambda s: (s.start, s.end))
    return "\n".join(f"{_LABELS[s.role]}: {s.text.strip()}" for s in ordered if s.text.strip())


def call_event(
    call: Call, *, source: str, mapping: SourceMapping, region: str = "JP"
) -> dict[str, Any]:
    """The wire ContactEvent of one call (validated afterwards like any other)."""
    meta = call.meta
    if not meta.call_id:
        raise CallError("no call id (set call_id in the file or --call-id)")
    if meta.started_at is None:
        raise CallError(f"call {meta.call_id}: no start time (started_at / --started-at)")
    direction: Direction = meta.direction or "inbound"
    party = meta.caller if direction == "inbound" else meta.callee
    event_id = "call-" + stable_id("call", source, meta.call_id)
    if party is None or is_withheld(party):
        # A withheld number is nobody in particular: its own customer per call, so
        # anonymous calls never pile up into one "customer" flood.
        customer = f"withheld:{event_id}"
    else:
        try:
            customer = mapping.customer(to_e164(party, region))
        except PhoneNumberError as exc:
            raise CallError(f"call {meta.call_id}: {exc}") from exc
    duration = call.duration_s
    if duration is None and call.segments:
        duration = max(s.end for s in call.segments) - min(0.0, *(s.start for s in call.segments))
    return {
        "event_id": event_id,
        "occurred_at": rfc3339(meta.started_at),
        "channel": "phone",
        "direction": direction,
        "customer_id": customer,
        "agent_id": mapping.agent(meta.agent),
        "duration_s": round(duration, 3) if duration is not None else None,
        "text": transcript_text(call.segments),
        "language": meta.language,
        "thread_id": meta.call_id,
        "source": source,
    }


def with_defaults(call: Call, defaults: CallMeta) -> Call:
    return replace(call, meta=call.meta.filled_from(defaults))

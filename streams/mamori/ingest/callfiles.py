"""Call files → items: picks the parser per file, turns each call into its event or
an error that names the file (and CSV row). The I/O half of :mod:`mamori.ingest.calls`."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

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
from mamori.ingest.mapping import SourceMapping
from mamori.ingest.submit import Item


def detect_format(path: Path, text: str) -> str:
    suffix = path.suffix.lower()
    if suffix == ".vtt":
        return "vtt"
    if suffix == ".csv":
        return "cdr"
    if suffix == ".json":
        return "transcribe" if '"Transcript"' in text else "segments"
    raise CallError(f"{path}: cannot tell the format from the name; use --format")


def _one(
    call: Call, where: str, raw: bytes, *, source: str, mapping: SourceMapping, region: str
) -> Item:
    try:
        event = call_event(call, source=source, mapping=mapping, region=region)
    except CallError as exc:
        return Item(where, error=str(exc), reason="call_unparseable", raw=raw)
    return Item(where, event=event, raw=raw)


def call_items(
    files: Iterable[Path],
    fmt: str,
    *,
    source: str,
    mapping: SourceMapping,
    defaults: CallMeta,
    region: str,
) -> Iterator[Item]:
    for path in files:
        raw = path.read_bytes()
        where = str(path)
        try:
            text = raw.decode("utf-8-sig")
            kind = detect_format(path, text) if fmt == "auto" else fmt
            if kind == "cdr":
                for row, parsed, row_raw in parse_cdr(text, mapping):
                    if isinstance(parsed, CallError):
                        yield Item(
                            f"{where} row {row}",
                            error=str(parsed),
                            reason="call_unparseable",
                            raw=row_raw,
                        )
                        continue
                    yield _one(
                        with_defaults(parsed, replace(defaults, call_id=None)),
                        f"{where} row {row}",
                        row_raw,
                        source=source,
                        mapping=mapping,
                        region=region,
                    )
                continue
            if kind == "vtt":
                call = parse_webvtt(text, mapping)
            elif kind == "transcribe":
                call = parse_transcribe(json.loads(text), mapping)
            else:
                call = parse_segments(json.loads(text), mapping)
            file_defaults = CallMeta(call_id=defaults.call_id or path.stem)
            call = with_defaults(call, defaults.filled_from(file_defaults))
            yield _one(call, where, raw, source=source, mapping=mapping, region=region)
        except (ValueError, TypeError, KeyError) as exc:
            # CallError, bad UTF-8, bad JSON, a field of the wrong type: this file only.
            yield Item(
                where, error=f"{type(exc).__name__}: {exc}", reason="call_unparseable", raw=raw
            )

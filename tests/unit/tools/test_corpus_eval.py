"""`mamori evaluate --corpus` scoring on a tiny corpus written for this test.

The detection step is the real one (validation, replay, engine) with a stub content
detector whose answers are known, so the figures can be checked by hand.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mamori.detect.base import ContentHit, TextAnalysis
from mamori.detect.config import DetectionConfig
from mamori.detect.engine import DetectionEngine
from mamori.detect.step import DetectionStep
from mamori.domain.pseudonym import Pseudonymizer
from mamori.domain.taxonomy import Category
from mamori.domain.validation import CONTACT_SCHEMA_FILE, Limits, compiled_validator
from mamori.tools.corpus_eval import (
    CorpusError,
    Predictions,
    contact_events,
    detect,
    parse_corpus,
    parse_paraphrases,
    score,
)

TINY = [
    {"id": "a", "lang": "en", "text": "you IDIOT", "gold": "pos",
     "expect": ["abusive_language"], "meta": {"at_agent": True}},
    {"id": "b", "lang": "en", "text": "you are dumb", "gold": "pos",
     "expect": ["abusive_language"], "meta": {"at_agent": True}},
    {"id": "c", "lang": "en", "text": "my boss is an IDIOT", "gold": "pos",
     "expect": ["abusive_language"], "meta": {"at_agent": False}},
    {"id": "d", "lang": "en", "text": "LEWD remark", "gold": "pos",
     "expect": ["sexual_harassment"], "meta": {"at_agent": True}},
    {"id": "e", "lang": "en", "text": "hello there", "gold": "neg", "expect": [], "meta": {}},
    {"id": "f", "lang": "en", "text": "a MILD word", "gold": "neg", "expect": [], "meta": {}},
    {"id": "g", "lang": "en", "text": "IDIOT proof design", "gold": "neg", "expect": [],
     "meta": {}},
    {"id": "h", "lang": "ja", "text": "微妙", "gold": "amb", "expect": [], "meta": {}},
]  # fmt: skip


class StubDetector:
    """IDIOT → abusive_language medium; MILD → abusive_language low; LEWD → sexual high."""

    name = "stub@test"

    def analyse(self, subject: str | None, text: str | None, channel: str) -> TextAnalysis:
        body = text or ""
        hits = []
        if "IDIOT" in body:
            hits.append(ContentHit(Category.ABUSIVE_LANGUAGE, "medium", 0.7, "IDIOT", "t"))
        if "MILD" in body:
            hits.append(ContentHit(Category.ABUSIVE_LANGUAGE, "low", 0.4, "MILD", "t"))
        if "LEWD" in body:
            hits.append(ContentHit(Category.SEXUAL_HARASSMENT, "high", 0.9, "LEWD", "t"))
        return TextAnalysis(hits=tuple(hits), customer_text=body, is_demand=False, is_urgent=False)


@pytest.fixture
def step() -> DetectionStep:
    engine = DetectionEngine(DetectionConfig(), StubDetector(), Pseudonymizer(b"e" * 32))
    return DetectionStep(engine, Limits(max_message_bytes=1 << 20, max_text_chars=20_000))


def lines(records: list[dict[str, object]]) -> list[bytes]:
    return [json.dumps(r, ensure_ascii=False).encode() for r in records]


def test_scores_by_hand(step: DetectionStep) -> None:
    records = parse_corpus(lines(TINY))
    report = score("tiny", records, detect(records, step))
    # pos: a (caught), b (missed), c (caught), d (caught) → 3/4.
    assert (report.recall.hits, report.recall.total) == (3, 4)
    # neg: e clean, f low only (not counted), g medium → 1/3.
    assert (report.fp.hits, report.fp.total) == (1, 3)
    # aimed at the agent: a, b, d → a and d caught.
    assert (report.at_agent_recall.hits, report.at_agent_recall.total) == (2, 3)
    codes = {c.code: (c.tp, c.fn, c.fp) for c in report.codes}
    assert codes == {"abusive_language": (2, 1, 1), "sexual_harassment": (1, 0, 0)}
    assert report.ambiguous == 1 and report.texts == 8 and report.rejected == 0
    assert "| `abusive_language` | 3 | 2 | 0.667 | 1 |" in report.as_markdown()


def test_each_text_is_one_inbound_chat_of_its_own_customer_in_support_hours(
    step: DetectionStep,
) -> None:
    records = parse_corpus(lines(TINY))
    validate = compiled_validator(CONTACT_SCHEMA_FILE)
    events = [json.loads(e) for e in contact_events(records)]
    for e in events:
        validate(e)
        assert e["direction"] == "inbound" and e["channel"] == "chat"
    assert len({e["customer_id"] for e in events}) == len(events)
    calendar = step.engine.calendar
    decoded = [step.decode(raw) for raw in contact_events(records)]
    assert all(calendar.is_open(d.occurred_at) for d in decoded)  # type: ignore[union-attr]


def test_a_rejected_text_counts_as_not_caught(step: DetectionStep) -> None:
    small = DetectionStep(step.engine, Limits(max_message_bytes=1 << 20, max_text_chars=12))
    records = parse_corpus(lines([{**TINY[0], "text": "IDIOT " + "x" * 40}, TINY[4]]))
    report = score("long", records, detect(records, small))
    assert report.rejected == 1 and report.recall.hits == 0


def test_paraphrase_report_per_code_and_register(step: DetectionStep) -> None:
    rows = [
        {"text": "IDIOT!", "codes": ["abusive_language"], "register": "casual"},
        {"text": "u r dumb", "codes": ["abusive_language"], "register": "text-speak"},
        {"text": "IDIOT LEWD", "codes": ["abusive_language", "sexual_harassment"],
         "register": "text-speak"},
        {"text": "IDIOT-proof", "codes": [], "register": "casual",
         "looks_like": "abusive_language"},
    ]  # fmt: skip
    records = parse_paraphrases(lines(rows), "para")
    report = score("para", records, detect(records, step))
    assert {k: (v.hits, v.total) for k, v in report.register_recall.items()} == {
        "casual": (1, 1),
        "text-speak": (2, 3),
    }
    assert {k: (v.hits, v.total) for k, v in report.register_fp.items()} == {"casual": (1, 1)}
    grid = {k: (v.hits, v.total) for k, v in report.code_register_recall.items()}
    assert grid[("abusive_language", "text-speak")] == (1, 2)
    assert "| `sexual_harassment` |" in report.as_markdown()


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ({"id": "x", "text": "t", "gold": "maybe", "expect": []}, "gold must be one of"),
        ({"id": "x", "text": "", "gold": "pos", "expect": []}, "text must be"),
        ({"id": "x", "text": "t", "gold": "pos", "expect": ["rudeness"]}, "unknown content"),
    ],
)
def test_bad_corpus_lines_are_named(row: dict[str, object], message: str) -> None:
    with pytest.raises(CorpusError, match=message) as info:
        parse_corpus([b"", *lines([row])], "c.jsonl")
    assert "c.jsonl:2" in str(info.value)
    with pytest.raises(CorpusError, match="not JSON"):
        parse_corpus([b"{oops"])
    with pytest.raises(CorpusError, match="register"):
        parse_paraphrases(lines([{"text": "t", "codes": []}]))


def test_empty_predictions_give_zero_recall() -> None:
    records = parse_corpus(lines(TINY))
    report = score("none", records, Predictions())
    assert report.recall.value == 0 and report.fp.value == 0


def test_cli_prints_a_table_and_json(tmp_path: Path) -> None:
    corpus = tmp_path / "tiny.jsonl"
    corpus.write_bytes(b"\n".join(lines(TINY)) + b"\n")
    env = {
        **os.environ,
        "MAMORI_PSEUDONYM_KEY": "4f7a0d3c6e9b2f5a8d1c4e7b0a3f6d9c2e5b8a1f4d7c0e3b6a9f2d5c8e1b4a7d",
    }
    base = [sys.executable, "-m", "mamori", "evaluate", "--corpus", str(corpus)]
    table = subprocess.run(base, capture_output=True, env=env, check=True, timeout=300)
    assert b"### tiny.jsonl" in table.stdout and b"recall on pos" in table.stdout
    out = subprocess.run([*base, "--json"], capture_output=True, env=env, check=True, timeout=300)
    (report,) = json.loads(out.stdout)
    assert report["texts"] == 8 and report["recall"]["total"] == 4
    assert report["fp_medium_high"]["total"] == 3
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1, "text": "t", "gold": "?"}\n', "utf-8")
    failed = subprocess.run(
        [sys.executable, "-m", "mamori", "evaluate", "--corpus", str(bad)],
        capture_output=True,
        env=env,
        timeout=300,
    )
    assert failed.returncode != 0 and b"bad.jsonl:1" in failed.stderr

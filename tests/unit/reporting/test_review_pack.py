"""Review pack assembly and rendering from plain rows (no ClickHouse)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from markupsafe import escape

from mamori.domain.taxonomy import LABELS_JA, Category
from mamori.reporting.labels import NOTICE_EN, NOTICE_JA
from mamori.reporting.review.model import build_pack
from mamori.reporting.review.render import render_html, render_json, safe_file_stem, write_pack

KEY = "ck_9f2a"
# 2026-07-31 15:30 UTC is 2026-08-01 00:30 in Tokyo: the month boundary must follow Tokyo.
BOUNDARY = datetime(2026, 7, 31, 15, 30, tzinfo=UTC)
T1 = datetime(2026, 7, 3, 1, 0, tzinfo=UTC)


def ind(
    indicator_id: str, category: str, at: datetime, events: list[str], **kw: Any
) -> dict[str, Any]:
    row: dict[str, Any] = {
        "indicator_id": indicator_id,
        "category": category,
        "axis": "A" if category == "excessive_demand" else "B",
        "severity": "medium",
        "score": 0.5,
        "channel": "phone",
        "event_ids": events,
        "window_start": None,
        "window_end": None,
        "occurred_at": at,
        "evidence": "「返金しろ」",
        "detector": "lexicon-ja@3",
        "agent_key": "ak1",
    }
    row.update(kw)
    return row


def esc(eid: str, stage: str, prev: str, at: datetime) -> dict[str, Any]:
    return {
        "escalation_id": eid,
        "stage": stage,
        "previous_stage": prev,
        "risk": 3.25,
        "crossed_at": at,
        "categories": ["abusive_language"],
        "indicator_ids": ["i2"],
        "event_ids": ["e2"],
    }


def dec(action: str, at: datetime, note: str = "説明済み") -> dict[str, Any]:
    return {
        "decision_id": f"d-{action}-{at.timestamp()}",
        "action": action,
        "decided_by": "center-lead",
        "decided_at": at,
        "note": note,
        "escalation_id": None,
    }


def sample_pack() -> Any:
    rows = [
        ind("i1", "excessive_demand", T1, ["e1"]),
        ind("i2", "abusive_language", T1, ["e1"], severity="high"),
        ind("i3", "legal_threat", BOUNDARY, ["e5"], channel="email"),
        ind(
            "i4",
            "contact_flood",
            BOUNDARY + timedelta(days=3),
            ["e6", "e7", "e8"],
            window_start=BOUNDARY,
            window_end=BOUNDARY + timedelta(days=3),
            evidence=None,
        ),
    ]
    return build_pack(
        KEY,
        rows,
        [esc("x2", "warn", "watch", BOUNDARY), esc("x1", "watch", "none", T1)],
        [dec("contact_customer", T1 + timedelta(hours=2))],
        sealed={"i1": 1, "i2": 2},
        chain_head=(7, "ab" * 32),
        generated_at=datetime(2026, 9, 1, tzinfo=UTC),
    )


def test_contacts_group_indicators_of_the_same_triggering_event() -> None:
    pack = sample_pack()
    assert [c.event_id for c in pack.contacts] == ["e1", "e5", "e8"]
    # Taxonomy order inside a contact.
    assert [i.category for i in pack.contacts[0].indicators] == [
        "excessive_demand",
        "abusive_language",
    ]
    assert pack.contacts[0].max_severity == "high"
    assert pack.first_contact == T1
    assert pack.last_contact == BOUNDARY + timedelta(days=3)


def test_months_follow_tokyo_calendar() -> None:
    pack = sample_pack()
    assert pack.months == ["2026-07", "2026-08"]
    assert pack.month_counts["legal_threat"] == {"2026-07": 0, "2026-08": 1}
    assert pack.month_counts["excessive_demand"] == {"2026-07": 1, "2026-08": 0}
    assert pack.category_totals == {
        "excessive_demand": 1,
        "abusive_language": 1,
        "legal_threat": 1,
        "contact_flood": 1,
    }


def test_duplicate_versions_keep_the_newest() -> None:
    rows = [
        ind("w", "repetition", T1, ["e1", "e2"]),
        ind("w", "repetition", T1 + timedelta(days=40), ["e1", "e2", "e9"]),
    ]
    pack = build_pack(KEY, rows, [], [])
    assert len(pack.indicators) == 1
    assert pack.indicators[0].event_ids == ("e1", "e2", "e9")
    assert pack.months == ["2026-08"]


def test_stage_history_sorted_and_awaiting_decision() -> None:
    pack = sample_pack()
    assert [e.stage for e in pack.escalations] == ["watch", "warn"]
    assert pack.current_stage == "warn"
    # The only decision predates the warn crossing.
    assert pack.awaiting_decision
    later = build_pack(
        KEY,
        [],
        [esc("x2", "warn", "watch", BOUNDARY)],
        [dec("keep_watching", BOUNDARY + timedelta(minutes=5))],
    )
    assert not later.awaiting_decision
    assert not build_pack(KEY, [], [esc("x1", "watch", "none", T1)], []).awaiting_decision


def test_a_decision_answers_the_escalation_it_names_or_one_already_detected() -> None:
    # Events of Monday, detected on Wednesday (a late batch): a decision on Tuesday
    # cannot have answered it, though it is later than the events' time.
    late = {**esc("x3", "warn", "watch", BOUNDARY), "detected_at": BOUNDARY + timedelta(days=2)}
    tuesday = [dec("keep_watching", BOUNDARY + timedelta(days=1))]
    assert build_pack(KEY, [], [late], tuesday).awaiting_decision
    thursday = [dec("keep_watching", BOUNDARY + timedelta(days=3))]
    assert not build_pack(KEY, [], [late], thursday).awaiting_decision
    # Naming the escalation answers it, whenever recorded; naming another does not.
    named = [{**tuesday[0], "escalation_id": "x3"}]
    assert not build_pack(KEY, [], [late], named).awaiting_decision
    other = [{**thursday[0], "escalation_id": "x1"}]
    assert build_pack(KEY, [], [late], other).awaiting_decision


def test_json_has_notice_timeline_and_chain() -> None:
    data = json.loads(render_json(sample_pack()))
    assert data["notice_ja"] == NOTICE_JA and data["notice_en"] == NOTICE_EN
    assert data["timezone"] == "Asia/Tokyo"
    assert data["indicator_count"] == 4 and data["contacts_with_indicators"] == 3
    assert data["timeline"][0]["occurred_at_local"] == "2026-07-03 10:00"
    assert data["timeline"][0]["indicators"][0]["label_ja"] == LABELS_JA[Category.EXCESSIVE_DEMAND]
    assert data["evidence_chain"] == {
        "head_seq": 7,
        "head_hash": "ab" * 32,
        "sealed_indicators": 2,
        "unsealed_indicators": 2,
    }
    assert data["decisions"][0]["action_ja"] == "顧客への連絡・回答"
    assert data["decisions"][0]["restrictive"] is False
    assert data["first_contact"] == "2026-07-03T01:00:00.000Z"


def test_html_is_japanese_first_printable_and_escapes_evidence() -> None:
    rows = [
        ind("i1", "abusive_language", T1, ["e1"], evidence='<script>alert("x")</script>「バカ」')
    ]
    html = render_html(build_pack(KEY, rows, [], [dec("warning_letter", T1)]))
    assert html.startswith("<!DOCTYPE html>") and '<html lang="ja">' in html
    assert "@media print" in html and "@page" in html
    assert NOTICE_JA in html and str(escape(NOTICE_EN)) in html
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert LABELS_JA[Category.ABUSIVE_LANGUAGE] in html
    assert "警告文書の送付" in html and 'class="restrictive"' in html
    # No external resources: the pack must print offline.
    assert "http://" not in html and "https://" not in html


def test_empty_pack_renders() -> None:
    pack = build_pack(KEY, [], [], [])
    html = render_html(pack)
    assert "指標はありません" in html and "判断の記録はまだありません" in html
    assert json.loads(render_json(pack))["evidence_chain"] is None


def test_write_pack_formats_and_safe_names(tmp_path: Path) -> None:
    pack = sample_pack()
    assert {p.suffix for p in write_pack(pack, tmp_path, "both")} == {".html", ".json"}
    assert [p.suffix for p in write_pack(pack, tmp_path / "j", "json")] == [".json"]
    assert safe_file_stem("../../etc/passwd") == "review-.._.._etc_passwd"
    assert "/" not in safe_file_stem("a/b")


def test_category_spans_say_when_a_story_started_and_last_came_up() -> None:
    pack = sample_pack()
    assert pack.category_spans["excessive_demand"] == (T1, T1)
    rows = [ind("a", "repetition", T1, ["e1"]), ind("b", "repetition", BOUNDARY, ["e2"])]
    spans = build_pack(KEY, rows, [], []).category_spans
    assert spans == {"repetition": (T1, BOUNDARY)}
    data = json.loads(render_json(build_pack(KEY, rows, [], [])))
    assert data["category_spans"]["repetition"] == {
        "first": "2026-07-03T01:00:00.000Z",
        "last": "2026-07-31T15:30:00.000Z",
    }
    assert "2026-08-01 00:30" in render_html(build_pack(KEY, rows, [], []))

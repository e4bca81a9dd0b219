"""Chasing lines ("hello??", 「返事まだ？」) in a chat: each counts as a contact of its own
in the flood window, so a burst of them floods; lines with content stay one contact
per conversation. The phrasings here are written for this test, not taken from a set."""

from __future__ import annotations

from datetime import timedelta

import pytest

from mamori.detect.engine import DetectionEngine
from mamori.detect.state import CustomerState
from mamori.detect.text.chasing import is_chasing

from .test_stateful_windows import JST, NOW, by_cat, engine, ev, run  # noqa: F401

CHASING = [
    "anyone home??",
    "Hellooooo is someone reading this",
    "are you guys even awake",
    "bump",
    "still waiting on a reply pls",
    "did you read my message or what",
    "?!?!",
    "hello? hello?",
    "おーい、聞こえてる？",
    "ちょっと、返事は？",
    "見てますか？",
    "まだ返信ないの？",
    "既読スルー？",
    "ねぇねぇ",
    "もしもーし",
    "ﾍﾝｼﾞﾏﾀﾞ?",
]

CONTENT = [
    "hello, the app logs me out every time",
    "Hi",
    "thank you, that fixed it",
    "wait, I typed the wrong date",
    "order 5521, still not here",
    "ok",
    "is the pool open on Sunday?",
    "",
    "はい",
    "ね",
    "返事は急ぎません",
    "まだ使えますか、このクーポン",
    "見積もりをお願いします",
    "明日また連絡します",
    "了解しました！",
    "…",
]


@pytest.mark.parametrize("text", CHASING)
def test_a_line_that_only_chases_a_reply_is_chasing(text: str) -> None:
    assert is_chasing(text)


@pytest.mark.parametrize("text", CONTENT)
def test_a_line_with_content_is_not(text: str) -> None:
    assert not is_chasing(text)


def test_overlapping_pieces_cost_one_pass() -> None:
    # A line of pieces that overlap every way ends without backtracking.
    assert not is_chasing("まだ" + "のん" * 17 + "漢")


def _chat(start_minute: int, texts: list[str], thread: str = "chat-1", base: int = 0) -> list:
    start = NOW.astimezone(JST).replace(hour=10, minute=0) + timedelta(minutes=start_minute)
    return [
        ev(base + i, start + timedelta(minutes=4 * i), thread=thread, text=t)
        for i, t in enumerate(texts)
    ]


def test_a_burst_of_chasing_lines_floods(engine: DetectionEngine) -> None:  # noqa: F811
    lines = _chat(0, ["my delivery never came", *CHASING[:7]])
    floods = by_cat(run(engine, lines)[0], "contact_flood")
    # The opening line and seven chases: eight contacts, low at five and medium at eight.
    assert [(f.severity, f.evidence) for f in floods] == [
        ("low", "5 contacts in 60 min"),
        ("medium", "8 contacts in 60 min"),
    ]


def test_the_same_conversation_with_content_does_not(engine: DetectionEngine) -> None:  # noqa: F811
    lines = _chat(0, ["my delivery never came", *(f"tracking says depot {i}" for i in range(7))])
    assert by_cat(run(engine, lines)[0], "contact_flood") == []


def test_a_greeting_that_opens_a_chat_is_its_first_line(engine: DetectionEngine) -> None:  # noqa: F811
    # Four chats opened with "hello?" in an hour: four contacts, no flood (low is 5).
    chats = [
        e
        for c in range(4)
        for e in _chat(12 * c, ["hello?", f"question {c} about my plan"], f"chat-{c}", 10 * c)
    ]
    assert by_cat(run(engine, chats)[0], "contact_flood") == []


def test_a_few_chasing_lines_change_no_level(engine: DetectionEngine) -> None:  # noqa: F811
    lines = _chat(0, ["the heater is broken", "any update?", "details: model X2", "hello??"])
    assert by_cat(run(engine, lines)[0], "contact_flood") == []


def test_redelivered_chasing_lines_add_nothing(engine: DetectionEngine) -> None:  # noqa: F811
    lines = _chat(0, ["my delivery never came", *CHASING[:7]])
    inds, state = run(engine, lines)
    assert state is not None and len(state.chases) == 7
    again = [i.indicator_id for e in lines for i in engine.process(e, state, NOW).indicators]
    assert set(again) <= {i.indicator_id for i in inds}
    assert len(state.chases) == 7


def test_the_state_keeps_its_chases_and_reads_the_format_before() -> None:
    state = CustomerState(contacts=[(1, "e1"), (2, "e2")], threads=[("e1", "c"), ("e2", "c")])
    state.chases = ["e2"]
    raw = state.to_bytes()
    assert CustomerState.from_bytes(raw).chases == ["e2"]
    old = raw.replace(b"[8,", b"[7,", 1).rsplit(b",[", 1)[0] + b"]"
    back = CustomerState.from_bytes(old)
    assert back.chases == [] and back.threads == [("e1", "c"), ("e2", "c")]

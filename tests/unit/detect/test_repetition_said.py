"""What the repetition detector compares is what the customer said
(:mod:`mamori.detect.text.said`): an agent's record of a call or visit gives only the
speech it quotes, and bracketed annotations (a voicemail header, a sticker, a chat
export's time stamp) are not words.

Texts are written for these tests (other sectors, registers and record styles than any
stream's), with the stub analyser of ``test_repetition``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from mamori.detect.text.said import said

from .test_repetition import START, engine, ev, repetitions

#: An agent's notes of calls and visits that quote no speech: not the customer's words.
SILENT_RECORDS = (
    "【通話記録】本日3回目の入電。前回と同じ確認で約20分。",
    "着信あり。無言のまま15秒で切断。",
    "［対応メモ］お客様より再度架電。内容は前回と同じ、約25分で終話。",
    "Call note: caller asked the same thing about the invoice again and hung up.",
    "The customer called about the parcel again; call lasted 30 minutes.",
    "【窓口記録】来訪者は前回と同じ説明を求め、約40分滞在。",
)


@pytest.mark.parametrize("text", SILENT_RECORDS)
def test_a_record_quoting_nothing_has_no_customer_words(text: str) -> None:
    assert said(text, "phone").strip() == ""
    assert said(text, "visit").strip() == ""


@pytest.mark.parametrize(
    ("text", "speech"),
    [
        (
            "【通話メモ】お客様は「領収書を今日中に送れ」と強い口調で述べた。",
            "領収書を今日中に送れ",
        ),
        ("来庁者より入電。「課長を出せ」とだけ言って終話。", "課長を出せ"),
        (
            'Call summary: the customer said "send me the refund form today" twice.',
            "send me the refund form today",
        ),
        (
            "【窓口記録】来訪者は「『前にも言った』だろ、保証で直せ」と大声で述べた。",
            "前にも言った",
        ),
    ],
)
def test_a_record_gives_the_speech_it_quotes(text: str, speech: str) -> None:
    assert speech in said(text, "phone")
    assert "述べ" not in said(text, "phone") and "summary" not in said(text, "phone")


@pytest.mark.parametrize(
    ("text", "channel", "kept"),
    [
        # The customer's own words on a channel staff do not write stay whole.
        ("昨日も着信があったのに折り返しがない。お客様は神様だろ", "email", "折り返しがない"),
        ("Why did the caller ID show a withheld number? Call me back.", "chat", "call me back"),
        # A labelled transcript: the customer's lines, which do not narrate the call.
        (
            "担当: お電話ありがとうございます。\n客: 保証書なしで修理してほしい。",
            "phone",
            "保証書なしで",
        ),
        # A record heading over the customer's own words (no narration): kept.
        ("【来店記録】保証書なしでも修理を受け付けてもらえますか", "visit", "保証書なしで"),
    ],
)
def test_the_customers_own_words_stay(text: str, channel: str, kept: str) -> None:
    assert kept in said(text, channel).lower()


def test_annotations_in_brackets_are_not_words() -> None:
    said_ = said(
        "【留守番電話・文字起こし】\nあの、請求書の宛名を会社名で出し直してください。（無音）（終了）",
        "phone",
    )
    assert "留守番" not in said_ and "無音" not in said_ and "宛名を会社名" in said_
    assert said("領収書まだ？ [sticker][画像]", "sns").strip() == "領収書まだ？"


DEMAND = "請求書の宛名を会社名にして今週中に再発行しろ"


def test_a_days_records_of_repeated_calls_are_not_a_repeated_demand() -> None:
    # Four calls of one afternoon, each noted by the agent in the same words: the
    # contact flood and the long calls are other codes; no demand is repeated.
    notes = [f"【応対記録】本日{i + 1}回目の入電。前回と同じ内容の確認で約30分。" for i in range(5)]
    events = [
        replace(ev(i, START + timedelta(minutes=50 * i), t), channel="phone")
        for i, t in enumerate(notes)
    ]
    assert repetitions(engine(), events) == []


def test_a_demand_quoted_in_a_record_is_the_demand_sent_again() -> None:
    # The same demand by e-mail, in a visit record's quotation and on a voicemail with
    # its header: four times the same demand.
    texts = [
        (DEMAND, "email"),
        (f"【窓口記録】来訪者は請求書の件で来訪。来訪者は「{DEMAND}」と大声で述べた。", "visit"),
        (f"【留守番電話】\nもしもし。{DEMAND}。（無音）（録音終了）", "phone"),
        (f"{DEMAND} [スタンプ][スタンプ]", "sns"),
    ]
    events = [
        replace(ev(i, START + timedelta(days=i), t), channel=c) for i, (t, c) in enumerate(texts)
    ]
    assert [(r.severity, len(r.event_ids)) for r in repetitions(engine(), events)] == [
        ("medium", 4)
    ]


# --- the same message sent again, counted over the copy window (14 days) ---------

COPY = "契約解除の違約金は払わない、今月分の料金も全部取り消せ"


def test_the_same_message_pasted_again_over_ten_days_counts() -> None:
    # One demand sent four times in ten days, each time wrapped differently (a record
    # quoting it, a voicemail header, a sticker, a plain e-mail): four copies, though the
    # first and the last are more than the 7-day window apart.
    texts = [
        (f"【窓口記録】来庁者は解約の件で来訪。来庁者は「{COPY}」と大声で述べた。", "visit", 0),
        (f"【留守番電話】\nえー、{COPY}。（無音）", "phone", 4),
        (f"{COPY} [スタンプ]", "sns", 7),
        (COPY, "email", 10),
    ]
    events = [
        replace(ev(i, START + timedelta(days=d, hours=i), t), channel=c)
        for i, (t, c, d) in enumerate(texts)
    ]
    reps = repetitions(engine(), events)
    assert [(r.severity, len(r.event_ids)) for r in reps] == [("medium", 4)]
    assert reps[0].evidence == "same message 4 times in 14 days"


def test_a_looser_match_counts_only_inside_the_window() -> None:
    # Near-duplicates that share the demand but not the rest (similar, not copies):
    # spread over ten days they are three in any 7 days — no repetition; within the
    # window, four.
    texts = [
        COPY + "。担当者からの説明は不要です",
        "先日の件、" + COPY,
        COPY + "。これ以上待てません",
        "何度も書きますが" + COPY + "。以上",
    ]
    spread = [
        ev(i, START + timedelta(days=d), t)
        for i, (t, d) in enumerate(zip(texts, (0, 4, 7, 10), strict=True))
    ]
    packed = [ev(i, START + timedelta(days=2 * i), t) for i, t in enumerate(texts)]
    assert repetitions(engine(cue=True, pressed=False), spread) == []
    assert [(r.severity, len(r.event_ids)) for r in repetitions(engine(), packed)] == [
        ("medium", 4)
    ]


def test_copies_beyond_the_copy_window_do_not_count() -> None:
    events = [ev(i, START + timedelta(days=5 * i), COPY) for i in range(4)]  # 15 days
    assert repetitions(engine(), events) == []

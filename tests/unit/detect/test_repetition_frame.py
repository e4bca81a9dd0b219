"""The frame of an e-mail is not what the customer asks (:mod:`mamori.detect.text.boilerplate`):
salutations, reference lines, closings, signatures and quote headers are left out of the
repetition sketch, so one customer's different questions in one frame are not a repeat,
and one demand in changing frames still is.

Texts are written for these tests (sectors, names and frames of no stream), with the stub
analyser of ``test_repetition``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from mamori.detect.config import DetectionConfig, RepetitionConfig
from mamori.detect.engine import DetectionEngine, _body_sketch
from mamori.detect.sketch import body_text, similarity
from mamori.detect.text.boilerplate import without_frame
from mamori.detect.text.said import said
from mamori.domain.pseudonym import Pseudonymizer

from .test_repetition import START, StubAnalyser, engine, ev, repetitions


def _mails(texts: list[str], channel: str = "email", hours: int = 20) -> list:  # type: ignore[type-arg]
    return [
        replace(ev(i, START + timedelta(hours=hours * i), t), channel=channel)
        for i, t in enumerate(texts)
    ]


def _pairs(texts: list[str]) -> float:
    """The highest sketch similarity between any two of ``texts`` as e-mails."""
    sketches = [_body_sketch(t, "email")[1] for t in texts]
    return max(similarity(a, b) for i, a in enumerate(sketches) for b in sketches[i + 1 :])


# --- (a) one frame, different questions: not a repeat ---------------------------------

EN_FRAME = (
    "Good afternoon,\n\nRe: Account of Mr D. Okonkwo-Hale\nCustomer no.: 40-771-9\n\n{body}\n\n"
    "I look forward to hearing from you.\n\nWarm regards,\nDayo Okonkwo-Hale\n"
    "Flat 3, 12 Mercer Lane\n07700 900123\n\nSent from my iPad"
)
EN_QUESTIONS = [
    "When will the engineer come to replace the faulty smart meter?",
    "Why did the direct debit go out twice on the first of the month?",
    "Can you move my billing date to the fifteenth from now on?",
    "Please send me a paper copy of last winter's statements.",
]
JA_FRAME = (
    "株式会社みらい電力\nお客さまサポートセンター ご担当者様\n\n平素より大変お世話になっております。\n"
    "お客様番号：5512-0087の高畑でございます。\n\n{body}\n\nお忙しいところ恐縮ですが、"
    "ご確認のほどよろしくお願い申し上げます。\n\n--\n高畑 ゆかり\n合同会社たかはた設計 経理部\n"
    "TEL 0120-000-000"
)
JA_QUESTIONS = [
    "来月から料金プランを夜間割に変更したいのですが、手続きの方法を教えてください。",
    "先月の検針票が届いていないので、再発行していただけますか。",
    "口座振替の引き落とし口座を別の銀行に変えたいです。",
    "引っ越しに伴い、電気の使用停止日を今月末にしたいと考えています。",
]


@pytest.mark.parametrize(
    ("frame", "questions"), [(EN_FRAME, EN_QUESTIONS), (JA_FRAME, JA_QUESTIONS)]
)
def test_different_questions_in_one_frame_are_not_a_repeat(
    frame: str, questions: list[str]
) -> None:
    mails = [frame.format(body=q) for q in questions]
    assert _pairs(mails) < 0.5
    assert repetitions(engine(), _mails(mails)) == []


# --- (b) the same demand in different frames, with a quoted earlier mail: a repeat -----

EN_DEMAND = "The dehumidifier leaks water onto the floor, send a replacement unit this week."
EN_WRAPPED = [
    f"Hello,\n\n{EN_DEMAND}\n\nThanks,\nRui",
    f"Dear Sir or Madam,\nOrder number: DH-20931\n\n{EN_DEMAND}\n\nYours faithfully,\n\n"
    "--\nRui Fonseca\nFonseca Joinery Ltd | Head of Operations\n+44 161 000 0000",
    f"Hi customer care team, {EN_DEMAND}\n\nCheers\n\nSent from my Android phone\n\n"
    "On Thu, 9 Jul 2026 at 14:02, Helpdesk <care@shop.example> wrote:\n"
    "> Thanks for getting in touch.\n> We have passed your request on.",
    f"To whom it may concern,\n\nI hope this email finds you well.\n\n{EN_DEMAND}\n\n"
    "Kind regards,\nR. Fonseca\n\n-----Original Message-----\nFrom: care@shop.example\n"
    "Subject: Your ticket\nWe are looking into it.",
]
JA_DEMAND = "浴室乾燥機が動かないので、今週中に修理の人を寄こしてください。"
JA_WRAPPED = [
    f"管理会社 御中\n\nいつもお世話になっております。\n\n{JA_DEMAND}\n\nよろしくお願いいたします。\n\n"
    "2026年7月9日(木) 14:02 サポート窓口 <help@kanri.example>:\n> お問い合わせありがとうございます。",
    f"件名：浴室乾燥機\nご担当者様\n\nお疲れ様です。302号室の宇佐美です。\n\n{JA_DEMAND}\n\n"
    "以上、宜しくお願い致します。\n\n――――――――\n宇佐美 拓海\n090-0000-0000",
    f"こんにちは。\n{JA_DEMAND}\n何卒よろしくお願い申し上げます。\n\niPhoneから送信\n\n"
    ">> 担当者より折り返しご連絡いたします。",
    f"{JA_DEMAND}\n\n宇佐美\n\n-----Original Message-----\n差出人: help@kanri.example\n"
    "件名: RE: 修理\n確認中です。",
]


@pytest.mark.parametrize("mails", [EN_WRAPPED, JA_WRAPPED])
def test_one_demand_in_changing_frames_is_a_repeat(mails: list[str]) -> None:
    bodies = {said(m, "email").strip() for m in mails}
    assert len(bodies) == 1, bodies  # every frame gone, the demand left
    reps = repetitions(engine(), _mails(mails))
    assert [(r.severity, len(r.event_ids)) for r in reps] == [("medium", 4)]


# --- the frame's parts, line by line ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # salutations, with the request on the same line
        ("Hi team, is the gym open on bank holidays?", "is the gym open on bank holidays?"),
        ("Good morning Ms Varga:\nMy parcel is still missing.", "My parcel is still missing."),
        ("Attn: Billing Dept\n\nI was charged twice.", "I was charged twice."),
        # reference lines
        ("Ref: 88-3310\nYour ref 2026/0412\nThe lift is broken.", "The lift is broken."),
        (
            "I am writing regarding policy HX-44120.\nThe claim form is lost.",
            "The claim form is lost.",
        ),
        ("受付番号：A-77812\nエアコンの設置日を変えたいです。", "エアコンの設置日を変えたいです。"),
        (
            "予約番号R5521の件でご連絡しました。\n人数を一人増やせますか。",
            "人数を一人増やせますか。",
        ),
        # closings on the request's own line
        ("Please cancel my membership. Thank you.", "Please cancel my membership."),
        ("至急返金してください。よろしくお願いします。", "至急返金してください。"),
        # a P.S. after the signature is the customer's again
        (
            "Hello,\nThe blinds arrived bent.\nBest,\nMaya\nP.S. Two of the four.",
            "The blinds arrived bent.\nP.S. Two of the four.",
        ),
        # a legal notice as the last paragraph
        (
            "お世話になります。\n\n見積書を再送してください。\n\n"
            "※本メールは機密情報を含みます。誤って受信された場合は削除してください。",
            "見積書を再送してください。",
        ),
    ],
)
def test_frame_lines_go_and_the_request_stays(text: str, kept: str) -> None:
    assert without_frame(text) == kept


@pytest.mark.parametrize(
    "text",
    [
        # words that look like a frame but carry the request
        "Hi I want my money back today",
        "Thanks for nothing. Refund me.",
        "Regards\nI want a manager to call me back",
        "Could you tell me where order ZX-5521 is?",
        "Following up on booking 55120, has it been confirmed?",
        "注文番号12345の返金はまだですか",
        "よろしくお願いします。\n返金しろ",
        "Dear God, why does the app crash every time I pay?",
    ],
)
def test_a_request_in_frame_words_is_kept(text: str) -> None:
    kept = without_frame(text)
    for word in ("money", "Refund", "manager", "ZX-5521", "55120", "返金", "crash"):
        if word in text:
            assert word in kept, kept


# --- (c) Japanese frames only: a different question each time, one frame ------------


def test_a_ja_self_introduction_is_frame_but_a_complaint_ending_in_desu_is_not() -> None:
    assert without_frame("お世話になっております。\n会員番号77-1の森です。\n退会したいです。") == (
        "退会したいです。"
    )
    # 「まだ届いていないです」 ends like a self-introduction but is the request.
    assert (
        without_frame("お世話になっております。まだ届いていないです。") == "まだ届いていないです。"
    )


# --- (d) a message that is only a frame -------------------------------------------------

ONLY_FRAME = [
    "Dear Sir or Madam,\n\nKind regards,\nJohn Pike",
    "Hi team,\n\nThanks!\n\nSent from my iPhone",
    "ご担当者様\n\nいつもお世話になっております。\n\nよろしくお願いいたします。\n\n山本",
    "お疲れ様です。\n以上です。",
]


@pytest.mark.parametrize("text", ONLY_FRAME)
def test_a_mail_that_is_only_a_frame_has_no_words(text: str) -> None:
    assert said(text, "email") == ""
    length, _, _ = _body_sketch(text, "email")
    assert length == 0


def test_an_empty_body_matches_nothing_even_without_a_minimum_length() -> None:
    # With the minimum length off, frame-only mails are remembered, but an empty body
    # has no sketch: ten of them are no repeat, and they join no demand.
    config = DetectionConfig(repetition=RepetitionConfig(same_kind=False, min_chars=0))
    eng = DetectionEngine(config, StubAnalyser(True, True), Pseudonymizer(b"r" * 32))
    assert _body_sketch(ONLY_FRAME[0], "email")[1] == ()
    assert repetitions(eng, _mails([*ONLY_FRAME, *ONLY_FRAME, *ONLY_FRAME], hours=2)) == []


def test_frame_only_mails_count_as_nothing_and_match_nothing() -> None:
    # Empty bodies are below the minimum length: never remembered, never a group of
    # their own, and they do not join a real demand's group (which stays at three).
    demand = "The boiler pressure keeps dropping, send an engineer before Friday please."
    texts = [*ONLY_FRAME, *ONLY_FRAME, demand, f"Hello,\n{demand}\nThanks", demand]
    reps = repetitions(engine(), _mails(texts, hours=3))
    assert reps == []  # three copies of the demand: below medium (4), no low level
    texts.append(f"Dear team,\n\n{demand}\n\nRegards,\nOla")
    reps = repetitions(engine(), _mails(texts, hours=3))
    assert [(r.severity, len(r.event_ids)) for r in reps] == [("medium", 4)]


# --- (e) chat lines, transcripts and web forms are compared as they are ----------------


@pytest.mark.parametrize("channel", ["chat", "sns", "phone", "visit", "web_form"])
def test_other_channels_keep_their_text(channel: str) -> None:
    text = "Hi team,\nmy router is dead again\nThanks,\nSam"
    assert said(text, channel) == said(text, "chat")
    assert "Thanks" in said(text, channel)


def test_a_mail_without_a_frame_is_compared_as_before() -> None:
    for text in (*EN_QUESTIONS, *JA_QUESTIONS, "返事まだ？", "?!"):
        assert body_text(said(text, "email")) == body_text(said(text, "chat"))
        assert _body_sketch(text, "email") == _body_sketch(text, "chat")

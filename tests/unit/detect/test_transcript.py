"""Speaker labels of call and visit transcripts (issue 10, mechanism 10).

Whatever the transcript format — colon or not, brackets, WebVTT voice tags,
numbered speakers of a speech-to-text service, several turns on one line — the
agent's words must never reach the detector as the customer's. Text without any
speaker label stays whole: it is the customer's.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mamori.detect.text.transcript import customer_lines

STAFF_SAYS = "申し訳ございません、謝罪文をお送りいたします"
STAFF_SAYS_EN = "I apologise, we will send you a written apology and a refund"


def _only_customer(out: str, *customer: str) -> None:
    for staff in (STAFF_SAYS, STAFF_SAYS_EN, "謝罪文", "apologise"):
        assert staff not in out, out
    for words in customer:
        assert words in out, out


@pytest.mark.parametrize(
    ("staff", "customer"),
    [
        ("【オペレーター】", "【お客様】"),
        ("[Agent]", "[Customer]"),
        ("(オペレーター)", "(顧客)"),
        ("（担当）", "（客）"),
        ("<Operator>", "<Caller>"),
        ("《係》", "《お客様》"),
        ("[Rep]", "[Client]"),
        ("【Staff】", "【Customer】"),
    ],
)
def test_bracketed_labels_without_colon(staff: str, customer: str) -> None:
    text = f"{staff}{STAFF_SAYS}\n{customer}ふざけるな、早く来い\n{staff} {STAFF_SAYS_EN}"
    _only_customer(customer_lines(text), "ふざけるな、早く来い")


@pytest.mark.parametrize("colon", ["：", ":", " : ", "　：", "＞", ">", " - ", "」"])
def test_label_separators(colon: str) -> None:
    if colon == "」":
        text = f"担当「{STAFF_SAYS}」\n客「責任者を出せ」"
    else:
        text = f"担当{colon}{STAFF_SAYS}\n客{colon}責任者を出せ"
    _only_customer(customer_lines(text), "責任者を出せ")


@pytest.mark.parametrize(
    ("staff", "customer"),
    [
        ("担当", "顧客"),
        ("オペレーター", "お客様"),
        ("Agent", "Customer"),
        ("Operator", "Caller"),
        ("係", "客"),
    ],
)
def test_labels_without_colon_in_a_transcript(staff: str, customer: str) -> None:
    # A role word, a space, the words: recognised because the text is a dialogue.
    text = f"{staff}　{STAFF_SAYS}\n{customer}　今すぐ家まで来い\n{staff} {STAFF_SAYS_EN}"
    _only_customer(customer_lines(text), "今すぐ家まで来い")


def test_a_role_word_starting_a_plain_message_is_not_a_label() -> None:
    text = "Customer service is terrible and I want a refund"
    assert customer_lines(text) == text
    text = "お客様相談室の対応がひどい。担当の方に伝えてください"
    assert customer_lines(text) == text


def test_webvtt_voice_tags() -> None:
    text = (
        "WEBVTT\n\n"
        "1\n00:00:00.000 --> 00:00:04.000\n<v Agent>" + STAFF_SAYS_EN + "</v>\n\n"
        "2\n00:00:04.500 --> 00:00:09.000\n<v Customer>I'll come to your office tomorrow</v>\n\n"
        "00:00:09.000 --> 00:00:12.000\n<v.loud Operator Sato>" + STAFF_SAYS + "\n"
    )
    out = customer_lines(text)
    _only_customer(out, "I'll come to your office tomorrow")
    assert "-->" not in out and "WEBVTT" not in out and "<v" not in out


def test_srt_cues_keep_only_the_customer() -> None:
    text = (
        "1\n00:00:01,000 --> 00:00:03,000\nオペレーター: " + STAFF_SAYS + "\n\n"
        "2\n00:00:03,500 --> 00:00:06,000\nお客様: 土下座しろ\n"
    )
    out = customer_lines(text)
    _only_customer(out, "土下座しろ")
    assert "-->" not in out


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("spk_0", "spk_1"),
        ("Speaker 1", "Speaker 2"),
        ("SPEAKER_00", "SPEAKER_01"),
        ("話者1", "話者2"),
        ("Speaker A", "Speaker B"),
        ("ch_0", "ch_1"),
    ],
)
def test_numbered_speakers_staff_found_by_its_phrases(first: str, second: str) -> None:
    # Speech-to-text output names speakers by number: the one who answers the call
    # with the company's phrases is staff, whichever number it got.
    text = (
        f"{second}: Thank you for calling, my name is Sato, how can I help you?\n"
        f"{first}: You people are useless, I want my money back now\n"
        f"{second}: {STAFF_SAYS_EN}\n"
        f"{first}: Not good enough\n"
    )
    out = customer_lines(text)
    _only_customer(out, "You people are useless", "Not good enough")
    assert "Thank you for calling" not in out


def test_numbered_speakers_japanese_phrases() -> None:
    text = (
        "spk_0: お電話ありがとうございます、サポートセンターの佐藤でございます\n"
        "spk_1: 何回電話させるんだ、いい加減にしろ\n"
        f"spk_0: {STAFF_SAYS}\n"
    )
    out = customer_lines(text)
    _only_customer(out, "いい加減にしろ")
    assert "お電話ありがとう" not in out


def test_numbered_speakers_without_staff_phrases_first_speaker_answers() -> None:
    # No company phrase at all: the first speaker is the one who answered (staff).
    text = "spk_0: はい\nspk_1: 昨日の件で電話した、責任者を出せ\nspk_0: 少々お待ちを"
    out = customer_lines(text)
    assert out == "昨日の件で電話した、責任者を出せ"


def test_inline_turns_on_one_line() -> None:
    text = f"客：返金しろ 担当：{STAFF_SAYS} 客：ふざけるな【オペレーター】{STAFF_SAYS_EN}"
    out = customer_lines(text)
    _only_customer(out, "返金しろ", "ふざけるな")
    text = f"Customer: refund me now. Agent: {STAFF_SAYS_EN}. Customer: you idiot"
    out = customer_lines(text)
    _only_customer(out, "refund me now.", "you idiot")


def test_amazon_transcribe_like_with_timestamps() -> None:
    text = (
        "[00:00:01] spk_0: Thank you for calling Mamori support, this is Kim speaking\n"
        "[00:00:05] spk_1: I know where you live\n"
        f"[00:00:09] spk_0: {STAFF_SAYS_EN}\n"
    )
    out = customer_lines(text)
    _only_customer(out, "I know where you live")
    assert "[00:00" not in out


def test_text_without_labels_stays_whole() -> None:
    for text in (
        "返金してください。\n至急お願いします。",
        "I want a refund.\nNow.",
        "注文番号: 123\n至急",
        "（留守番電話）\n折り返し電話ください",
        "Re: order 123 - still waiting",
        "時間: 10時〜12時\n場所: 本店",
    ):
        assert customer_lines(text) == text


def test_full_width_and_case_variants() -> None:
    text = f"ＡＧＥＮＴ：{STAFF_SAYS_EN}\nＣＵＳＴＯＭＥＲ：come here now"
    _only_customer(customer_lines(text), "come here now")
    text = f"agent - {STAFF_SAYS_EN}\ncustomer - come here now"
    _only_customer(customer_lines(text), "come here now")


_PIECES = st.sampled_from(
    [
        "客",
        "担当",
        "Agent",
        "Customer",
        "spk_0",
        "Speaker 1",
        "【",
        "】",
        "[",
        "]",
        "（",
        "）",
        ":",
        "：",
        " ",
        "\u3000",
        "\n",
        "<v Customer>",
        "</v>",
        "00:00:01.000 --> 00:00:02.000",
        "> ",
        "-----Original Message-----",
        "返金しろ",
        "refund now",
        "申し訳ございません",
        "thank you for calling",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=200), st.lists(_PIECES, max_size=30).map("".join)))
def test_any_text_parses_and_keeps_only_its_own_words(text: str) -> None:
    out = customer_lines(text)
    for line in out.splitlines():
        # Every kept piece comes from the input (labels and markup removed, nothing added).
        assert line.strip() in text or line.strip() == "", (text, out)


@pytest.mark.parametrize(
    ("staff", "customer"),
    [
        ("当方：", "相手："),  # "our side" beside "the other party"
        ("AGT:", "CUST:"),
        ("[応答者] -", "[発信者] -"),
        ("Desk >", "Caller >"),
        ("窓口担当者A：", "お客様："),
        ("ヘルプ係:", "顧客:"),
    ],
)
def test_a_label_not_known_beside_the_customers_is_the_staffs(staff: str, customer: str) -> None:
    # The customer's label is known; the other speaker's, said twice, is the staff's.
    text = (
        f"{staff} お電話ありがとうございます\n{customer} 注文した品が届かない\n"
        f"{staff} {STAFF_SAYS}\n{customer} いつ届くのか教えて\n{staff} {STAFF_SAYS_EN}"
    )
    _only_customer(customer_lines(text), "注文した品が届かない", "いつ届くのか教えて")


def test_once_in_the_companys_words_is_enough() -> None:
    text = "当方: お電話ありがとうございます、森でございます。\n相手: 座席を勝手に変えられた。"
    assert customer_lines(text) == "座席を勝手に変えられた。"


def test_a_label_not_known_beside_the_staffs_is_the_customers() -> None:
    text = (
        "Agent: Good morning, how can I help?\nMrs Ito: the parcel never came\n"
        f"Agent: {STAFF_SAYS_EN}\nMrs Ito: I want it delivered today"
    )
    _only_customer(customer_lines(text), "the parcel never came", "I want it delivered today")


@pytest.mark.parametrize(
    "text",
    [
        # Form fields are no speakers: no known label, nothing resolved.
        "Name: Jonathan\nTopic: Billing\nMessage:\nHow do I close my account?",
        "お名前：山田\n種別：ご意見\n内容：\n窓際の席を取ってもらえませんか。",
    ],
)
def test_form_fields_stay_the_customers_words(text: str) -> None:
    assert customer_lines(text) == text


def test_an_unknown_label_beside_both_speakers_needs_the_companys_words() -> None:
    # Beside a known customer and a known agent, a note said once in no company words
    # stays where it is (it continues the customer's turn, as before).
    text = "Agent: hello\nCustomer: refund me now\nNote: hung up"
    assert customer_lines(text) == "refund me now\nNote: hung up"
    said = "Agent: hello\nCustomer: refund me now\nIVR: thank you for calling, one moment"
    assert customer_lines(said) == "refund me now"

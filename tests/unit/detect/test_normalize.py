"""Normalisation, transcript filtering and redaction: the text layer under the detector."""

from __future__ import annotations

import pytest

from mamori.detect.text.normalize import display, fold
from mamori.detect.text.redact import MAX_EVIDENCE, excerpt, redact
from mamori.detect.text.transcript import customer_lines


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("ＳＮＳに晒す", "snsに晒す"),  # full-width ASCII
        ("ｻﾗｽ", "さらす"),  # half-width katakana → hiragana
        ("フザケンナ", "ふざけんな"),  # katakana → hiragana
        ("ふざけんなーーー", "ふざけんな"),  # long vowel runs
        ("ふざけんな〜〜", "ふざけんな"),  # wave dashes
        ("ふざけんなぁ", "ふざけんな"),  # small vowel kana
        ("ふざけんなあああ", "ふざけんな"),  # repeated characters
        ("使えねー", "使えねえ"),  # ー and え lengthening meet
        ("土下座 しろ", "土下座しろ"),  # spaces inside Japanese
        ("土下座　しろ", "土下座しろ"),  # ideographic space
        ("YOU IDIOT", "you idiot"),  # case, the English space is kept
        ("you   idiot", "you idiot"),
        ("I'll sue", "ill sue"),  # contractions fold
        ("I’ll sue", "ill sue"),  # typographic apostrophe
        ("stuuupid", "stupid"),
        ("st0pid id1ot", "stopid idiot"),  # leetspeak inside words
        ("ぶっっっ殺す", "ぶっ殺す"),
        ("侘び状", "詫び状"),  # conversion slip
        ("ﾌﾞｯｺﾛｽ", "ぶっころす"),
    ],
)
def test_variants_meet(a: str, b: str) -> None:
    assert fold(a) == fold(b)


def test_lexicon_terms_get_text_speak_spellings() -> None:
    from mamori.detect.rules import _expand

    keys = {k for k, _ in _expand("what are you wearing")}
    assert "wat r u wearing" in keys and "what are you wearing" in keys
    assert {k for k, _ in _expand("youre incompetent")} >= {"ur incompetant", "youre incompetent"}
    assert _expand("殺す") == [("殺す", False)]


def test_fold_is_idempotent_on_examples() -> None:
    # "A@A": the decoded @ makes a run of three, which a second fold would shorten.
    for text in ("ＵＲ ｓｔｕｐｄ!!!", "ふざけんなーー", "A\u00b4b", "ｶﾞｷﾞｸﾞ", "A@A", "x4a4a"):
        assert fold(fold(text)) == fold(text)


def test_fold_is_idempotent_on_every_character_it_replaces() -> None:
    # str.translate maps once: a replacement that is itself replaced (ヵ → ゕ → か) must
    # be taken to its end, or a folded text folds again to something else.
    from mamori.detect.text.normalize import _TABLE

    for cp in _TABLE:
        once = fold(f"a{chr(cp)}b")
        assert fold(once) == once, (hex(cp), once)
    assert fold("ヵ") == fold("ゕ") == "か"


def test_fold_keeps_sentence_boundaries_and_digits() -> None:
    s = fold("注文番号ORD-1000です。\n返事をください！")
    assert "1000" in s  # digit runs are never collapsed
    assert "。" in s and "\n" in s and "!" in s


def test_fold_drops_controls_and_zero_width() -> None:
    assert fold("殺\u200bす\x00") == fold("殺す")
    assert fold("") == "" and fold("   ") == ""


def test_display_is_readable() -> None:
    assert display("ﾃｽﾄ\x07です") == "テスト です"


def test_customer_lines_drop_staff() -> None:
    text = "担当: 申し訳ございません。\n客: 返金してください。\n担当: 承知しました。"
    assert customer_lines(text) == "返金してください。"


@pytest.mark.parametrize(
    ("staff", "customer"),
    [
        ("オペレーター", "お客様"),
        ("Agent", "Customer"),
        ("Rep", "Caller"),
        ("CS", "客"),
        ("担当者", "顧客"),
    ],
)
def test_customer_lines_other_labels(staff: str, customer: str) -> None:
    text = f"{staff}：お詫び申し上げます\n{customer}: I want X\n続き"
    assert customer_lines(text) == "I want X\n続き"  # an unlabelled line continues the speaker


@pytest.mark.parametrize(
    "staff",
    ["担当（佐藤）", "Agent (Sato)", "オペレーターA", "Rep 2", "[Agent]", "【担当】", "SV"],
)
def test_customer_lines_decorated_staff_labels(staff: str) -> None:
    text = f"{staff}: 申し訳ございません、謝罪文をお送りします\nお客様（田中様）: はい"
    assert customer_lines(text) == "はい"


def test_customer_lines_keep_header_and_unknown_labels() -> None:
    assert customer_lines("（留守番電話）\n客: 至急") == "（留守番電話）\n至急"
    assert customer_lines("注文番号: 123\n至急") == "注文番号: 123\n至急"


def test_quoted_email_is_ignored() -> None:
    text = "ありがとうございます。\n> 申し訳ございません、土下座して謝ります\n"
    assert "土下座" not in customer_lines(text)
    text = "OK thanks\n-----Original Message-----\nWe apologise. Sue us."
    assert customer_lines(text) == "OK thanks"
    text = "了解です\n以下、引用\n弁護士に相談します"
    assert customer_lines(text) == "了解です"
    text = "fine\nOn Mon, 3 Aug 2026 at 10:00, Support <s@example.com> wrote:\n> sorry"
    assert customer_lines(text) == "fine"


def test_redact_masks_numbers_mail_urls() -> None:
    s = redact(
        "電話は090-1234-5678、注文ORD-1234567、mail a.b@example.co.jp、https://x.example/a?b=1"
    )
    assert "1234" not in s and "example" not in s and "5678" not in s
    assert "[#]" in s and "[email]" in s and "[url]" in s
    assert redact("3台を7月4日に") == "3台を7月4日に"  # short numbers stay readable


def test_excerpt_is_short_and_centred() -> None:
    long = "あ" * 200 + "殺す" + "い" * 200
    out = excerpt(long, center=200 / 402)
    assert len(out) <= MAX_EVIDENCE
    assert "殺す" in out

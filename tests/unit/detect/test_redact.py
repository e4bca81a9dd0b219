"""Redaction of evidence excerpts: realistic personal data in Japanese and English."""

from __future__ import annotations

import pytest

from mamori.detect.text.redact import excerpt, redact

ROSTER = ("Yuki Nakamura", "中村 由紀", "Olivia Brennan", "小鳥遊 ひなた")

# (text, personal data that must not survive)
CASES_JA = [
    ("担当の田中さんを出せ！", ["田中"]),
    ("私は鈴木一郎と申します。", ["鈴木", "一郎"]),
    ("東京都港区芝公園4丁目2番8号まで来い", ["港区", "芝公園", "4丁目", "2番8号"]),
    ("大阪市北区梅田1-2-3の店に行く", ["北区", "梅田", "1-2-3"]),
    ("住所は世田谷区三丁目5番地の3だ", ["世田谷", "三丁目", "5番地"]),
    ("電話は〇九〇ー一二三四ー五六七八です", ["〇九〇", "一二三四", "五六七八"]),
    ("０９０ー１２３４ー５６７８にかけろ", ["１２３４", "５６７８"]),
    ("090ー1234ー5678に今すぐ電話しろ", ["1234", "5678"]),
    ("03 1234 5678 に折り返せ", ["1234", "5678"]),
    ("高橋花子様、ふざけるな", ["高橋", "花子"]),
    ("ヤマダさんに代われ", ["ヤマダ"]),
    ("小鳥遊ひなたを出せ", ["小鳥遊", "ひなた"]),  # roster name, not a common surname
    ("中村由紀はクビにしろ", ["中村", "由紀"]),
    ("家は芝公園4番だ、来い", ["芝公園", "4番"]),
    ("一番町3番地の5に来い", ["一番町", "3番地"]),
    ("メールはtaro.yamada@example.co.jpまで", ["taro", "yamada", "example"]),
]
CASES_EN = [
    ("Put Mr. Johnson on the phone, now", ["Johnson"]),
    ("My name is Sarah Connor and I want a refund", ["Sarah", "Connor"]),
    ("I live at 221B Baker Street, Apt 4 so come here", ["221B", "Baker"]),
    ("Send it to 10 Downing St today", ["Downing"]),
    ("I'm Emily Watson, call 555-123-4567", ["Emily", "Watson", "4567"]),
    ("ask for Olivia or I sue", ["Olivia"]),
    ("Yuki is useless, fire nakamura", ["Yuki", "nakamura"]),
    ("Brennan should be fired", ["Brennan"]),
    ("call me on +81 90 1234 5678", ["1234", "5678"]),
]


@pytest.mark.parametrize(("text", "secrets"), CASES_JA + CASES_EN)
def test_personal_data_is_masked(text: str, secrets: list[str]) -> None:
    out = redact(text, ROSTER)
    for secret in secrets:
        assert secret.lower() not in out.lower(), (text, out)
    assert excerpt(text, 0.5, names=ROSTER) == out[:80] or len(out) > 80


@pytest.mark.parametrize(
    "text",
    ["お客様は神様だろ", "同様の対応をしろ", "3-4回電話した", "土下座しろ", "コーヒーをこぼした",
     "This is ridiculous", "I'm Angry about this", "返金しろ、誠意を見せろ", "1時間待たされた",
     # a block number in kanji alone is a word: most, a branch number, the day's best
     "一番高いやつにしろ", "今日一番の対応でした", "二号店の店長を出せ"],
)  # fmt: skip
def test_ordinary_words_stay(text: str) -> None:
    assert redact(text, ROSTER) == text


def test_what_harassment_looks_like_survives_next_to_the_masks() -> None:
    out = redact("担当の田中さんを出せ！土下座しろ", ROSTER)
    assert out == "担当の[name]さんを出せ！土下座しろ"
    assert redact("Mr. Johnson is an idiot") == "[name] is an idiot"


def test_names_found_in_the_whole_message_are_masked_in_a_sentence_of_it() -> None:
    from mamori.detect.text.redact import names_in

    message = "I will sue you, Mr. Harlow. Harlow knows where you live."
    names = names_in(message)
    assert "Harlow" in names
    assert excerpt("Harlow knows where you live", names=names) == "[name] knows where you live"
    assert "鈴木" in names_in("鈴木さん、出てこい") or "[name]" in redact("鈴木さん")


def test_given_name_after_a_surname_goes_too_but_titles_stay() -> None:
    assert redact("担当の田中美咲を出せ") == "担当の[name]を出せ"
    assert redact("佐々木部長を出せ") == "[name]部長を出せ"
    assert redact("put Olivia Brennan on the phone") == "put [name] on the phone"

"""Telegram katakana, a hyperbole of degree and a visit booked, read for a set of Japanese
complaints in ten registers new to the project (Iwami, Sado, a military, a Yamanote, a
courtesan's, a telegram's, an elder's, a police drama's and a paper's); every sentence
here is written for these tests, in other wording than the set's.

- a telegram written in katakana without small kana (シヤチヨウ, ヨツテ, セイキユウ) has
  them restored where the word is no dictionary word as written, so its words are read
  as the standard ones; a line written with small kana, a word the dictionary knows
  (リヨウ 利用, リユウ 理由) and the day counts (ミツカ) stay as written;
- a harm cue quoted as a thought that measures a feeling (「殺す気かと思うほど痛かった」)
  is a hyperbole, no threat; the speaker's own urge (〜てやろうかと思うほど) stays;
- a visit set at a time that suits the listener or counted as a recurring service is a
  booking; an errand of confrontation, urgency or an order keeps the summons.
"""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from mamori.detect.text.kana import katakana_as_hiragana, small_kana_restored
from unit.detect.support import assert_clear, assert_fires


def _known(word: str) -> bool:
    return word in ("りよう", "りゆう", "かつて")


def test_small_kana_restored_in_telegram_words() -> None:
    assert small_kana_restored("しやちよう", _known) == "しゃちょう"
    assert small_kana_restored("よつて", _known) == "よって"
    assert small_kana_restored("しゆつとう", _known) == "しゅっとう"
    assert small_kana_restored("きんきゆう", _known) == "きんきゅう"
    # a word the dictionary knows, a day count, the particle に + よる
    assert small_kana_restored("りよう", _known) == "りよう"
    assert small_kana_restored("みつか", _known) == "みつか"
    assert small_kana_restored("により", _known) == "により"


def test_a_line_with_small_kana_is_no_telegram() -> None:
    line = "チョット マツテ クダサイネ"
    assert katakana_as_hiragana(line, lambda w: False) == "ちょっと まつて くださいね"
    # without the dictionary the old reading holds, character for character
    assert katakana_as_hiragana("シヤチヨウ ヲ ダセ") == "しやちよう を だせ"
    # one word to restore is likelier a name than a telegram: スギヤマ stays すぎやま
    assert katakana_as_hiragana("スギヤマヲ ダセ", lambda w: False) == "すぎやまを だせ"
    assert katakana_as_hiragana("ヨシヤマサン ヨンデ", lambda w: False) == "よしやまさん よんで"


def test_telegram_without_small_kana_is_read(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "excessive_demand",
        ["ニモツ フンシツ ニヨリ ダイキン ノ ホカ イシヤリヨウ ジユウマンエン ヲ セイキユウ ス"],
    )
    assert_fires(
        detector,
        "apology_demand",
        ["テンイン ノ ブレイ ニツキ シヤチヨウ ノ シヤザイ ブンシヨ ヲ モトム"],
    )
    assert_fires(
        detector,
        "legal_threat",
        ["ソチラ ノ カシツ ニヨリ ソンガイ バイシヨウ ヲ セイキユウ ス"],
    )


def test_telegram_look_alikes_stay_clear(detector: LexiconDetector) -> None:
    for code in ("excessive_demand", "apology_demand", "in_person_demand", "legal_threat"):
        assert_clear(
            detector,
            code,
            [
                "リヨウ リユウ ヲ オシエ ラレタシ",
                "ミツカ ゴ ニ ビヨウイン ヘ イク ヨテイ",
                "シユウリ ノ ヒヨウ ハ イクラカ オシエ ラレタシ",
                "ブジ トウチヤク シタ アリガトウ",
            ],
        )


def test_harm_measuring_a_feeling_is_no_threat(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "violence_threat",
        [
            "マッサージが強すぎて、殺す気かと思うくらい痛かったです。翌日は楽になりました。",
            "あの激辛カレー、ぶっ殺す気かと思うぐらい辛かったわ。また食べに行くけど。",
            "整体の先生、骨を折る気かと思うほど力が強くて、でも効いたよ。",
        ],
    )
    assert_fires(
        detector,
        "violence_threat",
        [
            "対応が遅すぎて、担当者を殴ってやろうかと思うほど腹が立った。",
            "次も遅れたら殺すぞ。本気でそう思うほど腹が立っとる。",
            "お前なんか殺すぞ、と思うほど腹が立っとる。",
        ],
    )


def test_visit_booked_is_no_summons(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "in_person_demand",
        [
            "そちらのご都合の良い時に、うちまで来ていただけますか。",
            "庭の手入れで、月に一度うちまで来てほしいんやけど。",
            "隔週で月二回、うちまで来てくださいね。",
            "エアコンの掃除、来年も都合つく日に家まで来てくれたら助かるわ。",
        ],
    )
    assert_fires(
        detector,
        "in_person_demand",
        [
            "都合のいい日でいいから家まで来て説明しろ。",
            "週二回でも家まで来い。",
            "今すぐ、都合つく奴が家まで来い。",
        ],
    )

"""Fixes made at the fourteenth session's merge.

- The dialect's 手ぇついて (hands on the floor to apologise) was listed in kana too,
  「てぇつい」; folding drops the small ぇ, so any te-form before a katakana ツイ word
  (「合わせてツインルーム」) fired an apology demand. The kanji 手 is kept.
- A call-out's fee as a condition clears a visit only with the offer or the question after
  it; a refusal to pay followed by a summons still summons."""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from unit.detect.support import assert_clear, assert_fires


def test_a_te_form_before_a_katakana_word_is_no_bow(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "apology_demand",
        [
            "まとめてツインの部屋を二つ予約できますか。",
            "イベントの様子はすべてツイートしました。",
        ],
    )
    assert_fires(detector, "apology_demand", ["床に手ぇついて謝らんかい"])


def test_a_fee_refused_then_a_summons_still_summons(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "in_person_demand",
        ["訪問料がかかるなら一円も払わんぞ。担当が今すぐ家に来い"],
    )
    assert_clear(
        detector,
        "in_person_demand",
        ["足が悪くて店まで行けません。家に来てもらえますか。訪問料がかかる場合は教えてください。"],
    )

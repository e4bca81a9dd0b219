"""Content detection, thirteenth pass (docs/quality.md): staff named outside any
roster, casual excessive demands, English pressure and meeting phrasings, and
benign look-alikes that fired at some severity (every hit counts against precision,
low ones too).

Written for these tests, not taken from a corpus.
"""

from __future__ import annotations

import pytest

from mamori.detect.content import LexiconDetector
from unit.detect.support import serious, severity


def codes(det: LexiconDetector, text: str, channel: str = "chat") -> set[str]:
    """Every code of ``text``'s indicators, whatever their severity."""
    return {h.category.value for h in det.analyse(None, text, channel).hits}


# ------------------------------------------------------------ benign look-alikes
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("この色、バカ売れしてるらしいですね。入荷待ちです", "abusive_language"),
        ("送料がバカ高いのは困りますね", "abusive_language"),
        ("ふーん、そうなんですね。わかりました", "abusive_language"),
        ("ふーん。それで、発送はいつですか", "abusive_language"),
        (
            "インスタに購入品の写真を載せてもいいですか？とても気に入っているので",
            "online_defamation_threat",
        ),
        ("ブログに使ってみた感想を投稿してもよろしいでしょうか", "online_defamation_threat"),
        ("I read some bad reviews online, but mine works fine.", "online_defamation_threat"),
        (
            "Saw a few negative reviews before ordering; mine has been great so far.",
            "online_defamation_threat",
        ),
        ("Do you sell gift cards?", "excessive_demand"),
        ("can i buy a gift voucher for my sister", "excessive_demand"),
    ],
)
def test_look_alike_gets_no_hit(detector: LexiconDetector, text: str, code: str) -> None:
    assert code not in codes(detector, text), text


def test_self_blame_under_a_letter_head_is_clear(detector: LexiconDetector) -> None:
    # The salutation line runs into the first sentence; it names the reader, not
    # whoever the insult word is said of.
    text = "ご担当者様\n\n自分がバカでした、色を間違えて注文してしまいました…返品できますか"
    assert "abusive_language" not in codes(detector, text, "email")


@pytest.mark.parametrize(
    "text",
    [
        "バカ店員",
        "お前ほんまバカやな",
        "ご担当者様\n\nあなたがバカなんでしょう…早く交換しろ",
        "SNSに写真を投稿してやるからな",
        "I'm leaving bad reviews everywhere until you fix this.",
        "I want a gift card for my trouble.",
    ],
)
def test_the_real_thing_still_fires(detector: LexiconDetector, text: str) -> None:
    assert serious(detector, text) or severity(detector, text, "abusive_language"), text

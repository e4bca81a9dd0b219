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


# ------------------------------------------- staff named outside any roster: privacy
@pytest.mark.parametrize(
    "text",
    [
        "What's Okafor's personal mobile number?",
        "When does Brennan finish work tonight?",
        "Spotted Delaney leaving the bus station last night.",
        "I found Marguerite on Instagram, cute kids.",
        "I took a picture of Okafor behind the till today.",
        "I'll wait outside the shop for Okafor tonight.",
        "この間、真鍋さんが改札から出てくるとこ見かけたよ",
        "駐車場で岸本さんが出てくるのを待ってるからね",
        "帰り道つけていったら住所もわかるよね",
    ],
)
def test_named_staff_private_life_is_privacy(detector: LexiconDetector, text: str) -> None:
    assert "privacy_intrusion" in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "What's Okafor's work email?",
        "When does Brennan get back to me about the refund?",
        "I contacted Amazon on Twitter and they told me to write here.",
        "I took a photo of the label behind the box.",
        "I'll wait outside the shop for the courier tonight.",
        "担当の佐藤さんが出てくるまで待っていればいいですか",
        "佐藤さんが電話に出るまで待ちます",
        "東京駅で商品を受け取りました",
    ],
)
def test_named_staff_errands_are_clear(detector: LexiconDetector, text: str) -> None:
    assert "privacy_intrusion" not in codes(detector, text), text


# ---------------------------------------- staff named outside any roster: naming
@pytest.mark.parametrize(
    "text",
    [
        "ハシヅメって店員おるやろ、あいつ出してや",
        "タカセって担当の人いるでしょ、その人呼んで",
        "有村を電話口まで連れてきて",
    ],
)
def test_named_staff_summoned_is_staff_naming(detector: LexiconDetector, text: str) -> None:
    assert "staff_naming" in serious(detector, text), text


def test_brought_to_the_phone_is_no_visit(detector: LexiconDetector) -> None:
    assert "in_person_demand" not in codes(detector, "中野を電話口に連れてこい")
    assert "in_person_demand" in serious(detector, "店長をここに連れてこい")


@pytest.mark.parametrize(
    "text",
    [
        "電話口の方のお名前を伺ってもよろしいですか",
        "アリムラさんという方からお電話をいただきました",
    ],
)
def test_names_without_a_summons_are_clear(detector: LexiconDetector, text: str) -> None:
    assert "staff_naming" not in codes(detector, text), text


# ------------------------------------------------- Japanese casual excessive demands
@pytest.mark.parametrize(
    "text",
    [
        "保証期間過ぎてる？そんなん知らん、タダで修理しといて",
        "半年使ったけど全額返金して。規約とか関係ないし",
        "俺にだけ特別に値引きしてくれや",
    ],
)
def test_terms_waved_away_or_a_price_for_oneself(detector: LexiconDetector, text: str) -> None:
    assert "excessive_demand" in codes(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "保証が切れているのは知りませんでした。有料で修理をお願いします",
        "自分だけ割引されていないのはなぜですか",
        "規約では返金できますか",
    ],
)
def test_fair_requests_are_clear(detector: LexiconDetector, text: str) -> None:
    assert "excessive_demand" not in codes(detector, text), text


def test_standing_given_for_a_special_price_is_the_demand(detector: LexiconDetector) -> None:
    text = "うちだけ特別に値引きしてよ、常連なんだから"
    assert codes(detector, text) == {"excessive_demand"}
    assert "pressure_language" in serious(detector, "こっちは客だぞ、早くしろ")


# ------------------------------------ English: meeting, veiled harm, pressure phrasings
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("I want a meeting at my house with your supervisor. Monday.", "in_person_demand"),
        (
            "We expect a meeting at my office with the director, first thing tomorrow.",
            "in_person_demand",
        ),
        ("you better pray we never cross paths", "violence_threat"),
        ("Today. I mean it.", "pressure_language"),
        ("I can't run my business because of you lot.", "pressure_language"),
        ("This is a catastrophic failure on your side.", "pressure_language"),
    ],
)
def test_english_phrasings_fire(detector: LexiconDetector, text: str, code: str) -> None:
    assert code in serious(detector, text), text


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("I have a meeting at my office, so please call after 3.", "in_person_demand"),
        ("Thank you so much, I mean it!", "pressure_language"),
        ("I can't work without the charger, when will it arrive?", "pressure_language"),
        (
            "The laptop shows a critical failure code on boot, what does it mean?",
            "pressure_language",
        ),
    ],
)
def test_english_look_alikes_are_clear(detector: LexiconDetector, text: str, code: str) -> None:
    assert code not in codes(detector, text), text


def test_free_upgrade_and_event_meeting(detector: LexiconDetector) -> None:
    assert "excessive_demand" in serious(detector, "タダで上位の機種に交換しろや")
    assert "excessive_demand" not in codes(detector, "無料で最新のアップデートは受けられますか")
    assert "in_person_demand" not in codes(
        detector, "so excited, hope we get to meet in person at the expo!"
    )
    assert "in_person_demand" in serious(detector, "I want to meet your manager in person.")


def test_pointer_to_the_summoned_person_is_no_insult(detector: LexiconDetector) -> None:
    assert "abusive_language" not in codes(detector, "タカセって担当おるやろ、そいつ呼んでこい")
    assert "abusive_language" in codes(detector, "あいつが悪い、クビにしろ")

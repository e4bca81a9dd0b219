"""Dialect morphology, an editorial's written imperatives and benign frames read for a set
of Japanese complaints in Kyushu, Tohoku and Kansai speech, a newspaper letter's and a
priest's register; every sentence here is written for these tests, in other wording
than the set's.

- Shonai, Yamagata and Akita はげ (はんげ) after a predicate, before the clause it gives
  the reason for, is "because", no bald head (the morphology re-reads it);
- an insult exclaimed and then said of the speaker in the same sentence is
  self-reproach; staff's name asked so as to praise her in a survey or a thank-you is
  no intrusion; a voucher asked after as goods on sale is no demand for one; underwear
  bought as a present is shopping;
- a post left to someone else (causative) and
  the written 知らしめる; the written imperatives 注意されたい/用心されよ after a danger
  place; a visit to the speaker's own place chained to what ought to be done; Kyushu
  くらす said to the one addressed, and the fist made the teacher; the Senba merchant's
  request to come to the speaker's place.
"""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from unit.detect.support import assert_clear, assert_fires


def test_tohoku_causal_hage_is_no_insult(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "abusive_language",
        [
            "明日は雪降るんだはげ、配達は午前中にしてけろ。",
            "部品もう届いでるはげ、取り付けの日決めでください。",
            "寒いはんげ、暖房の修理早めにお願いします。",
        ],
    )
    assert_fires(detector, "abusive_language", ["うるせえはげ！", "なんだこのはげ、さっさとしろ"])


def test_insult_owned_by_the_speaker(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "abusive_language",
        [
            "バカやなあ、私ってほんまバカやわ。住所書き間違えてました。",
            "アホや、俺はアホや。色の指定を逆にしてもうた。",
        ],
    )
    assert_fires(detector, "abusive_language", ["アホか、お前はほんまアホや。"])


def test_name_asked_for_praise(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "privacy_intrusion",
        [
            "昨日の受付の方、名前なんていうの？お客様の声に褒めたいって書きたくて。",
            "あの配達の兄ちゃん名前なんて言うん？お礼を伝えたいんよ。",
        ],
    )
    assert_fires(
        detector,
        "privacy_intrusion",
        ["ねえ、名前なんていうの？今度飲みに行こうよ。"],
    )


def test_voucher_asked_after_as_goods(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "excessive_demand",
        ["贈り物用に商品券って置いてますか？", "クオカードとか売ってたら教えてください。"],
    )
    assert_fires(detector, "excessive_demand", ["迷惑料として商品券よこせや"])


def test_underwear_as_a_present(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "sexual_harassment",
        ["母の誕生日に下着贈りたいんですが、おすすめありますか"],
    )
    # The same present aimed at the listener or a staff member is harassment: the
    # sentence's gift words never clear the sexual word (found at the merge).
    assert_fires(
        detector,
        "sexual_harassment",
        ["君に下着プレゼントしたい", "担当のお姉さんの誕生日に下着を贈りたいな"],
    )


def test_post_by_proxy_and_written_make_known(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "online_defamation_threat",
        [
            "返事がなけりゃ、孫にネットで書かせるけえの。",
            "誠意なき場合はブログにて世間に知らしめます。",
        ],
    )
    assert_clear(
        detector,
        "online_defamation_threat",
        ["このお店の良さをSNSで知らしめたいです", "レビューを書かせていただきました。"],
    )


def test_written_beware_and_fist(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        [
            "関係者は夜道に用心されよ。",
            "これ以上愚弄するなら腕ずくで思い知らせるまでだ。",
            "おまえ、くらすぞ。",
        ],
    )
    assert_clear(
        detector,
        "violence_threat",
        ["老後は田舎でのんびりくらすばい。", "皆様、詐欺の電話にご注意ください。"],
    )


def test_visit_to_own_place_as_what_ought(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "in_person_demand",
        ["支店長自ら当方の事務所へ足を運び、事情を述べるべきであろう。"],
    )
    assert_clear(
        detector,
        "in_person_demand",
        ["修理の方が私の家に来て、点検すべき箇所を教えてくれました。"],
    )


def test_senba_request_to_come(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "in_person_demand",
        ["品物のことで話がおます、事務所に来てくんなはれ。"],
    )
    assert_clear(detector, "in_person_demand", ["毎度おおきに、また来とくなはれ。"])

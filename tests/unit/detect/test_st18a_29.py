"""A blind stream's false alarms, fixed by mechanism (docs/quality.md). Every sentence
here is written for these tests, none is a stream's line.

- a low rating already on a page, as the customer found it: the rating as the subject
  of intransitive 付く or 並ぶ in a state or a past (「星1がついとった」「低評価が並んで
  いた」), of 多い, of ある/おる told as past (「星1の人もおった」), or 〜ばかりで —
  what others gave, read; the customer's own rating (つける), a bare or future 付く, a
  concession or a condition stays;
- "turned on" of a supply or a device named beside it ("get the gas turned on",
  "turn on the heating"): switched, no one aroused; a person, a pronoun or an unknown
  word stays;
- 告発 compounded with a post (告発動画, 告発ブログ): the exposé is online defamation,
  one cue one code, not also a complaint to the authorities (告発する, 刑事告発 stay
  legal).
"""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from unit.detect.support import assert_fires, serious


def test_rating_found_on_a_page_is_no_threat(detector: LexiconDetector) -> None:
    for text in [
        # Hiroshima, Okayama and Yamaguchi states and pasts, and standard ones
        "食べログで★１がついちょったけん心配しよったんよ。",
        "ホットペッパーの口コミに星1がついとるけぇ大丈夫かなと思うとったんじゃ。",
        "アプリストアで星ひとつがいくつもついていたので、少し迷いました。",
        "ネットで最低評価が並んどったけえ不安じゃったけど、説明がわかりやすかったです。",
        "評判を調べたら星ひとつの人もおったけど、窓口の方はええ対応じゃった。",
        "星1のレビューが多くて予約をためらいましたが、問題ありませんでした。",
        "アプリの評価が星1ばっかりで心配したけど、普通に使えとります。",
        "地図アプリの★1の口コミが目立っとったんで電話してみました。",
    ]:
        assert "online_defamation_threat" not in serious(detector, text), text
    assert_fires(
        detector,
        "online_defamation_threat",
        [
            # the customer's own rating, given or vowed (つける), however told
            "こがいな対応なら星1つけたるけぇの。",
            "レビューで星1つけときますね。",
            "星1つけといたけぇ、見ときんさい。",
            # a rating foretold, conceded or set as a condition, not seen
            "対応次第で星1がつくことになりますよ。",
            "星1がついても知らんけぇの。",
            "このままじゃ星1の口コミが多くなるで。",
            # a rating seen beside a post vowed: the vow keeps the rule
            "星1がついとるのも納得じゃ、わしも晒したるわ。",
        ],
    )


def test_supply_turned_on_is_no_advance(detector: LexiconDetector) -> None:
    for text in [
        "Moving into the flat on the 3rd - can I get the electricity turned on that morning?",
        "Is the heating turned on in the new unit yet, or should I ring the landlord?",
        "They turned on the water at nine but the shower is still cold.",
        "When will my power be turned on again after the outage?",
        "pls get our hot water turned on asap, the baby needs a bath",
        "Could you have my mobile data turned on before I fly out?",
    ]:
        assert "sexual_harassment" not in serious(detector, text), text
    assert_fires(
        detector,
        "sexual_harassment",
        [
            "I'm so turned on right now hearing you talk",
            "the way you talk got me all turned on",
            "does it get you turned on when customers flirt",
            "your voice has me turned on babe",
            "is your girlfriend turned on by that accent too",
        ],
    )


def test_expose_post_is_defamation_not_legal(detector: LexiconDetector) -> None:
    for text in [
        "インスタに告発マンガ載せたるけぇの。",
        "告発ブログ書いて、ここの対応ぜんぶ晒すけえね。",
    ]:
        got = serious(detector, text)
        assert "online_defamation_threat" in got, text
        assert "legal_threat" not in got, text
    assert_fires(
        detector,
        "legal_threat",
        ["このままなら警察に告発するけぇな。", "刑事告発も考えとるけぇ覚悟しときんさい。"],
    )

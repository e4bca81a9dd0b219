"""Known gaps closed: deliberating whether or how to post (「どう書いたらいいか迷って
ます」), a stranger's crime reported to the police with their plate noted, and nouns
written in kana only that the analyser cuts into verb fragments (したぎ = し|た|ぎ).

Written for these tests, not taken from a corpus.
"""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from unit.detect.support import assert_clear, assert_fires


# ------------------------------------------------ deliberation is no threat to post
def test_deliberating_whether_to_post_is_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "online_defamation_threat",
        [
            "ブログに何て書いたらええか悩んどるんよ",
            "グーグルマップのレビューに書こうかどうしようか迷い中",
            "インスタに上げてもいいのか判断がつきません",
            "食べログに投稿すべきかどうか相談させてください",
            "ツイッターにどう書けばいいでしょうか",
            "掲示板に書き込むか迷っています",
            "口コミに載せた方がいいか悩んでいます",
            "ネットに上げようか、ちょっと考え中です",
            "SNSに何を書けばいいかわからなくて",
        ],
    )


def test_deliberating_legal_step_is_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "legal_threat",
        ["弁護士に相談しようか迷っております", "訴えるべきかどうか悩んでいます"],
    )


def test_threats_with_ka_elsewhere_still_fire(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "online_defamation_threat",
        [
            # an offer or a commitment, with no weighing
            "ネットに晒したろか",
            "インスタに全部載せたろか、覚悟しとけよ",
            "口コミに書くからな",
            "ツイッターに書き込んでやろうか",
            # a condition put to the company before the weighing
            "返金しないならネットに何て書こうか考えるわ",
            # an intention, not a choice weighed
            "レビューに書こうかと思ってます",
        ],
    )


def test_musing_over_harm_stays_violent(detector: LexiconDetector) -> None:
    assert_fires(detector, "violence_threat", ["ぶっ殺そうか迷ってる", "刺そうか悩んでるわ"])


# ------------------------------------------------ a stranger's crime, the police
def test_stranger_crime_reported_is_clear(detector: LexiconDetector) -> None:
    texts = [
        "駐車場でぶつけられました。相手の車のナンバーは写真に撮ってあります",
        "ひき逃げされました。加害者の車のナンバーは覚えています。警察にも届けます",
        "車上荒らしに遭ったので、交番に被害届を出します",
        "自転車を盗まれました。これから警察に通報します",
        "事故の相手が逃げたので110番しました。相手の車のナンバーはメモしました",
    ]
    assert_clear(detector, "privacy_intrusion", texts)
    assert_clear(detector, "legal_threat", texts)


def test_plates_and_police_aimed_at_staff_fire(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "privacy_intrusion",
        ["あんたの車のナンバー控えといたで", "担当者の車のナンバーも分かってるからな"],
    )
    assert_fires(
        detector,
        "legal_threat",
        [
            # the police held over the company, with or without a crime told
            "警察に通報するからな",
            "車上荒らしに遭った。返金しないなら警察に言うぞ",
            "配達員に荷物を盗まれた。警察呼ぶぞ",
            "当て逃げされたけど、お前を警察に突き出したるわ",
        ],
    )


# ------------------------------------------------ kana nouns cut into verb fragments
def test_kana_nouns_cut_into_fragments_fire(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "sexual_harassment",
        [
            "したぎのしゃしんみせて",
            "したぎのがぞうおくれ",
            "ねえしたぎのじどりおくってや",
            "たにまみせてよ",
        ],
    )


def test_kana_benign_look_alikes_are_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "sexual_harassment",
        [
            "したがって、へんきんしてください",
            "したぎをかいたいのですが、さいずはありますか",
            "したぎのへんぴんをおねがいします",
            "したぎのしゃしんがさいとにのってないです",
            "わたしたちはまってます",
        ],
    )

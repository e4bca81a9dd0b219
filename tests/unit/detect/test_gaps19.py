"""Known gaps closed: a threat named only to be disowned (「殺すなんて言ってない」, "I'm
not saying I'll hurt you").

Written for these tests, not taken from a corpus.
"""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from unit.detect.support import assert_clear, assert_fires


# ------------------------------------------------ a threat quoted to be disowned
def test_threat_quoted_to_be_denied_is_clear_ja(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "violence_threat",
        [
            "殺してやるなんて言ってない",
            "燃やすなんて一言も言ってねえよ",
            "刺すなんて口が裂けても言えません",
            "殴るとは思ってもいないです",
            "店を潰すなんて言うはずがない",
            "ぶっ殺すって意味じゃないです",
            "窓を壊してやるなんて言ったつもりはありません",
            "しばくなんか言わへんよ",
        ],
    )


def test_threat_quoted_then_kept_fires_ja(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        [
            # said again, or meant: no denial
            "ぶっ殺すぞ、冗談じゃねえからな",
            "殺すぞ。冗談じゃないからな",
            "店を燃やしてやるって言ってるんだよ",
            "殺すって言ってんだろ",
            # the denial conceded or made a condition: the threat goes on
            "殺すとは言わないけど、夜道には気をつけろ",
            "殺してやるなんて言われたくなかったら金返せ",
        ],
    )
    # the denial of a denial: 「…しないとは言ってない」 leaves the step open
    assert_fires(detector, "legal_threat", ["警察に通報しないとは言ってない"])


def test_threat_named_to_be_disowned_is_clear_en(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "violence_threat",
        [
            "I never said I'd smash your window",
            "nobody is saying they'll hurt anyone",
            "I'm not saying I'll burn your shop down",
            "I never once said that I would ever hurt your staff",
            "I didn't mean I'd burn the place down, I meant I'd leave a review",
        ],
    )


def test_threat_disowned_then_conceded_fires_en(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        [
            "I'm not saying I'll hurt you, but watch your back",
            "im not saying ill kill you, just that you should be careful",
            "I'm saying I'll burn your shop down",
        ],
    )


# ------------------------------------------------ a fire lit for warmth, cooking or light
def test_fire_for_warmth_or_light_is_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "violence_threat",
        [
            "火でもつけないと暖まらない",
            "この部屋寒すぎて火でも焚きたい",
            "この部屋寒すぎて火でもつけたいわ",
            "ストーブに火をつけないと寒くて無理",
            "ろうそくに火をつけるぞ、誕生日だからな",
            "暖房が壊れてて火でもつけないと凍えそう",
        ],
    )


def test_fire_at_premises_or_people_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        [
            "店に火つけたろか",
            "寒いからって店に火つけたろか",
            "店に火でもつけないと分からんのか",
            "お前の家に火をつけてやるからな",
            "火つけたるぞ",
            "寒いしお前に火つけたろか",
        ],
    )


# ------------------------------------------------ a visit awaited, a dog set on someone
def test_visit_awaited_is_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "violence_threat",
        [
            "I'll be waiting at the gate with the dog when your engineer arrives",
            "We'll be waiting at the front door when the technician gets here",
            "I'll be waiting in the drive until your driver turns up, the dog will be inside",
            "I'll be waiting for the plumber to arrive",
            "I set the dog on the scale at the vet",
        ],
    )


def test_wait_for_a_person_or_a_dog_set_on_them_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        [
            "I'll be waiting at the gate with a bat when your engineer arrives",
            "I'll be waiting for him when he comes",
            "I'll be waiting outside when your manager comes out",
            "I'll be waiting when you arrive at work tomorrow",
            "I'll be waiting.",
            "I'll set the dog on your driver",
            "next time your engineer turns up I'm setting the dogs on him",
            "I'll sic my rottweiler on whoever you send",
            "If your driver comes again I'll let the dogs loose on him",
        ],
    )


# ------------------------------------------------ a named staff member's removal asked not to happen
def test_removal_asked_not_to_happen_is_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "staff_naming",
        [
            "田中さんを辞めさせないでください",
            "佐藤さんをクビにしないでほしいです",
            "鈴木さんを異動させないでほしい",
            "山本さんを処分しないであげてください",
            "高橋さんを担当から外さないでください",
            "村瀬を外さんといてな、ええ子やから",
            "クドウさんを首にしないようお願いします",
            "Please don't fire Sarah",
            "Please do not discipline Ahmed, it was not his fault",
        ],
    )


def test_removal_demanded_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "staff_naming",
        [
            "田中さんを辞めさせろ",
            "佐藤をクビにしろ",
            "鈴木さんを異動させてください",
            "田中さんを担当から外せ",
            "村瀬を外すなら話は終わりだ",
            "田中さんを辞めさせないなら訴える",
            "田中さんをクビにしないとどうなるか分かってるな",
            "Fire Sarah now",
            "I want Marcus disciplined",
        ],
    )


# ------------------------------------------------ a line written in hiragana only
def test_hiragana_only_asks_fire(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "sexual_harassment",
        ["みずぎのしゃしんおくって", "びきにのしゃしんちょうだい", "みずぎのしゃしんみせろ"],
    )
    assert_fires(detector, "violence_threat", ["ころしにいくからな"])
    assert_fires(detector, "privacy_intrusion", ["おまえのいえしってるぞ"])


def test_hiragana_only_benign_is_clear(detector: LexiconDetector) -> None:
    for code in ("sexual_harassment", "violence_threat", "privacy_intrusion"):
        assert_clear(
            detector,
            code,
            [
                "きょうはありがとうございました",
                "きのうはおせわになりました",
                # a shop's page asked for, a child's photo told
                "みずぎのしゃしんがのってるさいとはどこですか",
                "みずぎのしゃしんのってるさいとおしえて",
                "こどものみずぎのしゃしんをとりました",
                "みずぎのざいこありますか",
            ],
        )

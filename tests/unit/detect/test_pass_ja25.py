"""Japanese detection, twenty-fifth pass: dialect morphology and old-register forms of
frames already read in standard speech, and benign frames that stop three false alarms.

Frames: the Tohoku voiced て/た after a く-verb (書いでやる = 書いてやる, kept only where
the analyser reads a く-verb, not 泳いで), the refund said not to be enough with its
negative inside the frame (返すだけじゃ足らん), a named staff member taken off their post,
the brain asked to be in the head in any aspect form (脳みそ入っとると), a beheading
promised (首…刎ねる), where someone lives asked with any interrogative of place (いずこ
に住まい), an upgrade as the goods asked in apology, the speaker's own channel and the
company written up under a negative condition (ブログやってる…くれないなら、このホテルの
こと書いちゃう), and dialect forms of an advance (彼氏おらん, スタイルええ,
俺と泊まりに行かん, 二人でゆっくり飲もう, 声のかわいか).
Benign: a thing waved away as not needed after any particle (詫び状などは無用), a body
consulted while the writer weighs a matter (相談しながら検討), a favour of keeping
someone company thanked for (付き合ってくれて、感謝), and the look-alikes of each frame.

Written for these tests, not taken from a corpus.
"""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from unit.detect.support import assert_clear, assert_fires


# ------------------------------------------------ Tohoku voiced て
def test_tohoku_voiced_te_of_a_post_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "online_defamation_threat",
        [
            "この店のごど、インスタさ書いでやっがらな",
            "口コミさ全部書いでおぐがら、覚悟しろ",
        ],
    )


def test_standard_voiced_te_stays_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "online_defamation_threat",
        [
            "急いで口コミを見に行きました。泳いでから帰ります",
            "口コミに書いてあった営業時間で来ました",
        ],
    )


# ------------------------------------------------ refund not enough
def test_refund_said_not_enough_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "excessive_demand",
        [
            "返金だけじゃ足りない。交通費も払え",
            "払い戻しだけやったら済まへんで",
            "交換だけでは納得できません、新品を二つ送ってください",
        ],
    )


def test_refund_said_enough_stays_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "excessive_demand",
        [
            "返品だけではなく交換もできますか",
            "返金だけで足りますので、それ以上は不要です",
            "返金だけで十分です",
        ],
    )


# ------------------------------------------------ apology waved away
def test_apology_waved_away_stays_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "apology_demand",
        [
            "謝罪なんか要らん、早く直してくれ",
            "土下座もいらんけん、普通に交換してくれればよか",
            "始末書などご無用です",
        ],
    )


def test_apology_not_waved_away_still_fires(detector: LexiconDetector) -> None:
    assert_fires(detector, "apology_demand", ["詫び状はいらんとは言わせんぞ、書いて持ってこい"])


# ------------------------------------------------ a body consulted while weighing
def test_consulted_while_weighing_stays_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "legal_threat",
        [
            "必要に応じて弁護士とも相談しつつ対応を考えます",
            "場合によっては消費者センターにも相談しながら決めたいと思います",
        ],
    )


def test_consulting_held_over_still_fires(detector: LexiconDetector) -> None:
    assert_fires(detector, "legal_threat", ["誠意がないなら消費生活センターに相談します"])


# ------------------------------------------------ company kept, thanked for
def test_company_kept_thanked_for_stays_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "sexual_harassment",
        [
            "長電話に付き合ってくださった店員さん、ありがとうございました",
            "買い物に最後まで付き合ってくれたスタッフの方にお礼を",
        ],
    )


def test_going_out_asked_still_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector, "sexual_harassment", ["ねえ俺と付き合ってくれない？", "付き合ってくれよ"]
    )


# ------------------------------------------------ dialect advances
def test_dialect_advances_fire(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "sexual_harassment",
        [
            "受付のお姉さん、恋人おらへんの？",
            "ワシと温泉旅行いこうや",
            "彼氏おらんがけ？",
            "二人で飲もうや",
        ],
    )


def test_dialect_advance_look_alikes_stay_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "sexual_harassment",
        [
            "娘と二人でゆっくり飲もうと思って予約しました",
            "彼氏おらんけど一人でも参加できますか",
            "声のかわいいぬいぐるみを探しています",
            "このワンピース、スタイルよく見えますか",
        ],
    )


# ------------------------------------------------ brain, beheading
def test_brain_asked_in_any_aspect_fires(detector: LexiconDetector) -> None:
    assert_fires(detector, "abusive_language", ["おつむ入っちょるんか", "お前ら脳みそ入っとるんか"])


def test_brain_in_a_dish_stays_clear(detector: LexiconDetector) -> None:
    assert_clear(detector, "abusive_language", ["この料理、脳みそが入ってるんですか"])


def test_beheading_promised_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector, "violence_threat", ["その首、わしがこの刀で刎ねてやる", "首をはねてくれようぞ"]
    )


def test_beheading_look_alikes_stay_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "violence_threat",
        ["首のあたりを車にはねられた", "魚の首を包丁ではねてから焼きます"],
    )


# ------------------------------------------------ where someone lives
def test_where_lives_any_interrogative_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "privacy_intrusion",
        ["受付の姉ちゃん、何処に住んどるん？", "担当の方はどちらにお住まいですか"],
    )


def test_where_one_may_live_stays_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "privacy_intrusion",
        ["どちらにお住まいの方でも利用できます", "老後はどこに住むのがいいか相談したい"],
    )


# ------------------------------------------------ staff off their post, upgrade in apology
def test_named_staff_off_post_fires(detector: LexiconDetector) -> None:
    assert_fires(detector, "staff_naming", ["レジの高橋くんはもうレジから外してあげて"])


def test_tag_off_the_till_stays_clear(detector: LexiconDetector) -> None:
    assert_clear(detector, "staff_naming", ["このタグをレジから外してもらえますか"])


def test_upgrade_asked_in_apology_fires(detector: LexiconDetector) -> None:
    assert_fires(detector, "excessive_demand", ["お詫びに上のクラスへ格上げしろよ"])


def test_upgrade_received_stays_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "excessive_demand",
        ["お詫びに部屋をアップグレードしていただきました。ありがとうございました"],
    )


# ------------------------------------------------ own channel, the company written up
def test_own_channel_write_up_under_a_condition_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "online_defamation_threat",
        [
            "インスタやってるんだけどさ。返金しないなら、この店のこと全部書いたるからな",
            "フォロワーいっぱいおるけん。ちゃんと対応せんと、そっちのこと載せちゃるぞ",
        ],
    )


def test_own_channel_write_up_offered_stays_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "online_defamation_threat",
        [
            "ブログやってます。このホテルのこと書いちゃいました、最高の滞在でした",
            "ブログやってるんですが、このお店のこと書いてもいいですか？予約が取れないなら次回にします",
        ],
    )

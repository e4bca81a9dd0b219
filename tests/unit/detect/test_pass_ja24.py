"""Japanese detection, twenty-fourth pass: dialect and register forms of frames already
read in standard speech, and benign look-alikes of a summons.

Frames: what may befall the company left open after a condition (どうなるか知らん),
harm foretold to the listener in clipped or learner's Japanese (あなたたち、けがする),
a demand to skip the check that gates a sale (処方箋なしで出して), an apology letter
asked to be written or sent in the letter register (謝罪状を認め…郵送いただきたく), the
letter forms of a summons home (お越しくださり), a named staff member replaced by anyone
else or kept off the desk (〜さん以外の方に, 窓口に立たせぬよう), a name brought in by
とかいう and fired in a later sentence, the wish to wait for a staff member after work
(待ってたい), a weapon carried, written in kana (もって), a specific woman of the staff
asked to one's room at night, a demand said back as already said (〜って言ってんだよ),
the western ちゃる of a price of settling (許しちゃる).
Benign: a visit asked with another way accepted (郵送でも構いません), the company's
adjuster coming to see the site, and the look-alikes of each frame.

Written for these tests, not taken from a corpus.
"""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from unit.detect.support import assert_clear, assert_fires


# ------------------------------------------------ benign look-alikes of a summons
def test_visit_with_another_way_accepted_stays_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "in_person_demand",
        [
            "担当の方に当方までお越しいただければ助かります。難しければお電話でも結構です。",
            "お手数ですが拙宅へお越し願えますか。ご無理でしたらメールでも構いません。",
            "一度自宅まで来てもらえると助かります。ご都合が悪ければオンラインでも大丈夫です。",
        ],
    )


def test_visit_with_other_ways_refused_still_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "in_person_demand",
        [
            "支店長様に拙宅までお越しいただきたく存じます。書面では承服いたしかねます。",
            "今すぐ家まで来いや。電話じゃ話にならん。",
            "支配人様ご自身が弊宅までお越しくださるよう願い上げます。",
            "店長様が拙宅までお越し下さり、ご説明くださいますよう。",
        ],
    )


def test_adjuster_seeing_the_site_is_a_service(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "in_person_demand",
        [
            "調査員の方に現場を見に来てもらわないといけないんですよね？",
            "鑑定人さんに来てもらわんといかんとですか、日程を教えてください",
            "雨漏りの件、現場を確認しに来てもらわないとダメでしょうか",
        ],
    )


# ------------------------------------------------ violence
def test_fate_left_open_after_a_condition_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        [
            "今日中に直さないならどうなるか知らないからな",
            "払わんかったら、どうなるか知らんぞ",
            "きちんと対応しなければどうなるか知りませんよ",
        ],
    )


def test_fate_unknown_as_a_fact_or_hedge_stays_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "violence_threat",
        [
            "期限までに払わないとどうなるか知りませんでした。教えてください",
            "更新しないとどうなるか知らない人も多いと思います",
            "雨が降ったらどうなるか知らんけど、とりあえず行ってみます",
        ],
    )


def test_harm_foretold_to_the_listener_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        [
            "お前ら、痛い目にあう",
            "返さないなら、あんたたち、けがするよ",
            "明日までにやらないと、おまえ痛い目を見る",
        ],
    )


def test_harm_as_a_warning_to_take_care_stays_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "violence_threat",
        [
            "あなた、けがするといけないから気をつけて",
            "床が濡れていて、あなたがけがする前に直してください",
            "段差があって子供がけがするので、早めに修理をお願いします",
        ],
    )


def test_weapon_carried_written_in_kana_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        [
            "ナイフもって店行くから待っとけ",
            "返金せんなら金属バットもって乗り込むわ",
        ],
    )


# ------------------------------------------------ excessive demand
def test_demand_to_skip_the_gate_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "excessive_demand",
        [
            "予約なしで今すぐ通せ",
            "身分証なしで口座作って、急いでるんだから",
            "診察なしで薬だけ出せよ",
        ],
    )


def test_asking_whether_the_gate_may_be_skipped_stays_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "excessive_demand",
        [
            "処方箋なしで買える薬はありますか",
            "予約なしでも入れますか？",
            "保険証なしで受診できますか",
        ],
    )


def test_price_of_settling_in_western_charu_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "excessive_demand",
        [
            "ポイント一万つけてくれたら許しちゃるけん",
            "半額にしてくれたら勘弁しちゃる",
        ],
    )


# ------------------------------------------------ apology demand
def test_apology_letter_asked_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "apology_demand",
        [
            "部長様の御名で詫び状をしたためていただきたく存じます",
            "お詫び状を当方へご送付くださいますようお願い申し上げます",
            "社長の名前で謝罪文書いてほしいんだけど",
        ],
    )


def test_apology_letter_told_or_its_form_stays_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "apology_demand",
        [
            "社長名の謝罪状を先日郵送いただきました、確かに拝受しました",
            "詫び状の書き方を教えてください",
        ],
    )


# ------------------------------------------------ staff naming
def test_named_person_replaced_or_kept_off_the_desk_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "staff_naming",
        [
            "今後は佐々木さん以外の方でお願いします",
            "次回から木村さんをレジに出さないでほしい",
            "小松さんを受付に座らせないよう、上の方にお伝えください",
        ],
    )


def test_named_person_thanked_stays_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "staff_naming",
        [
            "佐々木さん以外の方にもお礼を伝えてください",
            "田中さん以外の人が対応してくれました、ありがとうございます",
            "木村さんを窓口に立たせてあげて、すごく丁寧でした",
        ],
    )


def test_name_brought_in_then_fired_later_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "staff_naming",
        [
            "サポートの黒沢とかいうやつ、態度最悪。黒沢クビにしろ",
            "窓口の桐生って女、二度と出すな。桐生を辞めさせろよ",
        ],
    )


def test_name_brought_in_without_firing_stays_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "staff_naming",
        [
            "新しいプランとかいうやつ、わかりにくい。説明ページを直して",
            "倉田って先生、辞めさせられたって本当ですか",
            "佐伯って店員さん、すごく親切でした。辞めさせないでくださいね",
        ],
    )


# ------------------------------------------------ privacy and sexual harassment
def test_wish_to_wait_after_work_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "privacy_intrusion",
        [
            "あの店員さん、仕事終わりに駐車場で待っときたいんやけど",
            "上がりの時間に裏口で待ちたいから、何時か教えて",
            "退勤したら外で待ってたいです",
        ],
    )


def test_waiting_for_family_or_a_parcel_stays_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "privacy_intrusion",
        [
            "息子の仕事終わりに駅で待ちたいので、到着時刻を教えてください",
            "退勤後は家で配達を待っていたいので、夜の便にしてください",
            "仕事終わりに店の前で待ちたいので、受け取りは七時でお願いします",
        ],
    )


def test_woman_of_the_staff_asked_to_ones_room_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "sexual_harassment",
        [
            "受付の姉ちゃん、今晩わしの部屋に来てくれや",
            "あのお姉さん、夜中にホテルの部屋来させてよ",
            "例の仲居さん、今夜うちの部屋へよこして",
        ],
    )


def test_room_visit_told_or_an_errand_stays_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "sexual_harassment",
        [
            "あの女性スタッフさん、昨夜部屋に来てタオルを替えてくれました",
            "フロントの女性の方、夜に部屋に来て清掃してくださって感謝しています",
            "あの女の子、今夜うちに来て子供と遊ぶ約束なんです",
        ],
    )


# ------------------------------------------------ pressure
def test_demand_said_back_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "pressure_language",
        [
            "さっさと返せって言ってんだろ",
            "今すぐ止めろって言ってるじゃん",
            "とっとと来いって言うとるやろ",
        ],
    )


def test_someone_elses_words_reported_stay_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "pressure_language",
        [
            "母が来いって言ってるので、週末に伺います",
            "友達が返品しろって言ってるんですけど、できますか",
            "夫が早く直せって言ってたので、修理の日程を教えてください",
            "担当の方に来てくれって言ってるのに、まだ日程が決まりません",
        ],
    )

"""Japanese detection, twenty-second pass: benign look-alikes first — a lawyer or an
office consulted for advice by a customer who disowns escalating (大ごとにするつもりは
ない, 事を荒立てる気はない), a violent noun used as a measure of degree (爆弾級,
殺人級), a simile of speed or thoroughness (殺すように素早く) — then the phrasings
that were missed.

Written for these tests, not taken from a corpus.
"""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from unit.detect.support import assert_clear, assert_fires


# ------------------------------------------------ advice taken, escalation disowned
def test_lawyer_consulted_escalation_disowned_stays_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "legal_threat",
        [
            "叔父が弁護士をしていて相談に乗ってもらっています。ただ、騒ぎにするつもりはないので、普通に返品させてください。",
            "主人の弟が弁護士で相談もしてますが、訴えたりするつもりはございません。きちんと説明していただければ結構です。",
            "妻の父が弁護士でして、相談してみました。ことを大きくする気はありません。",
            "知り合いに弁護士がいまして、相談しております。争う気は全くないので、交換をお願いします。",
            "姉が司法書士なんで話はしたけど、おおごとにする気はないっす。修理だけ頼みます。",
        ],
    )


def test_disowning_with_a_turn_or_condition_still_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "legal_threat",
        [
            "大ごとにする気はないけど、返金しないなら弁護士に相談する。",
            "訴えるつもりはありません。でも弁護士には相談します。今日中に返金しないなら訴訟です。",
            "騒ぎにするつもりはありませんが、対応次第では弁護士に相談します。",
            "知り合いに弁護士がいまして、相談しております。",
        ],
    )


# ------------------------------------------------ violence as a measure or a simile
def test_violent_word_as_measure_or_simile_stays_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "violence_threat",
        [
            "今回のセールは爆弾並みのインパクトでした",
            "爆破レベルの衝撃的なお値段でした。分割できますか",
            "スタッフさんがバグをぶっ殺すみたいに手早く直してくれました。",
            "担当の方がクレームを殺すように素早く片付けてくれて助かりました",
        ],
    )


def test_violence_beside_or_at_a_person_still_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        [
            "爆弾級のクレーム入れてやる、家に爆弾送るぞ",
            "担当者をぶっ殺すみたいに一瞬で片付けてやる",
            "店に爆弾しかけたからな",
            "ぶっ殺すように言っとけ",
        ],
    )


# ------------------------------------------------ an intrusion by someone else, reported
def test_third_party_intrusion_reported_stays_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "privacy_intrusion",
        [
            "駐車場でスタッフの方を撮影している男性がいました。一応ご報告です。",
            "店員の写真撮ってる客がいたので注意した方がいいですよ",
            "裏口でスタッフさんの帰りを待ち伏せしてる男の人を見かけました。",
        ],
    )
    assert_clear(
        detector,
        "violence_threat",
        ["裏口でスタッフさんの帰りを待ち伏せしてる男の人を見かけました。"],
    )


def test_intrusion_by_the_customer_or_an_ally_still_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "privacy_intrusion",
        [
            "スタッフの帰りを待ち伏せしてる奴がいるからな",
            "お前の写真撮ってる仲間がいるからな",
            "店員の写真撮ってる人がいたけど、俺も撮ったから",
            "店員の写真撮ってやった",
        ],
    )


# ------------------------------------------------ misses: insistence, come-ons, waiting
def test_named_staff_waited_for_with_calls_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "staff_naming",
        [
            "佐藤が電話に出るまで何度でもかけますから。",
            "前の担当の小林さんって人、今日はいないの？なら戻ってくるまで毎日でも電話するわ",
            "鈴木さんが対応してくれるまで、ずっとかけ続けますので。",
        ],
    )


def test_named_staff_waited_for_politely_stays_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "staff_naming",
        [
            "担当の佐藤さんが戻るまで待ちます。",
            "佐藤さん宛に書類を送りました。届くまで何度でも確認します",
            "山田さんが出るまで待ってます",
        ],
    )


def test_charmed_then_personal_question_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "sexual_harassment",
        [
            "その声で謝られたら許しちゃうよ。ねえ、おいくつ？",
            "君の笑顔には弱いんだよなあ。年いくつ？",
        ],
    )


def test_voice_praised_or_refused_stays_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "sexual_harassment",
        [
            "その声で丁寧に説明していただけて安心しました。",
            "そんな声で言われても許せません。何歳の方が対応してるんですか",
        ],
    )


def test_named_staff_waited_for_outside_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "privacy_intrusion",
        ["今日は駐車場で待っとるけん、小林さん。", "レジの子の写真、撮っといたから。"],
    )


def test_pick_up_waits_stay_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "privacy_intrusion",
        [
            "到着したら出口で待ってます。息子の佐藤が迎えに来ます",
            "商品を受け取りに行くので店の外で待ってます。",
            "レジの方に写真を撮っていただきました",
        ],
    )


def test_screenshot_pasted_online_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "online_defamation_threat",
        ["この画面、スクショしてXに貼ったらどうなるかな", "やりとり全部、掲示板に貼っとくわ"],
    )


def test_link_pasted_for_the_agent_stays_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "online_defamation_threat",
        [
            "ネットの記事を貼っておきます、参考までに",
            "ネットで見たページのリンクをここに貼ります",
            "エラー画面のスクショを貼ってもいいですか",
        ],
    )


def test_own_side_without_limits_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        ["こちらも手段は選びませんので。", "うちも方法は問わんけんね"],
    )


def test_no_limit_on_a_method_asked_stays_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "violence_threat",
        [
            "支払い方法は問いません",
            "こちらは支払い方法は問いません",
            "旅行は手段を選ばず安く行きたい",
        ],
    )


def test_named_staff_summoned_in_keigo_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "staff_naming",
        [
            "前回ご対応の田中様をお電話口へお出しになってくださいませ。",
            "小林様ご本人からでないと納得できかねます。",
        ],
    )


def test_keigo_look_alikes_stay_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "staff_naming",
        [
            "商品をお出しください",
            "ご本人からでないと受け付けできないと言われました",
            "佐藤様にお電話口までお越しいただく必要はございません",
        ],
    )

"""Misses of a blind stream read once (a contact centre answering for several clients),
fixed by mechanism: a call log's OP / CS pair (the customer's shorthand CS is not the
company's), a repeated chase that names only its matter, the Japanese ways of saying a
request again, every regional negative of ただじゃおかない, the -なさい imperative after
a staff name, a refusal forbidden in advance (〜とは言わせない), the household in the
first person plural as the place of a summons, a public airing conjured ("imagine how
this will sound on TikTok"), an order to stop all else or to jump the queue, time out
with the listener hinted with a wink, an upgrade with its price put on the company, a
named staff member caught in the act of a commute, the listener watched from outside a
place, and a wait outside for the listener who was missed.

Written for these tests, not taken from the stream.
"""

from __future__ import annotations

import itertools

import pytest

from mamori.detect.content import LexiconDetector
from mamori.detect.gist import gist, restates
from mamori.detect.text.transcript import customer_lines
from unit.detect.support import assert_clear, assert_fires


# ------------------------------------------------ OP / CS: the call log's two parties
def test_cs_beside_an_operator_label_is_the_customer() -> None:
    call = (
        "OP> お電話ありがとうございます、受付の山本でございます。\n"
        "CS> 先週の請求、二重になってるんですけど。\n"
        "OP> 確認いたしますので少々お待ちください。\n"
        "CS> 早う返金してや。"
    )
    assert customer_lines(call) == "先週の請求、二重になってるんですけど。\n早う返金してや。"
    en = "Agent: Thanks for calling, this is Ken.\nCS: My parcel never came.\nAgent: Let me check."
    assert customer_lines(en) == "My parcel never came."


def test_cs_beside_a_customer_label_stays_the_company() -> None:
    # "CS" is customer support when the customer has a label of their own.
    call = "Customer: I was charged twice.\nCS: Thank you for calling, let me check that.\nCustomer: Fine."
    assert customer_lines(call) == "I was charged twice.\nFine."


def test_cs_talking_like_the_company_beside_another_staff_label_stays_staff() -> None:
    call = (
        "CS: お電話ありがとうございます。担当の者に代わります。\n"
        "SV: 代わりました、責任者です。\n"
        "CS: 少々お待ちください。"
    )
    assert customer_lines(call) == ""


# ------------------------------------------------ saying a request again, in Japanese
@pytest.mark.parametrize(
    "text",
    [
        "保険証の件、同じことを申し上げますが、早急にご確認ください。",
        "先月から申し上げている保険証の件、どうなりましたか。",
        "保険証の件、ずっと言うてるやん。",
        "保険証の件！まだ？",
        "保険証の件について、まだ回答がありません。",
    ],
)
def test_japanese_ways_of_saying_it_again_are_markers(text: str) -> None:
    assert gist(text).restated, text


@pytest.mark.parametrize(
    "text",
    [
        "前回と同じことが起きました。ブレーキの異音です。",
        "修理したのにまだ直らないです。",
        "先生から言っていただいた書類を送ります。",
    ],
)
def test_the_same_thing_happening_or_lasting_is_no_marker(text: str) -> None:
    assert not gist(text).restated, text


#: Short chases naming only their matter, each saying it repeats itself.
CHASES_JA = (
    "保険証の件！まだ？",
    "また連絡しました。保険証の件、いつになったら対応してもらえるんですか。",
    "何回も言ってるけど、保険証の件はどうなってんの。",
)
CHASES_EN = (
    "Following up AGAIN on the deposit.",
    "The deposit. Still waiting.",
    "Again: the deposit!",
)


@pytest.mark.parametrize("texts", [CHASES_JA, CHASES_EN], ids=["ja", "en"])
def test_short_chases_of_one_matter_restate_each_other(texts: tuple[str, ...]) -> None:
    for a, b in itertools.combinations(texts, 2):
        assert restates(gist(a), gist(b)), (a, b)


def test_short_chases_of_different_matters_stay_apart() -> None:
    assert not restates(gist("保険証の件！まだ？"), gist("また連絡しました。駐車券の件、まだ？"))
    assert not restates(
        gist("Following up AGAIN on the deposit."), gist("The parking permit. Still waiting.")
    )


def test_a_new_request_about_the_matter_is_not_the_chase() -> None:
    # One shared word and a request of its own: a second question about the item.
    chase = gist("The deposit. Still waiting.")
    other = gist("Again about the deposit: which bank account and reference should I use for it?")
    assert not restates(chase, other)


# ------------------------------------------------ ただじゃおかない, every regional negative
def test_not_letting_off_free_in_every_negative_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        [
            "今度会うたら、ただではおかへんで。",
            "あの運転手、ただじゃおかんけんな。",
            "そっちの出方次第では、ただじゃ置かねえぞ。",
        ],
    )


def test_free_of_charge_look_alikes_stay_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "violence_threat",
        [
            "転んでもただでは起きへん性格なんで、ポイントはしっかり使います。",
            "荷物をここに置かへんように、案内を出してもらえますか。",
        ],
    )


# ------------------------------------------------ -なさい after a staff name
def test_polite_imperative_after_a_name_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "staff_naming",
        [
            "佐藤を出しなさい、今すぐ。",
            "さっきの田村さん、呼びなさいよ。",
            "高橋さんに代わりなさい。",
        ],
    )


def test_imperative_of_an_errand_without_a_name_stays_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "staff_naming",
        [
            "先生に書類を出しなさいと言われたので、様式を送ってください。",
            "受付で番号札を出しなさいとのことでした。",
        ],
    )


# ------------------------------------------------ a refusal forbidden in advance
def test_refusal_forbidden_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "pressure_language",
        [
            "今回ばかりは無理とは言わせへんからな。",
            "規約なんて言わせませんよ、対応してください。",
            "知りませんとは言わせない。",
        ],
    )


def test_refusal_said_or_thought_stays_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "pressure_language",
        [
            "できないとは言っていませんので、ご安心ください。",
            "無理とは思いませんが、日程を相談させてください。",
        ],
    )


# ------------------------------------------------ summons to "our" home
def test_summons_to_our_home_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "in_person_demand",
        [
            "Your regional manager can come round to our house tonight and explain himself.",
            "Get the head of admissions to come to our place, we are not driving anywhere.",
        ],
    )


def test_our_home_as_a_service_visit_stays_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "in_person_demand",
        [
            "Can the technician come to our house to fix the boiler on Tuesday?",
            "We'd like to visit your showroom; is parking available near it?",
        ],
    )


# ------------------------------------------------ a public airing conjured
def test_public_airing_conjured_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "online_defamation_threat",
        [
            "Picture how this call is going to sound on TikTok.",
            "Think how your reply would look on social media.",
        ],
    )


def test_how_things_look_on_an_app_stays_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "online_defamation_threat",
        [
            "How will the invoice look on my banking app?",
            "I wonder how the dress will look on me at the wedding.",
        ],
    )


# ------------------------------------------------ stop all else, jump the queue
def test_stop_all_else_or_jump_the_queue_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "pressure_language",
        [
            "Stop what you're doing and sort my refund out.",
            "Leave whatever you are doing and call me back.",
            "Handle my complaint before anyone else, I'm the one paying.",
        ],
    )


def test_taking_ones_time_stays_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "pressure_language",
        [
            "Whatever you're doing, finish it first; my question can wait.",
            "Please handle my case when you can.",
        ],
    )


# ------------------------------------------------ time out with the listener, hinted
def test_outing_with_a_wink_or_hint_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "sexual_harassment",
        [
            "Fancy a weekend with me instead of fixing my booking? wink wink",
            "Grab dinner with me when your shift ends, I'll make it worth your while",
            "Do you do special treatment for blokes who ask nicely, if you catch my drift",
        ],
    )


def test_outing_without_a_hint_stays_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "sexual_harassment",
        [
            "We had dinner with you at the venue last year, a lovely evening.",
            "Is there a shuttle after your shift change at the airport desk?",
        ],
    )


# ------------------------------------------------ an upgrade on the company's bill
def test_upgrade_with_its_price_on_the_company_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "excessive_demand",
        [
            "Move us into the executive suite at your cost, after what happened.",
            "Upgrade it at your expense and we'll call it even.",
        ],
    )
    assert_fires(
        detector,
        "excessive_demand",
        [
            "車を上のクラスにして、差額は御社負担で。",
            "全部グレードアップして、費用はそっち持ちな。",
        ],
    )


def test_asking_who_pays_for_an_upgrade_stays_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "excessive_demand",
        [
            "Is the upgrade on the house or do I pay the difference?",
            "上のプランに変えたいです。差額はこちらで払います。",
            "アップグレードした場合、差額はそちら負担になりますか？",
        ],
    )


# ------------------------------------------------ staff watched off duty
def test_staff_watched_off_duty_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "privacy_intrusion",
        [
            "この前、中村さんが難波駅で電車に乗るとこ見かけたわ。",
            "会社の裏口であんたのこと見張ってるからな。",
            "Hung around out front on Monday, didn't catch you though.",
        ],
    )


def test_seeing_and_waiting_look_alikes_stay_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "privacy_intrusion",
        [
            "中村さんが駅で降りるのを手伝ってくださいました。",
            "バスを降りるところを見た人がいるそうです。",
            "I waited outside the branch for 40 minutes because the door was locked.",
            "I called twice but I missed you, please call back.",
        ],
    )

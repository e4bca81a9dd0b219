"""Japanese customer harassment as it is said to a contact centre or a shop (ninth
pass, docs/quality.md): keeping staff on the line until a demand is met, personal
questions put politely, insisting on a supervisor, hints about the listener's family,
"plenty could replace you", contempt for staff as women. Each with the benign
sentences that look like it: a single polite escalation, a customer's own details, a
product's danger to a household.

Written for these tests, not taken from a corpus.
"""

from __future__ import annotations

import pytest

from mamori.detect.content import LexiconDetector
from unit.detect.support import serious


# ------------------------------------------------------------ holding staff as pressure
@pytest.mark.parametrize(
    "text",
    [
        "出すまで電話を切りません",
        "納得するまで帰らないからな",
        "何時間でも待ちますよ",
        "ちゃんとした説明をいただけるまで、この電話は切りませんから",
        "返品を受けてくれるまでここを動きませんよ",
        "店長が来るまでうち帰らへんで",
        "へんじもらうまできらないからね",
        "今日は朝まででも付き合ってもらいますよ",
        "閉店まで居座ってやるからな",
    ],
)
def test_holding_staff_until_a_demand_is_met_is_pressure(
    detector: LexiconDetector, text: str
) -> None:
    assert "pressure_language" in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "確認が取れるまで電話を切らずに待っています",
        "調べ終わるまで電話を切らないでください",
        "子供が寝るまで家を出られないので、夜の配達は難しいです",
        "主人が帰ってくるまで家に帰らないので、不在票を入れておいてください",
        "月曜まで帰りませんので、配達は火曜以降にお願いします",
        "再起動するまで動かないことがあります",
        "このラーメンなら何時間でも待てる",
    ],
)
def test_waiting_and_not_leaving_for_other_reasons_is_not(
    detector: LexiconDetector, text: str
) -> None:
    assert "pressure_language" not in serious(detector, text), text


# ------------------------------------------------------ personal questions, politely put
@pytest.mark.parametrize(
    "text",
    [
        "担当の方のお名前とご出身を教えていただけますか",
        "オペレーターさんはおいくつなんですか",
        "お姉さんのご実家はどちらですか？",
        "担当者様はどのあたりにお住まいなんでしょうか",
        "あなた、ご結婚されてるんですか？",
        "店員さんのお休みの日は何をされているんですか",
    ],
)
def test_a_staff_members_personal_details_asked_politely_are_privacy(
    detector: LexiconDetector, text: str
) -> None:
    assert "privacy_intrusion" in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "担当の方のお名前を教えていただけますか",
        "担当者の方の所属部署を教えてください",
        "担当の方はどちらの支店にいらっしゃいますか",
        "私の出身は福岡で、今は名古屋に住んでいます",
        "御社の住所を教えていただけますか",
        "担当の方は何時までいらっしゃいますか",
    ],
)
def test_the_name_for_the_record_and_the_companys_details_are_not(
    detector: LexiconDetector, text: str
) -> None:
    assert "privacy_intrusion" not in serious(detector, text), text


def test_your_family_is_not_your_house(detector: LexiconDetector) -> None:
    # 「お前の家」 (where staff live) is a prefix of 「お前の家族」.
    assert "privacy_intrusion" not in serious(detector, "お前の家族にも迷惑かかるかもな")
    assert "privacy_intrusion" in serious(detector, "お前の家どこ？")


# --------------------------------------------------------- insisting on a supervisor
@pytest.mark.parametrize(
    "text",
    [
        "責任者を出しなさい",
        "上司を出してくださいと申し上げているんです",
        "店長さんに代わってって言ってるでしょ",
        "何度同じことを言わせるんですか",
        "何回言えばわかるんだよ",
        "社長呼んでて何べん言うたらわかるんや",
    ],
)
def test_insisting_after_the_request_was_heard_is_pressure(
    detector: LexiconDetector, text: str
) -> None:
    assert "pressure_language" in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "上司を出してください",
        "恐れ入りますが、責任者の方に代わっていただけますか",
        "上司の方からご連絡いただけますか",
        "何度も同じことをお聞きしてすみません",
        "店長さんにもよろしくお伝えください",
    ],
)
def test_a_single_polite_escalation_is_not(detector: LexiconDetector, text: str) -> None:
    assert not serious(detector, text), text


# ------------------------------------------------------------- hints about the family
@pytest.mark.parametrize(
    "text",
    [
        "ご家族に何かあったら大変ですよね",
        "家族にも迷惑かかるかもね",
        "奥さんにもご迷惑がかかることになりますよ",
        "あんたの家族も迷惑かかるかもしれんね",
    ],
)
def test_harm_to_the_listeners_family_hinted_at_is_a_threat(
    detector: LexiconDetector, text: str
) -> None:
    assert "violence_threat" in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "このままだと家族にも迷惑がかかるので早く直してください",
        "故障のせいで家族にも迷惑がかかっています",
        "子供が誤飲して何かあったら大変ですよね",
        "ご家族に何かあった場合の補償を教えてください",
    ],
)
def test_a_households_trouble_or_danger_is_not(detector: LexiconDetector, text: str) -> None:
    assert "violence_threat" not in serious(detector, text), text


# ------------------------------------------------- replaceable, and contempt as women
@pytest.mark.parametrize(
    "text",
    [
        "お前の代わりなんかいくらでもいる",
        "あなたの代わりはいくらでもいますからね",
        "代わりなんてなんぼでもおるんやで",
        "女じゃ話にならん",
        "女のくせに",
        "女性では話になりませんので",
    ],
)
def test_worthlessness_and_contempt_as_women_are_abuse(
    detector: LexiconDetector, text: str
) -> None:
    assert "abusive_language" in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "代わりの部品ならいくらでもあります",
        "代わりの人はいくらでもいるから、無理しないで休んでね",
        "女性のスタッフに代わってもらえますか",
        "女性の担当者を希望します",
        "くせ毛の女の子向けのシャンプーはありますか",
    ],
)
def test_spares_and_asking_for_a_woman_are_not(detector: LexiconDetector, text: str) -> None:
    assert "abusive_language" not in serious(detector, text), text


# ------------------------------------------------------------ the same, in keigo
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("責任者の方に来ていただけるまで、帰るつもりはございません", "pressure_language"),
        ("ご回答をいただけるまでお電話は切れませんので", "pressure_language"),
        ("お顔はよく覚えましたからね", "violence_threat"),
        ("あなたのお名前、覚えておきますから", "violence_threat"),
        ("誠意と言ったら、お分かりになりますよね", "excessive_demand"),
        ("今度ご飯でも行きませんか", "sexual_harassment"),
    ],
)
def test_keigo_forms_keep_their_code(detector: LexiconDetector, text: str, code: str) -> None:
    assert code in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "担当の方のお名前覚えました、次回もお願いしたいです",
        "誠意ある対応をしていただき感謝しています",
        "家族でお食事でもいかがかと思い、予約しました",
        "今日は家に帰るつもりはございませんので、配達は明日にしてください",
    ],
)
def test_keigo_look_alikes_stay_clear(detector: LexiconDetector, text: str) -> None:
    assert not serious(detector, text), text


# ---------------------- rank flaunted, a job threatened, staff filmed, a scene threatened
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("俺を誰だと思ってるんだ", "pressure_language"),
        ("わたくしを誰だと心得ているんですか", "pressure_language"),
        ("こっちは大株主だからな", "pressure_language"),
        ("専務とは親しいんだぞ", "pressure_language"),
        ("あんたなんかクビにしてやる", "violence_threat"),
        ("本社に報告して、あなたには辞めていただきますから", "violence_threat"),
        ("上に言ってお前なんか左遷させてやるからな", "violence_threat"),
        ("あんたの態度、録画してるからね", "privacy_intrusion"),
        ("店員の顔、撮っといたわ", "privacy_intrusion"),
        ("フルネームを名乗りなさい", "privacy_intrusion"),
        ("大声出してやろうか", "violence_threat"),
        ("ここで大騒ぎにしてやる", "violence_threat"),
    ],
)
def test_leverage_threats_and_filming_get_their_code(
    detector: LexiconDetector, text: str, code: str
) -> None:
    assert code in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "誰だと思ってるの？お母さんだよ",
        "株主なので優待について聞きたいです",
        "社長とは知り合いなので、よろしくお伝えください",
        "上司に報告して、返品の手続きをしてもらえますか",
        "本社に言って、あの商品は販売中止にしてもらいます",
        "顔に傷がついた状態で届いたので、写真を撮りました",
        "スタッフの方に撮影をお願いしたらきれいに撮ってくれました",
        "子供の顔をアップで撮影したいのですが、どのモードがいいですか",
        "フルネームで記入してください",
        "子供が騒ぎますよね、すみません",
        "店内で騒いでいる客がいて不快でした",
    ],
)
def test_their_look_alikes_stay_clear(detector: LexiconDetector, text: str) -> None:
    assert not serious(detector, text), text


# ------------------------------------------------------- Kansai and spoken word order
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("家族にも迷惑かかるかもしれんぞ", "violence_threat"),
        ("次見かけたとき覚えときや", "violence_threat"),
        ("今度会ったとき覚えておきなさい", "violence_threat"),
        ("店長呼んでこんかい", "pressure_language"),
        ("なんぼでも待っとくで、何時間でも待っとるわ", "pressure_language"),
        ("切らないからね、返金するまで", "pressure_language"),
    ],
)
def test_spoken_forms_get_their_code(detector: LexiconDetector, text: str, code: str) -> None:
    assert code in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "次来た時覚えてますか？",
        "この手順、次来たときのために覚えときや",
        "帰らないので、主人が戻るまで預かってください",
        "今日は家に帰らないよ、出張が終わるまで",
    ],
)
def test_spoken_look_alikes_stay_clear(detector: LexiconDetector, text: str) -> None:
    assert not serious(detector, text), text

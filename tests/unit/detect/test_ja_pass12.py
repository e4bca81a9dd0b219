"""Japanese detection, twelfth pass (docs/quality.md): legal action declared not ruled
out (辞さない, 厭わない), a past harm held up after a たら clause, and the rest of the
pass's mechanisms, each with the look-alikes that must stay clear.

Written for these tests, not taken from a corpus.
"""

from __future__ import annotations

import pytest

from mamori.detect.content import LexiconDetector
from unit.detect.support import serious, severity


# ------------------------------------------------------- 訴訟も辞さない, 裁判も厭わん
@pytest.mark.parametrize(
    "text",
    [
        "提訴も辞さないからな",
        "こうなったら告訴も厭わんで",
        "裁判すら辞さない覚悟でおります",
        "さいばんもいとわんからな",
    ],
)
def test_legal_action_not_ruled_out_is_a_threat(detector: LexiconDetector, text: str) -> None:
    assert "legal_threat" in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "あの社長は提訴も辞さない構えの人だと雑誌で読んだ",
        "向こうの弁護士は裁判も厭わないって言ってたらしい",
        "告訴も辞さない強硬な態度の団体が話題になってる",
    ],
)
def test_legal_resolve_told_of_others_is_clear(detector: LexiconDetector, text: str) -> None:
    assert "legal_threat" not in serious(detector, text), text


# ------------------------------------------- 書いたら店潰れた: a precedent, a threat
@pytest.mark.parametrize(
    "text",
    [
        "レビューに書いたらあの店すぐ潰れたで",
        "前にネットに晒したら担当の人クビになったんやで",
        "口コミに書いたらその会社倒産したけどな",
    ],
)
def test_past_harm_after_a_post_is_a_veiled_threat(detector: LexiconDetector, text: str) -> None:
    assert severity(detector, text, "online_defamation_threat") == "medium", text


@pytest.mark.parametrize(
    "text",
    ["レビューに書いたら店長に感謝された", "ネットに載せたらみんな喜んでくれたよ"],
)
def test_own_post_with_a_kind_past_result_is_clear(detector: LexiconDetector, text: str) -> None:
    assert "online_defamation_threat" not in serious(detector, text), text


# ------------------------------------- 「殺すぞ」って感じのキャラ: a villain described
@pytest.mark.parametrize(
    "text",
    [
        "そのアニメの敵、ぶっ殺すぞって感じの役やったな",
        "小説の犯人が「しばいたる」みたいな台詞ばっかり言う",
        "映画のボス、殴るぞって雰囲気の演技がうまかった",
    ],
)
def test_a_threat_quoted_to_describe_a_character_is_clear(
    detector: LexiconDetector, text: str
) -> None:
    assert "violence_threat" not in serious(detector, text), text


@pytest.mark.parametrize("text", ["ぶっ殺すぞ、顔覚えたからな", "お前しばくぞって言うとんねん"])
def test_a_threat_without_a_portrayal_stays(detector: LexiconDetector, text: str) -> None:
    assert "violence_threat" in serious(detector, text), text


# ----------------------------- 今日中に返事なかったら終わりだと思え: deadline + final end
@pytest.mark.parametrize(
    "text",
    [
        "今夜中に返金されへんかったら、もうおしまいやと思っとけ",
        "今月中にお支払いいただけない場合、どうなっても責任は持てません",
        "きょうじゅうにへんじなかったらかくごしとけ",
    ],
)
def test_deadline_with_a_final_consequence_is_pressure(
    detector: LexiconDetector, text: str
) -> None:
    assert "pressure_language" in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "今夜中に返事がなければ、明日こちらから折り返しますね",
        "今月中に届かなかったら、もう終わりだと思って諦めます",
    ],
)
def test_deadline_without_a_consequence_for_the_listener_is_clear(
    detector: LexiconDetector, text: str
) -> None:
    assert "pressure_language" not in serious(detector, text), text


# ------------------------------------------- 本名言え、SNSで探すから: a name to search
@pytest.mark.parametrize(
    "text",
    [
        "実名で名乗れや。インスタで探したるからな",
        "あんたの氏名をちゃんと言って。ネットで検索するから",
        "ほんみょういえよ、ねっとでしらべたる",
    ],
)
def test_a_real_name_wanted_to_search_online_is_intrusion(
    detector: LexiconDetector, text: str
) -> None:
    assert "privacy_intrusion" in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "控えとして、ご対応いただいた方のお名前を伺えますか",
        "注文は氏名で検索していただけますか",
    ],
)
def test_a_name_asked_for_the_record_is_clear(detector: LexiconDetector, text: str) -> None:
    assert "privacy_intrusion" not in serious(detector, text), text


# ------------------------------------ 怪我したくなかったら + an order: harm as condition
@pytest.mark.parametrize(
    "text",
    [
        "怪我したくなければさっさと店長出せや",
        "五体満足でいたければ黙って払え",
        "けがしたくなかったらはよ謝れ",
    ],
)
def test_harm_as_the_condition_of_an_order_is_a_threat(
    detector: LexiconDetector, text: str
) -> None:
    assert "violence_threat" in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "怪我したくなければ保護メガネを着けて使ってください",
        "お子様が怪我しないよう、手の届かない所に置いてください",
    ],
)
def test_safety_advice_is_clear(detector: LexiconDetector, text: str) -> None:
    assert "violence_threat" not in serious(detector, text), text


# --------------------------------------- お詫びに…よこせや: goods demanded as amends
@pytest.mark.parametrize(
    "text",
    [
        "お詫びに年パス五枚よこせや",
        "詫びとしてペアチケットくれや",
        "おわびにしょうひんけんよこさんかい",
    ],
)
def test_goods_demanded_as_amends_are_excessive(detector: LexiconDetector, text: str) -> None:
    assert "excessive_demand" in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    ["お詫びのお品はお気持ちだけで十分です", "年パスを五枚まとめて買いたいんですけど"],
)
def test_amends_declined_or_goods_bought_are_clear(detector: LexiconDetector, text: str) -> None:
    assert "excessive_demand" not in serious(detector, text), text


# ------------------------- 何があっても無償で、という念書: the demand is the service
@pytest.mark.parametrize(
    "text",
    [
        "今後どんな不具合が出ても無料で交換します、と一筆書いてください",
        "一生タダで修理するって誓約書よこせや",
        "いっしょうむりょうでしゅうりするってねんしょかいてや",
    ],
)
def test_a_pledge_of_unlimited_free_service_is_excessive(
    detector: LexiconDetector, text: str
) -> None:
    codes = serious(detector, text)
    assert "excessive_demand" in codes and "apology_demand" not in codes, text


@pytest.mark.parametrize(
    "text", ["誓約書の書式ってどこでもらえますか", "念書のひな形があれば送ってください"]
)
def test_asking_how_a_pledge_is_written_is_clear(detector: LexiconDetector, text: str) -> None:
    assert not serious(detector, text) & {"excessive_demand", "apology_demand"}, text


def test_a_written_apology_demanded_stays_apology(detector: LexiconDetector) -> None:
    assert "apology_demand" in serious(detector, "二度としませんって念書を書け")

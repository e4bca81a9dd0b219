"""Japanese detection, last pass (docs/quality.md): a legal noun used as the
modifier of a compound about risk or handling (訴訟リスク, 訴訟対応) names a
business concern, not an action the writer threatens. Each with the sentences
that must still count.

Written for these tests, not taken from a corpus.
"""

from __future__ import annotations

import pytest

from mamori.detect.content import LexiconDetector
from unit.detect.support import serious


# ------------------------------------------ 訴訟 as the modifier of a risk/handling compound
@pytest.mark.parametrize(
    "text",
    [
        "訴訟リスクについて社内で検討中です。契約書の写しをお送りいただけますか",
        "弊社でも訴訟リスクを洗い出しているところです",
        "うちも訴訟対応で手一杯でさ、見積もりちょっと待ってもらえる？",
        "裁判対応の資料をまとめていただけますか",
        "法的リスクがないか法務で確認してから折り返します",
    ],
)
def test_legal_risk_compound_is_no_threat(detector: LexiconDetector, text: str) -> None:
    assert "legal_threat" not in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "訴訟を起こします",
        "このまま放っとくんやったら訴訟起こすで",
        "訴訟を起こす準備はもうできてますので",
        "訴訟リスクとか知らんわ、訴えたるからな",
        "裁判するぞ",
    ],
)
def test_lawsuit_threat_still_counts(detector: LexiconDetector, text: str) -> None:
    assert "legal_threat" in serious(detector, text), text


# ------------------------------------------- Hakata 〜んね said with nothing before it
@pytest.mark.parametrize(
    "text",
    [
        "謝らんね！",
        "あんたが悪かっちゃけん、謝らんね",
        "店長ば呼んで、ちゃんと謝らんね",
        "客に謝らんね",
    ],
)
def test_bare_hakata_order_demands_an_apology(detector: LexiconDetector, text: str) -> None:
    assert "apology_demand" in serious(detector, text), text


@pytest.mark.parametrize("text", ["はよせんね", "はよせんね、いつまで待たせよっと", "早よせんね！"])
def test_hakata_hurry_up_is_pressure(detector: LexiconDetector, text: str) -> None:
    assert "pressure_language" in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "分からんね",
        "説明書ば読んでもよう分からんね、電話で聞いてよか？",
        "知らんね、そげな話は初めて聞いたばい",
        "ポイントがちょっと足らんね、次の買い物で使います",
        "あの店員はなかなか謝らんね",
        "全然謝らんね",
    ],
)
def test_negative_statement_in_nne_is_no_order(detector: LexiconDetector, text: str) -> None:
    assert not serious(detector, text), text


# ------------------------------- a person in charge asked in keigo to come and explain
@pytest.mark.parametrize(
    "text",
    [
        "責任者の方とご一緒に、当方まで謝罪にいらしてください",
        "上司の方と、こちらまで説明にいらしてください",
        "担当者に来ていただいて、きちんと説明していただきたいです",
        "店長さんと一緒に説明にいらっしゃい",
    ],
)
def test_keigo_summons_to_explain_is_in_person(detector: LexiconDetector, text: str) -> None:
    assert "in_person_demand" in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "またのお越しを心よりお待ちしております",
        "来週の説明会にいらしてください、資料もお渡しします",
        "修理の担当者に来ていただいて、ちゃんと直りました。ありがとう",
        "店長はいらっしゃいますか",
    ],
)
def test_welcome_event_and_repair_visit_are_no_summons(
    detector: LexiconDetector, text: str
) -> None:
    assert "in_person_demand" not in serious(detector, text), text


# ---------------------------- waiting for staff after their shift; intimate picture asks
@pytest.mark.parametrize(
    "text",
    [
        "仕事終わるまで駐車場で待ってるね",
        "バイト終わるまで駐車場で待っとるけん、一緒に帰ろうや",
        "シフト上がるまで駐車場で待ってるね",
    ],
)
def test_waiting_for_staff_after_work_is_privacy(detector: LexiconDetector, text: str) -> None:
    assert "privacy_intrusion" in serious(detector, text), text


@pytest.mark.parametrize(
    "text", ["水着の写真送って", "お姉さんの水着の写真送ってよ、見たいな", "今日のブラ何色？"]
)
def test_intimate_picture_or_underwear_colour_is_sexual(
    detector: LexiconDetector, text: str
) -> None:
    assert "sexual_harassment" in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "駐車場で待ってるので商品を持ってきてください",
        "修理が終わるまで駐車場で待ってますね",
        "サイズが合わなかったので水着の返品をお願いします",
        "水着の写真がサイトと色が違うんですけど",
        "このブラって何色がありますか？",
    ],
)
def test_curbside_repair_wait_and_swimwear_shopping_stay_clear(
    detector: LexiconDetector, text: str
) -> None:
    assert not serious(detector, text), text

"""Japanese detection, blind-set pass (docs/quality.md): ちょうだい and its Nagoya
spellings as requests, a customer's own living costs put on the company, the written
demand forms of business mail (〜すること, 〜されたい, 〜を求める), what staff wear
under their uniform, and one's own post told as a past event or a hoped-for praise.
Each with the look-alikes that must stay clear.

Written for these tests, not taken from a corpus.
"""

from __future__ import annotations

import pytest

from mamori.detect import clauses as cl
from mamori.detect.content import LexiconDetector
from mamori.detect.morph import Analyser
from unit.detect.support import serious


def _frame_at(analyser: Analyser, text: str, lemma: str) -> frozenset[str]:
    toks = analyser.analyse(text).tokens
    head = next(i for i, t in enumerate(toks) if t.lemma == lemma)
    return cl.frame(toks, "ja", head, cl.clause_of(cl.clauses(toks, "ja"), head))


# ------------------------------------------------------ ちょうだい, Nagoya ちょーよ
@pytest.mark.parametrize(
    "text",
    [
        "書類送ってちょうだい",
        "はよ送ってちょーよ",
        "送ってちょーでゃあ",
        "これ送ってちょう",
        "送ってちょ！",
    ],
)
def test_choudai_after_te_is_a_request(analyser: Analyser, text: str) -> None:
    assert cl.REQUEST in _frame_at(analyser, text, "送る"), text


@pytest.mark.parametrize("text", ["送って超うれしかった", "送ってちょっとしたら届いた"])
def test_chou_as_very_is_no_request(analyser: Analyser, text: str) -> None:
    assert cl.REQUEST not in _frame_at(analyser, text, "送る"), text


@pytest.mark.parametrize(
    "text",
    [
        "先月までのガス代も払ってちょーよ",
        "水道代も光熱費もぜんぶ払ってちょーでゃあ",
        "今までの家賃も払ってよ",
        "生活費ぐらいそっちで払ってちょうだい",
        "こっちの食費も全部払ってもらわんと困るわ",
        "せいかつひもやちんもはらってちょうだい",
        "光熱費も払ってほしいんやけど",
    ],
)
def test_living_costs_put_on_the_company_are_excessive(
    detector: LexiconDetector, text: str
) -> None:
    assert "excessive_demand" in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "ガス代の払い方がわからんで教えてちょーよ",
        "荷物まだ来とらんで、はよ送ってちょーよ",
        "家賃も電気代もちゃんと払っとるがね",
        "今月の水道代を払いたいんですが、用紙が届きません",
        "電気代も払ってるのに停電ばかりで困ります",
        "今までの電気代を払ってもらったことはありますか",
        "ガス代も払ってくださいって言われたんですが",
        "慰謝料払えって言われて困っています",
        "家賃も払えないくらい困っているので、早めに返金してください",
    ],
)
def test_own_bills_and_plain_requests_are_no_excessive_demand(
    detector: LexiconDetector, text: str
) -> None:
    assert "excessive_demand" not in serious(detector, text), text


# ------------------------------------------------- written demands: すること, されたい, を求める
@pytest.mark.parametrize(
    "text",
    [
        "一、当方自宅に担当課長が来訪すること。",
        "責任者は至急拙宅を訪問すること。",
        "貴社支店長は当方へ速やかに来訪されたい。",
        "責任者の来社を強く求めます。",
        "支店長のご来訪を要求いたします。",
        "至急ご来訪願います。",
    ],
)
def test_written_visit_demand_is_in_person(detector: LexiconDetector, text: str) -> None:
    assert "in_person_demand" in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "二、対応した社員は当方に謝罪すること。",
        "本件の経緯を説明し、書面で謝罪すること。",
        "謝罪すること、再発防止策を示すこと。",
        "【ご要望】1.謝罪すること 2.返金すること",
    ],
)
def test_written_apology_order_is_apology_demand(detector: LexiconDetector, text: str) -> None:
    assert "apology_demand" in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "ご来訪の際は受付で入館証をお受け取りください",
        "来訪予定のお知らせをありがとうございます",
        "ご来訪をお待ちしております",
        "来月そちらの本社を訪問したいのですが、可能でしょうか",
        "私の趣味は古い城を訪問すること。",
        "修理の訪問日を変更すること、できますか",
        "来訪を求められたので、明日伺います",
        "来訪されたい方は事前にご予約ください",
        "支店長が来訪されたいとのことですが、いつがよろしいですか",
    ],
)
def test_visits_announced_or_ones_own_are_no_demand(detector: LexiconDetector, text: str) -> None:
    assert "in_person_demand" not in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "娘に教えたのは、間違えたら謝罪すること。",
        "間違えたら素直に謝罪すること、それが大人だと思う",
        "謝罪することになりました",
    ],
)
def test_said_of_apologising_is_no_order(detector: LexiconDetector, text: str) -> None:
    assert "apology_demand" not in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    ["確認したいこと。", "困っていること。", "【お問い合わせ内容】注文した品が届かないこと。"],
)
def test_matter_named_before_koto_is_no_order(analyser: Analyser, text: str) -> None:
    toks = analyser.analyse(text).tokens
    cls_ = cl.clauses(toks, "ja")
    assert not any(
        cl.IMPERATIVE in cl.frame(toks, "ja", i, cl.clause_of(cls_, i))
        for i, t in enumerate(toks)
        if t.pos == "VERB"
    ), text


def test_nagoya_apology_request_is_soft_and_chotto_is_not(detector: LexiconDetector) -> None:
    hits = detector.analyse(None, "謝ってちょーよ", "chat").hits
    assert [(h.category.value, h.severity) for h in hits] == [("apology_demand", "low")]
    assert not detector.analyse(None, "謝ってちょっと待ってて", "chat").hits


def test_written_order_is_no_rough_imperative(detector: LexiconDetector) -> None:
    hits = detector.analyse(None, "ご来店の際はマスクを着用すること。", "chat").hits
    assert not [h for h in hits if h.category.value == "pressure_language"]


# ---------------------------------------------------- what staff wear under the uniform
@pytest.mark.parametrize(
    "text",
    [
        "ねえ、その制服の下って何着てるの",
        "店員さん制服の下に何着とるん",
        "お姉さん服の下には何を着ているんですか",
        "せいふくのしたなにきてるの",
    ],
)
def test_asking_what_staff_wear_underneath_is_sexual(detector: LexiconDetector, text: str) -> None:
    assert "sexual_harassment" in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "制服の下に着るインナーは販売していますか",
        "息子が来春から中学なんですが、制服の下に何を着ているか学校に聞いた方がいいですか",
        "このブラウス、下に何を着ればいいですか",
    ],
)
def test_clothes_as_goods_or_a_childs_uniform_are_not_sexual(
    detector: LexiconDetector, text: str
) -> None:
    assert "sexual_harassment" not in serious(detector, text), text


# ------------------------------------------------------- one's own post, told or hoped
@pytest.mark.parametrize(
    "text",
    [
        "買った服をインスタに載せたら友達に褒められました",
        "ツイッターに投稿したらいいねがたくさん付いたよ",
        "このケーキ、インスタに上げたらみんな喜ぶと思う",
        "届いた服インスタに載せたら、めっちゃ褒められた（笑）",
    ],
)
def test_own_post_told_or_hoped_is_no_threat(detector: LexiconDetector, text: str) -> None:
    assert "online_defamation_threat" not in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "この対応、ネットに載せたら炎上するやろな",
        "あんたの態度、インスタに載せとくね",
        "ネットに書いたらええことないで",
        "インスタに載せたら人気落ちるやろな",
    ],
)
def test_post_as_sanction_still_counts(detector: LexiconDetector, text: str) -> None:
    assert "online_defamation_threat" in serious(detector, text), text

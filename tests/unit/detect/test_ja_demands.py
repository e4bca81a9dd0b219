"""Japanese demand mechanisms: the obligation forms as demands (〜てもらわなあかん,
〜ていただかないと困る, 〜てもらわなきゃ, 〜べきやろ, 〜ことを要求いたします) on an excessive
object (several new items, a span of fees waived). The speaker's own obligation
(「自分で確認せなあかん」), a reason (「交換してもらわないと使えない」) and a favour
received (「送ってもらった」) are no demand.

Written for these tests, not taken from a corpus.
"""

from __future__ import annotations

import pytest

from mamori.detect import clauses as cl
from mamori.detect.content import LexiconDetector
from mamori.detect.morph import Analyser
from unit.detect.support import severity


def _frame_at(text: str, lemma: str) -> frozenset[str]:
    a = Analyser().analyse(text)
    toks = a.tokens
    cls = cl.clauses(toks, "ja")
    i = next(k for k, t in enumerate(toks) if t.lemma == lemma)
    return cl.frame(toks, "ja", i, cl.clause_of(cls, i))


# ------------------------------------------------------------------ obligation frames
@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("電池は五本つけてもらわなあかん", "つける"),
        ("今月の分は無料にしてもらわんと困るわ", "無料"),
        ("ちゃんと送ってもらわなきゃ", "送る"),
        ("費用は全部そちらで負担していただかないといけません", "負担"),
        ("送料は向こうが持つべきやろ", "持つ"),
        ("差額を返金していただくことを要求いたします", "返金"),
    ],
)
def test_obligation_addressed_to_the_listener_is_a_request(text: str, lemma: str) -> None:
    f = _frame_at(text, lemma)
    assert cl.REQUEST in f, (text, f)
    assert cl.NEGATED not in f, (text, f)


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("書類は自分で書かなあかん", "書く"),
        ("来週までに振り込まなきゃ", "振り込む"),
        ("付属品を付けるべきではない", "付ける"),
        ("私が払うべきでしょうか", "払う"),
    ],
)
def test_the_speakers_own_obligation_is_no_request(text: str, lemma: str) -> None:
    assert cl.REQUEST not in _frame_at(text, lemma), text


# ------------------------------------------------------------------ excessive objects
@pytest.mark.parametrize(
    "text",
    [
        "手間かけさせたんやから新品四台はつけてもらわなあかんやろ",
        "新しいのを五個届けてもらわないと困ります",
        "被害者はこっちなんだから新品二つ用意するべきでしょ",
        "二年分の保守料は無料にしてもらわんと困るで",
        "迷惑料として三ヶ月分の月額料金を免除していただくことを要求いたします",
        "せめて来年分の年会費くらい無料にしてもらわなきゃ",
    ],
)
def test_excessive_object_in_an_obligation_form(detector: LexiconDetector, text: str) -> None:
    assert severity(detector, text, "excessive_demand") in ("medium", "high"), text


@pytest.mark.parametrize(
    "text",
    [
        "新品を三個注文したので早めに送ってください",
        "新品を二台送ってもらったのにどちらも動きませんでした",
        "二年分無料のキャンペーンはまだ申し込めますか",
        "故障したので交換してもらわないと仕事で使えません",
        "書類は自分で確認せなあかんのですね",
    ],
)
def test_excessive_look_alikes(detector: LexiconDetector, text: str) -> None:
    assert severity(detector, text, "excessive_demand") is None, text


# ------------------------------------------------------------------ keigo visits
@pytest.mark.parametrize(
    "text",
    [
        "支店長にご足労いただき、事情をご説明いただきたいと存じます",
        "ご足労ですが謝罪のため弊宅までいらしてください",
        "部長ご自身がお越しの上ご説明を賜りたく存じます",
    ],
)
def test_person_in_charge_summoned_in_keigo(detector: LexiconDetector, text: str) -> None:
    assert severity(detector, text, "in_person_demand") == "medium", text


@pytest.mark.parametrize(
    "text",
    [
        "技術の方にご足労いただき点検していただけると助かります",
        "先日は店長にご足労いただき、ご説明もいただきました",
        "ご来店いただいた際に説明を受けました",
    ],
)
def test_keigo_visit_look_alikes(detector: LexiconDetector, text: str) -> None:
    assert severity(detector, text, "in_person_demand") is None, text


# ------------------------------------------------------------------ asking staff out
@pytest.mark.parametrize(
    "text",
    ["電話のお姉さんを今度ご飯に誘ってもええ?", "受付の方をお茶にお誘いしてもよろしいでしょうか"],
)
def test_asking_staff_out_is_an_advance(detector: LexiconDetector, text: str) -> None:
    assert severity(detector, text, "sexual_harassment") == "medium", text


@pytest.mark.parametrize(
    "text",
    [
        "家族を食事に誘ったので予約をお願いします",
        "同僚を飲みに誘うお店を探しています",
        "会社の忘年会で食事に誘われたので日程を変えたい",
    ],
)
def test_invitation_look_alikes(detector: LexiconDetector, text: str) -> None:
    assert severity(detector, text, "sexual_harassment") is None, text


# ------------------------------------------------------------------ a named person's punishment
@pytest.mark.parametrize(
    "text", ["鈴木さんの件ですけど、処分はされたんでしょうね", "山本さん、処分もしないつもりですか"]
)
def test_checking_a_named_persons_punishment(detector: LexiconDetector, text: str) -> None:
    assert severity(detector, text, "staff_naming") == "medium", text


@pytest.mark.parametrize(
    "text", ["鈴木さんに丁寧に対応していただきました", "山本さんはもう退職されたのですか"]
)
def test_named_person_look_alikes(detector: LexiconDetector, text: str) -> None:
    assert severity(detector, text, "staff_naming") is None, text


def test_disposing_of_a_thing_is_no_punishment(detector: LexiconDetector) -> None:
    text = "鈴木さんに不用品の処分もしてもらえますか"
    assert severity(detector, text, "staff_naming") is None, text

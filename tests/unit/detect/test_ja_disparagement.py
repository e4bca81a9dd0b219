"""Japanese disparagement without an insult word, and two look-alike classes (sixth JA
pass, docs/quality.md): accusing someone of malice, taunting them as caught out,
denying them what they are taken for, belittling them by a sheltered upbringing,
telling them their clothes or hair do not suit them, dismissing them for their gender; a
danger one must not underestimate (舐める with a hazard as its object) and a call for
more people to come forward (出てこい with an adverb of more and more arrivals).

Each class has positives in several registers, said by a customer to or about staff,
and look-alikes that must stay clear. Written for these tests, not taken from a corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mamori.detect.content import LexiconDetector
from mamori.detect.match import TokenLexicon
from mamori.detect.morph import Analyser
from mamori.detect.rules import LexiconError
from unit.detect.support import severity


# ------------------------------------------------------------------ malice
@pytest.mark.parametrize(
    "text",
    [
        "オペレーターの返答に悪意しか感じません",
        "お宅の担当、わざと嫌がらせしとるとしか思えんわ",
        "その言い方は悪意丸出しだよね",
        "あの人の態度に悪意を感じる",
    ],
)
def test_accusing_someone_of_malice_is_disparagement(detector: LexiconDetector, text: str) -> None:
    assert severity(detector, text, "abusive_language") == "low", text


@pytest.mark.parametrize(
    "text",
    [
        "悪意のあるサイトに誘導されないか心配です",
        "悪意はありませんでした、間違えて注文しただけです",
        "担当の方に悪意は感じませんでしたが、説明が足りなかったと思います",
    ],
)
def test_malice_look_alikes(detector: LexiconDetector, text: str) -> None:
    assert severity(detector, text, "abusive_language") is None, text


# ------------------------------------------------------------------ taunts
@pytest.mark.parametrize(
    "text", ["図星か、だんまりかよ", "図星やろ、何も言えへんのか", "図星つかれて言い返せないんだろ"]
)
def test_taunting_someone_as_caught_out(detector: LexiconDetector, text: str) -> None:
    assert severity(detector, text, "abusive_language") == "low", text


@pytest.mark.parametrize(
    "text", ["図星です、保証書をなくしてしまいました", "ご指摘が図星で恥ずかしいです"]
)
def test_admitting_being_caught_out_is_no_taunt(detector: LexiconDetector, text: str) -> None:
    assert severity(detector, text, "abusive_language") is None, text


# ------------------------------------------------------------------ status denied
@pytest.mark.parametrize(
    "text",
    [
        "正直あんたを担当者として認めてへんから",
        "窓口のあの人、大人として見られないわ",
        "そちらの社員を専門家としては思っておりません",
    ],
)
def test_denying_someone_what_they_are_taken_for(detector: LexiconDetector, text: str) -> None:
    assert severity(detector, text, "abusive_language") == "low", text


@pytest.mark.parametrize(
    "text",
    [
        "客として扱われていない気がして悲しかったです",
        "私を一人の人間として見てほしいだけです",
        "私を人として見ていないような対応でした",
        "贈り物用としては考えていないので、簡易包装でお願いします",
    ],
)
def test_status_look_alikes(detector: LexiconDetector, text: str) -> None:
    assert severity(detector, text, "abusive_language") is None, text


# ------------------------------------------------------------------ upbringing
@pytest.mark.parametrize(
    "text", ["どうせ苦労知らずのボンボンやろ", "親の七光りで入ったんか", "温室育ちには分からんよな"]
)
def test_belittling_someone_by_a_sheltered_upbringing(detector: LexiconDetector, text: str) -> None:
    assert severity(detector, text, "abusive_language") == "low", text


@pytest.mark.parametrize(
    "text",
    [
        "ウイスキーボンボンの賞味期限を教えてください",
        "ボンボン付きの手袋を注文しました",
        "世間知らずで申し訳ないのですが、手続きの方法を教えてください",
    ],
)
def test_upbringing_look_alikes(detector: LexiconDetector, text: str) -> None:
    assert severity(detector, text, "abusive_language") is None, text


# ------------------------------------------------------------------ looks: not suiting
@pytest.mark.parametrize(
    "text",
    [
        "あんたその髪型似合ってないよ",
        "担当さんのネクタイ似合うてへんで",
        "そのスーツ全然似合ってませんね",
    ],
)
def test_telling_someone_their_clothes_do_not_suit_them(
    detector: LexiconDetector, text: str
) -> None:
    assert severity(detector, text, "abusive_language") == "low", text


@pytest.mark.parametrize(
    "text",
    [
        "この服は私には似合わないので、交換をお願いします",
        "息子の制服が似合わないと本人が言うので返品できますか",
        "店員さんに髪型が似合ってないと言われて傷つきました",
        "その帽子、よく似合ってますね",
    ],
)
def test_not_suiting_look_alikes(detector: LexiconDetector, text: str) -> None:
    assert severity(detector, text, "abusive_language") is None, text


# ------------------------------------------------------------------ gender
@pytest.mark.parametrize(
    "text",
    ["男じゃ話にならへん、女の人に代わって", "女性では話になりません", "男なんぞに何が分かるの"],
)
def test_dismissing_someone_for_their_gender(detector: LexiconDetector, text: str) -> None:
    assert severity(detector, text, "abusive_language") is not None, text


@pytest.mark.parametrize(
    "text",
    [
        "男性用では話にならないほど大きいので、女性用に交換してください",
        "女の子なんかは特にピンクを選びますね",
        "私は女なので、男性の担当者だと話しにくいです",
    ],
)
def test_gender_look_alikes(detector: LexiconDetector, text: str) -> None:
    assert severity(detector, text, "abusive_language") is None, text


# ------------------------------------------------------------------ 舐める a danger
@pytest.mark.parametrize(
    "text",
    ["包丁なめんなよ、指切るで", "冬山を舐めるな、装備は万全に", "インフルエンザを舐めないでね"],
)
def test_underestimating_a_danger_is_a_warning(detector: LexiconDetector, text: str) -> None:
    assert severity(detector, text, "abusive_language") is None, text


@pytest.mark.parametrize(
    "text",
    [
        "客舐めんなよ",
        "お前なめとんのか",
        "こっちを舐めるなよ",
        "電気屋の店員が客なめとんのか",
        "中山は客舐めてんのか",
    ],
)
def test_mocking_the_listener_stays_medium(detector: LexiconDetector, text: str) -> None:
    assert severity(detector, text, "abusive_language") == "medium", text


# ------------------------------------------------------------------ 出てこい
@pytest.mark.parametrize(
    "text", ["新人どんどん出てこい、業界が若返るぞ", "面白い作家さん次々出てこいって思う"]
)
def test_calling_for_more_people_to_emerge_is_no_visit_demand(
    detector: LexiconDetector, text: str
) -> None:
    assert severity(detector, text, "in_person_demand") is None, text


@pytest.mark.parametrize(
    "text", ["責任者出てこい", "店長今すぐ出て来いや", "呼んだらもっと早く出てこいよ"]
)
def test_summoning_a_person_stays_a_visit_demand(detector: LexiconDetector, text: str) -> None:
    assert severity(detector, text, "in_person_demand") is not None, text


# ------------------------------------------------------------------ loader
def test_unless_may_name_a_slot(tmp_path: Path) -> None:
    analyser = Analyser()
    body = """
slots:
  SWEET_JA: [飴, ガム]
entries:
  - id: t.lick
    category: abusive_language
    patterns: ["舐める"]
    unless: ["{SWEET_JA}"]
"""
    (tmp_path / "x.yaml").write_text(body, "utf-8")
    lex = TokenLexicon.load([tmp_path], analyser)
    assert lex.match(analyser.analyse("客を舐めてる")) != []
    assert lex.match(analyser.analyse("ガムを舐めてる")) == []
    (tmp_path / "x.yaml").write_text(body.replace("{SWEET_JA}", "{NO_SUCH}"), "utf-8")
    with pytest.raises(LexiconError, match="unknown slot"):
        TokenLexicon.load([tmp_path], analyser)


# ------------------------------------------------------------------ な after the past
@pytest.mark.parametrize(
    "text", ["やっと黙ったな", "スマホの電池また死んだな", "あの店もう潰れたな"]
)
def test_na_after_the_past_exclaims_and_forbids_nothing(
    detector: LexiconDetector, text: str
) -> None:
    assert severity(detector, text, "abusive_language") is None, text


@pytest.mark.parametrize("text", ["黙るな", "ふざけるなよ"])
def test_na_after_the_plain_form_still_forbids(detector: LexiconDetector, text: str) -> None:
    assert severity(detector, text, "abusive_language") == "medium", text

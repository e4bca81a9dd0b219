"""Japanese detection, tenth pass (docs/quality.md): spoken contractions of the
prohibitive, Tohoku directional さ and voiced verb endings, むかつく said of the
listener's conduct inside a longer message, sitting in until staff give in, and
contempt for staff by their gender. Each with the benign sentences that look like it.

Written for these tests, not taken from a corpus.
"""

from __future__ import annotations

import pytest

from mamori.detect.content import LexiconDetector
from mamori.detect.morph import Analyser
from unit.detect.support import serious


# ------------------------------------------------ る said as ん before the prohibitive な
@pytest.mark.parametrize(
    "text",
    [
        "黙んな",
        "黙んなよ、客に口答えすんな",
        "調子乗んなや",
        "お前ほんま調子乗んなや",
        "調子乗るなよ",
        "黙るなや",
        "調子に乗るなや",
        "ざけんなよ",
        "まじざけんじゃねーよ",
    ],
)
def test_contracted_prohibitive_is_abuse(detector: LexiconDetector, text: str) -> None:
    assert "abusive_language" in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "ほんまに無理すんなや、体大事にしいや",
        "きにすんなよ こっちのみすだし",
        "電車乗んなら切符買うてな",
        "今日はバス乗んないの？",
        "そんなんないわ、みんなやで",
        "ちょっと調子乗りすぎたかな",
    ],
)
def test_contraction_look_alikes_are_not(detector: LexiconDetector, text: str) -> None:
    assert "abusive_language" not in serious(detector, text), text


def test_naya_after_a_verb_is_two_particles() -> None:
    toks = Analyser().analyse("黙るなや").tokens
    assert [(t.surface, t.pos2) for t in toks[1:]] == [("な", "終助詞"), ("や", "終助詞")]


# ------------------------------------------------------ contempt for staff by their gender
@pytest.mark.parametrize(
    "text",
    [
        "男のくせに",
        "男のくせに細かいこと言うな",
        "あんた男のくせに頼りないな",
        "お前男のくせして情けないな",
        "男の分際で偉そうにすんなや",
    ],
)
def test_gender_contempt_aimed_at_staff_is_medium(detector: LexiconDetector, text: str) -> None:
    assert "abusive_language" in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "女のくせにと言われた経験があります",
        "男のくせに泣くなって昔親に言われてた",
        "私、女の分際でって言われて育ったんです",
        "おれ男のくせに甘いもん好きなんよ",
        "男のくせにって言う人いるけど古いよね",
        "うちの息子、男のくせに料理がうまいんです",
        "男の癖になってる仕草",
    ],
)
def test_gender_words_quoted_or_about_oneself_are_not(detector: LexiconDetector, text: str) -> None:
    assert "abusive_language" not in serious(detector, text), text


def test_final_na_after_a_verb_is_a_particle() -> None:
    toks = Analyser().analyse("細かいこと言うな").tokens
    assert (toks[-1].surface, toks[-1].pos2) == ("な", "終助詞")


# ------------------------------------------- むかつく said of the listener in a longer message
@pytest.mark.parametrize(
    "text",
    [
        "もうほんまむかつくわ、はよ返事してや",
        "まじむかつく、早く返金しろ",
        "対応遅すぎてむかつくねん",
        "その言い方むかつくわ",
        "御社の対応まじむかつく、ちゃんとしてください",
    ],
)
def test_annoyance_at_the_listener_is_aimed(detector: LexiconDetector, text: str) -> None:
    assert "abusive_language" in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "この商品すぐ壊れてほんまむかついたわ",
        "隣の客がずっと大声でむかつくねん",
        "自分のミスにむかつくわ、確認しとけばよかった",
        "配達員の態度がむかつく、御社から言うといて",
        "この商品の説明書むかつくわ",
        "もうむかつくわ、雨ばっかりで",
        "ほんまむかつく、上司に怒られたし",
        "ほんまむかつくわ、弟がゲーム返してくれへん",
    ],
)
def test_annoyance_at_others_or_oneself_is_not(detector: LexiconDetector, text: str) -> None:
    assert "abusive_language" not in serious(detector, text), text


# ------------------------------------------------------------- sitting in until staff give in
@pytest.mark.parametrize(
    "text",
    [
        "責任者が来るまで、ここで待たせてもらいます",
        "店長が戻ってくるまでここで待たせてもらうで",
        "せきにんしゃがくるまでここでまたせてもらうからな",
        "誠意あるご回答をいただけるまで、こちらで待たせていただきます",
        "返事があるまで帰らへん",
    ],
)
def test_sitting_in_for_someone_in_charge_is_pressure(detector: LexiconDetector, text: str) -> None:
    assert "pressure_language" in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "修理が終わるまで、待合室で待たせてもらいますね",
        "雨が止むまでちょっと軒先で待たせてもらってもええですか",
        "順番が来るまでここで待たせてもらいます",
        "子供の迎えが来るまで、ロビーで待たせていただけますか",
        "店長が戻るまで待たせてもらうことってできますか？",
    ],
)
def test_waiting_for_a_service_or_asking_to_is_not(detector: LexiconDetector, text: str) -> None:
    assert "pressure_language" not in serious(detector, text), text


# ------------------------------------------- Tohoku: directional さ, voiced 行ぐ and がら
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("おめぇの店さ行ぐがらな、首洗って待ってろ", "in_person_demand"),
        ("謝りさ来い、今すぐだ", "in_person_demand"),
        ("謝りさ来い、今すぐだ", "apology_demand"),
        ("今がら家さ来い 話はそれからだ", "in_person_demand"),
        ("すぐうちさこい、あやまれ", "in_person_demand"),
        ("電話じゃわがんね、責任者がこっちさ来い", "in_person_demand"),
        ("明日ぶん殴りさ行ぐがらな", "violence_threat"),
    ],
)
def test_tohoku_visit_demands_and_threats_match(
    detector: LexiconDetector, text: str, code: str
) -> None:
    assert code in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "明日病院さ行ぐがら、電話は夕方にしてけろ",
        "孫が遊びさ来るんだ、楽しみだべ",
        "会社さ行ぐ途中で受け取るがら、コンビニ受け取りにしてけろ",
        "あしたびょういんさいぐがら でんわはゆうがたにしてけろ",
    ],
)
def test_tohoku_errands_are_not(detector: LexiconDetector, text: str) -> None:
    assert not serious(detector, text), text


@pytest.mark.parametrize(
    ("text", "standard"),
    [
        ("店さ行ぐがらな", "店に行くからな"),
        ("謝りさ来い", "謝りに来い"),
        ("今がら", "今から"),
        ("急ぐから", "急ぐから"),  # a verb in ぐ as written
        ("食べながら", "食べながら"),
        ("この速さ来るとは", "この速さ来るとは"),  # さ of a noun, no particle read
    ],
)
def test_tohoku_respelling(text: str, standard: str) -> None:
    assert Analyser().standard(text) == standard


# ----------------------------------------------------- しね: 死ね, or する negated
@pytest.mark.parametrize("text", ["お前しねよ", "店員しねよ", "まじしねや", "ほんましね", "しねよ"])
def test_shine_to_a_person_is_abuse(detector: LexiconDetector, text: str) -> None:
    assert "abusive_language" in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "そんなことしねーよ、心配すんなって",
        "もう電話しねーよ",
        "もう二度と買い物しねえよこんな店",
    ],
)
def test_shine_after_a_thing_is_suru_negated(detector: LexiconDetector, text: str) -> None:
    assert "abusive_language" not in serious(detector, text), text

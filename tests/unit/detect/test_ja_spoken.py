"""Japanese written as it is spoken (eighth pass, docs/quality.md): adjectives with
ai/oi/ui → ee (「うぜー」), words drawn out (「死ねぇぇ」), verbs and adjectives in
katakana the dictionary does not know (「キエロ」), and the Nagoya request 〜りゃあ
against the condition 〜りゃ (= 〜れば).

Written for these tests, not taken from a corpus.
"""

from __future__ import annotations

import pytest

from mamori.detect.content import LexiconDetector
from mamori.detect.morph import ADJ, VERB, Analyser
from unit.detect.support import serious, severity


# ------------------------------------------------------------------ ai/oi/ui → ee
@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("うぜー", "うざい"),
        ("うぜぇ", "うざい"),
        ("ウゼー", "うざい"),
        ("きめー", "きもい"),
        ("キメーんだよ", "きもい"),
        ("ダセーな", "ださい"),
        ("お前まじでうぜぇな", "うざい"),
    ],
)
def test_a_spoken_ee_adjective_is_read_as_the_adjective(
    analyser: Analyser, text: str, lemma: str
) -> None:
    toks = analyser.analyse(text).tokens
    assert any(t.pos == ADJ and t.lemma == lemma for t in toks), [t.surface for t in toks]


@pytest.mark.parametrize("text", ["うぜー", "ウゼーな", "きめーんだよ", "ほんまうぜーわこの店員"])
def test_a_spoken_ee_insult_is_found(detector: LexiconDetector, text: str) -> None:
    # The surface pre-filter must let the spoken stem through, too (うぜ, きめ).
    assert severity(detector, text, "abusive_language") is not None, text


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        # 出せ drawn out is as likely as ださい after an object: the order stays.
        ("責任者だせー", "出す"),
        ("だせー", "出す"),
        # Spoken forms the dictionary knows are read as before.
        ("知らねーよ", "ない"),
        ("わかんねー", "ない"),
        ("すげー", "凄い"),
    ],
)
def test_other_ee_spellings_keep_their_reading(analyser: Analyser, text: str, lemma: str) -> None:
    assert lemma in [t.lemma for t in analyser.analyse(text).tokens]


@pytest.mark.parametrize(
    ("text", "lemma"),
    [("おめえ", "御前"), ("おめーよ", "御前"), ("ねえちゃん", "姉ちゃん")],
)
def test_a_known_word_with_a_long_e_is_no_adjective(
    analyser: Analyser, text: str, lemma: str
) -> None:
    # 「おめえ」 is お前 spoken, not 重い (おもい) with oi → ee.
    toks = analyser.analyse(text).tokens
    assert toks[0].lemma == lemma and not any(t.pos == ADJ for t in toks)


def test_you_spoken_does_not_make_think_rude(detector: LexiconDetector) -> None:
    # The lexicon's おめえ read as 重い made おもい (思い) a rude "you".
    assert not detector.analyse(None, "来週になるかとおもいます", "chat").hits


@pytest.mark.parametrize("text", ["このラーメンまじうめー！また来ます", "すげーー助かりました"])
def test_praise_in_ee_stays_clear(detector: LexiconDetector, text: str) -> None:
    assert not serious(detector, text)


def test_positions_map_back_to_the_text_as_written(analyser: Analyser) -> None:
    a = analyser.analyse("お前うぜーよ")
    adj = next(t for t in a.tokens if t.pos == ADJ)
    assert a.text[adj.start : adj.end] == "うぜー"
    assert [a.text[t.start : t.end] for t in a.tokens][-1] == "よ"


# ------------------------------------------------------------------ drawn out
@pytest.mark.parametrize(
    ("text", "lemma"),
    [("死ねぇぇ", "死ぬ"), ("謝れやーー", "謝る"), ("消えろぉぉ", "消える")],
)
def test_a_drawn_out_word_is_read_as_the_word(analyser: Analyser, text: str, lemma: str) -> None:
    toks = analyser.analyse(text).tokens
    assert toks[0].pos == VERB and toks[0].lemma == lemma
    assert all(t.surface not in ("ぇ", "ぉ", "ー", "ーー") for t in toks), [t.surface for t in toks]


def test_a_small_vowel_that_does_not_repeat_the_vowel_is_kept() -> None:
    from mamori.detect.text.spoken import drawn_out

    assert drawn_out("ふぁ") == []  # ぁ after ふ (u) is a spelling, not a lengthening
    assert [(e.start, e.end) for e in drawn_out("死ねぇぇ")] == [(2, 4)]
    assert drawn_out("コーヒー") == []  # a katakana word's own long vowel


@pytest.mark.parametrize("text", ["ねぇぇ、これ在庫ありますかぁ", "ありがとうございましたーー"])
def test_drawn_out_chat_stays_clear(detector: LexiconDetector, text: str) -> None:
    assert not serious(detector, text)


# ------------------------------------------------------------------ katakana words
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("キエロ", "abusive_language"),
        ("ウザーイ", "abusive_language"),
        ("キショい", "abusive_language"),
        ("アヤマレ", "apology_demand"),
    ],
)
def test_an_unknown_katakana_verb_or_adjective_is_read_in_hiragana(
    detector: LexiconDetector, text: str, code: str
) -> None:
    assert severity(detector, text, code) is not None, text


def test_the_katakana_words_are_unknown_to_the_dictionary(analyser: Analyser) -> None:
    # The premise: as written, these are guessed nouns.
    from sudachipy import Dictionary, SplitMode

    tok = Dictionary(dict="core").tokenizer(mode=SplitMode.C)
    assert all(tok.tokenize(w)[0].is_oov() for w in ("キエロ", "ウザーイ", "キショい"))


@pytest.mark.parametrize(
    "text",
    [
        # A katakana word that takes a particle is a name: a brand, a product.
        "キエロというブランドのバッグはありますか",
        "キエロの在庫を確認してください",
        # Katakana the dictionary knows is read as written.
        "コーヒーをください",
    ],
)
def test_katakana_names_stay_clear(detector: LexiconDetector, text: str) -> None:
    assert not serious(detector, text)


# ------------------------------------------------------------------ 〜りゃ
@pytest.mark.parametrize(
    "text",
    [
        "謝りゃいいってもんじゃない",
        "謝りゃええんだろ",
        "こっちが謝りゃええんやろ、わかったわ",
        "言ってくれりゃ謝ったのに",
        "謝りゃ",
    ],
)
def test_the_contracted_condition_is_no_order(detector: LexiconDetector, text: str) -> None:
    # 〜りゃ = 〜れば: "if (I) apologise", not "apologise!".
    assert severity(detector, text, "apology_demand") is None, text


@pytest.mark.parametrize(
    "text",
    ["はよ謝りゃあ", "ええからはよ謝りゃー", "謝りゃあよ", "今すぐ謝りやあ", "ちゃんと謝りやあ！"],
)
def test_the_nagoya_request_is_an_order(detector: LexiconDetector, text: str) -> None:
    assert severity(detector, text, "apology_demand") is not None, text


# ------------------------------------------------------------------ kana predicates
def test_the_misread_predicate_split_is_the_analysers(analyser: Analyser) -> None:
    # The premise: むかつく is cut as むか + つくねん (a word for "idly") before ねん.
    assert [t.surface for t in analyser.analyse("むかつくねん").tokens] == ["むか", "つくねん"]


@pytest.mark.parametrize("text", ["むかつくねん", "むかつくねん！", "むかつくねんアンタ"])
def test_a_kana_verb_the_analyser_splits_is_read_by_its_reading(
    detector: LexiconDetector, text: str
) -> None:
    assert severity(detector, text, "abusive_language") is not None, text


@pytest.mark.parametrize(
    "text", ["子どもがつくねんと座っています", "つくねんと一人で待っていました"]
)
def test_the_word_for_idly_stays_clear(detector: LexiconDetector, text: str) -> None:
    assert not detector.analyse(None, text, "chat").hits


# ------------------------------------------------------------------ Hakata 〜んね
@pytest.mark.parametrize(
    "text", ["はよ謝らんね", "早よ謝らんね", "さっさと謝らんね、あんた", "とっとと謝らんね"]
)
def test_the_hakata_order_after_an_urging_adverb(detector: LexiconDetector, text: str) -> None:
    assert severity(detector, text, "apology_demand") is not None, text


@pytest.mark.parametrize(
    "text",
    [
        "全然謝らんね",
        "あの店員はなかなか謝らんね",
        "うちの子は叱っても全然謝らんね",
        # はよ inside other words (では + よろしく) urges nothing.
        "それではよろしく謝らんね",
    ],
)
def test_not_apologising_said_of_someone_is_no_order(detector: LexiconDetector, text: str) -> None:
    assert severity(detector, text, "apology_demand") is None, text

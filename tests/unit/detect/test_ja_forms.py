"""Japanese mechanism defects of the seventh pass (docs/quality.md): a listed noun
written in kana that the analyser mis-splits, a prohibitive of a wish of death or
ruin, and an ``unless`` word the analyser splits.

Written for these tests, not taken from a corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mamori.detect.content import LexiconDetector
from mamori.detect.match import TokenLexicon
from mamori.detect.morph import Analyser
from unit.detect.support import severity


# ------------------------------------------------------------------ kana mis-split
@pytest.mark.parametrize(
    ("text", "code"),
    [
        # 図星 = ずぼし, read as ずぼ (an adverb) + しか (a particle) or + し (する).
        ("ずぼしかよ", "abusive_language"),
        ("ずぼしやろ", "abusive_language"),
        ("ずぼしをつかれてだまりこんだな", "abusive_language"),
        # 奴隷 = どれい, read as どれ (an interjection) + いやん.
        ("どれいやん", "abusive_language"),
        # 童貞 = どうてい, read as どう + ていか (a name).
        ("あんたどうていかよ", "sexual_harassment"),
    ],
)
def test_a_kana_word_the_analyser_splits_is_read_by_its_reading(
    analyser: Analyser, detector: LexiconDetector, text: str, code: str
) -> None:
    assert severity(detector, text, code) is not None, text


def test_the_misread_split_is_the_analysers() -> None:
    # The premise of the test above: the analyser does cut these words apart.
    analyser = Analyser()
    assert [t.surface for t in analyser.analyse("ずぼしかよ").tokens] == ["ずぼ", "しか", "よ"]
    assert [t.surface for t in analyser.analyse("どれいやん").tokens] == ["どれ", "いやん"]


@pytest.mark.parametrize(
    "text",
    [
        # どうしていいか mistyped: 童貞 would need a content word (いか) after a noun.
        "どうていいかわからない",
        # 男子しかいない: the word is re-read, but no entry takes it alone.
        "だんしかいないクラスです",
        # A heron (さぎ) is a word the dictionary knows: taken as written.
        "さぎしかいない池",
        # The speaker's own admission stays clear, as for 図星 in kanji.
        "ずぼしです",
    ],
)
def test_kana_look_alikes_stay_clear(detector: LexiconDetector, text: str) -> None:
    hits = list(detector.analyse(None, text, "chat").hits)
    assert hits == [], (text, hits)


# ------------------------------------------------------------------ prohibitive
@pytest.mark.parametrize(
    "text",
    ["死ぬな", "絶対に死ぬなよ", "辞めるなよ、みんな待ってるから", "お店潰れるなよ、応援してる"],
)
def test_forbidding_death_or_ruin_wishes_no_harm(detector: LexiconDetector, text: str) -> None:
    assert severity(detector, text, "abusive_language") is None, text


@pytest.mark.parametrize(
    "text", ["死ね", "お前なんか死んでしまえ", "さっさと辞めろ", "こんな店潰れろ", "死んでくれ"]
)
def test_wishing_death_or_ruin_still_fires(detector: LexiconDetector, text: str) -> None:
    assert severity(detector, text, "abusive_language") == "medium", text


@pytest.mark.parametrize("text", ["黙るな", "ふざけるなよ", "ふざけんな"])
def test_a_hostile_prohibitive_still_fires(detector: LexiconDetector, text: str) -> None:
    assert severity(detector, text, "abusive_language") == "medium", text


# ------------------------------------------------------------------ unless as a run
_BODY = """
entries:
  - id: t.dig
    category: abusive_language
    patterns: ["掘る"]
    unless: [土下座]
  - id: t.send
    category: sexual_harassment
    patterns: ["nudes"]
    unless: [suck at]
"""


def test_a_split_unless_word_cancels_only_as_a_whole(tmp_path: Path, analyser: Analyser) -> None:
    (tmp_path / "x.yaml").write_text(_BODY, "utf-8")
    lex = TokenLexicon.load([tmp_path], analyser)
    # 土下座 is analysed as 土 + 下座: 土 alone (soil) is another word.
    assert [t.surface for t in analyser.words("土下座")] == ["土", "下座"]
    assert [h.entry.id for h in lex.match(analyser.analyse("土を掘る"))] == ["t.dig"]
    assert lex.match(analyser.analyse("土下座して穴を掘る")) == []
    # "at" alone is no "suck at".
    assert [h.entry.id for h in lex.match(analyser.analyse("send nudes at night"))] == ["t.send"]
    assert lex.match(analyser.analyse("i suck at sending nudes")) == []


# ------------------------------------------------------------------ a conceded intention
# With 良かった as a run (above), a past clause no longer cancels ja.w.defame by its た;
# an intention the speaker had and gave up is read as past by its own frame instead.
@pytest.mark.parametrize(
    "text",
    [
        "レビューを書こうと思ったのですが、書き方がわかりません",
        "訴えようと思ったけど、やめておきます",
        "口コミに書こうと思ったんですが時間がなくて",
    ],
)
def test_a_conceded_intention_is_no_threat(detector: LexiconDetector, text: str) -> None:
    hits = [h for h in detector.analyse(None, text, "chat").hits if h.severity != "low"]
    assert hits == [], (text, hits)


@pytest.mark.parametrize("text", ["訴えようと思いました", "口コミに書こうと思います"])
def test_an_intention_still_threatens(detector: LexiconDetector, text: str) -> None:
    hits = [h for h in detector.analyse(None, text, "chat").hits if h.severity != "low"]
    assert hits != [], text


def test_a_split_slot_word_matches_only_as_a_whole(tmp_path: Path, analyser: Analyser) -> None:
    body = """
slots:
  UGLY_JA: [気持ち悪い, 醜い]
entries:
  - id: t.face
    category: abusive_language
    patterns: ["顔 が {UGLY_JA}"]
"""
    (tmp_path / "x.yaml").write_text(body, "utf-8")
    lex = TokenLexicon.load([tmp_path], analyser)
    assert [t.surface for t in analyser.words("気持ち悪い")] == ["気持ち", "悪い"]
    assert [h.entry.id for h in lex.match(analyser.analyse("顔が気持ち悪い"))] == ["t.face"]
    assert [h.entry.id for h in lex.match(analyser.analyse("顔が醜い"))] == ["t.face"]
    # 気持ち alone is no 気持ち悪い.
    assert lex.match(analyser.analyse("顔が気持ちいい")) == []


# ------------------------------------------------------------------ これだから + a group
@pytest.mark.parametrize(
    "text",
    [
        "これだからおばさんは",
        "ほんまこれやから若造はあかんわ",
        "これだから派遣は使えないんだよ",
        "だから素人は困るって言ってんの",
        "これだから年寄りは。",
    ],
)
def test_this_is_why_a_group_is_contempt(detector: LexiconDetector, text: str) -> None:
    assert severity(detector, text, "abusive_language") == "low", text


@pytest.mark.parametrize(
    "text",
    [
        "これだから冬は好きなんです",
        "だから男性は二階の更衣室をお使いください",
        "これだから新人さんにも分かりやすい説明書が必要なんですね",
        "学生だから割引がききますか",
    ],
)
def test_this_is_why_look_alikes(detector: LexiconDetector, text: str) -> None:
    assert severity(detector, text, "abusive_language") is None, text


def test_this_is_why_stays_in_one_clause(analyser: Analyser) -> None:
    from mamori.detect import clauses as cl

    toks = analyser.analyse("これだから新人は").tokens
    assert len(cl.clauses(toks, "ja")) == 1
    # A clause of content before から still ends there.
    toks = analyser.analyse("雨だから傘を持っていく").tokens
    assert len(cl.clauses(toks, "ja")) == 2


@pytest.mark.parametrize("text", ["旅行ではアクティビティもしたいな", "一度行ってみたいな"])
def test_a_wish_ending_in_na_forbids_nothing(detector: LexiconDetector, text: str) -> None:
    assert detector.analyse(None, text, "chat").hits == (), text


# ------------------------------------------------------------------ gender + what is said
@pytest.mark.parametrize(
    "text",
    [
        "女の愚痴とかまじうざいわ",
        "男の屁理屈なんかくだらない",
        "女の説明は意味不明なんだよ",
        "おなごのながったらしい話はええから",
        "女の理屈はわけわからない",
    ],
)
def test_dismissing_what_someone_says_by_gender(detector: LexiconDetector, text: str) -> None:
    assert severity(detector, text, "abusive_language") is not None, text


@pytest.mark.parametrize(
    "text",
    [
        "女性の担当者の説明がとても丁寧でした",
        "男性の意見も長い目で見て取り入れたいと思います",
        "女子の話し合いで決まったことを教えてください",
        "女性用の説明書が長いので短くしてほしいです",
    ],
)
def test_gender_and_talk_look_alikes(detector: LexiconDetector, text: str) -> None:
    assert severity(detector, text, "abusive_language") is None, text

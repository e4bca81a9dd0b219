"""Latent faults earlier passes left: a word hit of one sentence must not swallow
another sentence's hit of a different code because their sentence-relative offsets
happen to nest.

Written for these tests, not taken from a corpus.
"""

from __future__ import annotations

import pytest

from mamori.detect.content import LexiconDetector
from mamori.detect.morph import Analyser
from unit.detect.support import severity


def _codes(det: LexiconDetector, text: str) -> set[str]:
    return {h.category.value for h in det.analyse_uncached(None, text, "chat").hits}


# ------------------------------------------------------------------ one code per cue
def test_a_cue_in_one_sentence_keeps_another_sentences_code() -> None:
    det = LexiconDetector.load()
    # 「Shit」 (offsets 0-4 of its sentence) lies numerically inside 「Suck my dick」
    # (0-12 of the first sentence), but the two are different words.
    assert {"abusive_language", "sexual_harassment"} <= _codes(det, "Suck my dick, pal. Shit.")
    # Within one sentence the containing hit still owns its word.
    assert "abusive_language" not in _codes(det, "Suck my dick.")


# ------------------------------------------------------------------ adjective readings
@pytest.mark.parametrize(
    "text",
    [
        "おまえって週何回ぐらいここ来とるん？",
        "おまえはなんさいくらいからここでばいとしてるの",
        "お前も三千円ぐらいなら出せるって言ってたじゃん",
    ],
)
def test_the_particle_kurai_is_not_the_adjective_kurai(text: str) -> None:
    # 暗い (くらい) in a slot of bad evaluations matched the particle by its reading.
    det = LexiconDetector.load()
    assert severity(det, text, "abusive_language") in (None, "low")


@pytest.mark.parametrize("text", ["おまえってほんと暗いよな", "お前はきたない", "お前はひきょうだ"])
def test_an_adjective_still_matches_its_kanji_entry(text: str) -> None:
    det = LexiconDetector.load()
    assert severity(det, text, "abusive_language") == "medium"


# ------------------------------------------------------------------ a visit told as settled
@pytest.mark.parametrize(
    "text",
    [
        "責任者の方が謝罪に来られて、納得しました",
        "上の人が謝罪に来はって、それで解決しましたわ",
        "先日は支店長が自宅まで来られて、了解しました",
        "担当の人が謝りに来たからもう解決したよ",
    ],
)
def test_a_visit_narrated_as_done_and_settled_is_at_most_low(text: str) -> None:
    det = LexiconDetector.load()
    for code in ("in_person_demand", "apology_demand"):
        assert severity(det, text, code) in (None, "low"), code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("責任者が謝りに来るまで納得せんからな", "in_person_demand"),
        ("責任者が直接来て説明するまで納得しませんよ", "in_person_demand"),
        ("支店長が謝罪に来たけど、全然納得してないからもう一回来い", "in_person_demand"),
        ("責任者が謝るまで納得しない", "apology_demand"),
    ],
)
def test_a_visit_still_wanted_stays_a_demand(text: str, code: str) -> None:
    det = LexiconDetector.load()
    assert severity(det, text, code) in ("medium", "high")


# ------------------------------------------------------------------ a rule asked about
@pytest.mark.parametrize(
    "text",
    [
        "お客様を食事に誘うのはだめですか",
        "常連のお客さんを飲みに誘うのってアウトですか？",
        "店員さんをデートに誘ってもいいんでしょうか",
        "スタッフさんを食事に誘ったら迷惑ですかね",
    ],
)
def test_asking_whether_an_invitation_is_allowed_is_at_most_low(text: str) -> None:
    det = LexiconDetector.load()
    assert severity(det, text, "sexual_harassment") in (None, "low")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("今度食事に誘ってもいいですか", "sexual_harassment"),
        ("あなたを食事に誘ってもいいですか", "sexual_harassment"),
        ("お姉さんを飲みに誘ってもええかな？", "sexual_harassment"),
        ("君の連絡先を聞いてもいい？", "privacy_intrusion"),
        ("あなたの連絡先教えてもらってもいいですか", "privacy_intrusion"),
        ("受付の方をお茶にお誘いしてもよろしいでしょうか", "sexual_harassment"),
    ],
)
def test_the_same_question_asked_of_the_listener_stays(text: str, code: str) -> None:
    det = LexiconDetector.load()
    assert severity(det, text, code) in ("medium", "high")


# ------------------------------------------------------------------ Kansai せえ
@pytest.mark.parametrize(
    "text",
    [
        "はよ返事せえや",
        "ごちゃごちゃ言うてんとちゃんと説明せえ",
        "いつまで待たすねん、はよ確認せえよ",
    ],
)
def test_kansai_see_is_the_imperative_of_suru(text: str) -> None:
    det = LexiconDetector.load()
    assert severity(det, text, "pressure_language") is not None


def test_see_before_hen_is_the_negative_not_an_order() -> None:
    toks = Analyser().analyse("うちの子、ぜんぜん勉強せえへんから困ってますねん").tokens
    assert not any(t.cform.startswith("命令形") for t in toks)
    toks = Analyser().analyse("はよ返事せえや").tokens
    see = next(t for t in toks if t.surface == "せえ")
    assert (see.lemma, see.cform) == ("為る", "命令形")


# ------------------------------------------------------------------ 来てもらおうか
@pytest.mark.parametrize("text", ["責任者に来てもらおうか", "責任者に来てもらう"])
def test_a_boss_made_to_come_through_a_benefactive_is_a_demand(text: str) -> None:
    det = LexiconDetector.load()
    assert severity(det, text, "in_person_demand") == "medium"


@pytest.mark.parametrize(
    "text",
    [
        "責任者に来てもらおうかと思ったけど、電話で済みました",
        "店長に修理の確認に来てもらおうか迷ってるんですけど",
        "店長に来てもらいました",
    ],
)
def test_a_plan_given_up_or_a_visit_had_is_no_demand(text: str) -> None:
    det = LexiconDetector.load()
    assert severity(det, text, "in_person_demand") in (None, "low")

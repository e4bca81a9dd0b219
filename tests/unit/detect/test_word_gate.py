"""The English word gate: a sentence the pre-filter lets through is not analysed when
no word pattern has all its words there, told from the keys its words can have
(a speed change: matching its analysis would find nothing)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mamori.detect.content import LexiconDetector
from mamori.detect.match import TokenLexicon
from mamori.detect.morph import Analyser

_PARAPHRASES = Path(__file__).resolve().parents[2] / "data" / "paraphrases"

#: Spellings that reach their keys by the analyser's rewrites: contractions, text-speak,
#: spoken digits, leetspeak, masks, letter runs, a dropped g, "ill" and "ur" in context.
_TRICKY = [
    "I don't like you",
    "i dont like u",
    "idc what u think",
    "u r an id10t",
    "you're a b*tch",
    "ur sooooo stupid",
    "ill find you",
    "ok ill find where u live",
    "she was cryin and shoutin at me",
    "women like you make me sick",
    "Tell @anna_k2 she's useless",
    "f u c k off",
    "I’ll kill you",
    "gr8 service, not like you care",
]


def _english_texts() -> list[str]:
    texts = list(_TRICKY)
    for path in sorted(_PARAPHRASES.glob("en*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    return texts


def test_the_keys_read_without_analysing_hold_every_key_of_the_analysis() -> None:
    analyser, fresh = Analyser(), Analyser()
    for text in _english_texts():
        keys = fresh.word_keys(text)
        assert keys is not None
        a = analyser.analyse(text)
        assert set().union(*[t.keys for t in a.tokens]) <= keys, text
        # Analysed before: the analysis's own keys.
        assert analyser.word_keys(text) == frozenset().union(*[t.keys for t in a.tokens])


def test_a_japanese_text_is_not_gated(analyser: Analyser) -> None:
    assert analyser.word_keys("お前バカだな") is None
    assert analyser.word_keys("ｱﾎ") is None  # half-width katakana


def test_a_text_the_gate_stops_gives_no_word_hit(detector: LexiconDetector) -> None:
    words = detector._words
    assert words is not None
    analyser = Analyser()
    stopped = 0
    for text in _english_texts():
        if not words.may_hit(analyser.word_keys(text)):
            stopped += 1
            assert words.match(analyser.analyse(text)) == [], text
    assert stopped > 0


def _lexicon(tmp_path: Path, body: str, analyser: Analyser) -> TokenLexicon:
    (tmp_path / "x.yaml").write_text(body, "utf-8")
    return TokenLexicon.load([tmp_path], analyser)


@pytest.mark.parametrize(
    ("text", "passes"),
    [
        ("not like you", True),
        ("i don't like u", True),  # n't is "not", u is "you"
        ("you are not here", False),  # no "like"
        ("like you said", False),  # no "not"
    ],
)
def test_a_pattern_passes_only_with_all_its_words(
    tmp_path: Path, analyser: Analyser, text: str, passes: bool
) -> None:
    lex = _lexicon(
        tmp_path,
        """
slots:
  YOU: [you]
entries:
  - id: t.aimed
    category: abusive_language
    patterns: ["not like {YOU}"]
""",
        analyser,
    )
    assert lex.may_hit(Analyser().word_keys(text)) is passes
    assert lex.may_hit(None)


def test_the_detector_gives_the_same_hits_when_the_gate_stops_a_sentence(
    detector: LexiconDetector,
) -> None:
    # A sentence with a probe (you) but no pattern's words, next to one with a hit.
    a = detector.analyse_uncached(None, "Thank you for waiting. You are a fucking idiot.", "chat")
    assert [h.category.value for h in a.hits] == ["abusive_language"]


def test_tokens_that_fill_no_opening_slot_skip_the_slot_checks(
    detector: LexiconDetector, analyser: Analyser
) -> None:
    # {NUM} opens a pattern of the built-in lexicon: only a number (or digits), a name
    # or a staff name's key are checked against the opening slots, not every token.
    words = detector._words
    assert words is not None
    assert words._num_opens
    assert words._slot_open is not None
    # The {NUM} patterns still match where a number, in digits or kanji, opens them.
    for text in ("10年間の点検費用は御社の負担でお願いします", "十年はそっち持ちで"):
        hits = words.match(analyser.analyse(text))
        assert [h.entry.id for h in hits] == ["ja.w.cost_for_ever"], text

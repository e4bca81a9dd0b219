"""English, tenth pass: mechanisms noticed before and left alone — "ill" for "I'll" in
the middle of an unpunctuated sentence, a leading @handle, a to-infinitive cut off by a
comma, and a short complaint about a product. Every sentence here is written for these
tests, in casual, text-speak, lower-case unpunctuated and transcript registers. The
misses and false positives fail on the code before this pass; the others guard the
benign or the threatening sense of the same words."""

from __future__ import annotations

import pytest

from mamori.detect.content import LexiconDetector
from mamori.detect.morph import Analyser
from unit.detect.support import serious


# ------------------------------------------------------------- "ill" for "I'll", mid-sentence
@pytest.mark.parametrize(
    "text",
    [
        "ok ill make sure you get fired",
        "yeah ill see to it that you are sacked",
        "honestly ill make sure u lose ur job",
        "i swear ill make sure you get disciplined",
        "Customer: alright ill make sure you lose your position",
    ],
)
def test_ill_after_an_announcing_word_is_i_will(detector: LexiconDetector, text: str) -> None:
    assert "violence_threat" in serious(detector, text), text


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("my dad is ill so make sure you call first", "is ill so"),
        ("feeling ill since sunday", "feeling ill since"),
        ("ok ill health means i cant travel", "ok ill health"),
        ("that ill feeling when the parcel is late", "that ill feeling"),
        ("it makes me ill every time i call", "me ill every"),
        ("ill-advised of me to pay upfront", "ill - advised"),
    ],
)
def test_ill_as_an_adjective_stays_a_word(analyser: Analyser, text: str, words: str) -> None:
    surfaces = " ".join(t.surface for t in analyser.analyse(text).tokens)
    assert words in surfaces, surfaces

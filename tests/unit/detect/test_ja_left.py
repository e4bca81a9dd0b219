"""Latent faults earlier passes left: a word hit of one sentence must not swallow
another sentence's hit of a different code because their sentence-relative offsets
happen to nest.

Written for these tests, not taken from a corpus.
"""

from __future__ import annotations

from mamori.detect.content import LexiconDetector


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

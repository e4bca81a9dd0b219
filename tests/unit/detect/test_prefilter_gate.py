"""The pre-filter's conjunctive gate: a pattern's probe lets a sentence through to the
analyser only with one string of each of the pattern's other words (a speed change:
the analyser would find no match there anyway)."""

from __future__ import annotations

from pathlib import Path

from mamori.detect.content import LexiconDetector
from mamori.detect.match import TokenLexicon
from mamori.detect.morph import Analyser
from mamori.detect.text.normalize import fold


def _lexicon(tmp_path: Path, body: str, analyser: Analyser) -> TokenLexicon:
    (tmp_path / "x.yaml").write_text(body, "utf-8")
    return TokenLexicon.load([tmp_path], analyser)


_WORTH = """
entries:
  - id: t.worth
    category: abusive_language
    patterns: ["生きる 価値 ... ない"]
"""


def test_a_probe_without_the_patterns_other_word_is_no_reason_to_analyse(
    tmp_path: Path, analyser: Analyser
) -> None:
    lex = _lexicon(tmp_path, _WORTH, analyser)
    # 生き is the pattern's probe, but 価値 (かち) is absent: the pattern cannot match.
    assert not lex.may_match(fold("これからも元気に生きていきたいです"))
    assert not lex.may_match(fold("いきなり来られても困る"))


def test_a_probe_with_every_word_of_its_pattern_lets_the_text_through(
    tmp_path: Path, analyser: Analyser
) -> None:
    lex = _lexicon(tmp_path, _WORTH, analyser)
    assert lex.may_match(fold("お前に生きる価値なんてない"))
    assert lex.may_match(fold("おまえにいきるかちなんかない"))  # all kana
    assert lex.may_match(fold("生きてる価値ない"))  # another form


def test_an_inflected_word_is_gated_by_its_stem_in_every_script(
    tmp_path: Path, analyser: Analyser
) -> None:
    lex = _lexicon(
        tmp_path,
        """
entries:
  - id: t.status
    category: abusive_language
    patterns: ["専門家 として ... 認める ... ない"]
""",
        analyser,
    )
    assert lex.may_match(fold("専門家として認めてない"))
    assert lex.may_match(fold("専門家としてみとめられへん"))
    assert not lex.may_match(fold("専門家として対応しています"))


def test_the_detector_does_not_analyse_a_sentence_the_gate_stops(
    detector: LexiconDetector,
) -> None:
    analyser = detector._analyser
    benign = "これからも元気に生きていきたいと思います。"
    before = analyser.analysed
    assert detector.analyse_uncached(None, benign, "chat").hits == ()
    assert analyser.analysed == before  # 生き, but no 価値: not analysed
    hit = detector.analyse_uncached(None, "お前に生きる価値なんてない", "chat")
    assert analyser.analysed == before + 1
    assert [h.category.value for h in hit.hits] == ["abusive_language"]

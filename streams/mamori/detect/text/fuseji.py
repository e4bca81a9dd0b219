"""伏せ字: one kana or kanji of a Japanese threat or insult replaced by a mask sign
(「コ□す」「〇ね」「ぶっ×す」「こ●してやる」).

People mask exactly the words they know are rude, so a masked character is read as
the character of such a word that the rest of the window spells: the vocabulary is
the lexicon's own threat and insult terms (:attr:`mamori.detect.rules.Compiled.maskable`),
not a list of its own. One mask per word, and a mask near another mask is left
alone: 「〇〇様」「○×クイズ」「○、×、△」 are placeholders or marks, not a word.
The text keeps its length (one character for one), so positions and sentences stay
in line with what the customer wrote.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Final

from mamori.detect.text.normalize import fold

#: Signs written in place of a character (full and half width; ＊ folds to *).
MASKS: Final = frozenset("□■○〇◯●×✕✖＊*△▲◇◆")
# The per-message check, one substring search per sign: faster than a set test (one
# string made per CJK character) or a character-class regex on Japanese text.
_SIGNS: Final = tuple(sorted(MASKS))
_HOLE: Final = "\0"
_MIN, _MAX = 2, 8


@lru_cache(maxsize=4096)
def _folded(ch: str) -> str:
    """One character as the lexicon's keys write it ('' where folding drops it)."""
    f = fold(ch)
    return f if len(f) == 1 else ""


class Unmasker:
    """Reads a masked character as the one a vocabulary word puts there."""

    __slots__ = ("_holes",)

    def __init__(self, words: Iterable[str]) -> None:
        """``words`` in the order of preference: where two of them differ in one
        character only (ころして, こわして), a mask there is read as the first's."""
        #: A word with one character replaced by the hole → that character.
        self._holes: dict[str, str] = {}
        for w in words:
            if not _MIN <= len(w) <= _MAX or w.isascii() or not MASKS.isdisjoint(w):
                continue
            for j, ch in enumerate(w):
                if not ch.isascii():
                    self._holes.setdefault(w[:j] + _HOLE + w[j + 1 :], ch)

    def unmask(self, raw: str) -> str:
        """``raw`` with each lone mask inside a vocabulary word replaced by the word's
        character; ``raw`` itself when there is none."""
        if raw.isascii() or not _has_sign(raw):
            return raw  # (ASCII text: English masks are read in normalize.unobfuscate)
        chars = list(raw)
        # Characters the folding drops (spaces, ー) are skipped, as the lexicon's keys
        # have none: 「こ○しに　いくから」, written word by word in kana, is read whole.
        kept = [j for j, c in enumerate(raw) if _folded(c)]
        folded = [_folded(raw[j]) for j in kept]
        for n, i in enumerate(kept):
            if raw[i] not in MASKS:
                continue
            if not MASKS.isdisjoint(raw[max(0, i - 2) : i] + raw[i + 1 : i + 3]):
                continue  # a row of signs (「〇〇様」「○、×、△」): placeholders or marks
            found = self._fill(folded, n)
            if found is not None:
                chars[i] = found
        return "".join(chars)

    def _fill(self, folded: list[str], i: int) -> str | None:
        """The character for the mask at ``i``: from the longest word around it, and
        among equally long ones a word the mask does not end (「は〇ね」 is 〇ね, not は〇)."""
        best: tuple[int, int, str] | None = None
        n = len(folded)
        for size in range(_MAX, _MIN - 1, -1):
            if best is not None and best[0] > size:
                break
            for k in range(size):
                start = i - k
                if start < 0 or start + size > n:
                    continue
                window = folded[start : start + size]
                if any(not w for j, w in enumerate(window) if j != k):
                    continue
                window[k] = _HOLE
                ch = self._holes.get("".join(window))
                if ch is not None and (size > _MIN or _whole_pair(folded, start, k)):
                    rank = (size, int(k != size - 1), ch)
                    if best is None or rank[:2] > best[:2]:
                        best = rank
        return best[2] if best is not None else None


def _whole_pair(folded: list[str], start: int, k: int) -> bool:
    """A two-character window is a word of its own only with the mask first and no
    kana running on: 「〇ね」 at the end, but not 「は〇」 (a topic particle and a
    sign), 「〇する」 (marking a box) or 「〇ねん前」."""
    after = folded[start + 2] if start + 2 < len(folded) else ""
    return k == 0 and not ("\u3041" <= after <= "\u3096")


def _has_sign(raw: str) -> bool:
    """A mask sign occurs in ``raw`` (a plain loop: half the time of any() over a
    generator)."""
    for sign in _SIGNS:  # noqa: SIM110 (see the docstring)
        if sign in raw:
            return True
    return False

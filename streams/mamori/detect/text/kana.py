"""Kana: katakana read as hiragana, for comparing kana spellings (ウザい ~ うざい), and the
tests of what is written in kana.

One place for the matcher, the analyser and the spoken-form rules; the string tests
are cached, since the same words and characters come back in every message.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

import jaconv

#: The hiragana letters (small ones included; not ゔ ゕ ゖ). Katakana is compared
#: after :func:`hiragana`.
KANA_LETTERS: Final = frozenset(
    "ぁあぃいぅうぇえぉおかがきぎくぐけげこごさざしじすずせぜそぞただちぢっつづてでとどなにぬねのはばぱひびぴふぶぷへべぺほぼぽまみむめもゃやゅゆょよらりるれろゎわゐゑをん"
)
#: One kana character, hiragana or katakana.
KANA_CHAR: Final = re.compile(r"[ぁ-ゖァ-ヺ]")


@lru_cache(maxsize=65536)
def hiragana(s: str) -> str:
    """``s`` with its katakana in hiragana; other characters as they are."""
    return str(jaconv.kata2hira(s))


def is_kana(s: str) -> bool:
    """``s`` is not empty and written in kana only (hiragana or katakana)."""
    return bool(s) and kana_only(s)


@lru_cache(maxsize=65536)
def kana_only(s: str) -> bool:
    """Every character of ``s`` is a kana letter (true of the empty string)."""
    return all(c in KANA_LETTERS for c in hiragana(s))


def is_hiragana(s: str) -> bool:
    """``s`` is not empty and written in hiragana only."""
    return bool(s) and all("ぁ" <= c <= "ゖ" for c in s)

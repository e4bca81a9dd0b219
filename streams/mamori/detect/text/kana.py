"""Katakana read as hiragana, for comparing kana spellings (ウザい ~ うざい).

One function for the matcher and the spoken-form rules; cached, since the same words
and characters come back in every message.
"""

from __future__ import annotations

from functools import lru_cache

import jaconv


@lru_cache(maxsize=65536)
def hiragana(s: str) -> str:
    """``s`` with its katakana in hiragana; other characters as they are."""
    return str(jaconv.kata2hira(s))

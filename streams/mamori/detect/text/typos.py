"""A misspelt English cue word read as the word ("apollogise" → apologise, "hapens" →
happens, "fornt" → front), in the folded message the surface rules scan.

Heavy-typo messages miss their cues by one keystroke. Rather than list misspellings
of every term, a word is respelt when all of these hold:

- the dictionary does not know it (a real word is never respelt: "manger", "threw",
  "form" stay as written);
- it is one edit (a letter dropped, added, changed, or two neighbours swapped) from
  exactly one word of :data:`CUES`, and that cue is five letters or more (short words
  have too many neighbours);
- it keeps the cue's first letter (typists rarely miss the first one, and most
  unrelated near-words differ there).

:data:`CUES` are the words the English rules hinge on and people misspell; a cue is
added only with a test of benign words around it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

import simplemma

#: Cue words (folded spelling) a misspelling is read as.
CUES: Final[frozenset[str]] = frozenset(
    [
        "apologise",
        "apologize",
        "apology",
        "apologies",
        "apologising",
        "apologizing",
        "sorry",
        "front",
        "colleagues",
        "expect",
        "tomorrow",
        "happens",
        "someone",
        "somebody",
        "manager",
        "personally",
        "personal",
        "immediately",
        "lawyer",
        "solicitor",
        "compensation",
        "everyone",
        # "giong to love this", "more prdouctive than you", "ruiend my business"
        "going",
        "productive",
        "ruined",
    ]
)

_MIN_CUE: Final = 5
_WORD: Final = re.compile(r"\b[a-z]{4,}\b")
_LETTERS: Final = "abcdefghijklmnopqrstuvwxyz"


def _edits(word: str) -> set[str]:
    """Every string one edit from ``word`` (Norvig's four kinds)."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = {a + b[1:] for a, b in splits if b}
    swaps = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    replaces = {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    inserts = {a + c + b for a, b in splits for c in _LETTERS}
    return deletes | swaps | replaces | inserts


@lru_cache(maxsize=16384)
def corrected(word: str) -> str:
    """``word`` as the one cue it misspells, or ``word`` itself."""
    if word in CUES or len(word) < _MIN_CUE - 1 or simplemma.is_known(word, lang="en"):
        return word
    near = [
        c for c in CUES if len(c) >= _MIN_CUE and c[0] == word[0] and abs(len(c) - len(word)) <= 1
    ]
    if not near:
        return word
    edits = _edits(word)
    hits = [c for c in near if c in edits]
    return hits[0] if len(hits) == 1 else word


def _sub(m: re.Match[str]) -> str:
    return corrected(m.group(0))


def respell(folded: str) -> str:
    """``folded`` with each misspelt cue word read as the cue (see the module)."""
    return _WORD.sub(_sub, folded)

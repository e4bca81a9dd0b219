"""Praise taken back by what follows it: irony, which clears nothing.

A word of praise next to a cue ("thanks, I'll post a great review") makes the cue
friendly. Said in irony it does the opposite, and English marks the irony right after
the praise word:

- gratitude for nothing or for a harm: "thanks for nothing", "thank you for
  absolutely nothing", "thanks 4 nothing", "thank you for wasting my time";
- a mock title as the vocative: "great job, genius", "well done einstein", "nice one
  sherlock" ("you're a genius" says it of the listener and stays praise).

Works on the folded text (lower case, one space between ASCII words).
"""

from __future__ import annotations

import re
from typing import Final

# Between the praise term and the marker: the rest of its word (a term may be a
# prefix: "thank*"), punctuation, "you", an intensifier.
_LEAD: Final = r"[a-z]*[ ,!.]*(?:(?:you|u|ya) )?(?:(?:so|very) much |a lot |loads )?"
#: Thanked for nothing, or for a harm the speaker suffered.
_MOCK_GRATITUDE: Final = re.compile(
    _LEAD + r"(?:for|4) (?:absolutely |precisely |literally |exactly )?"
    r"(?:nothing|nothin|nada|zilch|wasting|ruining|ignoring|losing|breaking|messing|screwing)\b"
)
#: A title given in mockery, as the vocative after the praise ("great job, genius").
_MOCK_TITLE: Final = re.compile(
    r"[a-z]*[ ,!.]*(?:(?:job|one|work|done|going) ?[,!.]* ?)?(?:there )?"
    r"(?:genius|einstein|sherlock|mastermind|brainiac|smartass|smart guy|smarty pants"
    r"|captain obvious|rocket scientist|bright spark)\b"
)


def taken_back(text: str, end: int) -> bool:
    """The praise word ending at ``end`` of the folded ``text`` is taken back by what
    follows it."""
    return _MOCK_GRATITUDE.match(text, end) is not None or _MOCK_TITLE.match(text, end) is not None

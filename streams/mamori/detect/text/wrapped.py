"""English lines broken inside a sentence, read as the one sentence they are.

A line break ends a sentence for the detector (a chat line, a list item, a transcript
turn). Some English text breaks its lines inside a sentence instead: verse ("refund
me tonight / or on Yelp I shall write / that your kitchen is crawling with mold"), an
e-mail wrapped at a fixed width. There the next line starts in lower case after a line
that ended on a comma, a semicolon, a colon or a dash, or on a word when that line too
started in lower case (a heading such as "Branch counter audio log" starts in a capital
and ends on a word: it stays a line of its own). In text that otherwise starts its
lines with capitals, such a break continues the sentence and is read as a space (same
length: positions in the text hold).

Text with no line starting in a capital (lower-case chat, one thought a line) keeps
every break: there a lower-case line start says nothing; so does a line opened by a
speaker's label. The breaks are read in the text as written, before the customer's
lines are taken out of a transcript (which sets a company's formulae apart on lines of
their own, :mod:`mamori.detect.text.transcript`).
"""

from __future__ import annotations

import re
from typing import Final

#: A line start in a capital letter (after spaces and opening quotes).
_CAPITAL_LINE: Final = re.compile(r"(?:^|\n)[ \t\"'“‘(]*[A-Z]")
#: A line start in lower case (after spaces).
_LOWER_START: Final = re.compile(r"[ \t]*[a-z]")
#: A line opened by a speaker's label ("agent: …", "caller (mobile): …"): a turn.
_LABELLED: Final = re.compile(r"[ \t]*[a-z][a-z0-9 _().-]{0,24}[:：]")


def _continues(line: str, following: str) -> bool:
    """Whether the break between ``line`` and ``following`` is inside a sentence."""
    if not _LOWER_START.match(following) or _LABELLED.match(following):
        return False
    end = line.rstrip(" \t")[-1:]
    if end in (",", ";", ":", "-", "—", "–"):
        return True
    return end.isascii() and end.isalpha() and _LOWER_START.match(line) is not None


def unwrapped(text: str) -> str:
    """``text`` with the breaks inside its English sentences read as spaces."""
    if "\n" not in text or not _CAPITAL_LINE.search(text):
        return text
    lines = text.split("\n")
    out = [lines[0]]
    for line, following in zip(lines, lines[1:], strict=False):
        out.append(" " if _continues(line, following) else "\n")
        out.append(following)
    return "".join(out)

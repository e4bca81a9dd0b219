"""A generic intimidation closer after a specific threat: one cue, one code.

「晒すから覚悟しとけ」「訴えるから覚えとけ」「書き込みます。考えがありますので」: the
closer (覚悟しとけ, 覚えとけ, 考えがある, 後悔するぞ, 今に見てろ) names no harm of its
own; it presses the threat it closes. Said after a post, an exposure or a lawsuit
threatened in the same or the previous sentence, it makes that threat high instead of
adding a violence threat (contract §3: one cue, one code). After a threat of harm, or
on its own, it stays a violence threat.

Works on the folded text (katakana as hiragana, no long marks).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Final

from mamori.domain.taxonomy import Category

#: The closers, folded. No harm named: 覚悟, 覚えておけ, 考えがある, 後悔, 見てろ.
CLOSER: Final = re.compile(
    r"覚悟(?:しとけ|しとき|しとれ|しろ|しておけ|しておいて|しておきな|してお|せえ|せい|はいい|はええ"
    r"|しな|してね|してくださ|しといて|しなさい|のうえ|の上)"
    r"|(?:覚|おぼ)え(?:とけ|とき|とれ|てろ|ていろ|ておけ|ておいて|ておきな|てなさい|とってな|といて)"
    r"|考えが(?:ある|あります|ございます|あっから)"
    r"|後悔(?:するぞ|するで|するよ|しますよ|させ|することにな|すんぞ)"
    r"|今に見|見とけよ|見とれよ|見てろよ|見ておけよ"
)

#: Codes whose threat a closer presses instead of adding one of its own.
SPECIFIC: Final = frozenset({Category.ONLINE_DEFAMATION_THREAT, Category.LEGAL_THREAT})


def closer_spans(folded: str) -> list[tuple[int, int]]:
    """Where closers stand in the folded message."""
    return [m.span() for m in CLOSER.finditer(folded)]


def only_closers(cues: Iterable[tuple[int, int]], closers: Sequence[tuple[int, int]]) -> bool:
    """Every violence cue (a span in the folded message) lies on a closer."""
    found = False
    for start, end in cues:
        found = True
        if not any(start < c_end and c_start < end for c_start, c_end in closers):
            return False
    return found

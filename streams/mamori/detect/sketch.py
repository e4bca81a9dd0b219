"""Near-duplicate detection for the repetition detector: bottom-k MinHash sketches
of character trigrams.

A sketch is k small integers (stored in the per-customer state instead of the
text, which never leaves the worker). Trigrams work for Japanese without a
tokenizer and tolerate typos, added 「再送：」 prefixes and punctuation. crc32 is
used because Python's ``hash`` is salted per process: sketches must be equal in
the worker, the replay and after a restart.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from typing import Final

SKETCH_SIZE: Final = 12
_SHINGLE: Final = 3
#: Left out of the compared text: punctuation, spaces, symbols, emoji, controls.
_NON_WORD: Final = re.compile(r"[\W_]+")


def sketch(text: str, k: int = SKETCH_SIZE) -> tuple[int, ...]:
    """The k smallest trigram hashes of ``text`` (normalised by the caller)."""
    if len(text) <= _SHINGLE:
        shingles = {text}
    else:
        shingles = {text[i : i + _SHINGLE] for i in range(len(text) - _SHINGLE + 1)}
    # sorted() in C beats heapq.nsmallest's Python loop for the few hundred trigrams
    # of a message.
    return tuple(sorted(map(zlib.crc32, map(str.encode, shingles)))[:k])


def similarity(a: tuple[int, ...], b: tuple[int, ...], k: int = SKETCH_SIZE) -> float:
    """Bottom-k estimate of the Jaccard similarity of the two trigram sets: the share
    of the k smallest hashes of the union that both sketches hold."""
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0  # the same text again (a pasted demand): every hash is shared
    return overlap(set(a), b, k)


def overlap(hashes: set[int], b: tuple[int, ...], k: int = SKETCH_SIZE) -> float:
    """:func:`similarity` of a non-empty sketch given as the set of its hashes."""
    if hashes.isdisjoint(b):
        return 0.0  # most pairs of a customer's messages: no set work beyond this
    union = hashes.union(b)
    both = hashes.intersection(b)
    if len(union) <= k:
        return len(both) / len(union)
    cutoff = sorted(union)[k - 1]
    return len([h for h in both if h <= cutoff]) / k


def similar_at_least(
    hashes: set[int], b: tuple[int, ...], threshold: float, k: int = SKETCH_SIZE
) -> bool:
    """Whether :func:`similarity` of a sketch given as the set of its hashes and ``b``
    reaches ``threshold`` (above 0): a caller comparing one sketch with many builds
    the set once, and most pairs that share a hash share too few to need the estimate."""
    both = hashes.intersection(b)
    shared = len(both)
    # The estimate is at most shared / min(k, size of the union), and the union holds
    # every hash of the first sketch: below the threshold by this bound, it is below.
    if not shared or shared / min(k, len(hashes)) < threshold:
        return False
    union = hashes.union(b)
    if len(union) <= k:
        return len(both) / len(union) >= threshold
    cutoff = sorted(union)[k - 1]
    return len([h for h in both if h <= cutoff]) / k >= threshold


def body_text(text: str) -> str:
    """What near-duplicate matching compares: NFKC, case-folded, without spaces,
    punctuation and symbols (「再送：」 and 「！！」 change little, words do)."""
    return _NON_WORD.sub("", unicodedata.normalize("NFKC", text).casefold())


def body_sketch(text: str, k: int = SKETCH_SIZE) -> tuple[int, ...]:
    """The sketch of a message body (the customer's lines, never the subject)."""
    return sketch(body_text(text), k)

"""The learned indicator model at run time: a small linear classifier per content code.

One logistic regression per code over hashed TF-IDF features of the folded customer
text (:attr:`TextAnalysis.customer_text`): character n-grams of 1–4 inside word
boundaries (as scikit-learn's ``char_wb`` builds them) and English word 1–2-grams. Its
hits are severity low and only OR-ed with the rules (docs/detection.md, "The learned
component"); the rules stay the explainable floor.

The weights come from ``scripts/train_learned_model.py`` (trained on our own text and
licensed corpora only) and ship as package data (``learned.bin`` beside this module).
Plain Python: no numpy, no network, no randomness; features are hashed with CRC-32,
never ``hash()``, so scores do not depend on the interpreter's hash seed.
"""

from __future__ import annotations

import json
import math
import re
import struct
import sys
import zlib
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from operator import mul
from pathlib import Path
from typing import Any, Final, TypeVar

MODEL_PATH: Final = Path(__file__).with_name("learned.bin")
MAGIC: Final = b"MAMORI-LEARNED\x01"
#: Feature space: character n-grams in the lower buckets, word n-grams in the top
#: ``WORD_BUCKETS``, so the two kinds never share a bucket.
BUCKETS: Final = 1 << 18
WORD_BUCKETS: Final = 1 << 16
CHAR_BUCKETS: Final = BUCKETS - WORD_BUCKETS
CHAR_NGRAMS: Final = (1, 4)
WORD_NGRAMS: Final = (1, 2)
_WORD: Final = re.compile(r"(?u)\b[a-z][a-z']+\b")
_SPACES: Final = re.compile(r"\s\s+")
_A = TypeVar("_A", "array[int]", "array[float]")


def _char_ngrams(text: str) -> Iterable[str]:
    """scikit-learn's ``char_wb`` n-grams: each whitespace-separated word padded with
    one space each side; a word shorter than n gives itself once."""
    lo, hi = CHAR_NGRAMS
    for w in _SPACES.sub(" ", text).split():
        w = " " + w + " "
        size = len(w)
        for n in range(lo, hi + 1):
            offset = 0
            yield w[offset : offset + n]
            while offset + n < size:
                offset += 1
                yield w[offset : offset + n]
            if offset == 0:
                break


def _word_ngrams(text: str) -> Iterable[str]:
    tokens = _WORD.findall(text)
    lo, hi = WORD_NGRAMS
    for n in range(lo, hi + 1):
        for i in range(len(tokens) - n + 1):
            yield " ".join(tokens[i : i + n])


def hashed_counts(folded: str) -> tuple[dict[int, int], dict[int, int]]:
    """Term counts by bucket: (character n-grams, word n-grams). Shared with training."""
    chars: dict[int, int] = {}
    for g in _char_ngrams(folded):
        b = _BUCKET_MEMO.get(g)
        if b is None:
            b = _char_bucket(g)
        chars[b] = chars.get(b, 0) + 1
    words: dict[int, int] = {}
    for g in _word_ngrams(folded):
        b = _word_bucket(g)
        words[b] = words.get(b, 0) + 1
    return chars, words


#: Character n-grams repeat across messages: their buckets, memoised (bounded).
_BUCKET_MEMO: dict[str, int] = {}
_MEMO_SIZE: Final = 1 << 17


def _char_bucket(gram: str) -> int:
    b = zlib.crc32(gram.encode("utf-8")) % CHAR_BUCKETS
    if len(_BUCKET_MEMO) >= _MEMO_SIZE:
        _BUCKET_MEMO.clear()
    _BUCKET_MEMO[gram] = b
    return b


def _word_bucket(gram: str) -> int:
    return CHAR_BUCKETS + zlib.crc32(gram.encode("utf-8")) % WORD_BUCKETS


def weigh(counts: dict[int, int], idf: Sequence[float]) -> dict[int, float]:
    """Sublinear tf × idf, L2-normalised (one kind of n-gram; buckets without idf drop)."""
    out = {b: (1.0 + math.log(c)) * idf[b] for b, c in counts.items() if idf[b] > 0.0}
    norm = math.sqrt(sum(v * v for v in out.values()))
    return {b: v / norm for b, v in out.items()} if norm > 0.0 else {}


def vector(folded: str, idf: Sequence[float]) -> dict[int, float]:
    """Hashed TF-IDF features: each kind of n-gram L2-normalised on its own, as the
    union of two vectorisers the model was first measured with. Shared with training."""
    chars, words = hashed_counts(folded)
    return {**weigh(chars, idf), **weigh(words, idf)}


@dataclass(frozen=True, slots=True)
class LearnedModel:
    """Weights of one trained model (see :func:`load`)."""

    codes: tuple[str, ...]
    #: Inverse document frequency by bucket (0: a bucket the model ignores).
    idf: array[float]
    #: Row of a bucket in ``weights`` (-1: none).
    rows: array[int]
    #: One column of weights per code, indexed by row.
    columns: tuple[array[float], ...]
    biases: tuple[float, ...]
    #: A code is found when its decision value is above its threshold.
    thresholds: tuple[float, ...]
    metadata: dict[str, Any]

    def features(self, folded: str) -> dict[int, float]:
        return vector(folded, self.idf)

    def decisions(self, feats: dict[int, float], bias: bool = True) -> list[float]:
        """The decision value of every code (``bias=False``: the features' part only)."""
        rows = self.rows
        at = [(rows[b], v) for b, v in feats.items() if rows[b] >= 0]
        rs = [r for r, _ in at]
        vs = [v for _, v in at]
        # Summed in the features' order: the same text gives the same floats.
        out = [sum(map(mul, vs, map(col.__getitem__, rs))) for col in self.columns]
        return [o + b for o, b in zip(out, self.biases, strict=True)] if bias else out

    def codes_of(self, folded: str) -> list[tuple[str, float]]:
        """(code, decision value) of every code above its threshold, in model order."""
        if not folded:
            return []
        scores = self.decisions(self.features(folded))
        return [
            (code, s)
            for code, s, cut in zip(self.codes, scores, self.thresholds, strict=True)
            if s > cut
        ]

    def best_sentence(self, sentences: Sequence[str], code: str) -> int:
        """Index of the sentence whose own features weigh most for ``code`` (first of equals)."""
        i = self.codes.index(code)
        best, at = -math.inf, 0
        for n, s in enumerate(sentences):
            if not s.strip():
                continue
            v = self.decisions(self.features(s), bias=False)[i]
            if v > best:
                best, at = v, n
        return at

    def top_terms(self, folded: str, code: str, n: int = 5) -> list[str]:
        """The word and character n-grams of ``folded`` that weigh most for ``code``
        (for audits: which words drove a score)."""
        col = self.columns[self.codes.index(code)]
        feats = self.features(folded)
        weight: dict[str, float] = {}
        grams = [(g, _word_bucket(g)) for g in dict.fromkeys(_word_ngrams(folded))]
        grams += [(g, _char_bucket(g)) for g in dict.fromkeys(_char_ngrams(folded))]
        for g, b in grams:
            r = self.rows[b]
            if r >= 0 and b in feats:
                weight[g] = weight.get(g, 0.0) + feats[b] * col[r]
        return [g.strip() for g, _ in sorted(weight.items(), key=lambda t: -t[1])[:n]]


def _little_endian(a: _A, raw: bytes) -> _A:
    """``a`` filled from the artefact's little-endian ``raw`` bytes."""
    a.frombytes(raw)
    if sys.byteorder == "big":
        a.byteswap()
    return a


def encode(
    codes: Sequence[str],
    idf: Sequence[float],
    buckets: Sequence[int],
    weights: Sequence[float],
    biases: Sequence[float],
    thresholds: Sequence[float],
    metadata: dict[str, Any],
) -> bytes:
    """The artefact's bytes (deterministic: sorted JSON, fixed zlib level).

    ``buckets``: the active buckets in increasing order; ``idf`` and ``weights``
    (row-major, one row per active bucket) are given for those only.
    """
    meta = dict(metadata, codes=list(codes), biases=list(biases), thresholds=list(thresholds))
    head = json.dumps(meta, sort_keys=True, ensure_ascii=False).encode("utf-8")
    body = b"".join(
        (
            struct.pack("<II", len(head), len(buckets)),
            head,
            struct.pack(f"<{len(buckets)}i", *buckets),
            struct.pack(f"<{len(idf)}f", *idf),
            struct.pack(f"<{len(weights)}f", *weights),
        )
    )
    return MAGIC + zlib.compress(body, 9)


def decode(blob: bytes) -> LearnedModel:
    if not blob.startswith(MAGIC):
        raise ValueError("not a Mamori learned-model artefact")
    body = zlib.decompress(blob[len(MAGIC) :])
    head_len, n = struct.unpack_from("<II", body)
    at = 8
    meta: dict[str, Any] = json.loads(body[at : at + head_len])
    at += head_len
    buckets = _little_endian(array("i"), body[at : at + 4 * n])
    at += 4 * n
    idf_active = _little_endian(array("f"), body[at : at + 4 * n])
    at += 4 * n
    codes = tuple(str(c) for c in meta.pop("codes"))
    weights = _little_endian(array("f"), body[at : at + 4 * n * len(codes)])
    k = len(codes)
    columns = tuple(weights[i::k] for i in range(k))
    idf = array("f", bytes(4 * BUCKETS))
    rows = array("i", [-1]) * BUCKETS
    for r, (b, v) in enumerate(zip(buckets, idf_active, strict=True)):
        idf[b] = v
        rows[b] = r
    return LearnedModel(
        codes=codes,
        idf=idf,
        rows=rows,
        columns=columns,
        biases=tuple(float(x) for x in meta.pop("biases")),
        thresholds=tuple(float(x) for x in meta.pop("thresholds")),
        metadata=meta,
    )


@cache
def load(path: Path = MODEL_PATH) -> LearnedModel:
    """The shipped model, read once per process."""
    return decode(path.read_bytes())


def features(folded: str) -> dict[int, float]:
    """Hashed TF-IDF features of a folded text under the shipped model's idf."""
    return load().features(folded)

"""The learned indicator model at run time: a small linear classifier per content code.

One logistic regression per code over hashed TF-IDF features of the folded customer
text (:attr:`TextAnalysis.customer_text`): character n-grams of 1–4 inside word
boundaries (as scikit-learn's ``char_wb`` builds them) and English word 1–2-grams. Its
hits are severity low and only OR-ed with the rules (docs/detection.md, "The learned
component"); the rules stay the explainable floor.

The weights come from ``scripts/train_learned_model.py`` (trained on our own text and
licensed corpora only) and ship as package data (``learned.bin`` beside this module).
No network, no randomness: features are hashed with CRC-32, never ``hash()``, so
scores do not depend on the interpreter's hash seed; the weights are one numpy
matrix, so a message costs one gather and one product rather than a Python loop per
code (docs/quality.md, "Cost after the vectorised scorer").
"""

from __future__ import annotations

import json
import math
import re
import struct
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Final

import numpy as np
import numpy.typing as npt

MODEL_PATH: Final = Path(__file__).with_name("learned.bin")
MAGIC: Final = b"MAMORI-LEARNED\x02"
#: Feature space: character n-grams in the lower buckets, word n-grams in the top
#: ``WORD_BUCKETS``, so the two kinds never share a bucket.
BUCKETS: Final = 1 << 18
WORD_BUCKETS: Final = 1 << 16
CHAR_BUCKETS: Final = BUCKETS - WORD_BUCKETS
WORD_NGRAMS: Final = (1, 2)
#: Texts shorter than this (characters, spaces not counted) are too short to judge:
#: "you are", "really?", "yes you do" carry no content the model can weigh, and as
#: hard negatives they set a code's threshold for every longer text (the rules read
#: short outbursts on their own).
MIN_CHARS: Final = 10
_WORD: Final = re.compile(r"(?u)\b[a-z][a-z']+\b")


def _char_ngrams(text: str) -> Iterable[str]:
    """scikit-learn's ``char_wb`` n-grams: each whitespace-separated word padded with
    one space each side; a word shorter than n gives itself once."""
    for w in text.split():
        yield from _word_char_ngrams(w)


def _word_ngrams(text: str) -> list[str]:
    tokens = _WORD.findall(text)
    lo, hi = WORD_NGRAMS
    return [
        " ".join(tokens[i : i + n]) for n in range(lo, hi + 1) for i in range(len(tokens) - n + 1)
    ]


def judged(folded: str) -> bool:
    """Long enough for the model to judge (:data:`MIN_CHARS`)."""
    return len("".join(folded.split())) >= MIN_CHARS


def hashed_buckets(folded: str) -> tuple[list[int], list[int]]:
    """The bucket of every n-gram of ``folded``, repeats kept: (characters, words)."""
    chars: list[int] = []
    for w in folded.split():  # what char_wb splits on (runs of whitespace)
        chars += _word_char_buckets(w).tolist()
    return chars, _word_buckets(folded)


#: Words (and unspaced sentences, which split as one word) repeat across messages:
#: the buckets of each one's character n-grams, memoised (bounded).
_WORD_MEMO: dict[str, npt.NDArray[np.int64]] = {}
_MEMO_SIZE: Final = 1 << 16


def _word_char_buckets(word: str) -> npt.NDArray[np.int64]:
    """The buckets of :func:`_char_ngrams` of one word, in its order (read-only)."""
    got = _WORD_MEMO.get(word)
    if got is not None:
        return got
    grams = _word_char_ngrams(word)
    # One pass of C calls over the n-grams and one modulo for all, rather than a
    # Python call per n-gram (an unspaced Japanese sentence has hundreds).
    crcs = np.fromiter(map(zlib.crc32, map(str.encode, grams)), np.int64, len(grams))
    got = crcs % CHAR_BUCKETS
    got.flags.writeable = False  # shared by every text with the word
    if len(_WORD_MEMO) >= _MEMO_SIZE:
        _WORD_MEMO.clear()
    _WORD_MEMO[word] = got
    return got


def _word_char_ngrams(word: str) -> list[str]:
    """:func:`_char_ngrams` of one word (no whitespace), built with slices: the word
    padded with a space each side gives its n-grams for n = 1…4, all of it once and
    no longer n-grams when it is no longer than n."""
    w = " " + word + " "
    size = len(w)  # at least 3
    grams = [*w]
    grams += [w[i : i + 2] for i in range(size - 1)]
    if size == 3:
        grams.append(w)
        return grams
    grams += [w[i : i + 3] for i in range(size - 2)]
    if size == 4:
        grams.append(w)
        return grams
    grams += [w[i : i + 4] for i in range(size - 3)]
    return grams


def _word_buckets(folded: str) -> list[int]:
    """The buckets of :func:`_word_ngrams`, in its order."""
    grams = _word_ngrams(folded)
    return [CHAR_BUCKETS + h % WORD_BUCKETS for h in map(zlib.crc32, map(str.encode, grams))]


def _char_bucket(gram: str) -> int:
    return zlib.crc32(gram.encode("utf-8")) % CHAR_BUCKETS


def _word_bucket(gram: str) -> int:
    return CHAR_BUCKETS + zlib.crc32(gram.encode("utf-8")) % WORD_BUCKETS


#: Sparse features: (buckets, values).
Vector = tuple[npt.NDArray[np.int64], npt.NDArray[np.float64]]


_EMPTY: Final[Vector] = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64))


def sparse(folded: str, idf: npt.NDArray[np.float32]) -> Vector:
    """Hashed TF-IDF features as (buckets, values), buckets increasing. Sublinear tf ×
    idf (buckets without idf drop), each kind of n-gram L2-normalised on its own, as
    the union of two vectorisers the model was first measured with. Shared with
    training.

    Written for numpy's per-call cost, which outweighs the arithmetic on a message's
    few hundred n-grams: few calls, no Python loop over n-grams."""
    parts = [_word_char_buckets(w) for w in folded.split()]
    words = _word_buckets(folded)
    if words:
        parts.append(np.array(words, dtype=np.int64))
    if not parts:
        return _EMPTY
    # One sort for both kinds: every character bucket is below every word bucket.
    ordered = np.concatenate(parts) if len(parts) > 1 else parts[0].copy()
    ordered.sort()
    n = ordered.size
    edge = np.empty(n + 1, dtype=np.bool_)  # where a run of equal buckets starts or ends
    edge[0] = edge[n] = True
    np.not_equal(ordered[1:], ordered[:-1], out=edge[1:n])
    at = edge.nonzero()[0]
    buckets = ordered.take(at[:-1])
    counts = at[1:] - at[:-1]
    weight = idf.take(buckets)
    # A bucket without idf drops: 1 + log(count) ≥ 1, so its value is zero exactly
    # when its idf is.
    keep = weight > 0.0
    if not keep.all():
        buckets, counts, weight = buckets[keep], counts[keep], weight[keep]
    values = (1.0 + np.log(counts)) * weight
    cut = int(buckets.searchsorted(CHAR_BUCKETS)) if words else values.size
    for part in (values[:cut], values[cut:]):  # views: normalised in place
        if part.size:
            part /= math.sqrt(float(part @ part))
    return buckets, values


@dataclass(frozen=True, slots=True)
class LearnedModel:
    """Weights of one trained model (see :func:`load`)."""

    codes: tuple[str, ...]
    #: Inverse document frequency by bucket (0: a bucket the model ignores).
    idf: npt.NDArray[np.float32]
    #: Row of a bucket in ``weights`` (-1: none).
    rows: npt.NDArray[np.int32]
    #: One row per active bucket, one column per code.
    weights: npt.NDArray[np.float64]
    biases: npt.NDArray[np.float64]
    #: A code is found when its decision value is above its threshold.
    thresholds: tuple[float, ...]
    metadata: dict[str, Any]

    def features(self, folded: str) -> Vector:
        return sparse(folded, self.idf)

    def decisions(self, feats: Vector, bias: bool = True) -> list[float]:
        """The decision value of every code (``bias=False``: the features' part only)."""
        b, v = feats
        # take() rather than fancy indexing: the same gather at a fraction of the cost
        # per call, which is what a message's few hundred buckets pay.
        r = self.rows.take(b)
        keep = r >= 0
        if not keep.all():
            r, v = r[keep], v[keep]
        out = v @ self.weights.take(r, axis=0)
        return (out + self.biases if bias else out).tolist()  # type: ignore[no-any-return]

    def codes_of(self, folded: str) -> list[tuple[str, float]]:
        """(code, decision value) of every code above its threshold, in model order."""
        if not judged(folded):
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
        spoken = [n for n, s in enumerate(sentences) if s.strip()]
        if len(spoken) <= 1:  # nothing to weigh against: the one sentence, or the first
            return spoken[0] if spoken else 0
        best, at = -math.inf, 0
        for n in spoken:
            s = sentences[n]
            v = self.decisions(self.features(s), bias=False)[i]
            if v > best:
                best, at = v, n
        return at

    def top_terms(self, folded: str, code: str, n: int = 5) -> list[str]:
        """The word and character n-grams of ``folded`` that weigh most for ``code``
        (for audits: which words drove a score), heaviest first."""
        i = self.codes.index(code)
        buckets, values = self.features(folded)
        value = dict(zip(buckets.tolist(), values.tolist(), strict=True))
        weight: dict[str, float] = {}
        grams = [(g, _word_bucket(g)) for g in dict.fromkeys(_word_ngrams(folded))]
        grams += [(g, _char_bucket(g)) for g in dict.fromkeys(_char_ngrams(folded))]
        for g, b in grams:
            r, term = int(self.rows[b]), g.strip()
            if r >= 0 and b in value and term:
                weight[term] = weight.get(term, 0.0) + value[b] * self.weights[r, i]
        return [g for g, _ in sorted(weight.items(), key=lambda t: -t[1])[:n]]


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
    # Weights are trained to float16 precision and stored as float16: half the bytes
    # and no rounding, which the check below keeps true.
    half = np.asarray(weights, dtype="<f2")
    if not np.array_equal(half.astype(np.float64), np.asarray(weights, dtype=np.float64)):
        raise ValueError("weights must be exact in float16 (the training script rounds them)")
    meta = dict(metadata, codes=list(codes), biases=list(biases), thresholds=list(thresholds))
    head = json.dumps(meta, sort_keys=True, ensure_ascii=False).encode("utf-8")
    body = b"".join(
        (
            struct.pack("<II", len(head), len(buckets)),
            head,
            # Gaps between increasing buckets are small numbers: they compress far
            # better than the buckets themselves.
            np.diff(np.asarray(buckets, dtype="<i4"), prepend=0).astype("<i4").tobytes(),
            struct.pack(f"<{len(idf)}f", *idf),
            half.tobytes(),
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
    codes = tuple(str(c) for c in meta.pop("codes"))
    k = len(codes)
    # The artefact is little-endian whatever the machine: numpy reads it as written.
    active = np.cumsum(np.frombuffer(body, dtype="<i4", count=n, offset=at), dtype=np.int64)
    at += 4 * n
    idf_active = np.frombuffer(body, dtype="<f4", count=n, offset=at)
    at += 4 * n
    weights = np.frombuffer(body, dtype="<f2", count=n * k, offset=at)
    idf = np.zeros(BUCKETS, dtype=np.float32)
    rows = np.full(BUCKETS, -1, dtype=np.int32)
    idf[active] = idf_active
    rows[active] = np.arange(n, dtype=np.int32)
    return LearnedModel(
        codes=codes,
        idf=idf,
        rows=rows,
        weights=weights.astype(np.float64).reshape(n, k),
        biases=np.asarray(meta.pop("biases"), dtype=np.float64),
        thresholds=tuple(float(x) for x in meta.pop("thresholds")),
        metadata=meta,
    )


@cache
def load(path: Path = MODEL_PATH) -> LearnedModel:
    """The shipped model, read once per process."""
    return decode(path.read_bytes())


def features(folded: str) -> Vector:
    """Hashed TF-IDF features of a folded text under the shipped model's idf."""
    return load().features(folded)

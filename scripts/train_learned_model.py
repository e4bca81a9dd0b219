"""Train the learned indicator model (mamori.detect.learned) and write its artefact.

    PYTHONPATH=streams .venv/bin/python scripts/train_learned_model.py \
        [--data ../shared/data] [--out streams/mamori/detect/learned.bin]

scikit-learn is used here only (a dev dependency); the run-time model needs only numpy.
Deterministic: features hashed with CRC-32 by the same code as at run time
(``learned.sparse``), liblinear with a fixed seed, no
shuffling, sorted JSON — two runs write byte-identical files (the date is an argument).

Training text — our own, or licensed for it (the artefact's metadata lists each source,
its licence and its count):

* fitted: the paraphrase sets of ``tests/data/paraphrases`` (``codes:[]`` lines are
  negatives), ``tests/data/training/*.jsonl`` (text written to train the model only),
  ``tests/data/content_examples_{en,ja}.jsonl``, the generated streams 1–4, 6–11, 13, 14
  (inbound texts of normal and legitimate-complainer customers as negatives,
  labelled events as positives), and the ConvAbuse **train** split (Curry, Abercrombie
  & Rieser, *ConvAbuse: Data, Analysis, and Benchmarks for Nuanced Abuse Detection in
  Conversational AI*, EMNLP 2021; CC BY 4.0);
* thresholds only (never fitted): ASDC customer utterances (megagonlabs/asdc, CC BY
  4.0) and the labelled sample's legitimate/normal customers.

Never read: streams 5 and 12 (judge streams) and blind sets before they are scored.

Per code (≥ 5 positives): a logistic regression (C=4, class_weight balanced,
liblinear); its threshold is just above the highest decision value of any hard
negative (every ``codes:[]``/benign text above), computed with the weights as stored
(float16 precision), so the model flags none of them by construction.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from scipy.sparse import csr_matrix  # type: ignore[import-untyped]
from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

from mamori.detect import learned
from mamori.domain.taxonomy import CONTENT_CATEGORIES

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
PARA = DATA / "paraphrases"
#: Text written only to train the model (never a floor or a judge).
TRAINING = DATA / "training"
STREAMS = (
    "other_style_stream",
    "other_style_stream2",
    "other_style_stream3",
    "other_style_stream4",
    "other_style_stream6",
    "other_style_stream7",
    "other_style_stream8",
    "other_style_stream9",
    "other_style_stream10",
    "other_style_stream11",
    "other_style_stream13",
    "other_style_stream14",
    "other_style_stream15",
    "other_style_stream16",
    "other_style_stream17",
    "other_style_stream18",
    "other_style_stream19",
    "other_style_stream20",
)
#: Judge sets: never read (streams 5 and 12 are not in STREAMS either).
FORBIDDEN = (
    "other_style_stream5",
    "other_style_stream12",
    "/scratch/blind",
)
CODES = tuple(c.value for c in CONTENT_CATEGORIES)
C = 4.0
MIN_DF = 2
MIN_POSITIVES = 5
#: Head-room above the highest hard-negative decision value (float rounding between
#: this script's sums and the run time's).
MARGIN = 1e-4
LICENCES = {
    "paraphrases": "Mamori project text (Apache-2.0)",
    "content_examples": "Mamori project text (Apache-2.0)",
    "training_text": "Mamori project text written to train the model (Apache-2.0)",
    "streams": "Mamori project generators tests/data/other_style_stream{,2,3,4,6,7,8,9,10} (Apache-2.0)",
    "convabuse_train": (
        "CC BY 4.0 — Curry, Abercrombie & Rieser, ConvAbuse: Data, Analysis, and "
        "Benchmarks for Nuanced Abuse Detection in Conversational AI, EMNLP 2021 "
        "(github.com/amandacurry/convabuse, train split only)"
    ),
    "asdc": "CC BY 4.0 — megagonlabs/asdc (customer utterances; thresholds only)",
    "sample": "Mamori shared labelled sample (legitimate/normal customers; thresholds only)",
}


@dataclass(frozen=True, slots=True)
class Text:
    text: str
    codes: frozenset[str]
    #: Source family (a key of LICENCES).
    source: str
    #: A benign text the thresholds must keep unflagged.
    hard_negative: bool
    #: Fitted on (False: thresholds only).
    train: bool
    #: The file it came from (the paraphrase set's name for ``--cv``).
    group: str = ""


def _jsonl(path: Path) -> Iterable[dict[str, Any]]:
    for line in path.read_text("utf-8").splitlines():
        if line.strip():
            yield json.loads(line)


def _stream_texts(events: Path, labels: Path, source: str, train: bool) -> list[Text]:
    lab = json.loads(labels.read_text("utf-8"))
    profile = {c: v["profile"] for c, v in lab["customers"].items()}
    out: dict[tuple[str, frozenset[str]], Text] = {}
    for ev in _jsonl(events):
        text = ev.get("text")
        if ev.get("direction") != "inbound" or not text:
            continue
        codes = frozenset(c for c in lab["events"].get(ev["event_id"], []) if c in CODES)
        benign = profile.get(ev["customer_id"]) in ("normal", "legit_complainer")
        if not codes and not benign:
            continue  # a harasser's unlabelled message: neither clearly benign nor labelled
        out.setdefault((text, codes), Text(text, codes, source, not codes, train))
    return list(out.values())


def training_pool(data: Path, scratch: Path) -> list[Text]:
    pool: list[Text] = []
    for path in sorted(PARA.glob("*.jsonl")):
        pool += [
            Text(r["text"], frozenset(r["codes"]), "paraphrases", not r["codes"], True, path.name)
            for r in _jsonl(path)
        ]
    for path in sorted(TRAINING.glob("*.jsonl")):
        pool += [
            Text(r["text"], frozenset(r["codes"]), "training_text", not r["codes"], True, path.name)
            for r in _jsonl(path)
        ]
    for lang in ("en", "ja"):
        for r in _jsonl(DATA / f"content_examples_{lang}.jsonl"):
            pool.append(Text(r["text"], frozenset(r["codes"]), "content_examples", False, True))
    for name in STREAMS:
        out = scratch / name
        if not (out / "labels.json").exists():
            out.mkdir(parents=True, exist_ok=True)
            subprocess.run(
                [sys.executable, str(DATA / name / "gen.py"), str(out)],
                check=True,
                capture_output=True,
            )
        pool += _stream_texts(out / "events.jsonl", out / "labels.json", "streams", True)
    real = data / "real"
    for r in _jsonl(real / "en_convabuse_trainvalid.jsonl"):
        if str(r["id"]).startswith("ca-train-") and r["gold"] in ("pos", "neg"):
            neg = r["gold"] == "neg"
            pool.append(Text(r["text"], frozenset(r["expect"]), "convabuse_train", neg, True))
    for r in _jsonl(real / "ja_asdc_customer.jsonl"):
        pool.append(Text(r["text"], frozenset(), "asdc", True, False))
    sample = data / "sample"
    pool += [
        t
        for t in _stream_texts(sample / "events.jsonl", sample / "labels.json", "sample", False)
        if t.hard_negative
    ]
    return pool


def fold_all(texts: Sequence[str], cache: Path | None) -> list[str]:
    """The detector's folded customer text of each (what the model reads at run time)."""
    from mamori.detect.content import LexiconDetector

    known: dict[str, str] = {}
    if cache is not None and cache.exists():
        known = json.loads(cache.read_text("utf-8"))
    det: LexiconDetector | None = None
    out = []
    for t in texts:
        f = known.get(t)
        if f is None:
            det = det or LexiconDetector.load(learned=False)
            f = known[t] = det.analyse_uncached(None, t, "chat").customer_text
        out.append(f)
    if cache is not None:
        cache.write_text(json.dumps(known, ensure_ascii=False, sort_keys=True), "utf-8")
    return out


@dataclass(frozen=True, slots=True)
class Trained:
    codes: tuple[str, ...]
    #: Active buckets (document frequency ≥ MIN_DF in the fitted texts), increasing.
    buckets: np.ndarray[Any, Any]
    idf: np.ndarray[Any, Any]
    #: rows = active buckets, columns = codes; float16 precision stored as float32.
    weights: np.ndarray[Any, Any]
    biases: np.ndarray[Any, Any]
    thresholds: np.ndarray[Any, Any]
    positives: dict[str, int]


def _matrix(folded: Sequence[str], idf: np.ndarray[Any, Any], col: dict[int, int]) -> Any:
    data: list[float] = []
    cols: list[int] = []
    ptr = [0]
    for f in folded:
        buckets, values = learned.sparse(f, idf)  # the run time's own features
        cols += [col[b] for b in buckets.tolist()]
        data += values.tolist()
        ptr.append(len(cols))
    return csr_matrix(
        (np.array(data, dtype=np.float64), np.array(cols, dtype=np.int64), np.array(ptr)),
        shape=(len(folded), len(col)),
    )


def fit(
    folded: Sequence[str],
    codes: Sequence[frozenset[str]],
    hard_negative: Sequence[bool],
    train: Sequence[bool],
    c: float = C,
) -> Trained:
    fitted = [f for f, t in zip(folded, train, strict=True) if t]
    n = len(fitted)
    df = np.zeros(learned.BUCKETS, dtype=np.int64)
    for f in fitted:
        chars, words = learned.hashed_buckets(f)
        for b in {*chars, *words}:
            df[b] += 1
    active = np.flatnonzero(df >= MIN_DF)
    # Smooth idf as scikit-learn's, kept at the precision the artefact stores.
    idf_active = (np.log((1 + n) / (1 + df[active])) + 1.0).astype(np.float32)
    idf = np.zeros(learned.BUCKETS, dtype=np.float32)
    idf[active] = idf_active
    col = {int(b): i for i, b in enumerate(active)}
    x = _matrix(fitted, idf, col)
    labels = [cs for cs, t in zip(codes, train, strict=True) if t]
    kept: list[str] = []
    positives: dict[str, int] = {}
    w_cols: list[np.ndarray[Any, Any]] = []
    biases: list[float] = []
    for code in CODES:
        y = np.array([code in cs for cs in labels])
        positives[code] = int(y.sum())
        if y.sum() < MIN_POSITIVES:
            continue
        m = LogisticRegression(C=c, class_weight="balanced", solver="liblinear", random_state=0)
        m.fit(x, y)
        kept.append(code)
        w_cols.append(m.coef_[0].astype(np.float16).astype(np.float32))
        biases.append(float(np.float32(m.intercept_[0])))
    weights = np.stack(w_cols, axis=1)
    bias = np.array(biases, dtype=np.float64)
    # Only texts the run time judges set a threshold (learned.MIN_CHARS).
    negs = [f for f, h in zip(folded, hard_negative, strict=True) if h and learned.judged(f)]
    xn = _matrix(negs, idf, col)
    scores = xn @ weights.astype(np.float64) + bias
    top = scores.max(axis=0) if len(negs) else np.zeros(len(kept))
    thresholds = np.maximum(top, 0.0) + MARGIN
    return Trained(
        tuple(kept), active, idf_active, weights, bias, thresholds.astype(np.float64), positives
    )


def artefact(model: Trained, pool: Sequence[Text], date: str) -> bytes:
    counts: dict[str, dict[str, int]] = {}
    for t in pool:
        row = counts.setdefault(t.source, {"fitted": 0, "positives": 0, "hard_negatives": 0})
        row["fitted"] += t.train
        row["positives"] += bool(t.codes)
        row["hard_negatives"] += t.hard_negative
    meta = {
        "trained": date,
        "script": "scripts/train_learned_model.py",
        "sources": {name: {"licence": LICENCES[name], **counts[name]} for name in sorted(counts)},
        "positives_per_code": model.positives,
        "config": {
            "features": "hashed char_wb 1-4-grams + word 1-2-grams (crc32), sublinear tf-idf, "
            "each kind L2-normalised",
            "buckets": learned.BUCKETS,
            "word_buckets": learned.WORD_BUCKETS,
            "min_df": MIN_DF,
            "model": "logistic regression per code, one-vs-rest",
            "C": C,
            "class_weight": "balanced",
            "solver": "liblinear",
            "weights": "float16 precision",
            "threshold": f"highest hard-negative decision value (min 0) + {MARGIN}",
        },
    }
    return learned.encode(
        model.codes,
        [float(v) for v in model.idf],
        [int(b) for b in model.buckets],
        [float(v) for v in model.weights.reshape(-1)],
        [float(v) for v in model.biases],
        [float(v) for v in model.thresholds],
        meta,
    )


#: Held out in turn by --cv: the newest sets that were judges once.
CV_SETS = ("en_heldout13.jsonl", "ja_heldout12.jsonl", "en_heldout15.jsonl", "ja_heldout14.jsonl")


def cross_validate(pool: Sequence[Text], folded: Sequence[str]) -> None:
    """Leave one paraphrase set out, retrain, count the lines the model adds to the rules."""
    from mamori.detect.content import LexiconDetector

    det = LexiconDetector.load(learned=False)
    for held in CV_SETS:
        keep = [i for i, t in enumerate(pool) if t.group != held]
        m = fit(
            [folded[i] for i in keep],
            [pool[i].codes for i in keep],
            [pool[i].hard_negative for i in keep],
            [pool[i].train for i in keep],
        )
        model = learned.decode(artefact(m, [], "cv"))
        pos = rules_code = union_code = neg = rules_fp = added_fp = 0
        for r in _jsonl(PARA / held):
            a = det.analyse(None, r["text"], "chat")
            have = {h.category.value for h in a.hits}
            serious = any(h.severity != "low" for h in a.hits)
            got = {c for c, _ in model.codes_of(a.customer_text)}
            gold = set(r["codes"])
            if gold:
                pos += 1
                rules_code += bool(gold & have)
                union_code += bool(gold & (have | got))
            else:
                neg += 1
                rules_fp += serious
                added_fp += bool(got - have) and not serious
        print(
            f"{held}: rules {rules_code}/{pos}, rules ∪ model {union_code}/{pos}; "
            f"FP rules {rules_fp}/{neg}, added by the model {added_fp}/{neg}"
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=learned.MODEL_PATH)
    ap.add_argument("--date", default=dt.datetime.now(dt.UTC).date().isoformat())
    ap.add_argument("--cache", type=Path, help="JSON file memoising the folded texts")
    ap.add_argument("--cv", action="store_true", help="measure only (writes nothing)")
    args = ap.parse_args()
    for bad in FORBIDDEN:
        assert bad not in str(args.data), "judge sets are never training data"
    scratch = Path(tempfile.gettempdir()) / "mamori-learned-streams"
    pool = training_pool(args.data, scratch)
    folded = fold_all([t.text for t in pool], args.cache)
    if args.cv:
        cross_validate(pool, folded)
        return
    model = fit(
        folded,
        [t.codes for t in pool],
        [t.hard_negative for t in pool],
        [t.train for t in pool],
    )
    blob = artefact(model, pool, args.date)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(blob)
    print(
        f"{sum(t.train for t in pool)} fitted texts, {sum(t.hard_negative for t in pool)} "
        f"hard negatives, {len(model.buckets)} active buckets, codes {list(model.codes)}; "
        f"thresholds {dict(zip(model.codes, np.round(model.thresholds, 3).tolist(), strict=True))}; "
        f"{len(blob) / 1e6:.2f} MB → {args.out}"
    )


if __name__ == "__main__":
    main()

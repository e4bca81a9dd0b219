"""Would a small trained classifier, OR-ed with the rules, add recall on blind phrasing?

    PYTHONPATH=streams:<dir with scikit-learn> .venv/bin/python \
        bench/experiment_trained_paraphrases.py [--cv] [--judge]

A measurement, not a component: scikit-learn is not a dependency of Mamori (install it
into a scratch directory). Deterministic: liblinear, fixed seed, no shuffling.

Training text (ours, or licensed for it): the paraphrase sets except the two judges,
``tests/data/content_examples_{en,ja}.jsonl``, the generated streams 1–4 (``gen.py``
into a scratch directory; inbound texts of normal and legitimate-complainer customers
as negatives, labelled events as positives) and the ConvAbuse **train** split
(Curry, Abercrombie & Rieser, EMNLP 2021, CC BY 4.0). One logistic regression per
content code (one-vs-rest) over TF-IDF character n-grams of the folded customer text
(``TextAnalysis.customer_text``, i.e. Mamori's own width/case folding) plus English
word n-grams.

Thresholds: per code, just above the highest score the model gives any *hard
negative* — codes:[] lines of the training paraphrase sets, benign texts of streams
1–4, the labelled sample's legitimate/normal customers, ASDC (ja, CC BY 4.0) and the
ConvAbuse train negatives — times a margin chosen by cross-validation. So by
construction the model adds no flag on any hard negative it was tuned on; the
question is whether that holds, and what recall it adds, on sets it never saw.

``--cv``: leave-one-set-out over the newest training paraphrase sets (en_heldout13 and
ja_heldout12, each held out in turn, the model retrained without it), for each C of
``--cv-c``; the chosen configuration is the one with the most added lines at zero
added false positive (counting a model hit as medium) on the held-out sets. ``--judge``: the frozen configuration
trained once on everything, scored once on ``en_heldout14`` / ``ja_heldout13`` —
aggregate figures only, no line of them is printed — and on the ConvAbuse valid
negatives, ASDC and the sample's legitimate/normal customers.

Scoring (as ``mamori evaluate --paraphrases``): a positive line is *caught* when one of
its gold codes is among the codes found (``code`` recall) — also reported: any code at
all (``any``, the evaluate headline). The rules' hits count at any severity for
recall; a negative line is a false positive when it gets a medium/high code. A model
hit is reported twice: as ``low`` (cannot count as FP, by that rule) and as
``medium`` (counts).
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sklearn.feature_extraction.text import TfidfVectorizer  # type: ignore[import-not-found]
from sklearn.linear_model import LogisticRegression  # type: ignore[import-not-found]
from sklearn.pipeline import make_union  # type: ignore[import-not-found]

from mamori.detect.content import LexiconDetector
from mamori.domain.taxonomy import CONTENT_CATEGORIES

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
PARA = DATA / "paraphrases"
REAL = ROOT.parent / "shared" / "data" / "real"
SAMPLE = Path("/work/shared/data/sample")
JUDGES = ("en_heldout14.jsonl", "ja_heldout13.jsonl")
STREAMS = (
    "other_style_stream",
    "other_style_stream2",
    "other_style_stream3",
    "other_style_stream4",
)
CODES = tuple(c.value for c in CONTENT_CATEGORIES)
#: Held out in turn by --cv (the newest blind sets, written like the judges).
CV_SETS = ("en_heldout13.jsonl", "ja_heldout12.jsonl")


@dataclass(frozen=True, slots=True)
class Text:
    text: str
    codes: frozenset[str]
    group: str
    #: A benign text the thresholds must keep unflagged.
    hard_negative: bool
    #: Used to fit the model (False: threshold/measurement only).
    train: bool


_DET: LexiconDetector | None = None


def detector() -> LexiconDetector:
    global _DET
    if _DET is None:
        _DET = LexiconDetector.load()
    return _DET


@dataclass(frozen=True, slots=True)
class Rules:
    folded: str
    any_codes: frozenset[str]
    serious_codes: frozenset[str]


_RULES: dict[str, Rules] = {}


def rules(text: str) -> Rules:
    got = _RULES.get(text)
    if got is None:
        a = detector().analyse(None, text, "chat")
        got = Rules(
            a.customer_text,
            frozenset(h.category.value for h in a.hits if h.category.value in CODES),
            frozenset(
                h.category.value
                for h in a.hits
                if h.category.value in CODES and h.severity != "low"
            ),
        )
        _RULES[text] = got
    return got


def _jsonl(path: Path) -> Iterable[dict[str, Any]]:
    for line in path.read_text("utf-8").splitlines():
        if line.strip():
            yield json.loads(line)


def paraphrase_set(name: str, train: bool = True) -> list[Text]:
    return [
        Text(r["text"], frozenset(r["codes"]), name, not r["codes"], train)
        for r in _jsonl(PARA / name)
    ]


def _stream_texts(events: Path, labels: Path, group: str, train: bool) -> list[Text]:
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
        out.setdefault((text, codes), Text(text, codes, group, not codes, train))
    return list(out.values())


def training_pool(scratch: Path) -> list[Text]:
    pool: list[Text] = []
    for path in sorted(PARA.glob("*.jsonl")):
        if path.name not in JUDGES:
            pool += paraphrase_set(path.name)
    for lang in ("en", "ja"):
        for r in _jsonl(DATA / f"content_examples_{lang}.jsonl"):
            pool.append(Text(r["text"], frozenset(r["codes"]), f"examples_{lang}", False, True))
    for name in STREAMS:
        out = scratch / name
        if not (out / "labels.json").exists():
            out.mkdir(parents=True, exist_ok=True)
            subprocess.run(
                [sys.executable, str(DATA / name / "gen.py"), str(out)],
                check=True,
                capture_output=True,
            )
        pool += _stream_texts(out / "events.jsonl", out / "labels.json", name, True)
    for r in _jsonl(REAL / "en_convabuse_trainvalid.jsonl"):
        if str(r["id"]).startswith("ca-train-") and r["gold"] in ("pos", "neg"):
            pool.append(
                Text(r["text"], frozenset(r["expect"]), "convabuse_train", r["gold"] == "neg", True)
            )
    # Threshold-only negatives (never fitted on).
    for r in _jsonl(REAL / "ja_asdc_customer.jsonl"):
        pool.append(Text(r["text"], frozenset(), "asdc", True, False))
    pool += [
        t
        for t in _stream_texts(SAMPLE / "events.jsonl", SAMPLE / "labels.json", "sample", False)
        if t.hard_negative
    ]
    return pool


def convabuse_valid_negatives() -> list[Text]:
    return [
        Text(r["text"], frozenset(), "convabuse_valid", True, False)
        for r in _jsonl(REAL / "en_convabuse_trainvalid.jsonl")
        if str(r["id"]).startswith("ca-valid-") and r["gold"] == "neg"
    ]


@dataclass(frozen=True, slots=True)
class Config:
    c: float = 4.0
    char_max: int = 4
    #: Threshold = margin × (highest hard-negative score); >1 leaves head-room.
    margin: float = 1.0

    def vectorizer(self) -> Any:
        return make_union(
            TfidfVectorizer(
                analyzer="char_wb",
                ngram_range=(1, self.char_max),
                min_df=2,
                sublinear_tf=True,
                lowercase=False,
            ),
            TfidfVectorizer(
                analyzer="word",
                ngram_range=(1, 2),
                min_df=2,
                sublinear_tf=True,
                lowercase=False,
                token_pattern=r"(?u)\b[a-z][a-z']+\b",
            ),
        )


class Model:
    def __init__(self, cfg: Config, texts: Sequence[Text]) -> None:
        fit = [t for t in texts if t.train]
        self.vec = cfg.vectorizer()
        x = self.vec.fit_transform([rules(t.text).folded for t in fit])
        self.models: dict[str, Any] = {}
        for code in CODES:
            y = [code in t.codes for t in fit]
            if sum(y) < 5:
                continue
            m = LogisticRegression(
                C=cfg.c, class_weight="balanced", solver="liblinear", random_state=0
            )
            m.fit(x, y)
            self.models[code] = m
        # Per code: just above the highest score of any hard negative (fitted or not).
        negs = [t for t in texts if t.hard_negative]
        xs = self.vec.transform([rules(t.text).folded for t in negs])
        self.cut: dict[str, float] = {}
        for code, m in self.models.items():
            top = float(m.predict_proba(xs)[:, 1].max()) if negs else 0.5
            self.cut[code] = min(0.999999, max(0.5, top) * cfg.margin + 1e-9)

    def codes(self, texts: Sequence[str]) -> list[frozenset[str]]:
        x = self.vec.transform([rules(t).folded for t in texts])
        out: list[set[str]] = [set() for _ in texts]
        for code, m in self.models.items():
            for i, p in enumerate(m.predict_proba(x)[:, 1]):
                if p > self.cut[code]:
                    out[i].add(code)
        return [frozenset(s) for s in out]


@dataclass(slots=True)
class Score:
    pos: int = 0
    rules_code: int = 0
    union_code: int = 0
    rules_any: int = 0
    union_any: int = 0
    neg: int = 0
    rules_fp: int = 0
    #: Negatives with a model code where the rules had no medium/high code.
    added_fp: int = 0
    #: Negatives with any model code at all.
    model_flag: int = 0

    def row(self, name: str) -> str:
        rec = (
            f"{self.rules_code}/{self.pos} | {self.union_code}/{self.pos} | "
            f"{self.rules_any}/{self.pos} | {self.union_any}/{self.pos}"
            if self.pos
            else "— | — | — | —"
        )
        return (
            f"| {name} | {rec} | {self.rules_fp}/{self.neg} | {self.rules_fp}/{self.neg} | "
            f"{self.rules_fp + self.added_fp}/{self.neg} |"
        )


HEADER = (
    "| set | rules (code) | rules∪model (code) | rules (any) | rules∪model (any) | "
    "FP rules | FP ∪ model as low | FP ∪ model as medium |\n|---|---:|---:|---:|---:|---:|---:|---:|"
)


def score(model: Model, texts: Sequence[Text]) -> Score:
    s = Score()
    found = model.codes([t.text for t in texts])
    for t, m in zip(texts, found, strict=True):
        r = rules(t.text)
        if t.codes:
            s.pos += 1
            s.rules_code += bool(t.codes & r.any_codes)
            s.union_code += bool(t.codes & (r.any_codes | m))
            s.rules_any += bool(r.any_codes)
            s.union_any += bool(r.any_codes | m)
        else:
            s.neg += 1
            s.rules_fp += bool(r.serious_codes)
            s.added_fp += bool(m) and not r.serious_codes
            s.model_flag += bool(m)
    return s


def cross_validate(pool: list[Text], configs: Sequence[Config]) -> None:
    for cfg in configs:
        print(f"\n#### {cfg}\n\n{HEADER}")
        total = Score()
        for held in CV_SETS:
            model = Model(cfg, [t for t in pool if t.group != held])
            s = score(model, paraphrase_set(held, train=False))
            print(s.row(held), flush=True)
            for f in total.__dataclass_fields__:
                setattr(total, f, getattr(total, f) + getattr(s, f))
        print(total.row("total"))


def judge(pool: list[Text], cfg: Config) -> None:
    model = Model(cfg, pool)
    print(
        f"\nfrozen {cfg}; thresholds " + json.dumps({k: round(v, 3) for k, v in model.cut.items()})
    )
    print(HEADER)
    for name in JUDGES:
        # Aggregate figures only: no line of a judge is printed.
        print(score(model, paraphrase_set(name, train=False)).row(name))
    others = {
        "ConvAbuse valid neg": convabuse_valid_negatives(),
        "ASDC (tuned on)": [t for t in pool if t.group == "asdc"],
        "sample legit/normal (tuned on)": [t for t in pool if t.group == "sample"],
    }
    for name, texts in others.items():
        print(score(model, texts).row(name))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cv", action="store_true")
    ap.add_argument("--judge", action="store_true")
    ap.add_argument("--c", type=float, default=4.0)
    ap.add_argument("--cv-c", default="1,4,16", help="values of C tried by --cv")
    ap.add_argument("--char-max", type=int, default=4)
    ap.add_argument("--margin", type=float, default=1.0)
    args = ap.parse_args()
    scratch = Path(tempfile.gettempdir()) / "mamori-trained-streams"
    cache = os.environ.get("RULES_CACHE")  # optional: a pickle of the rules' results
    if cache and Path(cache).exists():
        _RULES.update(pickle.loads(Path(cache).read_bytes()))
    pool = training_pool(scratch)
    for t in pool:
        rules(t.text)
    if cache:
        Path(cache).write_bytes(pickle.dumps(_RULES))
    print(
        f"pool: {sum(t.train for t in pool)} fitted texts, "
        f"{sum(t.hard_negative for t in pool)} hard negatives"
    )
    if args.cv:
        cross_validate(
            pool,
            [
                Config(c=float(c), char_max=args.char_max, margin=args.margin)
                for c in args.cv_c.split(",")
            ],
        )
    if args.judge:
        judge(pool, Config(c=args.c, char_max=args.char_max, margin=args.margin))


if __name__ == "__main__":
    main()

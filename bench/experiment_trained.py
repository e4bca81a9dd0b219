"""Would a small trained classifier beat the rules? A measurement, not a component.

    PYTHONPATH=<dir with scikit-learn> .venv/bin/python bench/experiment_trained.py

scikit-learn is not a dependency of Mamori; install it into a scratch directory
(``uv pip install --target DIR scikit-learn``) to run this. The ConvAbuse corpus
(Curry, Abercrombie & Rieser, EMNLP 2021, CC BY 4.0) is read from
``../shared/data/real/en_convabuse_trainvalid.jsonl``: the model is trained on the
**train** split only (deterministic: fixed solver, no shuffling, seed 0) and scored on
the **valid** split, where the rules are scored too. Reported: the rules' recall and
FP on valid; the model's recall at the same FP (threshold chosen on the train split's
own negatives, so valid stays unseen); and rules OR model at the rules' FP.
Nothing is written: the decision and the figures go to docs/quality.md.
"""

from __future__ import annotations

import json
from pathlib import Path

from sklearn.feature_extraction.text import TfidfVectorizer  # type: ignore[import-not-found]
from sklearn.linear_model import LogisticRegression  # type: ignore[import-not-found]
from sklearn.pipeline import make_pipeline, make_union  # type: ignore[import-not-found]

from mamori.detect.content import LexiconDetector

REAL = Path(__file__).resolve().parents[2] / "shared" / "data" / "real"


def _rows(split: str) -> list[dict[str, object]]:
    rows = []
    for line in (REAL / "en_convabuse_trainvalid.jsonl").read_text("utf-8").splitlines():
        r = json.loads(line)
        if str(r["id"]).startswith(f"ca-{split}-") and r["gold"] in ("pos", "neg"):
            rows.append(r)
    return rows


def _rates(pred: list[bool], gold: list[bool]) -> tuple[float, float]:
    pos = sum(gold)
    neg = len(gold) - pos
    tp = sum(p and g for p, g in zip(pred, gold, strict=True))
    fp = sum(p and not g for p, g in zip(pred, gold, strict=True))
    return tp / max(1, pos), fp / max(1, neg)


def main() -> None:
    train, valid = _rows("train"), _rows("valid")
    det = LexiconDetector.load()

    def rules(r: dict[str, object], serious: bool) -> bool:
        hits = det.analyse(None, str(r["text"]), "chat").hits
        return any(h.severity != "low" for h in hits) if serious else bool(hits)

    y_train = [r["gold"] == "pos" for r in train]
    y_valid = [r["gold"] == "pos" for r in valid]
    # Recall counts any indicator, FP only medium/high: score both sides that way.
    rule_any = [rules(r, False) for r in valid]
    rule_serious = [rules(r, True) for r in valid]
    recall, _ = _rates(rule_any, y_valid)
    _, fp = _rates(rule_serious, y_valid)
    model = make_pipeline(
        make_union(
            TfidfVectorizer(analyzer="word", ngram_range=(1, 2), min_df=2, sublinear_tf=True),
            TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True),
        ),
        LogisticRegression(C=4.0, max_iter=2000, class_weight="balanced", random_state=0),
    )
    model.fit([str(r["text"]) for r in train], y_train)
    # Threshold from the train negatives' scores (out of valid): FP rate ≈ the rules' FP.
    train_neg = sorted(
        p
        for p, g in zip(
            model.predict_proba([str(r["text"]) for r in train])[:, 1], y_train, strict=True
        )
        if not g
    )
    cut = train_neg[min(len(train_neg) - 1, int(len(train_neg) * (1 - fp)))]
    scores = model.predict_proba([str(r["text"]) for r in valid])[:, 1]
    model_pred = [bool(s > cut) for s in scores]
    m_recall, m_fp = _rates(model_pred, y_valid)
    both = [a or b for a, b in zip(rule_any, model_pred, strict=True)]
    both_serious = [a or b for a, b in zip(rule_serious, model_pred, strict=True)]
    b_recall, _ = _rates(both, y_valid)
    _, b_fp = _rates(both_serious, y_valid)
    print(f"valid split: {sum(y_valid)} pos, {len(y_valid) - sum(y_valid)} neg")
    print(f"rules:          recall {recall:.3f}  FP {fp:.2%}")
    print(f"model alone:    recall {m_recall:.3f}  FP {m_fp:.2%}  (threshold {cut:.3f})")
    print(f"rules OR model: recall {b_recall:.3f}  FP {b_fp:.2%}")


if __name__ == "__main__":
    main()

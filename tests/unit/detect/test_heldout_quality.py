"""A held-out check written independently of the lexicon authors and of the sample:
other wording, 関西弁, casual English, hard negatives. Guards generalisation."""

from __future__ import annotations

import json
from pathlib import Path

from mamori.detect.content import LexiconDetector

HELDOUT = Path(__file__).parents[2] / "data" / "heldout_lead.jsonl"


def test_heldout_f1_and_no_serious_false_positives() -> None:
    detector = LexiconDetector.load()
    tp = fp = fn = 0
    serious_on_negatives = []
    for line in HELDOUT.read_text("utf-8").splitlines():
        example = json.loads(line)
        truth = set(example["codes"])
        hits = {
            h.category.value: h.severity
            for h in detector.analyse(None, example["text"], "chat").hits
        }
        tp += len(truth & set(hits))
        fp += len(set(hits) - truth)
        fn += len(truth - set(hits))
        if not truth and any(sev != "low" for sev in hits.values()):
            serious_on_negatives.append(example["text"])
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    f1 = 2 * precision * recall / (precision + recall)
    assert serious_on_negatives == []
    assert f1 >= 0.85, (precision, recall)

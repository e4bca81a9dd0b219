"""What the learned model adds to content analysis, per message.

    PYTHONPATH=streams .venv/bin/python bench/bench_learned_cost.py [EVENTS.jsonl] [--texts N]

CPU time (``process_time``) of ``LexiconDetector.analyse`` over the first N distinct
texts of the events file (default: the shared sample, 3,000 texts), with the rules
alone (``learned=False``) and with the learned model OR-ed in, each run on a fresh
detector (its memo of analysed texts and the model's per-word memo cold), alternating,
best of 3. Process-wide caches (lemmas, readings, the lexicon) are warmed once on
other inputs first, as a worker's are after its first minutes.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from mamori.detect import learned
from mamori.detect.content import LexiconDetector

SAMPLE = Path(__file__).resolve().parents[2] / "shared" / "data" / "sample" / "events.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("events", nargs="?", type=Path, default=SAMPLE)
    ap.add_argument("--texts", type=int, default=3000)
    args = ap.parse_args()
    texts: dict[str, None] = {}
    with args.events.open(encoding="utf-8") as f:
        for line in f:
            text = json.loads(line).get("text")
            if text:
                texts.setdefault(text)
            if len(texts) >= args.texts:
                break
    order = list(texts)
    for use_model in (False, True):  # warm the process-wide caches on other strings
        warm = LexiconDetector.load(learned=use_model)
        for t in order[:200]:
            warm.analyse(None, t + " ", "chat")
    best: dict[bool, float] = {}
    for _ in range(3):
        for use_model in (False, True):
            det = LexiconDetector.load(learned=use_model)
            # The model's per-word n-gram memo starts cold too: the texts a repeat
            # would find there are the very texts it is timed on.
            learned._WORD_MEMO.clear()
            start = time.process_time()
            for t in order:
                det.analyse(None, t, "chat")
            us = (time.process_time() - start) / len(order) * 1e6
            best[use_model] = min(us, best.get(use_model, us))
    print(
        f"{len(order)} distinct texts: rules alone {best[False]:.1f} µs, "
        f"rules + learned model {best[True]:.1f} µs a message "
        f"({best[True] / best[False]:.2f}×)"
    )


if __name__ == "__main__":
    main()

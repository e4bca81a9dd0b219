"""Content-detector cost: µs per message on the sample texts (one core).

    .venv/bin/python bench/bench_content.py [EVENTS.jsonl] [--repeat 5]

Times ``LexiconDetector.analyse_uncached`` alone (no decoding, no state) over every
event with a text (best of ``--repeat`` runs), then one cold pass of ``analyse`` with
its memo of repeated texts, plus the lexicon load time.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from mamori.detect.content import LexiconDetector

SAMPLE = Path(__file__).resolve().parents[2] / "shared" / "data" / "sample" / "events.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("events", nargs="?", type=Path, default=SAMPLE)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    items: list[tuple[str | None, str | None, str]] = []
    for line in args.events.read_text("utf-8").splitlines():
        e = json.loads(line)
        if e.get("text") or e.get("subject"):
            items.append((e.get("subject"), e.get("text"), e["channel"]))
    t = time.perf_counter()
    det = LexiconDetector.load()
    load_s = time.perf_counter() - t
    best = float("inf")
    hits = 0
    for _ in range(args.repeat):
        hits = 0
        t = time.perf_counter()
        for subject, text, channel in items:
            hits += len(det.analyse_uncached(subject, text, channel).hits)
        best = min(best, time.perf_counter() - t)
    fresh = LexiconDetector.load()
    t = time.perf_counter()
    for subject, text, channel in items:
        fresh.analyse(subject, text, channel)
    memo_s = time.perf_counter() - t
    chars = sum(len(text or "") + len(subject or "") for subject, text, _ in items)
    print(
        f"messages: {len(items)}  mean length: {chars / max(1, len(items)):.0f} chars  hits: {hits}"
    )
    print(f"lexicon load: {load_s * 1000:.0f} ms  rules: {len(det.rules)}")
    print(
        f"analyse: {best / len(items) * 1e6:.1f} µs/message  "
        f"({len(items) / best:,.0f} messages/s, best of {args.repeat}, no memo)"
    )
    print(
        f"analyse with memo, one cold pass: {memo_s / len(items) * 1e6:.1f} µs/message "
        f"({len(items) / memo_s:,.0f} messages/s; repeated texts are served from the memo)"
    )


if __name__ == "__main__":
    main()

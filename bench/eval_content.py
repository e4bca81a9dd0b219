"""Per-code precision/recall/F1 of the content detector on a labelled sample.

    .venv/bin/python bench/eval_content.py [EVENTS.jsonl LABELS.json] [--errors CODE]

Scores (event_id, code) pairs like the project's scoring (any severity counts),
and the share of legitimate complainers / normal customers with a medium or high
content hit. Only inbound events and call/visit transcripts are analysed, as in
the engine. ``--errors CODE`` prints the misses and false alarms of one code.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from mamori.detect.content import LexiconDetector
from mamori.domain.taxonomy import CONTENT_CATEGORIES

SAMPLE = Path(__file__).resolve().parents[2] / "shared" / "data" / "sample"
_TRANSCRIPT = {"phone", "visit"}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("events", nargs="?", type=Path, default=SAMPLE / "events.jsonl")
    ap.add_argument("labels", nargs="?", type=Path, default=SAMPLE / "labels.json")
    ap.add_argument("--errors", default=None, help="print errors of this code")
    ap.add_argument("--limit", type=int, default=40)
    args = ap.parse_args()
    labels = json.loads(args.labels.read_text("utf-8"))
    truth: dict[str, list[str]] = labels["events"]
    profiles = {c: v["profile"] for c, v in labels["customers"].items()}
    det = LexiconDetector.load()
    pred: dict[str, dict[str, tuple[str, str, str]]] = {}
    texts: dict[str, str] = {}
    serious: set[str] = set()
    for line in args.events.read_text("utf-8").splitlines():
        e = json.loads(line)
        if e["direction"] == "outbound" and e["channel"] not in _TRANSCRIPT:
            continue
        if not (e.get("text") or e.get("subject")):
            continue
        a = det.analyse(e.get("subject"), e.get("text"), e["channel"])
        texts[e["event_id"]] = e.get("text") or ""
        pred[e["event_id"]] = {h.category.value: (h.severity, h.rule, h.evidence) for h in a.hits}
        if any(h.severity != "low" for h in a.hits):
            serious.add(e["customer_id"])
    rows = []
    f1s = []
    for cat in CONTENT_CATEGORIES:
        code = cat.value
        t = {eid for eid, cs in truth.items() if code in cs}
        p = {eid for eid, hs in pred.items() if code in hs}
        tp, fp, fn = len(t & p), len(p - t), len(t - p)
        prec = tp / (tp + fp) if tp + fp else 1.0
        rec = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        f1s.append(f1)
        rows.append(f"| `{code}` | {prec:.3f} | {rec:.3f} | {f1:.3f} | {tp} | {fp} | {fn} |")
        if args.errors == code:
            print(f"--- misses of {code}")
            for eid in sorted(t - p)[: args.limit]:
                print("  FN", eid, truth[eid], repr(texts.get(eid, "?"))[:300])
            print(f"--- false alarms of {code}")
            for eid in sorted(p - t)[: args.limit]:
                print("  FP", eid, truth.get(eid), pred[eid][code], repr(texts.get(eid, "?"))[:300])
    print("| code | precision | recall | F1 | TP | FP | FN |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    print("\n".join(rows))
    print(f"| **macro (11 content codes)** | | | **{sum(f1s) / len(f1s):.3f}** | | | |")
    by_profile: dict[str, list[str]] = defaultdict(list)
    for c, prof in profiles.items():
        by_profile[prof].append(c)
    for prof in ("legit_complainer", "normal"):
        members = by_profile.get(prof, [])
        flagged = sum(1 for c in members if c in serious)
        share = flagged / len(members) if members else 0.0
        print(f"{prof}: {flagged}/{len(members)} = {share:.1%} with a medium/high content hit")


if __name__ == "__main__":
    main()

"""Recall / false positives of the content detector on the real development corpora.

    .venv/bin/python bench/eval_real.py [FILE.jsonl ...] [--errors fn|fp] [--limit N]

Scoring as ``../shared/data/real/README.md`` describes: each text is one inbound chat
message of its own customer (so only content codes can fire; the stateful detectors
need history), recall = share of ``pos`` texts with any content indicator, FP = share
of ``neg`` texts with a medium/high indicator. Also the aimed-at-agent slice
(``meta.at_agent``) and per-code agreement with ``expect``. The texts are read from
the shared folder and never copied into the repository; ``--errors`` prints them
on the terminal only, for development.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from mamori.detect.content import LexiconDetector

REAL = Path(__file__).resolve().parents[2] / "shared" / "data" / "real"
DEFAULT = ("en_convabuse_trainvalid.jsonl", "ja_inspection.jsonl", "ja_asdc_customer.jsonl")


def score(det: LexiconDetector, path: Path, errors: str | None, limit: int) -> dict[str, float]:
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    pos = hit = neg = fp = agent = agent_hit = 0
    code_ok: Counter[str] = Counter()
    code_n: Counter[str] = Counter()
    shown = 0
    for r in rows:
        a = det.analyse(None, r["text"], "chat")
        cats = {h.category.value for h in a.hits}
        serious = any(h.severity != "low" for h in a.hits)
        if r["gold"] == "pos":
            pos += 1
            hit += bool(cats)
            if r.get("meta", {}).get("at_agent"):
                agent += 1
                agent_hit += bool(cats)
            for code in r.get("expect") or []:
                code_n[code] += 1
                code_ok[code] += code in cats
            if errors == "fn" and not cats and shown < limit:
                shown += 1
                print("  FN", r["id"], r.get("expect"), repr(r["text"])[:200])
        elif r["gold"] == "neg":
            neg += 1
            fp += serious
            if errors == "fp" and serious and shown < limit:
                shown += 1
                why = [(h.category.value, h.severity, h.rule, h.evidence) for h in a.hits]
                print("  FP", r["id"], why, repr(r["text"])[:200])
    out = {
        "pos": pos,
        "recall": hit / pos if pos else float("nan"),
        "neg": neg,
        "fp": fp / neg if neg else float("nan"),
    }
    if agent:
        out["at_agent"] = agent_hit / agent
    for code in sorted(code_n):
        out[f"code:{code}"] = code_ok[code] / code_n[code]
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--errors", choices=("fn", "fp"), default=None)
    ap.add_argument("--limit", type=int, default=60)
    ap.add_argument("--no-learned", action="store_true", help="the rules alone")
    args = ap.parse_args()
    files = args.files or [REAL / f for f in DEFAULT]
    det = LexiconDetector.load(learned=not args.no_learned)
    for path in files:
        if not path.exists():
            print(f"{path.name}: missing")
            continue
        res = score(det, path, args.errors, args.limit)
        recall = f"recall {res['recall']:.3f} ({res['pos']} pos)" if res["pos"] else "no pos"
        fp = f"FP {res['fp']:.2%} ({res['neg']} neg)" if res["neg"] else "no neg"
        agent = f"  at_agent {res['at_agent']:.3f}" if "at_agent" in res else ""
        print(f"{path.name}: {recall}  {fp}{agent}")
        codes = {k[5:]: v for k, v in res.items() if k.startswith("code:")}
        if codes:
            print("   per-code agreement: " + ", ".join(f"{k} {v:.2f}" for k, v in codes.items()))


if __name__ == "__main__":
    main()

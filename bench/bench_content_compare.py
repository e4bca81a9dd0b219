"""Content-detector cost, this tree against a previous release, side by side in one run.

    .venv/bin/python bench/bench_content_compare.py [--baseline REV] [--repeat 3]

``REV`` (default ``40c4d59``, the release before the morphological layer) is exported
with ``git archive`` into a temporary directory; each side then runs in its own
subprocess (same interpreter, same machine, alternating A/B/A/B) over the same texts:
the labelled sample (every event with a text) and the real development corpora of
``../shared/data/real`` (read there, never copied). Reported per text set: µs per
message for ``analyse_uncached`` with a fresh detector per repeat (so neither the
result memo nor the analysis cache carries over between repeats; best of
``--repeat``; CPU time of the process, which a loaded machine disturbs far less
than wall-clock time), one cold pass of ``analyse`` with its memo, and for this tree the share
of messages the surface pre-filter let through to the analyser.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: The shared data beside the checkout (``../shared``), or beside a worktree's parent.
SHARED = next(
    (d / "shared" / "data" for d in ROOT.parents if (d / "shared" / "data").is_dir()),
    ROOT.parent / "shared" / "data",
)
SETS = {
    "sample": SHARED / "sample" / "events.jsonl",
    "en_convabuse": SHARED / "real" / "en_convabuse_trainvalid.jsonl",
    "ja_inspection": SHARED / "real" / "ja_inspection.jsonl",
    "ja_asdc": SHARED / "real" / "ja_asdc_customer.jsonl",
}


def _texts(path: Path) -> list[tuple[str | None, str | None, str]]:
    out: list[tuple[str | None, str | None, str]] = []
    for line in path.read_text("utf-8").splitlines():
        e = json.loads(line)
        if "channel" in e:  # a ContactEvent of the sample
            if e.get("text") or e.get("subject"):
                out.append((e.get("subject"), e.get("text"), e["channel"]))
        elif e.get("text"):
            out.append((None, e["text"], "chat"))
    return out


def worker(names: list[str], repeat: int) -> None:
    """Runs inside the subprocess: times whichever ``mamori`` is on sys.path."""
    from mamori.detect.content import LexiconDetector

    result: dict[str, dict[str, float]] = {}
    for name in names:
        items = _texts(SETS[name])
        best = float("inf")
        analysed = 0
        for _ in range(repeat):
            det = LexiconDetector.load()
            det.analyse_uncached(None, "ウォームアップ", "chat")  # the dictionary loads lazily
            warm = getattr(getattr(det, "_analyser", None), "analysed", 0)
            t = time.process_time()
            for subject, text, channel in items:
                det.analyse_uncached(subject, text, channel)
            best = min(best, time.process_time() - t)
            analysed = getattr(getattr(det, "_analyser", None), "analysed", 0) - warm
        det = LexiconDetector.load()
        det.analyse_uncached(None, "ウォームアップ", "chat")
        t = time.process_time()
        for subject, text, channel in items:
            det.analyse(subject, text, channel)
        memo = time.process_time() - t
        n = max(1, len(items))
        result[name] = {
            "messages": len(items),
            "us": best / n * 1e6,
            "memo_us": memo / n * 1e6,
            "analysed_share": analysed / n,
        }
    print(json.dumps(result))


def _run(pythonpath: Path, names: list[str], repeat: int) -> dict[str, dict[str, float]]:
    env = dict(os.environ, PYTHONPATH=str(pythonpath))
    out = subprocess.run(
        [sys.executable, __file__, "--worker", *names, "--repeat", str(repeat)],
        env=env,
        check=True,
        capture_output=True,
        text=True,
        cwd=str(pythonpath),
    )
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--baseline", default="40c4d59")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--rounds", type=int, default=2, help="A/B alternations")
    ap.add_argument("--worker", nargs="*", default=None)
    args = ap.parse_args()
    if args.worker is not None:
        worker(args.worker, args.repeat)
        return
    names = [n for n, p in SETS.items() if p.exists()]
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", args.baseline, "streams"],
            check=True,
            capture_output=True,
        ).stdout
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(tmp, filter="data")
        base_path = Path(tmp) / "streams"
        best: dict[str, dict[str, dict[str, float]]] = {"baseline": {}, "this": {}}
        for _ in range(args.rounds):
            for side, path in (("baseline", base_path), ("this", ROOT / "streams")):
                got = _run(path, names, args.repeat)
                for name, r in got.items():
                    cur = best[side].get(name)
                    if cur is None or r["us"] < cur["us"]:
                        best[side][name] = r
    print(f"baseline {args.baseline} vs this tree; best of {args.repeat}×{args.rounds} rounds")
    print(
        "| texts | messages | baseline µs/msg | this µs/msg | ratio | analysed | memo: base → this |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name in names:
        b, t = best["baseline"][name], best["this"][name]
        print(
            f"| {name} | {int(t['messages'])} | {b['us']:.1f} | {t['us']:.1f} | "
            f"{t['us'] / b['us']:.2f}× | {t['analysed_share']:.0%} | "
            f"{b['memo_us']:.1f} → {t['memo_us']:.1f} |"
        )


if __name__ == "__main__":
    main()

"""Replay/detection throughput on one core: events/s, µs per event, peak memory.

    .venv/bin/python bench/bench_replay.py [EVENTS.jsonl] [--repeat 3]

Without a file it uses the shared sample if present, else a synthetic stream.
Prints decode-only, detection-only and full replay figures separately, because
the issue's target (≥ 100 k events/s) is about detection not being the worker's
bottleneck.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import resource
import time
from datetime import UTC, datetime
from pathlib import Path

from mamori.detect.base import TextAnalysis
from mamori.detect.config import DetectionConfig
from mamori.detect.content import LexiconDetector
from mamori.detect.engine import DetectionEngine
from mamori.detect.state import CustomerState
from mamori.domain.contract import ContactEvent
from mamori.domain.pseudonym import Pseudonymizer
from mamori.domain.validation import decode_contact_event
from mamori.tools.synthetic import synthetic_lines

SAMPLE = Path(__file__).resolve().parents[2] / "shared" / "data" / "sample" / "events.jsonl"
FAR = datetime(9000, 1, 1, tzinfo=UTC)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("events", nargs="?", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--workers", type=lambda v: [int(x) for x in v.split(",")], default=[1, 2])
    args = parser.parse_args()
    source = args.events or (SAMPLE if SAMPLE.exists() else None)
    lines = source.read_bytes().splitlines() if source else list(synthetic_lines(50_000))
    name = str(source) if source else "synthetic 50k"

    t = time.perf_counter()
    events = [
        e
        for e in (decode_contact_event(raw, now=FAR) for raw in lines)
        if isinstance(e, ContactEvent)
    ]
    decode_s = time.perf_counter() - t
    events.sort(key=lambda e: (e.ts, e.event_id))
    best = float("inf")
    content_s = 0.0
    indicators = 0
    states: dict[str, CustomerState] = {}
    for _ in range(args.repeat):
        # A fresh detector per run: its text cache starts cold, as after a worker start.
        content = _Timed(LexiconDetector.load())
        engine = DetectionEngine(DetectionConfig(), content, Pseudonymizer(b"b" * 32))
        states = {}
        indicators = 0
        t = time.perf_counter()
        for e in events:
            det = engine.process(e, states.get(e.customer_id), e.occurred_at)
            states[e.customer_id] = det.state
            indicators += len(det.indicators)
        elapsed = time.perf_counter() - t
        if elapsed < best:
            best, content_s = elapsed, content.seconds
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    state_sizes = sorted(len(s.to_bytes()) for s in states.values())
    print(
        f"machine     : {platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    print(f"date        : {datetime.now(UTC):%Y-%m-%d}")
    print(
        f"input       : {name}: {len(lines)} lines, {len(events)} valid events, {indicators} indicators"
    )
    print(
        f"decode      : {len(lines) / decode_s:,.0f} events/s ({decode_s / len(lines) * 1e6:.1f} µs/event)"
    )
    print(
        f"detection   : {len(events) / best:,.0f} events/s ({best / len(events) * 1e6:.1f} µs/event, best of {args.repeat}, cold text cache)"
    )
    print(
        f"  of which   : content analysis {content_s / len(events) * 1e6:.1f} µs/event,"
        f" the rest (window step, escalation, pseudonyms) {(best - content_s) / len(events) * 1e6:.1f} µs/event"
    )
    both = decode_s + best
    print(f"replay      : {len(events) / both:,.0f} events/s (decode + detection)")
    print(
        f"state bytes : median {state_sizes[len(state_sizes) // 2]}, p99 {state_sizes[int(len(state_sizes) * 0.99)]}, max {state_sizes[-1]}"
    )
    print(f"peak RSS    : {peak_mib:,.0f} MiB")
    _backfill(lines, args.workers, source)


class _Timed:
    """The content detector with its time counted, so detection splits into content
    analysis and the rest (the window step)."""

    def __init__(self, inner: LexiconDetector) -> None:
        self.inner = inner
        self.name = inner.name
        self.seconds = 0.0

    def analyse(self, subject: str | None, text: str | None, channel: str) -> TextAnalysis:
        t = time.perf_counter()
        try:
            return self.inner.analyse(subject, text, channel)
        finally:
            self.seconds += time.perf_counter() - t


def _backfill(lines: list[bytes], workers: list[int], source: Path | None) -> None:
    """Back-fill (``mamori replay --workers N``) against a bare single-thread
    ``json.loads`` pass over the same lines, in the same run (issue 14's reference).

    In-process: a fresh detector per worker count, so no run forks workers that
    inherit the text memo of the run before it (module-level memos stay warm). CPU is
    the parent's and its children's, which matters on a shared machine. Then the
    command itself end to end (start-up, lexicon load, output), cold.
    """
    import json

    from mamori.detect.step import DetectionStep
    from mamori.domain.validation import Limits
    from mamori.tools.replay import replay, replay_parallel

    t = time.perf_counter()
    for raw in lines:
        json.loads(raw)
    bare = len(lines) / (time.perf_counter() - t)
    print(f"json.loads  : {bare:,.0f} lines/s (bare single-thread pass, the reference)")
    print(f"cores       : two busy processes do {_parallel_capacity():.2f}× the work of one (now)")
    for n in workers:
        step = DetectionStep(
            DetectionEngine(DetectionConfig(), LexiconDetector.load(), Pseudonymizer(b"b" * 32)),
            Limits(),
        )
        cpu = _cpu_s()
        t = time.perf_counter()
        if n == 1:
            replay(lines, step)
        else:
            replay_parallel(lines, step, n)
        wall = time.perf_counter() - t
        rate = len(lines) / wall
        print(
            f"replay -w {n} : {rate:,.0f} events/s = {rate / bare:.3f} × json.loads"
            f" (cpu {_cpu_s() - cpu:.2f} s, wall {wall:.2f} s)"
        )
    if source is None:
        return
    import subprocess
    import sys

    # A key of full strength (the command refuses weak ones); the environment's wins.
    env = {"MAMORI_PSEUDONYM_KEY": hashlib.sha256(b"bench_replay").hexdigest(), **os.environ}
    for n in workers:
        cmd = [sys.executable, "-m", "mamori", "replay", str(source), "-w", str(n)]
        cpu = _cpu_s()
        t = time.perf_counter()
        subprocess.run(
            [*cmd, "-o", os.devnull, "--no-progress"], env=env, check=True, capture_output=True
        )
        wall = time.perf_counter() - t
        rate = len(lines) / wall
        print(
            f"command -w {n}: {rate:,.0f} events/s = {rate / bare:.3f} × json.loads"
            f" (cpu {_cpu_s() - cpu:.2f} s, wall {wall:.2f} s, start-up included)"
        )


def _spin(seconds: float) -> int:
    """Units of pure-Python work done in ``seconds`` of wall time."""
    end = time.perf_counter() + seconds
    units = 0
    while time.perf_counter() < end:
        sum(range(10_000))
        units += 1
    return units


def _parallel_capacity(seconds: float = 0.5) -> float:
    """What a second process adds on this machine right now (shared cores, SMT)."""
    import multiprocessing

    alone = _spin(seconds)
    with multiprocessing.get_context("fork").Pool(2) as pool:
        both = sum(pool.map(_spin, [seconds, seconds]))
    return both / alone


def _cpu_s() -> float:
    """User + system seconds of this process and its reaped children."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


if __name__ == "__main__":
    main()

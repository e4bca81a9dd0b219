"""CDR rows without text → duration-only events → the worker's own detection (batch
replay): long calls and call floods are found for telephony without transcription,
and numbers spelled differently count as one caller. Runs the real command
(``mamori ingest calls … -o``), then the replay."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

from pydantic import SecretStr

from mamori.detect.step import DetectionStep, build_engine, limits_from
from mamori.settings import Settings
from mamori.tools.replay import replay

SPELLINGS = ["03-5555-0101", "+81 3 5555 0101", "０３５５５５０１０１", "0355550101"]


def _cdr() -> str:
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(["call_id", "start_time", "caller", "callee", "agent", "direction", "duration_s"])
    day = datetime(2026, 7, 6, 10, 0)  # Monday, Tokyo time (no offset: the mapping's zone)
    # One caller, 9 calls in 45 minutes, written four different ways.
    for i in range(9):
        at = day + timedelta(minutes=5 * i)
        w.writerow([f"f{i}", at.isoformat(sep=" "), SPELLINGS[i % 4], "100", "201", "inbound", 40])
    # Another caller: one 70-minute call.
    w.writerow(["long-1", "2026-07-06 14:00:00", "06-6000-1234", "100", "202", "inbound", 4200])
    # A quiet caller: two short calls.
    for i in range(2):
        w.writerow([f"q{i}", f"2026-07-06 1{i}:30:00", "045-000-1111", "100", "203", "in", 90])
    return out.getvalue()


def test_cdr_duration_only_events_drive_flood_and_long_call_detection(tmp_path: Path) -> None:
    cdr = tmp_path / "cdr.csv"
    cdr.write_text(_cdr(), encoding="utf-8")
    out = tmp_path / "events.jsonl"
    env = {**os.environ, "MAMORI_PSEUDONYM_KEY": "cdr-test-key-0123456789"}
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "mamori",
            "ingest",
            "calls",
            str(cdr),
            "--source",
            "pbx",
            "-o",
            str(out),
        ],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert "12 events written, 0 rejected" in run.stderr
    lines = out.read_bytes().splitlines()
    assert len(lines) == 12

    settings = Settings(pseudonym_key=SecretStr("cdr-test-key-0123456789"))
    step = DetectionStep(build_engine(settings), limits_from(settings))
    result = replay(lines, step)
    assert result.events == 12 and not result.rejections
    flood_key = step.engine.pseudo.customer("+81355550101")
    long_key = step.engine.pseudo.customer("+81660001234")
    quiet_key = step.engine.pseudo.customer("+81450001111")
    by_customer: dict[str, set[str]] = {}
    for ind in result.indicators:
        by_customer.setdefault(ind.customer_key, set()).add(ind.category.value)
    assert "contact_flood" in by_customer.get(flood_key, set())
    assert "prolonged_contact" in by_customer.get(long_key, set())
    assert quiet_key not in by_customer
    # No text, so no content indicator can come from a CDR.
    assert all(
        c in {"contact_flood", "prolonged_contact", "off_hours_contact"}
        for cats in by_customer.values()
        for c in cats
    )

    # Re-ingesting the same CDR gives the same events (ids from the call ids).
    out2 = tmp_path / "again.jsonl"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "mamori",
            "ingest",
            "calls",
            str(cdr),
            "--source",
            "pbx",
            "-o",
            str(out2),
        ],
        capture_output=True,
        env=env,
        check=True,
    )
    assert out2.read_bytes() == out.read_bytes()

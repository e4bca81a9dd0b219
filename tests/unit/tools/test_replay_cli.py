"""`mamori replay` as a user runs it: JSON lines on stdout, valid per the contract,
identical on a second run, with the input's order shuffled (event-time order)."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from mamori.domain.validation import INDICATOR_SCHEMA_FILE, compiled_validator
from mamori.tools.synthetic import synthetic_lines

ENV_KEY = {
    "MAMORI_PSEUDONYM_KEY": "5f0c1b9e7a3d2c4b8e6f1a0d9c7b5e3a2f4d6c8b0a1e3f5d7c9b2a4e6f8d0c1b"
}


def run_replay(path: Path, *extra: str) -> subprocess.CompletedProcess[bytes]:
    import os

    env = {**os.environ, **ENV_KEY}
    return subprocess.run(
        [sys.executable, "-m", "mamori", "replay", str(path), *extra],
        capture_output=True,
        env=env,
        check=True,
        timeout=300,
    )


@pytest.fixture(scope="module")
def stream(tmp_path_factory: pytest.TempPathFactory) -> Path:
    lines = list(synthetic_lines(3000, customers=150, seed=5, hostile_share=0.1))
    lines.append(b"{broken json")
    path = tmp_path_factory.mktemp("replay") / "events.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


def test_replay_is_deterministic_and_contract_valid(stream: Path, tmp_path: Path) -> None:
    first = run_replay(stream)
    second = run_replay(stream)
    assert first.stdout == second.stdout
    records = [orjson.loads(line) for line in first.stdout.splitlines()]
    assert records, "the hostile share must produce indicators"
    validate = compiled_validator(INDICATOR_SCHEMA_FILE)
    for record in records:
        validate(record)
    assert b"1 rejected" in first.stderr


def test_replay_orders_by_event_time(stream: Path, tmp_path: Path) -> None:
    lines = stream.read_bytes().splitlines()
    random.Random(3).shuffle(lines)
    shuffled = tmp_path / "shuffled.jsonl"
    shuffled.write_bytes(b"\n".join(lines) + b"\n")
    out = tmp_path / "out.jsonl"
    run_replay(shuffled, "-o", str(out))
    assert out.read_bytes() == run_replay(stream).stdout


SAMPLE = Path(__file__).resolve().parents[4] / "shared" / "data" / "sample" / "events.jsonl"


def outputs(path: Path, tmp_path: Path, *extra: str) -> tuple[bytes, bytes, bytes, bytes]:
    tag = "-".join(extra) or "one"
    files = [tmp_path / f"{tag}-{name}.jsonl" for name in ("ind", "esc", "dlq")]
    done = run_replay(
        path,
        "-o",
        str(files[0]),
        "--escalations",
        str(files[1]),
        "--dead-letters",
        str(files[2]),
        *extra,
    )
    return (*(f.read_bytes() for f in files), done.stderr.splitlines()[-1])


@pytest.mark.parametrize(
    ("workers", "progress"), [("2", "--no-progress"), ("3", "--no-progress"), ("2", "--progress")]
)
def test_workers_give_byte_identical_output(
    stream: Path, tmp_path: Path, workers: str, progress: str
) -> None:
    """Customers are partitioned between processes and the outputs merged in the
    single-process order: indicators, stage changes and rejections are the same bytes
    (also with the progress bar, which the parent updates while replaying its share)."""
    lines = stream.read_bytes().splitlines()
    random.Random(4).shuffle(lines)
    # Equal event times and ids across customers, a blank line, an unparsable line:
    lines[10:10] = [b"", lines[0].replace(b'"customer_id":"', b'"customer_id":"twin-')]
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_bytes(b"\n".join(lines) + b"\n")

    one = outputs(mixed, tmp_path)
    many = outputs(mixed, tmp_path, "--workers", workers, progress)
    assert one[0] and one[1] and one[2], "the stream must give indicators, escalations, rejections"
    assert many == one


@pytest.mark.skipif(not SAMPLE.exists(), reason="shared sample not present")
def test_workers_give_byte_identical_output_on_the_sample(tmp_path: Path) -> None:
    one = outputs(SAMPLE, tmp_path)
    assert one[0] and one[1]
    assert outputs(SAMPLE, tmp_path, "--workers", "2", "--no-progress") == one

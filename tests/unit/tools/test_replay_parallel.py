"""The back-fill on several processes, in-process: the same lines as one process for
any number of workers, with the parent replaying one share itself, and the memo of
analysed texts sized for a back-fill."""

from __future__ import annotations

import random

import orjson
import pytest
from pydantic import SecretStr

from mamori.detect.step import DetectionStep, build_engine, limits_from
from mamori.settings import Settings
from mamori.tools.replay import BACKFILL_TEXT_CACHE, ReplayLines, replay, replay_parallel
from mamori.tools.synthetic import synthetic_lines

SETTINGS = Settings(
    pseudonym_key=SecretStr("3a6d9c2f5e8b1a4d7c0f3e6a9d2c5f8b1e4a7d0c3f6e9b2a5d8c1f4e7a0d3c6f")
)


@pytest.fixture(scope="module")
def step() -> DetectionStep:
    return DetectionStep(build_engine(SETTINGS, BACKFILL_TEXT_CACHE), limits_from(SETTINGS))


@pytest.fixture(scope="module")
def lines() -> list[bytes]:
    out = list(synthetic_lines(1500, customers=60, seed=9, hostile_share=0.2))
    random.Random(2).shuffle(out)
    # Ties across customers (same time and id), a blank line, bad lines.
    out[5:5] = [b"", out[0].replace(b'"customer_id":"', b'"customer_id":"twin-'), b"{nope", b"[]"]
    return out


def single(lines: list[bytes], step: DetectionStep) -> ReplayLines:
    result = replay(lines, step)
    return ReplayLines(
        indicators=[orjson.dumps(i.to_wire()) for i in result.indicators],
        escalations=[orjson.dumps(e.to_wire()) for e in result.escalations],
        rejections=result.rejections,
        events=result.events,
    )


@pytest.mark.parametrize("workers", [1, 2, 3, 4])
def test_any_worker_count_gives_the_single_process_lines(
    lines: list[bytes], step: DetectionStep, workers: int
) -> None:
    one = single(lines, step)
    assert one.indicators and one.escalations and len(one.rejections) == 2
    assert replay_parallel(lines, step, workers) == one


def test_more_workers_than_customers_and_empty_input(step: DetectionStep) -> None:
    few = list(synthetic_lines(40, customers=2, seed=3, hostile_share=0.5))
    assert replay_parallel(few, step, 5) == single(few, step)
    assert replay_parallel([], step, 3) == ReplayLines()


def test_the_parent_replays_a_share_itself(lines: list[bytes]) -> None:
    """With two workers only one process is forked: the parent's own detector analyses
    the texts of share 0 (its memo fills), the child's do not come back."""
    fresh = DetectionStep(build_engine(SETTINGS), limits_from(SETTINGS))
    replay_parallel(lines, fresh, 2)
    memo = fresh.engine.content._cache  # type: ignore[attr-defined]
    assert memo, "the parent replayed nothing itself"


def test_progress_reaches_the_total(lines: list[bytes], step: DetectionStep) -> None:
    seen: list[tuple[int, int]] = []
    replay_parallel(lines, step, 2, lambda done, total: seen.append((done, total)))
    total = sum(1 for raw in lines if raw.strip())
    assert seen[-1] == (total, total)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_a_back_fill_memo_holds_more_texts_than_the_worker_default() -> None:
    """The replay's detector keeps up to BACKFILL_TEXT_CACHE analysed texts; the worker's
    keeps its default. A small bound is honoured (the memo is emptied when full)."""
    small = build_engine(SETTINGS, 3).content
    for n in range(7):
        small.analyse(None, f"text number {n}", "chat")
    assert 0 < len(small._cache) <= 3  # type: ignore[attr-defined]
    assert build_engine(SETTINGS).content._cache_size < BACKFILL_TEXT_CACHE  # type: ignore[attr-defined]

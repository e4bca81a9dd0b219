"""``mamori replay``: the batch replay over a file (no Kafka, no Faust imported)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import IO

import click
import orjson

from mamori.detect.step import DetectionStep, build_engine, limits_from
from mamori.settings import get_settings
from mamori.tools.replay import (
    BACKFILL_TEXT_CACHE,
    ReplayLines,
    _write_jsonl,
    read_lines,
    replay,
    replay_parallel,
)


@click.command("replay")
@click.argument("events", type=click.Path(allow_dash=True, dir_okay=False))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, allow_dash=True),
    default="-",
    help="IndicatorEvents as JSON lines (default: stdout).",
)
@click.option(
    "--escalations",
    type=click.Path(dir_okay=False),
    default=None,
    help="Also write stage crossings (watch/warn/review) as JSON lines.",
)
@click.option(
    "--dead-letters",
    type=click.Path(dir_okay=False),
    default=None,
    help="Write rejected lines' numbers and reasons as JSON lines.",
)
@click.option(
    "-w",
    "--workers",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Processes; customers are partitioned between them, the output is the same.",
)
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Progress bar on stderr with --workers > 1 (default: when stderr is a terminal).",
)
def replay_command(
    events: str,
    output: str,
    escalations: str | None,
    dead_letters: str | None,
    workers: int,
    progress: bool | None,
) -> None:
    """Run detection over EVENTS.jsonl in event-time order, without Kafka."""
    settings = get_settings()
    step = DetectionStep(build_engine(settings, BACKFILL_TEXT_CACHE), limits_from(settings))
    if workers == 1:
        result = replay(read_lines(events), step)
        lines = ReplayLines(
            indicators=[orjson.dumps(i.to_wire()) for i in result.indicators],
            escalations=[orjson.dumps(e.to_wire()) for e in result.escalations],
            rejections=result.rejections,
            events=result.events,
        )
    else:
        lines = _parallel(
            events, step, workers, sys.stderr.isatty() if progress is None else progress
        )
    if output == "-":
        _write_lines(lines.indicators, sys.stdout.buffer)
        sys.stdout.buffer.flush()
    else:
        with Path(output).open("wb") as fh:
            _write_lines(lines.indicators, fh)
    if escalations:
        with Path(escalations).open("wb") as fh:
            _write_lines(lines.escalations, fh)
    if dead_letters:
        with Path(dead_letters).open("wb") as fh:
            _write_jsonl(
                ({"line": n, "reason": r.reason, "detail": r.detail} for n, r in lines.rejections),
                fh,
            )
    click.echo(
        f"replay: {lines.events} events, {len(lines.indicators)} indicators, "
        f"{len(lines.escalations)} stage changes, {len(lines.rejections)} rejected lines",
        err=True,
    )


def _parallel(events: str, step: DetectionStep, workers: int, progress: bool) -> ReplayLines:
    if not progress:
        return replay_parallel(read_lines(events), step, workers)
    from tqdm import tqdm  # type: ignore[import-untyped]  # tqdm ships no type hints

    with tqdm(unit="ev", unit_scale=True, file=sys.stderr, desc="replay") as bar:

        def on_progress(done: int, total: int) -> None:
            bar.total = total
            bar.update(done - bar.n)

        return replay_parallel(read_lines(events), step, workers, on_progress)


def _write_lines(lines: list[bytes], out: IO[bytes]) -> None:
    for line in lines:
        out.write(line)
        out.write(b"\n")

"""``mamori replay``: the batch replay over a file (no Kafka, no Faust imported)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from mamori.detect.step import DetectionStep, build_engine, limits_from
from mamori.settings import get_settings
from mamori.tools.replay import _write_jsonl, read_lines, replay


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
def replay_command(
    events: str, output: str, escalations: str | None, dead_letters: str | None
) -> None:
    """Run detection over EVENTS.jsonl in event-time order, without Kafka."""
    settings = get_settings()
    step = DetectionStep(build_engine(settings), limits_from(settings))
    result = replay(read_lines(events), step)
    if output == "-":
        _write_jsonl((i.to_wire() for i in result.indicators), sys.stdout.buffer)
        sys.stdout.buffer.flush()
    else:
        with Path(output).open("wb") as fh:
            _write_jsonl((i.to_wire() for i in result.indicators), fh)
    if escalations:
        with Path(escalations).open("wb") as fh:
            _write_jsonl((e.to_wire() for e in result.escalations), fh)
    if dead_letters:
        with Path(dead_letters).open("wb") as fh:
            _write_jsonl(
                ({"line": n, "reason": r.reason, "detail": r.detail} for n, r in result.rejections),
                fh,
            )
    click.echo(
        f"replay: {result.events} events, {len(result.indicators)} indicators, "
        f"{len(result.escalations)} stage changes, {len(result.rejections)} rejected lines",
        err=True,
    )

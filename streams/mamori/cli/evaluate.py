"""``mamori evaluate``: per-code quality of the detectors on a labelled file."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import click
import orjson
from pydantic import SecretStr

from mamori.tools.evaluate import event_customers, score


@click.command("evaluate")
@click.argument("events", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("labels", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--indicators",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="IndicatorEvents JSONL; default: replay EVENTS now.",
)
def evaluate_command(events: Path, labels: Path, indicators: Path | None) -> None:
    """Score detection against a labelled stream (per-code P/R/F1, macro-F1, FP rate)."""
    from mamori.tools.replay import read_lines

    if indicators is None:
        from mamori.detect.step import DetectionStep, build_engine, limits_from
        from mamori.settings import get_settings
        from mamori.tools.replay import replay

        settings = get_settings()
        if settings.pseudonym_key is None:
            # Scoring never looks at pseudonyms: a throw-away key is fine here.
            import secrets

            settings = settings.model_copy(
                update={"pseudonym_key": SecretStr(secrets.token_hex(32))}
            )
        step = DetectionStep(build_engine(settings), limits_from(settings))
        predicted: list[Mapping[str, Any]] = [
            i.to_wire() for i in replay(read_lines(events), step).indicators
        ]
    else:
        predicted = [orjson.loads(line) for line in read_lines(indicators) if line.strip()]
    report = score(
        predicted, event_customers(read_lines(events)), json.loads(labels.read_text("utf-8"))
    )
    click.echo(report.as_markdown())

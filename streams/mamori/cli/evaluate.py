"""``mamori evaluate``: quality of the detectors on a labelled stream, on labelled text
corpora (``--corpus``) and on paraphrase sets (``--paraphrases``)."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import click
import orjson
from pydantic import SecretStr

from mamori.detect.step import DetectionStep
from mamori.tools.evaluate import event_customers, score, with_source_ids


def _detection_step() -> DetectionStep:
    from mamori.detect.step import build_engine, limits_from
    from mamori.settings import get_settings

    settings = get_settings()
    if settings.pseudonym_key is None:
        # Scoring never looks at pseudonyms: a throw-away key is fine here.
        import secrets

        settings = settings.model_copy(update={"pseudonym_key": SecretStr(secrets.token_hex(32))})
    return DetectionStep(build_engine(settings), limits_from(settings))


@click.command("evaluate")
@click.argument(
    "events", required=False, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.argument(
    "labels", required=False, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.option(
    "--indicators",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="IndicatorEvents JSONL; default: replay EVENTS now.",
)
@click.option(
    "--corpus",
    "corpora",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A labelled text corpus (id, lang, text, gold, expect, meta); repeatable.",
)
@click.option(
    "--paraphrases",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A paraphrase set (text, codes, register); recall per code x register; repeatable.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the report(s) as JSON.")
def evaluate_command(
    events: Path | None,
    labels: Path | None,
    indicators: Path | None,
    corpora: tuple[Path, ...],
    paraphrases: tuple[Path, ...],
    as_json: bool,
) -> None:
    """Score detection: a labelled stream (EVENTS LABELS: per-code P/R/F1, macro-F1,
    FP rate), or text corpora (--corpus: recall on pos, medium/high FP on neg,
    per-code agreement, aimed-at-agent slice) and paraphrase sets (--paraphrases)."""
    from mamori.tools.replay import read_lines

    if corpora or paraphrases:
        if events is not None:
            raise click.UsageError("give EVENTS LABELS or --corpus/--paraphrases, not both")
        from mamori.tools.corpus_eval import CorpusError, evaluate_file

        step = _detection_step()
        try:
            reports = [evaluate_file(p, step) for p in corpora] + [
                evaluate_file(p, step, paraphrases=True) for p in paraphrases
            ]
        except CorpusError as exc:
            raise click.ClickException(str(exc)) from exc
        if as_json:
            click.echo(json.dumps([r.as_dict() for r in reports], ensure_ascii=False, indent=2))
        else:
            click.echo("\n\n".join(r.as_markdown() for r in reports))
        return
    if events is None or labels is None:
        raise click.UsageError("give EVENTS and LABELS, or --corpus / --paraphrases FILE")
    if indicators is None:
        from mamori.tools.replay import replay

        step = _detection_step()
        output_id: Callable[[str], str] = step.engine.pseudo.event_id
        predicted: list[Mapping[str, Any]] = [
            i.to_wire() for i in replay(read_lines(events), step).indicators
        ]
    else:
        # Indicators written elsewhere: their hashed event ids can be matched only
        # under the key that wrote them, the configured one.
        from mamori.domain.pseudonym import Pseudonymizer
        from mamori.settings import get_settings

        settings = get_settings()
        output_id = (
            Pseudonymizer(settings.pseudonym_secret()).event_id
            if settings.pseudonym_key is not None
            else str
        )
        predicted = [orjson.loads(line) for line in read_lines(indicators) if line.strip()]
    report = score(
        with_source_ids(predicted, read_lines(events), output_id),
        event_customers(read_lines(events)),
        json.loads(labels.read_text("utf-8")),
    )
    if as_json:
        click.echo(
            json.dumps(
                {
                    "macro_f1": report.macro_f1,
                    "fp_rate_legit": report.fp_rate_legit,
                    "fp_rate_normal": report.fp_rate_normal,
                    "codes": {
                        c.code: {"precision": c.precision, "recall": c.recall, "f1": c.f1}
                        for c in report.codes
                    },
                },
                indent=2,
            )
        )
    else:
        click.echo(report.as_markdown())

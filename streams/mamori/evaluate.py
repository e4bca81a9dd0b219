"""Detection quality against a labelled stream (scoring rules: shared/data/README.md).

- content codes: precision/recall of (event_id, code) pairs, taking every
  ``event_ids`` entry of an indicator of that code;
- stateful codes: per customer — flagged if any indicator of that code cites one
  of the customer's events;
- false-positive rate: share of ``legit_complainer`` (and of ``normal``)
  customers with any medium or high indicator;
- headline: macro-F1 over the 15 codes.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click
import orjson
from pydantic import SecretStr

from mamori.taxonomy import CONTENT_CATEGORIES, STATEFUL_CATEGORIES, Category


@dataclass(frozen=True, slots=True)
class CodeScore:
    code: str
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else (1.0 if not self.fn else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class Report:
    codes: list[CodeScore]
    fp_rate_legit: float
    fp_rate_normal: float
    legit_flagged: int
    legit_total: int

    @property
    def macro_f1(self) -> float:
        return sum(c.f1 for c in self.codes) / len(self.codes)

    def as_markdown(self) -> str:
        lines = [
            "| code | precision | recall | F1 | TP | FP | FN |",
            "|---|---:|---:|---:|---:|---:|---:|",
        ]
        for c in self.codes:
            lines.append(
                f"| `{c.code}` | {c.precision:.3f} | {c.recall:.3f} | {c.f1:.3f} "
                f"| {c.tp} | {c.fp} | {c.fn} |"
            )
        lines.append(f"| **macro** | | | **{self.macro_f1:.3f}** | | | |")
        lines.append("")
        lines.append(
            f"False positives (medium/high): legitimate complainers "
            f"{self.fp_rate_legit:.1%} ({self.legit_flagged}/{self.legit_total}), "
            f"normal customers {self.fp_rate_normal:.1%}"
        )
        return "\n".join(lines)


def score(
    indicators: Iterable[Mapping[str, Any]],
    event_customer: Mapping[str, str],
    labels: Mapping[str, Any],
) -> Report:
    truth_events: dict[str, list[str]] = labels["events"]
    customers: dict[str, dict[str, Any]] = labels["customers"]
    predicted_pairs: set[tuple[str, str]] = set()
    predicted_customers: dict[str, set[str]] = defaultdict(set)
    serious: set[str] = set()
    for ind in indicators:
        code = ind["category"]
        for eid in ind["event_ids"]:
            predicted_pairs.add((eid, code))
            cust = event_customer.get(eid)
            if cust is not None:
                predicted_customers[code].add(cust)
                if ind["severity"] in ("medium", "high"):
                    serious.add(cust)
    scores: list[CodeScore] = []
    for cat in CONTENT_CATEGORIES:
        truth = {(eid, cat.value) for eid, codes in truth_events.items() if cat.value in codes}
        pred = {p for p in predicted_pairs if p[1] == cat.value}
        scores.append(CodeScore(cat.value, len(truth & pred), len(pred - truth), len(truth - pred)))
    for cat in STATEFUL_CATEGORIES:
        truth_c = {c for c, v in customers.items() if cat.value in v["behaviors"]}
        pred_c = predicted_customers.get(cat.value, set())
        scores.append(
            CodeScore(
                cat.value, len(truth_c & pred_c), len(pred_c - truth_c), len(truth_c - pred_c)
            )
        )
    legit = [c for c, v in customers.items() if v["profile"] == "legit_complainer"]
    normal = [c for c, v in customers.items() if v["profile"] == "normal"]
    legit_flagged = sum(1 for c in legit if c in serious)
    return Report(
        codes=scores,
        fp_rate_legit=legit_flagged / len(legit) if legit else 0.0,
        fp_rate_normal=sum(1 for c in normal if c in serious) / len(normal) if normal else 0.0,
        legit_flagged=legit_flagged,
        legit_total=len(legit),
    )


def event_customers(lines: Iterable[bytes]) -> dict[str, str]:
    """event_id → raw customer_id, read from the (unpseudonymised) input stream."""
    out: dict[str, str] = {}
    for raw in lines:
        try:
            obj = orjson.loads(raw)
        except orjson.JSONDecodeError:
            continue
        if isinstance(obj, dict) and "event_id" in obj and "customer_id" in obj:
            out[str(obj["event_id"])] = str(obj["customer_id"])
    return out


def _detection_step() -> Any:
    from mamori.pipeline import DetectionStep, build_engine, limits_from
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
@click.option("--json", "as_json", is_flag=True, help="Print the corpus reports as JSON.")
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
    from mamori.replay import read_lines

    if corpora or paraphrases:
        if events is not None:
            raise click.UsageError("give EVENTS LABELS or --corpus/--paraphrases, not both")
        from mamori.corpus_eval import CorpusError, evaluate_file

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
        from mamori.replay import replay

        predicted: list[Mapping[str, Any]] = [
            i.to_wire() for i in replay(read_lines(events), _detection_step()).indicators
        ]
    else:
        predicted = [orjson.loads(line) for line in read_lines(indicators) if line.strip()]
    report = score(
        predicted, event_customers(read_lines(events)), json.loads(labels.read_text("utf-8"))
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


__all__ = ["Category", "CodeScore", "Report", "evaluate_command", "score"]

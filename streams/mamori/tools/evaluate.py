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

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import orjson

from mamori.domain.taxonomy import CONTENT_CATEGORIES, STATEFUL_CATEGORIES, Category


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


def with_source_ids(
    indicators: Iterable[Mapping[str, Any]],
    lines: Iterable[bytes],
    output_id: Callable[[str], str],
) -> list[dict[str, Any]]:
    """The indicators with each ``event_ids`` entry translated back to the source's id.

    The worker and the replay replace an event id that may name a host or a user (a
    Message-ID, a path) by its keyed hash; the labels name the source ids. Without
    this, every such event would score as a miss and its indicator as a false positive.
    ``output_id`` is the pseudonymiser's event-id function under the key that wrote
    the indicators."""
    back: dict[str, str] = {}
    for raw in lines:
        try:
            obj = orjson.loads(raw)
        except orjson.JSONDecodeError:
            continue
        if isinstance(obj, dict) and isinstance(obj.get("event_id"), str):
            back[output_id(obj["event_id"])] = obj["event_id"]
    return [
        {**ind, "event_ids": [back.get(eid, eid) for eid in ind["event_ids"]]} for ind in indicators
    ]


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


__all__ = ["Category", "CodeScore", "Report", "score", "with_source_ids"]

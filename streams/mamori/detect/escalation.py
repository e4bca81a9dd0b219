"""Per-customer decaying risk and graded escalation (watch → warn → review).

Each distinct indicator (by id) raises a customer's risk by its severity's weight
once; the risk halves every ``half_life_days`` of event time. The risk is thus a
function of the set of indicators, not of how often their events were delivered.
Crossing a stage threshold emits an :class:`EscalationEvent` citing its evidence:
upwards at the event that lifted it, downwards at the moment the decayed risk fell
below the threshold (computed, so the worker's sweep, the next event and the
replay all emit the same record). A stage is a signal for people: restrictive
steps (warning letter, refusal of service) are never taken here — they wait for a
recorded human decision (``mamori decide``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

from mamori.detect.config import RiskConfig
from mamori.detect.state import CustomerState
from mamori.domain.contract import rfc3339
from mamori.domain.taxonomy import Severity

STAGES: Final[tuple[str, ...]] = ("none", "watch", "warn", "review")


@dataclass(frozen=True, slots=True)
class EscalationEvent:
    escalation_id: str
    customer_key: str
    stage: str
    previous_stage: str
    risk: float
    crossed_at: datetime
    detected_at: datetime
    indicator_ids: tuple[str, ...]
    event_ids: tuple[str, ...]
    categories: tuple[str, ...]

    def to_wire(self) -> dict[str, Any]:
        return {
            "escalation_id": self.escalation_id,
            "customer_key": self.customer_key,
            "stage": self.stage,
            "previous_stage": self.previous_stage,
            "risk": round(self.risk, 4),
            "crossed_at": rfc3339(self.crossed_at),
            "detected_at": rfc3339(self.detected_at),
            "indicator_ids": list(self.indicator_ids),
            "event_ids": list(self.event_ids),
            "categories": list(self.categories),
        }


def severity_weight(config: RiskConfig, severity: Severity) -> float:
    if severity == "high":
        return config.weight_high
    if severity == "medium":
        return config.weight_medium
    return config.weight_low


def decayed(risk: float, since_ts: int, now_ts: int, config: RiskConfig) -> float:
    if risk <= 0 or now_ts <= since_ts:
        return risk
    return float(risk * 0.5 ** ((now_ts - since_ts) / (config.half_life_days * 86_400)))


def stage_for(risk: float, config: RiskConfig) -> int:
    if risk >= config.review:
        return 3
    if risk >= config.warn:
        return 2
    if risk >= config.watch:
        return 1
    return 0


def step_down_threshold(stage: int, config: RiskConfig) -> float:
    """The decayed risk below which ``stage`` (1 watch, 2 warn, 3 review) is left."""
    return (config.watch, config.warn, config.review)[stage - 1] * config.step_down_ratio


def crossing_down(risk: float, since_ts: int, threshold: float, config: RiskConfig) -> int:
    """First whole second after ``since_ts`` at which ``risk`` has decayed below ``threshold``."""
    if risk < threshold:
        return since_ts
    return since_ts + math.floor(config.half_life_days * 86_400 * math.log2(risk / threshold)) + 1


def risk_at(state: CustomerState, ts: int, config: RiskConfig) -> float:
    """The customer's risk at ``ts``: the folded base plus each counted indicator, decayed."""
    total = decayed(state.risk_base, state.risk_base_ts, ts, config)
    for _, weight, item_ts in state.risk_items:
        total += decayed(weight, item_ts, ts, config)
    return total

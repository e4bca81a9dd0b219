"""Indicators and escalations → alerts, with each customer's throttle/digest state
passed in and returned (no clock, no Kafka: the agent, the tests and a replay call
it the same way).

Time is event time (``occurred_at``) for throttles and daily counts, so a replay
decides exactly as the stream did; only :func:`flush_digests` takes "now", because a
digest is sent on the wall clock.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Final
from zoneinfo import ZoneInfo

import orjson

from mamori.alerts.model import Alert, DigestItem, alert_id_for, digest_id_for
from mamori.alerts.rules import STAGE_ORDER, AlertRules, Rule
from mamori.domain.contract import parse_rfc3339
from mamori.domain.taxonomy import Category

#: Alert ids remembered per customer: a newer version of an indicator (a flood that
#: grows) has the same alert id and must not be sent again with other content.
MAX_REMEMBERED: Final = 64
#: Distinct contacts remembered per rule and day for ``min_per_day``.
MAX_DAY_EVENTS: Final = 32
#: Items one digest holds; beyond it the digest is sent early.
MAX_DIGEST_ITEMS: Final = 50
#: A customer quiet for longer than this (event time) starts with a clean alert memory:
#: every indicator that can still grow (a repetition, 7 days) has stopped growing.
REMEMBER_SECONDS: Final = 14 * 86_400

TeamLookup = Callable[[str | None], str | None]


def no_teams(agent_key: str | None) -> str | None:
    return None


def teams_from(directory: Mapping[str, str]) -> TeamLookup:
    def lookup(agent_key: str | None) -> str | None:
        return directory.get(agent_key) if agent_key else None

    return lookup


@dataclass
class Throttle:
    #: Event time (POSIX s) of the last alert sent for this rule and customer.
    last_ts: float
    suppressed: int = 0


@dataclass
class PendingDigest:
    #: Wall-clock time (POSIX s) the first item arrived; the digest is due a period later.
    since: float
    items: list[DigestItem] = field(default_factory=list)
    agent_key: str | None = None
    team: str | None = None


@dataclass
class CustomerAlertState:
    """One customer's alert memory; one compact table value, re-set once per batch."""

    throttles: dict[str, Throttle] = field(default_factory=dict)
    #: rule id → (local day, distinct contact ids that matched that day)
    days: dict[str, tuple[str, list[str]]] = field(default_factory=dict)
    alerted: list[str] = field(default_factory=list)
    digests: dict[str, PendingDigest] = field(default_factory=dict)
    #: Newest event time (POSIX s) this memory has seen.
    last_ts: float = 0.0

    def is_idle(self) -> bool:
        return not (self.throttles or self.days or self.alerted or self.digests)

    def to_bytes(self) -> bytes:
        return orjson.dumps(
            {
                "t": {k: [v.last_ts, v.suppressed] for k, v in self.throttles.items()},
                "d": {k: [day, ids] for k, (day, ids) in self.days.items()},
                "a": self.alerted,
                "l": self.last_ts,
                "g": {
                    k: {
                        "s": v.since,
                        # orjson writes a dataclass as its fields in order, which is
                        # DigestItem.to_wire (tested): no dict per item and write.
                        "i": v.items,
                        "ak": v.agent_key,
                        "tm": v.team,
                    }
                    for k, v in self.digests.items()
                },
            }
        )

    @classmethod
    def from_bytes(cls, raw: bytes) -> CustomerAlertState:
        d: dict[str, Any] = orjson.loads(raw)
        return cls(
            throttles={k: Throttle(float(v[0]), int(v[1])) for k, v in d.get("t", {}).items()},
            days={k: (str(v[0]), list(v[1])) for k, v in d.get("d", {}).items()},
            alerted=list(d.get("a", [])),
            last_ts=float(d.get("l", 0.0)),
            digests={
                k: PendingDigest(
                    since=float(v["s"]),
                    items=[DigestItem.from_wire(i) for i in v["i"]],
                    agent_key=v.get("ak"),
                    team=v.get("tm"),
                )
                for k, v in d.get("g", {}).items()
            },
        )


class AlertEvaluator:
    def __init__(self, rules: AlertRules, team_of: TeamLookup = no_teams) -> None:
        self.rules = rules
        self.team_of = team_of
        self._zone = ZoneInfo(rules.timezone)
        self._indicator_rules = [r for r in rules.active if r.on == "indicator"]
        self._escalation_rules = [r for r in rules.active if r.on == "escalation"]
        # Once, not per record: the indicator rules that can match a category (in rule
        # order), and how long each rule's throttle holds.
        self._rules_by_category = {
            c.value: [r for r in self._indicator_rules if not r.categories or c in r.categories]
            for c in Category
        }
        self._uncategorised = [r for r in self._indicator_rules if not r.categories]
        self._longest = {r.id: r.throttle_minutes * 60 for r in rules.active}

    # ------------------------------------------------------------------ indicators
    def on_indicator(
        self, ind: Mapping[str, Any], state: CustomerAlertState, now: float
    ) -> list[Alert]:
        """Alerts for one indicator (wire dict); ``state`` is updated in place."""
        team = self.team_of(ind.get("agent_key"))
        occurred = parse_rfc3339(ind["occurred_at"])
        out: list[Alert] = []
        try:
            rules = self._rules_by_category.get(ind["category"], self._uncategorised)
        except TypeError:  # not a category name at all: only rules for any category
            rules = self._uncategorised
        for rule in rules:
            if not self._indicator_matches(rule, ind, team):
                continue
            if rule.min_per_day is not None and not self._count_day(rule, ind, occurred, state):
                continue
            alert = Alert(
                alert_id=alert_id_for(rule.id, "indicator", ind["indicator_id"]),
                rule_id=rule.id,
                kind="indicator",
                source_id=ind["indicator_id"],
                customer_key=ind["customer_key"],
                occurred_at=ind["occurred_at"],
                description_ja=rule.description_ja,
                description_en=rule.description_en,
                agent_key=ind.get("agent_key"),
                team=team,
                category=ind["category"],
                severity=ind["severity"],
                channel=ind.get("channel"),
                event_ids=tuple(ind.get("event_ids") or ()),
                evidence=ind.get("evidence"),
                destinations=rule.destinations,
                detected_at=ind.get("detected_at"),
            )
            sent = self._admit(rule, alert, occurred.timestamp(), state, now)
            if sent is not None:
                out.append(sent)
        return out

    def _indicator_matches(self, rule: Rule, ind: Mapping[str, Any], team: str | None) -> bool:
        if rule.categories and ind["category"] not in rule.categories:
            return False
        if not rule.matches_severity(ind["severity"]):
            return False
        if rule.channels and ind.get("channel") not in rule.channels:
            return False
        if rule.teams and team not in rule.teams:
            return False
        evidence_events = len(ind.get("event_ids") or ())
        if rule.min_evidence_events is not None and evidence_events < rule.min_evidence_events:
            return False
        if rule.min_duration_minutes is not None:
            start, end = ind.get("window_start"), ind.get("window_end")
            if not (start and end):
                return False
            minutes = (parse_rfc3339(end) - parse_rfc3339(start)).total_seconds() / 60
            if minutes < rule.min_duration_minutes:
                return False
        return True

    def _count_day(
        self, rule: Rule, ind: Mapping[str, Any], occurred: datetime, state: CustomerAlertState
    ) -> bool:
        """Record the triggering contact; True once the day has ``min_per_day`` of them."""
        assert rule.min_per_day is not None
        day = occurred.astimezone(self._zone).date().isoformat()
        contact = (ind.get("event_ids") or [ind["indicator_id"]])[-1]
        known_day, ids = state.days.get(rule.id, (day, []))
        if day > known_day:
            ids = []
        elif day < known_day:
            return False  # a late contact of a day already closed for this rule
        if contact not in ids:
            ids = [*ids, contact][-MAX_DAY_EVENTS:]
        state.days[rule.id] = (max(day, known_day), ids)
        return len(ids) >= rule.min_per_day

    # ------------------------------------------------------------------ escalations
    def on_escalation(
        self, esc: Mapping[str, Any], state: CustomerAlertState, now: float
    ) -> list[Alert]:
        stage, previous = esc["stage"], esc.get("previous_stage", "none")
        if STAGE_ORDER.get(stage, 0) <= STAGE_ORDER.get(previous, 0):
            return []  # a stage going down is good news, not an alert
        occurred = parse_rfc3339(esc["crossed_at"])
        out: list[Alert] = []
        for rule in self._escalation_rules:
            if stage not in rule.stages:
                continue
            categories = esc.get("categories") or []
            alert = Alert(
                alert_id=alert_id_for(rule.id, "escalation", esc["escalation_id"]),
                rule_id=rule.id,
                kind="escalation",
                source_id=esc["escalation_id"],
                customer_key=esc["customer_key"],
                occurred_at=esc["crossed_at"],
                description_ja=rule.description_ja,
                description_en=rule.description_en,
                category=categories[-1] if categories else None,
                event_ids=tuple(esc.get("event_ids") or ()),
                stage=stage,
                previous_stage=previous,
                destinations=rule.destinations,
                detected_at=esc.get("detected_at"),
            )
            sent = self._admit(rule, alert, occurred.timestamp(), state, now)
            if sent is not None:
                out.append(sent)
        return out

    # ------------------------------------------------------------------ throttle, digest
    def _admit(
        self, rule: Rule, alert: Alert, event_ts: float, state: CustomerAlertState, now: float
    ) -> Alert | None:
        if alert.alert_id in state.alerted:
            return None  # sent already (a newer version of the same indicator, or a redelivery)
        if rule.digest:
            self._collect(rule, alert, state, now)
            return None
        throttle = state.throttles.get(rule.id)
        if throttle is not None and 0 <= event_ts - throttle.last_ts < rule.throttle_minutes * 60:
            throttle.suppressed += 1
            self._remember(alert.alert_id, state)
            return None
        suppressed = throttle.suppressed if throttle is not None else 0
        if rule.throttle_minutes > 0:
            last = max(event_ts, throttle.last_ts) if throttle is not None else event_ts
            state.throttles[rule.id] = Throttle(last_ts=last)
        self._remember(alert.alert_id, state)
        if suppressed:
            return _with(alert, suppressed=suppressed)
        return alert

    def _collect(self, rule: Rule, alert: Alert, state: CustomerAlertState, now: float) -> None:
        pending = state.digests.get(rule.id)
        if pending is None:
            pending = state.digests[rule.id] = PendingDigest(since=now)
        if any(i.alert_id == alert.alert_id for i in pending.items):
            return
        pending.items.append(
            DigestItem(
                alert_id=alert.alert_id,
                source_id=alert.source_id,
                category=alert.category,
                severity=alert.severity,
                stage=alert.stage,
                evidence=alert.evidence,
                occurred_at=alert.occurred_at,
            )
        )
        pending.agent_key = alert.agent_key or pending.agent_key
        pending.team = alert.team or pending.team
        self._remember(alert.alert_id, state)

    def flush_digests(
        self, customer_key: str, state: CustomerAlertState, now: float, *, force: bool = False
    ) -> list[Alert]:
        """Digests whose period has passed (or that are full) → one alert each."""
        out: list[Alert] = []
        period = self.rules.digest_minutes * 60
        rules = {r.id: r for r in self.rules.active}
        for rule_id in sorted(state.digests):
            pending = state.digests[rule_id]
            due = now - pending.since >= period or len(pending.items) >= MAX_DIGEST_ITEMS
            if not (due or force) or not pending.items:
                continue
            del state.digests[rule_id]
            rule = rules.get(rule_id)
            items = tuple(sorted(pending.items, key=lambda i: (i.occurred_at, i.alert_id)))
            out.append(
                Alert(
                    alert_id=digest_id_for(rule_id, customer_key, [i.alert_id for i in items]),
                    rule_id=rule_id,
                    kind="digest",
                    source_id=items[0].source_id,
                    customer_key=customer_key,
                    occurred_at=items[-1].occurred_at,
                    description_ja=rule.description_ja if rule else "",
                    description_en=rule.description_en if rule else "",
                    agent_key=pending.agent_key,
                    team=pending.team,
                    severity=max(
                        (i.severity for i in items if i.severity),
                        key=lambda s: ("low", "medium", "high").index(s),
                        default=None,
                    ),
                    items=items,
                    destinations=rule.destinations if rule else (),
                )
            )
        return out

    @staticmethod
    def _remember(alert_id: str, state: CustomerAlertState) -> None:
        state.alerted.append(alert_id)
        del state.alerted[:-MAX_REMEMBERED]

    def expire(self, state: CustomerAlertState, event_ts: float) -> None:
        """Before evaluating an event: forget what can no longer matter, so a customer's
        value becomes idle (and is deleted) — throttles that can hold nothing back, and the
        alert ids and daily counts of a customer quiet for :data:`REMEMBER_SECONDS`."""
        if state.last_ts and event_ts - state.last_ts > REMEMBER_SECONDS:
            state.alerted.clear()
            state.days.clear()
        state.last_ts = max(state.last_ts, event_ts)
        longest = self._longest
        for rule_id in list(state.throttles):
            t = state.throttles[rule_id]
            if event_ts - t.last_ts > longest.get(rule_id, 0) and not t.suppressed:
                del state.throttles[rule_id]


def _with(alert: Alert, **changes: Any) -> Alert:
    from dataclasses import replace

    return replace(alert, **changes)

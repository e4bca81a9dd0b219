"""Alert rules as data: a TOML file validated at start, with errors that name the place.

A rule matches indicators (category, severity, channel, team, stateful thresholds) or
escalations (the stage entered). Each rule has a throttle per customer, and
low-severity rules can be sent as a quiet digest instead of one message each.
The shipped defaults (``default_rules.toml``) follow the company policies and the
Japan Contact Center Association's 2025 guideline (holding staff ≥ 1 hour, ≥ 3
repeat contacts); ``MAMORI_ALERTS__RULES_PATH`` points at a site's own file, usually
kept beside the detection config (``MAMORI_DETECTION_CONFIG``).
"""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path
from typing import Final, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from mamori.domain.contract import Channel
from mamori.domain.stage import STAGES
from mamori.domain.taxonomy import SEVERITIES, Category, Severity

Stage = Literal["watch", "warn", "review"]
STAGE_ORDER: Final[dict[str, int]] = {s: i for i, s in enumerate(STAGES)}
SEVERITY_ORDER: Final[dict[str, int]] = {s: i for i, s in enumerate(SEVERITIES)}
DEFAULT_RULES_NAME: Final = "default_rules.toml"


class RulesError(ValueError):
    """A rules file that cannot be used; the message names the file and the place."""


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Rule(_Frozen):
    #: Stable id: part of every alert id this rule produces (never reuse one for a new meaning).
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]{0,63}$")
    description_ja: str = ""
    description_en: str = ""
    #: What the rule reads: indicator events or customer escalations.
    on: Literal["indicator", "escalation"] = "indicator"
    enabled: bool = True
    #: Indicator categories (empty = any).
    categories: tuple[Category, ...] = ()
    #: Lowest indicator severity that matches.
    min_severity: Severity = "low"
    #: Channels of the triggering contact (empty = any).
    channels: tuple[Channel, ...] = ()
    #: Teams of the staff member (staff directory; empty = any).
    teams: tuple[str, ...] = ()
    #: Escalations: the stage entered (upward crossings only).
    stages: tuple[Stage, ...] = ()
    #: Stateful thresholds on the indicator. Length of the indicator's window in minutes
    #: (a single call or visit: its duration).
    min_duration_minutes: float | None = Field(default=None, gt=0)
    #: Number of contacts the indicator cites as evidence (repetitions, flood size).
    min_evidence_events: int | None = Field(default=None, ge=1)
    #: This customer's distinct contacts matching the rule in one local day.
    min_per_day: int | None = Field(default=None, ge=1)
    #: At most one alert per customer per this many minutes of event time; the ones
    #: held back are counted in the next alert.
    throttle_minutes: float = Field(default=0, ge=0)
    #: Collect matches into a digest per customer, sent every ``digest_minutes``.
    digest: bool = False
    #: Names of configured destinations (empty = all).
    destinations: tuple[str, ...] = ()

    @model_validator(mode="after")
    def _consistent(self) -> Rule:
        if self.on == "escalation":
            indicator_only = {
                "categories": self.categories,
                "channels": self.channels,
                "teams": self.teams,
                "min_duration_minutes": self.min_duration_minutes,
                "min_evidence_events": self.min_evidence_events,
                "min_per_day": self.min_per_day,
            }
            used = [k for k, v in indicator_only.items() if v]
            if used:
                raise ValueError(f"on = 'escalation' cannot use {', '.join(used)}")
            if not self.stages:
                raise ValueError("on = 'escalation' needs stages, e.g. stages = ['review']")
        elif self.stages:
            raise ValueError("stages is only for on = 'escalation'")
        return self

    def matches_severity(self, severity: str) -> bool:
        return SEVERITY_ORDER.get(severity, -1) >= SEVERITY_ORDER[self.min_severity]


class AlertRules(_Frozen):
    version: Literal[1] = 1
    #: Local day for ``min_per_day`` (the support desk's time zone).
    timezone: str = "Asia/Tokyo"
    #: How often a digest rule sends what it collected, per customer.
    digest_minutes: float = Field(default=60, gt=0)
    rules: tuple[Rule, ...] = Field(default=(), alias="rule")

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r}") from None
        return value

    @model_validator(mode="after")
    def _unique_ids(self) -> AlertRules:
        seen: set[str] = set()
        for rule in self.rules:
            if rule.id in seen:
                raise ValueError(f"rule id {rule.id!r} is used twice")
            seen.add(rule.id)
        return self

    @property
    def active(self) -> tuple[Rule, ...]:
        return tuple(r for r in self.rules if r.enabled)

    def destination_names(self) -> set[str]:
        return {d for r in self.active for d in r.destinations}


def _place(loc: tuple[int | str, ...], data: object) -> str:
    """``('rule', 2, 'min_severity')`` → ``[[rule]] #3 (id = "x"): min_severity``."""
    if len(loc) >= 2 and loc[0] == "rule" and isinstance(loc[1], int):
        rule_id = ""
        rules = data.get("rule") if isinstance(data, dict) else None
        if isinstance(rules, list) and loc[1] < len(rules) and isinstance(rules[loc[1]], dict):
            rule_id = f' (id = "{rules[loc[1]].get("id", "?")}")'
        rest = ".".join(str(p) for p in loc[2:])
        return f"[[rule]] #{loc[1] + 1}{rule_id}" + (f": {rest}" if rest else "")
    return ".".join(str(p) for p in loc) or "(top level)"


def parse_rules(text: str, source: str = "<rules>") -> AlertRules:
    """Rules from TOML text; :class:`RulesError` names the line (syntax) or field (meaning)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        # tomllib's message ends with "(at line L, column C)".
        raise RulesError(f"{source}: not valid TOML: {exc}") from None
    try:
        return AlertRules.model_validate(data)
    except ValidationError as exc:
        problems = [f"  {_place(tuple(e['loc']), data)}: {e['msg']}" for e in exc.errors()]
        raise RulesError(f"{source}: invalid alert rules:\n" + "\n".join(problems)) from None


def load_rules(path: Path | None) -> AlertRules:
    """The site's rules file, or the shipped defaults when ``path`` is None."""
    if path is None:
        text = resources.files("mamori.alerts").joinpath(DEFAULT_RULES_NAME).read_text("utf-8")
        return parse_rules(text, DEFAULT_RULES_NAME)
    try:
        text = path.read_text("utf-8")
    except OSError as exc:
        raise RulesError(f"{path}: cannot read the alert rules: {exc.strerror or exc}") from None
    return parse_rules(text, str(path))

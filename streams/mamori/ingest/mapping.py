"""Configurable mapping of the sources' ids and labels to Mamori's.

A TOML file (``MAMORI_INGEST__MAPPING``) with optional tables::

    [agents]            # PBX extension / login → the staff id used in reviews
    "201" = "staff-007"
    [customers]         # normalised number or address → CRM id (one customer, many lines)
    "+81312345678" = "crm-1042"
    [speakers]          # transcript speaker labels (case-insensitive) → role
    agent = ["agent", "オペレーター", "spk_0"]
    customer = ["customer", "caller", "spk_1"]
    unknown = "error"   # or "agent" / "customer": what an unmapped speaker is
    [cdr]               # CSV column names
    call_id = "uniqueid"
    started_at = "calldate"
    timezone = "Asia/Tokyo"   # for timestamps without an offset (default: the calendar's)

Everything has a default, so no file is needed for the common shapes.
"""

from __future__ import annotations

import tomllib
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from mamori.calendar import CalendarConfig

Role = Literal["agent", "customer"]

DEFAULT_AGENT_SPEAKERS = frozenset(
    {"agent", "operator", "staff", "rep", "support", "オペレーター", "担当", "担当者", "ch_0"}
)
DEFAULT_CUSTOMER_SPEAKERS = frozenset(
    {"customer", "caller", "client", "お客様", "客", "顧客", "ch_1"}
)


class MappingError(ValueError):
    """The mapping file is malformed, or an input label is not mapped."""


def _label(value: str) -> str:
    return unicodedata.normalize("NFKC", value).strip().lower()


@dataclass(frozen=True, slots=True)
class CdrColumns:
    call_id: str = "call_id"
    started_at: str = "start_time"
    caller: str = "caller"
    callee: str = "callee"
    agent: str = "agent"
    direction: str = "direction"
    duration_s: str = "duration_s"
    #: IANA zone for timestamps written without an offset (most PBXs); by default the
    #: support calendar's zone (one owner: :mod:`mamori.calendar`).
    timezone: str = field(default_factory=lambda: CalendarConfig().timezone)


@dataclass(frozen=True, slots=True)
class SourceMapping:
    agents: Mapping[str, str] = field(default_factory=dict)
    customers: Mapping[str, str] = field(default_factory=dict)
    agent_speakers: frozenset[str] = DEFAULT_AGENT_SPEAKERS
    customer_speakers: frozenset[str] = DEFAULT_CUSTOMER_SPEAKERS
    unknown_speaker: Literal["error", "agent", "customer"] = "error"
    cdr: CdrColumns = CdrColumns()

    def agent(self, raw: str | None) -> str | None:
        if raw is None or not raw.strip():
            return None
        return self.agents.get(raw.strip(), raw.strip())

    def customer(self, normalised: str) -> str:
        return self.customers.get(normalised, normalised)

    def role(self, speaker: str) -> Role:
        label = _label(speaker)
        if label in self.agent_speakers:
            return "agent"
        if label in self.customer_speakers:
            return "customer"
        if self.unknown_speaker == "error":
            raise MappingError(
                f"speaker {speaker!r} is neither an agent nor a customer label; "
                "add it to [speakers] in the mapping file"
            )
        return self.unknown_speaker

    @classmethod
    def load(cls, path: Path | None) -> SourceMapping:
        if path is None:
            return cls()
        try:
            doc = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise MappingError(f"mapping file {path}: {exc}") from exc
        return cls.from_dict(doc, str(path))

    @classmethod
    def from_dict(cls, doc: Mapping[str, Any], where: str = "mapping") -> SourceMapping:
        unknown = set(doc) - {"agents", "customers", "speakers", "cdr"}
        if unknown:
            raise MappingError(f"{where}: unknown tables {sorted(unknown)}")
        speakers = dict(doc.get("speakers", {}))
        extra_agent = {_label(s) for s in speakers.get("agent", [])}
        extra_customer = {_label(s) for s in speakers.get("customer", [])}
        unknown_role = speakers.get("unknown", "error")
        if unknown_role not in ("error", "agent", "customer"):
            raise MappingError(f"{where}: speakers.unknown must be error, agent or customer")
        try:
            cdr = CdrColumns(**dict(doc.get("cdr", {})))
        except TypeError as exc:
            raise MappingError(f"{where}: [cdr]: {exc}") from exc
        return cls(
            agents={str(k): str(v) for k, v in dict(doc.get("agents", {})).items()},
            customers={str(k): str(v) for k, v in dict(doc.get("customers", {})).items()},
            agent_speakers=DEFAULT_AGENT_SPEAKERS | extra_agent,
            customer_speakers=DEFAULT_CUSTOMER_SPEAKERS | extra_customer,
            unknown_speaker=unknown_role,
            cdr=cdr,
        )

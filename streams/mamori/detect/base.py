"""Shared types of the detectors.

A content detector looks at one message's text; the stateful detectors look at
one customer's compact window state. Neither knows about Kafka or ClickHouse.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from mamori.domain.taxonomy import Category, Severity


@dataclass(frozen=True, slots=True)
class ContentHit:
    """One content indicator found in one message."""

    category: Category
    severity: Severity
    #: Detector confidence / strength in [0, 1].
    score: float
    #: Short redacted excerpt around the match (never the whole text), ≤ 80 chars.
    evidence: str
    #: Id of the pattern or rule that decided it, for audits and back-tests.
    rule: str


@dataclass(frozen=True, slots=True)
class TextAnalysis:
    """What the content detector hands on to the stateful detectors."""

    hits: tuple[ContentHit, ...]
    #: The customer's own words, normalised (agent lines of transcripts removed):
    #: the input of near-duplicate (repetition) matching. Never stored or emitted.
    customer_text: str
    #: True when the message makes a demand or request (repetition counts only these).
    is_demand: bool
    #: True when the message stresses urgency (「至急」「今すぐ」, "ASAP").
    is_urgent: bool


class ContentDetector(Protocol):
    """Finds content indicators in one message. Deterministic, no I/O after init."""

    #: Name and version, e.g. ``lexicon@1``; goes into IndicatorEvent.detector.
    name: str

    def analyse(self, subject: str | None, text: str | None, channel: str) -> TextAnalysis:
        """At most one hit per category; an empty text gives no hits."""
        ...

"""The same demand in other words: messages that each make one kind of demand at medium
or above count together for repetition, without shared words or a repetition marker
(RepetitionConfig.same_kind; docs/stateful-detection.md)."""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime, timedelta, timezone

from mamori.detect.base import ContentHit, TextAnalysis
from mamori.detect.config import DetectionConfig, RepetitionConfig
from mamori.detect.engine import DetectionEngine, demand_codes
from mamori.detect.state import CustomerState, Demand
from mamori.domain.contract import ContactEvent, IndicatorEvent
from mamori.domain.pseudonym import Pseudonymizer
from mamori.domain.taxonomy import Category

JST = timezone(timedelta(hours=9))
NOW = datetime(2026, 11, 1, tzinfo=UTC)
START = datetime(2026, 7, 6, 10, 0, tzinfo=JST)  # a Monday inside support hours

# Five ways of asking for the same compensation: few shared characters, no marker.
REWORDED = [
    "返金だけでは納得できません。慰謝料として十万円を払ってください",
    "迷惑料を上乗せしてもらわないと話になりません",
    "I expect a full year of service for free after this",
    "お詫びの品と商品券を今週中に送れ",
    "精神的苦痛への補償金をきちんと振り込んでもらいます",
]


def hit(category: Category, severity: str = "medium") -> ContentHit:
    return ContentHit(category=category, severity=severity, score=0.7, evidence="…", rule="t")


class KindAnalyser:
    """Gives each text the hits of its own table entry (what the lexicon would find)."""

    name = "kind@test"

    def __init__(self, hits: dict[str, tuple[ContentHit, ...]]) -> None:
        self.table = hits

    def analyse(self, subject: str | None, text: str | None, channel: str) -> TextAnalysis:
        body = unicodedata.normalize("NFKC", text or "").lower()
        hits = self.table.get(text or "", ())
        return TextAnalysis(hits=hits, customer_text=body, is_demand=bool(hits), is_urgent=False)


def engine(hits: dict[str, tuple[ContentHit, ...]], same_kind: bool = True) -> DetectionEngine:
    config = DetectionConfig(repetition=RepetitionConfig(same_kind=same_kind))
    return DetectionEngine(config, KindAnalyser(hits), Pseudonymizer(b"k" * 32))


def ev(n: int, at: datetime, text: str) -> ContactEvent:
    return ContactEvent(
        event_id=f"k{n}",
        occurred_at=at,
        channel="email",
        direction="inbound",
        customer_id="cus-kind",
        agent_id=None,
        subject=None,
        text=text,
    )


def repetitions(eng: DetectionEngine, events: list[ContactEvent]) -> list[IndicatorEvent]:
    state: CustomerState | None = None
    out: list[IndicatorEvent] = []
    for e in events:
        result = eng.process(e, state, now=NOW)
        state = result.state
        out.extend(i for i in result.indicators if i.category == Category.REPETITION)
    return out


def daily(texts: list[str], days: float = 1.0) -> list[ContactEvent]:
    return [ev(i, START + timedelta(days=days * i), t) for i, t in enumerate(texts)]


def test_one_kind_of_demand_reworded_is_the_same_demand_again() -> None:
    table = {t: (hit(Category.EXCESSIVE_DEMAND),) for t in REWORDED}
    found = repetitions(engine(table), daily(REWORDED))
    assert [(r.severity, len(r.event_ids)) for r in found] == [("medium", 4)]
    # Off (back-testing): the texts share too little to be near-duplicates.
    assert repetitions(engine(table, same_kind=False), daily(REWORDED)) == []


def test_different_kinds_low_hits_and_old_ones_do_not_count_together() -> None:
    kinds = [
        Category.EXCESSIVE_DEMAND,
        Category.APOLOGY_DEMAND,
        Category.IN_PERSON_DEMAND,
        Category.STAFF_NAMING,
        Category.ABUSIVE_LANGUAGE,  # not a demand: never "the same demand"
    ]
    assert (
        repetitions(
            engine({t: (hit(k),) for t, k in zip(REWORDED, kinds, strict=True)}), daily(REWORDED)
        )
        == []
    )
    low = {t: (hit(Category.EXCESSIVE_DEMAND, "low"),) for t in REWORDED}
    assert repetitions(engine(low), daily(REWORDED)) == []
    # The same kind, a demand every third day: never four inside the 7-day window.
    table = {t: (hit(Category.EXCESSIVE_DEMAND),) for t in REWORDED}
    assert repetitions(engine(table), daily(REWORDED, days=3)) == []


def test_demand_codes_are_a_bit_per_demand_kind() -> None:
    analysis = TextAnalysis(
        hits=(
            hit(Category.APOLOGY_DEMAND),
            hit(Category.STAFF_NAMING, "high"),
            hit(Category.EXCESSIVE_DEMAND, "low"),
            hit(Category.VIOLENCE_THREAT, "high"),
        ),
        customer_text="",
        is_demand=True,
        is_urgent=False,
    )
    both = demand_codes(analysis)
    only = demand_codes(
        TextAnalysis(
            hits=(hit(Category.APOLOGY_DEMAND),), customer_text="", is_demand=True, is_urgent=False
        )
    )
    assert both & only and both != only
    assert (
        demand_codes(TextAnalysis(hits=(), customer_text="", is_demand=False, is_urgent=False)) == 0
    )


def test_the_kind_survives_the_state_and_older_states_read_as_none() -> None:
    table = {t: (hit(Category.EXCESSIVE_DEMAND),) for t in REWORDED}
    eng = engine(table)
    state: CustomerState | None = None
    for e in daily(REWORDED[:3]):
        result = eng.process(e, state, now=NOW)
        # Written and read back between events, as the worker's table does.
        state = CustomerState.from_bytes(result.state.to_bytes())
    assert state is not None and all(d.asks for d in state.demands)
    result = eng.process(daily(REWORDED)[3], state, now=NOW)
    assert [i.severity for i in result.indicators if i.category == Category.REPETITION] == [
        "medium"
    ]
    # A demand stored by format 6 (seven fields) carries no kind.
    new = CustomerState(demands=[Demand(1, "x", (1, 2), episode="x", asks=3)]).to_bytes()
    assert CustomerState.from_bytes(new).demands[0].asks == 3
    v6 = new.replace(b"[8,", b"[6,", 1).replace(b",3]]", b"]]", 1)
    assert v6 != new and CustomerState.from_bytes(v6).demands[0].asks == 0

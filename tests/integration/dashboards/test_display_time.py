"""Engine output through the dashboard rollups on a real ClickHouse engine: every
indicator is counted at the local time of the event that fired it (``occurred_at``),
not at local midnight (the ``anchor_at`` of daily floods, daily call time and
off-hours patterns), in the hour-of-week heatmap, the support-hours chart, the daily
counts and the staff charts — also when Kafka redelivers the events."""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from fixtures.clickhouse import Database
from mamori.calendar import CalendarConfig
from mamori.dashboards.bundle import refresh_counts
from mamori.dashboards.expressions import support_hours_sql
from mamori.detect.config import DetectionConfig
from mamori.detect.content import LexiconDetector
from mamori.detect.engine import DetectionEngine
from mamori.detect.state import CustomerState
from mamori.domain.contract import IndicatorEvent
from mamori.domain.pseudonym import Pseudonymizer
from mamori.domain.validation import decode_contact_event
from mamori.storage.rows import INDICATOR_COLUMNS, indicator_row
from mamori.tools.synthetic import synthetic_events

pytestmark = pytest.mark.clickhouse

JST = ZoneInfo("Asia/Tokyo")
NOW = datetime(2026, 8, 1, tzinfo=UTC)


def _event(n: int, customer: str, at: datetime, **extra: Any) -> dict[str, Any]:
    return {
        "event_id": f"dt-{customer}-{n:03d}",
        "occurred_at": at.isoformat(timespec="milliseconds"),
        "channel": extra.get("channel", "chat"),
        "direction": "inbound",
        "customer_id": customer,
        "agent_id": extra.get("agent", "agent-001"),
        "duration_s": extra.get("duration"),
        "subject": None,
        "text": extra.get("text", "お問い合わせの件、確認をお願いします"),
        "language": None,
        "thread_id": None,
        "source": "test",
    }


def _stream() -> list[dict[str, Any]]:
    """Floods, a long-call day and an off-hours habit at known local times, in a
    background of synthetic traffic."""
    out: list[dict[str, Any]] = []
    tue = datetime(2026, 7, 7, tzinfo=JST)
    for i in range(9):  # two bursts on Tuesday, each with its own agent
        out.append(_event(i, "cust-flood", tue.replace(hour=10) + timedelta(minutes=2 * i)))
        out.append(
            _event(
                20 + i,
                "cust-flood",
                tue.replace(hour=15) + timedelta(minutes=2 * i),
                agent="agent-002",
            )
        )
    for i, minute in enumerate((0, 30)):  # the 19th and 20th contact of the day
        out.append(_event(40 + i, "cust-flood", tue.replace(hour=17, minute=minute)))
    wed = datetime(2026, 7, 8, tzinfo=JST)
    for i, hour in enumerate((10, 11, 14, 16)):  # 4 × 50 min of calls on Wednesday
        out.append(_event(i, "cust-calls", wed.replace(hour=hour), channel="phone", duration=3000))
    for day in range(8):  # 21:30 every evening, Monday 6 July to Monday 13 July
        at = datetime(2026, 7, 6, 21, 30, tzinfo=JST) + timedelta(days=day)
        out.append(_event(day, "cust-night", at))
    out.extend(synthetic_events(1500, customers=200, start=datetime(2026, 7, 5, 15, tzinfo=UTC)))
    return out


def _run(engine: DetectionEngine, events: list[dict[str, Any]]) -> list[IndicatorEvent]:
    """The stream through the engine in event-time order, then every event again
    (redelivery after a crash), with the state round-tripped as the worker stores it."""
    decoded = []
    for raw in events:
        ev = decode_contact_event(json.dumps(raw).encode(), now=NOW)
        assert not hasattr(ev, "reason"), ev
        decoded.append(ev)
    decoded.sort(key=lambda e: (e.ts, e.event_id))  # type: ignore[union-attr]
    states: dict[str, CustomerState] = {}
    out: list[IndicatorEvent] = []
    for ev in decoded + decoded:
        key = engine.pseudo.customer(ev.customer_id)  # type: ignore[union-attr]
        det = engine.process(ev, states.get(key), NOW)  # type: ignore[arg-type]
        states[key] = CustomerState.from_bytes(det.state.to_bytes())
        out.extend(det.indicators)
    return out


@pytest.fixture(scope="module")
def engine_output() -> list[IndicatorEvent]:
    engine = DetectionEngine(
        DetectionConfig(), LexiconDetector.load(), Pseudonymizer(b"display-time" * 3)
    )
    return _run(engine, _stream())


def _local(ind: IndicatorEvent) -> datetime:
    return ind.occurred_at.astimezone(JST)


def test_rollups_count_indicators_at_their_event_time(
    ch_database: Database, engine_output: list[IndicatorEvent]
) -> None:
    rows = [indicator_row(i.to_wire(), 0, n) for n, i in enumerate(engine_output)]
    ch_database.writer.insert(
        f"{ch_database.name}.indicators", rows, column_names=INDICATOR_COLUMNS
    )
    refresh_counts(ch_database.admin, ch_database.name)

    # One display time per id, even across the redelivered copies.
    by_id: dict[str, IndicatorEvent] = {}
    for ind in engine_output:
        assert by_id.setdefault(ind.indicator_id, ind).occurred_at == ind.occurred_at
    unique = list(by_id.values())
    stateful = [i for i in unique if i.anchor_at is not None and i.window_start is None]
    assert stateful, "the stream must produce day-anchored indicators"
    assert all(_local(i).hour != 0 for i in stateful)

    q = ch_database.reader.query
    db = ch_database.name
    heatmap = {
        (wd, h): n
        for wd, h, n in q(
            f"SELECT weekday, hour, sum(indicators) FROM {db}.hour_of_week_counts"
            " GROUP BY weekday, hour"
        ).result_rows
    }
    expected = Counter((_local(i).isoweekday(), _local(i).hour) for i in unique)
    assert heatmap == dict(expected)

    # The support-hours chart, with the dataset's own expression.
    shares = dict(
        q(
            f"SELECT {support_hours_sql()} AS s, sum(indicators)"
            f" FROM {db}.hour_of_week_counts GROUP BY s"
        ).result_rows
    )
    cal = CalendarConfig()
    opens, closes = int(cal.open_from[:2]), int(cal.open_until[:2])
    inside = sum(
        1
        for i in unique
        if _local(i).weekday() in cal.open_weekdays and opens <= _local(i).hour < closes
    )
    assert sum(shares.values()) == len(unique)
    assert shares["受付時間外 off hours"] == len(unique) - inside

    days = dict(
        q(
            f"SELECT toString(day), sum(indicators) FROM {db}.indicators_daily_counts GROUP BY day"
        ).result_rows
    )
    assert days == dict(Counter(_local(i).date().isoformat() for i in unique))

    # Staff charts: each indicator under the one agent of the event that fired it.
    agents = dict(
        q(
            f"SELECT agent_key, sum(indicators) FROM {db}.agent_weekly_counts GROUP BY agent_key"
        ).result_rows
    )
    assert agents == dict(Counter(i.agent_key for i in unique if i.agent_key is not None))


def test_floods_and_daily_patterns_sit_at_their_firing_hour(
    ch_database: Database, engine_output: list[IndicatorEvent]
) -> None:
    rows = [indicator_row(i.to_wire(), 0, n) for n, i in enumerate(engine_output)]
    ch_database.writer.insert(
        f"{ch_database.name}.indicators", rows, column_names=INDICATOR_COLUMNS
    )
    got = ch_database.reader.query(
        "SELECT category, weekday, hour, uniqMerge(indicators)"
        f" FROM {ch_database.name}.indicators_hour_of_week_by_event"
        " WHERE category IN ('contact_flood', 'off_hours_contact', 'prolonged_contact')"
        " GROUP BY category, weekday, hour ORDER BY category, weekday, hour"
    ).result_rows
    crafted = {(c, wd, h): n for c, wd, h, n in got}
    # Two bursts (low at the 5th, medium at the 8th contact of each) at 10 h and 15 h;
    # the daily flood reaches medium at the 12th contact (15 h) and high at the 20th
    # (17:30).
    assert crafted.get(("contact_flood", 2, 10), 0) >= 2
    assert crafted.get(("contact_flood", 2, 15), 0) >= 3
    assert crafted.get(("contact_flood", 2, 17), 0) >= 1
    assert crafted.get(("prolonged_contact", 3, 11), 0) >= 1  # 100 min of calls at 11 h
    assert crafted.get(("off_hours_contact", 1, 21), 0) >= 1  # the 8th evening (Mon)


def test_an_episode_is_one_incident_at_its_highest_level(
    ch_database: Database, engine_output: list[IndicatorEvent]
) -> None:
    """The flood customer's Tuesday: two bursts (each low → medium) and a daily flood
    (medium → high) are 6 flood indicators but 3 incidents."""
    rows = [indicator_row(i.to_wire(), 0, n) for n, i in enumerate(engine_output)]
    db = ch_database.name
    ch_database.writer.insert(f"{db}.indicators", rows, column_names=INDICATOR_COLUMNS)
    ch_database.writer.insert(f"{db}.indicators", rows[:50], column_names=INDICATOR_COLUMNS)
    flood_key = next(
        i.customer_key for i in engine_output if i.event_ids and "cust-flood" in i.event_ids[0]
    )
    q = ch_database.reader.query
    got = q(
        "SELECT toString(severity), incidents, indicators FROM"
        f" (SELECT severity, count() AS incidents, sum(n) AS indicators FROM"
        f"   (SELECT max(top_severity) AS s, uniqMerge(indicators) AS n,"
        f"           CAST(s, 'Enum8(\\'low\\' = 1, \\'medium\\' = 2, \\'high\\' = 3)') AS severity"
        f"    FROM {db}.incidents WHERE customer_key = {{k:String}} AND category = 'contact_flood'"
        "    GROUP BY episode_at, windowed)"
        "  GROUP BY severity) ORDER BY severity",
        parameters={"k": flood_key},
    ).result_rows
    assert got == [("medium", 2, 4), ("high", 1, 2)]

    # The incident counts view agrees with the engine output, episode by episode.
    unique = {i.indicator_id: i for i in engine_output}.values()
    episodes: dict[tuple[str, str, object, bool], int] = {}
    rank = {"low": 1, "medium": 2, "high": 3}
    for i in unique:
        key = (i.customer_key, i.category.value, i.anchor_at or i.occurred_at, bool(i.window_start))
        episodes[key] = max(episodes.get(key, 0), rank[i.severity])
    total = q(f"SELECT sum(incidents), sum(indicators) FROM {db}.incident_counts").result_rows
    assert total == [(len(episodes), len(unique))]
    assert len(episodes) < len(unique)

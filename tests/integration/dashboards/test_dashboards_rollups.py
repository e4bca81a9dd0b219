"""The dashboard rollups on a real ClickHouse engine: materialized views line up with
their targets, redelivered and re-versioned indicators never change the counts, the
stage is the latest crossing, holidays are recognised, retention is changeable, and
every dashboard query runs."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from bench.bench_dashboards import dashboard_queries

from fixtures.clickhouse import Database
from fixtures.superset import INDICATOR_COLUMNS, indicator_row, insert_sample, sample_indicator_rows
from mamori.dashboards.bundle import COUNT_VIEWS, refresh_counts, retention_statements

pytestmark = pytest.mark.clickhouse

NOW = datetime(2026, 11, 20, 3, 0, tzinfo=UTC)  # a Friday, 12:00 JST


def _rollups(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    refresh_counts(db.admin, db.name)
    return {
        name: sorted(map(tuple, db.reader.query(sql).result_rows), key=repr)
        for name, sql in dashboard_queries(db.name).items()
    }


def _plain(type_name: str) -> str:
    m = re.fullmatch(r"SimpleAggregateFunction\(\w+, (.*)\)", type_name)
    return m.group(1) if m else type_name


def test_materialized_views_select_columns_in_target_order(ch_database: Database) -> None:
    views = ch_database.admin.query(
        "SELECT name, create_table_query FROM system.tables"
        " WHERE database = {db:String} AND engine = 'MaterializedView'",
        parameters={"db": ch_database.name},
    ).result_rows
    assert len(views) == 5 + len(COUNT_VIEWS)
    for name, ddl in views:
        target = re.search(r"\bTO\s+[`\w]+\.`?(\w+)`?", ddl)
        assert target, ddl
        cols = ch_database.admin.query(
            "SELECT table, name, type FROM system.columns WHERE database = {db:String}"
            " AND table IN ({mv:String}, {t:String}) ORDER BY position",
            parameters={"db": ch_database.name, "mv": name, "t": target.group(1)},
        ).result_rows
        mv_cols = [(n, t) for tb, n, t in cols if tb == name]
        target_cols = [(n, t) for tb, n, t in cols if tb == target.group(1)]
        assert [n for n, _ in mv_cols] == [n for n, _ in target_cols], name
        # A SimpleAggregateFunction(f, T) column stores plain T values.
        assert [(n, _plain(t)) for n, t in mv_cols] == [(n, _plain(t)) for n, t in target_cols]


def test_redelivery_and_reversions_do_not_change_rollups(ch_database: Database) -> None:
    rows = sample_indicator_rows(NOW)
    ch_database.writer.insert(
        f"{ch_database.name}.indicators", rows, column_names=INDICATOR_COLUMNS
    )
    before = _rollups(ch_database)
    # Kafka redelivery: the same rows again, in two other batches.
    for part in (rows[:100], rows[100:]):
        ch_database.writer.insert(
            f"{ch_database.name}.indicators", part, column_names=INDICATOR_COLUMNS
        )
    assert _rollups(ch_database) == before
    # Exact against the raw table, deduplicated.
    exact = ch_database.reader.query(
        f"SELECT category, uniqExact(indicator_id) FROM {ch_database.name}.indicators FINAL"
        " GROUP BY category ORDER BY category"
    ).result_rows
    rolled = ch_database.reader.query(
        f"SELECT category, uniqMerge(indicators) FROM {ch_database.name}.indicators_daily"
        " GROUP BY category ORDER BY category"
    ).result_rows
    assert rolled == exact and sum(n for _, n in exact) == len(rows)

    # A stateful indicator re-sent with later evidence on another channel: same id, so
    # totals stay; only the channel mix may show it on both channels.
    grown = list(rows[0])
    grown[INDICATOR_COLUMNS.index("channel")] = "email"
    grown[INDICATOR_COLUMNS.index("occurred_at")] = NOW + timedelta(hours=1)
    grown[INDICATOR_COLUMNS.index("version")] = 10**13
    ch_database.writer.insert(
        f"{ch_database.name}.indicators", [grown], column_names=INDICATOR_COLUMNS
    )
    after = _rollups(ch_database)
    for name in ("trends_total", "trends_weekly_by_category", "when_holiday_effect"):
        assert after[name] == before[name], name


def test_rollups_count_distinct_customers_agents_and_hours(ch_database: Database) -> None:
    monday_10_jst = datetime(2026, 11, 16, 1, 0, tzinfo=UTC)
    rows = [
        indicator_row(1, monday_10_jst, customer="c1", agent="a1"),
        indicator_row(2, monday_10_jst, customer="c1", agent="a1", category="legal_threat"),
        indicator_row(3, monday_10_jst + timedelta(hours=12), customer="c2", agent=None),
    ]
    ch_database.writer.insert(
        f"{ch_database.name}.indicators", rows, column_names=INDICATOR_COLUMNS
    )
    db = ch_database.name
    q = ch_database.reader.query
    assert q(f"SELECT uniqMerge(customers) FROM {db}.indicators_daily").result_rows == [(2,)]
    assert q(
        f"SELECT agent_key, uniqMerge(indicators) FROM {db}.agent_exposure_daily GROUP BY agent_key"
    ).result_rows == [("a1", 2)]
    assert sorted(
        q(
            f"SELECT weekday, hour, uniqMerge(indicators) FROM {db}.indicators_hour_of_week"
            " GROUP BY weekday, hour"
        ).result_rows
    ) == [(1, 10, 2), (1, 22, 1)]
    summary = q(
        f"SELECT customer_key, indicators, per_category, stage FROM {db}.customer_summary"
        " ORDER BY customer_key"
    ).result_rows
    assert summary[0] == ("c1", 2, {"abusive_language": 1, "legal_threat": 1}, "none")


def test_current_stage_is_latest_crossing_and_redelivery_safe(ch_database: Database) -> None:
    db = ch_database.name
    cols = [
        "escalation_id",
        "customer_key",
        "stage",
        "previous_stage",
        "risk",
        "crossed_at",
        "detected_at",
    ]
    esc = [
        ["e1", "c1", "watch", "none", 3.0, NOW - timedelta(days=2), NOW],
        ["e2", "c1", "review", "warn", 9.0, NOW, NOW],
        ["e3", "c1", "warn", "watch", 6.0, NOW - timedelta(days=1), NOW],
    ]
    ch_database.writer.insert(f"{db}.escalations", esc, column_names=cols)
    ch_database.writer.insert(f"{db}.escalations", esc[:1], column_names=cols)  # redelivered
    ch_database.writer.insert(
        f"{db}.indicators", [indicator_row(1, NOW, customer="c1")], column_names=INDICATOR_COLUMNS
    )
    review = ch_database.reader.query(
        f"SELECT customer_key, stage, category, indicators FROM {db}.recurrence_review"
    ).result_rows
    assert review == [("c1", "review", "abusive_language", 1)]


def test_holidays_mark_day_type(ch_database: Database) -> None:
    culture_day = datetime(2026, 11, 3, 3, 0, tzinfo=UTC)  # 文化の日, a Tuesday
    saturday = datetime(2026, 11, 7, 3, 0, tzinfo=UTC)
    wednesday = datetime(2026, 11, 4, 3, 0, tzinfo=UTC)
    rows = [indicator_row(i, d) for i, d in enumerate((culture_day, saturday, wednesday))]
    ch_database.writer.insert(
        f"{ch_database.name}.indicators", rows, column_names=INDICATOR_COLUMNS
    )
    refresh_counts(ch_database.admin, ch_database.name)
    got = ch_database.reader.query(
        f"SELECT toString(day), day_type FROM {ch_database.name}.indicators_by_day_type ORDER BY day"
    ).result_rows
    # A calendar spine: the quiet days between count as 0, so averages are per day.
    assert got == [
        ("2026-11-03", "祝日 holiday"),
        ("2026-11-04", "平日 weekday"),
        ("2026-11-05", "平日 weekday"),
        ("2026-11-06", "平日 weekday"),
        ("2026-11-07", "土日 weekend"),
    ]
    counts = ch_database.dashboard.query(
        f"SELECT day_type, avg(indicators) FROM {ch_database.name}.indicators_by_day_type"
        " GROUP BY day_type ORDER BY day_type"
    ).result_rows
    # Weekday: 1 indicator over 3 weekdays (active-days-only said 1.0).
    assert {t: round(a, 3) for t, a in counts} == {
        "土日 weekend": 1.0, "平日 weekday": 0.333, "祝日 holiday": 1.0,
    }  # fmt: skip


def test_retention_is_changeable(ch_database: Database) -> None:
    for stmt in retention_statements(ch_database.name, raw_days=400, aggregate_days=800):
        ch_database.admin.command(stmt)
    ddl = dict(
        ch_database.admin.query(
            "SELECT name, create_table_query FROM system.tables WHERE database = {db:String}",
            parameters={"db": ch_database.name},
        ).result_rows
    )
    assert "toIntervalDay(400)" in ddl["indicators"]
    assert "toIntervalDay(400)" in ddl["customer_category_summary"]
    assert "toIntervalDay(800)" in ddl["indicators_daily"]
    with pytest.raises(ValueError):
        retention_statements(ch_database.name, raw_days=0, aggregate_days=1)


def test_every_dashboard_query_runs_as_reader(ch_database: Database) -> None:
    insert_sample(ch_database.writer, ch_database.name, NOW)
    results = _rollups(ch_database)
    empty = [name for name, rows in results.items() if not rows]
    assert not empty

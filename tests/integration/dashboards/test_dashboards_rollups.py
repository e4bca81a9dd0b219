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
    assert len(views) == 7 + len(
        COUNT_VIEWS
    )  # 5 rollups (0011 by event time), incidents, customer_activity_mv
    for name, ddl in views:
        target = re.search(r"\bTO\s+[`\w]+\.`?(\w+)`?", ddl)
        assert target, ddl
        # Columns the target computes itself (MATERIALIZED, e.g. customer_activity's
        # customer hash of sql/0012) are not inserted by the view.
        cols = ch_database.admin.query(
            "SELECT table, name, type FROM system.columns WHERE database = {db:String}"
            " AND table IN ({mv:String}, {t:String})"
            " AND default_kind NOT IN ('MATERIALIZED', 'ALIAS') ORDER BY position",
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
        f"SELECT category, uniqMerge(indicators) FROM {ch_database.name}.indicators_daily_by_event"
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
    assert q(f"SELECT uniqMerge(customers) FROM {db}.indicators_daily_by_event").result_rows == [
        (2,)
    ]
    assert q(
        f"SELECT agent_key, uniqMerge(indicators) FROM {db}.agent_exposure_daily_by_event GROUP BY agent_key"
    ).result_rows == [("a1", 2)]
    assert sorted(
        q(
            f"SELECT weekday, hour, uniqMerge(indicators) FROM {db}.indicators_hour_of_week_by_event"
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
        "SELECT toString(day), day_type, indicators"
        f" FROM {ch_database.name}.indicators_by_day_type ORDER BY day"
    ).result_rows
    # A calendar spine: the quiet Thursday and Friday are days with 0 indicators.
    assert got == [
        ("2026-11-03", "祝日 holiday", 1),
        ("2026-11-04", "平日 weekday", 1),
        ("2026-11-05", "平日 weekday", 0),
        ("2026-11-06", "平日 weekday", 0),
        ("2026-11-07", "土日 weekend", 1),
    ]
    counts = ch_database.dashboard.query(
        f"SELECT day_type, avg(indicators) FROM {ch_database.name}.indicators_by_day_type"
        " GROUP BY day_type ORDER BY day_type"
    ).result_rows
    # Weekday: 1 indicator over 3 weekdays (active-days-only said 1.0).
    assert {t: round(a, 3) for t, a in counts} == {
        "土日 weekend": 1.0, "平日 weekday": 0.333, "祝日 holiday": 1.0,
    }  # fmt: skip


def test_holiday_effect_averages_over_every_day(ch_database: Database) -> None:
    """The chart's metric (avg per day) counts days without indicators as 0."""
    monday = datetime(2026, 11, 9, 3, 0, tzinfo=UTC)
    rows = [indicator_row(i, monday) for i in range(3)]
    rows += [indicator_row(10, monday + timedelta(days=4))]  # Friday; Tue-Thu quiet
    ch_database.writer.insert(
        f"{ch_database.name}.indicators", rows, column_names=INDICATOR_COLUMNS
    )
    assert _rollups(ch_database)["when_holiday_effect"] == [("平日 weekday", 0.8)]
    assert ch_database.reader.query(
        f"SELECT count(), avg(indicators) FROM {ch_database.name}.indicators_by_day_type"
    ).result_rows == [(5, 0.8)]


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


# -- sql/0007: customers, teams, the worklist's days, refresh health ------------------
def test_distinct_customers_exact_for_any_filtered_range(ch_database: Database) -> None:
    """uniqExact over customer_activity's customer hash equals the distinct customers of the raw table
    (deduplicated with FINAL) for a range, a category and a channel, under redelivery and
    re-versions, with no merge (no OPTIMIZE)."""
    db = ch_database.name
    rows = sample_indicator_rows(NOW)
    for part in (rows, rows[:120], rows[60:]):  # delivered once, then redelivered in pieces
        ch_database.writer.insert(f"{db}.indicators", part, column_names=INDICATOR_COLUMNS)
    grown = list(rows[3])  # re-versioned: same id, later evidence, same channel
    grown[INDICATOR_COLUMNS.index("occurred_at")] = NOW + timedelta(hours=2)
    grown[INDICATOR_COLUMNS.index("version")] = 10**13
    ch_database.writer.insert(f"{db}.indicators", [grown], column_names=INDICATOR_COLUMNS)
    q = ch_database.reader.query
    start, end = (NOW - timedelta(days=30)).date(), NOW.date()
    cases = [
        ("1", "1"),
        (
            f"day >= '{start}' AND day < '{end}'",
            f"toDate(occurred_at, 'Asia/Tokyo') >= '{start}' AND toDate(occurred_at, 'Asia/Tokyo') < '{end}'",
        ),
        ("category = 'repetition'", "category = 'repetition'"),
        ("channel = 'email' AND severity = 'medium'", "channel = 'email' AND severity = 'medium'"),
    ]
    for slim, raw in cases:
        # The dashboards' metric: uniqExact over the 64-bit hash column (sql/0012).
        got = q(f"SELECT uniqExact(customer) FROM {db}.customer_activity WHERE {slim}")
        exact = q(f"SELECT uniqExact(customer_key) FROM {db}.indicators FINAL WHERE {raw}")
        assert got.result_rows == exact.result_rows, slim
        assert exact.result_rows[0][0] > 0, slim
    # per category and week, as the Trends charts group them
    got = q(
        f"SELECT category, toMonday(day) AS w, uniqExact(customer) FROM {db}.customer_activity"
        " GROUP BY category, w ORDER BY category, w"
    ).result_rows
    exact = q(
        f"SELECT category, toMonday(toDate(occurred_at, 'Asia/Tokyo')) AS w, uniqExact(customer_key)"
        f" FROM {db}.indicators FINAL GROUP BY category, w ORDER BY category, w"
    ).result_rows
    assert got == exact


def test_teams_from_the_staff_directory(ch_database: Database) -> None:
    from mamori.dashboards.bundle import load_teams

    db = ch_database.name
    insert_sample(ch_database.writer, db, NOW)
    assert load_teams(ch_database.admin, db, {"agent-1": "東京", "agent-2": "東京"}) == 2
    q = ch_database.reader.query
    teams = dict(
        q(
            f"SELECT agent_key, any(team) FROM {db}.agent_daily_counts GROUP BY agent_key"
        ).result_rows
    )
    assert teams["agent-1"] == teams["agent-2"] == "東京"
    assert teams["agent-3"] == "未登録 unassigned"
    per_team = q(
        f"SELECT team, sum(indicators) FROM {db}.agent_daily_counts GROUP BY team ORDER BY team"
    ).result_rows
    exact = q(
        f"SELECT if(agent_key IN ('agent-1', 'agent-2'), '東京', '未登録 unassigned') AS t,"
        f" uniqExact(indicator_id) FROM {db}.indicators FINAL WHERE agent_key IS NOT NULL"
        " GROUP BY t ORDER BY t"
    ).result_rows
    assert per_team == exact
    # a new directory replaces the old one
    load_teams(ch_database.admin, db, {"agent-1": "大阪"})
    assert q(
        f"SELECT DISTINCT team FROM {db}.agent_daily_counts WHERE agent_key = 'agent-2'"
    ).result_rows == [("未登録 unassigned",)]
    assert q(
        f"SELECT DISTINCT team FROM {db}.worklist_activity WHERE agent_key = 'agent-1'"
    ).result_rows == [("大阪",)]


def test_worklist_activity_is_the_worklist_with_its_days(ch_database: Database) -> None:
    db = ch_database.name
    insert_sample(ch_database.writer, db, NOW)
    refresh_counts(ch_database.admin, db)
    q = ch_database.reader.query
    staged = q(
        f"SELECT customer_key, category, stage, indicators FROM {db}.recurrence_worklist"
        " ORDER BY customer_key, category"
    ).result_rows
    from_activity = q(
        f"SELECT customer_key, category, any(stage), any(indicators) FROM {db}.worklist_activity"
        " GROUP BY customer_key, category ORDER BY customer_key, category"
    ).result_rows
    assert from_activity == staged and len({r[0] for r in staged}) == 4
    days = q(
        f"SELECT customer_key, uniqExact(day) FROM {db}.worklist_activity"
        " WHERE customer_key = 'cust-1' GROUP BY customer_key"
    ).result_rows
    exact = q(
        f"SELECT customer_key, uniqExact(toDate(occurred_at, 'Asia/Tokyo')) FROM {db}.indicators"
        " WHERE customer_key = 'cust-1' GROUP BY customer_key"
    ).result_rows
    assert days == exact


def test_refresh_status_is_readable_and_flags_a_stopped_refresh(ch_database: Database) -> None:
    db = ch_database.name
    refresh_counts(ch_database.admin, db)
    q = ch_database.reader.query
    status = {
        view: (problem, age)
        for view, problem, age in q(
            f"SELECT view, problem, age_s FROM {db}.refresh_status"
        ).result_rows
    }
    assert set(status) == set(COUNT_VIEWS)
    assert all(problem == 0 and age is not None and age < 120 for problem, age in status.values())
    # the reader cannot read the system table itself
    with pytest.raises(Exception, match="ACCESS_DENIED|Not enough privileges"):
        q("SELECT count() FROM system.view_refreshes")
    ch_database.admin.command(f"SYSTEM STOP VIEW {db}.agent_daily_counts_mv")
    try:
        stopped = q(
            f"SELECT status, problem FROM {db}.refresh_status WHERE view = 'agent_daily_counts_mv'"
        ).result_rows
        assert stopped == [("Disabled", 2)]
    finally:
        ch_database.admin.command(f"SYSTEM START VIEW {db}.agent_daily_counts_mv")

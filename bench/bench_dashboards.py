"""Dashboard query latency on 10 M indicator rows, measured as the dashboard reader
through the SQL Superset itself generates.

Starts the project's ClickHouse server (free ports, temporary directory), applies the
migrations to a scratch database, generates synthetic indicator rows server-side
(``INSERT … SELECT FROM numbers()``, which also feeds the materialized views), then
redelivers a share of them and re-versions another share onto other channels — and
never merges (no ``OPTIMIZE``), so the tables keep the unmerged layout production has
between merges. Refreshes the minute counts once, starts the project's Superset 6.1
(``.venv-superset``) on the read-only user, imports the bundle, and for every chart asks
Superset's chart-data API for the SQL it would run (``result_type: query``) with the
dashboard's default filters (time range = previous + current quarter, JST) and with a
hand-set filter (time range, channel, category). That SQL is timed as the reader,
query cache off, p50/p95 over repeated runs.

    .venv/bin/python -m bench.bench_dashboards [--rows 10000000] [--runs 20]
"""

from __future__ import annotations

import argparse
import json
import secrets
import statistics
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Final

from mamori.domain.taxonomy import AXIS, Category

CHANNELS = ("phone", "email", "chat", "web_form", "visit", "sns")


def _pseudonym(number_sql: str) -> str:
    """A customer key shaped like the worker's (24 hex characters of an HMAC-SHA256):
    distinct-count costs depend on the key's length."""
    return f"substring(lower(hex(SHA256(concat('cust-', {number_sql})))), 1, 24)"


def synthetic_indicators_sql(database: str, rows: int, offset: int = 0, days: int = 730) -> str:
    """SQL that inserts ``rows`` synthetic indicators spread over ``days`` days before
    2026-11-01 (JST office-hours heavy), ~200 k customers and 800 agents."""
    cats = list(Category)
    cat_list = "[" + ",".join(f"'{c.value}'" for c in cats) + "]"
    axis_list = "[" + ",".join(f"'{AXIS[c]}'" for c in cats) + "]"
    chan_list = "[" + ",".join(f"'{c}'" for c in CHANNELS) + "]"
    span = days * 86_400
    start = date(2026, 11, 1) - timedelta(days=days)
    return f"""
INSERT INTO {database}.indicators
    (indicator_id, category, axis, severity, score, customer_key, agent_key, channel,
     event_ids, window_start, window_end, occurred_at, detected_at, evidence, detector,
     version, anchor_at)
SELECT
    concat('bench-', toString(n)) AS indicator_id,
    arrayElement({cat_list}, 1 + ci) AS category,
    arrayElement({axis_list}, 1 + ci) AS axis,
    CAST(1 + (cityHash64(n, 2) % 3) AS Enum8('low' = 1, 'medium' = 2, 'high' = 3)) AS severity,
    toFloat32((cityHash64(n, 2) % 3 + 1) / 3) AS score,
    {_pseudonym("toString(cityHash64(n, 3) % 200000)")} AS customer_key,
    if(n % 5 = 0, NULL, concat('agent-', toString(cityHash64(n, 4) % 800))) AS agent_key,
    arrayElement({chan_list}, 1 + (cityHash64(n, 5) % {len(CHANNELS)})) AS channel,
    [concat('ev-', toString(n))] AS event_ids,
    NULL AS window_start,
    NULL AS window_end,
    -- office hours (JST 09-18 = UTC 00-09) three times as likely as the rest
    toDateTime64('{start.isoformat()} 00:00:00', 3, 'UTC')
        + toIntervalSecond(
            intDiv(cityHash64(n, 6) % {span}, 86400) * 86400
            + if(cityHash64(n, 7) % 4 > 0, cityHash64(n, 8) % 32400, cityHash64(n, 8) % 86400)
        ) AS occurred_at,
    occurred_at AS detected_at,
    NULL AS evidence,
    'bench' AS detector,
    toUInt64(toUnixTimestamp64Milli(occurred_at)) AS version,
    occurred_at AS anchor_at
FROM (SELECT number + {offset} AS n, cityHash64(number + {offset}, 1) % {len(cats)} AS ci
      FROM numbers({rows}))
"""


def synthetic_side_tables_sql(database: str, customers: int = 5000) -> list[str]:
    """Escalations for ``customers`` customers, an hour of pipeline stats, dead letters."""
    return [
        f"""
INSERT INTO {database}.escalations
    (escalation_id, customer_key, stage, previous_stage, risk, crossed_at, detected_at,
     indicator_ids, event_ids, categories)
SELECT concat('esc-', toString(number)), {_pseudonym("toString(number * 37 % 200000)")},
       CAST(1 + number % 3 AS Enum8('none' = 0, 'watch' = 1, 'warn' = 2, 'review' = 3)),
       CAST(number % 3 AS Enum8('none' = 0, 'watch' = 1, 'warn' = 2, 'review' = 3)),
       toFloat32(3 + number % 7), toDateTime64('2026-10-01 00:00:00', 3, 'UTC') + toIntervalMinute(number),
       now64(3), [], [], []
FROM numbers({customers})""",
        f"""
INSERT INTO {database}.pipeline_stats
    (worker, ts, events_in, dead_letters, indicators_out, interval_s, consumer_lag)
SELECT concat('worker-', toString(number % 2)),
       toDateTime64('2026-10-31 23:00:00', 3, 'UTC') + toIntervalSecond(intDiv(number, 2) * 10),
       800 + number % 200, number % 7 = 0, 40 + number % 9, 10, 100 + (number * 13) % 400
FROM numbers(720)""",
        f"""
INSERT INTO {database}.dead_letters
    (dlq_id, reason, detail, source_topic, _partition, _offset, size_bytes, received_at)
SELECT concat('contact-events/0/', toString(number)),
       arrayElement(['invalid_json', 'schema', 'too_large', 'invalid_utf8'], 1 + number % 4),
       'bench', 'contact-events', 0, number, 100,
       toDateTime64('2026-10-31 23:00:00', 3, 'UTC') + toIntervalSecond(number * 7)
FROM numbers(500)""",
    ]


def dashboard_queries(db: str) -> dict[str, str]:
    """Reference SQL per chart (the bundle's metric expressions on its tables, without
    Superset's filters): the rollup tests check these against the raw table. The bench
    times the SQL Superset generates instead (:func:`superset_chart_sql`)."""
    daily = f"{db}.indicators_daily_counts"
    hours = f"{db}.hour_of_week_counts"
    agents = f"{db}.agent_daily_counts"
    review = f"{db}.worklist_activity"
    customers = f"{db}.customer_activity"
    return {
        "trends_weekly_by_category": f"SELECT toMonday(day) AS w, category, sum(indicators) AS n FROM {daily} GROUP BY w, category ORDER BY w",
        "trends_weekly_by_axis": f"SELECT toMonday(day) AS w, axis, sum(indicators) AS n FROM {daily} GROUP BY w, axis ORDER BY w",
        "trends_severity_mix": f"SELECT toMonday(day) AS w, severity, sum(indicators) AS n FROM {daily} GROUP BY w, severity ORDER BY w",
        "trends_quarter_over_quarter": f"SELECT toStartOfQuarter(day) AS q, category, sum(indicators) AS n FROM {daily} GROUP BY q, category ORDER BY q",
        "trends_total": f"SELECT sum(indicators) FROM {daily}",
        "trends_high": f"SELECT sumIf(indicators, severity = 'high') FROM {daily}",
        "when_hour_of_week": f"SELECT weekday, hour, sum(indicators) AS n FROM {hours} GROUP BY weekday, hour",
        "when_support_hours": f"SELECT weekday <= 5 AND hour >= 9 AND hour < 18 AS inside, sum(indicators) FROM {hours} GROUP BY inside",
        "when_channel_mix": f"SELECT channel, sum(indicators) AS n FROM {db}.indicators_channel_counts GROUP BY channel",
        "when_holiday_effect": f"SELECT day_type, avg(indicators) FROM {db}.indicators_by_day_type GROUP BY day_type",
        "staff_most_exposed": f"SELECT agent_key, sum(indicators) AS n, sumIf(indicators, severity = 'high') AS h FROM {agents} GROUP BY agent_key ORDER BY n DESC, agent_key LIMIT 20",
        "staff_by_category": f"SELECT category, severity, sum(indicators) FROM {agents} GROUP BY category, severity",
        "staff_exposed_per_week": f"SELECT toMonday(day) AS week, uniqExact(agent_key) FROM {agents} GROUP BY week",
        "review_worklist": f"SELECT stage, customer_key, category, max(indicators), uniqExact(day), max(last_contact), max(stage_since) FROM {review} GROUP BY stage, customer_key, category ORDER BY max(stage_level) * 10000000000 + toUnixTimestamp(max(last_contact)) DESC LIMIT 1000",
        "review_customers_by_stage": f"SELECT stage, uniqExact(customer_key) FROM {review} GROUP BY stage",
        "review_categories": f"SELECT category, stage, uniqExact(customer_key) FROM {review} GROUP BY category, stage",
        "trends_distinct_customers": f"SELECT uniqExact(customer_key) FROM {customers}",
        "trends_customers_by_category": f"SELECT category, uniqExact(customer_key) FROM {customers} GROUP BY category",
        "trends_customers_by_week": f"SELECT toMonday(day) AS w, uniqExact(customer_key) FROM {customers} GROUP BY w",
        "when_customers_by_channel": f"SELECT channel, uniqExact(customer_key) FROM {customers} GROUP BY channel",
        "pipeline_events_per_s": f"SELECT toStartOfMinute(ts) AS m, sum(events_in) / nullIf(sum(interval_s), 0) * uniqExact(worker) FROM {db}.pipeline_stats GROUP BY m",
        "pipeline_lag": f"SELECT toStartOfMinute(ts) AS m, worker, max(consumer_lag) FROM {db}.pipeline_stats GROUP BY m, worker",
        "pipeline_dlq_by_reason": f"SELECT toStartOfMinute(received_at) AS m, reason, uniqExact(dlq_id) FROM {db}.dead_letters GROUP BY m, reason",
        "pipeline_dlq_share": f"SELECT sum(dead_letters) / nullIf(sum(events_in) + sum(dead_letters), 0) FROM {db}.pipeline_stats",
    }


# -- the query context Superset's front end sends for a chart ------------------------
def _axis(params: dict[str, Any]) -> list[Any]:
    x = params.get("x_axis")
    if not x:
        return []
    grain = params.get("time_grain_sqla")
    if grain:
        return [
            {
                "timeGrain": grain,
                "columnType": "BASE_AXIS",
                "sqlExpression": x,
                "label": x,
                "expressionType": "SQL",
            }
        ]
    return [x]


def _filters(params: dict[str, Any]) -> list[dict[str, Any]]:
    """The chart's simple adhoc filters as query filters (TEMPORAL_RANGE included: its
    value is replaced by the query's ``time_range``, as a dashboard time filter does)."""
    return [
        {"col": f["subject"], "op": f["operator"], "val": f["comparator"]}
        for f in params.get("adhoc_filters") or []
        if f.get("expressionType") == "SIMPLE"
    ]


def query_context(
    datasource_id: int,
    params: dict[str, Any],
    *,
    time_range: str | None = None,
    filters: list[dict[str, Any]] | None = None,
    result_type: str = "full",
) -> dict[str, Any]:
    """The query context the chart's front-end plugin would send, for our chart kinds,
    with the dashboard's native filters applied: ``time_range`` (a time filter's value)
    and ``filters`` (``{"col", "op": "IN", "val"}`` of the select filters)."""
    groupby = params.get("groupby") or []
    if isinstance(groupby, str):  # heatmap_v2 takes one column
        groupby = [groupby]
    metrics = list(params.get("metrics") or [])
    if params.get("metric"):
        metrics.append(params["metric"])
    orderby: list[Any] = []
    if params.get("query_mode") == "raw":
        columns: list[Any] = list(params["all_columns"])
        metrics = []
        orderby = [[c, False] for c in ("stage_level", "last_contact") if c in columns]
    else:
        columns = _axis(params) + list(groupby)
        if metrics:
            orderby = [[metrics[0], False]]
    query = {
        "columns": columns,
        "metrics": metrics,
        "orderby": orderby,
        "row_limit": params.get("row_limit", 1000),
        "filters": _filters(params) + list(filters or []),
        "extras": {"having": "", "where": ""},
        "time_range": time_range or params.get("time_range", "No filter"),
    }
    if params.get("timeseries_limit_metric") and params.get("query_mode") != "raw":
        orderby = [[params["timeseries_limit_metric"], not params.get("order_desc", True)]]
        query["orderby"] = orderby
    return {
        "datasource": {"id": datasource_id, "type": "table"},
        "force": True,
        "queries": [query],
        "form_data": params,
        "result_format": "json",
        "result_type": result_type,
    }


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def time_queries(ch: Any, queries: dict[str, str], runs: int) -> dict[str, tuple[float, float]]:
    """name → (p50 ms, p95 ms), after one warm-up run each."""
    out = {}
    settings = {"use_query_cache": 0}
    for name, sql in queries.items():
        ch.query(sql, settings=settings)
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            ch.query(sql, settings=settings)
            times.append((time.perf_counter() - t0) * 1000)
        out[name] = (statistics.median(times), _percentile(times, 0.95))
    return out


#: Dashboard default time range (the bundle's time filters), and a hand-set filter.
DEFAULT_RANGE: Final = (
    "DATETRUNC(DATEADD(DATEADD(DATETIME('now'), 9, hour), -1, quarter), quarter) : "
    "DATETRUNC(DATEADD(DATEADD(DATETIME('now'), 9, hour), 1, quarter), quarter)"
)
PIPELINE_RANGE: Final = "Last day"
HAND_FILTERS: Final = [
    {"col": "channel_ja", "op": "IN", "val": ["メール email"]},
    {"col": "category_label", "op": "IN", "val": ["B · 暴言・侮辱・人格否定"]},
]


def superset_chart_sql(client: Any, hand_set: bool) -> dict[str, str]:
    """chart → the SQL Superset generates for it on its dashboard, with the default time
    range (and, if ``hand_set``, the channel and category filters where in scope)."""
    import json

    import yaml

    from mamori.dashboards.bundle import load_files

    scoped: dict[str, set[str]] = {}  # chart uuid → filter columns in scope
    for name, text in load_files().items():
        if name.startswith("dashboards/"):
            doc = yaml.safe_load(text)
            uuid_by_id = {
                n["meta"]["chartId"]: n["meta"]["uuid"]
                for n in doc["position"].values()
                if isinstance(n, dict) and n.get("type") == "CHART"
            }
            for f in doc["metadata"]["native_filter_configuration"]:
                for target in f.get("targets") or []:
                    column = (target.get("column") or {}).get("name")
                    for cid in f["chartsInScope"]:
                        scoped.setdefault(uuid_by_id[cid], set()).add(column)
    out = {}
    for row in client.list_all("chart", ["id", "uuid", "slice_name", "certified_by"]):
        if row.get("certified_by") != "Mamori":
            continue
        chart = client.request("GET", f"/api/v1/chart/{row['id']}")["result"]
        params = json.loads(chart["params"])
        ds_id = int(params["datasource"].split("__")[0])
        # (after an import params.datasource is "<id>__table": ask for the table's name)
        table = client.request("GET", f"/api/v1/dataset/{ds_id}")["result"]["table_name"]
        pipeline = table in ("pipeline_stats", "dead_letters")
        filters = [
            f for f in HAND_FILTERS if hand_set and f["col"] in scoped.get(str(row["uuid"]), ())
        ]
        ctx = query_context(
            ds_id,
            params,
            time_range=PIPELINE_RANGE if pipeline else DEFAULT_RANGE,
            filters=filters,
            result_type="query",
        )
        result = client.request("POST", "/api/v1/chart/data", ctx)["result"][0]
        out[row["slice_name"]] = str(result["query"]).rstrip().rstrip(";")
    return out


def load(ch: Any, db: str, rows: int, batch: int) -> None:
    """Indicators, then redelivery of every 10th batch-row and a re-version (later
    evidence on another channel) of every 20th, as the worker's at-least-once delivery
    leaves them; side tables."""
    for offset in range(0, rows, batch):
        ch.command(synthetic_indicators_sql(db, min(batch, rows - offset), offset))
    ch.command(
        f"INSERT INTO {db}.indicators SELECT * FROM {db}.indicators WHERE cityHash64(indicator_id) % 10 = 0"
    )
    ch.command(
        f"""INSERT INTO {db}.indicators
SELECT * REPLACE (
    arrayElement({list(CHANNELS)!r}, 1 + (cityHash64(indicator_id, 9) % {len(CHANNELS)})) AS channel,
    occurred_at + toIntervalMinute(30) AS occurred_at,
    version + 1800000 AS version)
FROM {db}.indicators WHERE cityHash64(indicator_id) % 20 = 1"""
    )
    for stmt in synthetic_side_tables_sql(db):
        ch.command(stmt)


def table_sizes(admin: Any, db: str) -> list[tuple[str, int, int, str]]:
    """(table, rows, parts, "-") per table, as the migrating admin: system.parts is
    outside every Mamori role's grants, but the virtual ``_part`` column of each table
    tells its unmerged layout just as well."""
    out = []
    for (table,) in admin.query(f"SHOW TABLES FROM {db}").result_rows:
        try:
            rows, parts = admin.query(
                f"SELECT count(), uniqExact(_part) FROM {db}.`{table}`"
            ).result_rows[0]
        except Exception:  # noqa: BLE001 - views without parts of their own
            continue
        if rows:
            out.append((table, int(rows), int(parts), "-"))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000_000)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--batch", type=int, default=1_000_000)
    parser.add_argument("--sql-out", type=Path, help="write each chart's timed SQL (JSON)")
    args = parser.parse_args()

    import clickhouse_connect

    from mamori.dashboards.bundle import import_bundle, refresh_counts
    from mamori.dashboards.superset_client import ClickHouseTarget
    from mamori.devstack.clickhouse import ClickHouseServer
    from mamori.devstack.process import free_port
    from mamori.devstack.superset import SupersetServer
    from mamori.storage.migrations import apply_migrations

    passwords = {u: secrets.token_hex(12) for u in ("mamori_admin", "mamori_reader")}
    with tempfile.TemporaryDirectory(prefix="mamori-bench-dash-") as tmp:
        server = ClickHouseServer(
            Path(tmp) / "clickhouse",
            http_port=free_port(),
            tcp_port=free_port(),
            passwords=passwords,
        )
        with server:
            ch = clickhouse_connect.get_client(
                host="127.0.0.1",
                port=server.http_port,
                username="mamori_admin",
                password=passwords["mamori_admin"],
                send_receive_timeout=3600,
            )
            db = f"mamori_bench_{uuid.uuid4().hex[:8]}"
            apply_migrations(ch, db)
            t0 = time.perf_counter()
            load(ch, db, args.rows, args.batch)
            load_s = time.perf_counter() - t0
            t1 = time.perf_counter()
            refresh_counts(ch, db)
            refresh_s = time.perf_counter() - t1
            raw = ch.query(f"SELECT count() FROM {db}.indicators").result_rows[0][0]
            distinct = ch.query(f"SELECT uniqExact(indicator_id) FROM {db}.indicators").result_rows[
                0
            ][0]
            sizes = table_sizes(ch, db)
            reader = clickhouse_connect.get_client(
                host="127.0.0.1",
                port=server.http_port,
                username="mamori_reader",
                password=passwords["mamori_reader"],
                database=db,
            )
            target = ClickHouseTarget(
                "127.0.0.1", server.http_port, db, "mamori_reader", passwords["mamori_reader"]
            )
            superset = SupersetServer(
                Path(tmp) / "superset",
                port=free_port(),
                clickhouse=target,
                admin_password=secrets.token_hex(12),
                secret_key=secrets.token_hex(32),
            )
            with superset:
                import_bundle(superset)
                client = superset.client()
                scenarios = {
                    "default filters": superset_chart_sql(client, hand_set=False),
                    "time + channel + category": superset_chart_sql(client, hand_set=True),
                }
                if args.sql_out:  # what was timed, for reading a slow chart's plan
                    args.sql_out.write_text(json.dumps(scenarios, ensure_ascii=False, indent=1))
            results = {
                name: time_queries(reader, queries, args.runs)
                for name, queries in scenarios.items()
            }
            ch.command(f"DROP DATABASE {db}")
    print(f"rows: {raw:,} indicator rows ({distinct:,} distinct ids: redelivered and re-versioned,")
    print(f"  unmerged); generated + rolled up in {load_s:.1f} s")
    print(f"one refresh of the dashboard counts (sql/0006 + 0007): {refresh_s:.1f} s")
    for table, rows, parts, size in sizes:
        print(f"  {table:28} {rows:>12,} rows {parts:>4} parts {size:>10}")
    worst = 0.0
    for scenario, timings in results.items():
        print(f"\n{scenario}: SQL from Superset's chart-data API, run as the reader")
        print(f"{'chart':44} {'p50 ms':>8} {'p95 ms':>8}")
        for name, (p50, p95) in timings.items():
            worst = max(worst, p95)
            print(f"{name:44} {p50:8.1f} {p95:8.1f}")
    print(f"\nworst p95: {worst:.1f} ms (target ≤ 300 ms)")


if __name__ == "__main__":
    main()

"""Dashboard query latency on 10 M indicator rows.

Starts the project's ClickHouse server (free ports, temporary directory), applies the
migrations to a scratch database, generates synthetic indicator rows server-side
(``INSERT … SELECT FROM numbers()``, which also feeds the materialized views), and
times every dashboard query — the SQL Superset sends for each chart of the bundle,
re-stated here — p50/p95 over repeated runs, with the query cache off.

    .venv/bin/python -m bench.bench_dashboards [--rows 10000000] [--runs 20]
"""

from __future__ import annotations

import argparse
import secrets
import statistics
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from mamori.domain.taxonomy import AXIS, Category

CHANNELS = ("phone", "email", "chat", "web_form", "visit", "sns")


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
    concat('cust-', toString(cityHash64(n, 3) % 200000)) AS customer_key,
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
SELECT concat('esc-', toString(number)), concat('cust-', toString(number * 37 % 200000)),
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
    """The SQL behind each chart, as Superset issues it (metric expressions from the bundle)."""
    daily = f"{db}.indicators_daily_counts"
    hours = f"{db}.hour_of_week_counts"
    agents = f"{db}.agent_weekly_counts"
    review = f"{db}.recurrence_worklist"
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
        "staff_exposed_per_week": f"SELECT week, uniqExact(agent_key) FROM {agents} GROUP BY week",
        "review_worklist": f"SELECT stage, customer_key, category, sum(indicators), max(last_contact), max(stage_since) FROM {review} GROUP BY stage, customer_key, category ORDER BY max(stage_level) * 10000000000 + toUnixTimestamp(max(last_contact)) DESC LIMIT 1000",
        "review_customers_by_stage": f"SELECT stage, uniqExact(customer_key) FROM {review} GROUP BY stage",
        "review_categories": f"SELECT category, stage, sum(indicators) FROM {review} GROUP BY category, stage",
        "pipeline_events_per_s": f"SELECT toStartOfMinute(ts) AS m, sum(events_in) / nullIf(sum(interval_s), 0) * uniqExact(worker) FROM {db}.pipeline_stats GROUP BY m",
        "pipeline_lag": f"SELECT toStartOfMinute(ts) AS m, worker, max(consumer_lag) FROM {db}.pipeline_stats GROUP BY m, worker",
        "pipeline_dlq_by_reason": f"SELECT toStartOfMinute(received_at) AS m, reason, uniqExact(dlq_id) FROM {db}.dead_letters GROUP BY m, reason",
        "pipeline_dlq_share": f"SELECT sum(dead_letters) / nullIf(sum(events_in) + sum(dead_letters), 0) FROM {db}.pipeline_stats",
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000_000)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--batch", type=int, default=1_000_000)
    args = parser.parse_args()

    import clickhouse_connect

    from mamori.dashboards.bundle import refresh_counts
    from mamori.devstack.clickhouse import ClickHouseServer
    from mamori.devstack.process import free_port
    from mamori.storage.migrations import apply_migrations

    password = secrets.token_hex(12)
    with tempfile.TemporaryDirectory(prefix="mamori-bench-dash-") as tmp:
        server = ClickHouseServer(
            Path(tmp),
            http_port=free_port(),
            tcp_port=free_port(),
            passwords={"mamori_admin": password},
        )
        with server:
            ch = clickhouse_connect.get_client(
                host="127.0.0.1",
                port=server.http_port,
                username="mamori_admin",
                password=password,
                send_receive_timeout=3600,
            )
            db = f"mamori_bench_{uuid.uuid4().hex[:8]}"
            apply_migrations(ch, db)
            t0 = time.perf_counter()
            for offset in range(0, args.rows, args.batch):
                ch.command(
                    synthetic_indicators_sql(db, min(args.batch, args.rows - offset), offset)
                )
            for stmt in synthetic_side_tables_sql(db):
                ch.command(stmt)
            load_s = time.perf_counter() - t0
            for table in ("indicators_daily", "indicators_hour_of_week", "agent_exposure_daily"):
                ch.command(f"OPTIMIZE TABLE {db}.{table} FINAL")
            t1 = time.perf_counter()
            refresh_counts(ch, db)
            refresh_s = time.perf_counter() - t1
            raw = ch.query(f"SELECT count() FROM {db}.indicators").result_rows[0][0]
            # system tables are outside the Mamori users' grants; the bench owns this
            # server, so the loopback-only default user reads them.
            system = clickhouse_connect.get_client(host="127.0.0.1", port=server.http_port)
            sizes = system.query(
                "SELECT table, sum(rows), formatReadableSize(sum(bytes_on_disk)) FROM system.parts"
                f" WHERE database = '{db}' AND active GROUP BY table ORDER BY table"
            ).result_rows
            results = time_queries(ch, dashboard_queries(db), args.runs)
            ch.command(f"DROP DATABASE {db}")
    print(f"rows: {raw:,} indicators; generated + rolled up in {load_s:.1f} s")
    print(f"one refresh of the dashboard counts (sql/0006): {refresh_s:.1f} s")
    for table, rows, size in sizes:
        print(f"  {table:28} {rows:>12,} rows {size:>10}")
    print(f"{'query':30} {'p50 ms':>8} {'p95 ms':>8}")
    worst = 0.0
    for name, (p50, p95) in results.items():
        worst = max(worst, p95)
        print(f"{name:30} {p50:8.1f} {p95:8.1f}")
    print(f"worst p95: {worst:.1f} ms (target ≤ 300 ms)")


if __name__ == "__main__":
    main()

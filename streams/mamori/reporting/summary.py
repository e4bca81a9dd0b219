"""Summary of what is in ClickHouse: indicators per category and channel, dead letters."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rich.console import Console
from rich.table import Table

from mamori.domain.contract import CHANNELS
from mamori.domain.stage import CURRENT_STAGE_SQL
from mamori.domain.taxonomy import AXIS, LABELS_JA, Category
from mamori.settings import Settings


@dataclass
class Summary:
    by_category_channel: dict[tuple[str, str], int] = field(default_factory=dict)
    dead_letters: dict[str, int] = field(default_factory=dict)
    escalations: dict[str, int] = field(default_factory=dict)
    customers_flagged: int = 0

    @property
    def total(self) -> int:
        return sum(self.by_category_channel.values())


def fetch_summary(ch: Any, database: str) -> Summary:
    s = Summary()
    rows = ch.query(
        f"SELECT category, channel, count() FROM {database}.indicators FINAL GROUP BY 1, 2"
    ).result_rows
    s.by_category_channel = {(r[0], r[1]): int(r[2]) for r in rows}
    rows = ch.query(
        f"SELECT reason, count() FROM {database}.dead_letters FINAL GROUP BY 1"
    ).result_rows
    s.dead_letters = {r[0]: int(r[1]) for r in rows}
    rows = ch.query(
        f"SELECT stage, uniqExact(customer_key) FROM ("
        f" SELECT customer_key, {CURRENT_STAGE_SQL} AS stage"
        f" FROM {database}.escalations FINAL GROUP BY customer_key) GROUP BY 1"
    ).result_rows
    s.escalations = {str(r[0]): int(r[1]) for r in rows}
    s.customers_flagged = int(
        ch.query(
            f"SELECT uniqExact(customer_key) FROM {database}.indicators FINAL"
            f" WHERE severity IN ('medium', 'high')"
        ).result_rows[0][0]
    )
    return s


def render(summary: Summary, console: Console, extra: dict[str, str] | None = None) -> None:
    table = Table(title="Mamori — indicators in ClickHouse (category × channel)")
    table.add_column("category", no_wrap=True)
    table.add_column("axis")
    for ch in CHANNELS:
        table.add_column(ch, justify="right")
    table.add_column("total", justify="right", style="bold")
    for cat in Category:
        counts = [summary.by_category_channel.get((cat.value, ch), 0) for ch in CHANNELS]
        table.add_row(
            f"{cat.value}\n[dim]{LABELS_JA[cat]}[/dim]",
            AXIS[cat],
            *[str(c) if c else "·" for c in counts],
            str(sum(counts)),
        )
    table.add_section()
    totals = [
        sum(v for (_, c), v in summary.by_category_channel.items() if c == ch) for ch in CHANNELS
    ]
    table.add_row("all", "", *[str(t) for t in totals], str(summary.total))
    console.print(table)
    facts = Table(show_header=False, box=None)
    facts.add_row(
        "dead letters", f"{sum(summary.dead_letters.values())} {summary.dead_letters or ''}"
    )
    facts.add_row("customers with medium/high indicators", str(summary.customers_flagged))
    facts.add_row("customers by current stage", str(summary.escalations))
    for k, v in (extra or {}).items():
        facts.add_row(k, v)
    console.print(facts)


def print_summary(settings: Settings, extra: dict[str, str] | None = None) -> Summary:
    from mamori.storage.client import client

    ch = client(settings.clickhouse, role="reader")
    summary = fetch_summary(ch, settings.clickhouse.database)
    render(summary, Console(width=max(Console().width, 130)), extra)
    return summary

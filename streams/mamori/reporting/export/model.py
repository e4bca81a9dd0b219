"""Quarterly compliance export (``mamori export --quarter 2026Q3``).

Tables by category, axis (A/B), severity, channel, team and month, each with the
previous quarter beside it and the change, written as CSV, one XLSX workbook (with
charts), a self-contained HTML report (inline SVG bars, no scripts) and a JSON
manifest. Everything is read with the read-only ClickHouse user.

Counting rule: an indicator counts once per ``indicator_id``, in the month and
quarter (Asia/Tokyo) of the ``occurred_at`` of its newest version — the newest
version also decides its category, channel and agent. Ties between versions are
broken by ``inserted_at`` (last written wins), as ``FINAL`` does.

Team: the contract carries no team field, so ``team`` is the pseudonymous
``agent_key`` unless a staff directory (CSV ``agent_key,team``) is given with
``--teams``; indicators without an agent are counted as ``(no agent)``.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from mamori.domain.contract import CHANNELS, rfc3339
from mamori.domain.taxonomy import AXIS, LABELS_EN, LABELS_JA, SEVERITIES, Category
from mamori.reporting.review.model import (
    CHANNEL_LABELS,
    COMPANY_TZ,
    local_time,
    template_environment,
)

if TYPE_CHECKING:
    from clickhouse_connect.driver.client import Client

NO_AGENT: Final = "(no agent)"
COUNTING_RULE_JA: Final = (
    "指標は indicator_id ごとに1件として数え、最新版の発生日時（occurred_at、Asia/Tokyo）が"
    "属する月・四半期に計上します。区分・経路・担当者も最新版のものです。"
)
COUNTING_RULE_EN: Final = (
    "Each indicator_id counts once, in the month and quarter (Asia/Tokyo) of the occurred_at "
    "of its newest version; category, channel and agent are those of the newest version."
)
TEAM_RULE_EN: Final = (
    "team = pseudonymous agent_key unless a staff directory (--teams agent_key,team CSV) maps it"
)
AXIS_LABELS: Final[dict[str, tuple[str, str]]] = {
    "A": ("A：要求内容の妥当性", "A: the demand's content is not appropriate"),
    "B": ("B：手段・態様の相当性", "B: the means or manner is not acceptable"),
}
SEVERITY_LABELS: Final[dict[str, tuple[str, str]]] = {
    "low": ("低", "low"),
    "medium": ("中", "medium"),
    "high": ("高", "high"),
}


@dataclass(frozen=True, slots=True, order=True)
class Quarter:
    year: int
    q: int

    @classmethod
    def parse(cls, text: str) -> Quarter:
        m = re.fullmatch(r"(\d{4})-?Q([1-4])", text.strip(), flags=re.IGNORECASE)
        if m is None:
            raise ValueError(f"quarter must look like 2026Q3, not {text!r}")
        return cls(int(m.group(1)), int(m.group(2)))

    def __str__(self) -> str:
        return f"{self.year}Q{self.q}"

    @property
    def start(self) -> datetime:
        """First instant of the quarter in the company's time zone (aware)."""
        return datetime(self.year, 3 * (self.q - 1) + 1, 1, tzinfo=COMPANY_TZ)

    @property
    def end(self) -> datetime:
        """First instant after the quarter (exclusive bound)."""
        return self.next().start

    @property
    def date_range(self) -> str:
        """``2026-07-01 – 2026-09-30`` (inclusive days, company calendar)."""
        last = (self.end - timedelta(days=1)).date()
        return f"{self.start.date().isoformat()} – {last.isoformat()}"

    def next(self) -> Quarter:
        return Quarter(self.year + (self.q == 4), self.q % 4 + 1)

    def previous(self) -> Quarter:
        return Quarter(self.year - (self.q == 1), (self.q - 2) % 4 + 1)

    def months(self) -> list[int]:
        """``YYYYMM`` of the three months, as ClickHouse ``toYYYYMM`` gives them."""
        return [self.year * 100 + 3 * (self.q - 1) + i for i in (1, 2, 3)]


@dataclass(frozen=True, slots=True)
class Row:
    key: str
    label_ja: str
    label_en: str
    previous: int
    current: int

    @property
    def change(self) -> int:
        return self.current - self.previous

    @property
    def change_pct(self) -> float | None:
        """Percent change vs the previous quarter; None when there was nothing before."""
        if self.previous == 0:
            return None
        return round(100.0 * self.change / self.previous, 1)

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "label_ja": self.label_ja,
            "label_en": self.label_en,
            "previous": self.previous,
            "current": self.current,
            "change": self.change,
            "change_pct": self.change_pct,
        }


@dataclass
class Table:
    name: str
    title_ja: str
    title_en: str
    rows: list[Row]

    @property
    def total_previous(self) -> int:
        return sum(r.previous for r in self.rows)

    @property
    def total_current(self) -> int:
        return sum(r.current for r in self.rows)

    @property
    def max_count(self) -> int:
        return max([1, *(max(r.previous, r.current) for r in self.rows)])

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "title_ja": self.title_ja,
            "title_en": self.title_en,
            "total_previous": self.total_previous,
            "total_current": self.total_current,
            "rows": [r.to_dict() for r in self.rows],
        }


@dataclass(frozen=True, slots=True)
class Cell:
    """One grouped count from ClickHouse (already one per indicator_id)."""

    month: int  # YYYYMM in the company time zone
    category: str
    axis: str
    severity: str
    channel: str
    agent_key: str  # '' when no agent
    count: int


@dataclass
class QuarterReport:
    quarter: Quarter
    generated_at: datetime
    tables: list[Table]
    customers: tuple[int, int] = (0, 0)  # distinct customer keys (previous, current)
    chain: dict[str, Any] | None = None
    teams_source: str = "agent_key"
    notes: list[str] = field(default_factory=list)

    @property
    def previous(self) -> Quarter:
        return self.quarter.previous()

    def table(self, name: str) -> Table:
        return next(t for t in self.tables if t.name == name)

    def to_dict(self) -> dict[str, Any]:
        return {
            "quarter": str(self.quarter),
            "previous_quarter": str(self.previous),
            "timezone": str(COMPANY_TZ),
            "range": [rfc3339(self.quarter.start), rfc3339(self.quarter.end)],
            "previous_range": [rfc3339(self.previous.start), rfc3339(self.previous.end)],
            "generated_at": rfc3339(self.generated_at),
            "counting_rule_ja": COUNTING_RULE_JA,
            "counting_rule_en": COUNTING_RULE_EN,
            "team_rule": TEAM_RULE_EN,
            "teams_source": self.teams_source,
            "customers": {"previous": self.customers[0], "current": self.customers[1]},
            "evidence_chain": self.chain,
            "notes": self.notes,
            "tables": [t.to_dict() for t in self.tables],
        }


def _ordered_keys(known: Iterable[str], seen: Iterable[str]) -> list[str]:
    known = list(known)
    return known + sorted(set(seen) - set(known))


def _rows(
    keys: Iterable[str],
    prev: Counter[str],
    cur: Counter[str],
    label: Callable[[str], tuple[str, str]],
) -> list[Row]:
    return [Row(k, *label(k), prev.get(k, 0), cur.get(k, 0)) for k in keys]


def build_report(
    quarter: Quarter,
    cells: Iterable[Cell],
    customers: tuple[int, int] = (0, 0),
    teams: Mapping[str, str] | None = None,
    generated_at: datetime | None = None,
) -> QuarterReport:
    """Fold grouped counts of the quarter and the previous one into the export tables."""
    previous = quarter.previous()
    cur_months, prev_months = quarter.months(), previous.months()
    dims = ("category", "axis", "severity", "channel", "team")
    counts: dict[str, tuple[Counter[str], Counter[str]]] = {d: (Counter(), Counter()) for d in dims}
    months: Counter[int] = Counter()

    def team_of(agent_key: str) -> str:
        if not agent_key:
            return NO_AGENT
        return (teams or {}).get(agent_key, agent_key)

    for c in cells:
        if c.month in cur_months:
            side = 1
        elif c.month in prev_months:
            side = 0
        else:
            continue
        months[c.month] += c.count
        values = {
            "category": c.category,
            "axis": c.axis,
            "severity": c.severity,
            "channel": c.channel,
            "team": team_of(c.agent_key),
        }
        for d in dims:
            counts[d][side][values[d]] += c.count

    def cat_label(k: str) -> tuple[str, str]:
        try:
            cat = Category(k)
        except ValueError:
            return (k, k)
        return (f"{LABELS_JA[cat]}（{AXIS[cat]}）", LABELS_EN[cat])

    def fixed(labels: Mapping[str, tuple[str, str]]) -> Callable[[str], tuple[str, str]]:
        return lambda k: labels.get(k, (k, k))

    prev_c, cur_c = counts["category"]
    tables = [
        Table(
            "by_category",
            "区分別",
            "By category",
            _rows(
                _ordered_keys((c.value for c in Category), [*prev_c, *cur_c]),
                prev_c,
                cur_c,
                cat_label,
            ),
        )
    ]
    for name, ja, en, known, labels in (
        ("axis", "判断軸別（A/B）", "By axis (A/B)", ("A", "B"), AXIS_LABELS),
        ("severity", "重大度別", "By severity", SEVERITIES, SEVERITY_LABELS),
        ("channel", "経路別", "By channel", CHANNELS, CHANNEL_LABELS),
    ):
        before, now = counts[name]
        keys = _ordered_keys(known, [*before, *now])
        tables.append(Table(f"by_{name}", ja, en, _rows(keys, before, now, fixed(labels))))
    before, now = counts["team"]
    team_keys = sorted(set(before) | set(now), key=lambda k: (k == NO_AGENT, -now.get(k, 0), k))
    tables.append(
        Table(
            "by_team",
            "チーム別" if teams else "担当者別（仮名）",
            "By team" if teams else "By agent (pseudonymous agent_key)",
            _rows(team_keys, before, now, lambda k: (k, k)),
        )
    )
    tables.append(
        Table(
            "by_month",
            "月別（前四半期の同じ月と比較）",
            "By month (vs the same month of the previous quarter)",
            [
                Row(
                    f"{m // 100}-{m % 100:02d}",
                    f"{m // 100}年{m % 100}月（前期 {pm // 100}年{pm % 100}月）",
                    f"{m // 100}-{m % 100:02d} (vs {pm // 100}-{pm % 100:02d})",
                    months.get(pm, 0),
                    months.get(m, 0),
                )
                for m, pm in zip(cur_months, prev_months, strict=True)
            ],
        )
    )
    return QuarterReport(
        quarter=quarter,
        generated_at=generated_at or datetime.now(UTC),
        tables=tables,
        customers=customers,
        teams_source="staff directory" if teams else "agent_key",
    )


# --- ClickHouse ----------------------------------------------------------------------


def _ms(value: datetime) -> int:
    return int((value - datetime(1970, 1, 1, tzinfo=UTC)) // timedelta(milliseconds=1))


def _latest_sql(database: str) -> str:
    # One row per indicator_id from its newest version. The (version, inserted_at) key
    # matches FINAL's tie-break; ifNull keeps a NULL agent of the newest version (plain
    # argMax would skip NULLs and return an older agent). No row filter may run before
    # the GROUP BY: dropping any version (even by anchor_at, which follows a sliding
    # window_start) could make an older version look like the newest.
    return (
        "SELECT indicator_id,"
        " argMax(category, (version, inserted_at)) AS category,"
        " argMax(axis, (version, inserted_at)) AS axis,"
        " argMax(toString(severity), (version, inserted_at)) AS severity,"
        " argMax(channel, (version, inserted_at)) AS channel,"
        " argMax(ifNull(agent_key, ''), (version, inserted_at)) AS agent_key,"
        " argMax(customer_key, (version, inserted_at)) AS customer_key,"
        " argMax(occurred_at, (version, inserted_at)) AS occurred_at"
        f" FROM {database}.indicators"
        " GROUP BY indicator_id"
    )


def fetch_report(
    ch: Client,
    database: str,
    quarter: Quarter,
    teams: Mapping[str, str] | None = None,
    with_verify: bool = False,
    links_client: Client | None = None,
) -> QuarterReport:
    previous = quarter.previous()
    params = {"start": _ms(previous.start), "mid": _ms(quarter.start), "end": _ms(quarter.end)}
    window = (
        " WHERE occurred_at >= fromUnixTimestamp64Milli({start:Int64}, 'UTC')"
        " AND occurred_at < fromUnixTimestamp64Milli({end:Int64}, 'UTC')"
    )
    rows = ch.query(
        f"SELECT toYYYYMM(occurred_at, '{COMPANY_TZ}') AS month, category, axis, severity,"
        f" channel, agent_key, count() FROM ({_latest_sql(database)}){window}"
        " GROUP BY month, category, axis, severity, channel, agent_key",
        parameters=params,
    ).result_rows
    cells = [Cell(int(r[0]), r[1], r[2], r[3], r[4], r[5], int(r[6])) for r in rows]
    cust = ch.query(
        "SELECT uniqExactIf(customer_key, occurred_at < fromUnixTimestamp64Milli({mid:Int64}, 'UTC')),"
        " uniqExactIf(customer_key, occurred_at >= fromUnixTimestamp64Milli({mid:Int64}, 'UTC'))"
        f" FROM ({_latest_sql(database)}){window}",
        parameters=params,
    ).result_rows[0]
    report = build_report(quarter, cells, (int(cust[0]), int(cust[1])), teams)
    report.chain = chain_status(ch, database, with_verify, links_client)
    return report


def chain_status(
    ch: Client, database: str, with_verify: bool, links_client: Client | None = None
) -> dict[str, Any] | None:
    """Head of the evidence chain (the anchor to keep with the export), or None."""
    from clickhouse_connect.driver.exceptions import DatabaseError

    from mamori.integrity.chain import chain_head, verify

    try:
        seq, head = chain_head(ch, database)
    except DatabaseError:
        return None
    status: dict[str, Any] = {"head_seq": seq, "head_hash": head}
    if with_verify:
        report = verify(ch, database, links_client)
        first = report.first_problem
        status.update(
            verified=report.ok,
            links=report.links,
            unsealed_rows=report.unsealed,
            problems=len(report.problems),
            first_problem=None if first is None else f"seq {first.seq} {first.kind}",
        )
    return status


def read_teams(path: Path, pseudonym_secret: Callable[[], bytes] | None = None) -> dict[str, str]:
    """Staff directory CSV → {agent_key: team}.

    Header ``agent_key,team`` (pseudonyms), or ``agent_id,team`` (the staff's own ids,
    pseudonymised here with the configured secret, exactly as the worker does).
    """
    with path.open(encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        fields = set(reader.fieldnames or ())
        if "team" not in fields or not fields & {"agent_key", "agent_id"}:
            raise ValueError(f"{path}: needs the columns agent_key,team or agent_id,team")
        rows = [r for r in reader if (r.get("agent_key") or r.get("agent_id") or "").strip()]
    if "agent_key" in fields:
        return {r["agent_key"].strip(): r["team"].strip() for r in rows}
    if pseudonym_secret is None:
        raise ValueError(f"{path}: agent_id needs the pseudonym secret")
    from mamori.domain.pseudonym import Pseudonymizer

    pseudo = Pseudonymizer(pseudonym_secret())
    return {pseudo.agent(r["agent_id"].strip()): r["team"].strip() for r in rows}


# --- writers -------------------------------------------------------------------------

CSV_HEADER: Final = [
    "key",
    "label_ja",
    "label_en",
    "previous_quarter",
    "current_quarter",
    "change",
    "change_pct",
]


def table_csv(table: Table) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(CSV_HEADER)
    for r in table.rows:
        pct = "" if r.change_pct is None else f"{r.change_pct:.1f}"
        w.writerow([r.key, r.label_ja, r.label_en, r.previous, r.current, r.change, pct])
    w.writerow(["total", "合計", "total", table.total_previous, table.total_current,
                table.total_current - table.total_previous, ""])  # fmt: skip
    return buf.getvalue()


def write_xlsx(report: QuarterReport, path: Path) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    bold = wb.add_format({"bold": True})
    head = wb.add_format({"bold": True, "bg_color": "#EEEEEE", "border": 1, "text_wrap": True})
    num = wb.add_format({"num_format": "#,##0", "border": 1})
    pct = wb.add_format({"num_format": '+0.0"%";-0.0"%";0.0"%"', "border": 1})
    text = wb.add_format({"border": 1})
    cur, prev = str(report.quarter), str(report.previous)

    ws = wb.add_worksheet("概要 Summary")
    ws.set_column(0, 0, 34)
    ws.set_column(1, 1, 90)
    info = [
        ("四半期 Quarter", cur),
        ("比較対象 Previous quarter", prev),
        ("期間 Range (Asia/Tokyo)", report.quarter.date_range),
        ("比較期間 Previous range", report.previous.date_range),
        ("作成 Generated", f"{local_time(report.generated_at)} Asia/Tokyo"),
        ("集計ルール Counting rule", f"{COUNTING_RULE_JA} / {COUNTING_RULE_EN}"),
        ("チーム Team", f"{report.teams_source}: {TEAM_RULE_EN}"),
        ("顧客数 Customers (distinct keys)", f"{prev}: {report.customers[0]}, {cur}: {report.customers[1]}"),
    ]  # fmt: skip
    if report.chain is not None:
        info.append(("証跡チェーン Evidence chain head", f"seq {report.chain['head_seq']} {report.chain['head_hash']}"))  # fmt: skip
    for i, (k, v) in enumerate(info):
        ws.write(i, 0, k, bold)
        ws.write(i, 1, v)

    for t in report.tables:
        ws = wb.add_worksheet(t.name)
        ws.set_column(0, 0, 22)
        ws.set_column(1, 2, 40)
        ws.set_column(3, 6, 12)
        ws.write(0, 0, f"{t.title_ja} / {t.title_en}", bold)
        headers = [
            "key",
            "区分 label (ja)",
            "label (en)",
            prev,
            cur,
            "増減 change",
            "増減率 change %",
        ]
        ws.write_row(2, 0, headers, head)
        for i, r in enumerate(t.rows, start=3):
            ws.write(i, 0, r.key, text)
            ws.write(i, 1, r.label_ja, text)
            ws.write(i, 2, r.label_en, text)
            ws.write_number(i, 3, r.previous, num)
            ws.write_number(i, 4, r.current, num)
            ws.write_number(i, 5, r.change, num)
            if r.change_pct is None:
                ws.write_blank(i, 6, None, text)
            else:
                ws.write_number(i, 6, r.change_pct, pct)
        last = 2 + len(t.rows)
        ws.write(last + 1, 0, "total", head)
        ws.write(last + 1, 1, "合計", head)
        ws.write_number(last + 1, 3, t.total_previous, num)
        ws.write_number(last + 1, 4, t.total_current, num)
        ws.write_number(last + 1, 5, t.total_current - t.total_previous, num)
        if t.rows:
            chart = wb.add_chart({"type": "bar"})
            for col, name, color in ((3, prev, "#A6A6A6"), (4, cur, "#2F5597")):
                chart.add_series(
                    {
                        "name": name,
                        "categories": [t.name, 3, 1, last, 1],
                        "values": [t.name, 3, col, last, col],
                        "fill": {"color": color},
                    }
                )
            chart.set_title({"name": t.title_en})
            chart.set_y_axis({"reverse": True})
            chart.set_size({"width": 720, "height": max(260, 26 * len(t.rows) + 120)})
            ws.insert_chart(last + 3, 1, chart)
    wb.close()


def render_html(report: QuarterReport) -> str:
    return (
        template_environment()
        .get_template("export.html.j2")
        .render(
            report=report,
            counting_rule_ja=COUNTING_RULE_JA,
            counting_rule_en=COUNTING_RULE_EN,
            team_rule=TEAM_RULE_EN,
            tz=str(COMPANY_TZ),
        )
    )


def write_export(report: QuarterReport, out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    q = str(report.quarter)
    written: list[Path] = []
    for t in report.tables:
        path = out_dir / f"{q}_{t.name}.csv"
        # BOM: Excel opens UTF-8 CSV with Japanese labels correctly only with it.
        path.write_text(table_csv(t), encoding="utf-8-sig", newline="")
        written.append(path)
    xlsx = out_dir / f"{q}_report.xlsx"
    write_xlsx(report, xlsx)
    html = out_dir / f"{q}_report.html"
    html.write_text(render_html(report), encoding="utf-8")
    manifest = out_dir / f"{q}_report.json"
    manifest.write_text(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n", "utf-8")
    return [*written, xlsx, html, manifest]

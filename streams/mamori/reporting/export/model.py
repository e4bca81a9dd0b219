"""Quarterly compliance export (``mamori export --quarter 2026Q3``): the report's data
model and tables (queries in :mod:`.queries`, writers in :mod:`.render`).

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

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Final

from mamori.domain.contract import CHANNELS, rfc3339
from mamori.domain.taxonomy import AXIS, LABELS_EN, LABELS_JA, SEVERITIES, Category
from mamori.reporting.labels import CHANNEL_LABELS, COMPANY_TZ

NO_AGENT: Final = "(no agent)"
COUNTING_RULE_JA: Final = (
    f"指標は indicator_id ごとに1件として数え、最新版の発生日時（occurred_at、{COMPANY_TZ.key}）が"
    "属する月・四半期に計上します。区分・経路・担当者も最新版のものです。"
)
COUNTING_RULE_EN: Final = (
    f"Each indicator_id counts once, in the month and quarter ({COMPANY_TZ.key}) of the occurred_at "
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

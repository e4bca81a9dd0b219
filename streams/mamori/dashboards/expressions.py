"""SQL expressions of the dashboard datasets that restate facts owned elsewhere: the
category labels (owner: :mod:`mamori.domain.taxonomy`) and the support hours (owner:
:mod:`mamori.calendar`). They are generated here from their owners; the bundle's
YAML holds the generated text, and ``tests/unit/dashboards/test_one_source.py``
fails when the two disagree (regenerate with :func:`expected_expressions`)."""

from __future__ import annotations

from typing import Final

from mamori.calendar import REPORTING_CALENDAR, CalendarConfig
from mamori.domain.taxonomy import AXIS, LABELS_JA_SHORT, Category

#: Dataset file → column → generator, for the columns generated from an owner.
_CATEGORY_COLUMNS: Final = {
    "agent_daily_counts.yaml": "category_ja",
    "customer_activity.yaml": "category_ja",
    "hour_of_week_counts.yaml": "category_ja",
    "indicators_daily_counts.yaml": "category_ja",
    "worklist_activity.yaml": "category_ja",
}
#: Datasets whose ``category_label`` (the category filter: axis, then the label) reads
#: an ``axis`` column; hour_of_week_counts has none and derives the axis.
_AXIS_LABEL_DATASETS: Final = (
    "agent_daily_counts.yaml",
    "customer_activity.yaml",
    "indicators_daily_counts.yaml",
    "worklist_activity.yaml",
)


def _sql_list(values: list[str]) -> str:
    return "[" + ", ".join("'" + v.replace("'", "\\'") + "'" for v in values) + "]"


def category_label_sql(column: str = "category") -> str:
    """``transform(category, [codes], [short JA labels], category)``."""
    codes = [c.value for c in Category]
    labels = [LABELS_JA_SHORT[c] for c in Category]
    return f"transform({column}, {_sql_list(codes)}, {_sql_list(labels)}, {column})"


def axis_sql(column: str = "category") -> str:
    """The axis (A/B) of a category code, for tables without an axis column."""
    a_codes = [c.value for c in Category if AXIS[c] == "A"]
    return f"if({column} IN ({', '.join(repr(c) for c in a_codes)}), 'A', 'B')"


def category_axis_label_sql(axis: str = "axis") -> str:
    """``A · 過度な要求``: the category filter's values, so that sorting groups them by axis."""
    return f"concat({axis}, ' · ', {category_label_sql()})"


def support_hours_sql(calendar: CalendarConfig | None = None) -> str:
    """Whether an hour-of-week cell is inside support hours, for ``weekday``
    (ClickHouse ``toDayOfWeek``: Monday = 1) and ``hour`` (local) columns. Public
    holidays are not visible in an hour-of-week cell; whole hours only."""
    cal = calendar or REPORTING_CALENDAR
    opens, closes = cal.open_from.split(":"), cal.open_until.split(":")
    if opens[1] != "00" or closes[1] != "00":
        raise ValueError("the hour-of-week dashboard counts whole hours only")
    start, end = int(opens[0]), int(closes[0])
    days = sorted(d + 1 for d in cal.open_weekdays)
    if days == list(range(1, len(days) + 1)):
        day_test = f"weekday <= {len(days)}"
        day_label = "平日" if len(days) == 5 else f"月-{'月火水木金土日'[len(days) - 1]}"
    else:
        day_test = "weekday IN (" + ", ".join(str(d) for d in days) + ")"
        day_label = "".join("月火水木金土日"[d - 1] for d in days)
    return (
        f"if({day_test} AND hour >= {start} AND hour < {end},"
        f" '受付時間内 in hours ({day_label} {start}-{end})', '受付時間外 off hours')"
    )


def expected_expressions() -> dict[tuple[str, str], str]:
    """(dataset file, column) → the expression its YAML must hold."""
    expected = {(f, col): category_label_sql() for f, col in _CATEGORY_COLUMNS.items()}
    for f in _AXIS_LABEL_DATASETS:
        expected[(f, "category_label")] = category_axis_label_sql()
    expected[("hour_of_week_counts.yaml", "category_label")] = category_axis_label_sql(axis_sql())
    expected[("hour_of_week_counts.yaml", "support_hours")] = support_hours_sql()
    return expected

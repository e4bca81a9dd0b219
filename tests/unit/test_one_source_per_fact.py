"""Facts with one owner that other files restate: every restatement must agree with
its owner. Migrations are never edited, so they are checked, not generated."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import yaml

from mamori.calendar import CalendarConfig
from mamori.dashboards.expressions import expected_expressions
from mamori.reporting.labels import CHANNEL_LABELS, COMPANY_TZ, SEVERITY_LABELS_JA
from mamori.resources import DASHBOARDS_DIR, PACKAGE_DIR, SQL_DIR

DATASETS = DASHBOARDS_DIR / "datasets"
#: A quoted IANA zone name such as 'Asia/Tokyo' (storage columns use 'UTC', not matched).
ZONE = re.compile(r"'([A-Z][A-Za-z_]+/[A-Za-z_]+)'")


def _dataset_columns() -> dict[tuple[str, str], str | None]:
    found = {}
    for path in sorted(DATASETS.rglob("*.yaml")):
        for col in yaml.safe_load(path.read_text("utf-8")).get("columns", []):
            found[(path.name, col["column_name"])] = col.get("expression")
    return found


def test_dataset_expressions_are_generated_from_their_owners() -> None:
    columns = _dataset_columns()
    for where, expression in expected_expressions().items():
        assert where in columns, f"{where} missing from the bundle"
        assert columns[where] == expression, (
            f"{where} disagrees with its owner; put this expression in the YAML:\n{expression}"
        )


def test_no_other_dataset_column_restates_the_category_labels() -> None:
    generated = set(expected_expressions())
    copies = {
        where
        for where, expression in _dataset_columns().items()
        if expression and "transform(category" in expression and where not in generated
    }
    assert not copies, f"category labels restated outside expressions.py: {copies}"


def test_every_time_zone_in_sql_and_dashboards_is_the_calendars() -> None:
    zone = CalendarConfig().timezone
    places = 0
    for path in [*SQL_DIR.rglob("*.sql"), *DASHBOARDS_DIR.rglob("*.yaml")]:
        for found in ZONE.findall(path.read_text("utf-8")):
            places += 1
            assert found == zone, f"{path.name} uses {found}, the calendar says {zone}"
    assert places >= 13  # the migrations' 13 places at least: the check is not vacuous
    assert zone == COMPANY_TZ.key


def test_time_zone_named_in_package_text_is_the_calendars() -> None:
    """Report texts and help strings name the zone; none may name another one."""
    zone = CalendarConfig().timezone
    for path in PACKAGE_DIR.rglob("*.py"):
        for found in re.findall(
            r"\b(?:Asia|Europe|America|Australia|Pacific)/[A-Za-z_]+", path.read_text("utf-8")
        ):
            assert found == zone, f"{path}: {found}"


def test_one_epoch_ms_helper() -> None:
    definitions = [
        f"{p.relative_to(PACKAGE_DIR)}: {m.group(0)}"
        for p in PACKAGE_DIR.rglob("*.py")
        for m in re.finditer(r"def (?:_ms|epoch_ms|_epoch_ms|to_epoch_ms)\(", p.read_text("utf-8"))
    ]
    assert definitions == [f"{Path('domain/timeconv.py')}: def epoch_ms("]


def _transform_map(expression: str) -> dict[str, str]:
    """The value → label map of a ``transform(col, [values], [labels], default)``."""
    lists = re.findall(r"\[[^\]]*\]", expression)
    values, labels = (ast.literal_eval(lst) for lst in lists[:2])
    return dict(zip(values, labels, strict=True))


def test_channel_and_severity_labels_of_the_dashboards_are_the_reports() -> None:
    """Charts say "電話 phone", reports ("電話", "phone"): the same words."""
    columns = _dataset_columns()
    channel = _transform_map(columns[("indicators_channel_counts.yaml", "channel_ja")] or "")
    assert channel == {
        code: ja if ja == en else f"{ja} {en}" for code, (ja, en) in CHANNEL_LABELS.items()
    }
    for where in [
        ("agent_daily_counts.yaml", "severity_ja"),
        ("indicators_daily_counts.yaml", "severity_ja"),
    ]:
        severity = _transform_map(columns[where] or "")
        assert severity == {
            s: f"{n} {SEVERITY_LABELS_JA[s]} {s}" for n, s in enumerate(SEVERITY_LABELS_JA, 1)
        }

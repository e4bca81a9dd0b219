"""Detection's calendar and the reports' calendar are one: an override that the
dashboards, review packs and exports cannot follow is refused with a clear error,
not silently split (detection at 10-19 h while the charts say 9-18 h)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from mamori.calendar import REPORTING_CALENDAR
from mamori.dashboards.expressions import support_hours_sql
from mamori.detect.config import DetectionConfig
from mamori.reporting.labels import COMPANY_TZ


@pytest.mark.parametrize(
    ("setting", "value"),
    [
        ("timezone", "Europe/Berlin"),
        ("open_from", "10:00"),
        ("open_until", "19:00"),
        ("open_weekdays", [0, 1, 2, 3, 4, 5]),
        ("holiday_country", "US"),
    ],
)
def test_a_calendar_the_reports_cannot_follow_is_refused(
    tmp_path: Path, setting: str, value: object
) -> None:
    toml = tmp_path / "detection.toml"
    rendered = f'"{value}"' if isinstance(value, str) else str(value)
    toml.write_text(f"[calendar]\n{setting} = {rendered}\n", "utf-8")
    with pytest.raises(ValidationError) as err:
        DetectionConfig.load(toml)
    message = str(err.value)
    assert setting in message and "dashboards, review packs and exports" in message


def test_detection_only_closures_are_accepted(tmp_path: Path) -> None:
    toml = tmp_path / "detection.toml"
    toml.write_text(
        '[calendar]\nextra_closed_dates = ["2026-08-14"]\nyear_end_closure = ["12-28", "01-04"]\n',
        "utf-8",
    )
    config = DetectionConfig.load(toml)
    assert config.calendar.extra_closed_dates == ("2026-08-14",)


def test_reports_and_dashboards_read_the_same_calendar() -> None:
    cal = DetectionConfig().calendar
    assert cal == REPORTING_CALENDAR
    assert COMPANY_TZ.key == cal.timezone
    assert f"hour >= {int(cal.open_from[:2])} AND hour < {int(cal.open_until[:2])}" in (
        support_hours_sql()
    )

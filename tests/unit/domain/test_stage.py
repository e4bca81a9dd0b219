"""The current stage: one definition, the same in Python and in the migrations."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from mamori.domain.stage import CURRENT_STAGE_ARGS, STAGES, current_stage, stage_level
from mamori.resources import SQL_DIR

T0 = datetime(2026, 7, 1, tzinfo=UTC)
T1 = datetime(2026, 7, 2, tzinfo=UTC)


def test_latest_crossing_wins() -> None:
    assert current_stage([(T0, "warn"), (T1, "watch")]) == "watch"  # de-escalated
    assert current_stage([(T1, "watch"), (T0, "warn")]) == "watch"  # order of rows is irrelevant


def test_same_instant_is_broken_by_the_higher_stage() -> None:
    assert current_stage([(T1, "review"), (T1, "warn")]) == "review"
    assert current_stage([(T1, "warn"), (T1, "review")]) == "review"


def test_no_crossing_is_none() -> None:
    assert current_stage([]) == "none"
    assert stage_level("none") == 0 and stage_level("review") == 3


def test_migrations_define_the_same_current_stage() -> None:
    for path in (
        SQL_DIR / "0003_dashboard_rollups.up.sql",
        SQL_DIR / "cluster" / "0003_dashboard_rollups.up.sql",
    ):
        assert f"argMaxState({CURRENT_STAGE_ARGS})" in path.read_text("utf-8"), path


def test_stage_enum_in_sql_has_the_same_order() -> None:
    core = (SQL_DIR / "0001_core_tables.up.sql").read_text("utf-8")
    enum = re.search(r"\bstage\s+Enum8\(([^)]*)\)", core)
    assert enum is not None
    pairs = re.findall(r"'(\w+)' = (\d+)", enum.group(1))
    assert [(name, int(level)) for name, level in pairs] == [(s, i) for i, s in enumerate(STAGES)]

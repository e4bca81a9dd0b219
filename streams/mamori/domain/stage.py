"""The escalation stage of a customer: the stage names, their order, and the one
definition of the *current* stage, in Python and in SQL.

The current stage is the stage of the latest crossing; crossings at the same instant
are broken by the higher stage, so the answer does not depend on insert or read order.
Migration 0003 (``customer_stage``) computes exactly this with ``argMaxState``;
``tests/unit/domain/test_stage.py`` checks that the migration and this module agree.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Final

#: Stage names in rising order; the index is the level (``Enum8`` values in ClickHouse).
STAGES: Final[tuple[str, ...]] = ("none", "watch", "warn", "review")

#: Arguments of ``argMax``/``argMaxState`` over ``escalations`` rows that select the
#: current stage (``stage`` is an ``Enum8`` whose values are the levels above).
CURRENT_STAGE_ARGS: Final = "stage, (crossed_at, toUInt8(stage))"
#: The current stage of the rows in a ``GROUP BY customer_key``.
CURRENT_STAGE_SQL: Final = f"argMax({CURRENT_STAGE_ARGS})"


def stage_level(stage: str) -> int:
    """0 = none … 3 = review."""
    return STAGES.index(stage)


def current_stage(crossings: Iterable[tuple[datetime, str]]) -> str:
    """The current stage from ``(crossed_at, stage)`` pairs; ``"none"`` without any."""
    latest = max(crossings, key=lambda c: (c[0], stage_level(c[1])), default=None)
    return latest[1] if latest is not None else "none"

"""One definition of a customer's current stage, three readers: the dashboards' rollup
(migration 0003), ``mamori summary`` and the review pack must agree on real ClickHouse,
also when two crossings share an instant or rows arrive out of order."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from mamori.reporting.review.queries import fetch_pack
from mamori.reporting.summary import fetch_summary
from mamori.storage.rows import ESCALATION_COLUMNS

pytestmark = pytest.mark.clickhouse

T0 = datetime(2026, 7, 1, 1, 0, tzinfo=UTC)


def crossing(customer: str, n: int, stage: str, previous: str, at: datetime) -> tuple[Any, ...]:
    return (
        f"esc-{customer}-{n}",
        customer,
        stage,
        previous,
        0.5,
        at,
        at + timedelta(seconds=1),
        [f"ind-{customer}-{n}"],
        [f"ev-{customer}-{n}"],
        ["abusive_language"],
    )


def test_rollup_summary_and_review_pack_agree(ch_database: Any) -> None:
    db = ch_database.name
    rows = [
        # c_tie: warn and review crossed at the same instant; warn inserted last and
        # sorting after review by id: the higher stage must win everywhere.
        crossing("c_tie", 2, "review", "watch", T0 + timedelta(hours=1)),
        crossing("c_tie", 1, "watch", "none", T0),
        crossing("c_tie", 3, "warn", "watch", T0 + timedelta(hours=1)),
        # c_down: de-escalated later; inserted newest-first.
        crossing("c_down", 2, "watch", "warn", T0 + timedelta(days=3)),
        crossing("c_down", 1, "warn", "none", T0),
        # c_one: a single crossing.
        crossing("c_one", 1, "watch", "none", T0),
    ]
    for row in rows:  # one insert per row: separate parts, like separate sink batches
        ch_database.writer.insert(f"{db}.escalations", [row], column_names=ESCALATION_COLUMNS)
    expected = {"c_tie": "review", "c_down": "watch", "c_one": "watch"}

    rollup = dict(
        ch_database.reader.query(
            f"SELECT customer_key, toString(argMaxMerge(stage)) FROM {db}.customer_stage"
            " GROUP BY customer_key"
        ).result_rows
    )
    assert rollup == expected
    assert fetch_summary(ch_database.reader, db).escalations == {"review": 1, "watch": 2}
    for customer, stage in expected.items():
        assert fetch_pack(ch_database.reader, db, customer).current_stage == stage

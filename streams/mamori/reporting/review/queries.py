"""The SQL that fills a review pack, read with the read-only ClickHouse user."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from mamori.reporting.review.model import ReviewPack, build_pack

if TYPE_CHECKING:
    from clickhouse_connect.driver.client import Client


_INDICATOR_FIELDS: Final = (
    "indicator_id, category, axis, severity, score, channel, event_ids, window_start,"
    " window_end, occurred_at, evidence, detector, agent_key"
)


def _dicts(ch: Client, sql: str, parameters: dict[str, Any]) -> list[dict[str, Any]]:
    result = ch.query(sql, parameters=parameters)
    return [dict(zip(result.column_names, r, strict=True)) for r in result.result_rows]


def fetch_pack(ch: Client, database: str, customer_key: str) -> ReviewPack:
    """Read everything about one customer with the read-only client."""
    from clickhouse_connect.driver.exceptions import DatabaseError

    from mamori.integrity.store import chain_head, sealed_seqs

    p = {"k": customer_key}
    indicators = _dicts(
        ch,
        # FINAL: versions of one indicator_id share the sorting key; the newest wins.
        f"SELECT {_INDICATOR_FIELDS} FROM {database}.indicators FINAL"
        " WHERE customer_key = {k:String} ORDER BY occurred_at, indicator_id",
        p,
    )
    escalations = _dicts(
        ch,
        "SELECT escalation_id, stage, previous_stage, risk, crossed_at, categories,"
        f" indicator_ids, event_ids, detected_at FROM {database}.escalations FINAL"
        " WHERE customer_key = {k:String} ORDER BY crossed_at, escalation_id",
        p,
    )
    decisions = _dicts(
        ch,
        "SELECT decision_id, action, decided_by, decided_at, note, escalation_id"
        f" FROM {database}.decisions FINAL WHERE customer_key = {{k:String}}"
        " ORDER BY decided_at, decision_id",
        p,
    )
    try:
        sealed = sealed_seqs(ch, database, [str(r["indicator_id"]) for r in indicators])
        head: tuple[int, str] | None = chain_head(ch, database)
    except DatabaseError:  # chain table not migrated yet: the pack still works
        sealed, head = {}, None
    return build_pack(customer_key, indicators, escalations, decisions, sealed, head)

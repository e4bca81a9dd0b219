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
        # One row per id. A redelivered copy differs only by a later detected_at; the
        # earliest still stored is when a reviewer could first have seen it (merges
        # keep the last copy, which can only make a pack say "awaiting", never hide it).
        "SELECT escalation_id, any(stage) AS stage, any(previous_stage) AS previous_stage,"
        " any(risk) AS risk, any(crossed_at) AS crossed_at, any(categories) AS categories,"
        " any(indicator_ids) AS indicator_ids, any(event_ids) AS event_ids,"
        " min(detected_at) AS detected_at"
        f" FROM {database}.escalations WHERE customer_key = {{k:String}}"
        " GROUP BY escalation_id ORDER BY crossed_at, escalation_id",
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

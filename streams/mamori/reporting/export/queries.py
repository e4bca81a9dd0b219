"""What fills a quarterly report: the SQL over the newest version of each indicator
(read-only user), the evidence-chain status, and the optional staff directory."""

from __future__ import annotations

import csv
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mamori.domain.timeconv import epoch_ms
from mamori.reporting.export.model import Cell, Quarter, QuarterReport, build_report
from mamori.reporting.labels import COMPANY_TZ

if TYPE_CHECKING:
    from clickhouse_connect.driver.client import Client


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
    params = {
        "start": epoch_ms(previous.start),
        "mid": epoch_ms(quarter.start),
        "end": epoch_ms(quarter.end),
    }
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

    from mamori.integrity.store import chain_head, verify

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

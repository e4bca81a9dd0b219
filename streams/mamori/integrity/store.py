"""The evidence chain's ClickHouse side: read rows and links in a stable order,
seal new rows (append links and sealed copies), verify the stored chain, look up seals.

Sealing writes ``evidence_chain`` and ``sealed_indicators``: run it as the sealer role,
the only one allowed to (docs/reliability.md, security)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from itertools import groupby
from typing import TYPE_CHECKING, Any, Final

from mamori.domain.timeconv import epoch_ms
from mamori.integrity.chain import (
    GENESIS,
    HASHED_FIELDS,
    LINK_COLUMNS,
    Link,
    Problem,
    RowVersion,
    VerifyReport,
    canonical_record,
    check_links,
    check_rows,
    plan_links,
)

if TYPE_CHECKING:
    from clickhouse_connect.driver.client import Client


_INSERT_BATCH: Final = 50_000


_STREAM_BLOCK_ROWS: Final = 8192


_ROW_SELECT: Final = ", ".join([*HASHED_FIELDS, "inserted_at"])
COPY_COLUMNS: Final[list[str]] = [
    "seq",
    "indicator_id",
    "version",
    "indicator_inserted_at",
    "record_hash",
    "record",
    "sealed_at",
]
#: Problems whose sealed and current contents are looked up for the report.
_DETAILED_PROBLEMS: Final = 50


def _stream_dicts(
    ch: Client, sql: str, parameters: dict[str, Any] | None = None
) -> Iterator[dict[str, Any]]:
    # Small blocks: the client materialises a block as Python objects, so the block
    # size, not the table size, sets the memory of seal and verify.
    with ch.query_row_block_stream(
        sql, parameters=parameters, settings={"max_block_size": _STREAM_BLOCK_ROWS}
    ) as stream:
        names = stream.source.column_names
        for block in stream:
            for row in block:
                yield dict(zip(names, row, strict=True))


def read_rows(ch: Client, database: str, order: str | None = None) -> Iterator[RowVersion]:
    """Every physical row of ``indicators`` (no FINAL: old versions matter here)."""
    sql = f"SELECT {_ROW_SELECT} FROM {database}.indicators"
    for row in _stream_dicts(ch, sql + (f" ORDER BY {order}" if order else "")):
        yield RowVersion.from_row(row)


def read_links(ch: Client, database: str, order: str = "seq") -> Iterator[Link]:
    sql = f"SELECT {', '.join(LINK_COLUMNS)} FROM {database}.evidence_chain ORDER BY {order}"
    for r in _stream_dicts(ch, sql):
        yield Link(
            seq=int(r["seq"]),
            indicator_id=r["indicator_id"],
            version=int(r["version"]),
            inserted_ms=epoch_ms(r["indicator_inserted_at"]),
            record_hash=_fixed(r["record_hash"]),
            prev_hash=_fixed(r["prev_hash"]),
            chain_hash=_fixed(r["chain_hash"]),
            hash_scheme=r["hash_scheme"],
            sealed_ms=epoch_ms(r["sealed_at"]),
        )


def _fixed(value: str | bytes) -> str:
    # FixedString comes back as bytes or str depending on client settings.
    return value.decode("ascii") if isinstance(value, bytes) else value


def chain_head(ch: Client, database: str) -> tuple[int, str]:
    """(seq, chain_hash) of the last link; (0, GENESIS) for an empty chain."""
    rows = ch.query(
        f"SELECT seq, chain_hash FROM {database}.evidence_chain ORDER BY seq DESC LIMIT 1"
    ).result_rows
    if not rows:
        return 0, GENESIS
    return int(rows[0][0]), _fixed(rows[0][1])


@dataclass(frozen=True, slots=True)
class SealResult:
    appended: int
    head_seq: int
    head_hash: str


def seal(
    ch: Client, database: str, now: datetime | None = None, source: Client | None = None
) -> SealResult:
    """Append links for every row not yet in the chain, in chain order.

    ``ch`` inserts the links. Rows stream from ``source`` (a second client: one session
    cannot stream and insert at once); without it they are read into memory first.
    Run one sealer at a time: two concurrent sealers would both extend the same head,
    and verify reports the fork. An interrupted seal leaves a shorter but valid chain.
    """
    seq, prev = chain_head(ch, database)
    sealed_at = now or datetime.now(UTC)
    sql = (
        f"SELECT {_ROW_SELECT} FROM {database}.indicators"
        f" WHERE (indicator_id, version, inserted_at) NOT IN"
        f" (SELECT indicator_id, version, indicator_inserted_at FROM {database}.evidence_chain)"
        " ORDER BY inserted_at, indicator_id, version"
    )
    appended, batch, copies = 0, list[tuple[Any, ...]](), list[tuple[Any, ...]]()
    stream = (
        (RowVersion.from_row(r), canonical_record(r)) for r in _stream_dicts(source or ch, sql)
    )
    rows: Iterable[tuple[RowVersion, bytes]] = stream if source is not None else list(stream)

    def flush() -> None:
        # Copies first: a link never exists without the copy that proves it.
        ch.insert(f"{database}.sealed_indicators", copies, column_names=COPY_COLUMNS)
        ch.insert(f"{database}.evidence_chain", batch, column_names=LINK_COLUMNS)
        copies.clear()
        batch.clear()

    # Rows arrive in chain order; plan_links orders inside one key (duplicates) and
    # merges identical ones, so the result equals plan_links over everything at once.
    for _, group in groupby(rows, key=lambda r: r[0].key):
        items = list(group)
        records = {rv.record_hash: record for rv, record in items}
        links = plan_links((rv for rv, _ in items), seq, prev, sealed_at)
        for link in links:
            row = link.to_row()
            batch.append(row)
            copies.append((*row[:5], records[link.record_hash].decode(), row[8]))
        seq, prev, appended = links[-1].seq, links[-1].chain_hash, appended + len(links)
        if len(batch) >= _INSERT_BATCH:
            flush()
    if batch:
        flush()
    return SealResult(appended, seq, prev)


def verify(
    ch: Client,
    database: str,
    links_client: Client | None = None,
    expect_head: str | None = None,
) -> VerifyReport:
    """Two streaming passes; ClickHouse sorts, so memory stays flat with table size.

    The merge join reads two result streams at once, which one client session cannot
    do: give a second client as ``links_client``. Without it the links are read into
    memory first (fine for tests and small tables). ``expect_head`` is a chain head
    kept outside the database (``HASH`` or ``SEQ:HASH``) that the chain must contain.
    """
    report = VerifyReport()
    problems = check_links(read_links(ch, database), report, expect_head)
    problems += check_copies(ch, database, report)
    by_key = "indicator_id, version, indicator_inserted_at, seq"
    links: Iterable[Link] = (
        read_links(links_client, database, order=by_key)
        if links_client is not None
        else list(read_links(ch, database, order=by_key))
    )
    rows = read_rows(ch, database, order="indicator_id, version, inserted_at")
    problems += check_rows(links, rows, report)
    problems.sort(key=lambda p: (p.seq, p.kind))
    report.problems = [_with_contents(ch, database, p) for p in problems[:_DETAILED_PROBLEMS]]
    report.problems += problems[_DETAILED_PROBLEMS:]
    return report


def check_copies(ch: Client, database: str, report: VerifyReport) -> list[Problem]:
    """Every sealed copy must hash to its link's record hash (the server computes the
    sha256, so nothing large travels). Links older than the copies are counted."""
    rows = ch.query(
        f"SELECT c.seq, c.indicator_id, s.seq, lower(hex(SHA256(s.record))) = c.record_hash"
        f" AND s.record_hash = c.record_hash AND s.indicator_id = c.indicator_id"
        f" FROM {database}.evidence_chain AS c"
        f" LEFT JOIN {database}.sealed_indicators AS s ON s.seq = c.seq"
        " SETTINGS join_use_nulls = 1",
    ).result_rows
    problems: list[Problem] = []
    for seq, indicator_id, copy_seq, same in rows:
        if copy_seq is None:
            report.uncopied += 1
        elif not same:
            detail = "the sealed copy no longer hashes to the link's record hash"
            problems.append(Problem(int(seq), "link", str(indicator_id), detail))
    return problems


def _with_contents(ch: Client, database: str, problem: Problem) -> Problem:
    """``problem`` with the sealed content (newest copy at or before its seq) and the
    current content (the newest present row) of its indicator."""
    if problem.kind not in ("reversioned", "modified") or not problem.indicator_id:
        return problem
    params = {"i": problem.indicator_id, "s": problem.seq}
    sealed = ch.query(
        f"SELECT record FROM {database}.sealed_indicators"
        " WHERE indicator_id = {i:String} AND seq <= {s:UInt64} ORDER BY seq DESC LIMIT 1",
        parameters=params,
    ).result_rows
    current = list(
        _stream_dicts(
            ch,
            f"SELECT {_ROW_SELECT} FROM {database}.indicators WHERE indicator_id = {{i:String}}"
            " ORDER BY version DESC, inserted_at DESC LIMIT 1",
            params,
        )
    )
    return replace(
        problem,
        sealed=str(sealed[0][0]) if sealed else None,
        current=canonical_record(current[0]).decode() if current else None,
    )


def sealed_seqs(ch: Client, database: str, indicator_ids: Sequence[str]) -> dict[str, int]:
    """indicator_id → seq of its newest sealed link, for the ids given."""
    if not indicator_ids:
        return {}
    rows = ch.query(
        f"SELECT indicator_id, max(seq) FROM {database}.evidence_chain"
        " WHERE indicator_id IN {ids:Array(String)} GROUP BY indicator_id",
        parameters={"ids": list(indicator_ids)},
    ).result_rows
    return {str(r[0]): int(r[1]) for r in rows}

"""Tamper evidence for indicators: a sha256 hash chain over sealed indicator rows.
This module is the pure chain logic (hashing, link planning, checks); its ClickHouse
reads and writes are in :mod:`mamori.integrity.store`.

*Sealing* appends one link per not-yet-sealed row of ``indicators`` to the
append-only ``evidence_chain`` table, in ``(inserted_at, indicator_id, version)``
order, so the order is deterministic and new rows only ever extend the chain::

    record_hash = sha256(canonical JSON of the row's fields)
    chain_hash  = sha256(prev_hash || record_hash)      (prev of link 1: 64 zeros)

*Verifying* recomputes every link from the stored record hashes and every record
hash from the rows still in ``indicators``. It reports, first broken link first:

- ``link``: a link's prev/chain hash or seq does not follow (the chain was edited), or
  a sealed copy no longer hashes to its link;
- ``modified``: a sealed row's content no longer hashes to its record hash;
- ``reversioned``: the indicator_id was sealed, and a row of it with content that the
  first seal did not cover appeared afterwards (a newer or equal version, sealed in a
  later run or not at all), or the row the first seal covered was replaced by one. The
  report carries the sealed content and the current one. A new version of a sealed
  indicator is never silently accepted, and sealing it again does not make it so;
- ``deleted``: a sealed row is gone and no other row of its indicator exists;
- ``anchor``: ``--expect-head`` names a chain hash that is not in the chain.

Every version present at the first seal of an indicator is sealed, and the sealer keeps
a copy of each sealed version (``sealed_indicators``): when ReplacingMergeTree merges
away an older version that the *same* seal run covered together with the newer one,
the copy still proves what it said (counted ``superseded``, not a problem). Rows
inserted after the last seal of an unsealed indicator are ``unsealed``.

A link is keyed by ``(indicator_id, version, inserted_at)``: a redelivered row is a
separate physical row (its own ``inserted_at``) and gets its own link; identical
content, so it is no reversion.
Only the sealer role may write ``evidence_chain`` and ``sealed_indicators``. Whoever
can rewrite *both* those tables and ``indicators`` (an admin) can rebuild a consistent
chain; the head hash printed by ``mamori verify`` and written into every quarterly
export's manifest is the anchor to keep outside the database, and
``mamori verify --expect-head HASH`` checks the chain still contains it
(docs/review-and-export.md).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from itertools import groupby
from typing import Any, Final

from mamori.domain.timeconv import epoch_ms

HASH_SCHEME: Final = "v1"
GENESIS: Final = "0" * 64

#: The ``indicators`` columns a v1 record hash covers (all but ``inserted_at``, which
#: is part of the link key instead). Fixed per scheme: a new column needs scheme v2.
HASHED_FIELDS: Final[tuple[str, ...]] = (
    "indicator_id",
    "version",
    "category",
    "axis",
    "severity",
    "score",
    "customer_key",
    "agent_key",
    "channel",
    "event_ids",
    "window_start",
    "window_end",
    "occurred_at",
    "detected_at",
    "anchor_at",
    "evidence",
    "detector",
    "_partition",
    "_offset",
)
_TIMESTAMP_FIELDS: Final = frozenset(
    {"window_start", "window_end", "occurred_at", "detected_at", "anchor_at"}
)
_INT_FIELDS: Final = frozenset({"version", "_partition", "_offset"})
LINK_COLUMNS: Final[list[str]] = [
    "seq",
    "indicator_id",
    "version",
    "indicator_inserted_at",
    "record_hash",
    "prev_hash",
    "chain_hash",
    "hash_scheme",
    "sealed_at",
]


def _ts(value: datetime) -> str:
    # DateTime64(3): millisecond precision; naive values from a client are UTC.
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    value = value.astimezone(UTC)
    return value.strftime("%Y-%m-%dT%H:%M:%S.") + f"{value.microsecond // 1000:03d}Z"


def canonical_record(row: Mapping[str, Any]) -> bytes:
    """The v1 canonical serialisation: sorted-key compact JSON, UTF-8, no escaping.

    Timestamps are UTC with milliseconds; ``score`` (Float32 in ClickHouse) uses 9
    significant digits, which identifies every float32 exactly.
    """
    out: dict[str, Any] = {"hash_scheme": HASH_SCHEME}
    for name in HASHED_FIELDS:
        value = row[name]
        if value is None:
            out[name] = None
        elif name in _TIMESTAMP_FIELDS:
            out[name] = _ts(value)
        elif name in _INT_FIELDS:
            out[name] = int(value)
        elif name == "score":
            out[name] = format(float(value), ".9g")
        elif name == "event_ids":
            out[name] = [str(e) for e in value]
        else:
            out[name] = str(value)
    return json.dumps(out, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def record_hash(row: Mapping[str, Any]) -> str:
    return hashlib.sha256(canonical_record(row)).hexdigest()


def chain_hash(prev_hash: str, rec_hash: str) -> str:
    return hashlib.sha256((prev_hash + rec_hash).encode("ascii")).hexdigest()


@dataclass(frozen=True, slots=True)
class RowVersion:
    """One physical row of ``indicators``, reduced to what the chain needs."""

    indicator_id: str
    version: int
    inserted_ms: int
    record_hash: str

    @property
    def key(self) -> tuple[str, int, int]:
        return (self.indicator_id, self.version, self.inserted_ms)

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> RowVersion:
        return cls(
            indicator_id=str(row["indicator_id"]),
            version=int(row["version"]),
            inserted_ms=epoch_ms(row["inserted_at"]),
            record_hash=record_hash(row),
        )


@dataclass(frozen=True, slots=True)
class Link:
    seq: int
    indicator_id: str
    version: int
    inserted_ms: int
    record_hash: str
    prev_hash: str
    chain_hash: str
    hash_scheme: str = HASH_SCHEME
    sealed_ms: int = 0

    @property
    def key(self) -> tuple[str, int, int]:
        return (self.indicator_id, self.version, self.inserted_ms)

    def to_row(self) -> tuple[Any, ...]:
        return (
            self.seq,
            self.indicator_id,
            self.version,
            datetime.fromtimestamp(self.inserted_ms / 1000, UTC),
            self.record_hash,
            self.prev_hash,
            self.chain_hash,
            self.hash_scheme,
            datetime.fromtimestamp(self.sealed_ms / 1000, UTC),
        )


def plan_links(
    rows: Iterable[RowVersion], last_seq: int, last_chain_hash: str, sealed_at: datetime
) -> list[Link]:
    """Links extending the chain by ``rows`` in (inserted_at, indicator_id, version) order.

    Identical physical duplicates (same key and content) get one link.
    """
    ordered = sorted(
        set(rows), key=lambda r: (r.inserted_ms, r.indicator_id, r.version, r.record_hash)
    )
    links: list[Link] = []
    prev, seq, sealed_ms = last_chain_hash, last_seq, epoch_ms(sealed_at)
    for r in ordered:
        seq += 1
        h = chain_hash(prev, r.record_hash)
        links.append(
            Link(
                seq,
                r.indicator_id,
                r.version,
                r.inserted_ms,
                r.record_hash,
                prev,
                h,
                HASH_SCHEME,
                sealed_ms,
            )
        )
        prev = h
    return links


@dataclass(frozen=True, slots=True)
class Problem:
    seq: int
    kind: str  # link | modified | reversioned | deleted | anchor
    indicator_id: str
    detail: str
    #: Canonical JSON of the sealed version and of the current row (reversioned, modified).
    sealed: str | None = None
    current: str | None = None


@dataclass
class VerifyReport:
    links: int = 0
    rows: int = 0
    superseded: int = 0
    unsealed: int = 0
    #: Links sealed before sealed copies existed (migration 0009): no copy to compare.
    uncopied: int = 0
    head_seq: int = 0
    head_hash: str = GENESIS
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def first_problem(self) -> Problem | None:
        return self.problems[0] if self.problems else None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["ok"] = self.ok
        return d


def parse_anchor(text: str) -> tuple[int | None, str]:
    """``HASH`` or ``SEQ:HASH`` (as printed by ``mamori verify`` / an export manifest)."""
    seq_text, _, digest = text.strip().rpartition(":")
    digest = digest.lower()
    if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
        raise ValueError(f"not a chain head (64 hex digits, optionally SEQ:): {text!r}")
    if not seq_text:
        return None, digest
    if not seq_text.isdigit():
        raise ValueError(f"not a chain head seq: {seq_text!r}")
    return int(seq_text), digest


def check_links(
    links: Iterable[Link], report: VerifyReport, expect_head: str | None = None
) -> list[Problem]:
    """Pass 1, links in seq order: gapless seq and every hash linking to the previous one;
    with ``expect_head`` (a head anchored outside the database, see :func:`parse_anchor`)
    the chain must contain that hash (at that seq, if given).

    Streams: memory does not grow with the chain.
    """
    problems: list[Problem] = []
    prev = GENESIS
    anchor = parse_anchor(expect_head) if expect_head else None
    anchored = False
    for link in links:
        if anchor is not None and link.chain_hash == anchor[1]:
            anchored = anchor[0] is None or anchor[0] == link.seq
        report.links += 1
        expected_seq = report.head_seq + 1
        if link.seq != expected_seq:
            detail = f"seq {link.seq}, expected {expected_seq}"
            problems.append(Problem(link.seq, "link", link.indicator_id, detail))
        if link.prev_hash != prev:
            detail = "prev_hash differs from the previous chain_hash"
            problems.append(Problem(link.seq, "link", link.indicator_id, detail))
        if link.chain_hash != chain_hash(link.prev_hash, link.record_hash):
            detail = "chain_hash is not sha256(prev_hash || record_hash)"
            problems.append(Problem(link.seq, "link", link.indicator_id, detail))
        report.head_seq, report.head_hash, prev = link.seq, link.chain_hash, link.chain_hash
    if anchor is not None and not anchored:
        where = f" at seq {anchor[0]}" if anchor[0] is not None else ""
        detail = f"the anchored head {anchor[1]}{where} is not in the chain (rewritten?)"
        problems.append(Problem(anchor[0] or 0, "anchor", "", detail))
    return problems


def _check_indicator(
    links: Sequence[Link], rows: Sequence[RowVersion], report: VerifyReport
) -> list[Problem]:
    """All links and present rows of one indicator_id."""
    problems: list[Problem] = []
    present: dict[tuple[str, int, int], set[str]] = {}
    for r in rows:
        present.setdefault(r.key, set()).add(r.record_hash)
    sealed_keys = {link.key for link in links}
    # What the first seal of this indicator covered is the reference: any other content
    # seen later (sealed again or not) is a new version of a sealed indicator.
    first_run = min((link.sealed_ms for link in links), default=0)
    first_hashes = {link.record_hash for link in links if link.sealed_ms == first_run}
    newest = max(rows, key=lambda r: (r.version, r.inserted_ms), default=None)
    reversioned = False

    def reversion(seq: int, detail: str) -> None:
        nonlocal reversioned
        if not reversioned:
            problems.append(Problem(seq, "reversioned", links[0].indicator_id, detail))
        reversioned = True

    for link in sorted(links, key=lambda lk: lk.seq):
        found = present.get(link.key)
        if found is not None:
            if link.record_hash not in found:
                detail = f"version {link.version}: row content no longer matches its record hash"
                problems.append(Problem(link.seq, "modified", link.indicator_id, detail))
            elif link.record_hash not in first_hashes:
                detail = (
                    f"version {link.version} was sealed at seq {link.seq}, after the indicator "
                    "was first sealed, with content the first seal did not cover"
                )
                reversion(link.seq, detail)
        elif newest is None:
            detail = f"version {link.version} is gone and no other version exists"
            problems.append(Problem(link.seq, "deleted", link.indicator_id, detail))
        elif newest.record_hash not in first_hashes:
            detail = (
                f"sealed version {link.version} was replaced by version {newest.version} "
                "with content the first seal did not cover"
            )
            reversion(link.seq, detail)
        elif (newest.version, newest.inserted_ms) > (link.version, link.inserted_ms):
            # Merged away by ReplacingMergeTree in favour of a newer version sealed in the
            # same run: the sealed copy still proves what it said.
            report.superseded += 1
        else:
            detail = f"version {link.version} is gone and only older versions remain"
            problems.append(Problem(link.seq, "deleted", link.indicator_id, detail))
    if links:
        last_seq = max(link.seq for link in links)
        for r in rows:
            if r.key not in sealed_keys and r.record_hash not in first_hashes:
                detail = (
                    f"unsealed version {r.version} of a sealed indicator differs from "
                    "the sealed content"
                )
                reversion(last_seq, detail)
    for key, found in present.items():
        if key not in sealed_keys:
            report.unsealed += 1
            continue
        own = [lk for lk in links if lk.key == key]
        hashes = {lk.record_hash for lk in own}
        seq = min(lk.seq for lk in own)
        # A duplicate row with the same key was edited while its twin still matches.
        if not found <= hashes and not any(p.seq == seq for p in problems):
            detail = f"version {key[1]}: a row differs from its sealed content"
            problems.append(Problem(seq, "modified", key[0], detail))
    return problems


def check_rows(
    links_by_key: Iterable[Link], rows_by_key: Iterable[RowVersion], report: VerifyReport
) -> list[Problem]:
    """Pass 2, a merge join per indicator_id of links and present rows, both sorted by
    (indicator_id, version, inserted_at). Memory is bounded by one indicator's versions."""
    problems: list[Problem] = []
    link_groups = groupby(links_by_key, key=lambda lk: lk.indicator_id)
    row_groups = groupby(rows_by_key, key=lambda r: r.indicator_id)
    next_link = next(link_groups, None)
    next_rows = next(row_groups, None)
    while next_link is not None or next_rows is not None:
        lid = next_link[0] if next_link is not None else None
        rid = next_rows[0] if next_rows is not None else None
        group_links: list[Link] = []
        group_rows: list[RowVersion] = []
        if lid is not None and (rid is None or lid <= rid):
            group_links = list(next_link[1]) if next_link is not None else []
            next_link = next(link_groups, None)
        if rid is not None and (lid is None or rid <= lid):
            group_rows = list(next_rows[1]) if next_rows is not None else []
            next_rows = next(row_groups, None)
        report.rows += len(group_rows)
        problems.extend(_check_indicator(group_links, group_rows, report))
    return problems


def _by_key(item: Link | RowVersion) -> tuple[str, int, int]:
    return item.key


def verify_chain(
    links: Iterable[Link], rows: Iterable[RowVersion], expect_head: str | None = None
) -> VerifyReport:
    """Check ``links`` (in seq order) against each other and against the present ``rows``
    (any order). In-memory form of :func:`verify` for tests and small data."""
    links = list(links)
    report = VerifyReport()
    problems = check_links(links, report, expect_head)
    problems += check_rows(sorted(links, key=_by_key), sorted(rows, key=_by_key), report)
    problems.sort(key=lambda p: (p.seq, p.kind))
    report.problems = problems
    return report

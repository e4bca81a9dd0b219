"""Review packs, decisions, the evidence chain and the quarterly export on a real ClickHouse.

Rows are inserted with known values (several versions of one indicator_id in separate
inserts, so they really coexist as rows), then every number the export writes is
compared with an independent direct query (``FINAL``) on the same database.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from click.testing import CliRunner

from fixtures.superset import INDICATOR_COLUMNS
from mamori.cli.export import export_command
from mamori.cli.review import decide_command, review_command
from mamori.cli.verify import verify_command
from mamori.integrity.store import seal, verify
from mamori.reporting.decisions import (
    UnknownReference,
    build_decision,
    check_references,
    insert_decision,
)
from mamori.reporting.export.model import NO_AGENT, Quarter
from mamori.reporting.export.queries import fetch_report
from mamori.reporting.export.render import write_export
from mamori.reporting.labels import NOTICE_JA
from mamori.reporting.review.queries import fetch_pack
from mamori.storage.rows import ESCALATION_COLUMNS

pytestmark = pytest.mark.clickhouse


@dataclass
class Env:
    admin: Any  # DDL and tampering (ALTER/DELETE): what someone with rights could do
    writer: Any  # inserts, as the worker does
    reader: Any  # the read-only user (readonly=2) of review packs and exports
    sealer: Any  # the only role that appends to the evidence chain
    reviewer: Any  # mamori decide: inserts decisions
    database: str
    client_env: dict[str, str]


@pytest.fixture
def env(ch_database: Any, clickhouse_server: Any) -> Env:
    return Env(
        admin=ch_database.admin,
        writer=ch_database.writer,
        reader=ch_database.reader,
        sealer=ch_database.sealer,
        reviewer=ch_database.reviewer,
        database=ch_database.name,
        client_env=clickhouse_server.client_env(ch_database.name),
    )


AXIS = {"excessive_demand": "A", "apology_demand": "A"}


def utc(y: int, mo: int, d: int, h: int = 0, mi: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=UTC)


def indicator(
    indicator_id: str,
    category: str,
    occurred_at: datetime,
    customer: str = "c_alpha",
    *,
    agent: str | None = "a_one",
    channel: str = "phone",
    severity: str = "medium",
    events: tuple[str, ...] = ("e1",),
    anchor: datetime | None = None,
    window: bool = False,
    evidence: str | None = "「返金しろ」",
) -> tuple[Any, ...]:
    anchor_at = anchor or occurred_at
    return (
        indicator_id,
        category,
        AXIS.get(category, "B"),
        severity,
        0.75,
        customer,
        agent,
        channel,
        list(events),
        anchor_at if window else None,
        occurred_at if window else None,
        occurred_at,
        occurred_at + timedelta(seconds=2),
        evidence,
        "test@1",
        int(occurred_at.timestamp() * 1000),
        anchor_at,
    )


def insert(ch: Any, db: str, rows: list[tuple[Any, ...]]) -> None:
    ch.insert(f"{db}.indicators", rows, column_names=INDICATOR_COLUMNS)


# Q2 2026 (JST) = 2026-03-31T15:00Z … 2026-06-30T15:00Z; Q3 up to 2026-09-30T15:00Z.
def load_quarter_fixture(ch: Any, db: str) -> None:
    insert(
        ch,
        db,
        [
            # previous quarter (Q2)
            indicator("q2-a", "abusive_language", utc(2026, 4, 10, 3)),
            indicator("q2-b", "excessive_demand", utc(2026, 5, 2, 1), channel="email"),
            indicator("q2-c", "legal_threat", utc(2026, 6, 30, 14, 59), agent=None),  # 23:59 JST
            # this quarter (Q3)
            indicator("q3-a", "abusive_language", utc(2026, 6, 30, 15, 0)),  # 07-01 00:00 JST
            indicator("q3-b", "abusive_language", utc(2026, 8, 5, 9), customer="c_beta"),
            indicator("q3-c", "apology_demand", utc(2026, 9, 30, 14, 59), agent="a_two"),
            indicator("q3-d", "online_defamation_threat", utc(2026, 7, 7), channel="sns"),
            # outside both quarters
            indicator("q4-a", "abusive_language", utc(2026, 9, 30, 15, 0)),  # 10-01 JST
            indicator("q1-a", "abusive_language", utc(2026, 3, 31, 14, 0)),
        ],
    )
    # A stateful indicator growing from June (Q2) into July (Q3): counts once, in Q3,
    # with the newest version's agent (NULL) and severity.
    start = utc(2026, 6, 28)
    for n, (at, agent, sev) in enumerate(
        [
            (utc(2026, 6, 29), "a_one", "low"),
            (utc(2026, 7, 2), "a_one", "medium"),
            (utc(2026, 7, 3), None, "high"),
        ]  # fmt: skip
    ):
        insert(
            ch,
            db,
            [
                indicator(
                    "win-1",
                    "contact_flood",
                    at,
                    anchor=start,
                    window=True,
                    agent=agent,
                    severity=sev,
                    events=tuple(f"w{i}" for i in range(n + 3)),
                )
            ],  # fmt: skip
        )
    # A stateful indicator growing from September into October: Q4, not Q3.
    for at in (utc(2026, 9, 20), utc(2026, 10, 2)):
        insert(ch, db, [indicator("win-2", "repetition", at, anchor=utc(2026, 9, 19), window=True)])
    # A sliding window whose start (so anchor_at) moves from September into October:
    # the newest version is in October, so Q4 — no version may be dropped before argMax.
    insert(ch, db, [indicator("win-3", "off_hours_contact", utc(2026, 9, 28), anchor=utc(2026, 9, 25), window=True)])  # fmt: skip
    insert(ch, db, [indicator("win-3", "off_hours_contact", utc(2026, 10, 6), anchor=utc(2026, 10, 1), window=True)])  # fmt: skip
    # A redelivered duplicate (same id, same version) — one indicator.
    insert(ch, db, [indicator("q3-b", "abusive_language", utc(2026, 8, 5, 9), customer="c_beta")])


def direct_counts(ch: Any, db: str, dim: str, start: datetime, end: datetime) -> dict[str, int]:
    # Independent of the export's code path: FINAL instead of argMax, literal UTC bounds.
    lo, hi = (t.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S") for t in (start, end))
    rows = ch.query(
        f"SELECT {dim}, count() FROM {db}.indicators FINAL"
        f" WHERE occurred_at >= toDateTime64('{lo}', 3, 'UTC')"
        f" AND occurred_at < toDateTime64('{hi}', 3, 'UTC') GROUP BY 1"
    ).result_rows
    return {str(k if k is not None else ""): int(n) for k, n in rows}


def test_export_numbers_equal_direct_queries(env: Env, tmp_path: Path) -> None:
    load_quarter_fixture(env.writer, env.database)
    ch, db = env.reader, env.database
    raw = ch.query(f"SELECT count(), uniqExact(indicator_id) FROM {db}.indicators").result_rows[0]
    assert raw[0] > raw[1], "versions and duplicates must really coexist as rows"

    q3 = Quarter.parse("2026Q3")
    report = fetch_report(ch, db, q3)
    paths = write_export(report, tmp_path)
    assert len(paths) == 9

    # Hand-checked expectations first (the counting rule), then the generic comparison.
    cat = {r.key: (r.previous, r.current) for r in report.table("by_category").rows}
    assert cat["abusive_language"] == (1, 2)
    assert cat["contact_flood"] == (0, 1)  # grew into July: Q3 only
    assert cat["repetition"] == (0, 0)  # grew into October: Q4
    assert cat["off_hours_contact"] == (0, 0)  # window slid into October: Q4
    assert report.table("by_category").total_current == 5
    assert report.table("by_category").total_previous == 3
    assert report.customers == (1, 2)
    team = {r.key: (r.previous, r.current) for r in report.table("by_team").rows}
    assert team == {"a_one": (2, 3), "a_two": (0, 1), NO_AGENT: (1, 1)}
    sev = {r.key: r.current for r in report.table("by_severity").rows}
    assert sev["high"] == 1 and sev["low"] == 0

    manifest = json.loads((tmp_path / "2026Q3_report.json").read_text("utf-8"))
    wb = openpyxl.load_workbook(tmp_path / "2026Q3_report.xlsx")
    prev = q3.previous()
    for dim, table in [("category", "by_category"), ("axis", "by_axis"),
                       ("toString(severity)", "by_severity"), ("channel", "by_channel"),
                       ("ifNull(agent_key, '')", "by_team")]:  # fmt: skip
        want_prev = direct_counts(ch, db, dim, prev.start, prev.end)
        want_cur = direct_counts(ch, db, dim, q3.start, q3.end)
        with (tmp_path / f"2026Q3_{table}.csv").open(encoding="utf-8-sig", newline="") as f:
            csv_rows = [r for r in csv.DictReader(f) if r["key"] != "total"]
        got_csv = {
            r["key"]: (int(r["previous_quarter"]), int(r["current_quarter"])) for r in csv_rows
        }
        sheet = wb[table]
        got_xlsx = {
            sheet.cell(i, 1).value: (sheet.cell(i, 4).value, sheet.cell(i, 5).value)
            for i in range(4, 4 + len(csv_rows))
        }
        got_json = {
            r["key"]: (r["previous"], r["current"])
            for t in manifest["tables"] if t["name"] == table for r in t["rows"]
        }  # fmt: skip
        for got in (got_csv, got_xlsx, got_json):
            nonzero = {("" if k == NO_AGENT else k): v for k, v in got.items() if v != (0, 0)}
            keys = set(want_prev) | set(want_cur)
            assert nonzero == {k: (want_prev.get(k, 0), want_cur.get(k, 0)) for k in keys}, table

    months = ch.query(
        f"SELECT toYYYYMM(occurred_at, 'Asia/Tokyo') AS m, count() FROM {db}.indicators FINAL"
        " GROUP BY m"
    ).result_rows
    by_month = {int(m): int(n) for m, n in months}
    got_months = {r.key: (r.previous, r.current) for r in report.table("by_month").rows}
    assert got_months == {
        "2026-07": (by_month.get(202604, 0), by_month.get(202607, 0)),
        "2026-08": (by_month.get(202605, 0), by_month.get(202608, 0)),
        "2026-09": (by_month.get(202606, 0), by_month.get(202609, 0)),
    }
    assert got_months["2026-07"] == (1, 3)


def test_seal_then_verify_is_clean_and_idempotent(env: Env) -> None:
    load_quarter_fixture(env.writer, env.database)
    first = seal(env.sealer, env.database)
    physical = env.reader.query(f"SELECT count() FROM {env.database}.indicators").result_rows[0][0]
    assert first.appended == physical and first.head_seq == physical
    assert seal(env.sealer, env.database).appended == 0
    report = verify(env.reader, env.database)
    assert report.ok and report.links == physical and report.unsealed == 0
    assert (report.head_seq, report.head_hash) == (first.head_seq, first.head_hash)
    # New rows extend the chain; old links are untouched.
    insert(env.writer, env.database, [indicator("late", "staff_naming", utc(2026, 9, 1))])
    assert verify(env.reader, env.database).unsealed == 1
    second = seal(env.sealer, env.database)
    assert second.appended == 1 and second.head_seq == physical + 1
    assert verify(env.reader, env.database).ok


def forge_q3_d(env: Env) -> None:
    """What anyone with INSERT on indicators could do after a seal: a newer version of a
    sealed indicator with the severity lowered and the evidence blanked."""
    forged = indicator(
        "q3-d", "online_defamation_threat", utc(2026, 7, 7, 1), channel="sns",
        severity="low", evidence="",
    )  # fmt: skip
    insert(env.writer, env.database, [forged])


def test_new_version_of_a_sealed_indicator_is_reported_after_merge_and_reseal(env: Env) -> None:
    # Before: verify counted the sealed row as "superseded" once merged away, and the
    # next seal sealed the forgery. Now the reversion is reported, with both contents.
    load_quarter_fixture(env.writer, env.database)
    seal(env.sealer, env.database)
    forge_q3_d(env)
    env.admin.command(f"OPTIMIZE TABLE {env.database}.indicators FINAL")
    for attempt in ("merged away", "sealed again"):
        report = verify(env.reader, env.database)
        assert not report.ok, attempt
        assert [(p.kind, p.indicator_id) for p in report.problems] == [("reversioned", "q3-d")]
        problem = report.problems[0]
        assert problem.sealed is not None and problem.current is not None
        sealed, current = json.loads(problem.sealed), json.loads(problem.current)
        assert (sealed["severity"], sealed["evidence"]) == ("medium", "「返金しろ」")
        assert (current["severity"], current["evidence"]) == ("low", "")
        seal(env.sealer, env.database)


def test_versions_sealed_together_and_merged_away_stay_proven_by_their_copies(env: Env) -> None:
    load_quarter_fixture(env.writer, env.database)
    sealed = seal(env.sealer, env.database)
    env.admin.command(f"OPTIMIZE TABLE {env.database}.indicators FINAL")
    left = env.reader.query(f"SELECT count() FROM {env.database}.indicators").result_rows[0][0]
    report = verify(env.reader, env.database)
    assert report.ok, report.problems
    assert report.superseded == report.links - left > 0 and report.uncopied == 0
    copies = env.reader.query(f"SELECT count() FROM {env.database}.sealed_indicators").result_rows[
        0
    ][0]
    assert copies == sealed.appended  # every sealed version kept, merged or not
    env.admin.command(
        f"ALTER TABLE {env.database}.sealed_indicators UPDATE record = 'x'"
        " WHERE seq = 2 SETTINGS mutations_sync = 2"
    )
    broken = verify(env.reader, env.database)
    assert [(p.seq, p.kind) for p in broken.problems] == [(2, "link")]


def test_verify_expect_head_catches_a_rebuilt_chain(cli_env: Env) -> None:
    env = cli_env
    load_quarter_fixture(env.writer, env.database)
    head = seal(env.sealer, env.database)
    runner = CliRunner()
    anchor = f"{head.head_seq}:{head.head_hash}"
    ok = runner.invoke(verify_command, ["--expect-head", anchor])
    assert ok.exit_code == 0, ok.output
    # An admin edits a row and rebuilds a consistent chain: only the anchor tells.
    db = env.database
    env.admin.command(
        f"ALTER TABLE {db}.indicators UPDATE evidence = 'nothing happened'"
        " WHERE indicator_id = 'q3-d' SETTINGS mutations_sync = 2"
    )
    for table in ("evidence_chain", "sealed_indicators"):
        env.admin.command(f"TRUNCATE TABLE {db}.{table}")
    seal(env.sealer, db)
    assert runner.invoke(verify_command, []).exit_code == 0
    rebuilt = runner.invoke(verify_command, ["--expect-head", anchor])
    assert rebuilt.exit_code == 1 and "anchor" in rebuilt.output
    bad = runner.invoke(verify_command, ["--expect-head", "nothex"])
    assert bad.exit_code == 2 and "chain head" in bad.output


def _seq_of(env: Env, indicator_id: str) -> int:
    return int(
        env.reader.query(
            f"SELECT max(seq) FROM {env.database}.evidence_chain WHERE indicator_id = {{i:String}}",
            parameters={"i": indicator_id},
        ).result_rows[0][0]
    )


def test_edit_of_sealed_evidence_is_detected(env: Env) -> None:
    load_quarter_fixture(env.writer, env.database)
    seal(env.sealer, env.database)
    env.admin.command(
        f"ALTER TABLE {env.database}.indicators UPDATE evidence = 'nothing happened'"
        " WHERE indicator_id = 'q3-d' SETTINGS mutations_sync = 2"
    )
    report = verify(env.reader, env.database)
    assert not report.ok
    first = report.first_problem
    assert first is not None
    assert (first.kind, first.indicator_id, first.seq) == ("modified", "q3-d", _seq_of(env, "q3-d"))


def test_deletion_of_a_sealed_indicator_is_detected(env: Env) -> None:
    load_quarter_fixture(env.writer, env.database)
    seal(env.sealer, env.database)
    env.admin.command(f"DELETE FROM {env.database}.indicators WHERE indicator_id = 'q2-b'")
    report = verify(env.reader, env.database)
    assert [(p.kind, p.indicator_id) for p in report.problems] == [("deleted", "q2-b")]


def test_deleting_the_newest_version_is_detected(env: Env) -> None:
    load_quarter_fixture(env.writer, env.database)
    seal(env.sealer, env.database)
    env.admin.command(
        f"ALTER TABLE {env.database}.indicators DELETE"
        " WHERE indicator_id = 'win-1' AND severity = 'high' SETTINGS mutations_sync = 2"
    )
    report = verify(env.reader, env.database)
    assert report.first_problem is not None
    assert (report.first_problem.kind, report.first_problem.indicator_id) == ("deleted", "win-1")


def test_edit_of_the_chain_itself_is_detected(env: Env) -> None:
    load_quarter_fixture(env.writer, env.database)
    seal(env.sealer, env.database)
    env.admin.command(
        f"ALTER TABLE {env.database}.evidence_chain UPDATE record_hash = repeat('0', 64)"
        " WHERE seq = 3 SETTINGS mutations_sync = 2"
    )
    report = verify(env.reader, env.database)
    assert report.first_problem is not None
    assert (report.first_problem.seq, report.first_problem.kind) == (3, "link")


@pytest.fixture
def cli_env(env: Env, monkeypatch: pytest.MonkeyPatch) -> Iterator[Env]:
    """Point get_settings() (what the commands use) at this test's database."""
    from mamori.settings import get_settings

    for name, value in env.client_env.items():
        monkeypatch.setenv(name, value)
    get_settings.cache_clear()
    yield env
    get_settings.cache_clear()


def test_verify_command_exit_codes(cli_env: Env) -> None:
    env = cli_env
    load_quarter_fixture(env.writer, env.database)
    runner = CliRunner()
    ok = runner.invoke(verify_command, ["--seal"])
    assert ok.exit_code == 0, ok.output
    assert "OK" in ok.output
    env.admin.command(
        f"ALTER TABLE {env.database}.indicators UPDATE severity = 'low'"
        " WHERE indicator_id = 'q3-c' SETTINGS mutations_sync = 2"
    )
    bad = runner.invoke(verify_command, ["--json"])
    assert bad.exit_code == 1
    data = json.loads(bad.output)
    assert data["ok"] is False and data["problems"][0]["indicator_id"] == "q3-c"


def load_customer(ch: Any, db: str) -> None:
    insert(
        ch,
        db,
        [
            indicator("r1", "excessive_demand", utc(2026, 7, 1, 1), events=("ev1",)),
            indicator(
                "r2",
                "abusive_language",
                utc(2026, 7, 1, 1),
                events=("ev1",),
                severity="high",
                evidence="<b>バカ</b>野郎",
            ),  # fmt: skip
            indicator(
                "r3", "legal_threat", utc(2026, 7, 31, 15, 30), channel="email", events=("ev7",)
            ),  # fmt: skip
            indicator("other", "abusive_language", utc(2026, 7, 2), customer="c_someone_else"),
        ],
    )
    insert(ch, db, [indicator("r4", "repetition", utc(2026, 7, 20), anchor=utc(2026, 7, 14),
                              window=True, events=("ev2", "ev3"))])  # fmt: skip
    insert(ch, db, [indicator("r4", "repetition", utc(2026, 8, 2), anchor=utc(2026, 7, 14),
                              window=True, events=("ev2", "ev3", "ev9"))])  # fmt: skip
    ch.insert(
        f"{db}.escalations",
        [
            (
                "x1",
                "c_alpha",
                "watch",
                "none",
                1.5,
                utc(2026, 7, 1, 1),
                utc(2026, 7, 1, 1),
                ["r1"],
                ["ev1"],
                ["excessive_demand"],
            ),
            (
                "x2",
                "c_alpha",
                "warn",
                "watch",
                3.2,
                utc(2026, 8, 2),
                utc(2026, 8, 2),
                ["r4"],
                ["ev9"],
                ["repetition"],
            ),
        ],  # fmt: skip
        column_names=ESCALATION_COLUMNS,
    )


def test_review_pack_and_decisions(cli_env: Env, tmp_path: Path) -> None:
    env = cli_env
    load_customer(env.writer, env.database)
    seal(env.sealer, env.database)
    ch, db = env.reader, env.database

    # Validation against the database: unknown customer, foreign escalation.
    with pytest.raises(UnknownReference):
        check_references(ch, db, build_decision("c_nobody", "keep_watching", "lead", "x"))
    with pytest.raises(UnknownReference):
        check_references(
            ch, db, build_decision("c_someone_else", "keep_watching", "lead", "x", "x2")
        )
    first = build_decision(
        "c_alpha", "contact_customer", "center-lead", "返金規定を説明済み", "x1",
        decided_at=utc(2026, 7, 1, 5),
    )  # fmt: skip
    check_references(ch, db, first)
    insert_decision(env.reviewer, db, first)
    insert_decision(env.reviewer, db, first)  # idempotent: same id, one decision

    pack = fetch_pack(ch, db, "c_alpha")
    assert [c.event_id for c in pack.contacts] == ["ev1", "ev7", "ev9"]
    assert {i.indicator_id for i in pack.indicators} == {"r1", "r2", "r3", "r4"}
    r4 = next(i for i in pack.indicators if i.indicator_id == "r4")
    assert r4.event_ids == ("ev2", "ev3", "ev9")  # newest version only
    assert pack.month_counts["legal_threat"] == {"2026-07": 0, "2026-08": 1}  # Tokyo month
    assert pack.current_stage == "warn" and pack.awaiting_decision
    assert [d.decision_id for d in pack.decisions] == [first.decision_id]
    assert all(i.sealed_seq is not None for i in pack.indicators)
    assert pack.chain_head is not None and pack.chain_head[0] >= 5

    # The commands, end to end through settings.
    runner = CliRunner()
    decided = runner.invoke(
        decide_command,
        ["c_alpha", "--action", "warning_letter", "--by", "manager", "--note", "3回目", "--escalation-id", "x2"],
    )  # fmt: skip
    assert decided.exit_code == 0, decided.output
    refused = runner.invoke(
        decide_command, ["c_nobody", "--action", "close_case", "--by", "m", "--note", "n"]
    )
    assert refused.exit_code == 1 and "c_nobody" in refused.output
    out = runner.invoke(review_command, ["c_alpha", "--out", str(tmp_path), "--format", "both"])
    assert out.exit_code == 0, out.output
    data = json.loads((tmp_path / "review-c_alpha.json").read_text("utf-8"))
    assert [d["action"] for d in data["decisions"]] == ["contact_customer", "warning_letter"]
    assert data["decisions"][1]["restrictive"] is True and data["awaiting_decision"] is False
    assert data["category_totals"] == {
        "excessive_demand": 1, "abusive_language": 1, "legal_threat": 1, "repetition": 1,
    }  # fmt: skip
    html = (tmp_path / "review-c_alpha.html").read_text("utf-8")
    assert "&lt;b&gt;バカ&lt;/b&gt;野郎" in html and NOTICE_JA in html
    assert "c_someone_else" not in html


def test_awaiting_decision_follows_detection_not_event_time(env: Env) -> None:
    """The review crossing x3 (event time 4 Aug) was detected on 6 Aug (a backlog).
    A decision of 5 Aug naming no escalation did not see it; one of 7 Aug did."""
    load_customer(env.writer, env.database)
    ch, db = env.reader, env.database
    row = ("x3", "c_alpha", "review", "warn", 6.1, utc(2026, 8, 4), utc(2026, 8, 6),
           ["r4"], ["ev9"], ["repetition"])  # fmt: skip
    env.writer.insert(f"{db}.escalations", [row], column_names=ESCALATION_COLUMNS)
    early = build_decision("c_alpha", "keep_watching", "lead", "様子見", decided_at=utc(2026, 8, 5))
    insert_decision(env.writer, db, early)
    pack = fetch_pack(ch, db, "c_alpha")
    assert pack.current_stage == "review"
    assert pack.escalations[-1].detected_at == utc(2026, 8, 6)
    assert pack.awaiting_decision  # decided after the event time, before detection
    seen = build_decision(
        "c_alpha", "keep_watching", "lead", "確認済み", decided_at=utc(2026, 8, 7)
    )
    insert_decision(env.writer, db, seen)
    assert not fetch_pack(ch, db, "c_alpha").awaiting_decision


def test_export_carries_the_chain_head_and_fails_on_tampering(cli_env: Env, tmp_path: Path) -> None:
    env = cli_env
    load_quarter_fixture(env.writer, env.database)
    sealed = seal(env.sealer, env.database, source=env.reader)
    q3 = Quarter.parse("2026Q3")
    clean = fetch_report(env.reader, env.database, q3, with_verify=True)
    assert clean.chain is not None
    assert (clean.chain["head_seq"], clean.chain["head_hash"]) == (
        sealed.head_seq,
        sealed.head_hash,
    )
    assert clean.chain["verified"] is True and clean.chain["problems"] == 0
    runner = CliRunner()
    ok = runner.invoke(
        export_command, ["--quarter", "2026Q3", "--out", str(tmp_path / "ok"), "--verify"]
    )
    assert ok.exit_code == 0, ok.output
    assert len(ok.output.split()) == 9  # the written paths
    manifest = json.loads((tmp_path / "ok" / "2026Q3_report.json").read_text("utf-8"))
    assert manifest["evidence_chain"]["head_hash"] == sealed.head_hash
    assert manifest["tables"][0]["total_current"] == 5

    env.admin.command(f"DELETE FROM {env.database}.indicators WHERE indicator_id = 'q3-a'")
    tampered = fetch_report(env.reader, env.database, q3, with_verify=True)
    assert tampered.chain is not None and tampered.chain["verified"] is False
    assert tampered.chain["first_problem"].endswith("deleted")
    bad = runner.invoke(
        export_command, ["--quarter", "2026Q3", "--out", str(tmp_path / "bad"), "--verify"]
    )
    assert bad.exit_code == 1 and "verification failed" in bad.output
    html = (tmp_path / "bad" / "2026Q3_report.html").read_text("utf-8")
    assert "検証失敗" in html and sealed.head_hash in html

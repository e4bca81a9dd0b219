"""Personal data end to end: realistic names, addresses, phone numbers and
Message-ID-style event ids in Japanese and English go through the real broker and
the real ``mamori worker`` into the real ClickHouse — and none of it is in any column
of any table afterwards."""

from __future__ import annotations

import re
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import orjson
import pytest

from integration.pipeline_harness import PipelineEnv, make_env, wait_until
from mamori.detect.step import DetectionStep, build_engine, limits_from
from mamori.tools.replay import replay

pytestmark = [pytest.mark.kafka, pytest.mark.clickhouse]

T0 = datetime(2026, 7, 6, 1, 0, tzinfo=UTC)  # Monday 10:00 JST
ROSTER = 'staff_names = ["田中 美咲", "Olivia Brennan", "小鳥遊 ひなた"]\n'

MESSAGES = [
    # (raw customer id, raw event id, text)
    (
        "tanaka.shoten@example.co.jp",
        "<20260706.1a2b@mail.tanaka-shoten.example>",
        "担当の田中美咲を出せ！ふざけるな、お前はクビだ。東京都港区芝公園4丁目2番8号まで謝りに来い",
    ),
    (
        "090-1111-2222",
        "<c0ffee.77@crm.yamamoto-home.example>",
        "電話は〇九〇ー一二三四ー五六七八だ、今すぐ折り返せ。ふざけるな、土下座しろ",
    ),
    (
        "suzuki-ichiro",
        "suzuki-ichiro@pc-suzuki.local",
        "私は鈴木一郎と申します。大阪市北区梅田1-2-3の店の小鳥遊さんを出せ、ぶっ殺すぞ",
    ),
    (
        "emily.watson@example.com",
        "<CAF=x9@mail.watson-family.example>",
        "You idiot, put Olivia Brennan on the phone. I'm Emily Watson, 221B Baker Street, Apt 4.",
    ),
    (
        "+1-555-0100",
        "<7731.2@mx.harlow.example>",
        "I will sue you, Mr. Harlow knows where you live. Call me on 555-123-4567, you moron.",
    ),
    (
        "0311112222",
        "crm/export/hayashi taro/17",
        "０９０ー９８７６ー５４３２に電話しろ、バカ野郎。林太郎様をなめるな",
    ),
]
PERSONAL = [
    "田中", "美咲", "港区", "芝公園", "4丁目", "2番8号", "〇九〇", "一二三四", "五六七八",
    "鈴木", "一郎", "北区", "梅田", "1-2-3", "小鳥遊", "Olivia", "Brennan", "Emily", "Watson",
    "Baker", "Harlow", "4567", "９８７６", "５４３２", "太郎",
    "tanaka", "shoten", "yamamoto-home", "pc-suzuki", "watson-family", "harlow.example",
    "hayashi", "example.co.jp", "emily.watson", "090-1111-2222", "555-0100", "0311112222",
]  # fmt: skip


def lines() -> list[bytes]:
    out = []
    for n, (customer, event_id, text) in enumerate(MESSAGES):
        out.append(
            orjson.dumps(
                {
                    "event_id": event_id,
                    "occurred_at": (T0 + timedelta(minutes=n)).isoformat(),
                    "channel": "email" if n % 2 else "chat",
                    "direction": "inbound",
                    "customer_id": customer,
                    "agent_id": "yamada.taro@callcenter.example",
                    "text": text,
                }
            )
        )
    return out


@pytest.fixture
def pipe(kafka_broker: Any, clickhouse_server: Any, tmp_path: Path) -> Any:
    import uuid

    from mamori.storage.client import client
    from mamori.storage.migrations import apply_migrations

    config = tmp_path / "detection.toml"
    config.write_text(ROSTER, encoding="utf-8")
    database = f"mamori_test_{uuid.uuid4().hex[:10]}"
    env = {**clickhouse_server.client_env(database), "MAMORI_DETECTION_CONFIG": str(config)}
    pipeline = make_env(kafka_broker.bootstrap_servers, env, tmp_path)
    admin = client(pipeline.settings.clickhouse, role="admin")
    apply_migrations(admin, database)
    try:
        yield pipeline
    finally:
        admin.command(f"DROP DATABASE IF EXISTS {database}")


# Column types that hold only numbers, times or enum labels: no name or address fits.
NUMERIC_TYPE = re.compile(
    r"^(?:(?:Nullable|LowCardinality|SimpleAggregateFunction\(\w+,)\s*\(?)*"
    r"(?:U?Int\d+|Float\d+|Decimal|Bool|Date|DateTime|DateTime64|Enum8|Enum16)\b"
)


def every_cell(ch: Any, db: str) -> str:
    """Every cell that can hold text, of every row of every table, as TSV. Numeric
    columns are left out: a count or a latency can hold a phone number's digits by
    chance, and a number cannot carry a name or an address."""
    columns = ch.query(
        "SELECT table, name, type FROM system.columns WHERE database = {db:String}"
        " AND table IN (SELECT name FROM system.tables WHERE database = {db:String}"
        " AND engine NOT IN ('MaterializedView', 'View') AND NOT startsWith(name, '.tmp'))"
        " ORDER BY table, position",
        parameters={"db": db},
    ).result_rows
    by_table: dict[str, list[str]] = {}
    for table, column, type_ in columns:
        if not NUMERIC_TYPE.match(type_):
            by_table.setdefault(table, []).append(f"`{column}`")
    assert "indicators" in by_table
    chunks = []
    for table, cells in by_table.items():
        raw = ch.raw_query(f"SELECT {', '.join(cells)} FROM {db}.`{table}`", fmt="TabSeparated")
        chunks.append(f"## {table}\n" + raw.decode("utf-8", errors="replace"))
    return "\n".join(chunks)


def leaked_parts(dump: str) -> list[str]:
    """The personal strings found in ``dump``. A run of digits counts only standing alone:
    keyed hashes are hex, and '4567' inside one is chance, not a phone number."""
    found = []
    for part in PERSONAL:
        if part.isascii() and part.isdigit():
            hit = re.search(rf"(?<![0-9A-Za-z_]){part}(?![0-9A-Za-z_])", dump) is not None
        else:
            hit = part.lower() in dump.lower()
        if hit:
            found.append(part)
    return found


def test_realistic_pii_reaches_no_column_of_any_table(pipe: PipelineEnv) -> None:
    from mamori.dashboards.bundle import refresh_counts
    from mamori.messaging.publisher import publish_lines
    from mamori.messaging.topics import ensure_topics
    from mamori.storage.client import client

    data = lines()
    step = DetectionStep(build_engine(pipe.settings), limits_from(pipe.settings))
    expected = {i.indicator_id for i in replay(data, step).indicators}
    assert len(expected) >= len(MESSAGES)  # every message is evidence of something

    ensure_topics(pipe.settings.kafka)
    publish_lines(data, pipe.settings.kafka.contact_topic, pipe.settings.kafka, progress=False)
    admin = client(pipe.settings.clickhouse, role="admin")
    db = pipe.settings.clickhouse.database

    def stored() -> set[str]:
        rows = admin.query(f"SELECT DISTINCT indicator_id FROM {db}.indicators").result_rows
        return {r[0] for r in rows}

    with pipe.worker():
        wait_until(lambda: stored() >= expected, 90, "every indicator stored")
        wait_until(
            lambda: admin.query(f"SELECT count() FROM {db}.pipeline_stats").result_rows[0][0] > 0,
            30,
            "pipeline stats",
        )
        # The compose health check's source: the running worker reports itself healthy.
        from mamori.worker.health import health_problems

        health = pipe.settings.health_path()
        wait_until(health.exists, 30, "health file")
        assert (
            health_problems(
                health, now=time.time(), max_age_s=60, max_insert_age_s=300, max_lag=10_000
            )
            == []
        )
    refresh_counts(admin, db)
    dump = every_cell(admin, db)
    evidence = admin.query(f"SELECT evidence FROM {db}.indicators").result_rows
    assert any("[name]" in (e or "") for (e,) in evidence)  # the excerpts are there …
    leaked = leaked_parts(dump)
    assert not leaked, leaked  # … and nothing personal, in any column of any table
    assert "e_" in dump  # Message-ID-style event ids stored as keyed hashes


def test_the_leak_check_finds_digits_standing_alone_and_not_inside_a_hash() -> None:
    assert leaked_parts("e_9f4567ab\t0.0\tc_04567") == []
    assert "4567" in leaked_parts("call me on 555-123-4567\t[name]")
    assert "５４３２" in leaked_parts("電話は０９０ー９８７６ー５４３２")  # full-width digits too

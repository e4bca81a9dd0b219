"""HTTP ingest → Kafka → ``mamori worker`` → ClickHouse, all real: the indicators are
those the batch replay predicts, and a replayed request (same event ids, e.g. a client
retrying after a lost answer) adds no duplicate indicator downstream."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest

from integration.pipeline_harness import PipelineEnv, mixed_stream, wait_until, wire_set
from integration.worker.test_pipeline_e2e import ch_indicators, newest_versions, replay_expected
from mamori.messaging.topics import ensure_topics

from .support import ingest_server

pytestmark = [pytest.mark.kafka, pytest.mark.clickhouse]


def _processed(ch: Any, db: str) -> int:
    row = ch.query(f"SELECT sum(events_in) FROM {db}.pipeline_stats").result_rows[0][0]
    return int(row or 0)


def test_replayed_requests_write_no_duplicate_indicators(
    pipeline: PipelineEnv, ch_reader: Any, tmp_path: Path
) -> None:
    lines, malformed = mixed_stream()
    valid = []
    for raw in lines[:-malformed]:
        obj = orjson.loads(raw)
        obj["source"] = "pbx-test"  # the token's source, so the bytes go through unchanged
        valid.append(orjson.dumps(obj))
    expected = newest_versions(replay_expected(pipeline, valid))
    assert expected, "the stream must produce indicators for this test to mean anything"
    db = pipeline.settings.clickhouse.database
    ensure_topics(pipeline.settings.kafka)
    batches = [b"\n".join(valid[i : i + 100]) for i in range(0, len(valid), 100)]
    with ingest_server(pipeline.settings.kafka, tmp_path / "ingest") as srv, pipeline.worker():

        def send_all() -> None:
            for body in batches:
                r = httpx.post(srv.url + "/v1/contact-events", content=body, headers=srv.headers())
                assert r.status_code == 202, r.text
                assert r.json()["rejected"] == 0

        send_all()
        wait_until(lambda: len(ch_indicators(ch_reader, db)) >= len(expected), 120, "first pass")
        send_all()  # the same requests again
        wait_until(lambda: _processed(ch_reader, db) >= 2 * len(valid), 120, "replay processed")
    found = ch_indicators(ch_reader, db)
    assert len(found) == len({f["indicator_id"] for f in found})
    assert wire_set(found) == wire_set(expected)

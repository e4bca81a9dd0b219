"""``mamori ingest serve`` as a real process, real HTTP (httpx), the real broker."""

from __future__ import annotations

import json
import time
from pathlib import Path

import httpx
import orjson
import pytest

from mamori.devstack.kafka import KafkaBroker
from mamori.devstack.paths import REPO_ROOT
from mamori.devstack.process import free_port
from mamori.messaging.topics import ensure_topics
from mamori.settings import KafkaSettings

from .support import NDJSON, Server, event, ingest_server, ndjson, read_topic

pytestmark = [pytest.mark.kafka]
POST = "/v1/contact-events"


@pytest.fixture
def server(kafka_settings: KafkaSettings, tmp_path: Path) -> Server:
    ensure_topics(kafka_settings, partitions=2)
    with ingest_server(
        kafka_settings, tmp_path, MAX_BATCH_LINES="20", MAX_BODY_BYTES="65536"
    ) as srv:
        yield srv  # type: ignore[misc]


def test_mixed_batch_publishes_exactly_the_valid_lines(
    server: Server, kafka_settings: KafkaSettings
) -> None:
    body = ndjson(
        event(1, "cust-a"),
        b"{not json",
        event(2, "cust-b"),
        {"event_id": "x", "channel": "phone"},  # required fields missing
        b"",  # blank line: not an event, keeps numbering
        event(3, "cust-a", occurred_at="2026-13-45T10:00:00+09:00"),
        event(4, "cust-c", source="someone-else"),  # a token speaks for one source
        event(5, "cust-c", channel="fax"),
        event(6, "cust-d", source="pbx-test"),
    )
    r = httpx.post(server.url + POST, content=body, headers=server.headers())
    assert r.status_code == 202, r.text
    answer = r.json()
    assert (answer["accepted"], answer["rejected"]) == (3, 5)
    by_line = {line["line"]: line for line in answer["lines"]}
    assert {n for n, line in by_line.items() if line["status"] == "accepted"} == {1, 3, 9}
    assert by_line[2]["reason"] == "invalid_json"
    assert by_line[4]["reason"] == "schema_violation"
    assert by_line[6]["reason"] == "bad_timestamp"
    assert by_line[7]["reason"] == "source_mismatch"
    assert by_line[8]["reason"] == "schema_violation"
    assert 5 not in by_line

    records = read_topic(kafka_settings, kafka_settings.contact_topic)
    values = [orjson.loads(r.value) for r in records]
    assert sorted(v["event_id"] for v in values) == ["http-00001", "http-00002", "http-00006"]
    assert {r.key for r in records} == {b"cust-a", b"cust-b", b"cust-d"}
    assert all(v["source"] == "pbx-test" for v in values)  # stamped from the token
    dead = read_topic(kafka_settings, kafka_settings.dlq_topic)
    reasons = sorted(dict(d.headers)["mamori-dlq-reason"].decode() for d in dead)
    assert reasons == sorted(
        ["invalid_json", "schema_violation", "bad_timestamp", "source_mismatch", "schema_violation"]
    )
    assert b"{not json" in {d.value for d in dead}  # the original bytes, unchanged


def test_single_event_and_all_invalid_batch(server: Server, kafka_settings: KafkaSettings) -> None:
    r = httpx.post(
        server.url + POST,
        content=orjson.dumps(event(7)),
        headers=server.headers(**{"content-type": "application/json"}),
    )
    assert r.status_code == 202 and r.json()["accepted"] == 1
    bad = httpx.post(server.url + POST, content=b"[]\n42", headers=server.headers())
    assert bad.status_code == 400
    assert bad.headers["content-type"] == "application/problem+json"
    problem = bad.json()
    assert problem["status"] == 400 and [x["reason"] for x in problem["lines"]] == [
        "not_an_object",
        "not_an_object",
    ]
    empty = httpx.post(server.url + POST, content=b"\n\n", headers=server.headers())
    assert empty.status_code == 400
    wrong_type = httpx.post(
        server.url + POST, content=b"x", headers=server.headers(**{"content-type": "text/plain"})
    )
    assert wrong_type.status_code == 415


def test_authentication_and_scopes(server: Server) -> None:
    body = ndjson(event(1))
    none = httpx.post(server.url + POST, content=body, headers=NDJSON)
    assert none.status_code == 401
    assert none.headers["www-authenticate"].startswith("Bearer")
    assert none.headers["content-type"] == "application/problem+json"
    wrong = httpx.post(server.url + POST, content=body, headers=server.headers("mamori_nope"))
    assert wrong.status_code == 401
    basic = httpx.post(
        server.url + POST, content=body, headers={**NDJSON, "authorization": "Basic eDp5"}
    )
    assert basic.status_code == 401
    metrics_only = httpx.post(
        server.url + POST, content=body, headers=server.headers(server.metrics_token)
    )
    assert metrics_only.status_code == 403
    assert httpx.get(server.url + "/metrics", headers=server.headers()).status_code == 403
    assert httpx.get(server.url + "/metrics").status_code == 401
    metrics = httpx.get(server.url + "/metrics", headers=server.headers(server.metrics_token))
    assert metrics.status_code == 200
    assert 'mamori_ingest_requests_total{status="401"}' in metrics.text
    assert 'mamori_ingest_requests_total{status="403"}' in metrics.text


def test_size_limits(server: Server, kafka_settings: KafkaSettings) -> None:
    too_many = ndjson(*(event(i) for i in range(21)))
    r = httpx.post(server.url + POST, content=too_many, headers=server.headers())
    assert r.status_code == 413 and r.json()["type"].endswith("too-many-lines")
    too_big = ndjson(event(1, text="あ" * 30_000))  # ~90 kB > 64 KiB
    r = httpx.post(server.url + POST, content=too_big, headers=server.headers())
    assert r.status_code == 413 and r.json()["type"].endswith("too-large")

    def chunked() -> object:  # no Content-Length: the bound holds while streaming
        for _ in range(10):
            yield b" " * 10_000

    r = httpx.post(server.url + POST, content=chunked(), headers=server.headers())  # type: ignore[arg-type]
    assert r.status_code == 413
    assert read_topic(kafka_settings, kafka_settings.contact_topic, timeout_ms=2000) == []


def test_openapi_served_equals_committed(server: Server) -> None:
    served = httpx.get(server.url + "/openapi.json").json()
    committed = json.loads((REPO_ROOT / "schemas" / "ingest-openapi.json").read_text())
    assert served == committed
    assert httpx.get(server.url + "/healthz").json() == {"status": "ok"}
    assert httpx.get(server.url + "/readyz").status_code == 200


def test_rate_limit_per_token(kafka_settings: KafkaSettings, tmp_path: Path) -> None:
    ensure_topics(kafka_settings, partitions=1)
    with ingest_server(kafka_settings, tmp_path, RATE_PER_SECOND="0.2", RATE_BURST="3") as srv:
        codes = [
            httpx.post(srv.url + POST, content=ndjson(event(i)), headers=srv.headers()).status_code
            for i in range(5)
        ]
        assert codes[:3] == [202, 202, 202]
        assert codes[3:] == [429, 429]
        limited = httpx.post(srv.url + POST, content=ndjson(event(9)), headers=srv.headers())
        assert limited.status_code == 429 and int(limited.headers["retry-after"]) >= 1
        assert limited.headers["content-type"] == "application/problem+json"
    ids = sorted(
        orjson.loads(r.value)["event_id"]
        for r in read_topic(kafka_settings, kafka_settings.contact_topic)
    )
    assert ids == ["http-00000", "http-00001", "http-00002"]


def test_broker_down_answers_503_and_claims_nothing(tmp_path: Path) -> None:
    broker = KafkaBroker(tmp_path / "kafka", port=free_port(), controller_port=free_port())
    broker.start()
    try:
        k = KafkaSettings(bootstrap_servers=broker.bootstrap_servers)
        ensure_topics(k, partitions=1)
        with ingest_server(k, tmp_path / "run", ACK_TIMEOUT_SECONDS="3") as srv:
            ok = httpx.post(srv.url + POST, content=ndjson(event(1)), headers=srv.headers())
            assert ok.status_code == 202
            broker.stop()
            down = httpx.post(
                srv.url + POST,
                content=ndjson(event(2), event(3)),
                headers=srv.headers(),
                timeout=30,
            )
            assert down.status_code == 503, down.text
            assert down.headers["content-type"] == "application/problem+json"
            assert "retry-after" in down.headers
            assert "accepted" not in down.json() and "lines" not in down.json()
            assert httpx.get(srv.url + "/readyz", timeout=30).status_code == 503
            broker.start()
            deadline = time.monotonic() + 60
            while True:  # the client resends the same request until it is confirmed
                again = httpx.post(
                    srv.url + POST,
                    content=ndjson(event(2), event(3)),
                    headers=srv.headers(),
                    timeout=30,
                )
                if again.status_code == 202 or time.monotonic() > deadline:
                    break
                time.sleep(1)
            assert again.status_code == 202, again.text
            assert httpx.get(srv.url + "/readyz", timeout=30).status_code == 200
        ids = {orjson.loads(r.value)["event_id"] for r in read_topic(k, k.contact_topic)}
        # Every confirmed event is there; a copy of the 503 request may be too (the
        # idempotent producer finished it after the answer) — same ids, deduplicated.
        assert {"http-00001", "http-00002", "http-00003"} <= ids
    finally:
        broker.stop()


def test_tls_from_the_server_settings(kafka_settings: KafkaSettings, tmp_path: Path) -> None:
    """TLS without a proxy: the certificate and key from the settings, real HTTPS."""
    import ssl
    import subprocess

    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    trust = ssl.create_default_context(cafile=str(cert))
    ensure_topics(kafka_settings, partitions=1)
    with ingest_server(
        kafka_settings,
        tmp_path / "run",
        verify=trust,
        TLS_CERTFILE=str(cert),
        TLS_KEYFILE=str(key),
    ) as srv:
        assert srv.url.startswith("https://")
        r = httpx.post(
            srv.url + POST, content=ndjson(event(1)), headers=srv.headers(), verify=trust
        )
        assert r.status_code == 202
        with pytest.raises(httpx.ConnectError):  # an unknown certificate is refused
            httpx.post(srv.url + POST, content=ndjson(event(2)), headers=srv.headers())
        with pytest.raises(httpx.HTTPError):  # and plain HTTP is not served
            httpx.post(srv.url.replace("https", "http") + POST, content=b"", timeout=5)

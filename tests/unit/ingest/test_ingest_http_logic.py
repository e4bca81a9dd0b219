"""Pure parts of the HTTP endpoint: token hashing and lookup, the token bucket, the
per-line verdicts, problem bodies."""

from __future__ import annotations

from datetime import UTC, datetime

import orjson
import pytest

from mamori.domain.validation import Limits
from mamori.ingest.auth import TokenBook, hash_token, new_token
from mamori.ingest.batch import Accepted, Rejected, judge, split_lines
from mamori.ingest.problems import Problem
from mamori.ingest.ratelimit import RateLimiter
from mamori.settings import IngestToken

NOW = datetime(2026, 12, 1, tzinfo=UTC)


def test_tokens_are_stored_hashed_and_scoped() -> None:
    token, digest = new_token()
    assert digest == hash_token(token) and token not in digest
    book = TokenBook([IngestToken(source="pbx", sha256=digest, scopes=("ingest",))])
    assert book.authorize(f"Bearer {token}", "ingest").source == "pbx"
    for header in (None, "", "Bearer ", f"Basic {token}", "Bearer wrong"):
        with pytest.raises(Problem) as err:
            book.authorize(header, "ingest")
        assert err.value.status == 401 and "WWW-Authenticate" in err.value.headers
    with pytest.raises(Problem) as err:
        book.authorize(f"Bearer {token}", "metrics")
    assert err.value.status == 403
    assert len(TokenBook([])) == 0 and TokenBook([]).lookup(token) is None
    with pytest.raises(ValueError, match="unknown scopes"):
        TokenBook([IngestToken(source="x", sha256=digest, scopes=("admin",))])


def test_token_bucket_refills_at_the_rate() -> None:
    clock = [0.0]
    limiter = RateLimiter(rate=2.0, burst=3, clock=lambda: clock[0])
    assert [limiter.take("a") for _ in range(3)] == [0.0, 0.0, 0.0]
    assert limiter.take("a") == pytest.approx(0.5)
    assert limiter.take("b") == 0.0  # buckets are per token
    clock[0] = 0.5
    assert limiter.take("a") == 0.0
    assert limiter.take("a") > 0
    clock[0] = 100.0
    assert [limiter.take("a") for _ in range(4)][-1] > 0  # refills to the burst, not beyond


def test_split_lines_keeps_numbers_and_skips_blank() -> None:
    assert split_lines(b"a\r\n\n  \nb\n") == [(1, b"a"), (4, b"b")]


def test_judge_stamps_source_and_refuses_another() -> None:
    ev = {
        "event_id": "e1",
        "occurred_at": "2026-07-06T10:00:00+09:00",
        "channel": "chat",
        "direction": "inbound",
        "customer_id": "c1",
    }
    v = judge(orjson.dumps(ev), 1, source="pbx", limits=Limits(), now=NOW)
    assert isinstance(v, Accepted) and orjson.loads(v.value)["source"] == "pbx" and v.key == b"c1"
    same = orjson.dumps(ev | {"source": "pbx"})
    v = judge(same, 2, source="pbx", limits=Limits(), now=NOW)
    assert isinstance(v, Accepted) and v.value == same  # unchanged bytes
    v = judge(orjson.dumps(ev | {"source": "crm"}), 3, source="pbx", limits=Limits(), now=NOW)
    assert isinstance(v, Rejected) and v.reason == "source_mismatch" and v.line == 3
    v = judge(b"\xff", 4, source="pbx", limits=Limits(), now=NOW)
    assert isinstance(v, Rejected) and v.reason == "invalid_utf8" and v.value == b"\xff"


def test_problem_body_is_rfc9457() -> None:
    p = Problem(413, "too-large", "Body too large", "5 > 4", extra={"limit": 4})
    assert p.body() == {
        "type": "/problems/too-large",
        "title": "Body too large",
        "status": 413,
        "detail": "5 > 4",
        "limit": 4,
    }
    assert p.response().headers["content-type"] == "application/problem+json"


def test_committed_openapi_document_is_current() -> None:
    import json

    from mamori.devstack.paths import REPO_ROOT
    from mamori.ingest.openapi import openapi_document

    committed = json.loads((REPO_ROOT / "schemas" / "ingest-openapi.json").read_text())
    assert committed == openapi_document(), (
        "run `mamori ingest openapi -o schemas/ingest-openapi.json`"
    )

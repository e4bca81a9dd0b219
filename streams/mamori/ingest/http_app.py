"""The ASGI app of ``mamori ingest serve`` (Starlette; uvicorn serves it).

POST /v1/contact-events — one JSON event or an NDJSON batch, answered per line, 202
only after Kafka acknowledged every record. Order of checks: token (401/403), rate
limit (429), content type (415), size (413), per-line validation, Kafka (503).
Rejected lines are answered *and* dead-lettered (the worker's DLQ topic and headers),
so they are counted in ``dead_letters`` like any malformed record.
"""

from __future__ import annotations

import contextlib
import logging
import time
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import orjson
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from mamori.domain.validation import Limits
from mamori.ingest.auth import TokenBook
from mamori.ingest.batch import (
    JSON_TYPES,
    NDJSON_TYPES,
    Accepted,
    judge_all,
    line_report,
    split_lines,
)
from mamori.ingest.metrics import IngestMetrics
from mamori.ingest.openapi import openapi_document
from mamori.ingest.problems import Problem
from mamori.ingest.producer import IngestProducer, Unavailable
from mamori.ingest.ratelimit import RateLimiter
from mamori.settings import Settings

log = logging.getLogger("mamori.ingest")


class _Json(JSONResponse):
    def render(self, content: Any) -> bytes:
        return orjson.dumps(content)


async def _read_bounded(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise Problem(413, "too-large", "Body too large", f"{declared} bytes > {limit}")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise Problem(413, "too-large", "Body too large", f"more than {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def create_app(
    settings: Settings,
    *,
    producer: IngestProducer | None = None,
    metrics: IngestMetrics | None = None,
) -> Starlette:
    cfg = settings.ingest
    tokens = TokenBook(cfg.tokens)
    limiter = RateLimiter(cfg.rate_per_second, cfg.rate_burst)
    limits = Limits(
        max_message_bytes=settings.max_message_bytes, max_text_chars=settings.max_text_chars
    )
    kafka = producer or IngestProducer(settings.kafka, ack_timeout=cfg.ack_timeout_seconds)
    stats = metrics or IngestMetrics()
    document = openapi_document()

    async def contact_events(request: Request) -> Response:
        started = time.perf_counter()
        try:
            response = await _contact_events(request)
        except Problem as problem:
            response = problem.response()
        stats.requests.labels(str(response.status_code)).inc()
        stats.latency.observe(time.perf_counter() - started)
        return response

    async def _contact_events(request: Request) -> Response:
        principal = tokens.authorize(request.headers.get("authorization"), "ingest")
        wait = limiter.take(principal.token_id)
        if wait > 0:
            raise Problem(
                429,
                "rate-limited",
                "Too many requests",
                f"rate limit {cfg.rate_per_second:g}/s (burst {cfg.rate_burst}) of this token",
                headers={"Retry-After": str(max(1, round(wait + 0.5)))},
            )
        media = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if media not in JSON_TYPES | NDJSON_TYPES:
            raise Problem(
                415,
                "unsupported-media-type",
                "Unsupported content type",
                "send application/json (one event) or application/x-ndjson (a batch)",
            )
        body = await _read_bounded(request, cfg.max_body_bytes)
        # application/json is one event (line 1) even if it spans several lines.
        single = [(1, body)] if body.strip() else []
        lines = single if media in JSON_TYPES else split_lines(body)
        if len(lines) > cfg.max_batch_lines:
            raise Problem(
                413,
                "too-many-lines",
                "Batch too large",
                f"{len(lines)} events > {cfg.max_batch_lines} per request",
            )
        if not lines:
            raise Problem(400, "empty", "No events", "the body holds no event")
        verdicts = judge_all(lines, source=principal.source, limits=limits, now=datetime.now(UTC))
        request_id = uuid.uuid4().hex[:16]
        try:
            await kafka.publish(verdicts, f"http:{principal.source}:{request_id}")
        except Unavailable as exc:
            log.warning("request %s from %s: %s", request_id, principal.source, exc)
            raise Problem(
                503,
                "kafka-unavailable",
                "Events not stored",
                f"{exc}; nothing of this request is confirmed — resend it "
                "(event ids are deduplicated)",
                headers={"Retry-After": "5"},
            ) from exc
        accepted = sum(isinstance(v, Accepted) for v in verdicts)
        rejected = len(verdicts) - accepted
        stats.lines.labels(principal.source, "accepted").inc(accepted)
        stats.lines.labels(principal.source, "rejected").inc(rejected)
        report = line_report(verdicts)
        if accepted == 0:
            raise Problem(
                400,
                "invalid-events",
                "No valid event",
                f"all {rejected} lines were rejected (and dead-lettered); see lines",
                extra={"lines": report, "request_id": request_id},
            )
        return _Json(
            {"accepted": accepted, "rejected": rejected, "request_id": request_id, "lines": report},
            status_code=202,
        )

    async def healthz(request: Request) -> Response:
        return _Json({"status": "ok"})

    async def readyz(request: Request) -> Response:
        if await kafka.reachable():
            return _Json({"status": "ready"})
        return Problem(503, "not-ready", "Kafka unreachable", "cannot reach the brokers").response()

    async def metrics_endpoint(request: Request) -> Response:
        try:
            tokens.authorize(request.headers.get("authorization"), "metrics")
        except Problem as problem:
            return problem.response()
        return Response(generate_latest(stats.registry), media_type=CONTENT_TYPE_LATEST)

    async def openapi(request: Request) -> Response:
        return _Json(document)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await kafka.start()
        try:
            yield
        finally:
            await kafka.stop()

    app = Starlette(
        routes=[
            Route("/v1/contact-events", contact_events, methods=["POST"]),
            Route("/healthz", healthz, methods=["GET"]),
            Route("/readyz", readyz, methods=["GET"]),
            Route("/metrics", metrics_endpoint, methods=["GET"]),
            Route("/openapi.json", openapi, methods=["GET"]),
        ],
        lifespan=lifespan,
    )
    app.state.metrics = stats
    return app

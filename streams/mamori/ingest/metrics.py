"""Prometheus metrics of the ingest endpoint, in a registry of their own per app
(two apps in one process — tests, benchmarks — do not collide)."""

from __future__ import annotations

from dataclasses import dataclass, field

from prometheus_client import CollectorRegistry, Counter, Histogram


def _registry() -> CollectorRegistry:
    return CollectorRegistry(auto_describe=True)


@dataclass
class IngestMetrics:
    registry: CollectorRegistry = field(default_factory=_registry)

    def __post_init__(self) -> None:
        self.lines = Counter(
            "mamori_ingest_lines",
            "Event lines by source and result (accepted, rejected).",
            ["source", "result"],
            registry=self.registry,
        )
        self.requests = Counter(
            "mamori_ingest_requests",
            "HTTP requests to /v1/contact-events by status code.",
            ["status"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "mamori_ingest_request_seconds",
            "Time from request to answer, including Kafka's acknowledgement.",
            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
            registry=self.registry,
        )

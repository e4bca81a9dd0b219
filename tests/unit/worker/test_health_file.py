"""The worker's health file and the checks `mamori health` (the compose health check)
makes: each way of being unhealthy makes it fail."""

from __future__ import annotations

from pathlib import Path

from mamori.worker.health import health_problems, write_health

NOW = 1_800_000_000.0
LIMITS = {"max_age_s": 60.0, "max_insert_age_s": 300.0, "max_lag": 10_000}


def test_alive_and_storing_is_healthy(tmp_path: Path) -> None:
    path = tmp_path / "health.json"
    write_health(path, now=NOW - 5, consumer_lag=120, last_insert_at=NOW - 10, last_error=None)
    assert health_problems(path, now=NOW, **LIMITS) == []
    write_health(path, now=NOW - 5, consumer_lag=0, last_insert_at=None, last_error=None)
    assert health_problems(path, now=NOW, **LIMITS) == []  # idle: nothing waits


def test_missing_or_stale_file_fails(tmp_path: Path) -> None:
    path = tmp_path / "health.json"
    assert "no readable health file" in health_problems(path, now=NOW, **LIMITS)[0]
    write_health(path, now=NOW - 600, consumer_lag=0, last_insert_at=NOW - 600, last_error=None)
    assert "old" in health_problems(path, now=NOW, **LIMITS)[0]


def test_stalled_sink_fails(tmp_path: Path) -> None:
    path = tmp_path / "health.json"
    write_health(
        path, now=NOW - 1, consumer_lag=40, last_insert_at=NOW - 900,
        last_error="ACCESS_DENIED on mamori.indicators",
    )  # fmt: skip
    (problem,) = health_problems(path, now=NOW, **LIMITS)
    assert "last insert 900s ago" in problem and "ACCESS_DENIED" in problem
    write_health(path, now=NOW - 1, consumer_lag=40, last_insert_at=None, last_error=None)
    assert "never" in health_problems(path, now=NOW, **LIMITS)[0]


def test_lag_beyond_the_limit_fails(tmp_path: Path) -> None:
    path = tmp_path / "health.json"
    write_health(path, now=NOW, consumer_lag=50_000, last_insert_at=NOW, last_error=None)
    assert health_problems(path, now=NOW, **LIMITS) == ["consumer lag 50000 > 10000"]

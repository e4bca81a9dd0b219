"""Fault-injection helpers on top of the pipeline harness: workers with their own
state directory, paced publishing in the background, the expected indicators and
escalations (batch replay of the same input) and what ClickHouse holds."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable, Iterable
from datetime import timedelta
from typing import Any

import orjson

from integration.pipeline_harness import JST_START, PipelineEnv, contact, wait_until, wire_set
from mamori.detect.step import DetectionStep, build_engine, limits_from
from mamori.devstack.paths import REPO_ROOT
from mamori.devstack.process import ManagedProcess
from mamori.tools.replay import replay

WireSet = set[tuple[Any, ...]]


def worker(pipe: PipelineEnv, name: str, roles: tuple[str, ...] = (), **env: str) -> ManagedProcess:
    """A ``mamori worker`` (``--role`` each of ``roles``; none: all parts) with a state
    directory of its own (several workers on one host must not share Faust's data
    directory, nor the health file)."""
    role_args = [arg for role in roles for arg in ("--role", role)]
    return ManagedProcess(
        name,
        pipe.run_dir,
        [sys.executable, "-m", "mamori", "worker", "--loglevel", "info", *role_args],
        healthy=lambda: True,
        env={**pipe.env, "MAMORI_STATE_DIR": str(pipe.run_dir / f"faust-{name}"), **env},
        cwd=REPO_ROOT,
        stop_timeout=30,
    )


def wait_ready(w: ManagedProcess, timeout: float = 120) -> None:
    """Until Faust reports the worker ready (recovery done, partitions assigned)."""

    def ready() -> bool:
        assert w.running(), f"{w.name} exited:\n{w.log_tail()}"
        return w.log_file.exists() and "Worker ready" in w.log_file.read_text(errors="replace")

    wait_until(ready, timeout, f"{w.name} ready")


def expected_set(pipe: PipelineEnv, lines: Iterable[bytes]) -> WireSet:
    """Newest version of every indicator the batch replay finds in ``lines``."""
    step = DetectionStep(build_engine(pipe.settings), limits_from(pipe.settings))
    newest: dict[str, dict[str, Any]] = {}
    for ind in replay(lines, step).indicators:
        newest[ind.indicator_id] = ind.to_wire()
    return wire_set(newest.values())


def ch_set(ch: Any, db: str) -> WireSet:
    rows = ch.query(
        f"SELECT indicator_id, category, toString(severity), event_ids FROM {db}.indicators FINAL"
    ).result_rows
    return {(r[0], r[1], r[2], tuple(r[3])) for r in rows}


def expected_escalations(pipe: PipelineEnv, lines: Iterable[bytes]) -> WireSet:
    """Every escalation the batch replay finds in ``lines``: stage crossings are a
    function of the set of indicators, so redelivery, a crash or a rebalance must give
    exactly these (not only the same indicators)."""
    step = DetectionStep(build_engine(pipe.settings), limits_from(pipe.settings))
    out: WireSet = set()
    for esc in replay(lines, step).escalations:
        w = esc.to_wire()
        out.add(
            (
                w["escalation_id"],
                w["customer_key"],
                w["stage"],
                w["previous_stage"],
                tuple(w["indicator_ids"]),
            )
        )
    return out


def ch_escalations(ch: Any, db: str) -> WireSet:
    rows = ch.query(
        f"SELECT escalation_id, customer_key, toString(stage), toString(previous_stage),"
        f" indicator_ids FROM {db}.escalations FINAL"
    ).result_rows
    return {(r[0], r[1], r[2], r[3], tuple(r[4])) for r in rows}


def wait_for_escalations(ch: Any, db: str, expected: WireSet, timeout: float, what: str) -> None:
    """Wait until ClickHouse holds exactly the ``expected`` escalations."""
    assert expected, "the stream must cross a stage, or this check proves nothing"
    _wait_for_equal(lambda: ch_escalations(ch, db), expected, timeout, what)


def _wait_for_equal(
    read: Callable[[], WireSet], expected: WireSet, timeout: float, what: str
) -> None:
    """Wait until ``read()`` returns exactly ``expected``; on timeout say what differs."""
    try:
        wait_until(lambda: read() == expected, timeout, what, step=1.0)
    except AssertionError as exc:
        found = read()
        missing, extra = expected - found, found - expected
        raise AssertionError(
            f"{exc}: {len(found)} found, {len(expected)} expected; "
            f"{len(missing)} missing e.g. {sorted(missing)[:3]}; "
            f"{len(extra)} extra e.g. {sorted(extra)[:3]}"
        ) from None


def ch_count(ch: Any, db: str, table: str) -> int:
    return int(ch.query(f"SELECT count() FROM {db}.{table} FINAL").result_rows[0][0])


def wait_for_set(ch: Any, db: str, expected: WireSet, timeout: float, what: str) -> None:
    """Wait until ClickHouse holds exactly ``expected``; on timeout say what differs."""
    _wait_for_equal(lambda: ch_set(ch, db), expected, timeout, what)


def publish(pipe: PipelineEnv, lines: list[bytes], rate: float = 0) -> None:
    from mamori.messaging.publisher import publish_lines
    from mamori.messaging.topics import ensure_topics

    ensure_topics(pipe.settings.kafka)
    publish_lines(
        lines, pipe.settings.kafka.contact_topic, pipe.settings.kafka, rate=rate, progress=False
    )


class BackgroundPublisher:
    """Publishes ``lines`` at ``rate`` per second in a thread while a test injects a fault."""

    def __init__(self, pipe: PipelineEnv, lines: list[bytes], rate: float) -> None:
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(pipe, lines, rate), daemon=True)

    def _run(self, pipe: PipelineEnv, lines: list[bytes], rate: float) -> None:
        try:
            publish(pipe, lines, rate)
        except BaseException as exc:  # noqa: BLE001 - re-raised in join()
            self.error = exc

    def __enter__(self) -> BackgroundPublisher:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.join()

    def join(self, timeout: float = 300) -> None:
        self._thread.join(timeout)
        assert not self._thread.is_alive(), "publisher did not finish"
        if self.error is not None:
            raise self.error


def burst_lines(customers: int, per_customer: int, tag: str, start_n: int) -> list[bytes]:
    """``customers`` customers each contacting ``per_customer`` times 3 minutes apart
    (a contact flood: a stateful indicator whose evidence spans all the contacts)."""
    lines = []
    n = start_n
    for c in range(customers):
        for i in range(per_customer):
            n += 1
            event = contact(
                n,
                f"{tag}-flood-{c:03d}",
                JST_START + timedelta(hours=c % 5, minutes=3 * i),
                "返事は？まだですか",
            )
            lines.append(orjson.dumps(event))
    return lines


def stream_with_floods(count: int, seed: int) -> tuple[list[bytes], list[bytes]]:
    """(first half, second half) of a synthetic stream in which every flood customer's
    contacts straddle the cut: the windows of the second half need the state built by
    the first (state must survive a restart or move with its partition)."""
    from mamori.tools.synthetic import synthetic_lines

    base = list(synthetic_lines(count, customers=max(50, count // 5), seed=seed))
    floods = burst_lines(24, 9, f"s{seed}", start_n=seed * 100_000)
    first = [line for i, line in enumerate(floods) if i % 9 < 5]
    second = [line for i, line in enumerate(floods) if i % 9 >= 5]
    half = len(base) // 2
    return base[:half] + first, base[half:] + second


def group_assignment(pipe: PipelineEnv) -> dict[str, set[int]]:
    """Consumer-group member id → partitions of the contact topic it owns now."""
    from kafka import KafkaAdminClient

    from mamori.messaging.kafka_config import kafka_python_kwargs

    admin = KafkaAdminClient(**kafka_python_kwargs(pipe.settings.kafka))
    try:
        group = admin.describe_groups([pipe.settings.app_id])[pipe.settings.app_id]
    finally:
        admin.close()
    topic = pipe.settings.kafka.contact_topic
    owned: dict[str, set[int]] = {}
    for member in _field(group, "members") or []:
        parts: set[int] = set()
        assignment = _field(member, "member_assignment")
        for tp in _field(assignment, "assigned_partitions") or []:
            if _field(tp, "topic") == topic:
                parts.update(_field(tp, "partitions") or [])
        owned[str(_field(member, "member_id"))] = parts
    return owned


def _field(obj: Any, name: str) -> Any:
    """A field of a kafka-python protocol value, whether decoded to a dict or not."""
    return obj.get(name) if isinstance(obj, dict) else getattr(obj, name, None)


def wait_for_members(pipe: PipelineEnv, members: int, timeout: float = 90) -> dict[str, set[int]]:
    """Wait until ``members`` workers each own part of the contact topic and together all of it."""
    state: dict[str, dict[str, set[int]]] = {"now": {}}

    def settled() -> bool:
        try:
            state["now"] = group_assignment(pipe)
        except Exception:  # noqa: BLE001 - the group may be rebalancing
            return False
        owned = list(state["now"].values())
        all_parts = set().union(*owned) if owned else set()
        return (
            len(owned) == members
            and all(owned)
            and all_parts == set(range(pipe.settings.kafka.partitions))
        )

    try:
        wait_until(settled, timeout, f"{members} workers sharing the partitions", step=1.0)
    except AssertionError as exc:
        raise AssertionError(f"{exc}; group now {state['now']}") from None
    return state["now"]


def partition_of(pipe: PipelineEnv, customer_id: str) -> int:
    """The partition the publisher's default partitioner gives a customer's events."""
    from kafka.partitioner.default import murmur2

    return (murmur2(customer_id.encode()) & 0x7FFFFFFF) % pipe.settings.kafka.partitions


def sleep_until(deadline: float) -> None:
    delay = deadline - time.monotonic()
    if delay > 0:
        time.sleep(delay)

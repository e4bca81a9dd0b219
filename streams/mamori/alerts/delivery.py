"""Delivery with retries, backoff and an outbox, and the status of every attempt.

The delivery agent calls :meth:`Deliverer.deliver` for a batch of alerts: per
destination, messages are paced (:mod:`.ratelimit`) and each is tried a few times
with exponential backoff. What a destination still does not take is ``retrying``:
the agent puts it on the outbox topic with its next attempt time, and the outbox
agent calls :meth:`Deliverer.deliver` again later, until it is ``sent`` or, after
``give_up_after_seconds``, ``failed`` (a receiver's refusal, HTTP 4xx, is
``failed`` at once). After a failure a destination is considered down for the
backoff period, so a dead receiver does not slow every other alert down.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from mamori.alerts.destination import DeliveryError, Destination
from mamori.alerts.model import Alert
from mamori.alerts.ratelimit import Pacer, batches
from mamori.domain.contract import parse_rfc3339, rfc3339

log = logging.getLogger("mamori.alerts")

#: ``queued``: not attempted because the destination's rate limit would have made this
#: alert wait longer than ``max_wait``; it goes through the outbox like ``retrying``.
Status = Literal["sent", "retrying", "queued", "failed"]
PENDING: frozenset[str] = frozenset({"retrying", "queued"})


@dataclass(frozen=True, slots=True)
class Outcome:
    alert_id: str
    destination: str
    status: Status
    #: Attempts made so far for this alert and destination (all rounds).
    attempts: int
    error: str = ""
    #: When the destination took it (sent only).
    sent_at: datetime | None = None
    #: Retrying: seconds until the destination is worth trying again.
    retry_after: float = 0.0


def backoff(attempt: int, initial: float, maximum: float) -> float:
    """Wait before attempt ``attempt + 1`` (attempt counts from 1)."""
    return float(min(maximum, initial * 2 ** max(0, attempt - 1)))


class Deliverer:
    def __init__(
        self,
        destinations: Mapping[str, Destination],
        *,
        attempts: int = 3,
        backoff_initial: float = 0.2,
        backoff_max: float = 30.0,
        max_wait: float = float("inf"),
        share_pacing_with: Deliverer | None = None,
        sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """``max_wait``: longest a send may wait for its rate-limit slot or for the
        destination's sender; beyond it the alerts are ``queued`` (the delivery agent
        keeps the fast path for other destinations). ``share_pacing_with``: another
        deliverer whose pacing this one shares (the outbox's and the agent's together
        keep a destination's limit)."""
        self.destinations = dict(destinations)
        self.attempts = attempts
        self.backoff_initial = backoff_initial
        self.backoff_max = backoff_max
        self._sleep = sleep
        self._clock = clock
        self.max_wait = max_wait
        self._pacers: dict[str, Pacer]
        self._locks: dict[str, asyncio.Lock]
        if share_pacing_with is not None:
            self._pacers = share_pacing_with._pacers
            self._locks = share_pacing_with._locks
        else:
            self._pacers = {n: Pacer(d.max_per_second) for n, d in self.destinations.items()}
            self._locks = {n: asyncio.Lock() for n in self.destinations}
        self._down_until: dict[str, float] = {}

    def targets(self, alert: Alert) -> list[str]:
        """Configured destinations an alert goes to (its rule's list, or all)."""
        if not alert.destinations:
            return sorted(self.destinations)
        return [d for d in alert.destinations if d in self.destinations]

    async def deliver(
        self,
        alerts: Sequence[Alert],
        only: Mapping[str, Sequence[str]] | None = None,
        prior_attempts: Mapping[str, int] | None = None,
    ) -> list[Outcome]:
        """Try every (alert, destination) once per quick attempt; one outcome each.
        ``only``: alert id → destinations still pending (outbox rounds)."""
        per_dest: dict[str, list[Alert]] = {}
        for alert in alerts:
            wanted = only.get(alert.alert_id) if only is not None else None
            for name in self.targets(alert):
                if wanted is None or name in wanted:
                    per_dest.setdefault(name, []).append(alert)
        results = await asyncio.gather(
            *(
                self._to_destination(name, group, prior_attempts or {})
                for name, group in sorted(per_dest.items())
            )
        )
        return [o for group in results for o in group]

    async def _to_destination(
        self, name: str, alerts: list[Alert], prior: Mapping[str, int]
    ) -> list[Outcome]:
        dest = self.destinations[name]
        out: list[Outcome] = []
        lock = self._locks[name]  # one sender per destination: pacing holds
        try:
            await asyncio.wait_for(
                lock.acquire(), None if self.max_wait == float("inf") else self.max_wait
            )
        except TimeoutError:
            return self._queued(name, alerts, prior, self.max_wait, "sender busy")
        try:
            for chunk in batches(alerts, dest.max_batch):
                wait = self._pacers[name].delay(self._clock())
                if wait > self.max_wait:
                    out += self._queued(name, chunk, prior, wait, "rate limit")
                    continue
                out += await self._send_chunk(name, dest, chunk, prior)
        finally:
            lock.release()
        return out

    @staticmethod
    def _queued(
        name: str, alerts: list[Alert], prior: Mapping[str, int], wait: float, why: str
    ) -> list[Outcome]:
        return [
            Outcome(a.alert_id, name, "queued", prior.get(a.alert_id, 0), why, None, wait)
            for a in alerts
        ]

    async def _send_chunk(
        self, name: str, dest: Destination, chunk: list[Alert], prior: Mapping[str, int]
    ) -> list[Outcome]:
        base = max((prior.get(a.alert_id, 0) for a in chunk), default=0)
        down_for = self._down_until.get(name, 0.0) - self._clock()
        if down_for > 0:
            # Known down: straight to the outbox, no attempt (counted when one is made).
            return [
                Outcome(
                    a.alert_id, name, "retrying", base, "destination down; queued", None, down_for
                )
                for a in chunk
            ]
        error = ""
        made = 0
        for attempt in range(1, self.attempts + 1):
            pacer = self._pacers[name]
            wait = pacer.delay(self._clock())
            if wait > 0:
                await self._sleep(wait)
            pacer.take(self._clock())
            made = attempt
            try:
                await dest.send(chunk)
            except DeliveryError as exc:
                error = str(exc)
                if exc.permanent:
                    log.error("alert delivery refused by %s: %s", name, error)
                    return [Outcome(a.alert_id, name, "failed", base + made, error) for a in chunk]
                if attempt < self.attempts:
                    await self._sleep(backoff(attempt, self.backoff_initial, self.backoff_max))
                continue
            self._down_until.pop(name, None)
            sent_at = datetime.now(UTC)
            return [Outcome(a.alert_id, name, "sent", base + made, "", sent_at) for a in chunk]
        pause = backoff(base + made, self.backoff_initial, self.backoff_max)
        self._down_until[name] = self._clock() + pause
        log.warning("alert delivery to %s failed %d times: %s", name, made, error)
        return [
            Outcome(a.alert_id, name, "retrying", base + made, error, None, pause) for a in chunk
        ]

    async def probe(self) -> dict[str, str]:
        """Destination name → problem, for every configured destination that cannot be reached."""
        problems: dict[str, str] = {}
        for name, dest in sorted(self.destinations.items()):
            try:
                await dest.probe()
            except DeliveryError as exc:
                problems[name] = str(exc)
        return problems

    async def close(self) -> None:
        for dest in self.destinations.values():
            await dest.close()


# --------------------------------------------------------------------------- outbox records
def outbox_record(
    alert: Alert, pending: Sequence[str], attempts: int, first_failed: float, next_at: float
) -> dict[str, Any]:
    """An alert waiting for ``pending`` destinations; times are POSIX seconds (wall clock)."""
    return {
        "alert": alert.to_wire(),
        "pending": sorted(pending),
        "attempts": attempts,
        "first_failed_at": first_failed,
        "next_attempt_at": next_at,
    }


def settle(
    alert: Alert,
    outcomes: Sequence[Outcome],
    now: datetime,
    first_failed_at: float | None,
    *,
    give_up_after: float,
    backoff_initial: float,
    backoff_max: float,
) -> tuple[list[dict[str, Any]], dict[str, Any] | None]:
    """After a round: the status records to store, and the outbox record (None when
    nothing is pending). A destination still failing ``give_up_after`` seconds after
    the first failure is recorded ``failed``; its alert stays in the outbox topic's log."""
    ts = now.timestamp()
    first = first_failed_at if first_failed_at is not None else ts
    final: list[Outcome] = []
    for o in outcomes:
        if o.status in PENDING and ts - first >= give_up_after:
            o = Outcome(
                o.alert_id,
                o.destination,
                "failed",
                o.attempts,
                f"gave up after {ts - first:.0f}s: {o.error}",
            )
        final.append(o)
    statuses = [status_record(alert, o, now) for o in final]
    if not final:
        statuses = [status_record(alert, None, now)]
    pending = [o for o in final if o.status in PENDING]
    if not pending:
        return statuses, None
    attempts = max(o.attempts for o in pending)
    wait = max(
        max(o.retry_after for o in pending), backoff(max(1, attempts), backoff_initial, backoff_max)
    )
    return statuses, outbox_record(
        alert, [o.destination for o in pending], attempts, first, ts + wait
    )


# --------------------------------------------------------------------------- status rows
STATUS_COLUMNS = [
    "alert_id",
    "destination",
    "rule_id",
    "kind",
    "source_id",
    "customer_key",
    "category",
    "severity",
    "stage",
    "channel",
    "team",
    "status",
    "attempts",
    "error",
    "occurred_at",
    "detected_at",
    "sent_at",
    "latency_ms",
    "updated_at",
    "version",
]


def status_record(alert: Alert, outcome: Outcome | None, now: datetime) -> dict[str, Any]:
    """One status of one alert at one destination (``outcome`` None: no destination is
    configured for it) as the wire dict of the ``alert-status`` topic."""
    latency = None
    if outcome is not None and outcome.sent_at is not None and alert.detected_at:
        latency = (outcome.sent_at - parse_rfc3339(alert.detected_at)).total_seconds() * 1000
    return {
        "alert_id": alert.alert_id,
        "destination": outcome.destination if outcome else "",
        "rule_id": alert.rule_id,
        "kind": alert.kind,
        "source_id": alert.source_id,
        "customer_key": alert.customer_key,
        "category": alert.category,
        "severity": alert.severity,
        "stage": alert.stage,
        "channel": alert.channel,
        "team": alert.team,
        # No outcome: no destination is configured for it; the alert is still recorded.
        "status": outcome.status if outcome else "undelivered",
        "attempts": outcome.attempts if outcome else 0,
        "error": (outcome.error if outcome else "")[:500],
        "occurred_at": alert.occurred_at,
        "detected_at": alert.detected_at,
        "sent_at": rfc3339(outcome.sent_at) if outcome and outcome.sent_at else None,
        "latency_ms": None if latency is None else max(0.0, round(latency, 1)),
        "updated_at": rfc3339(now),
    }


_STATUS_RANK = {"undelivered": 0, "queued": 1, "retrying": 1, "failed": 2, "sent": 3}


def status_row(rec: Mapping[str, Any]) -> tuple[Any, ...]:
    """A status wire dict → a row of ClickHouse ``alerts`` (:data:`STATUS_COLUMNS`).
    The version orders a (alert, destination)'s statuses by time, and at equal time
    puts ``sent`` last, so the newest — and never a stale ``retrying`` — survives."""
    updated = parse_rfc3339(rec["updated_at"])
    ms = int(updated.timestamp() * 1000)
    return (
        rec["alert_id"],
        rec["destination"],
        rec["rule_id"],
        rec["kind"],
        rec["source_id"],
        rec["customer_key"],
        rec.get("category") or "",
        rec.get("severity") or "",
        rec.get("stage") or "",
        rec.get("channel") or "",
        rec.get("team") or "",
        rec["status"],
        int(rec["attempts"]),
        rec.get("error") or "",
        parse_rfc3339(rec["occurred_at"]),
        parse_rfc3339(rec["detected_at"]) if rec.get("detected_at") else None,
        parse_rfc3339(rec["sent_at"]) if rec.get("sent_at") else None,
        rec.get("latency_ms"),
        updated,
        ms * 4 + _STATUS_RANK.get(rec["status"], 0),
    )

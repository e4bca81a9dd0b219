"""Memory of the detection state: RSS for N distinct customers and bytes per customer.

    .venv/bin/python bench/bench_memory.py [--customers 1000000] [--events-per-customer 1]

The worker keeps, per active customer, one compact value (``CustomerState.to_bytes()``)
under the customer's 32-hex pseudonym in an in-memory Faust table (a dict of bytes →
bytes). This runs the real engine over N distinct customers and holds the states
exactly like that, then reports the RSS growth, the serialised sizes, and the size of a
worst-case (saturated) customer, whose state is capped by the count bounds.
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from mamori.detect.config import DetectionConfig
from mamori.detect.content import LexiconDetector
from mamori.detect.engine import DetectionEngine
from mamori.detect.state import CustomerState
from mamori.domain.contract import ContactEvent
from mamori.domain.pseudonym import Pseudonymizer

START = datetime(2026, 7, 6, 1, 0, tzinfo=UTC)
TEXTS = (
    "注文した商品がまだ届きません。確認をお願いします。",
    "返金の手続きについて教えてください",
    "いい加減にしろ、今すぐ対応しろ",
    "The invoice shows the wrong amount, please check.",
)


def rss_bytes() -> int:
    """Resident set size now (not the peak), from /proc."""
    with open(f"/proc/{os.getpid()}/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    raise RuntimeError("no VmRSS in /proc")


def new_engine() -> DetectionEngine:
    return DetectionEngine(DetectionConfig(), LexiconDetector.load(), Pseudonymizer(b"m" * 32))


def event(n: int, customer: int, at: datetime, channel: str = "chat") -> ContactEvent:
    return ContactEvent(
        event_id=f"mem-{n:010d}",
        occurred_at=at,
        channel=channel,
        direction="inbound",
        customer_id=f"cust-{customer:08d}",
        agent_id=f"agent-{n % 60:03d}",
        duration_s=300.0 if channel == "phone" else None,
        subject=None,
        text=TEXTS[n % len(TEXTS)],
        language=None,
        thread_id=None,
        source="bench",
    )


@dataclass
class Figures:
    customers: int
    events: int
    seconds: float
    rss_before: int
    rss_after: int
    value_bytes: int
    key_bytes: int
    #: Python objects of the table itself: dict + key and value bytes objects.
    table_bytes: int

    @property
    def rss_per_customer(self) -> float:
        return (self.rss_after - self.rss_before) / self.customers

    @property
    def mean_value_bytes(self) -> float:
        return self.value_bytes / self.customers


def measure(
    customers: int, events_per_customer: int = 1, engine: DetectionEngine | None = None
) -> Figures:
    """Run ``customers`` × ``events_per_customer`` events and hold every state as the
    worker's table does (pseudonym bytes → state bytes)."""
    engine = engine or new_engine()
    # Warm-up on other customers: lazily built matchers and caches are not state.
    for n in range(2000):
        e = event(n, 90_000_000 + n % 500, START)
        engine.process(e, None, START)
    table: dict[bytes, bytes] = {}
    gc.collect()
    before = rss_bytes()
    started = time.perf_counter()
    n = 0
    for round_ in range(events_per_customer):
        for c in range(customers):
            n += 1
            at = START + timedelta(seconds=c % 3600, minutes=7 * round_)
            e = event(n, c, at, "phone" if n % 5 == 0 else "chat")
            key = engine.pseudo.customer(e.customer_id).encode()
            stored = table.get(key)
            state = CustomerState.from_bytes(stored) if stored else None
            det = engine.process(e, state, at)
            table[key] = det.state.to_bytes()
    seconds = time.perf_counter() - started
    gc.collect()
    after = rss_bytes()
    return Figures(
        customers=customers,
        events=n,
        seconds=seconds,
        rss_before=before,
        rss_after=after,
        value_bytes=sum(len(v) for v in table.values()),
        key_bytes=sum(len(k) for k in table),
        table_bytes=sys.getsizeof(table)
        + sum(sys.getsizeof(k) + sys.getsizeof(v) for k, v in table.items()),
    )


def saturated_state_bytes(events: int = 2000, engine: DetectionEngine | None = None) -> list[int]:
    """Serialised state size of one customer after each of ``events`` hostile contacts
    (calls, off-hours, repeated demands, 2 minutes apart): the worst case the bounds cap."""
    engine = engine or new_engine()
    state: CustomerState | None = None
    sizes = []
    for n in range(events):
        at = START + timedelta(hours=10, minutes=2 * n)  # crosses days and off-hours
        e = event(n, 0, at, "phone" if n % 2 else "email")
        det = engine.process(e, state, at)
        state = det.state
        sizes.append(len(state.to_bytes()))
    return sizes


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--events-per-customer", type=int, default=1)
    args = parser.parse_args()
    engine = new_engine()
    gc.collect()
    engine_rss = rss_bytes()
    f = measure(args.customers, args.events_per_customer, engine)
    sizes = saturated_state_bytes(engine=engine)
    mib = 1024 * 1024
    print(f"date    : {datetime.now(UTC):%Y-%m-%d %H:%M} UTC")
    print(
        f"machine : {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}"
    )
    print(f"process RSS with engine loaded (lexicon)      {engine_rss / mib:8.0f} MiB")
    print(
        f"customers / events                            {f.customers:,} / {f.events:,} "
        f"({f.events / f.seconds:,.0f} events/s)"
    )
    print(
        f"RSS growth for their states                   {(f.rss_after - f.rss_before) / mib:8.0f} MiB"
    )
    print(f"RSS per customer (all of the process)         {f.rss_per_customer:8.0f} bytes")
    print(
        f"table objects per customer (dict, key, value) {f.table_bytes / f.customers:8.0f} bytes "
        f"({f.table_bytes / mib:.0f} MiB in all)"
    )
    print(
        f"serialised state per customer, mean           {f.mean_value_bytes:8.0f} bytes "
        f"(+ {f.key_bytes / f.customers:.0f} bytes key)"
    )
    print(
        f"saturated customer: state after 10/100/2000   {sizes[9]} / {sizes[99]} / {sizes[-1]} "
        f"bytes (max {max(sizes)})"
    )
    print(f"process RSS at the end                        {rss_bytes() / mib:8.0f} MiB")


if __name__ == "__main__":
    main()

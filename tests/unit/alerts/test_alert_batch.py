"""The evaluate agent's per-batch logic (mamori.alerts.batch): decoded states kept
between batches change no output, and a value written by someone else is read again."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import orjson

from mamori.alerts.batch import AlertBatchHandler, AlertBatchOutput, SourceRecord, pack, unpack
from mamori.alerts.evaluate import AlertEvaluator, CustomerAlertState
from mamori.alerts.rules import load_rules
from mamori.domain.contract import rfc3339

T0 = datetime(2026, 7, 6, 1, 0, tzinfo=UTC)
NOW = 1_800_000_000.0
ESC = "customer-escalations"
IND = "harassment-indicators"
CATEGORIES = ("violence_threat", "repetition", "abusive_language", "prolonged_contact")


def _stream(seed: int, count: int) -> list[SourceRecord]:
    rng = random.Random(seed)
    out: list[SourceRecord] = []
    for n in range(count):
        key = f"c_{rng.randrange(6)}".encode()
        at = rfc3339(T0 + timedelta(minutes=7 * n))
        if n % 9 == 4:
            value = orjson.dumps(
                {
                    "escalation_id": f"esc-{n}",
                    "customer_key": key.decode(),
                    "stage": rng.choice(("watch", "warn", "review")),
                    "previous_stage": "none",
                    "crossed_at": at,
                    "categories": ["abusive_language"],
                    "event_ids": [f"ev-{n}"],
                }
            )
            out.append((ESC, 1, n, key, value))
            continue
        value = orjson.dumps(
            {
                "indicator_id": f"ind-{n % 50}",  # versions of one indicator come again
                "category": rng.choice(CATEGORIES),
                "severity": rng.choice(("low", "medium", "high")),
                "customer_key": key.decode(),
                "agent_key": "a_1",
                "channel": "phone",
                "event_ids": [f"ev-{n}", f"ev-{n - 1}"],
                "window_start": at,
                "window_end": rfc3339(T0 + timedelta(minutes=7 * n + rng.choice((5, 90)))),
                "occurred_at": at,
                "evidence": "…",
            }
        )
        out.append((IND, 1, n, key, value if n % 31 != 3 else b"{broken"))
    return out


def _run(handler: AlertBatchHandler, batches: list[list[SourceRecord]]) -> list[object]:
    table: dict[bytes, bytes] = {}
    seen: list[object] = []
    for batch in batches:
        out: AlertBatchOutput = handler.handle(batch, table, NOW)
        seen += [(k, orjson.dumps(a.to_wire())) for k, a in out.alerts]
        for w in out.writes:
            if w.value is None:
                del table[w.key]
            else:
                table[w.key] = w.value
            seen.append((w.key, w.value, w.has_digests))
    return seen


def _evaluator() -> AlertEvaluator:
    return AlertEvaluator(load_rules(None))


def test_kept_decoded_states_change_no_output() -> None:
    records = _stream(1, 600)
    batches = [records[i : i + 25] for i in range(0, len(records), 25)]
    kept = _run(AlertBatchHandler(_evaluator(), ESC), batches)
    fresh = _run(AlertBatchHandler(_evaluator(), ESC, decoded_max=0), batches)
    assert kept == fresh
    assert any(isinstance(x, tuple) and len(x) == 2 for x in kept)  # alerts were sent


def test_a_value_rewritten_outside_the_handler_is_read_again() -> None:
    handler = AlertBatchHandler(_evaluator(), ESC)
    records = [r for r in _stream(2, 200) if r[0] == IND and r[4] != b"{broken"]
    key = records[0][3]
    mine = [r for r in records if r[3] == key]
    table: dict[bytes, bytes] = {}
    for w in handler.handle(mine[:1], table, NOW).writes:
        assert w.value is not None
        table[w.key] = w.value
    # The digest timer (or a recovery) writes another value for the key.
    partition, state = unpack(table[key])
    state.alerted.append("msg_elsewhere")
    table[key] = pack(partition, state)
    out = handler.handle(mine[1:2], table, NOW)
    (write,) = out.writes
    assert write.value is not None
    assert "msg_elsewhere" in unpack(write.value)[1].alerted


def test_digest_items_are_written_as_their_wire_form() -> None:
    from mamori.alerts.evaluate import PendingDigest
    from mamori.alerts.model import DigestItem

    item = DigestItem("msg_1", "ind-1", "off_hours_contact", "low", None, "…", "2026-07-01Z")
    state = CustomerAlertState(digests={"r": PendingDigest(since=1.5, items=[item])})
    raw = orjson.loads(state.to_bytes())
    assert raw["g"]["r"]["i"] == [item.to_wire()]
    assert list(raw["g"]["r"]["i"][0]) == list(item.to_wire())  # the same key order
    assert CustomerAlertState.from_bytes(state.to_bytes()) == state

"""Compact per-customer window state: the only thing the worker keeps per customer.

One value per customer, re-set once per event (Faust table writes decide the
worker's throughput and recovery time). It holds no text and no raw ids of the
customer — only timestamps, event ids (evidence), trigram sketches and the risk.
Every list is bounded by time (pruned on each event) and by count
(:class:`~mamori.detect.config.StateConfig`), so a customer's state stays around
1 KiB or less whatever the stream; a customer whose windows are all empty and
whose risk has decayed is dropped entirely (:meth:`CustomerState.is_idle`).

Window entries are keyed by event id, so re-applying an event (Kafka
redelivery after a crash) leaves the windows unchanged: detection is idempotent.
The risk is a function of the *set* of indicator ids that fed it
(:attr:`CustomerState.risk_items`): an id already counted never adds again, however
often its event is delivered.
"""

from __future__ import annotations

import base64
import struct
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import orjson

from mamori.detect.gist import NO_GIST, Gist

_FORMAT_VERSION = 8
#: Formats this code still reads (a stored state survives an upgrade).
_READABLE_VERSIONS = frozenset({1, 2, 3, 4, 5, 6, 7, 8})


# Memoised both ways (pure, immutable results): a demand stays in its customer's state
# for days and is packed again at every write of the state (≈ 1.4 µs each), and
# unpacked at every read the worker's decoded-state cache misses.
@lru_cache(maxsize=16_384)
def _pack_sketch(sk: tuple[int, ...]) -> str:
    return base64.b64encode(struct.pack(f">{len(sk)}I", *sk)).decode()


@lru_cache(maxsize=16_384)
def _unpack_sketch(data: str) -> tuple[tuple[int, ...], str]:
    """The sketch, and its packed form as this code writes it (``data`` itself for
    anything it wrote)."""
    raw = base64.b64decode(data)
    sk: tuple[int, ...] = struct.unpack(f">{len(raw) // 4}I", raw)
    return sk, _pack_sketch(sk)


@lru_cache(maxsize=16_384)
def _pack_gist(g: Gist) -> str:
    """Size, marker and the 16-bit word hashes; "" for a message without content words."""
    if not g.words:
        return ""
    raw = struct.pack(f">BB{len(g.words)}H", g.size, int(g.restated), *g.words)
    return base64.b64encode(raw).decode()


@lru_cache(maxsize=16_384)
def _unpack_gist(data: str) -> Gist:
    if not data:
        return NO_GIST
    raw = base64.b64decode(data)
    size, restated, *words = struct.unpack(f">BB{(len(raw) - 2) // 2}H", raw)
    return Gist(tuple(words), size, bool(restated))


@dataclass(slots=True)
class Demand:
    """One inbound message body remembered for near-duplicate matching."""

    ts: int
    event_id: str
    sketch: tuple[int, ...]
    #: Highest repetition level already emitted for a group this message belongs to:
    #: a level is emitted when a group first reaches it, whatever the count jumped by.
    level: int = 0
    #: Near-duplicates it has met (earlier ones when it arrived, later ones since):
    #: 0 = a one-off, first to go when the count bound is reached.
    matches: int = 0
    #: Event id of the first message of its episode: the anchor of the indicator id.
    episode: str = ""
    #: Its content words and repetition marker, for the same demand reworded (none in a
    #: state stored before format 5: such a message matches by trigrams only).
    gist: Gist = NO_GIST
    #: The demand codes it carries at medium or above, as a bit set
    #: (:func:`~mamori.detect.engine.demand_codes`; 0 in a state stored before format 7).
    asks: int = 0
    #: ``sketch`` as stored (base64), kept once known: a demand stays in its customer's
    #: state for days and is written again with every write of that state.
    packed: str = field(default="", compare=False, repr=False)


@dataclass(slots=True)
class CustomerState:
    #: Newest event time seen for this customer (POSIX seconds): the lateness reference.
    watermark: int = 0
    #: Inbound contacts of the last 24 h: (ts, event_id), sorted by ts.
    contacts: list[tuple[int, str]] = field(default_factory=list)
    #: Recent demands for near-duplicate matching.
    demands: list[Demand] = field(default_factory=list)
    #: Off-hours inbound contacts: (ts, event_id, urgent).
    offhours: list[tuple[int, str, bool]] = field(default_factory=list)
    #: Local day (ordinal) of ``day_calls`` and the calls/visits of that day: (event_id, seconds).
    day: int = 0
    day_calls: list[tuple[str, int]] = field(default_factory=list)
    #: Decayed risk as of ``risk_ts`` (a cache of base + items) and the escalation
    #: stage (0 none … 3 review) as of ``risk_ts``.
    risk: float = 0.0
    risk_ts: int = 0
    stage: int = 0
    #: The indicators that feed the risk: (indicator_id, weight, event time), oldest
    #: first. An id in this list is never added again (redelivery adds nothing).
    risk_items: list[tuple[str, float, int]] = field(default_factory=list)
    #: Items dropped by the count bound or decayed to nothing, folded into one
    #: decaying value (as of ``risk_base_ts``)...
    risk_base: float = 0.0
    risk_base_ts: int = 0
    #: ...and the newest event time among them: an indicator of an event at or before
    #: it that is not in ``risk_items`` was counted already (or is too late to count).
    risk_cut: int = 0
    #: Time of the newest entry dropped by each list's *count* bound: a window reaching
    #: back past it would see a shortened history, so it does not fire (idempotence).
    contacts_cut: int = 0
    demands_cut: int = 0
    offhours_cut: int = 0
    #: Recent burst episodes: (first contact ts, last contact ts, first event id). A
    #: contact less than a flood window after an episode's last one continues it; the
    #: first contact never changes, so every level of a burst — and a redelivered
    #: event — gets the same anchor, whatever the contact bounds have dropped since.
    bursts: list[tuple[int, int, str]] = field(default_factory=list)
    #: The conversation of each chat/SNS message in ``contacts`` or ``offhours`` that
    #: belongs to one: (event_id, short hash of channel and thread id). A chat sends
    #: every line as an event; the windows count a conversation once.
    threads: list[tuple[str, str]] = field(default_factory=list)
    #: The chasing lines among ``contacts`` ("hello??", 「返事まだ？」): the flood window
    #: counts each as a contact of its own, not as a line of its conversation.
    chases: list[str] = field(default_factory=list)

    def to_bytes(self) -> bytes:
        # orjson's result keeps its output buffer's capacity (~4 KiB whatever the length);
        # the worker's table holds one value per customer, so copy it to its exact size:
        # 1 M customers take ~0.35 GiB instead of ~4 GiB (bench/bench_memory.py).
        return bytes(memoryview(self._dumps()))

    def _dumps(self) -> bytes:
        return orjson.dumps(
            [
                _FORMAT_VERSION,
                self.watermark,
                # Lists of tuples are written as they are (orjson writes a tuple as an
                # array): only the demands and the booleans need converting.
                self.contacts,
                [
                    (
                        d.ts,
                        d.event_id,
                        d.packed or _packed(d),
                        d.level,
                        d.matches,
                        d.episode,
                        _pack_gist(d.gist),
                        d.asks,
                    )
                    for d in self.demands
                ],
                [(ts, eid, 1 if urgent else 0) for ts, eid, urgent in self.offhours],
                self.day,
                self.day_calls,
                self.risk,
                self.risk_ts,
                self.stage,
                self.risk_items,
                self.risk_base,
                self.risk_base_ts,
                self.risk_cut,
                self.contacts_cut,
                self.demands_cut,
                self.offhours_cut,
                self.bursts,
                self.threads,
                self.chases,
            ]
        )

    @classmethod
    def from_bytes(cls, data: bytes) -> CustomerState:
        v: list[Any] = orjson.loads(data)
        if v[0] not in _READABLE_VERSIONS:
            raise ValueError(f"unknown customer state format {v[0]!r}")
        if v[0] < 3:
            return _from_format_2(v)
        return cls(
            watermark=v[1],
            contacts=[(ts, eid) for ts, eid in v[2]],
            demands=[_demand(d) for d in v[3]],
            offhours=[(ts, eid, bool(u)) for ts, eid, u in v[4]],
            day=v[5],
            day_calls=[(eid, secs) for eid, secs in v[6]],
            risk=v[7],
            risk_ts=v[8],
            stage=v[9],
            risk_items=[(iid, w, ts) for iid, w, ts in v[10]],
            risk_base=v[11],
            risk_base_ts=v[12],
            risk_cut=v[13],
            contacts_cut=v[14],
            demands_cut=v[15],
            offhours_cut=v[16],
            bursts=[(a, b, e) for a, b, e in v[17]] if v[0] >= 4 else [],
            threads=[(eid, key) for eid, key in v[18]] if v[0] >= 6 else [],
            chases=list(v[19]) if v[0] >= 8 else [],
        )

    def is_idle(self, risk_floor: float = 0.05) -> bool:
        """Nothing left worth keeping: the worker may delete this customer's key.

        As of the state's last update; :meth:`DetectionEngine.settle
        <mamori.detect.engine.DetectionEngine.settle>` brings a state that received
        no event for long up to a given time (decayed risk and stage, pruned windows).
        """
        return (
            not self.contacts
            and not self.demands
            and not self.offhours
            and not self.day_calls
            and not self.threads
            and not self.chases
            and self.risk < risk_floor
            and self.stage == 0
        )


def _packed(d: Demand) -> str:
    d.packed = _pack_sketch(d.sketch)
    return d.packed


def _demand(v: list[Any]) -> Demand:
    if len(v) == 3:  # format 1: no level, matches or episode yet
        ts, eid, sk = v
        sketch, packed = _unpack_sketch(sk)
        return Demand(ts, eid, sketch, episode=eid, packed=packed)
    if len(v) == 6:  # formats 2-4: no gist yet
        ts, eid, sk, level, matches, episode = v
        sketch, packed = _unpack_sketch(sk)
        return Demand(ts, eid, sketch, level, matches, episode, packed=packed)
    ts, eid, sk, level, matches, episode, gist, *rest = v  # formats 5-6: no asks yet
    sketch, packed = _unpack_sketch(sk)
    asks = rest[0] if rest else 0
    return Demand(ts, eid, sketch, level, matches, episode, _unpack_gist(gist), asks, packed=packed)


def _from_format_2(v: list[Any]) -> CustomerState:
    """Formats 1-2 kept the risk as one number and the last event ids: the number
    becomes the folded base, and events up to its time count as already applied."""
    return CustomerState(
        watermark=v[1],
        contacts=[(ts, eid) for ts, eid in v[2]],
        demands=[_demand(d) for d in v[3]],
        offhours=[(ts, eid, bool(u)) for ts, eid, u in v[4]],
        day=v[5],
        day_calls=[(eid, secs) for eid, secs in v[6]],
        risk=v[7],
        risk_ts=v[8],
        stage=v[9],
        risk_base=v[7],
        risk_base_ts=v[8],
        risk_cut=v[8],
        contacts_cut=v[12],
        demands_cut=v[13],
        offhours_cut=v[14],
    )

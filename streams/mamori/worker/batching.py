"""Batch delivery inside Faust: one Faust event per partition poll.

Faust pays about 200 µs of CPU per *message* before an agent sees it (a
``wait_first`` with four tasks per record in ``Consumer._drain_messages``, an
``Event``, sensor calls and ``sleep(0)`` in the stream iterator); no setting removes
it. For the topics named here, :class:`BatchingConsumer` hands the conductor one
:class:`RecordBatch` message per topic-partition and poll instead, carrying that
partition's records in offset order, so one Faust event costs what one record cost.

Guarantees kept:

* **Commit only after processing.** The batch message has the offset of the batch's
  *last* record and the offsets before it are registered as a gap (Faust's own
  mechanism for offset holes). Faust adds a gap to the acknowledged offsets only up
  to the highest acknowledged one, so nothing of the batch is committed before the
  agent has acknowledged the batch message, i.e. processed every record in it.
* **State on the right partition.** Every record of a batch comes from one partition,
  and topics are co-partitioned by customer, so the per-customer table writes of the
  batch go to the changelog partition of the batch's own partition.
* **Rebalance.** The batch message carries the consumer generation it was read in;
  Faust's stream skips messages of an older generation as it does for single ones.

Other topics (the sinks' topics, table changelogs during recovery) are delivered one
message per record, as Faust does.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from typing import Any

from faust.transport.drivers.aiokafka import Consumer as AIOKafkaConsumer
from faust.types import TP
from faust.types.tuples import ConsumerMessage


class RecordBatch(ConsumerMessage):
    """A Faust message standing for a run of records of one topic-partition."""

    __slots__ = ("records",)

    def __init__(self, tp: TP, records: Sequence[Any], generation_id: int | None) -> None:
        last = records[-1]
        timestamp = last.timestamp / 1000.0 if last.timestamp is not None else 0.0
        super().__init__(
            tp.topic,
            tp.partition,
            last.offset,
            timestamp,
            last.timestamp_type,
            None,
            None,
            b"",
            None,
            0,
            sum(len(r.value) for r in records if r.value is not None),
            tp,
            generation_id=generation_id,
        )
        #: aiokafka ``ConsumerRecord`` objects, in offset order.
        self.records: Sequence[Any] = records


def next_commit(acked: list[int], gaps: Any, committed: int | None) -> int | None:
    """The offset to commit for one partition (Faust's ``Consumer._new_offset``, fixed
    for batches), or ``None`` when nothing new is complete.

    ``acked`` are the acknowledged offsets (updated in place: what stays is what is not
    committed yet), ``gaps`` an ``IntervalTree`` of offsets that need no own
    acknowledgement (chopped in place), ``committed`` the last committed offset (the next
    to read). Gaps count only up to the highest acknowledged offset, and only that part of
    a gap is used. Faust's own version added whole gap intervals and kept duplicates (a
    gap reaching the acknowledged batch offset itself), which split the run of offsets
    and let each commit move over one batch only.
    """
    if not acked:
        return None
    top = max(acked)
    covered = set(acked)
    if gaps:
        for interval in gaps.overlap(0, top + 1):
            covered.update(range(interval.begin, min(interval.end, top + 1)))
        gaps.chop(0, top + 1)
    offsets = sorted(covered)
    # As Faust: one offset of slack at the head (its gaps start after ``committed``).
    if committed and offsets[0] - committed > 1:
        acked[:] = offsets
        return None
    end = offsets[0]
    for offset in offsets[1:]:
        if offset != end + 1:
            break
        end = offset
    acked[:] = [offset for offset in offsets if offset > end]
    return end + 1


def add_gap(gaps: Any, committed: int | None, start: int, end: int) -> None:
    """Register offsets ``start..end`` (inclusive) as needing no own acknowledgement
    (Faust's ``Consumer._add_gap`` without its ``merge_overlaps``). Faust merged the
    tree after every addition, rebuilding it (O(n log n) in Python) twice per batch;
    :func:`next_commit` reads overlapping intervals as they are, so the tree stays
    unmerged and the work per batch stays small however many batches wait."""
    if committed is not None:
        start = max(start, committed + 1)
    if start <= end:
        gaps.addi(start, end + 1)


class BatchingConsumer(AIOKafkaConsumer):
    """Faust's aiokafka consumer, delivering :attr:`batched_topics` as record batches."""

    batched_topics: frozenset[str] = frozenset()

    async def _add_gap(self, tp: TP, offset_from: int, offset_to: int) -> None:
        add_gap(self._gap[tp], self._committed_offset[tp], offset_from, offset_to)

    def _new_offset(self, tp: TP) -> int | None:
        acked = self._acked[tp]
        first = min(acked) if acked else 0
        offset = next_commit(acked, self._gap[tp], self._committed_offset[tp])
        if offset is not None:
            self._acked_index[tp].difference_update(range(first, offset))
        return offset

    async def getmany(self, timeout: float) -> AsyncIterator[tuple[TP, Any]]:
        # Same steps as Faust's ``Consumer.getmany`` (flow, generation and active
        # partition checks), grouping the batched topics' records per partition.
        records, active_partitions = await self._wait_next_records(timeout)
        generation_id = self.app.consumer_generation_id
        if records is None or self.should_stop:
            return
        if not self.flow_active:
            try:
                await self.perform_seek()
            except Exception as exc:  # noqa: BLE001 - as Faust does
                self.log.warning(f"exception performing seek when flow not active {exc}")
            return
        batched = self.batched_topics
        single: dict[TP, list[Any]] = {}
        for tp, tp_records in records.items():
            if not tp_records:
                continue
            if not self.flow_active or self.app.consumer_generation_id != generation_id:
                return
            if not (
                active_partitions is None
                or tp in active_partitions
                or tp in self._buffered_partitions
            ):
                continue
            self.app.monitor.track_tp_end_offset(tp, self.highwater(tp))
            if tp.topic not in batched:
                single[tp] = tp_records
                continue
            first, last = tp_records[0].offset, tp_records[-1].offset
            if last > first:
                # Offsets first..last-1 become acknowledged with the batch message
                # (offset ``last``), never before it (see the module docstring).
                await self._add_gap(tp, first, last - 1)
            yield tp, RecordBatch(tp, tp_records, generation_id)
        if single:
            to_message = self._to_message
            for tp, record in self.scheduler.iterate(single):
                if not self.flow_active or self.app.consumer_generation_id != generation_id:
                    return
                yield tp, to_message(tp, record)

"""Offset bookkeeping of batch delivery (worker.batching), on Faust's own gap structure.

A batch of records first..last is one Faust message at offset ``last``; the offsets
before it are registered as gaps, twice: by the batching consumer ([first, last)) and by
Faust's fetch loop ([previous read + 1, last], which includes the batch offset itself).
"""

from __future__ import annotations

from intervaltree import IntervalTree

from mamori.worker.batching import add_gap, next_commit


class Partition:
    """The acked/gap/committed state Faust keeps per partition, fed as Faust feeds it."""

    def __init__(self, committed: int | None = None) -> None:
        self.acked: list[int] = []
        self.gaps = IntervalTree()
        self.committed = committed
        self.read: int | None = None

    def add_gap(self, start: int, end: int) -> None:  # BatchingConsumer._add_gap
        add_gap(self.gaps, self.committed, start, end)

    def fetch(self, first: int, last: int) -> int:
        if last > first:
            self.add_gap(first, last - 1)  # the batching consumer
        if self.read is not None and last - self.read > 1 and self.read:
            self.add_gap(self.read + 1, last)  # Faust's fetch loop
        self.read = last
        return last

    def commit(self) -> int | None:
        offset = next_commit(self.acked, self.gaps, self.committed)
        if offset is not None:
            self.committed = offset
        return offset


def test_nothing_of_a_batch_is_committed_before_it_is_acknowledged() -> None:
    p = Partition()
    first = p.fetch(0, 99)
    second = p.fetch(100, 199)
    assert p.commit() is None
    p.acked.append(first)
    assert p.commit() == 100  # the first batch, not a record of the second
    assert p.commit() is None
    p.acked.append(second)
    assert p.commit() == 200


def test_several_batches_acknowledged_between_commits_commit_at_once() -> None:
    """Faust's own _new_offset moved over one batch per commit here (duplicates from
    the overlapping gaps split the run): under load the committed offset fell behind
    by minutes."""
    p = Partition(committed=1000)
    batches = [p.fetch(1000 + 50 * i, 1049 + 50 * i) for i in range(20)]
    p.acked.extend(batches)
    assert p.commit() == 2000
    assert p.acked == [] and not p.gaps


def test_a_batch_acknowledged_while_the_next_is_fetched_keeps_the_next_uncommitted() -> None:
    p = Partition(committed=0)
    done = p.fetch(0, 9)
    pending = p.fetch(10, 29)
    p.acked.append(done)
    assert p.commit() == 10
    p.fetch(30, 39)
    assert p.commit() is None
    p.acked.append(pending)
    assert p.commit() == 30


def test_single_record_batches_and_holes_of_compacted_topics() -> None:
    p = Partition(committed=5)
    p.acked.append(p.fetch(5, 5))
    p.acked.append(p.fetch(6, 6))
    assert p.commit() == 7
    p.acked.append(p.fetch(9, 12))  # 7, 8 compacted away: Faust's fetch loop gaps them
    assert p.commit() == 13


def test_gaps_of_many_waiting_batches_stay_cheap_and_are_cut_by_the_commit() -> None:
    """Small batches (a trickle of events) pile up while the agent works. The tree
    is not merged on each addition (Faust rebuilt it twice per batch, which put the
    worker seconds behind at 500 events/s); overlapping intervals still commit right
    and a commit leaves only the gaps of batches not yet acknowledged."""
    p = Partition(committed=0)
    batches = [p.fetch(3 * i, 3 * i + 2) for i in range(400)]
    assert len(p.gaps) > 400  # unmerged: both registrations of each batch are there
    p.acked.extend(batches[:300])
    assert p.commit() == 900
    assert all(interval.begin >= 900 for interval in p.gaps)
    p.acked.extend(batches[300:])
    assert p.commit() == 1200
    assert not p.gaps and p.acked == []

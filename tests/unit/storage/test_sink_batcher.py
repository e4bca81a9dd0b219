"""Batcher bounds with a pinned clock: size closes a batch at once, age makes it due."""

from __future__ import annotations

import pytest

from mamori.storage.batcher import Batcher


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_size_bound_hands_over_a_full_batch() -> None:
    b = Batcher(max_rows=3, max_seconds=10, clock=Clock())
    assert b.add((1,)) is None and b.add((2,)) is None
    assert b.add((3,)) == [(1,), (2,), (3,)]
    assert len(b) == 0 and not b.due() and b.seconds_until_due() is None


def test_age_bound_counts_from_the_oldest_row() -> None:
    clock = Clock()
    b = Batcher(max_rows=100, max_seconds=2.0, clock=clock)
    assert not b.due() and b.age() == 0.0
    b.add((1,))
    clock.now += 1.5
    b.add((2,))
    assert not b.due() and b.seconds_until_due() == pytest.approx(0.5)
    clock.now += 0.5
    assert b.due() and b.seconds_until_due() == 0.0
    assert b.take() == [(1,), (2,)]
    clock.now += 100
    assert not b.due()  # an empty batcher is never due, however long it waited
    b.add((3,))
    assert b.age() == 0.0 and not b.due()


def test_take_on_empty_and_bad_bounds() -> None:
    assert Batcher(1, 1.0).take() == []
    with pytest.raises(ValueError):
        Batcher(0, 1.0)
    with pytest.raises(ValueError):
        Batcher(1, 0)

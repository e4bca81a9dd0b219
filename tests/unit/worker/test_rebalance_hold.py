"""What a fetch may return while a rebalance is in progress (worker.rebalance_hold)."""

from __future__ import annotations

from faust.types import TP

from mamori.worker.rebalance_hold import fetchable

CHANGELOGS = {"app-customer-state-changelog"}
ACTIVE = {
    TP("contact-events", 0),
    TP("contact-events", 1),
    TP("app-customer-state-changelog", 0),
    TP("app-customer-state-changelog", 1),
}


def test_outside_a_rebalance_every_active_partition_is_fetched() -> None:
    assert fetchable(ACTIVE, CHANGELOGS, rebalancing=False) is ACTIVE


def test_during_a_rebalance_only_changelogs_are_fetched() -> None:
    assert fetchable(ACTIVE, CHANGELOGS, rebalancing=True) == {
        TP("app-customer-state-changelog", 0),
        TP("app-customer-state-changelog", 1),
    }


def test_a_held_fetch_does_not_change_the_active_set() -> None:
    # Faust pauses and resumes partitions by mutating this very set.
    before = set(ACTIVE)
    fetchable(ACTIVE, CHANGELOGS, rebalancing=True)
    assert before == ACTIVE

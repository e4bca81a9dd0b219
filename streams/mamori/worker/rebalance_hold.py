"""No stream records are fetched while a rebalance is in progress.

Faust loses records here otherwise (faust-streaming 0.15, every app, not only ours):
at the end of a rebalance the recovery service resumes the stream partitions, seeks
them to their committed offsets, and only then resumes flow control, which *clears*
every stream buffer. The fetcher keeps running in between (recovery resumed flow to
read the changelogs), so records fetched after the seek of their partition go into a
stream buffer that is cleared a moment later. The Kafka client has already moved past
them and they are never fetched again: the partition stops being processed, without
an error, until the next rebalance or restart (seen about 1 s after "Worker ready",
after a restart as after a scale-out).

While ``app.rebalancing`` is set, :class:`HoldStreamsDuringRebalance` asks the client
for the changelog partitions only (table recovery and standbys); the stream
partitions' records stay in the client's buffer, or are fetched again from the
committed offset after the seek, and are handed out once the rebalance has ended.
"""

from __future__ import annotations

from typing import Any

from faust.transport.consumer import Consumer
from faust.types import TP

#: How long a held fetch loop waits before it looks again (Faust sleeps 1 s when
#: there is nothing to fetch; that would delay the first records after recovery).
HOLD_POLL_SECONDS = 0.05


def fetchable(active: set[TP], changelog_topics: set[str], rebalancing: bool) -> set[TP]:
    """The partitions a fetch may return: all active ones, or during a rebalance only
    those of table changelogs."""
    if not rebalancing:
        return active
    return {tp for tp in active if tp.topic in changelog_topics}


class HoldStreamsDuringRebalance(Consumer):
    """Faust's ``Consumer._wait_next_records`` with :func:`fetchable` applied."""

    async def _wait_next_records(self, timeout: float) -> tuple[Any, set[TP] | None]:
        if not self.flow_active:
            # As Faust: Service.wait takes any awaitable-like event.
            await self.wait(self.can_resume_flow)  # type: ignore[arg-type]
        try:
            self.not_waiting_next_records.set()
            if self.app.client_only:
                return await self._getmany(active_partitions=None, timeout=timeout), None
            active = self._get_active_partitions()
            if self.app.rebalancing:
                # Faust builds the changelog topic set on each read: only when needed,
                # not on every poll of the steady state.
                active = fetchable(active, self.app.tables.changelog_topics, rebalancing=True)
            if active:
                return await self._getmany(active_partitions=active, timeout=timeout), active
            await self.sleep(HOLD_POLL_SECONDS if self.app.rebalancing else 1.0)
            return {}, active
        finally:
            self.not_waiting_next_records.set()

"""The worker returns the heap its engine build freed (mamori.worker.heap)."""

from __future__ import annotations

import platform

from mamori.worker.heap import release_freed_heap


def _rss_kib() -> int:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise AssertionError("no VmRSS")


def test_freed_heap_goes_back_to_the_system() -> None:
    # 200 MiB of small blocks, every 64th kept: the heap's top stays in use, so glibc
    # keeps the freed pages between them until they are trimmed (as after an engine build).
    junk = [bytes(1000) + bytes([i % 256]) for i in range(200_000)]
    kept = junk[::64]
    del junk
    held = _rss_kib()
    assert release_freed_heap() == (platform.libc_ver()[0] == "glibc")
    if platform.libc_ver()[0] == "glibc":
        assert _rss_kib() < held - 100 * 1024
    assert len(kept) == 3125

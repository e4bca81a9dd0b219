"""Reliability tests: every test here is a fault-injection or scale-out run on the
real broker, engine and ``mamori worker`` processes (markers added automatically)."""

from __future__ import annotations

from pathlib import Path

import pytest

_HERE = Path(__file__).parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if Path(str(item.fspath)).parent == _HERE and not item.get_closest_marker("reliability"):
            item.add_marker(pytest.mark.reliability)

"""One analyser and one detector for the detection tests: loading the lexicons costs
about a second, and both are deterministic (their caches never change a result)."""

from __future__ import annotations

import pytest

from mamori.detect.content import LexiconDetector
from mamori.detect.morph import Analyser


@pytest.fixture(scope="session")
def analyser() -> Analyser:
    return Analyser()


@pytest.fixture(scope="session")
def detector() -> LexiconDetector:
    return LexiconDetector.load()

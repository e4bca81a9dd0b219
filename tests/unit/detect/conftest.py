"""One analyser and one detector for the detection tests: loading the lexicons costs
about a second, and both are deterministic (their caches never change a result).

The detector is the rules alone: these tests pin the rules' mechanisms, the explainable
floor, and many assert that a look-alike gets no hit at all. The learned model OR-ed
with them at severity low is tested in test_learned.py and end to end by the floors of
the labelled streams and paraphrase sets (tests/unit/tools)."""

from __future__ import annotations

import pytest

from mamori.detect.content import LexiconDetector
from mamori.detect.morph import Analyser


@pytest.fixture(scope="session")
def analyser() -> Analyser:
    return Analyser()


@pytest.fixture(scope="session")
def detector() -> LexiconDetector:
    return LexiconDetector.load(learned=False)

"""Test wiring. Fixture plugins live in tests/fixtures/*.py (one per service) and are
loaded automatically, so adding a service adds a file, not an edit here."""

from __future__ import annotations

import sys
from pathlib import Path

_FIXTURES = Path(__file__).parent / "fixtures"
sys.path.insert(0, str(Path(__file__).parent))
pytest_plugins = sorted(
    f"fixtures.{p.stem}" for p in _FIXTURES.glob("*.py") if not p.name.startswith("_")
)

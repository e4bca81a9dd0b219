"""``mamori alerts check`` and the --since parser (no services needed)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from mamori.cli import main
from mamori.cli.alerts import parse_since


def test_check_accepts_the_shipped_rules() -> None:
    from importlib import resources

    path = Path(str(resources.files("mamori.alerts").joinpath("default_rules.toml")))
    result = CliRunner().invoke(main, ["alerts", "check", str(path)])
    assert result.exit_code == 0, result.output
    assert "11 rules OK" in result.output and "prolonged-contact-1h" in result.output


def test_check_names_the_problem(tmp_path: Path) -> None:
    bad = tmp_path / "alerts.toml"
    bad.write_text('[[rule]]\nid = "a"\non = "escalation"\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["alerts", "check", str(bad)])
    assert result.exit_code == 1
    assert '[[rule]] #1 (id = "a")' in result.output and "needs stages" in result.output


def test_since_accepts_durations_and_offset_times() -> None:
    now = datetime(2026, 7, 6, 12, 0, tzinfo=UTC)
    assert parse_since("90m", now) == now - timedelta(minutes=90)
    assert parse_since("7d", now) == now - timedelta(days=7)
    assert parse_since("2026-07-06T09:00+09:00", now) == datetime(2026, 7, 6, 0, 0, tzinfo=UTC)
    with pytest.raises(click.BadParameter, match="offset"):
        parse_since("2026-07-06T09:00", now)
    with pytest.raises(click.BadParameter):
        parse_since("yesterday", now)

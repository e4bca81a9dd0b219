"""``mamori worker --role``: which parts a process runs, and the combination refused."""

from __future__ import annotations

import click
import pytest
from click.testing import CliRunner

from mamori.cli.worker import ALL_PARTS, worker_command, worker_parts
from mamori.worker.app import create_app


def test_all_is_detect_sinks_and_alerts() -> None:
    assert worker_parts(("all",)) == ALL_PARTS == {"detect", "sinks", "alerts"}
    assert worker_parts(("detect", "sinks")) == {"detect", "sinks"}
    assert worker_parts(("sinks",)) == {"sinks"}
    assert worker_parts(("detect", "detect")) == {"detect"}


def test_sinks_with_alerts_but_without_detect_is_refused() -> None:
    # The alerts' state changelog is named after the group: beside the sinks alone it
    # would be a new, empty one (<app_id>-sinks) instead of the alerts' own.
    with pytest.raises(click.UsageError, match="sinks --role alerts"):
        worker_parts(("sinks", "alerts"))


def test_the_command_refuses_an_unknown_role_before_starting_anything() -> None:
    result = CliRunner().invoke(worker_command, ["--role", "everything"])
    assert result.exit_code == 2
    assert "everything" in result.output


def test_create_app_refuses_parts_it_does_not_run() -> None:
    with pytest.raises(ValueError, match="subset of detect, sinks"):
        create_app(parts=frozenset({"alerts"}))
    with pytest.raises(ValueError, match="subset of detect, sinks"):
        create_app(parts=frozenset())

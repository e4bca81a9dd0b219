"""``mamori summary``: indicators per category and channel, dead letters, stages."""

from __future__ import annotations

import click

from mamori.reporting.summary import print_summary
from mamori.settings import get_settings


@click.command("summary")
def summary_command() -> None:
    """Print indicators per category and channel, dead letters and stages."""
    print_summary(get_settings())

"""``mamori health``: exit 1 unless the worker is alive, keeping up and storing."""

from __future__ import annotations

import sys
import time

import click

from mamori.settings import get_settings


@click.command("health")
@click.option(
    "--max-age", default=60.0, show_default=True, help="Seconds the health file may be old."
)
@click.option(
    "--max-insert-age",
    default=300.0,
    show_default=True,
    help="Seconds since the last stored batch while records wait.",
)
@click.option("--max-lag", default=1_000_000, show_default=True, help="Records allowed to wait.")
def health_command(max_age: float, max_insert_age: float, max_lag: int) -> None:
    """Check the worker's health file (the compose health check runs this)."""
    from mamori.worker.health import health_problems

    path = get_settings().health_path()
    problems = health_problems(
        path, now=time.time(), max_age_s=max_age, max_insert_age_s=max_insert_age, max_lag=max_lag
    )
    for p in problems:
        click.echo(f"unhealthy: {p}", err=True)
    if problems:
        sys.exit(1)
    click.echo("healthy")

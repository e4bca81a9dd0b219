"""``mamori services start|stop|status``: the local stack as plain processes."""

from __future__ import annotations

from typing import Any

import click

from mamori.settings import get_settings

NAMES = ("kafka", "clickhouse", "superset")


def _services(names: tuple[str, ...]) -> list[tuple[str, Any]]:
    from mamori.devstack.stack import LocalStack, load_local_secrets

    load_local_secrets()
    stack = LocalStack(get_settings())
    chosen = names or NAMES
    found = []
    for name in NAMES:
        if name not in chosen:
            continue
        try:
            found.append((name, getattr(stack, name)()))
        except ImportError as exc:  # an optional part that is not installed
            click.echo(f"{name}: not available ({exc})", err=True)
    return found


@click.group("services")
def services_group() -> None:
    """Start, stop and inspect the local Kafka, ClickHouse and Superset processes."""


@services_group.command("start")
@click.argument("names", nargs=-1, type=click.Choice(NAMES))
def start(names: tuple[str, ...]) -> None:
    """Start services (default: all) and wait until each is healthy."""
    for name, svc in _services(names):
        click.echo(f"starting {name} …")
        svc.start()
        click.echo(f"  {name}: healthy")
    if not names or "clickhouse" in names:
        from mamori.storage.migrations import migrate_local

        migrate_local(get_settings())


@services_group.command("stop")
@click.argument("names", nargs=-1, type=click.Choice(NAMES))
def stop(names: tuple[str, ...]) -> None:
    """Stop services (default: all, and the demo's worker)."""
    if not names:
        from mamori.devstack.stack import LocalStack
        from mamori.tools.demo import worker_process

        worker_process(LocalStack(get_settings()).root / "worker").stop()
        click.echo("worker: stopped")
    for name, svc in reversed(_services(names)):
        svc.stop()
        click.echo(f"{name}: stopped")


@services_group.command("status")
def status() -> None:
    """Show which services run and answer."""
    for name, svc in _services(()):
        state = "healthy" if svc.healthy() else ("running" if svc.running() else "stopped")
        click.echo(f"{name:12} {state}")

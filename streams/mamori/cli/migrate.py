"""``mamori migrate``: apply or roll back the numbered SQL migrations."""

from __future__ import annotations

import click

from mamori.settings import get_settings
from mamori.storage.migrations import apply_migrations, create_users, rollback


@click.command("migrate")
@click.option("--database", default=None, help="Target database (default: settings).")
@click.option("--down", "down", type=int, default=0, help="Roll back the newest N migrations.")
@click.option(
    "--create-users",
    "create_users_flag",
    is_flag=True,
    help="Also create one user per role with its grants (SQL access control).",
)
def migrate_command(database: str | None, down: int, create_users_flag: bool) -> None:
    """Apply pending ClickHouse migrations (or roll back with --down N)."""
    from mamori.storage.client import client

    settings = get_settings()
    db = database or settings.clickhouse.database
    ch = client(settings.clickhouse, role="admin")
    if down:
        for name in rollback(ch, db, down):
            click.echo(f"rolled back {name}")
        return
    for name in apply_migrations(ch, db):
        click.echo(f"applied {name}")
    if create_users_flag:
        create_users(ch, settings)
        click.echo("users ensured")
    click.echo(f"{db}: up to date")

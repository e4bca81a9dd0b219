"""``mamori dashboards import|export|retention``: the Superset bundle as code."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from mamori.dashboards.bundle import (
    BundleError,
    import_bundle,
    load_files,
    normalise_export,
    retention_statements,
    write_files,
)
from mamori.dashboards.superset_client import ADMIN_USER, SupersetClient
from mamori.resources import DASHBOARDS_DIR

if TYPE_CHECKING:
    pass


# -- CLI ------------------------------------------------------------------------------
@click.group("dashboards")
def dashboards_group() -> None:
    """Superset dashboards kept as code in dashboards/."""


def _resolve_password(password: str | None) -> str:
    if password:
        return password
    from mamori.devstack.stack import load_local_secrets

    load_local_secrets()
    import os

    return os.environ.get("MAMORI_SUPERSET_ADMIN_PASSWORD", "")


def _password_option(f: Any) -> Any:
    return click.option(
        "--password",
        envvar="MAMORI_SUPERSET_ADMIN_PASSWORD",
        default=None,
        help="Admin password (default: MAMORI_SUPERSET_ADMIN_PASSWORD / .local/secrets.env).",
    )(f)


@dashboards_group.command("import")
@click.option("--url", default="http://127.0.0.1:8088", show_default=True)
@click.option("--user", default=ADMIN_USER, show_default=True)
@_password_option
@click.option(
    "--bundle",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=DASHBOARDS_DIR,
    show_default=True,
)
def import_command(url: str, user: str, password: str | None, bundle: Path) -> None:
    """Import (overwrite) the bundle into a running Superset; idempotent."""
    try:
        result = import_bundle(
            url=url, user=user, password=_resolve_password(password), root=bundle
        )
    except BundleError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(
        f"imported {bundle}: {result.dashboards} dashboards, {result.charts} charts, "
        f"{result.datasets} datasets (removed {result.deleted_charts} stale charts, "
        f"{result.deleted_datasets} stale datasets)"
    )


@dashboards_group.command("export")
@click.option("--url", default="http://127.0.0.1:8088", show_default=True)
@click.option("--user", default=ADMIN_USER, show_default=True)
@_password_option
@click.option(
    "--bundle",
    type=click.Path(file_okay=False, path_type=Path),
    default=DASHBOARDS_DIR,
    show_default=True,
)
def export_command(url: str, user: str, password: str | None, bundle: Path) -> None:
    """Write the live Mamori dashboards back into the normalised YAML bundle."""
    client = SupersetClient(url, user, _resolve_password(password))
    try:
        current = load_files(bundle)
    except BundleError as exc:
        raise click.ClickException(str(exc)) from exc
    files = normalise_export(client.export_assets(), current)
    write_files(files, bundle)
    click.echo(f"wrote {len(files)} files to {bundle}")


@dashboards_group.command("retention")
@click.option("--raw-days", type=int, default=1825, show_default=True)
@click.option("--aggregate-days", type=int, default=3650, show_default=True)
@click.option("--database", default=None, help="Target database (default: settings).")
@click.option("--dry-run", is_flag=True, help="Print the statements only.")
def retention_command(
    raw_days: int, aggregate_days: int, database: str | None, dry_run: bool
) -> None:
    """Change how long raw indicator rows and the rollups are kept (ClickHouse TTL)."""
    from mamori.settings import get_settings

    settings = get_settings()
    db = database or settings.clickhouse.database
    stmts = retention_statements(db, raw_days, aggregate_days)
    if dry_run:
        click.echo(";\n".join(stmts) + ";")
        return
    from mamori.storage.client import client

    ch = client(settings.clickhouse, role="admin")
    for stmt in stmts:
        ch.command(stmt)
    click.echo(f"{db}: raw rows {raw_days} days, aggregates {aggregate_days} days")


@dashboards_group.command("teams")
@click.argument("directory", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--database", default=None, help="Target database (default: settings).")
def teams_command(directory: Path, database: str | None) -> None:
    """Load the staff directory (CSV agent_key,team or agent_id,team) that the team
    filter of the dashboards uses; replaces the previous one."""
    from mamori.dashboards.bundle import load_teams
    from mamori.reporting.export.queries import read_teams
    from mamori.settings import get_settings
    from mamori.storage.client import client

    settings = get_settings()
    try:
        teams = read_teams(directory, settings.pseudonym_secret)
    except (ValueError, RuntimeError) as exc:
        raise click.ClickException(str(exc)) from exc
    db = database or settings.clickhouse.database
    n = load_teams(client(settings.clickhouse, role="admin"), db, teams)
    click.echo(f"{db}: {n} staff members in {len(set(teams.values()))} teams")

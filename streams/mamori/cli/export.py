"""``mamori export``: the quarterly compliance export."""

from __future__ import annotations

from pathlib import Path

import click

from mamori.reporting.export.model import Quarter
from mamori.reporting.export.queries import fetch_report, read_teams
from mamori.reporting.export.render import write_export
from mamori.settings import get_settings


@click.command("export")
@click.option("--quarter", "quarter_text", required=True, help="e.g. 2026Q3 (Asia/Tokyo calendar)")
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("export"),
    show_default=True,
)
@click.option(
    "--teams",
    "teams_file",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    default=None,
    help="Staff directory CSV (agent_key,team or agent_id,team); without it team = agent_key.",
)
@click.option(
    "--verify/--no-verify",
    default=False,
    help="Also verify the evidence chain and record the result in the export.",
)
def export_command(quarter_text: str, out_dir: Path, teams_file: Path | None, verify: bool) -> None:
    """Write the quarterly compliance export (CSV, XLSX, HTML, JSON)."""
    settings = get_settings()
    try:
        quarter = Quarter.parse(quarter_text)
        teams = read_teams(teams_file, settings.pseudonym_secret) if teams_file else None
    except (ValueError, RuntimeError) as exc:
        raise click.BadParameter(str(exc)) from exc
    from mamori.storage.client import client

    report = fetch_report(
        client(settings.clickhouse, role="reader"),
        settings.clickhouse.database,
        quarter,
        teams,
        with_verify=verify,
        links_client=client(settings.clickhouse, role="reader") if verify else None,
    )
    for path in write_export(report, out_dir):
        click.echo(str(path))
    if report.chain and report.chain.get("verified") is False:
        raise click.ClickException("evidence chain verification failed; see the export manifest")

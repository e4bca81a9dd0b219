"""``mamori verify``: seal new indicators into the evidence chain, or check it."""

from __future__ import annotations

import json
import sys

import click

from mamori.integrity.store import SealResult, seal, verify
from mamori.settings import get_settings


@click.command("verify")
@click.option(
    "--seal/--no-seal",
    "do_seal",
    default=False,
    help="First append links for rows not yet sealed (writer role), then verify.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--max-problems", default=20, show_default=True, help="Problems to list.")
def verify_command(do_seal: bool, as_json: bool, max_problems: int) -> None:
    """Verify the evidence hash chain; exit code 1 if a sealed indicator was altered."""
    from clickhouse_connect.driver.exceptions import DatabaseError

    from mamori.storage.client import client

    settings = get_settings()
    database = settings.clickhouse.database
    sealed: SealResult | None = None
    try:
        if do_seal:
            sealed = seal(
                client(settings.clickhouse, role="writer"),
                database,
                source=client(settings.clickhouse, role="writer"),
            )
        report = verify(
            client(settings.clickhouse, role="reader"),
            database,
            links_client=client(settings.clickhouse, role="reader"),
        )
    except DatabaseError as exc:
        if "UNKNOWN_TABLE" in str(exc) or "UNKNOWN_DATABASE" in str(exc):
            raise click.ClickException(
                f"{database}.evidence_chain is missing: run `mamori migrate` first"
            ) from exc
        raise
    if as_json:
        out = report.to_dict()
        out["problems"] = out["problems"][:max_problems]
        out["problem_count"] = len(report.problems)
        out["sealed_now"] = sealed.appended if sealed else 0
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        if sealed is not None:
            click.echo(f"sealed {sealed.appended} new row(s)")
        click.echo(
            f"links {report.links}  rows {report.rows}  superseded {report.superseded}"
            f"  unsealed {report.unsealed}"
        )
        click.echo(f"head  seq {report.head_seq}  {report.head_hash}")
        first = report.first_problem
        if first is None:
            click.echo("OK: every sealed indicator row is intact")
        else:
            click.echo(
                f"BROKEN at seq {first.seq} ({first.kind}, indicator {first.indicator_id}): "
                f"{first.detail}",
                err=True,
            )
            for p in report.problems[1:max_problems]:
                click.echo(f"  also seq {p.seq} {p.kind} {p.indicator_id}: {p.detail}", err=True)
            if len(report.problems) > max_problems:
                click.echo(f"  … {len(report.problems) - max_problems} more", err=True)
    if not report.ok:
        sys.exit(1)

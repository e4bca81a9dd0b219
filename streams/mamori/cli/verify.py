"""``mamori verify``: seal new indicators into the evidence chain, or check it."""

from __future__ import annotations

import json
import sys

import click

from mamori.integrity.chain import Problem
from mamori.integrity.store import SealResult, seal, verify
from mamori.settings import get_settings


def _contents(problem: Problem) -> None:
    # A new version of a sealed indicator is shown with both contents, for a human to judge.
    if problem.sealed is not None:
        click.echo(f"    sealed:  {problem.sealed}", err=True)
    if problem.current is not None:
        click.echo(f"    current: {problem.current}", err=True)


@click.command("verify")
@click.option(
    "--seal/--no-seal",
    "do_seal",
    default=False,
    help="First append links for rows not yet sealed (sealer role), then verify.",
)
@click.option(
    "--expect-head",
    default=None,
    metavar="[SEQ:]HASH",
    help="A chain head kept outside the database (an export manifest's evidence_chain, "
    "an earlier `mamori verify`): fail unless the chain still contains it.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--max-problems", default=20, show_default=True, help="Problems to list.")
def verify_command(
    do_seal: bool, expect_head: str | None, as_json: bool, max_problems: int
) -> None:
    """Verify the evidence hash chain; exit code 1 if a sealed indicator was altered."""
    from clickhouse_connect.driver.exceptions import DatabaseError

    from mamori.integrity.chain import parse_anchor
    from mamori.storage.client import client

    if expect_head is not None:
        try:
            parse_anchor(expect_head)
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--expect-head") from exc
    settings = get_settings()
    database = settings.clickhouse.database
    sealed: SealResult | None = None
    try:
        if do_seal:
            sealed = seal(
                client(settings.clickhouse, role="sealer"),
                database,
                source=client(settings.clickhouse, role="sealer"),
            )
        report = verify(
            client(settings.clickhouse, role="reader"),
            database,
            links_client=client(settings.clickhouse, role="reader"),
            expect_head=expect_head,
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
            f"  unsealed {report.unsealed}  uncopied {report.uncopied}"
        )
        click.echo(f"head  seq {report.head_seq}  {report.head_hash}")
        first = report.first_problem
        if first is None:
            anchored = f", contains the expected head {expect_head}" if expect_head else ""
            click.echo(f"OK: every sealed indicator row is intact{anchored}")
        else:
            click.echo(
                f"BROKEN at seq {first.seq} ({first.kind}, indicator {first.indicator_id}): "
                f"{first.detail}",
                err=True,
            )
            _contents(first)
            for p in report.problems[1:max_problems]:
                click.echo(f"  also seq {p.seq} {p.kind} {p.indicator_id}: {p.detail}", err=True)
                _contents(p)
            if len(report.problems) > max_problems:
                click.echo(f"  … {len(report.problems) - max_problems} more", err=True)
    if not report.ok:
        sys.exit(1)

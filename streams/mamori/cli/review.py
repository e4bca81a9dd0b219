"""``mamori review`` and ``mamori decide``: the per-customer review pack and recorded decisions."""

from __future__ import annotations

from pathlib import Path

import click

from mamori.reporting.decisions import (
    ACTIONS,
    UnknownReference,
    build_decision,
    check_references,
    insert_decision,
)
from mamori.reporting.review.queries import fetch_pack
from mamori.reporting.review.render import write_pack
from mamori.settings import get_settings


@click.command("review")
@click.argument("customer_key")
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("review"),
    show_default=True,
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["html", "json", "both"]),
    default="both",
    show_default=True,
)
def review_command(customer_key: str, out_dir: Path, fmt: str) -> None:
    """Write the review pack (printable HTML and/or JSON) for one customer key."""
    from mamori.storage.client import client

    settings = get_settings()
    pack = fetch_pack(
        client(settings.clickhouse, role="reader"), settings.clickhouse.database, customer_key
    )
    if not pack.contacts and not pack.escalations and not pack.decisions:
        click.echo(f"note: nothing recorded for customer key {customer_key!r}", err=True)
    for path in write_pack(pack, out_dir, fmt):
        click.echo(str(path))


@click.command("decide")
@click.argument("customer_key")
@click.option("--action", required=True, type=click.Choice(ACTIONS))
@click.option("--by", "decided_by", required=True, help="Who decided (name or role).")
@click.option("--note", required=True, help="Why; what was answered or decided.")
@click.option("--escalation-id", default=None, help="The escalation this decision answers.")
def decide_command(
    customer_key: str, action: str, decided_by: str, note: str, escalation_id: str | None
) -> None:
    """Record a human decision about a customer (append-only)."""
    try:
        decision = build_decision(customer_key, action, decided_by, note, escalation_id)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc
    from mamori.storage.client import client

    settings = get_settings()
    database = settings.clickhouse.database
    # The reviewer role: INSERT into decisions, and read only the keys it checks.
    ch = client(settings.clickhouse, role="reviewer")
    try:
        check_references(ch, database, decision)
    except UnknownReference as exc:
        raise click.ClickException(str(exc)) from exc
    insert_decision(ch, database, decision)
    click.echo(decision.decision_id)

"""``mamori pseudonymise-staff``: a staff directory keyed by pseudonym, for analysts."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from mamori.settings import get_settings


@click.command("pseudonymise-staff")
@click.argument("staff_csv", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--out",
    "out_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write here (default: standard output).",
)
def pseudonymise_staff_command(staff_csv: Path, out_path: Path | None) -> None:
    """Replace agent_id by agent_key (the worker's keyed pseudonym) and drop names,
    e-mail and phone columns. Needs MAMORI_PSEUDONYM_KEY: run it where the worker runs."""
    from mamori.domain.pseudonym import Pseudonymizer
    from mamori.reporting.staff import pseudonymise_staff

    try:
        pseudo = Pseudonymizer(get_settings().pseudonym_secret())
    except RuntimeError as exc:
        raise click.ClickException(str(exc)) from exc
    with staff_csv.open(encoding="utf-8-sig", newline="") as source:
        try:
            if out_path is None:
                count = pseudonymise_staff(source, sys.stdout, pseudo)
            else:
                with out_path.open("w", encoding="utf-8", newline="") as out:
                    count = pseudonymise_staff(source, out, pseudo)
        except ValueError as exc:
            raise click.ClickException(f"{staff_csv}: {exc}") from exc
    click.echo(f"{count} staff pseudonymised", err=True)

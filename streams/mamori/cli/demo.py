"""``mamori demo``: the main job on the local stack."""

from __future__ import annotations

from pathlib import Path

import click


@click.command("demo")
@click.option(
    "--events",
    "events_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="JSONL of ContactEvents (default: the shared sample, else a synthetic one).",
)
@click.option("--no-superset", is_flag=True, help="Skip Superset and the dashboards.")
@click.option("--timeout", default=600.0, show_default=True, help="Seconds to wait for indicators.")
def demo_command(events_file: Path | None, no_superset: bool, timeout: float) -> None:
    """Run the whole pipeline locally on a sample stream and print a summary."""
    from mamori.tools.demo import run_demo

    run_demo(events_file, superset=not no_superset, timeout=timeout, echo=click.echo)

"""The ``mamori`` command: a lazy group. Each subcommand is a thin module of this
package, imported only when invoked, so ``mamori replay`` never loads Faust or Kafka."""

from __future__ import annotations

import importlib
from typing import Final

import click

#: name → "module:attribute" of a click command.
COMMANDS: Final[dict[str, str]] = {
    "demo": "mamori.cli.demo:demo_command",
    "worker": "mamori.cli.worker:worker_command",
    "publish": "mamori.cli.publish:publish_command",
    "topics": "mamori.cli.publish:topics_command",
    "replay": "mamori.cli.replay:replay_command",
    "evaluate": "mamori.cli.evaluate:evaluate_command",
    "migrate": "mamori.cli.migrate:migrate_command",
    "services": "mamori.cli.services:services_group",
    "summary": "mamori.cli.summary:summary_command",
    "dashboards": "mamori.cli.dashboards:dashboards_group",
    "review": "mamori.cli.review:review_command",
    "decide": "mamori.cli.review:decide_command",
    "verify": "mamori.cli.verify:verify_command",
    "export": "mamori.cli.export:export_command",
    "ingest": "mamori.cli.ingest:ingest_group",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module_name, attr = target.split(":")
        try:
            command = getattr(importlib.import_module(module_name), attr)
        except ModuleNotFoundError as exc:
            if exc.name != module_name:
                raise
            return _unavailable(cmd_name, str(exc))
        if not isinstance(command, click.Command):
            raise TypeError(f"{target} is not a click command")
        return command


def _unavailable(name: str, reason: str) -> click.Command:
    def fail() -> None:
        raise click.ClickException(
            f"`mamori {name}` is not available in this installation ({reason})"
        )

    return click.Command(name, callback=fail, help="(not available in this installation)")


@click.group(cls=LazyGroup)
@click.version_option(package_name="mamori")
def main() -> None:
    """Mamori (守り): customer-harassment indicators from contact streams."""

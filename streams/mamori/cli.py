"""The ``mamori`` command. Subcommands live next to the code they drive and are
imported only when invoked, so ``mamori replay`` never loads Faust or Kafka."""

from __future__ import annotations

import importlib
from typing import Final

import click

#: name → "module:attribute" of a click command.
COMMANDS: Final[dict[str, str]] = {
    "demo": "mamori.demo:demo_command",
    "worker": "mamori.app:worker_command",
    "publish": "mamori.publish:publish_command",
    "topics": "mamori.publish:topics_command",
    "replay": "mamori.replay:replay_command",
    "evaluate": "mamori.evaluate:evaluate_command",
    "migrate": "mamori.migrate:migrate_command",
    "services": "mamori.localsvc.cli:services_group",
    "summary": "mamori.summary:summary_command",
    "dashboards": "mamori.dashboards:dashboards_group",
    "review": "mamori.review:review_command",
    "decide": "mamori.review:decide_command",
    "verify": "mamori.evidence_chain:verify_command",
    "export": "mamori.export:export_command",
    "alerts": "mamori.alerts.commands:alerts_group",
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

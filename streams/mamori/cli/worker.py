"""``mamori worker``: run the Faust worker until stopped.

The command composes the processes: detection and the ClickHouse sinks
(:mod:`mamori.worker`) and the supervisor alerts (:mod:`mamori.alerts`), in one
process (``--role all``) or one part per process (``--role detect`` / ``--role
alerts``; the alerts then run in their own consumer group ``<app_id>-alerts``, so an
alert never waits behind a backlog of contact events — docs/alerts.md).
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

import click
import faust

from mamori.settings import Settings, get_settings
from mamori.worker.app import create_app, faust_app, log

if TYPE_CHECKING:
    from mamori.alerts.agents import AlertParts


@click.command("worker")
@click.option("--loglevel", default="info", show_default=True)
@click.option(
    "--role",
    type=click.Choice(["all", "detect", "alerts"]),
    default="all",
    show_default=True,
    help="all = detection, sinks and alerts in one process; detect / alerts = one part each "
    "(alerts then run in their own consumer group).",
)
def worker_command(loglevel: str, role: str) -> None:
    """Run the Faust worker (detection + ClickHouse sinks + alerts) until stopped."""
    from mamori.alerts.agents import install_alert_agents
    from mamori.messaging.topics import ensure_topics
    from mamori.storage.client import preload_optional_libraries

    settings = get_settings()
    # Alert rules, destinations and their reachability are checked before anything
    # starts: a bad rules file or a dead receiver is an error now, not a silent worker.
    alerts = alert_parts(settings) if role != "detect" else None
    if role == "alerts" and alerts is None:
        raise click.ClickException("--role alerts with MAMORI_ALERTS__ENABLED=false")
    ensure_topics(settings.kafka)
    preload_optional_libraries()
    if role == "alerts":
        app = faust_app(settings, f"{settings.app_id}-alerts")
    else:
        app = create_app(settings)
    if alerts is not None:
        install_alert_agents(app, settings, alerts)
    started = time.monotonic()
    log.info("worker %s (%s) starting", settings.app_id, role)
    worker = faust.Worker(app, loglevel=loglevel.upper(), quiet=True)
    # Faust's terminal spinner lowers the root logger to DEBUG so that it can spin on
    # every record: aiokafka and Faust then build a LogRecord per message sent
    # (~10 % of the worker's CPU in py-spy). A service has no terminal to spin on.
    worker.spinner = None
    try:
        worker.execute_from_commandline()
    finally:
        log.info("worker stopped after %.0fs", time.monotonic() - started)


def alert_parts(settings: Settings) -> AlertParts | None:
    """The alert agents' rules, destinations and teams, checked (None if disabled)."""
    if not settings.alerts.enabled:
        return None
    from mamori.alerts.agents import AlertParts
    from mamori.alerts.config import AlertsConfigError

    try:
        parts = AlertParts(settings, staff_teams(settings))
        if settings.alerts.check_at_start:
            parts.preflight()
    except AlertsConfigError as exc:
        raise click.ClickException(str(exc)) from exc
    log.info(
        "alerts: %d rules, destinations %s",
        len(parts.evaluator.rules.active),
        sorted(parts.deliverer.destinations) or "none (alerts recorded as undelivered)",
    )
    return parts


def staff_teams(settings: Settings) -> dict[str, str] | None:
    """The staff directory (``MAMORI_ALERTS__STAFF_DIRECTORY``) as agent_key → team:
    the same CSV the quarterly export reads."""
    path = settings.alerts.staff_directory
    if path is None:
        return None
    from mamori.reporting.export.queries import read_teams

    try:
        return read_teams(path, settings.pseudonym_secret)
    except (OSError, ValueError) as exc:
        raise click.ClickException(f"staff directory {path}: {exc}") from exc

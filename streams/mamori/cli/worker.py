"""``mamori worker``: run the Faust worker until stopped.

The command composes the processes from three parts: detection, the ClickHouse
sinks (:mod:`mamori.worker`) and the supervisor alerts (:mod:`mamori.alerts`). One
process runs them all (``--role all``, the default), or each part runs where
``--role`` says (repeatable): ``--role detect --role sinks`` + ``--role alerts``, or
``--role detect`` + ``--role sinks`` + ``--role alerts``. Alerts alone run in the
consumer group ``<app_id>-alerts`` and sinks alone in ``<app_id>-sinks``, so neither
waits behind a backlog of contact events (docs/alerts.md, docs/scaling.md).
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Final

import click
import faust

from mamori.settings import Settings, get_settings
from mamori.worker.app import DETECT, SINKS, create_app, faust_app, log

if TYPE_CHECKING:
    from mamori.alerts.agents import AlertParts


ALERTS: Final = "alerts"
ALL_PARTS: Final = frozenset({DETECT, SINKS, ALERTS})


@click.command("worker")
@click.option("--loglevel", default="info", show_default=True)
@click.option(
    "--role",
    "roles",
    type=click.Choice(["all", DETECT, SINKS, ALERTS]),
    multiple=True,
    default=["all"],
    show_default=True,
    help="The parts this process runs, repeatable: all = detect + sinks + alerts. Sinks "
    "or alerts without detect run in consumer groups of their own.",
)
def worker_command(loglevel: str, roles: tuple[str, ...]) -> None:
    """Run the Faust worker (detection + ClickHouse sinks + alerts) until stopped."""
    from mamori.alerts.agents import install_alert_agents
    from mamori.messaging.topics import ensure_topics
    from mamori.storage.client import preload_optional_libraries

    parts = worker_parts(roles)
    settings = get_settings()
    # Alert rules, destinations and their reachability are checked before anything
    # starts: a bad rules file or a dead receiver is an error now, not a silent worker.
    # With alerts switched off, "all" means detection and sinks.
    alerts = alert_parts(settings) if ALERTS in parts else None
    if parts == {ALERTS} and alerts is None:
        raise click.ClickException("--role alerts with MAMORI_ALERTS__ENABLED=false")
    ensure_topics(settings.kafka)
    preload_optional_libraries()
    if parts == {ALERTS}:
        app = faust_app(settings, f"{settings.app_id}-alerts")
    else:
        app = create_app(settings, parts - {ALERTS})
    if alerts is not None:
        install_alert_agents(app, settings, alerts)
    started = time.monotonic()
    label = "all" if parts == ALL_PARTS else "+".join(sorted(parts))
    log.info("worker %s (%s) starting", settings.app_id, label)
    worker = faust.Worker(app, loglevel=loglevel.upper(), quiet=True)
    # Faust's terminal spinner lowers the root logger to DEBUG so that it can spin on
    # every record: aiokafka and Faust then build a LogRecord per message sent
    # (~10 % of the worker's CPU in py-spy). A service has no terminal to spin on.
    worker.spinner = None
    try:
        worker.execute_from_commandline()
    finally:
        log.info("worker stopped after %.0fs", time.monotonic() - started)


def worker_parts(roles: tuple[str, ...]) -> frozenset[str]:
    """The parts ``--role`` asks for. The alert agents keep per-customer state in a
    changelog named after their group, so they run either with detection (group
    ``app_id``) or alone (``<app_id>-alerts``), never beside the sinks alone."""
    parts = frozenset(p for r in roles for p in (ALL_PARTS if r == "all" else {r}))
    if ALERTS in parts and DETECT not in parts and SINKS in parts:
        raise click.UsageError(
            "--role sinks --role alerts: run the alerts with detect, or in a process of their own"
        )
    return parts


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

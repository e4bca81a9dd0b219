"""``mamori alerts``: check a rules file, send a signed test alert, list what was sent.

Only wiring: the logic is in :mod:`mamori.alerts`."""

from __future__ import annotations

import asyncio
import re
import secrets
from datetime import UTC, datetime, timedelta
from pathlib import Path

import click

_DURATION = re.compile(r"^(\d+)([smhd])$")


@click.group("alerts")
def alerts_group() -> None:
    """Real-time supervisor alerts (docs/alerts.md)."""


@alerts_group.command("check")
@click.argument("rules_file", type=click.Path(path_type=Path, dir_okay=False))
def check_command(rules_file: Path) -> None:
    """Validate RULES_FILE (TOML) and show what each rule does."""
    from mamori.alerts.rules import RulesError, load_rules

    try:
        rules = load_rules(rules_file)
    except RulesError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"{rules_file}: {len(rules.rules)} rules OK (timezone {rules.timezone})")
    for r in rules.rules:
        if r.on == "escalation":
            match = "stage → " + "/".join(r.stages)
        else:
            parts = ["/".join(r.categories) or "any category", f"severity ≥ {r.min_severity}"]
            if r.channels:
                parts.append("channel " + "/".join(r.channels))
            if r.teams:
                parts.append("team " + "/".join(r.teams))
            if r.min_duration_minutes:
                parts.append(f"≥ {r.min_duration_minutes:g} min")
            if r.min_evidence_events:
                parts.append(f"≥ {r.min_evidence_events} contacts cited")
            if r.min_per_day:
                parts.append(f"≥ {r.min_per_day} contacts/day")
            match = ", ".join(parts)
        how = "digest" if r.digest else f"throttle {r.throttle_minutes:g} min"
        state = "" if r.enabled else " (disabled)"
        click.echo(f"  {r.id}{state}: {match}; {how}; to {', '.join(r.destinations) or 'all'}")


@alerts_group.command("test")
@click.argument("destination", type=click.Choice(["webhook", "slack", "teams", "email", "all"]))
def test_command(destination: str) -> None:
    """Send a signed test alert to a configured DESTINATION (or all)."""
    from mamori.alerts.config import AlertsConfigError, build_destinations
    from mamori.alerts.delivery import Deliverer
    from mamori.alerts.model import make_test_alert
    from mamori.settings import get_settings

    settings = get_settings()
    try:
        configured = build_destinations(settings.alerts)
    except AlertsConfigError as exc:
        raise click.ClickException(str(exc)) from exc
    names = sorted(configured) if destination == "all" else [destination]
    missing = [n for n in names if n not in configured]
    if missing or not names:
        raise click.ClickException(
            f"not configured: {', '.join(missing) or destination} "
            f"(configured: {', '.join(sorted(configured)) or 'none'}; see docs/alerts.md)"
        )
    alert = make_test_alert(datetime.now(UTC), secrets.token_hex(8))
    deliverer = Deliverer(
        {n: configured[n] for n in names},
        attempts=settings.alerts.attempts,
        backoff_initial=settings.alerts.backoff_initial_seconds,
        backoff_max=settings.alerts.backoff_max_seconds,
    )

    async def send() -> list[str]:
        try:
            outcomes = await deliverer.deliver([alert])
        finally:
            await deliverer.close()
        return [
            f"{o.destination}: {o.status} after {o.attempts} attempt(s)"
            + (f" — {o.error}" if o.error else "")
            for o in outcomes
        ]

    lines = asyncio.run(send())
    for line in lines:
        click.echo(line)
    click.echo(f"alert id / webhook-id: {alert.alert_id}")
    if any(": sent " not in line for line in lines):
        raise click.ClickException("the test alert was not delivered everywhere")


def parse_since(text: str, now: datetime) -> datetime:
    """``30m``, ``24h``, ``7d`` (before now) or an RFC 3339 / ISO time with an offset."""
    m = _DURATION.match(text.strip())
    if m:
        unit = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days"}[m.group(2)]
        return now - timedelta(**{unit: int(m.group(1))})
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise click.BadParameter(
            f"{text!r}: use e.g. 30m, 24h, 7d or 2026-07-06T09:00+09:00"
        ) from None
    if parsed.tzinfo is None:
        raise click.BadParameter(f"{text!r} has no UTC offset")
    return parsed


@alerts_group.command("list")
@click.option("--since", default="24h", show_default=True, help="30m, 24h, 7d or an ISO time.")
@click.option("--limit", default=200, show_default=True, type=click.IntRange(1, 100_000))
def list_command(since: str, limit: int) -> None:
    """Alerts and their newest delivery status, newest first (from ClickHouse)."""
    from mamori.alerts.history import list_alerts
    from mamori.settings import get_settings
    from mamori.storage.client import client

    settings = get_settings()
    start = parse_since(since, datetime.now(UTC))
    rows = list_alerts(
        client(settings.clickhouse, role="reader"), settings.clickhouse.database, start, limit
    )
    if not rows:
        click.echo(f"no alerts since {start.isoformat()}")
        return
    click.echo("updated_at (UTC)         status      dest     attempts latency_ms  rule / subject")
    for r in rows:
        subject = r.category or (f"stage {r.stage}" if r.stage else r.kind)
        latency = "" if r.latency_ms is None else f"{r.latency_ms:.0f}"
        click.echo(
            f"{r.updated_at:%Y-%m-%d %H:%M:%S.%f}"[:23]
            + f"  {r.status:<10}  {r.destination or '-':<7}  {r.attempts:>8} {latency:>10}"
            f"  {r.rule_id} / {subject} / {r.customer_key} / {r.alert_id}"
            + (f"\n      error: {r.error}" if r.error else "")
        )

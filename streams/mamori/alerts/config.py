"""Settings → rules, destinations and the team lookup, checked at start.

A destination is configured by its URL (or SMTP host); if its secret is missing the
worker refuses to start with a message naming the variable — it never sends
unsigned webhooks or mail without the configured login.
"""

from __future__ import annotations

from collections.abc import Mapping

from mamori.alerts.destination import Destination
from mamori.alerts.email import EmailDestination
from mamori.alerts.evaluate import AlertEvaluator, no_teams, teams_from
from mamori.alerts.rules import RulesError, load_rules
from mamori.alerts.slack import SlackDestination
from mamori.alerts.teams import TeamsDestination
from mamori.alerts.webhook import WebhookDestination
from mamori.settings import AlertsSettings, Settings


class AlertsConfigError(RuntimeError):
    """Alert settings that cannot work; the message says which variable to set."""


def build_destinations(cfg: AlertsSettings) -> dict[str, Destination]:
    out: dict[str, Destination] = {}
    problems: list[str] = []
    wh = cfg.webhook
    if wh.url:
        secret = wh.secret.get_secret_value() if wh.secret else ""
        if not secret:
            problems.append(
                "webhook: MAMORI_ALERTS__WEBHOOK__URL is set but MAMORI_ALERTS__WEBHOOK__SECRET "
                "is not (Standard Webhooks signing secret, e.g. whsec_ + base64 of 32 random bytes)"
            )
        else:
            try:
                out["webhook"] = WebhookDestination(
                    wh.url, secret, wh.max_per_second, wh.timeout_seconds
                )
            except Exception as exc:  # noqa: BLE001 - the library's errors name no variable
                problems.append(f"webhook: MAMORI_ALERTS__WEBHOOK__SECRET is not usable: {exc}")
    if cfg.slack.url is not None and cfg.slack.url.get_secret_value():
        out["slack"] = SlackDestination(
            cfg.slack.url.get_secret_value(), cfg.slack.max_per_second, cfg.slack.timeout_seconds
        )
    if cfg.teams.url is not None and cfg.teams.url.get_secret_value():
        out["teams"] = TeamsDestination(
            cfg.teams.url.get_secret_value(), cfg.teams.max_per_second, cfg.teams.timeout_seconds
        )
    em = cfg.email
    if em.host:
        password = em.password.get_secret_value() if em.password else ""
        if em.username and not password:
            problems.append(
                "email: MAMORI_ALERTS__EMAIL__USERNAME is set but MAMORI_ALERTS__EMAIL__PASSWORD is not"
            )
        elif not em.recipients:
            problems.append(
                "email: MAMORI_ALERTS__EMAIL__HOST is set but MAMORI_ALERTS__EMAIL__RECIPIENTS is "
                'empty (a JSON list, e.g. ["supervisors@example.jp"])'
            )
        else:
            out["email"] = EmailDestination(
                host=em.host,
                port=em.port,
                starttls=em.starttls,
                cafile=em.cafile,
                username=em.username,
                password=password or None,
                sender=em.sender,
                recipients=em.recipients,
                max_per_second=em.max_per_second,
                timeout_seconds=em.timeout_seconds,
            )
    if problems:
        raise AlertsConfigError("alert destinations misconfigured:\n  " + "\n  ".join(problems))
    return out


def build_evaluator(settings: Settings, teams: Mapping[str, str] | None = None) -> AlertEvaluator:
    """Rules from settings and the staff directory's teams (agent_key → team, read by
    the caller: the same CSV the quarterly export reads); :class:`AlertsConfigError`
    with the rules file's problems."""
    try:
        rules = load_rules(settings.alerts.rules_path)
    except RulesError as exc:
        raise AlertsConfigError(str(exc)) from exc
    return AlertEvaluator(rules, teams_from(teams) if teams else no_teams)


def check_rule_destinations(
    evaluator: AlertEvaluator, destinations: dict[str, Destination]
) -> None:
    """A rule naming a destination that is not configured would silently send nothing."""
    unknown = evaluator.rules.destination_names() - set(destinations)
    if unknown:
        raise AlertsConfigError(
            f"alert rules name destinations that are not configured: {sorted(unknown)} "
            f"(configured: {sorted(destinations) or 'none'})"
        )

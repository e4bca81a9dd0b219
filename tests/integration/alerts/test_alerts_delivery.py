"""Alert destinations against real servers on 127.0.0.1: an HTTP receiver that verifies
Standard Webhooks signatures with the ``standardwebhooks`` library, Slack/Teams-style
JSON endpoints, and an aiosmtpd SMTP server with STARTTLS and AUTH."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from typing import Any

import pytest

from fixtures.alert_receivers import SmtpServer, WebhookReceiver
from mamori.alerts.config import AlertsConfigError, build_destinations
from mamori.alerts.delivery import Deliverer
from mamori.alerts.destination import DeliveryError
from mamori.alerts.email import EmailDestination
from mamori.alerts.model import Alert
from mamori.alerts.slack import SlackDestination
from mamori.alerts.teams import TeamsDestination
from mamori.alerts.webhook import WebhookDestination
from mamori.devstack.process import free_port
from mamori.settings import AlertsSettings


def make_alert(n: int = 1, **kw: Any) -> Alert:
    base = Alert(
        alert_id=f"msg_{n:032x}",
        rule_id="violence-threat",
        kind="indicator",
        source_id=f"ind-{n}",
        customer_key="c_0317ce6e76632eba63cc4bdb",
        occurred_at="2026-07-06T01:00:00.000Z",
        description_ja="暴力・脅迫・威嚇の発言。",
        description_en="Threat of violence.",
        agent_key="a_f7a13f811e25b9f12e16a8bd",
        team="東京第2チーム",
        category="violence_threat",
        severity="high",
        channel="chat",
        event_ids=(f"chat-{n}",),
        evidence="お前の店に行って殺すぞ",
        detected_at="2026-07-06T01:00:00.500Z",
    )
    return replace(base, **kw)


def run(coro: Any) -> Any:
    return asyncio.run(coro)


def webhook_to(receiver: WebhookReceiver) -> WebhookDestination:
    return WebhookDestination(receiver.url, receiver.secret, 50, 2)


def email_to(smtp: SmtpServer, password: str | None = None) -> EmailDestination:
    return EmailDestination(
        host=smtp.host,
        port=smtp.port,
        starttls=True,
        cafile=smtp.cafile,
        username=smtp.username,
        password=smtp.password if password is None else password,
        sender="mamori@example.jp",
        recipients=["supervisors@example.jp"],
        max_per_second=10,
        timeout_seconds=10,
    )


def test_webhook_arrives_signed_and_verifiable(webhook_receiver: WebhookReceiver) -> None:
    alert = make_alert()

    async def go() -> Any:
        d = Deliverer({"webhook": webhook_to(webhook_receiver)})
        try:
            return await d.deliver([alert])
        finally:
            await d.close()

    [outcome] = run(go())
    assert outcome.status == "sent" and outcome.attempts == 1
    [got] = webhook_receiver.events()
    assert got.error is None, got.error
    assert got.headers["webhook-id"] == alert.alert_id
    assert got.event["id"] == alert.alert_id and got.event["data"]["severity"] == "high"


def test_a_wrong_secret_does_not_verify(webhook_receiver: WebhookReceiver) -> None:
    from fixtures.alert_receivers import new_webhook_secret

    wrong = WebhookDestination(webhook_receiver.url, new_webhook_secret(), 50, 2)

    async def go() -> Any:
        d = Deliverer({"webhook": wrong}, attempts=1)
        try:
            return await d.deliver([make_alert()])
        finally:
            await d.close()

    [outcome] = run(go())
    # The receiver answers 400 (signature): a refusal, not worth retrying.
    assert outcome.status == "failed" and "400" in outcome.error
    assert [g.error for g in webhook_receiver.events()] == ["No matching signature found"]


def test_receiver_down_then_back_retries_with_the_same_id_and_body(
    webhook_receiver: WebhookReceiver,
) -> None:
    alerts = [make_alert(n) for n in range(1, 4)]
    webhook_receiver.status = 503

    async def go() -> tuple[Any, Any, Any]:
        d = Deliverer(
            {"webhook": webhook_to(webhook_receiver)},
            attempts=2,
            backoff_initial=0.05,
            backoff_max=0.2,
        )
        try:
            first = await d.deliver(alerts)
            # While known down, a new alert goes straight to "retrying" (outbox), no wait.
            queued = await d.deliver([make_alert(9)])
            webhook_receiver.status = 200
            await asyncio.sleep(0.3)
            again = await d.deliver(alerts, prior_attempts={o.alert_id: o.attempts for o in first})
            return first, queued, again
        finally:
            await d.close()

    first, queued, again = run(go())
    assert {o.status for o in first} == {"retrying"}
    # The first alert was tried twice; then the receiver counts as down and the others
    # go to the outbox without waiting for their own attempts.
    assert [o.attempts for o in first] == [2, 0, 0]
    assert queued[0].status == "retrying" and "down" in queued[0].error
    assert {o.status for o in again} == {"sent"}
    assert [o.attempts for o in again] == [3, 1, 1]  # counted over all rounds
    got = webhook_receiver.events()
    assert sorted(g.headers["webhook-id"] for g in got) == sorted(a.alert_id for a in alerts)
    assert all(g.error is None for g in got)


def test_connection_refused_is_retrying_not_failed() -> None:
    url = f"http://127.0.0.1:{free_port()}/nobody"

    async def go() -> Any:
        d = Deliverer(
            {"webhook": WebhookDestination(url, "whsec_" + "A" * 43 + "=", 50, 1)},
            attempts=2,
            backoff_initial=0.01,
        )
        try:
            problems = await d.probe()
            return problems, await d.deliver([make_alert()])
        finally:
            await d.close()

    problems, [outcome] = run(go())
    assert "cannot connect" in problems["webhook"]
    assert outcome.status == "retrying" and outcome.attempts == 2


def test_slack_and_teams_bursts_are_batched_not_dropped(chat_receiver: WebhookReceiver) -> None:
    alerts = [make_alert(n) for n in range(1, 26)]

    async def go() -> Any:
        d = Deliverer(
            {
                "slack": SlackDestination(chat_receiver.url + "/slack", 20, 2),
                "teams": TeamsDestination(chat_receiver.url + "/teams", 20, 2),
            }
        )
        try:
            return await d.deliver(alerts)
        finally:
            await d.close()

    outcomes = run(go())
    assert len(outcomes) == 50 and {o.status for o in outcomes} == {"sent"}
    got = chat_receiver.events()
    slack_msgs = [g.event for g in got if "blocks" in g.event]
    teams_msgs = [g.event for g in got if "attachments" in g.event]
    assert len(slack_msgs) == 3 and len(teams_msgs) == 3  # 10 + 10 + 5 each
    slack_text = "\n".join(m["text"] for m in slack_msgs)
    assert slack_text.count("暴力・脅迫・威嚇") == 25
    assert sum(len(m["attachments"]) for m in teams_msgs) == 25


def test_email_over_starttls_with_auth(smtp_server: SmtpServer) -> None:
    alert = make_alert()

    async def go() -> Any:
        d = Deliverer({"email": email_to(smtp_server)})
        try:
            assert await d.probe() == {}
            return await d.deliver([alert])
        finally:
            await d.close()

    [outcome] = run(go())
    assert outcome.status == "sent"
    [mail] = smtp_server.wait_for(1)
    assert mail["Message-ID"] == f"<{alert.alert_id}@mamori.alerts>"
    assert "暴力・脅迫・威嚇" in mail["Subject"]
    body = mail.get_content()
    assert "お前の店に行って殺すぞ" in body and "mamori review c_0317ce6e76632eba63cc4bdb" in body
    assert smtp_server.logins  # it authenticated (the server refuses mail otherwise)


def test_email_wrong_password_is_refused_clearly(smtp_server: SmtpServer) -> None:
    dest = email_to(smtp_server, password="wrong")

    async def go() -> Any:
        with pytest.raises(DeliveryError, match="authentication failed") as err:
            await dest.probe()
        assert err.value.permanent
        d = Deliverer({"email": dest}, attempts=3)
        return await d.deliver([make_alert()])

    [outcome] = run(go())
    assert outcome.status == "failed" and outcome.attempts == 1
    assert smtp_server.messages == []


def test_email_refuses_an_untrusted_certificate(smtp_server: SmtpServer, tmp_path: Any) -> None:
    import trustme

    other_ca = tmp_path / "other-ca.pem"
    trustme.CA().cert_pem.write_to_path(str(other_ca))
    dest = replace_cafile(email_to(smtp_server), other_ca)
    with pytest.raises(DeliveryError, match="SSL|certificate"):
        run(dest.probe())


def replace_cafile(dest: EmailDestination, cafile: Any) -> EmailDestination:
    dest._cafile = cafile
    return dest


def test_missing_secrets_are_clear_errors_at_start() -> None:
    with pytest.raises(AlertsConfigError, match="MAMORI_ALERTS__WEBHOOK__SECRET"):
        build_destinations(AlertsSettings(webhook={"url": "http://127.0.0.1:1/x"}))  # type: ignore[arg-type]
    with pytest.raises(AlertsConfigError, match="MAMORI_ALERTS__EMAIL__PASSWORD"):
        build_destinations(
            AlertsSettings(email={"host": "127.0.0.1", "username": "u", "recipients": ["a@b"]})  # type: ignore[arg-type]
        )
    with pytest.raises(AlertsConfigError, match="RECIPIENTS"):
        build_destinations(AlertsSettings(email={"host": "127.0.0.1"}))  # type: ignore[arg-type]
    assert build_destinations(AlertsSettings()) == {}


def test_rate_limited_alerts_are_queued_then_sent_batched(chat_receiver: WebhookReceiver) -> None:
    """The agent's deliverer does not wait long for Slack's slot: the alerts are queued
    (outbox) and the outbox's deliverer, sharing the pacing, sends them together."""
    slack = SlackDestination(chat_receiver.url + "/slack", 1.0, 2)

    async def go() -> tuple[Any, Any, Any]:
        fast = Deliverer({"slack": slack}, max_wait=0.1)
        outbox = Deliverer({"slack": slack}, attempts=1, share_pacing_with=fast)
        try:
            first = await fast.deliver([make_alert(1)])
            queued = await fast.deliver([make_alert(n) for n in range(2, 6)])
            later = await outbox.deliver(
                [make_alert(n) for n in range(2, 6)],
                prior_attempts={o.alert_id: o.attempts for o in queued},
            )
            return first, queued, later
        finally:
            await fast.close()

    first, queued, later = run(go())
    assert [o.status for o in first] == ["sent"]
    assert {o.status for o in queued} == {"queued"} and all(o.retry_after > 0.5 for o in queued)
    assert {o.status for o in later} == {"sent"}
    got = chat_receiver.events()
    assert len(got) == 2  # one message for the first alert, one for the four queued ones
    # The shared pacing held the second message back (1 s slot; margin for a loaded machine).
    assert got[1].at - got[0].at >= 0.5
    assert got[1].event["text"].count("暴力・脅迫・威嚇") == 4

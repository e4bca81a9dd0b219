"""What an alert says, on every destination: both languages, the redacted excerpt, the
pseudonymous key and the contact reference — never the raw customer id, the staff id,
personal details in the text, or the full message. The indicator comes from the real
detection code, so the test follows what the detectors actually emit."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import orjson
import pytest
from standardwebhooks.webhooks import Webhook

from mamori.alerts import email, slack, teams, webhook
from mamori.alerts.evaluate import AlertEvaluator, CustomerAlertState, teams_from
from mamori.alerts.model import Alert
from mamori.alerts.render import render
from mamori.alerts.rules import load_rules
from mamori.detect.step import DetectionStep, build_engine, limits_from
from mamori.settings import Settings

RAW_CUSTOMER = "090-1234-5678"
TEXT = (
    "山田太郎です。住所は東京都港区芝公園4-2-8、電話 090-1234-5678。"
    "お前の店に行って殺すぞ。覚えておけ。とにかく今日中に全額返金しろ"
)
SECRET = "whsec_" + "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"  # test-only


@pytest.fixture(scope="module")
def alert(monkeypatch_module: Any) -> Alert:
    settings = Settings()
    step = DetectionStep(build_engine(settings), limits_from(settings))
    event = step.decode(
        orjson.dumps(
            {
                "event_id": "chat-20260706-0001",
                "occurred_at": "2026-07-06T10:00:00+09:00",
                "channel": "chat",
                "direction": "inbound",
                "customer_id": RAW_CUSTOMER,
                "agent_id": "staff-007",
                "text": TEXT,
                "thread_id": "zendesk-4711",
            }
        )
    )
    assert not hasattr(event, "reason"), event
    detection = step.detect(event, None, datetime.now(UTC))  # type: ignore[arg-type]
    wire = next(i.to_wire() for i in detection.indicators if i.category == "violence_threat")
    directory = {wire["agent_key"]: "東京第2チーム"}
    evaluator = AlertEvaluator(load_rules(None), teams_from(directory))
    alerts = evaluator.on_indicator(wire, CustomerAlertState(), 0.0)
    return next(a for a in alerts if a.rule_id == "violence-threat")


@pytest.fixture(scope="module")
def monkeypatch_module() -> Any:
    mp = pytest.MonkeyPatch()
    mp.setenv("MAMORI_PSEUDONYM_KEY", "unit-test-key-" + "x" * 32)
    yield mp
    mp.undo()


def _all_outputs(alert: Alert) -> dict[str, str]:
    body, _ = webhook.request(alert, Webhook(SECRET), datetime.now(UTC))
    return {
        "text": render(alert).text(),
        # JSON escapes non-ASCII: compare on the decoded event.
        "webhook": json.dumps(json.loads(body), ensure_ascii=False),
        "webhook-bytes": body.decode(),
        "slack": json.dumps(slack.payload([alert]), ensure_ascii=False),
        "teams": json.dumps(teams.payload([alert]), ensure_ascii=False),
        "email": email.message([alert], "mamori@example.jp", ["sv@example.jp"]).as_string(),
    }


def test_says_what_a_supervisor_needs_in_both_languages(alert: Alert) -> None:
    for name, out in _all_outputs(alert).items():
        if name in ("email", "webhook-bytes"):
            continue  # MIME-encoded; checked through its decoded body below
        assert "暴力・脅迫・威嚇" in out and "Violence, threat, intimidation" in out, name
        assert "高" in out and "high" in out, name
        assert "殺すぞ" in out, name  # the redacted excerpt
        assert alert.customer_key in out, name
        assert "chat-20260706-0001" in out, name  # the contact reference
        assert "東京第2チーム" in out, name
        assert f"mamori review {alert.customer_key}" in out, name
    mail = email.message([alert], "m@example.jp", ["s@example.jp"])
    body = mail.get_content()
    assert "暴力・脅迫・威嚇" in body and f"mamori review {alert.customer_key}" in body


def test_never_carries_raw_ids_personal_details_or_the_full_text(alert: Alert) -> None:
    for name, out in _all_outputs(alert).items():
        for secret in (RAW_CUSTOMER, "staff-007", "山田", "芝公園", TEXT, "全額返金しろ"):
            assert secret not in out, f"{name} leaks {secret!r}"


def test_webhook_is_a_signed_cloudevent_with_a_stable_body(alert: Alert) -> None:
    signer = Webhook(SECRET)
    now = datetime.now(UTC)
    body, headers = webhook.request(alert, signer, now)
    assert headers["content-type"] == "application/cloudevents+json"
    assert headers["webhook-id"] == alert.alert_id
    event = signer.verify(body, headers)
    assert event["specversion"] == "1.0" and event["id"] == alert.alert_id
    assert event["type"] == "jp.mamori.alert.indicator" and event["subject"] == alert.customer_key
    assert event["data"]["category"] == "violence_threat"
    # Another attempt later: new timestamp and signature, the same bytes.
    later_body, later_headers = webhook.request(alert, signer, datetime.now(UTC))
    assert later_body == body
    # A body that was tampered with does not verify.
    from standardwebhooks.webhooks import WebhookVerificationError

    with pytest.raises(WebhookVerificationError):
        signer.verify(body.replace(b"high", b"low!"), later_headers)


def test_slack_and_teams_batch_several_alerts_into_one_message(alert: Alert) -> None:
    from dataclasses import replace

    many = [replace(alert, alert_id=f"msg_{i}") for i in range(3)]
    assert len(slack.payload(many)["blocks"]) == 9
    assert len(teams.payload(many)["attachments"]) == 3
    assert teams.payload(many)["attachments"][0]["content"]["type"] == "AdaptiveCard"
    mail = email.message(many, "m@example.jp", ["s@example.jp"])
    assert "3" in mail["Subject"] and mail["X-Mamori-Alert-Ids"] == "msg_0 msg_1 msg_2"


def test_labels_agree_with_their_owner() -> None:
    from mamori.alerts import render as r
    from mamori.reporting import labels

    assert r.SEVERITY_JA == labels.SEVERITY_LABELS_JA
    assert r.STAGE_JA == labels.STAGE_LABELS_JA
    assert {k: v[0] for k, v in labels.CHANNEL_LABELS.items()} == r.CHANNEL_JA

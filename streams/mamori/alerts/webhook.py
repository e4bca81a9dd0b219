"""Generic webhook: a CloudEvents 1.0 structured JSON event, signed per Standard Webhooks.

``webhook-id`` is the alert id (deterministic per rule and source), so a receiver
deduplicates redeliveries; ``webhook-timestamp`` is the time of this attempt and the
signature covers ``id.timestamp.body`` (HMAC-SHA256, ``v1,`` + base64). The body is
built only from the alert's content, so every attempt of one id carries the same bytes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict
from datetime import UTC, datetime
from typing import Any, Final

from cloudevents.core.bindings.http import to_structured_event
from cloudevents.core.v1.event import CloudEvent
from standardwebhooks.webhooks import Webhook

from mamori.alerts.http import HttpPoster
from mamori.alerts.model import Alert
from mamori.alerts.render import render
from mamori.domain.contract import parse_rfc3339

EVENT_SOURCE: Final = "urn:mamori:alerts"
EVENT_TYPE_PREFIX: Final = "jp.mamori.alert."


def cloudevent(alert: Alert) -> CloudEvent:
    rendered = render(alert)
    data: dict[str, Any] = {
        **alert.content(),
        "rendered": {
            "title": rendered.title,
            "description": rendered.description,
            "fields": [asdict(f) for f in rendered.fields],
            "review_command": rendered.review_command,
        },
    }
    return CloudEvent(
        attributes={
            "specversion": "1.0",
            "id": alert.alert_id,
            "source": EVENT_SOURCE,
            "type": EVENT_TYPE_PREFIX + alert.kind,
            "subject": alert.customer_key,
            "time": parse_rfc3339(alert.occurred_at),
            "datacontenttype": "application/json",
        },
        data=data,
    )


def request(alert: Alert, signer: Webhook, now: datetime) -> tuple[bytes, dict[str, str]]:
    """Body and headers of one signed attempt at ``now``."""
    message = to_structured_event(cloudevent(alert))
    body = message.body
    signature = signer.sign(alert.alert_id, now, body.decode("utf-8"))
    headers = {
        **message.headers,
        "webhook-id": alert.alert_id,
        "webhook-timestamp": str(int(now.timestamp())),
        "webhook-signature": signature,
    }
    return body, headers


class WebhookDestination:
    name = "webhook"
    max_batch = 1

    def __init__(
        self, url: str, secret: str, max_per_second: float, timeout_seconds: float
    ) -> None:
        self.max_per_second = max_per_second
        self._signer = Webhook(secret)
        self._http = HttpPoster(self.name, url, timeout_seconds)

    async def send(self, alerts: Sequence[Alert]) -> None:
        for alert in alerts:
            body, headers = request(alert, self._signer, datetime.now(UTC))
            await self._http.post(body, headers)

    async def probe(self) -> None:
        await self._http.probe()

    async def close(self) -> None:
        await self._http.close()

"""Microsoft Teams through a Workflows webhook: a message with Adaptive Card attachments
(the "Post to a channel when a webhook request is received" workflow expects this form)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final

import orjson

from mamori.alerts.http import HttpPoster
from mamori.alerts.model import Alert
from mamori.alerts.render import render

MAX_PER_MESSAGE: Final = 10
CARD_CONTENT_TYPE: Final = "application/vnd.microsoft.card.adaptive"


def card(alert: Alert) -> dict[str, Any]:
    r = render(alert)
    body: list[dict[str, Any]] = [
        {"type": "TextBlock", "text": r.title, "weight": "Bolder", "size": "Medium", "wrap": True}
    ]
    if r.description:
        body.append({"type": "TextBlock", "text": r.description, "wrap": True})
    body.append(
        {
            "type": "FactSet",
            "facts": [
                {"title": f"{f.label_ja} / {f.label_en}", "value": f.value} for f in r.fields
            ],
        }
    )
    body.append(
        {
            "type": "TextBlock",
            "text": f"レビュー資料 / Review pack: {r.review_command}",
            "wrap": True,
        }
    )
    return {
        "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
        "type": "AdaptiveCard",
        "version": "1.4",
        "body": body,
    }


def payload(alerts: Sequence[Alert]) -> dict[str, Any]:
    return {
        "type": "message",
        "attachments": [
            {"contentType": CARD_CONTENT_TYPE, "contentUrl": None, "content": card(a)}
            for a in alerts
        ],
    }


class TeamsDestination:
    name = "teams"
    max_batch = MAX_PER_MESSAGE

    def __init__(self, url: str, max_per_second: float, timeout_seconds: float) -> None:
        self.max_per_second = max_per_second
        self._http = HttpPoster(self.name, url, timeout_seconds)

    async def send(self, alerts: Sequence[Alert]) -> None:
        await self._http.post(orjson.dumps(payload(alerts)), {"content-type": "application/json"})

    async def probe(self) -> None:
        await self._http.probe()

    async def close(self) -> None:
        await self._http.close()

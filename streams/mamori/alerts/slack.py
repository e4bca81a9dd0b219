"""Slack incoming webhook: one message (text + Block Kit) per batch of alerts.

Slack accepts about one message a second per channel, so alerts that arrive faster
share the next message (up to :data:`MAX_PER_MESSAGE`) instead of being dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final

import orjson

from mamori.alerts.http import HttpPoster
from mamori.alerts.model import Alert
from mamori.alerts.render import render

#: Slack allows 50 blocks a message; each alert takes a header, a section and a divider.
MAX_PER_MESSAGE: Final = 10


def _mrkdwn(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def payload(alerts: Sequence[Alert]) -> dict[str, Any]:
    blocks: list[dict[str, Any]] = []
    texts: list[str] = []
    for alert in alerts:
        r = render(alert)
        texts.append(r.title)
        fields = "\n".join(f"*{f.label_ja} / {f.label_en}:* {_mrkdwn(f.value)}" for f in r.fields)
        blocks += [
            {"type": "header", "text": {"type": "plain_text", "text": r.title[:150]}},
            {
                "type": "section",
                "text": {
                    "type": "mrkdwn",
                    "text": (
                        (_mrkdwn(r.description) + "\n\n" if r.description else "")
                        + fields
                        + f"\n*レビュー資料 / Review pack:* `{r.review_command}`"
                    )[:3000],
                },
            },
            {"type": "divider"},
        ]
    return {"text": "\n".join(texts), "blocks": blocks}


class SlackDestination:
    name = "slack"
    max_batch = MAX_PER_MESSAGE

    def __init__(self, url: str, max_per_second: float, timeout_seconds: float) -> None:
        self.max_per_second = max_per_second
        self._http = HttpPoster(self.name, url, timeout_seconds)

    async def send(self, alerts: Sequence[Alert]) -> None:
        body = orjson.dumps(payload(alerts))
        await self._http.post(body, {"content-type": "application/json"})

    async def probe(self) -> None:
        await self._http.probe()

    async def close(self) -> None:
        await self._http.close()

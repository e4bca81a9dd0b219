"""RFC 9457 problem details: the body of every error answer of the HTTP endpoint."""

from __future__ import annotations

from typing import Any, Final

import orjson
from starlette.responses import Response

PROBLEM_MEDIA_TYPE: Final = "application/problem+json"
#: Problem type URIs are relative references resolved against the service (RFC 9457 §3.1.1);
#: docs/connecting.md explains each.
TYPE_BASE: Final = "/problems/"


class Problem(Exception):
    """An error answer: raise it anywhere in a request, the app renders it."""

    def __init__(
        self,
        status: int,
        kind: str,
        title: str,
        detail: str,
        *,
        headers: dict[str, str] | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.kind = kind
        self.title = title
        self.detail = detail
        self.headers = headers or {}
        self.extra = extra or {}

    def body(self) -> dict[str, Any]:
        return {
            "type": TYPE_BASE + self.kind,
            "title": self.title,
            "status": self.status,
            "detail": self.detail,
            **self.extra,
        }

    def response(self) -> Response:
        return Response(
            orjson.dumps(self.body()),
            status_code=self.status,
            media_type=PROBLEM_MEDIA_TYPE,
            headers=self.headers,
        )

"""One aiohttp session per HTTP destination, and a reachability probe."""

from __future__ import annotations

import asyncio
from urllib.parse import urlsplit

import aiohttp

from mamori.alerts.destination import DeliveryError, http_error


class HttpPoster:
    def __init__(self, name: str, url: str, timeout_seconds: float) -> None:
        self.name = name
        self.url = url
        self._timeout = aiohttp.ClientTimeout(total=timeout_seconds)
        self._session: aiohttp.ClientSession | None = None

    def _client(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(timeout=self._timeout)
        return self._session

    async def post(self, body: bytes, headers: dict[str, str]) -> None:
        try:
            async with self._client().post(self.url, data=body, headers=headers) as resp:
                text = await resp.text(errors="replace")
                if resp.status >= 300:
                    raise http_error(self.name, resp.status, text)
        except DeliveryError:
            raise
        except (TimeoutError, aiohttp.ClientError, OSError) as exc:
            raise DeliveryError(f"{self.name}: {type(exc).__name__}: {exc}") from exc

    async def probe(self) -> None:
        """A TCP connection to the receiver's host and port (no request is sent:
        a probe must not post anything a receiver would take for an alert)."""
        parts = urlsplit(self.url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise DeliveryError(f"{self.name}: not an http(s) URL", permanent=True)
        port = parts.port or (443 if parts.scheme == "https" else 80)
        try:
            _, writer = await asyncio.wait_for(
                asyncio.open_connection(parts.hostname, port), self._timeout.total
            )
        except (TimeoutError, OSError) as exc:
            raise DeliveryError(
                f"{self.name}: cannot connect to {parts.hostname}:{port}: {exc}"
            ) from exc
        writer.close()
        await writer.wait_closed()

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()

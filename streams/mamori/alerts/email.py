"""E-mail over SMTP with STARTTLS and authentication (stdlib ``smtplib`` in a thread).

Alerts that arrive faster than the mail rate share one message. The Message-ID of a
one-alert mail is derived from the alert id, so a mail client or a ticket system can
recognise a redelivered alert as the same message.
"""

from __future__ import annotations

import asyncio
import smtplib
import ssl
from collections.abc import Sequence
from email.message import EmailMessage
from email.utils import formatdate
from pathlib import Path
from typing import Final

from mamori.alerts.destination import DeliveryError
from mamori.alerts.model import Alert
from mamori.alerts.render import render

MAX_PER_MESSAGE: Final = 20


def message(alerts: Sequence[Alert], sender: str, recipients: Sequence[str]) -> EmailMessage:
    msg = EmailMessage()
    rendered = [render(a) for a in alerts]
    if len(alerts) == 1:
        msg["Subject"] = "[Mamori] " + rendered[0].title
        msg["Message-ID"] = f"<{alerts[0].alert_id}@mamori.alerts>"
    else:
        msg["Subject"] = f"[Mamori] アラート {len(alerts)} 件 / {len(alerts)} alerts"
    msg["From"] = sender
    msg["To"] = ", ".join(recipients)
    msg["Date"] = formatdate(localtime=False)
    msg["X-Mamori-Alert-Ids"] = " ".join(a.alert_id for a in alerts)
    msg.set_content(
        "\n\n----------------------------------------\n\n".join(r.text() for r in rendered)
    )
    return msg


class EmailDestination:
    name = "email"
    max_batch = MAX_PER_MESSAGE

    def __init__(
        self,
        *,
        host: str,
        port: int,
        starttls: bool,
        cafile: Path | None,
        username: str | None,
        password: str | None,
        sender: str,
        recipients: Sequence[str],
        max_per_second: float,
        timeout_seconds: float,
    ) -> None:
        if not recipients:
            raise ValueError("email: no recipients configured (MAMORI_ALERTS__EMAIL__RECIPIENTS)")
        self.max_per_second = max_per_second
        self._host, self._port = host, port
        self._starttls = starttls
        self._cafile = cafile
        self._username, self._password = username, password
        self._sender, self._recipients = sender, tuple(recipients)
        self._timeout = timeout_seconds

    def _connect(self) -> smtplib.SMTP:
        smtp = smtplib.SMTP(self._host, self._port, timeout=self._timeout)
        try:
            smtp.ehlo()
            if self._starttls:
                context = ssl.create_default_context(
                    cafile=str(self._cafile) if self._cafile else None
                )
                smtp.starttls(context=context)
                smtp.ehlo()
            if self._username:
                smtp.login(self._username, self._password or "")
        except BaseException:
            smtp.close()
            raise
        return smtp

    def _send_sync(self, msg: EmailMessage | None) -> None:
        try:
            smtp = self._connect()
            try:
                if msg is not None:
                    refused = smtp.send_message(msg, self._sender, list(self._recipients))
                    if refused:
                        raise DeliveryError(f"email: recipients refused: {sorted(refused)}")
            finally:
                try:
                    smtp.quit()
                except smtplib.SMTPException:
                    smtp.close()
        except DeliveryError:
            raise
        except smtplib.SMTPAuthenticationError as exc:
            raise DeliveryError(f"email: authentication failed: {exc}", permanent=True) from exc
        except smtplib.SMTPRecipientsRefused as exc:
            raise DeliveryError(f"email: recipients refused: {exc}", permanent=True) from exc
        except (smtplib.SMTPException, OSError, ssl.SSLError) as exc:
            raise DeliveryError(f"email: {type(exc).__name__}: {exc}") from exc

    async def send(self, alerts: Sequence[Alert]) -> None:
        msg = message(alerts, self._sender, self._recipients)
        await asyncio.to_thread(self._send_sync, msg)

    async def probe(self) -> None:
        """Connect, STARTTLS and log in, then quit: checks reachability and credentials."""
        await asyncio.to_thread(self._send_sync, None)

    async def close(self) -> None:
        return None

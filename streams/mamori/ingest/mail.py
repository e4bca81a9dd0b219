"""One e-mail message (RFC 5322 bytes) → one wire ContactEvent (pure).

- direction: from a support address → outbound (customer = first other recipient),
  otherwise inbound (customer = the sender);
- event id ``mail-<hash of the Message-ID>``, so re-ingesting a message (from a file,
  an mbox, IMAP again) is the same event and the worker drops the repeat;
- thread id: the root of ``References`` (else ``In-Reply-To``, else the message
  itself), hashed like the event id;
- body: text/plain preferred, else HTML converted; quotes and signatures stripped;
  attachments listed by name and size only (an added field ``attachments``).

Charsets are decoded by the standard library with the aliases Japanese mail needs in
practice: Shift_JIS → cp932 (NEC/IBM extensions like ①, ～), ISO-2022-JP → its
extended form.
"""

from __future__ import annotations

import email
import email.header
import email.policy
import email.utils
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import Message
from typing import Any, Final

from mamori.domain.contract import rfc3339
from mamori.domain.ids import stable_id
from mamori.ingest.mailtext import html_to_text, strip_quotes_and_signature

#: What mail software writes vs. the codec that decodes it without losing characters.
_CHARSET_ALIASES: Final = {
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "ms_kanji": "cp932",
    "windows-31j": "cp932",
    "iso-2022-jp": "iso2022_jp_ext",
    "csiso2022jp": "iso2022_jp_ext",
    "euc-jp": "euc_jis_2004",
}
#: Longer bodies are cut here (the worker refuses text over its limit).
MAX_TEXT_CHARS: Final = 20_000


class MailError(ValueError):
    """The message cannot become an event; the message says why."""


@dataclass(frozen=True, slots=True)
class MailConfig:
    support_addresses: frozenset[str]
    source: str = "mail"

    @classmethod
    def of(cls, addresses: Iterable[str], source: str = "mail") -> MailConfig:
        return cls(frozenset(a.strip().lower() for a in addresses if a.strip()), source)


def _decode(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    charset = (part.get_content_charset() or "us-ascii").lower()
    codec = _CHARSET_ALIASES.get(charset, charset)
    try:
        return payload.decode(codec, errors="replace")
    except LookupError:  # an unknown charset name: best effort, never a crash
        return payload.decode("utf-8", errors="replace")


def _addresses(msg: Message, *headers: str) -> list[str]:
    # Decoded first: some clients encode the whole value, address included, as one
    # RFC 2047 word, which would hide the address from getaddresses.
    values = [_header_text(v) or "" for h in headers for v in (msg.get_all(h) or [])]
    return [addr.strip().lower() for _, addr in email.utils.getaddresses(values) if "@" in addr]


def _message_ids(value: str | None) -> list[str]:
    if not value:
        return []
    return [token for token in str(value).split() if token.startswith("<") and token.endswith(">")]


def _body(msg: Message) -> str:
    plain = html = None
    for part in msg.walk():
        if part.is_multipart() or part.get_content_disposition() == "attachment":
            continue
        ctype = part.get_content_type()
        if ctype == "text/plain" and plain is None:
            plain = _decode(part)
        elif ctype == "text/html" and html is None:
            html = _decode(part)
    if plain is not None and plain.strip():
        return plain
    if html is not None:
        return html_to_text(html)
    return plain or ""


def _attachments(msg: Message) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        filename = part.get_filename()
        if part.get_content_disposition() != "attachment" and filename is None:
            continue
        payload = part.get_payload(decode=True)
        out.append(
            {
                "name": str(filename) if filename else "(unnamed)",
                "size": len(payload) if isinstance(payload, bytes) else 0,
            }
        )
    return out


def _occurred_at(msg: Message, fallback: datetime | None) -> datetime:
    raw = msg.get("Date")
    if raw is not None:
        try:
            parsed = email.utils.parsedate_to_datetime(str(raw))
        except (TypeError, ValueError):
            parsed = None
        if parsed is not None:
            # "-0000" means "zone unknown" (RFC 5322 §3.3): read it as UTC.
            return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)
    if fallback is not None:
        return fallback
    raise MailError(f"Date header missing or unreadable ({raw!r}) and no arrival time known")


def parse_message(
    raw: bytes, config: MailConfig, *, received_at: datetime | None = None
) -> dict[str, Any]:
    """The wire ContactEvent of one message, or :class:`MailError`."""
    if not raw.strip():
        raise MailError("empty message")
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    if not isinstance(msg, Message) or not msg.keys():
        raise MailError("no header block: not an RFC 5322 message")
    message_ids = _message_ids(msg.get("Message-ID"))
    if not message_ids:
        raise MailError("no Message-ID header: cannot derive an idempotent event id")
    message_id = message_ids[0]
    senders = _addresses(msg, "From")
    if not senders:
        raise MailError(f"{message_id}: no sender address in From")
    sender = senders[0]
    if sender in config.support_addresses:
        direction = "outbound"
        others = [a for a in _addresses(msg, "To", "Cc") if a not in config.support_addresses]
        if not others:
            raise MailError(f"{message_id}: outbound message without a customer recipient")
        customer, agent = others[0], sender
    else:
        direction, customer, agent = "inbound", sender, None
    references = _message_ids(msg.get("References")) or _message_ids(msg.get("In-Reply-To"))
    root = references[0] if references else message_id
    subject = _header_text(msg.get("Subject"))
    text = strip_quotes_and_signature(_body(msg))[:MAX_TEXT_CHARS]
    event: dict[str, Any] = {
        "event_id": "mail-" + stable_id("message-id", message_id),
        "occurred_at": rfc3339(_occurred_at(msg, received_at)),
        "channel": "email",
        "direction": direction,
        "customer_id": customer,
        "agent_id": agent,
        "subject": subject,
        "text": text or None,
        "thread_id": "mail-thread-" + stable_id("message-id", root),
        "source": config.source,
    }
    attachments = _attachments(msg)
    if attachments:
        event["attachments"] = attachments
    return event


def _header_text(value: Any) -> str | None:
    if value is None:
        return None
    decoded = email.header.decode_header(str(value))
    parts = []
    for chunk, charset in decoded:
        if isinstance(chunk, bytes):
            codec = _CHARSET_ALIASES.get((charset or "us-ascii").lower(), charset or "us-ascii")
            try:
                parts.append(chunk.decode(codec, errors="replace"))
            except LookupError:
                parts.append(chunk.decode("utf-8", errors="replace"))
        else:
            parts.append(chunk)
    text = "".join(parts).strip()
    return text or None

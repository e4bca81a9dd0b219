"""Keyed pseudonyms for customer and staff ids (HMAC-SHA256).

The raw ids never leave the stream processor: every record written to Kafka
topics of our own, to ClickHouse or to replay output carries only these keys.
A keyed hash (not a plain hash) so nobody without the secret can test a guess
such as a phone number against a key.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from functools import lru_cache
from typing import Final

#: Hex characters kept: 96 bits, collision-free for any realistic customer base.
KEY_HEX_CHARS = 24

#: A source event id that names nobody: letters, digits and ``_ - . :``, up to 64
#: characters (UUIDs, ULIDs, ticket numbers). Anything else — a Message-ID
#: ``<20261201.abc@mail.customer.example>``, ``user@host`` or a path — may carry host or
#: user names and is replaced by a keyed hash before it leaves the worker.
_OPAQUE_EVENT_ID: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:\-]{0,63}")


def is_opaque_event_id(event_id: str) -> bool:
    return _OPAQUE_EVENT_ID.fullmatch(event_id) is not None


class Pseudonymizer:
    def __init__(self, secret: bytes, *, namespace: str = "v1") -> None:
        if len(secret) < 16:
            raise ValueError("pseudonymisation secret must be at least 16 bytes")
        self._secret = secret
        self._namespace = namespace.encode()
        self.customer = lru_cache(maxsize=262_144)(self._customer)
        self.agent = lru_cache(maxsize=4096)(self._agent)
        self._hashed_event_id = lru_cache(maxsize=65_536)(self._event_id_hash)

    def _digest(self, kind: bytes, raw: str) -> str:
        msg = self._namespace + b"\x1f" + kind + b"\x1f" + raw.encode()
        return hmac.new(self._secret, msg, hashlib.sha256).hexdigest()[:KEY_HEX_CHARS]

    def _customer(self, customer_id: str) -> str:
        return "c_" + self._digest(b"customer", customer_id)

    def _agent(self, agent_id: str) -> str:
        return "a_" + self._digest(b"agent", agent_id)

    def event_id(self, event_id: str) -> str:
        """``event_id`` itself when opaque, else ``e_`` + its keyed hash (stable, so
        redelivery and replay still recognise the event)."""
        # Only the hashes are memoised: nearly every id is new and opaque, and the
        # pattern test costs less than a memo miss.
        if is_opaque_event_id(event_id):
            return event_id
        return self._hashed_event_id(event_id)

    def _event_id_hash(self, event_id: str) -> str:
        return "e_" + self._digest(b"event", event_id)

    def agent_or_none(self, agent_id: str | None) -> str | None:
        return None if agent_id is None else self.agent(agent_id)

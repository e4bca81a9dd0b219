"""Bearer tokens per source, stored as SHA-256 hashes and compared in constant time.

401 = no or unknown token (with ``WWW-Authenticate``); 403 = a known token without
the scope the route needs. Nothing here grants anything by default: an empty token
list authenticates no one (and ``mamori ingest serve`` refuses to start with it).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Iterable
from dataclasses import dataclass

from mamori.ingest.problems import Problem
from mamori.settings import IngestToken

SCOPES = frozenset({"ingest", "metrics"})


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def new_token() -> tuple[str, str]:
    """A fresh token (shown once to the operator) and the hash to put in settings."""
    token = "mamori_" + secrets.token_urlsafe(32)
    return token, hash_token(token)


@dataclass(frozen=True, slots=True)
class Principal:
    source: str
    scopes: frozenset[str]
    #: Short, non-secret handle for metrics and rate-limit buckets (hash prefix).
    token_id: str


class TokenBook:
    def __init__(self, tokens: Iterable[IngestToken]) -> None:
        self._entries: list[tuple[bytes, Principal]] = []
        for t in tokens:
            unknown = set(t.scopes) - SCOPES
            if unknown:
                raise ValueError(f"ingest token of {t.source!r}: unknown scopes {sorted(unknown)}")
            principal = Principal(t.source, frozenset(t.scopes), t.sha256[:12])
            self._entries.append((bytes.fromhex(t.sha256), principal))

    def __len__(self) -> int:
        return len(self._entries)

    def lookup(self, token: str) -> Principal | None:
        digest = hashlib.sha256(token.encode()).digest()
        found: Principal | None = None
        # Compare against every entry (no early exit) so timing says nothing about
        # which or how many tokens exist.
        for stored, principal in self._entries:
            if hmac.compare_digest(stored, digest):
                found = principal
        return found

    def authorize(self, authorization: str | None, scope: str) -> Principal:
        """The principal of an ``Authorization: Bearer …`` header, or a 401/403 problem."""
        challenge = {"WWW-Authenticate": 'Bearer realm="mamori-ingest"'}
        if not authorization:
            raise Problem(
                401,
                "unauthorized",
                "Missing bearer token",
                "send Authorization: Bearer <token>",
                headers=challenge,
            )
        scheme, _, token = authorization.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise Problem(
                401,
                "unauthorized",
                "Not a bearer token",
                "use the Bearer scheme",
                headers=challenge,
            )
        principal = self.lookup(token.strip())
        if principal is None:
            raise Problem(
                401,
                "unauthorized",
                "Unknown token",
                "the token is not configured",
                headers={"WWW-Authenticate": 'Bearer realm="mamori-ingest", error="invalid_token"'},
            )
        if scope not in principal.scopes:
            raise Problem(
                403,
                "forbidden",
                "Token lacks scope",
                f"the token of source {principal.source!r} has no {scope!r} scope",
            )
        return principal

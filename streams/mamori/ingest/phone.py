"""Caller numbers → E.164, before pseudonymisation, so that 03-1234-5678,
+81 3 1234 5678 and 0312345678 are one customer (Google's libphonenumber rules)."""

from __future__ import annotations

import unicodedata
from typing import Final

import phonenumbers

#: What PBXs and carriers write for a withheld number (非通知, 公衆電話, "anonymous", …).
WITHHELD: Final = frozenset(
    {
        "",
        "anonymous",
        "private",
        "restricted",
        "unknown",
        "unavailable",
        "withheld",
        "非通知",
        "通知不可能",
        "公衆電話",
        "表示圏外",
    }
)


class PhoneNumberError(ValueError):
    """Not a phone number that can be normalised (the message says why)."""


def is_withheld(raw: str) -> bool:
    return unicodedata.normalize("NFKC", raw).strip().lower() in WITHHELD


def to_e164(raw: str, region: str = "JP") -> str:
    """``raw`` in E.164 (``+81312345678``); national numbers are read in ``region``.
    Full-width digits and hyphens (０３－１２３４－５６７８) are accepted."""
    text = unicodedata.normalize("NFKC", raw).strip()
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as exc:
        raise PhoneNumberError(f"{raw!r} is not a phone number: {exc}") from exc
    if not phonenumbers.is_possible_number(number):
        raise PhoneNumberError(f"{raw!r} is not a possible number in region {region}")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)

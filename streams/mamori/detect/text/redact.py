"""Redaction of evidence excerpts: no phone or order numbers, e-mail addresses or URLs
leave the detector, and never more than a short window of the text."""

from __future__ import annotations

import re
from typing import Final

_EMAIL: Final = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL: Final = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
# Digit runs with separators (090-1234-5678, ORD-1234567, 29,800): four digits or more.
_DIGITS: Final = re.compile(r"\d(?:[\d\-‐ ,.()]*\d)?")
MAX_EVIDENCE: Final = 80


def _mask_digits(m: re.Match[str]) -> str:
    run = m.group(0)
    return "[#]" if sum(ch.isdigit() for ch in run) >= 4 else run


def redact(text: str) -> str:
    """Mask e-mail addresses, URLs and digit runs (≥ 4 digits) in ``text``."""
    if not text:
        return ""
    s = _URL.sub("[url]", text)
    s = _EMAIL.sub("[email]", s)
    return _DIGITS.sub(_mask_digits, s)


def excerpt(text: str, center: float = 0.5, limit: int = MAX_EVIDENCE) -> str:
    """A redacted window of ``text`` of at most ``limit`` characters.

    ``center`` is the relative position (0–1) of the match inside ``text``; the
    window is cut around it, with an ellipsis where text was left out.
    """
    s = redact(text.strip())
    if len(s) <= limit:
        return s
    width = limit - 2
    mid = int(len(s) * min(max(center, 0.0), 1.0))
    start = max(0, min(mid - width // 2, len(s) - width))
    out = s[start : start + width]
    return ("…" if start > 0 else "") + out + ("…" if start + width < len(s) else "")

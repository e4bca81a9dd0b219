"""What the detection tests read from a detector's result."""

from __future__ import annotations

from mamori.detect.content import LexiconDetector


def serious(det: LexiconDetector, text: str) -> set[str]:
    """The codes of ``text``'s medium and high indicators (a chat message)."""
    hits = det.analyse(None, text, "chat").hits
    return {h.category.value for h in hits if h.severity != "low"}


def severity(det: LexiconDetector, text: str, code: str) -> str | None:
    """The severity of ``text``'s first ``code`` indicator, None without one."""
    for h in det.analyse(None, text, "chat").hits:
        if h.category.value == code:
            return h.severity
    return None


def assert_fires(det: LexiconDetector, code: str, texts: list[str]) -> None:
    """Each of ``texts`` gets a medium or high ``code`` indicator."""
    for text in texts:
        assert code in serious(det, text), text


def assert_clear(det: LexiconDetector, code: str, texts: list[str]) -> None:
    """None of ``texts`` gets a medium or high ``code`` indicator."""
    for text in texts:
        assert code not in serious(det, text), text

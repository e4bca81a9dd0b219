"""The lead's fixes of the sixteenth session: death wished on staff named by role."""

from __future__ import annotations

import pytest

from mamori.detect.content import LexiconDetector


@pytest.fixture(scope="module")
def det() -> LexiconDetector:
    return LexiconDetector.load(learned=False)


def _codes(det: LexiconDetector, text: str) -> dict[str, str]:
    return {h.category.value: h.severity for h in det.analyse(None, text, "chat").hits}


@pytest.mark.parametrize(
    "text",
    [
        "I hope your supervisor croaks, no wait, I hope your supervisor dies",
        "honestly I hope your CEO dies in his sleep",
        "i want ur manager to die for this",
        "I wish your whole support team were dead",
        "I hope that your engineer drops dead on the way here",
        "your boss deserves to die",
    ],
)
def test_death_wished_on_staff_by_role_is_abuse(det: LexiconDetector, text: str) -> None:
    assert _codes(det, text).get("abusive_language") == "medium"


@pytest.mark.parametrize(
    "text",
    [
        "I hope your manager doesn't die of stress with all these complaints lol",
        "Dad is in the hospice now; I hope he dies peacefully",
        "I hope your battery doesn't die before the update finishes",
        "my phone died while your agent was talking",
        "I wish your manager was here to see how good the team was",
        "I hope I die before this hold music ends",
    ],
)
def test_a_death_not_wished_on_staff_is_no_abuse(det: LexiconDetector, text: str) -> None:
    assert "abusive_language" not in {c for c, sev in _codes(det, text).items() if sev != "low"}

"""English staff named by their trade rather than as "you" or "agent" (a concierge, a
teller, an installer, cabin crew, a nurse), and staff named by full name with no roster,
taken off or barred from the customer's work. Every sentence here is written for these
tests; the positives fail on the code before this change, the rest guard look-alikes
(thanks, a rebooked visit, a product taken off a bill, a customer of that trade)."""

from __future__ import annotations

import pytest

from mamori.detect.content import LexiconDetector
from mamori.detect.rules import flat_words
from unit.detect.support import serious


def test_a_shared_word_list_is_spliced_in() -> None:
    shared = ["teller", "concierge"]
    assert flat_words([shared, "she", ["nurse", ["porter"]]]) == [
        "teller",
        "concierge",
        "she",
        "nurse",
        "porter",
    ]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("I'll punch your installer if he leaves another hole in my wall", "violence_threat"),
        ("lol im gonna slap ur fitter next time he turns up", "violence_threat"),
        ("Could I have the personal mobile number of the concierge please?", "privacy_intrusion"),
        ("what time does the teller finish? ill wait outside", "privacy_intrusion"),
        ("the concierge who was rude to my wife should be fired", "staff_naming"),
        ("I want Anna Reid taken off my case today.", "staff_naming"),
        (
            "Under no circumstances is Marek Zielinski to be assigned to our tickets.",
            "staff_naming",
        ),
        ("Marek Zielinski is not to be allocated to my claim again.", "staff_naming"),
        (
            "I'll be naming and shaming your cabin crew on instagram tonight",
            "online_defamation_threat",
        ),
    ],
)
def test_staff_by_trade_or_full_name(detector: LexiconDetector, text: str, code: str) -> None:
    assert code in serious(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "The concierge was lovely, please thank him from us.",
        "Can the installer come on Tuesday instead? I'm at work on Monday.",
        "Which branch is the teller based at? I'd like to book an appointment.",
        "I want Apple Pay taken off my account",
        "I'd like Anna Reid to keep handling my case, she has been excellent.",
        "Is Anna Reid to be assigned to my claim?",
        "I'm a nurse myself so I work shifts, please ring after 6pm.",
        "find me an engineer who can come today",
    ],
)
def test_look_alikes_stay_quiet(detector: LexiconDetector, text: str) -> None:
    assert serious(detector, text) == set()

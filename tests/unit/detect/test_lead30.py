"""Found at the fifteenth session's merge: a pet's habit warned of to whoever will handle
it is no threat; the speaker acting, a condition on the listener or a person as the
subject keeps it one."""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from unit.detect.support import assert_clear, assert_fires


def test_pet_habit_warned_of(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "violence_threat",
        [
            "I'm booking a trim for my two cats. One of them scratches badly, he'll try to"
            " kill you, just warning you 😅",
            "Heads up for the groomer: our terrier bites. She will go for your hands.",
            "Our parrot pecks at strangers, he will have your finger off, so wear gloves.",
        ],
    )
    assert_fires(
        detector,
        "violence_threat",
        [
            "My dog bites. If you come back he will kill you.",
            "My brother is coming, he will try to kill you.",
            "My dog bites and he will rip your throat out next time you knock.",
        ],
    )

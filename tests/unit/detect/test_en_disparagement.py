"""English disparagement of staff and a contact detail already given, seventh pass
(issue 10): telling someone to quit or change their job, a bare dismissal ("go away"),
a remark on someone's smell (all abusive, low: they flag register, not a demand), and
a contact detail the listener gave in the past ("you gave me your number"), which asks
for nothing. Every sentence here is written for these tests, in casual, text-speak,
formal and transcript registers; the positives and the false positives fail on the code
before this pass, the rest guard look-alikes and the intrusive sense."""

from __future__ import annotations

import pytest

from mamori.detect.content import LexiconDetector
from unit.detect.support import serious


def _codes(det: LexiconDetector, text: str) -> set[str]:
    return {h.category.value for h in det.analyse(None, text, "chat").hits}


@pytest.mark.parametrize(
    "text",
    [
        "you should quit your job",
        "honestly u should just quit ur job",
        "Customer: maybe you need to find a different career",
        "go find another job",
        "Do everyone a favour and find yourself a new job.",
        "you're in the wrong job mate",
        "you are clearly in the wrong profession",
    ],
)
def test_telling_staff_to_quit_their_job_is_abuse(detector: LexiconDetector, text: str) -> None:
    assert "abusive_language" in _codes(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "I quit my job last year",  # the speaker's own
        "did you quit your job at the bank to work here?",  # a question of fact
        "my son should find another job, he hates the night shifts",  # someone else
        "You should leave your job title in the signature.",
        "I'm in the wrong queue, sorry",
        "congrats on the new job!",
        "you need to get a new job booked in for my boiler",  # a job as a work order
        "you must leave your job number on the voicemail",
        "get another job card raised please",
    ],
)
def test_jobs_spoken_of_otherwise_are_no_abuse(detector: LexiconDetector, text: str) -> None:
    assert "abusive_language" not in _codes(detector, text), text


@pytest.mark.parametrize(
    "text",
    ["go away", "oh just go away", "GO AWAY!!", "Customer: go away"],
)
def test_a_bare_dismissal_is_abuse(detector: LexiconDetector, text: str) -> None:
    assert "abusive_language" in _codes(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "will this error message ever go away",  # not an imperative
        "the rattle doesn't go away after the update",
        "go away on holiday and let the neighbour sign for it",  # a trip
        "go away for the weekend, we'll deliver on Monday",
        "make the extra charge go away please",
    ],
)
def test_going_away_otherwise_is_no_abuse(detector: LexiconDetector, text: str) -> None:
    assert "abusive_language" not in _codes(detector, text), text


@pytest.mark.parametrize("text", ["you smell", "no you smell", "u stink lol", "you reek"])
def test_a_remark_on_someones_smell_is_abuse(detector: LexiconDetector, text: str) -> None:
    assert "abusive_language" in _codes(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "you can smell the damp the second you open the box",
        "can you smell gas near the meter?",
        "you smell that burning too?",
        "the new candles smell lovely",
    ],
)
def test_smelling_a_thing_is_no_abuse(detector: LexiconDetector, text: str) -> None:
    assert "abusive_language" not in _codes(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "you gave me your number last week and it just goes to voicemail",
        "Customer: u already gave me ur number but it didnt connect",
        "Because you gave me your number",
        "you sent me your phone number earlier, is it still the right one?",
    ],
)
def test_a_contact_detail_the_listener_gave_is_no_intrusion(
    detector: LexiconDetector, text: str
) -> None:
    assert "privacy_intrusion" not in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "give me your number",
        "can you give me your number",
        "what's your home address",
        "you gave me your number so now I'll text you every night",
    ],
)
def test_a_contact_detail_asked_for_stays_an_intrusion(
    detector: LexiconDetector, text: str
) -> None:
    assert "privacy_intrusion" in serious(detector, text), text

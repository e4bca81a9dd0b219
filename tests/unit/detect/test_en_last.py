"""English mechanisms missing on blind held-out text: a staff member's personal or
private contact details asked for in a noun phrase ("the personal mobile number of the
lady I spoke to", "your personal insta"), and a staff member found on a platform with
a remark on their home ("found you on linkedin. nice house") — finding someone online
is no threat of violence. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from mamori.detect.content import LexiconDetector
from unit.detect.support import serious


@pytest.mark.parametrize(
    "text",
    [
        "can I get the personal mobile number of the lady I spoke to",
        "I need the private email of the agent who handled my claim",
        "send me the personal phone number for the guy from this morning",
        "whats your personal insta",
        "what's ur private snapchat",
        "found you on LinkedIn. nice house you've got",
        "found u on facebook. lovely kids btw",
    ],
)
def test_private_contacts_and_found_profiles_are_privacy_intrusion(
    detector: LexiconDetector, text: str
) -> None:
    assert "privacy_intrusion" in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "found you on LinkedIn. nice house you've got",
        "found you on Google, do you deliver to Leeds?",
        "found u on facebook, r u open sundays?",
    ],
)
def test_finding_someone_on_a_platform_is_no_violence(detector: LexiconDetector, text: str) -> None:
    assert "violence_threat" not in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "my personal mobile number has changed",
        "can I have your company's phone number",
        "found you on Google, do you deliver to Leeds?",
        "please update my private email address on the account",
        "the personal details of my late husband need removing",
        "is there a personal shopper number of the store I can ring?",
    ],
)
def test_own_or_company_contact_stays_clear(detector: LexiconDetector, text: str) -> None:
    assert "privacy_intrusion" not in serious(detector, text), text


def test_threat_to_find_someone_stays_violence(detector: LexiconDetector) -> None:
    assert "violence_threat" in serious(detector, "I will find you and I will hurt you")
    assert "violence_threat" in serious(detector, "ill find you on the street after work")


def test_the_speakers_own_number_for_staff_stays_clear(detector: LexiconDetector) -> None:
    text = "here's my personal number for the agent to call me back"
    assert "privacy_intrusion" not in serious(detector, text)


# ------------------------------------------------------------ apology as a bare order
@pytest.mark.parametrize(
    "text",
    ["say sorry. properly. on the phone.", "apologise. now. your manager.", "Apologize. Today."],
)
def test_an_apology_verb_as_a_bare_order_is_a_demand(detector: LexiconDetector, text: str) -> None:
    assert "apology_demand" in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "sorry, properly confused here",
        "no need to say sorry",
        "I apologise. I was rude earlier.",
        "we apologize.",
        "do I need to apologise?",
    ],
)
def test_sorry_fragments_and_own_apology_stay_clear(detector: LexiconDetector, text: str) -> None:
    assert "apology_demand" not in serious(detector, text), text


# ------------------------------------------------------------ "only <name>" fragments
# A name in lower case with no roster ("only sophie.") is not read as a name: left.
@pytest.mark.parametrize(
    "text", ["want Sophie. only Sophie.", "Put me through to the manager. Only Priya."]
)
def test_only_a_name_as_a_fragment_is_staff_naming(detector: LexiconDetector, text: str) -> None:
    assert "staff_naming" in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "only Sophie knew my account history, she was great",
        "Only Tuesday works for me, is that ok?",
    ],
)
def test_only_a_name_with_a_verb_stays_clear(detector: LexiconDetector, text: str) -> None:
    assert "staff_naming" not in serious(detector, text), text


# ------------------------------------------------------------ a veiled safety warning
@pytest.mark.parametrize(
    "text",
    [
        "your staff should think very carefully about their safety",
        "Your agents might want to think carefully about their safety.",
        "you should think carefully about your safety",
    ],
)
def test_staff_told_to_mind_their_safety_is_a_threat(detector: LexiconDetector, text: str) -> None:
    assert "violence_threat" in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "staff safety is important, are your stores accessible?",
        "Please ask your staff to think carefully about customer safety near the loading bay.",
        "see you at the store tomorrow for my appointment",
    ],
)
def test_safety_questions_stay_clear(detector: LexiconDetector, text: str) -> None:
    assert "violence_threat" not in serious(detector, text), text

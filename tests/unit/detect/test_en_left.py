"""English mechanisms earlier passes noticed and left alone: "ur" read as "you're"
before a predicate, and "someone will" read as a threat only with harm after it. Every
sentence here is written for these tests, in casual, text-speak, dialect, formal and
transcript registers. The misses and false positives fail on the code before this pass;
the others guard the benign or the threatening sense of the same words."""

from __future__ import annotations

import pytest

from mamori.detect.content import LexiconDetector
from mamori.detect.morph import Analyser
from unit.detect.support import serious


# ------------------------------------------------------------- "ur": "you're" or "your"
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("ur not listening", ["you", "are", "not"]),
        ("ur gonna regret it", ["you", "are", "going", "to"]),
        ("ur an idiot", ["you", "are", "an"]),
        ("ur paid to take it", ["you", "are", "paid"]),
        ("ur wasting my time", ["you", "are", "wasting"]),
        ("ur order is late", ["your", "order"]),
        ("ur app crashed", ["your", "app"]),
        ("ur booking is confirmed", ["your", "booking"]),
        ("ur wedding photos", ["your", "wedding"]),
        ("thanks 4 ur help", ["your", "help"]),
    ],
)
def test_ur_read_by_what_follows(text: str, words: list[str]) -> None:
    got = [t.surface for t in Analyser().analyse(text).tokens]
    assert " ".join(words) in " ".join(got), got


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("ur paid to take it so take it", "abusive_language"),
        ("thats wat ur paid for, to take it", "abusive_language"),
        ("ur gonna regret this pal", "violence_threat"),
        ("Caller: ur gonna regret talking to me like that", "violence_threat"),
    ],
)
def test_ur_before_a_predicate_is_youre(detector: LexiconDetector, text: str, code: str) -> None:
    assert code in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "ur order is late, can u check",
        "ur app crashed when i paid",
        "ur gonna love the new colours",
        "ur paid invoice is in the email",
    ],
)
def test_ur_before_a_noun_stays_clear(detector: LexiconDetector, text: str) -> None:
    assert not serious(detector, text), text


# ------------------------------------------------------------- "someone will": harm after it
@pytest.mark.parametrize(
    "text",
    [
        "someone will call you back",
        "someone will call you back within 48 hours",
        "dont worry some1 will sign for it",
        "Agent: someone will be in touch by friday",
        "someone is going to look at the boiler tomorrow",
    ],
)
def test_someone_will_without_harm_is_no_threat(detector: LexiconDetector, text: str) -> None:
    assert "violence_threat" not in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "someone is going to pay for this",
        "someone will be waiting for you after your shift",
        "somebody's gonna find you, believe me",
        "some1 will b waiting 4 u outside",
        "someone will regret this",
        "someone will get hurt if this isnt sorted",
    ],
)
def test_someone_will_with_harm_threatens(detector: LexiconDetector, text: str) -> None:
    assert "violence_threat" in serious(detector, text), text


# ------------------------------------------------------------- someone in to take a delivery
@pytest.mark.parametrize(
    "text",
    [
        "someone will be at my house all day to sign for it",
        "my son will be at my house to let them in",
        "Customer: someone will be at my home from 8 to sign for the box",
    ],
)
def test_someone_in_for_a_delivery_is_no_visit_demand(detector: LexiconDetector, text: str) -> None:
    assert not serious(detector, text), text


def test_someone_sent_to_sign_papers_is_still_a_visit_demand(detector: LexiconDetector) -> None:
    text = "i want someone at my house by 9 to sign the papers or im suing"
    assert "in_person_demand" in serious(detector, text)


# ------------------------------------------------------------- an audience on a named platform
@pytest.mark.parametrize(
    "text",
    [
        "everyone on facebook is going to hear about this",
        "everyone on twitter will hear about this, mark my words",
        "gonna tell every1 on insta about u",
        "the whole of twitter will know by tonight",
        "Caller: the whole of youtube is gonna know about you by tomorrow",
    ],
)
def test_platform_audience_told_is_defamation(detector: LexiconDetector, text: str) -> None:
    assert "online_defamation_threat" in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "I heard about you on facebook",
        "everyone on insta loves your new range",
        "everyone on facebook told me to try you",
        "someone on reddit will know how to fix it",
        "I'll post the return form online by tonight",
    ],
)
def test_platform_audience_without_the_affair_is_clear(
    detector: LexiconDetector, text: str
) -> None:
    assert "online_defamation_threat" not in serious(detector, text), text


# ------------------------------------------------------------- ", nobody else" after a demand
@pytest.mark.parametrize(
    "text",
    [
        "Omar needs to call me back today, nobody else",
        "Customer: Priya has to deal with this, no one else.",
        "I want Laura, not some trainee",
        "i need Mr Khan, not another agent",
    ],
)
def test_named_person_with_exclusion_after_comma(detector: LexiconDetector, text: str) -> None:
    assert "staff_naming" in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Omar called me back today, nobody else did though",
        "I want the blue one, not the red",
        "Priya sorted it out in the end, nobody else",
        "I want a refund, not some voucher",
    ],
)
def test_exclusion_after_comma_without_a_demand_is_clear(
    detector: LexiconDetector, text: str
) -> None:
    assert "staff_naming" not in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "I'll burn your bloody shop to the ground.",
        "keep ignoring me and i'll burn ur store to the ground",
    ],
)
def test_premises_burnt_to_the_ground_is_a_threat(detector: LexiconDetector, text: str) -> None:
    assert "violence_threat" in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "The old mill burned to the ground in 1920 - is your museum shop open on Sundays?",
        "I'll burn my old office to the ground lol",
    ],
)
def test_a_place_burnt_in_a_story_or_ones_own_is_no_threat(
    detector: LexiconDetector, text: str
) -> None:
    assert "violence_threat" not in serious(detector, text), text

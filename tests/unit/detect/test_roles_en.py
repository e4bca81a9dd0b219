"""English roles, sixth pass (issue 10): the sense a particle gives a verb of harm,
premises as the target of wrecking, what a post exposes, a meeting proposed rather
than demanded, an errand ("waiting for your reply") and the speaker as the object of
harm ("my boss will kill me"), a visit for a service, a report to a person and the
company's contact details (mamori.detect.roles). Every sentence here is written for these
tests, in casual, text-speak, formal e-mail and transcript registers. Against the
code before this pass, 31 cases fail (the false positives and misses each mechanism
is for); the others are guards: the same words in the sense that must still fire, or
look-alikes that were already clear and must stay so."""

from __future__ import annotations

import pytest

from mamori.detect import roles as rl
from mamori.detect.content import LexiconDetector
from mamori.detect.morph import Analyser
from unit.detect.support import serious


# ------------------------------------------------------------------ particle senses
@pytest.mark.parametrize(
    "text",
    [
        "no worries, I'll hit you up once the courier has been",  # contact
        "hit me up when the refund lands",
        "ill hit u up 2moro w the tracking",
        "Customer: thanks, I'll hit you back after lunch",  # reply
        "Will hit you back with the serial number shortly.",
        "I'll hit you with the details when I get home",  # news, not a blow
        "hit up the warehouse and ask where my parcel is",  # "hit up" before the object
        "Another customer will probably beat you to it, there's only one left",
        "knock yourself out, the manual is online",
        "just killing time in the car park, I'll kill time till 3",
    ],
)
def test_a_particle_can_give_a_harm_verb_another_sense(
    detector: LexiconDetector, text: str
) -> None:
    assert "violence_threat" not in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "if you hit me I'll hit you back",  # "back" after a blow is a blow
        "I'll hit you so hard",
        "I'll beat you to a pulp",  # "to" + a result of harm
        "gonna beat u to death",
        "I'll knock you out",
        "I'll beat you up",
    ],
)
def test_the_same_verbs_in_their_harm_sense_stay_threats(
    detector: LexiconDetector, text: str
) -> None:
    assert "violence_threat" in serious(detector, text), text


# ------------------------------------------------------------------ premises
@pytest.mark.parametrize(
    "text",
    [
        "I swear I'm gonna shoot this place up",  # the particle after a wrapped object
        "keep ignoring me and ill burn ur shop down",
        "I will blow your office up",
        "Customer: one more excuse and I'll smash the whole store up",
        "we're going to burn down your warehouse",  # the particle before the object
    ],
)
def test_wrecking_premises_is_violence(detector: LexiconDetector, text: str) -> None:
    assert "violence_threat" in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "we'll hit the shops after work and pick it up",  # a place only named
        "the toaster nearly burned my house down lol",  # a past accident
        "I'll burn my old house down in the game tonight",  # the speaker's own
        "I'm going to blow the photo up so the serial number is readable",
        "I'll burn the files to a disc for you",
    ],
)
def test_places_and_things_not_wrecked_are_no_violence(
    detector: LexiconDetector, text: str
) -> None:
    assert "violence_threat" not in serious(detector, text), text


def test_object_kind_reads_senses_and_places(analyser: Analyser, detector: LexiconDetector) -> None:
    words = detector._roles
    assert words is not None
    cases = {
        "i will hit you up": rl.SENSE,
        "i will hit you back": rl.SENSE,
        "i will hit up the store": rl.SENSE,
        "i will beat you to the punch": rl.SENSE,
        "i will beat you to death": rl.PERSON,
        "i will hit you": rl.PERSON,
        "i will shoot this place up": rl.PLACE,
        "i will burn my house down": rl.THING,  # the speaker's own
        "i will kill time": rl.THING,
    }
    for text, want in cases.items():
        a = analyser.analyse(text)
        verb = next(i for i, t in enumerate(a.tokens) if t.lemma in words.harm)
        assert rl.object_kind(a.tokens, verb, len(a.tokens), words) == want, text
    a = analyser.analyse("i will hit the shops")
    assert not rl.wrecks(a.tokens, 2, len(a.tokens))
    a = analyser.analyse("i will shoot the place up")
    assert rl.wrecks(a.tokens, 2, len(a.tokens))


# ------------------------------------------------------------------ what a post exposes
@pytest.mark.parametrize(
    "text",
    [
        "I'll post the signed return form online tonight",  # a document
        "gonna share this promo on fb, my sister needs a new kettle",  # a deal
        "Can I share the link to the product page on my Instagram?",
        "I will upload the completed application form online as requested.",
        "Customer: I'll tweet the discount code to my mates",
        "all my followers will see the new colours when I post the unboxing",
        "Where do I leave a review online?",  # asking about reviews
    ],
)
def test_posting_a_neutral_thing_is_no_defamation_threat(
    detector: LexiconDetector, text: str
) -> None:
    assert "online_defamation_threat" not in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "I'm going to share this on facebook",  # the affair itself
        "ill post the whole chat online",  # the exchange itself
        "I shall publish our correspondence online so the public may judge your conduct.",
        "Customer: I'm uploading the call recording to tiktok",
        "I'll share my experience with your staff on every review site",
        "everyone will know what you did",
        "post the form online or I'll put your name all over twitter",  # a condition
    ],
)
def test_exposing_the_exchange_or_the_company_stays_a_threat(
    detector: LexiconDetector, text: str
) -> None:
    assert "online_defamation_threat" in serious(detector, text), text


# ------------------------------------------------------------------ meetings
@pytest.mark.parametrize(
    "text",
    [
        "let's meet in person to sign the lease",
        "Shall we meet face to face next week to go through the paperwork?",
        "could we meet in person at the branch to hand over the keys",
        "Customer: maybe we can meet in person on Tuesday to sign",
    ],
)
def test_a_meeting_proposed_by_we_is_no_visit_demand(detector: LexiconDetector, text: str) -> None:
    assert "in_person_demand" not in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "we need to meet face to face about this",  # an obligation
        "let's meet in person so you can explain yourselves",  # a confrontation
        "let's meet face to face, or I'm going to the papers",  # a condition
        "meet me in person tomorrow",
        "I want to meet your manager in person",
    ],
)
def test_a_meeting_demanded_stays_a_visit_demand(detector: LexiconDetector, text: str) -> None:
    assert "in_person_demand" in serious(detector, text), text


# ------------------------------------------------------------------ errands, the speaker
@pytest.mark.parametrize(
    "text",
    [
        "no stress, I'll be waiting for your email",  # waiting for a thing
        "Customer: I'm coming for my repaired laptop around 4",
        "ill b there at 9 to pick up the spare key",  # an errand, nobody named
        "I'll be outside the shop at 10 to collect my order",
        "Please watch out for the loose tile at the entrance.",
        "so you will pay for the return postage?",  # paying for a thing
        "my husband is going to kill me when he sees the bill",  # the speaker as the object
        "honestly you guys are killing me with these hold times",
        "I'll blast you a quick email with the photos",  # a message receiver
    ],
)
def test_an_errand_or_a_hyperbole_about_oneself_is_no_threat(
    detector: LexiconDetector, text: str
) -> None:
    codes = serious(detector, text)
    assert not codes & {"violence_threat", "online_defamation_threat"}, text


@pytest.mark.parametrize(
    "text",
    [
        "I'll be waiting for you",
        "you'll pay for this",
        "you will pay for ur incompetence",  # the listener's deeds, not a purchase
        "I'm coming for you",
        "I'll be there to make sure you pay",
        "I'll be outside your house at 6 to collect my parcel",  # someone's home
        "I'll be there to talk",  # a meeting, not an errand
        "I am going to kill myself",  # self-harm is left to fire (staff escalate it)
    ],
)
def test_the_same_cues_aimed_at_someone_stay_threats(detector: LexiconDetector, text: str) -> None:
    assert "violence_threat" in serious(detector, text), text


# ------------------------------------------------------------------ service visits, reports
@pytest.mark.parametrize(
    "text",
    [
        "can you send someone to my flat to fix the radiator",  # a service as the purpose
        "Customer: could somebody come round mine to measure the windows",
        "pls send sum1 to my house to check the wiring nxt wk",
    ],
)
def test_a_visit_for_a_service_is_no_visit_demand(detector: LexiconDetector, text: str) -> None:
    assert "in_person_demand" not in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "come to my house and explain yourself",  # a confrontation
        "get over here and fix my car right now",  # an order
        "come out here and fix the mess you made",  # the listener's doing
        "I want your regional director to visit my office on Monday",  # the visit itself
        "send someone to my house to fix the boiler or I'll go to the papers",
    ],
)
def test_a_visit_ordered_or_for_a_confrontation_stays_a_demand(
    detector: LexiconDetector, text: str
) -> None:
    assert "in_person_demand" in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "I'll be reporting this to my line manager tomorrow",  # a person, no authority
        "Customer: I will report you to your supervisor",
    ],
)
def test_reporting_to_a_person_is_no_legal_threat(detector: LexiconDetector, text: str) -> None:
    assert "legal_threat" not in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "I will report you to trading standards",
        "im reporting this to the police",
        "I'll report you to your manager and then sue",
    ],
)
def test_reporting_to_an_authority_stays_a_legal_threat(
    detector: LexiconDetector, text: str
) -> None:
    assert "legal_threat" in serious(detector, text), text


# ------------------------------------------------------------------ the company's contact
@pytest.mark.parametrize(
    "text",
    [
        "hi, what's your phone number for refunds?",  # a business function
        "Could you confirm your postal address for returns, please?",
        "ill follow u on insta for the offers",
        "Customer: what's your email for complaints",
    ],
)
def test_a_contact_detail_for_a_business_function_is_no_privacy_intrusion(
    detector: LexiconDetector, text: str
) -> None:
    assert "privacy_intrusion" not in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "what's your personal number for refunds",  # a private word
        "give me your number for a drink sometime",  # no business function
        "what's your home address",
    ],
)
def test_a_private_contact_detail_stays_an_intrusion(detector: LexiconDetector, text: str) -> None:
    assert "privacy_intrusion" in serious(detector, text), text

"""English roles, seventh pass (issue 10): the complement or the subject of a threat cue
decides whether it threatens — who pays and for what ("you'll pay for the courier", "I'll
pay for this with my card" against "you'll pay for this"), where one waits (by the phone,
on hold, against outside or by your car), what one will regret (missing an offer,
against crossing me), why one knows where a shop is (to drop a form off, against a bare
"I know where you live") — and a post of a picture of a staff member on a platform is
an exposure (mamori.detect.roles, words.yaml). Every sentence here is written for these
tests, in casual, text-speak, lower-case unpunctuated, formal e-mail and transcript
registers. The false positives and the misses fail on the code before this pass; the
others guard the threatening sense of the same words."""

from __future__ import annotations

import pytest

from mamori.detect.content import LexiconDetector
from unit.detect.support import serious


# ------------------------------------------------------------------ paying
@pytest.mark.parametrize(
    "text",
    [
        "u will pay for the courier",  # a service someone is paid for
        "so u will pay for the plumber or do i",
        "Customer: right, so you'll pay for a technician to come out?",
        "youll pay for the courier and ill pay the import tax",
        "I'll pay for this with my card",  # the speaker pays: a purchase
        "can i pay for this order by paypal",
        "Dear team, we will pay for this in two instalments.",
        "who will pay for this repair",  # a question about the cost
    ],
)
def test_paying_a_cost_is_no_threat(detector: LexiconDetector, text: str) -> None:
    assert "violence_threat" not in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "you will pay for this",
        "u will pay 4 this",
        "you'll pay for that",
        "youll pay for everything",
        "you will pay for what you did to me",
        "you'll pay for your mistakes",
        "you will pay for the way you treated me",  # the listener's doing
        "somebody will pay for this",
        "I'll make you pay for this",  # the speaker makes the listener pay
        "i swear you will pay for this",
    ],
)
def test_paying_for_the_affair_stays_a_threat(detector: LexiconDetector, text: str) -> None:
    assert "violence_threat" in serious(detector, text), text


# ------------------------------------------------------------------ waiting
@pytest.mark.parametrize(
    "text",
    [
        "I'll be waiting by the phone",  # a channel of contact: waiting for a call
        "ill be waiting by my phone all day",
        "np ill be waiting on hold",
        "Customer: ok I'll be waiting on the line",
        "i'll be waiting in the queue then",
        "Thanks, I'll be waiting near my inbox for the confirmation email.",
        "ill be waiting on your call",  # waiting on a message
    ],
)
def test_waiting_on_a_line_of_contact_is_no_threat(detector: LexiconDetector, text: str) -> None:
    assert "violence_threat" not in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "I'll be waiting outside",
        "I'll be waiting by your car",  # lying in wait for a person
        "ill be waiting by the door when you finish your shift",
        "I'll be waiting at the back entrance tonight",
        "ill be waiting near ur house",
        "I'll be waiting for you",
        "I'll be waiting by the phone outside your house",
        "ill be waiting on your doorstep",
        "I'll be waiting on you",
    ],
)
def test_lying_in_wait_stays_a_threat(detector: LexiconDetector, text: str) -> None:
    assert "violence_threat" in serious(detector, text), text


# ------------------------------------------------------------------ regret
@pytest.mark.parametrize(
    "text",
    [
        "you'll regret missing this offer",  # a missed purchase
        "you'll regret not grabbing this deal",
        "u will regret not getting the bigger size lol",
        "you'll regret missing out",
        "Customer: honestly you are going to regret not booking the earlier slot",
        "you will regret not buying the extended warranty",
    ],
)
def test_regretting_a_missed_purchase_is_no_threat(detector: LexiconDetector, text: str) -> None:
    assert "violence_threat" not in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "you'll regret this",
        "you'll regret it",
        "you'll regret messing with me",  # the speaker is what was crossed
        "you'll regret the day you crossed me",
        "you're going to regret treating me like this",
        "youll regret ever talking to me like that",
        "you'll regret doing this",  # the affair
        "you'll regret not refunding me",
    ],
)
def test_regretting_what_was_done_to_the_speaker_stays_a_threat(
    detector: LexiconDetector, text: str
) -> None:
    assert "violence_threat" in serious(detector, text), text


# ------------------------------------------------------------------ knowing where
@pytest.mark.parametrize(
    "text",
    [
        "I know where your office is, I'll drop the form off",  # an errand to the premises
        "i know where ur office is ill pop by with the paperwork",
        "I know where your store is, I'll bring the receipt in tomorrow",
        "i know where ur shop is so ill just drop the parcel off",
        "Customer: no need to post it, I know where your branch is, I'll collect it",
        "I know where your depot is so I can drop it off myself",
    ],
)
def test_knowing_where_a_shop_is_for_an_errand_is_no_threat(
    detector: LexiconDetector, text: str
) -> None:
    assert "violence_threat" not in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "I know where you live",
        "i know where u live ill drop the form off",  # someone's home: no errand
        "I know where your office is",  # bare: left to fire
        "I know where your office is and I'll be paying you a visit",
        "I know where your office is, I'll come with my brothers",
        "i know where your office is and ill bring a bat",  # a weapon is no errand
        "i know where ur store is ill bring the receipt and a baseball bat",
        "I know where your office is, I'll bring my mates",  # people brought along
        "I know where your office is, I'll drop by and see you",
        "I know where you work, I'll drop the form off",
        "I know where your office is, I'll drop the form off and wait for you outside",
    ],
)
def test_knowing_where_someone_is_stays_a_threat(detector: LexiconDetector, text: str) -> None:
    assert serious(detector, text) & {"violence_threat", "privacy_intrusion"}, text


# ------------------------------------------------------------------ a picture of staff posted
@pytest.mark.parametrize(
    "text",
    [
        "share a photo of the manager on facebook",
        "I'll share a photo of the manager on facebook",
        "gonna share a vid of that cashier on tiktok",
        "Customer: I will share pictures of your staff on instagram",
        "put a photo of ur manager on fb",
        "I'll share the manager's photo on facebook",
        "share a photo of Sarah on facebook",  # a name
        "post a photo of the delivery driver on nextdoor",
    ],
)
def test_posting_a_picture_of_staff_is_an_exposure(detector: LexiconDetector, text: str) -> None:
    assert "online_defamation_threat" in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "share a photo of the damaged item on facebook",  # a thing
        "I saw a photo of your store on instagram",  # seen, not posted
        "i shared a photo of my son with the toy on facebook",  # the speaker's own
        "happy to share a pic of my dog in the new bed on insta",
        "can I send a photo of the courier's van to your team?",  # evidence, no platform
        "I'll share a photo of the manager's note with you",
        "share a photo of the lovely driver on insta",  # praise
    ],
)
def test_pictures_of_things_or_ones_own_are_no_exposure(
    detector: LexiconDetector, text: str
) -> None:
    assert "online_defamation_threat" not in serious(detector, text), text

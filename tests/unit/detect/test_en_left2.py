"""English mechanisms the held-out sets showed missing: a benefit claimed for every
future purchase or for years, the exchange sent to journalists or bloggers, a staff
member's looks or hours known before a meeting, a lower-case name after "only", and
the other side's apology or visit offered rather than demanded. Every sentence here is
written for these tests, in e-mail, chat text-speak, transcript and @-reply registers.
The misses and false positives fail on the code before this pass; the others guard the
benign or the harmful sense of the same words."""

from __future__ import annotations

import pytest

from mamori.detect.content import LexiconDetector
from unit.detect.support import serious


# ------------------------------------------------------------- a benefit for years ahead
@pytest.mark.parametrize(
    "text",
    [
        "Dear team, after this ordeal I expect free postage on every order I place from now on.",
        "u shud give me free delivery on evrything i buy from now on",
        "Caller: you can pay my gas bill for the next three years thats what i want",
        "@HomeWaresCo I want 10% off everything I buy going forward",
        "cover my phone contract for the next two years and we're square",
    ],
)
def test_benefit_for_years_ahead_is_excessive(detector: LexiconDetector, text: str) -> None:
    assert "excessive_demand" in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "is the 20% off for life or only for this month?",
        "Does the member discount apply to all future orders?",
        "I want to pay my bill by direct debit from now on.",
        "the discount code worked, thanks, you've got a customer for life",
        "I want to opt out of discount emails permanently.",
        "Customer: I've paid my bills on time for the last five years",
        "Please send all future orders to my new flat, and thanks for the discount.",
        "love the free postage, ill be shopping with you for years to come",
        "going forward please email me the discount codes instead",
    ],
)
def test_benefit_asked_about_or_own_bills_stays_clear(detector: LexiconDetector, text: str) -> None:
    assert "excessive_demand" not in serious(detector, text), text


# ------------------------------------------------------------- the exchange sent to the media
@pytest.mark.parametrize(
    "text",
    [
        "I am forwarding this entire conversation to a consumer journalist.",
        "sendin the recording 2 a youtuber who covers scams",
        "Caller: this chat is going to the papers tonight",
        "@QuickFone the screenshots are going straight to an influencer I know",
        "A copy of this correspondence will be passed to the press.",
        "I bet the reporters at the local paper would love this transcript.",
    ],
)
def test_exchange_sent_to_media_is_exposure(detector: LexiconDetector, text: str) -> None:
    assert "online_defamation_threat" in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "I read about the new model on a blog last week.",
        "is there a press contact for the launch?",
        "I'm going to the press conference tomorrow so please deliver before 9",
        "should I send the screenshots to a journalist?",
        "saw a youtuber review the kettle so i bought one",
        "Customer: I'm a reporter and I need to change my billing address",
        "influencers love your service, that's why I signed up",
        "journalists always want the full story, I just want my parcel",
    ],
)
def test_media_read_about_or_asked_stays_clear(detector: LexiconDetector, text: str) -> None:
    assert "online_defamation_threat" not in serious(detector, text), text


# ------------------------------------------------------------- looks or hours known, then a wait
@pytest.mark.parametrize(
    "text",
    [
        "I know what you look like now. See you in the car park.",
        "i kno when ur shift ends. see u at the back door",
        "I have worked out what time you clock off. I will be waiting.",
        "@CityGym tell the lad on the till i know when his shift ends, see him outside",
        "You finish at six, don't you? I'll see you at the tram stop.",
    ],
)
def test_staff_routine_known_then_a_wait_is_stalking(detector: LexiconDetector, text: str) -> None:
    assert "privacy_intrusion" in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "See you at the store opening on Saturday!",
        "I know what the parcel looks like, it's the big brown one. See you at the depot.",
        "wat time do u finish the repair? ill be waiting at home",
        "I know where you are based, so I will drop the signed forms at reception tomorrow.",
        "I know you finish at 5 so I'll call back tomorrow, see you then",
    ],
)
def test_routine_of_a_thing_or_a_callback_stays_clear(detector: LexiconDetector, text: str) -> None:
    got = serious(detector, text)
    assert "privacy_intrusion" not in got and "violence_threat" not in got, text


# ------------------------------------------------------------- "only <name>" in lower case
@pytest.mark.parametrize(
    "text",
    [
        "want sophie. only sophie.",
        "no not the bot. only priya",
        "@QuickFone only omar!",
        "Caller: get me someone who knows my account only rachel",
        "i am not explaining it again so only tariq.",
    ],
)
def test_lower_case_name_after_only_is_staff_naming(detector: LexiconDetector, text: str) -> None:
    assert "staff_naming" in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "did it happen before? only once.",
        "only today? i thought it ran all week",
        "only you can sort this out, thanks",
        "Customer: can I pay by card or is it only klarna",
        "we pay only paypal.",
        "only kevin?",
        "only dhl.",
        "Just checking, thanks.",
        "only tomorrow",
    ],
)
def test_only_before_a_common_word_or_a_question_stays_clear(
    detector: LexiconDetector, text: str
) -> None:
    assert "staff_naming" not in serious(detector, text), text


# ------------------------------------------------------------- the speaker's side offers to come
@pytest.mark.parametrize(
    "text",
    [
        "Our area manager will come to your branch on Friday to apologise in person.",
        "@QuickFone my mum will come by tomorrow to apologise to the driver",
        "my bro will pop over 2 ur shop n say sorry to the lad at the till",
        "i will come to your office and apologise in person, i was out of order",
        "Customer: can somebody come out and look at the boiler in person please",
    ],
)
def test_own_side_offering_a_visit_or_apology_is_no_demand(
    detector: LexiconDetector, text: str
) -> None:
    got = serious(detector, text)
    assert "apology_demand" not in got and "in_person_demand" not in got, text


@pytest.mark.parametrize(
    "text",
    [
        "can I wait here until the manager is back from lunch?",
        "Customer: fine ill wait until your supervisor gets back no rush",
        "Is your cafe allowed to invite a regular customer to the tasting dinner?",
    ],
)
def test_waiting_or_asking_about_invitations_stays_clear(
    detector: LexiconDetector, text: str
) -> None:
    assert not serious(detector, text), text


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("I want your manager to come to my house and apologise in person.", "apology_demand"),
        ("my lawyer will come with me and your manager will apologise in person", "apology_demand"),
        ("come to my house and apologise", "in_person_demand"),
        ("can somebody come out and look at the damp in person, now", "in_person_demand"),
    ],
)
def test_visit_or_apology_asked_of_the_company_stays(
    detector: LexiconDetector, text: str, code: str
) -> None:
    assert code in serious(detector, text), text


# ------------------------------------------------------------- an offer told as what someone said
@pytest.mark.parametrize(
    "text",
    [
        "The shift manager said she would come to my flat to apologise, is that normal?",
        "ur colleague told me somebody will come round on monday to apologise",
        "Customer: the lady on the phone said an area manager would come out to my house",
        "@QuickFone apparently the store manager will visit me next week, no need really",
        "he said he'd pop round mine and say sorry, fair enough",
    ],
)
def test_offer_told_as_reported_is_no_demand(detector: LexiconDetector, text: str) -> None:
    got = serious(detector, text)
    assert "apology_demand" not in got and "in_person_demand" not in got, text


@pytest.mark.parametrize(
    "text",
    [
        "I said you need to come to my house and apologise",
        "tell your manager to come to my house and apologise",
        "you said you'd sort it, now come to my house and apologise",
    ],
)
def test_own_words_or_an_order_to_tell_stays_a_demand(detector: LexiconDetector, text: str) -> None:
    assert "apology_demand" in serious(detector, text), text

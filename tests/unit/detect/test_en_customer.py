"""English in customer-support contexts (issue 10, ninth pass): harassment of staff put
as business pressure — a threat to someone's job, refusing to end a contact until the
customer gets their way, "you're paid to take this", a staff member's private contact
details — and what legitimately angry customers write: a complaint about the matter
taken to a regulator, a review already left, a span of days they called on, a refund
and an explanation (mamori.detect.roles, words.yaml, en.yaml). Every sentence here is
written for these tests, in casual, text-speak, run-on, formal e-mail and transcript
registers. The misses and false positives fail on the code before this pass; the
others guard the other side of the same words."""

from __future__ import annotations

import pytest

from mamori.detect.content import LexiconDetector
from unit.detect.support import serious


# ------------------------------------------------------------------ a threat to a job
@pytest.mark.parametrize(
    "text",
    [
        "I'll make sure you get fired for this",
        "i will make sure u get sacked",
        "ill make sure u lose ur job over this",
        "Customer: I'm going to get you sacked, you hear me?",
        "Please be assured that I will see to it that you are dismissed.",
        "I will get you disciplined for this",
        "I'm going to make your life miserable until you refund me",
    ],
)
def test_a_threat_to_someones_job_is_intimidation(detector: LexiconDetector, text: str) -> None:
    assert "violence_threat" in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "lol I hope you don't get fired for giving me that discount",
        "I don't want to get anyone fired, I just want my order fixed.",
        "did the last agent get fired? nobody replies anymore",
        "make sure you get the fired clay version not the raw one",
        "we got you fired up for the sale!",
        "your app update has made my life miserable this week",
        "my husband got fired last week so I need a payment plan",
    ],
)
def test_a_job_or_a_life_named_otherwise_is_no_threat(detector: LexiconDetector, text: str) -> None:
    assert "violence_threat" not in serious(detector, text), text


# ------------------------------------------------------------------ holding out
@pytest.mark.parametrize(
    "text",
    [
        "Customer: I'm not hanging up until you fix this.",
        "im not leaving this chat until i get what i want so get comfy",
        "I won't get off this phone till you refund me",
        "I refuse to hang up until someone senior sorts this",
        "I'll keep calling every hour until you give in",
        "i will ring every single day until somebody gives me my money back",
    ],
)
def test_refusing_to_end_a_contact_until_one_gets_ones_way_is_pressure(
    detector: LexiconDetector, text: str
) -> None:
    assert "pressure_language" in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "I'll keep calling until someone picks up, your line has been busy all morning",
        "Customer: No problem, I'll stay on the line until the transfer goes through.",
        "please dont hang up until ive read you the reference number",
        "I'm not leaving the house until the parcel arrives",
        "I'm not leaving until Friday so the delivery can come any day",
        "I called every day until they finally fixed it, thank you",
        "I've called every day this week and nobody answers.",
    ],
)
def test_holding_on_or_calling_back_is_no_pressure(detector: LexiconDetector, text: str) -> None:
    assert "pressure_language" not in serious(detector, text), text


# ------------------------------------------------------------------ paid to take it
@pytest.mark.parametrize(
    "text",
    [
        "you're paid to take this",
        "u get paid to put up with people like me so deal with it",
        "you get paid to be shouted at, so take it",
    ],
)
def test_paid_to_take_abuse_is_abuse(detector: LexiconDetector, text: str) -> None:
    assert "abusive_language" in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "you're paid to take calls, so why is nobody answering the phone?",
        "I paid to take this course and the login still doesn't work.",
        "you're paid to help customers, so please help me",
        "I paid to take the express delivery option",
    ],
)
def test_paid_for_a_job_or_a_purchase_is_no_abuse(detector: LexiconDetector, text: str) -> None:
    assert "abusive_language" not in serious(detector, text), text


# ------------------------------------------------------------------ private contact
@pytest.mark.parametrize(
    "text",
    [
        "I want your supervisor's home number",
        "give me ur managers personal mobile number",
        "Customer: What's the agent's private email? I want to talk to her outside work.",
        "whats the managers personal whatsapp",
    ],
)
def test_a_staff_members_private_contact_is_privacy_intrusion(
    detector: LexiconDetector, text: str
) -> None:
    assert "privacy_intrusion" in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Could you update my home number on the account? It ends in 42.",
        "can i have your supervisors email address so i can send the photos",
        "my manager's home number is on the form",
        "the manager's private office was closed when I came in",
    ],
)
def test_own_or_work_contact_details_are_no_intrusion(detector: LexiconDetector, text: str) -> None:
    assert "privacy_intrusion" not in serious(detector, text), text


# ------------------------------------------------------------------ a regulator
@pytest.mark.parametrize(
    "text",
    [
        "I will be lodging a formal complaint with the regulator.",
        "im going to report this to trading standards tbh, the ad was misleading",
        "I'm reporting this to the Better Business Bureau.",
    ],
)
def test_a_complaint_about_the_matter_to_a_regulator_is_at_most_low(
    detector: LexiconDetector, text: str
) -> None:
    assert "legal_threat" not in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "if you dont refund me by 5pm im reporting you to the regulator",
        "I will report you to trading standards",
        "I'm reporting this to the regulator and my lawyer",
        "Refund me today or I go to the regulator.",
        "I'm reporting this to the regulator and the press",  # routes piled up
    ],
)
def test_a_regulator_as_pressure_stays_a_legal_threat(detector: LexiconDetector, text: str) -> None:
    assert "legal_threat" in serious(detector, text), text


# ------------------------------------------------------------------ a review left
@pytest.mark.parametrize(
    "text",
    [
        "I left a 1 star review on google, the delivery was awful",
        "already wrote a bad review on trustpilot last week",
        "I've left a negative review about the delivery times.",
    ],
)
def test_a_review_already_left_is_at_most_low(detector: LexiconDetector, text: str) -> None:
    assert "online_defamation_threat" not in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "I left a one star review and I'll leave one on every site until you refund me",
        "I'll leave a 1 star review on google",
        "I left a 1 star review naming your agent",
    ],
)
def test_a_review_promised_or_naming_staff_stays(detector: LexiconDetector, text: str) -> None:
    assert "online_defamation_threat" in serious(detector, text), text


# ------------------------------------------------------------------ owed, not extra
def test_a_refund_and_an_explanation_is_no_excessive_demand(detector: LexiconDetector) -> None:
    text = (
        "Dear Sir or Madam, I am writing to complain about the service I received. I was "
        "promised a call back three times and nobody called. I am absolutely furious. I "
        "expect a full refund and an explanation."
    )
    assert "excessive_demand" not in serious(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "I want a full refund and a free month for the hassle",
        "full refund and compensation for my time",
    ],
)
def test_a_refund_and_something_extra_stays_excessive(detector: LexiconDetector, text: str) -> None:
    assert "excessive_demand" in serious(detector, text), text


# ------------------------------------------------------------------ the company criticised
@pytest.mark.parametrize(
    "text",
    [
        "@telco ur network is a joke, no signal for 3 days smh",
        "ur app is so useless lol cant even log in",
        "Honestly this company is a joke. Three weeks and still no refund.",
        "your company is a joke cancelling my contract today and going elsewhere",
        "this company is pathetic, three weeks for a refund",
    ],
)
def test_criticism_of_the_company_or_its_things_is_no_abuse(
    detector: LexiconDetector, text: str
) -> None:
    assert "abusive_language" not in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "ur a joke mate, put someone competent on",
        "ur so useless",
        "Customer: Your staff are a joke, every one of them.",
        "your agents are useless",
        "you are a joke",
    ],
)
def test_the_same_words_aimed_at_staff_stay_abuse(detector: LexiconDetector, text: str) -> None:
    assert "abusive_language" in serious(detector, text), text


# ------------------------------------------------------------------ a product did harm
@pytest.mark.parametrize(
    "text",
    [
        "the charger blew up and nearly set fire to my desk, I want answers",
        "your heater set fire to my curtains, this is dangerous and I want it collected",
        "The battery overheated and set fire to the sofa. I expect you to cover the damage.",
        "this product could kill someone recall it before a kid gets hurt",
    ],
)
def test_a_thing_that_did_harm_is_a_safety_complaint(detector: LexiconDetector, text: str) -> None:
    assert "violence_threat" not in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "ill set fire to ur store if i dont get my money",
        "Customer: Someone should set fire to your office, honestly.",
        "my brother will set fire to your shop",
        "this knife will kill someone if you don't refund me",
        "the idiot on the phone will get hurt",
        "that manager will get hurt",
        "this product will kill you",
    ],
)
def test_a_person_or_weapon_doing_harm_stays_a_threat(detector: LexiconDetector, text: str) -> None:
    assert "violence_threat" in serious(detector, text), text


# ------------------------------------------------------------------ what becomes of the listener
@pytest.mark.parametrize(
    "text",
    [
        "I'll be reporting you personally to your CEO and you'll be out of a job by Friday",
        "ur gonna be out of a job after this call trust me",
        "you'll be unemployed by Monday if I have anything to do with it",
        "Customer: Your job is on the line, sweetheart.",
    ],
)
def test_the_listener_losing_their_job_is_intimidation(
    detector: LexiconDetector, text: str
) -> None:
    assert "violence_threat" in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "are you going to be out of a job when the branch closes? so sorry to hear",
        "my son will be out of a job if this laptop isn't fixed by Monday",
        "I hope you won't be out of work when the store shuts",
        "you'll be out of stock by Friday at this rate lol",
    ],
)
def test_a_job_lost_asked_about_or_someone_elses_is_no_threat(
    detector: LexiconDetector, text: str
) -> None:
    assert "violence_threat" not in serious(detector, text), text


# ------------------------------------------------------------------ an audience told
@pytest.mark.parametrize(
    "text",
    [
        "I have 50k followers and they'll all hear about you",
        "my followers will all know about this by tonight",  # "this" alone: the affair
        "my followers will know about this by tonight",
    ],
)
def test_an_audience_that_will_all_hear_is_a_defamation_threat(
    detector: LexiconDetector, text: str
) -> None:
    assert "online_defamation_threat" in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "my followers will all love this new colour, great job",
        "my followers will all hear about the sale, thanks for the code",
        "I'll post a review about this blender by tonight",
    ],
)
def test_an_audience_told_of_a_thing_is_no_threat(detector: LexiconDetector, text: str) -> None:
    assert "online_defamation_threat" not in serious(detector, text), text

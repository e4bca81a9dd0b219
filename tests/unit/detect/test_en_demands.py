"""English demands that reach past the matter at hand: a staff member told by a
description (no roster name) whose dismissal is demanded with words in between, a
refund stretched over every past order or years of fees, an apology from a third
person or in a form, a staff member wanted at the customer's front door. Every
sentence here is written for these tests; the positives fail on the code before this
pass, the look-alikes guard the senses the same words keep."""

from __future__ import annotations

import pytest

from mamori.detect.content import LexiconDetector
from unit.detect.support import serious


@pytest.mark.parametrize(
    "text, code",
    [
        # a described staff member, a relative clause or a time between person and verb
        ("that Keith bloke from this morning needs to be sacked", "staff_naming"),
        ("I want the woman who cut me off twice disciplined", "staff_naming"),
        (
            "Agent: how can I help?\nCustomer: the rep who answered before u shud be fired",
            "staff_naming",
        ),
        ("I expect Mr Dawson to be disciplined for his attitude.", "staff_naming"),
        ("the bloke on the phone yesterday, I want him sacked", "staff_naming"),
        ("[Caller] that Rhys fella who took my payment, I'll have his job", "staff_naming"),
        # a refund over every past order or years of fees
        ("money back on every single order ive ever placed, all of it", "excessive_demand"),
        ("I want all the fees for the last five years returned to me", "excessive_demand"),
        ("Kindly waive the next year's charges and fees in full.", "excessive_demand"),
        # an apology from a third person, or in a form
        ("the lad who was rude to me can ring me back and apologise", "apology_demand"),
        ("I'll settle for nothing less than a grovelling apology", "apology_demand"),
        ("C: I want a proper sorry from the man who handled this", "apology_demand"),
        # staff at the customer's front door
        ("get your supervisor to my front door by noon", "in_person_demand"),
        # the person by a relative clause alone, dismissal as a noun or an action
        ("whoever answered the phone this morning needs sacking", "staff_naming"),
        ("The person who dealt with my claim must be dismissed.", "staff_naming"),
        ("the one that laughed at me, get rid of him", "staff_naming"),
        ("refund me for the whole 4 years I've paid you", "excessive_demand"),
        ("I want the manager knocking on my door today", "in_person_demand"),
        ("be at my door at noon tomorrow, no excuses", "in_person_demand"),
    ],
)
def test_demand_past_the_matter_is_caught(detector: LexiconDetector, text: str, code: str) -> None:
    assert code in serious(detector, text), text


@pytest.mark.parametrize(
    "text, code",
    [
        ("was the guy who helped me last week let go? he was great", "staff_naming"),
        ("I hope nobody ends up getting sacked over this mix-up", "staff_naming"),
        ("I don't think the lady should be fired, it was the system", "staff_naming"),
        ("my brother was fired on friday so i need a payment plan", "staff_naming"),
        ("I want the agent to tell me why my account was suspended", "staff_naming"),
        ("I got confirmation she was booked in for the visit", "staff_naming"),
        ("I want my money back for this order, it came broken", "excessive_demand"),
        ("refund the fees for the last two months please, wrong tariff", "excessive_demand"),
        (
            "I've been with you for the last three years, please refund this order",
            "excessive_demand",
        ),
        ("can you call me, I want to apologise for shouting", "apology_demand"),
        ("no need to apologise, your colleague sorted it", "apology_demand"),
        ("the driver left the parcel at my front door, perfect", "in_person_demand"),
        ("I'll be at my house all day, drop it round whenever", "in_person_demand"),
        ("your team can knock on my door when they collect the old one", "in_person_demand"),
        ("I'm worried I'll be disciplined at work if this isn't fixed", "staff_naming"),
        (
            "can I book an engineer to come to my front door on Friday to fit the meter?",
            "in_person_demand",
        ),
    ],
)
def test_look_alikes_stay_clear(detector: LexiconDetector, text: str, code: str) -> None:
    assert code not in serious(detector, text), text

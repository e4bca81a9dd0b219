"""English false alarms of benign customer messages read for the first time
(docs/quality.md), fixed by frame. Every sentence here is written for these tests,
none is a set's line.

- a street address's words ("27 Kings Court") are a place's name: no cue inside one counts;
- a pet licking its wound or dressing, and lingerie as a shoot booked or a line of goods,
  are no sexual remark; "lick you", "you in lingerie" still are;
- a hazard likened to a ticking time bomb is an idiom of risk; a hurt foreseen "before
  someone gets hurt" warns of a hazard the sentence names (a loose rail, black ice), and
  is the veiled threat without one;
- "think about that" of the speaker's own weighing is no warning; told to the listener it is;
- the company's number spoofed or cloned by fraudsters is a scam reported, no number asked;
- someone sent out for a call-out the customer's cover pays for (a locksmith, a charger)
  is service;
- a screenshot of the customer's own statement, and the right to use the company's
  material asked, are no exposure; posting them still is;
- "now!" of the speaker's own act ("leaving you a five star review now!") presses no one;
- an insult adjective before a machine ("this stupid printer") describes the machine;
- after "just", a verb's -s form ("the car just dies") is told of a subject, no order;
- a lawyer's advice to get paperwork, and the date or the other side's lawyer of a
  property sale, are the customer's own affairs; suing said beside them still counts."""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from unit.detect.support import assert_clear, assert_fires, serious


def test_street_address_words_are_a_place(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "legal_threat",
        ["Can the engineer come Tuesday? I'm at 27 Kings Court, flat 4, buzzer is broken."],
    )
    assert_fires(
        detector,
        "legal_threat",
        [
            "Refund me by Friday or I'm taking you to court.",
            "Pay up or I'll see you in court, I live at 12 Mill Lane if your lawyer wants to serve me.",
        ],
    )


def test_pet_wound_and_lingerie_goods_are_no_sexual_remark(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "sexual_harassment",
        [
            "Our cat keeps licking at her stitches after the spay, is that normal or does she need a cone?",
            "My puppy won't stop licking his paws since the new food, could it be an allergy?",
            "Do you do lingerie shoots for couples? My wife wants an album for our anniversary.",
            "Is the lingerie range in the sale as well? Looking for a set for my girlfriend.",
        ],
    )
    assert_fires(
        detector,
        "sexual_harassment",
        [
            "I want to lick you all over.",
            "I'd love to lick your neck next time you serve me.",
            "I bet you look amazing in lingerie, send me a picture.",
            "Wear your lingerie under the uniform tomorrow, for me.",
        ],
    )


def test_hazard_idioms_and_warnings_are_no_threat(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "violence_threat",
        [
            "That front tyre is a ticking time bomb, the mechanic said. Can you fit a new one on Thursday?",
            "Honestly the wiring in the old flat was a ticking timebomb, glad your electrician sorted it.",
            "The handrail on the stairs by studio 2 is loose, please tape it off before somebody gets hurt.",
            "There's black ice all over the car park, could someone grit it before anyone gets hurt?",
        ],
    )
    assert_fires(
        detector,
        "violence_threat",
        [
            "I'll bomb your office.",
            "Refund me today before someone gets hurt.",
            "Give me my money back before somebody gets hurt, I mean it.",
            "Keep ignoring me and you'll see, get my deposit back before someone gets hurt.",
        ],
    )


def test_own_thinking_is_no_warning(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "violence_threat",
        [
            "I'll think about that and get back to you on the upgrade.",
            "Let me think about that offer over the weekend.",
        ],
    )
    assert_fires(
        detector,
        "violence_threat",
        [
            "I'd cancel the complaint if I were you. Think about that.",
            "You've got kids too. Think about that before you refuse me.",
        ],
    )


def test_spoofed_company_number_is_no_privacy_ask(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "privacy_intrusion",
        [
            "Got a text from someone spoofing your number asking for my PIN, is it a scam?",
            "Someone cloned your phone number and rang my nan asking for her card details.",
        ],
    )
    assert_fires(
        detector,
        "privacy_intrusion",
        [
            "What's your number? I'd like to call you after work.",
            "Give me your phone number so I can text you tonight.",
        ],
    )


def test_covered_call_out_is_service(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "in_person_demand",
        [
            "My laptop battery is flat and I'm stuck, can you send someone out with a charger? Covered under the call-out plan.",
            "Locked out of the flat, can you send someone out? My home cover includes a locksmith.",
        ],
    )
    assert_fires(
        detector,
        "in_person_demand",
        [
            "Send someone out here right now to explain yourselves to my face.",
            "I want your manager to come to my house tonight and apologise.",
        ],
    )


def test_screenshot_as_document_or_licence_is_no_exposure(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "online_defamation_threat",
        [
            "Screenshot of my bank statement attached, you took the payment twice.",
            "Here are screenshots of my order history showing it was cancelled.",
            "Can we use screenshots of your app in our training manual for new staff?",
        ],
    )
    assert_fires(
        detector,
        "online_defamation_threat",
        [
            "I have screenshots of this chat and I'm posting them everywhere.",
            "Screenshots going on Twitter with your name on them.",
            "I'm going to share screenshots of your replies online so everyone sees.",
        ],
    )


def test_own_act_now_presses_no_one(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "pressure_language",
        ["Shout out to Priya who sorted my refund in minutes. Leaving you a five star review now!"],
    )
    assert_fires(detector, "pressure_language", ["Fix it now!", "Refund me now!"])


def test_insult_word_before_a_machine_describes_it(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "abusive_language",
        [
            "This stupid printer jams every single time I use it, could you send a replacement drum?",
            "That stupid boiler has packed in again, the engineer was only here last week.",
        ],
    )
    assert_fires(detector, "abusive_language", ["You stupid idiot, you've ruined my order."])


def test_verb_with_s_after_just_is_no_order(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "abusive_language",
        [
            "Every morning the car just dies at the lights, could you check the alternator?",
            "The app just crashes when I open the basket.",
        ],
    )
    assert_fires(detector, "abusive_language", ["Just die.", "Please just die already."])


def test_lawyer_paperwork_and_property_sale_are_own_affairs(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "legal_threat",
        [
            "Our conveyancer says to get written confirmation of the deposit from each supplier, can you send one?",
            "My lawyer told me to keep all the receipts, could you resend last month's?",
            "Our closing date has moved because of the seller's lawyer, can we push the removal van back?",
        ],
    )
    assert_fires(
        detector,
        "legal_threat",
        [
            "My solicitor says to sue you unless the deposit is back by Friday.",
            "My solicitor will be in touch about your charges.",
            "Our completion date slipped and my solicitor says we're suing you for the costs.",
        ],
    )
    assert not serious(detector, "Is the lingerie range in the sale as well?")

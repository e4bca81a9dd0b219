"""English false alarms of benign customer messages read for the first time
(docs/quality.md), fixed by frame. Every sentence here is written for these tests,
none is a set's line; each benign one fired before its mechanism.

- an insult word that is a word of a capitalised name (a band, a tribute act) names the
  act; "you monkeys", a sentence in capitals throughout, still insult;
- an order-shaped insult ("learn English") that is the speaker's own plan or that of
  someone of theirs is no order; told to the listener or their staff it is;
- "sexy" before a thing after a determiner passed over with the degree words ("wants a
  sexy convertible", "a really sexy watch") describes the thing; before a person, a
  voice or an evening together it is a remark;
- watching or following done to the speaker by someone else is a report; the speaker's
  own, or someone watching the listener, is stalking;
- someone else's dealings with the police about a third person are a report; the
  speaker's own, or one about the listener, stay;
- screenshots someone else posted, reported for takedown, are no post announced;
- "take it off" whose "it" is a fine or a charge named before is a charge, not clothes;
- a lawyer's present need of a document, and a lawyer acting for the customer to whom
  papers are to be sent on, are errands; a suit or a listener beside them still counts;
- the police as part of a topic read about or researched are a subject of study;
- a home visit asked politely by a customer who cannot travel is an accommodation;
- the customer's own date of birth is no staff detail asked."""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from unit.detect.support import assert_clear, assert_fires


def test_insult_word_in_a_capitalised_name_names_the_act(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "abusive_language",
        [
            "Tickets for Arctic Monkeys at Finsbury Park, are there any left?",
            "Do you still have standing tickets for Arctic Monkeys on the Friday?",
            "We loved the Bastard Sons tribute last night, any more dates planned?",
        ],
    )
    assert_fires(
        detector,
        "abusive_language",
        [
            "you monkeys cant even get a refund right",
            "Listen you Monkeys, sort my refund out",
            "You Are All Morons At This Company",
        ],
    )


def test_own_plan_to_learn_is_no_order(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "abusive_language",
        [
            "My mum has been trying to learn English for a year, do you run evening classes?",
            "We'd really like to learn English together, is there a group on Saturdays?",
        ],
    )
    assert_fires(
        detector,
        "abusive_language",
        [
            "learn english before you answer the phone",
            "you need to learn English mate",
            "I want you to learn English before you call me again",
            "Your staff need to learn english",
        ],
    )


def test_sexy_thing_after_a_determiner_is_the_thing(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "sexual_harassment",
        [
            "My husband wants a sexy convertible for his 50th, what have you got on the lot?",
            "I'm after a really sexy watch for my husband's 40th",
        ],
    )
    assert_fires(
        detector,
        "sexual_harassment",
        [
            "I want a sexy night in with you",
            "I want a sexy receptionist next time",
            "what a sexy voice you have",
            "you sexy thing, come here",
        ],
    )


def test_watching_done_to_the_speaker_is_a_report(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "privacy_intrusion",
        [
            "A man in the reading room has been watching over my shoulder every afternoon, "
            "could someone have a word?",
            "Some bloke has been watching me from the bus stop opposite your shop for days, "
            "can your security check?",
        ],
    )
    assert_fires(
        detector,
        "privacy_intrusion",
        ["I've been watching you for weeks", "Someone has been watching you, sweetheart."],
    )


def test_third_party_report_about_another_is_no_threat(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "legal_threat",
        [
            "My daughter's ex-partner turned up at the show. She's been in touch with the "
            "police about him already.",
            "My neighbour has already spoken to the police about them, they keep parking "
            "across our drive.",
        ],
    )
    assert_fires(
        detector,
        "legal_threat",
        [
            "She's already been in touch with the police about you",
            "I've been in touch with the police about him",
            "My husband will call the police",
        ],
    )


def test_screenshots_posted_by_someone_else_are_reported(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "online_defamation_threat",
        [
            "Someone on your subreddit has posted screenshots of our staff rota, leaked by an "
            "ex-employee. Could you take the posts down?"
        ],
    )
    assert_fires(
        detector,
        "online_defamation_threat",
        ["I have posted screenshots of this chat on reddit", "im posting screenshots of this chat"],
    )


def test_charge_taken_off_is_no_undressing(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "sexual_harassment",
        [
            "I've got a 60p fine for the DVD I returned on time. Could you check and take it "
            "off please?"
        ],
    )
    assert_fires(
        detector,
        "sexual_harassment",
        [
            "Nice top. Take it off.",
            "That uniform does nothing for you, take it off",
            "I paid the fine already. You look good in that dress, take it off for me",
        ],
    )


def test_lawyers_papers_are_an_errand(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "legal_threat",
        [
            "Our legal team needs the current subprocessor list before we can renew.",
            "A solicitor is handling the claim for me. Could you send the x-rays to him directly?",
            "My solicitor is dealing with it for me. Please forward the invoices to her at the "
            "address below.",
        ],
    )
    assert_fires(
        detector,
        "legal_threat",
        [
            "Our legal team needs your answer by Friday.",
            "Our legal team needs the recordings for the lawsuit.",
            "A solicitor is handling it for me. You will be hearing from him.",
            "My solicitor is handling it now. Send the records to him or I will see you in court.",
        ],
    )


def test_police_as_a_topic_of_study(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "legal_threat",
        [
            "I'm researching the 1926 general strike, in particular the police response in the "
            "coalfields. Any archives?"
        ],
    )
    assert_fires(
        detector,
        "legal_threat",
        [
            "I have material on the whole affair, and I'm going to the police",
            "I'm gathering material on you for the police",
        ],
    )


def test_home_visit_asked_by_who_cannot_travel(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "in_person_demand",
        [
            "As I can no longer drive, could someone come to my house to go through the options?",
            "I'm housebound these days, could someone visit me to go through the paperwork?",
        ],
    )
    assert_fires(
        detector,
        "in_person_demand",
        [
            "As I no longer drive, your manager will come to my house and apologise.",
            "Would someone be able to visit me at home? Your service has been a disgrace.",
            "I want someone at my house tomorrow to explain this",
        ],
    )


def test_own_date_of_birth_is_no_staff_detail(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "privacy_intrusion",
        [
            "Dear Mr Patel, please find my papers enclosed. My date of birth is 12 June 1950 "
            "and my full legal name is on the form."
        ],
    )
    assert_fires(
        detector,
        "privacy_intrusion",
        [
            "Dear Ms Hughes, I need your date of birth and home address so I can write to you "
            "personally.",
            "Dear Mr Jones, I require the date of birth and residential address of your "
            "representative.",
        ],
    )

"""False alarms a blind set of benign English customer messages showed (pest control,
a driving school, an optician, a photographer, a printer, a solicitor's letter), by
frame: a word that spells a verb standing where a name stands (after a preposition, a
verb of thanking or telling, or before an adverb of habit: "a lesson with Sue", "Sue
never once lost patience"); the speaker's own wish to die, wished on nobody ("I want to
die tbh"); a voucher or a scheme the customer holds, asked what it will pay for; the
customer's own lingerie for their own shoot; "test" as an exam's noun before a clause
of "me" ("pass de test me gon have to…"); a deadline given its reason, the customer's
own dated occasion ("Deadline hard: event Saturday"); the customer's photos put on the
company's own channel; a lawyer minding absent clients' post. Each with look-alikes of
the same shape that must still fire.

Written for these tests, not taken from a corpus.
"""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from unit.detect.support import assert_clear, assert_fires


# ------------------------------------------------------------------ a name that spells a verb
def test_a_name_in_a_nouns_place_is_no_suit(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "legal_threat",
        [
            "My son had six lessons with Sue and loved every one of them.",
            "Please thank Sue for me, she was wonderful with my mum.",
            "Thanks Sue for all the help with the booking.",
            "I spoke to Sue about moving the appointment to Friday.",
            "Could you pass the card on to Sue at reception?",
            "He was so anxious, but Sue always explained everything twice.",
            "Sue never once raised her voice, even when he stalled on the hill.",
        ],
    )


def test_a_suit_threatened_stays_whatever_the_case(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "legal_threat",
        [
            "I will Sue you.",
            "I am going to Sue.",
            "I'm gonna Sue and win.",
            "Sue them all, I say.",
            "and I'll Sue, believe me",
            "We will sue with everything we have",
            "Then I'll Sue.",
        ],
    )


# ------------------------------------------------------------------ the speaker's own wish
def test_the_speakers_own_wish_to_die_is_no_abuse(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "abusive_language",
        [
            "Mice in the loft again. Honestly I just want to die.",
            "We all want to die of embarrassment after the party, the cake collapsed.",
            "i wanna die lol the bill is huge, can i pay in instalments?",
        ],
    )


def test_death_wished_on_someone_stays(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "abusive_language",
        [
            "I want you to die.",
            "i want u to die",
            "I want her to die, that receptionist",
            "do you want to die?",
            "you want to die, keep talking",
            "go die",
        ],
    )


# ------------------------------------------------------------------ a voucher asked about
def test_a_voucher_asked_what_it_covers_is_no_demand(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "excessive_demand",
        [
            "Will my student discount voucher cover the frames or only the lenses?",
            "Would the council grant cover a replacement boiler, or just a repair?",
            "Does the school uniform voucher pay for the blazer too?",
        ],
    )


def test_a_voucher_demanded_stays(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "excessive_demand",
        [
            "I want a voucher to cover my trouble.",
            "Give me vouchers for the stress, the voucher covers nothing else",
            "I expect a voucher for my wasted afternoon",
        ],
    )


# ------------------------------------------------------------------ the customer's own lingerie
def test_the_customers_own_lingerie_for_a_shoot(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "sexual_harassment",
        [
            "My wife will wear her own lingerie for the session, is there a changing room?",
            "For the boudoir package, do I bring my own lingerie or do you supply some?",
        ],
    )


def test_lingerie_aimed_at_the_listener_stays(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "sexual_harassment",
        [
            "I want to see you in lingerie",
            "I'll bring my own lingerie for you to model",
            "Bring your lingerie and come to my room",
            "wear my lingerie for me next time, sweetheart",
        ],
    )


# ------------------------------------------------------------------ the exam's test
def test_an_exams_test_before_a_clause_of_me(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "violence_threat",
        [
            "Failed the theory test me and my mum are gutted, can I rebook?",
            "If I fail the practical test me dad go vex, any slots next week?",
        ],
    )


def test_a_dare_to_test_the_speaker_stays(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        ["Don't test me.", "Go on, test me, I dare you.", "You really want to test me? Try it."],
    )


# ------------------------------------------------------------------ a deadline and its reason
def test_a_deadline_given_its_occasion(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "pressure_language",
        [
            "Strict deadline: our wedding is on the 14th, so the flowers by the 13th please.",
            "Firm deadline - the launch is Monday; can you deliver the banners Friday?",
            "The deadline is the christening on Sunday, would Saturday pickup work?",
        ],
    )


def test_a_deadline_set_as_an_ultimatum_stays(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "pressure_language",
        [
            "Deadline: Friday. No excuses.",
            "Hard deadline: tomorrow noon, or I take my business elsewhere.",
            "Deadline is Friday, I won't tell you again",
        ],
    )


# ------------------------------------------------------------------ the company's own channel
def test_photos_put_on_the_companys_channel(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "privacy_intrusion",
        [
            "Happy for you to share the photos on your Facebook page, just don't tag me.",
            "Feel free to put them on your Insta, the cake looked amazing.",
        ],
    )


def test_a_staff_members_account_asked_stays(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "privacy_intrusion",
        [
            "What's your Instagram?",
            "Give me your insta, babe.",
            "I'll find your instagram and see your pics",
            "Post it on your instagram and send me your home address",
        ],
    )


# ------------------------------------------------------------------ a lawyer minding post
def test_a_lawyer_minding_absent_clients_post(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "legal_threat",
        [
            "I'm an attorney; the Hendersons are overseas and asked me to look after their"
            " mail while they're away. Has the sofa been dispatched?",
            "As their solicitor I have been asked to deal with their correspondence for a"
            " few weeks, so please copy me in on the delivery date.",
        ],
    )


def test_a_lawyer_acting_against_the_company_stays(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "legal_threat",
        [
            "I am a solicitor and my clients have asked me to handle their claim against you.",
            "My lawyer will handle this from now on.",
            "I am a solicitor and we will see you in court.",
        ],
    )

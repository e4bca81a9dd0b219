"""English mechanisms behind the false positives and misses of a blind set, in the
registers it used (long polite e-mail with the cue mid-paragraph, chat to a bot,
@-replies to a brand, SMS):

- meeting face to face is the customer's own visit when the message asks where a
  branch is or for an appointment (in_person_demand);
- a lawyer consulted about the customer's own affairs (a will, an estate, a divorce,
  a house purchase) is no legal threat; a passive still to come ("papers will be
  filed against your company") is no past narration (legal_threat);
- a review that praises, or a five-star rating, told of is no threat to post
  (online_defamation_threat);
- an apology claimed as a debt ("you owe me an apology", "I'm owed one") is a demand.

Every sentence here is written for these tests."""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from unit.detect.support import assert_clear, assert_fires


# ------------------------------------------------------------ a visit of one's own
def test_a_wish_to_meet_at_a_branch_is_no_demand(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "in_person_demand",
        [
            "Hello there, we are setting up a charity next year and I would really like to "
            "sit down with someone face to face about an account. Is there a branch in "
            "Bristol, and could I make an appointment for a weekday? Thanks, Owen",
            "hey bot can i chat to a human in person about a loan, whats the closest branch to me",
            "@BankCo keen to meet an adviser face to face re: ISA, do u have an office near Bath?",
            "Wld like 2 talk in person abt my mortgage. Which branch is nearest? Ta",
            "Is it possible to meet somebody in person at one of your branches next week?",
            "hi, can I talk to an adviser face to face about my pension? where are you based?",
        ],
    )


def test_staff_wanted_face_to_face_stays_a_demand(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "in_person_demand",
        [
            "I want to see your manager face to face, not on the phone",
            "someone will explain this to me in person, at my house, this week",
        ],
    )


# ------------------------------------------------------------ a lawyer for one's own affairs
def test_a_lawyer_for_ones_own_affairs_is_no_threat(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "legal_threat",
        [
            "Dear Sir, further to my call, I met my solicitor about my late mother's probate "
            "last week and she has asked for the final balance of the joint account. Kind regards",
            "hi, my attorney is handling my divorce and needs two years of statements",
            "@BankCo saw the solicitors re selling my flat, they want a redemption figure asap pls",
            "went to a lawyer to write my will, can i name a beneficiary on the savings account?",
        ],
    )


def test_a_lawyer_against_the_company_stays_a_threat(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "legal_threat",
        [
            "my solicitor is now looking at how you handled my complaint",
            "I have instructed a lawyer about your charges and you will hear from them",
            "you signed me up against my will, my solicitor has the letters",
        ],
    )


def test_a_claim_to_come_in_the_passive_is_a_threat(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "legal_threat",
        [
            "Please note that a claim will be filed with the court on Friday.",
            "proceedings will be issued against you next week",
            "court papers r being prepared, enjoy ur weekend",
            "a formal claim will be lodged against your company by the end of the month",
        ],
    )


def test_a_claim_told_of_in_the_past_stays_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "legal_threat",
        [
            "my claim was filed with the insurer last month, just so you know",
            "the charge was filed against my card twice, can you reverse one",
            "A claim will be filed with my insurer.",
        ],
    )


# ------------------------------------------------------------ praise told of
def test_a_favourable_review_told_is_no_threat(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "online_defamation_threat",
        [
            "Good morning, I just wanted to say that I posted a review praising your "
            "branch staff on Google yesterday, they were so patient with my dad.",
            "posted a glowing review on yelp about your chef last night 😊",
            "@CafeCo i put on insta how fast u sorted my order, 5 stars",
        ],
    )


def test_a_hostile_post_stays_a_threat(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "online_defamation_threat",
        [
            "stop praising yourselves, I'm posting this whole chat on twitter",
            "I'm posting the recording on facebook so everyone sees how you treat people",
        ],
    )


# ------------------------------------------------------------ an apology owed
def test_an_apology_claimed_as_owed_is_a_demand(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "apology_demand",
        [
            "I think after all of this I am owed an apology",
            "u owe me a proper apology tbh",
            "Your agent owes us an apology for the way he spoke to my wife.",
        ],
    )


def test_an_apology_the_customer_owes_stays_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "apology_demand",
        [
            "I owe your agent an apology for shouting yesterday",
            "no one owes me an apology, I just want it fixed",
        ],
    )


# ------------------------------------------------------------ a named person's removal
def test_a_named_persons_removal_in_other_words_is_naming(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "staff_naming",
        [
            "honestly I want Priya gone after that call",
            "@ShopCo Dylan needs sacking, simple as",
            "Good afternoon. Please confirm Marek has been disciplined for his conduct on the phone.",
            "tell me Gemma has been sacked or i'm taking my business elsewhere",
        ],
    )


def test_someone_off_a_joint_account_or_a_past_sacking_stays_clear(
    detector: LexiconDetector,
) -> None:
    assert_clear(
        detector,
        "staff_naming",
        [
            "i want Marcus gone from the joint account, we split up",
            "Kevin told me he was sacked from his last job, small world",
            "the old boiler needs removing, can Sarah book that in?",
        ],
    )


# ------------------------------------------------------------ pressure
def test_an_order_to_answer_now_and_today_not_later_are_pressure(
    detector: LexiconDetector,
) -> None:
    assert_fires(
        detector,
        "pressure_language",
        [
            "respond to me NOW",
            "get back to me now. I've waited long enough",
            "Hello, this has dragged on since March. I expect it fixed today, not on Monday, "
            "and I will not accept another excuse.",
            "sort my refund tonight not tomorrow",
        ],
    )


def test_a_polite_now_or_a_date_corrected_stays_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "pressure_language",
        [
            "could you get back to me now, please? I'm near the phone",
            "the engineer is booked for today, not tomorrow, is that right?",
            "I'll talk to my husband now and ring you back",
        ],
    )


# ------------------------------------------------------------ dullness asked
def test_dullness_asked_of_the_staff_is_abuse(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "abusive_language",
        [
            "are you lot really this clueless?",
            "r u all that daft or just pretending",
            "Is everybody at your head office this incompetent, or only the ones I get?",
        ],
    )


def test_a_thing_this_thick_stays_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "abusive_language",
        [
            "is the carpet underlay always this thick?",
            "are you sure the walls are this thick? I can hear everything",
            "are you this busy every weekend? I can ring back",
        ],
    )


# ------------------------------------------------------------ a staff member's life
def test_a_named_persons_home_or_family_found_is_privacy(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "privacy_intrusion",
        [
            "what area does Kelly live in, just curious",
            "Please advise where Mr Patel from your billing team lives.",
            "looked up the courier's insta lol, his daughter goes to the academy on Hill Rd",
        ],
    )


def test_ones_own_family_or_a_depot_stays_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "privacy_intrusion",
        [
            "my daughter goes to the academy, do you do a student discount?",
            "what area is your depot in? I'd like to collect",
            "found the driver's facebook to say thanks, he was brilliant, his kids go to my school",
        ],
    )

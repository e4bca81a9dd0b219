"""English mechanisms behind the false positives of a read set and two read streams
(their mechanisms were read, never copied; every sentence here is written for these
tests):

- the remedy the terms give, named before the claim to it ("sort out the refund I'm
  owed", "the replacement we're entitled to"), is no excessive demand; nor is
  compensation asked about ("will there be any compensation for the outage?");
- a lawyer in the family, the copula contracted or the noun described ("my uncle's a
  retired barrister"), is who someone is; a wish to settle with the company ("so I'm
  hoping we can sort it", "I'd still rather settle this with you") commits to no act,
  and beside a legal mention of the past or of an identity it is a de-escalation;
- a lawyer's or a legal team's paperwork errand ("our legal department needs a copy of
  your insurance certificate") and a lawyer friend's advice reported ("my attorney mate
  reckons …") are no threat;
- veiled menace ("you don't know who you're dealing with", "you won't like what I bring",
  "something bad is going to happen"), an order to drop everything, a loss laid at the
  listener's door, precedence over every customer from now on, and where a named staff
  member or she or he lives;
- a deadline asked after ("when's the deadline to redeem my points?") sets none.
"""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from unit.detect.support import assert_clear, assert_fires, severity


def test_the_remedy_claimed_as_owed_is_no_excess(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "excessive_demand",
        [
            "Could you sort out the refund I'm owed for the cancelled tour?",
            "kindly action the reimbursement which we are entitled to under the booking terms",
            "still waiting on the replacement im due, order 5521",
            "Pls send the rebooking I'm eligible for, flight got scrapped",
            "I want the money back that I'm legally entitled to, nothing more.",
            "The game was down all weekend, will there be any compensation for players?",
            "is there any compensation planned for the outage last night?",
            "Are you offering any compensation for the missed delivery slot?",
        ],
    )
    assert_fires(
        detector,
        "excessive_demand",
        [
            "Give me the refund I'm owed, plus a voucher for my trouble.",
            "I'm entitled to compensation for the stress, pay me £500.",
            "Refund me and compensate me for my time, I deserve it.",
            "I want compensation for the inconvenience on top of the refund.",
        ],
    )


def test_a_lawyer_in_the_family_and_a_wish_to_settle(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "legal_threat",
        [
            "My uncle's a practising barrister, he reckons it's open and shut, "
            "I'd much rather we settled it between us though.",
            "My cousin's a solicitor. She said I have a decent case, but I'm hoping we can sort it out.",
            "My brother-in-law is a barrister, so hopefully we can sort this out quickly.",
            "Mum's a retired lawyer and she thinks the contract is clear, so I'm hoping we can resolve it.",
            "I've reported it to the ombudsman so it's on file, but honestly I'd sooner settle it with your team.",
            "I phoned consumer affairs for a reference number, though I would prefer to resolve it with you directly.",
        ],
    )
    assert severity(detector, "My cousin's a solicitor.", "legal_threat") == "low"
    assert_fires(
        detector,
        "legal_threat",
        [
            "My brother's a lawyer and he'll be in touch.",
            "My cousin is a barrister and she will be writing to you.",
            "My sister's a solicitor, so I'd rather sue you than wait.",
            "I have contacted my lawyer, sort it out or else.",
            "I have contacted my lawyer, fix this or else.",
            "I spoke to my attorney, I hope we can resolve it but if not I will sue.",
            "My lawyer says we can settle this in court.",
            "I'd rather see you in court.",
            "Hes a barrister and hes itching for a case like this.",
        ],
    )


def test_paperwork_errands_and_reported_advice(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "legal_threat",
        [
            "Our legal department has requested your insurance certificate for the file.",
            "our legal team needs a copy of the signed framework agreement, can you resend it?",
            "My solicitor needs a certified copy of the deeds, how do I order one?",
            "My attorney has asked for the invoices from March, can you email them?",
            "My lawyer mate reckons I should read the cancellation clause first, just checking.",
            "A solicitor friend said the warranty should cover it - does it?",
        ],
    )
    assert_fires(
        detector,
        "legal_threat",
        [
            "My solicitor needs a copy of the call recording for the lawsuit.",
            "My lawyer needs a copy of your complaints procedure before we sue.",
            "My lawyer wants a word with your manager.",
            "My attorney friend reckons you'll lose in court, so pay up.",
            "Our legal team will initiate proceedings unless the credit is confirmed.",
        ],
    )


def test_a_deadline_asked_after_sets_none(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "pressure_language",
        [
            "When's the deadline to redeem my loyalty points?",
            "what is the final deadline to enter the summer draw",
            "Hi, is there a deadline to return the rental kit?",
        ],
    )
    assert (
        severity(detector, "When is the deadline to apply for the rebate?", "pressure_language")
        is None
    )
    assert_fires(
        detector,
        "pressure_language",
        [
            "Friday is your deadline, no excuses.",
            "This is your final warning, sort it by tonight or else.",
        ],
    )


def test_a_named_staff_members_account_asked(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "privacy_intrusion",
        [
            "whats tanaka's snapchat",
            "Can I get Suzuki's insta? She was lovely on the phone",
            "give me yamada's personal number",
            "need kobayashis tiktok handle asap lol",
        ],
    )
    assert_clear(
        detector,
        "privacy_intrusion",
        [
            "What's your instagram? I want to tag the shop in my post",
            "what is the store's instagram handle",
            "Can I get my son's snapchat account unlocked?",
            "I need Tanaka to call me back about the invoice.",
        ],
    )


def test_an_outing_for_two_is_an_advance(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "sexual_harassment",
        [
            "What about lunch, just us two, my treat",
            "how about a nightcap after ur shift, just the pair of us",
            "Fancy a coffee sometime? Only the two of us, no one else invited.",
        ],
    )
    assert_clear(
        detector,
        "sexual_harassment",
        [
            "How about a meeting with your manager, just the two of us and the paperwork?",
            "Our table for dinner is just the two of us, can we move it to 8pm?",
            "Booked lunch for my wife and me, just the two of us, is the terrace open?",
        ],
    )


def test_veiled_menace_and_harm_foretold(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        [
            "You've no idea who you're messing with, mate.",
            "u dont know who ur dealing with",
            "Next visit, you won't like what I bring along.",
            "Something nasty is gonna happen if my router isn't replaced.",
        ],
    )
    assert_clear(
        detector,
        "violence_threat",
        [
            "Something bad will happen to my account if I don't pay?",
            "I had no idea who I was dealing with when I signed up, the reviews were fake.",
            "Is something going to happen to my booking if the strike goes ahead?",
        ],
    )


def test_orders_to_drop_all_and_losses_laid_at_the_door(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "pressure_language",
        [
            "Drop everything and sort my connection out now.",
            "You people have cost me thousands with this outage.",
            "youve cost me a small fortune in lost bookings",
        ],
    )
    assert_clear(
        detector,
        "pressure_language",
        [
            "I had to drop everything and wait in for the engineer.",
            "The repair cost me a fortune last year, so I'd like the extended cover.",
        ],
    )


def test_precedence_over_everyone_from_now_on(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "excessive_demand",
        [
            "From now on I want to be first in line every time.",
            "going forward put me at the front of the queue, always",
        ],
    )
    assert_clear(
        detector,
        "excessive_demand",
        [
            "Am I first in the queue for the callback?",
            "I was first in line this morning and still waited an hour.",
        ],
    )


def test_where_a_staff_member_lives(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "privacy_intrusion",
        [
            "Tell me which street she lives on.",
            "what suburb does he live in",
            "the suburb Tanaka lives in, tell me",
            "where does Sato live",
        ],
    )
    assert_clear(
        detector,
        "privacy_intrusion",
        [
            "My mum can't get out, can you deliver to where she lives?",
            "Which area do you deliver to?",
            "the street outside my flat is flooded",
        ],
    )

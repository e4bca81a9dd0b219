"""English false alarms of benign customer messages read for the first time
(docs/quality.md), fixed by mechanism. Every sentence here is written for these tests,
none is a set's line.

- the star rating of the customer's own review, as its verdict ("Two stars.", "so I've
  knocked a star off"), is no defamation threat; a rating said before an act, under a
  condition or as a review announced ("one star and I'll tell everyone") still is;
- a lawyer's errand told as the past, with the purpose of the papers after it ("…,
  for an injury claim"), is no legal threat: a phrase opened by a preposition orders
  nothing; a lawyer who will act still is;
- the police as the ones who may ask for evidence later ("the police might want a copy
  of the CCTV") are no report announced; calling them still is;
- a lawyer as what a thing should come with is a joke about the thing;
- a sum the law or a passenger regulation sets, cited as such ("per EU261 we are owed
  …"), and the company's own offer quoted ("your reply said …"), are no excessive
  demand; gift cards asked of the customer by someone else (a scam reported) neither;
- an apology asked once, in a polite question, for someone else ("could someone say
  sorry to my daughter?") or weighed as owed to another ("I feel my gran is owed an
  apology") is at most low; pressed (now, in writing, "I want it from …") or for the
  speaker it stays a demand."""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from unit.detect.support import assert_clear, assert_fires


def test_own_review_rating_is_no_defamation_threat(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "online_defamation_threat",
        [
            "Two stars. The room was clean but the breakfast was cold and the lift was out all week.",
            "Decent headphones but the case cracked in a month, so I've knocked a star off.",
            "Zero stars. Would not order from this takeaway again, the chips were raw.",
            "1/5 stars. Kettle leaks from the base after a fortnight.",
            "Comfy trainers, sizing runs small though - minus one star for that.",
        ],
    )
    assert_fires(
        detector,
        "online_defamation_threat",
        [
            "One star and I'll tell everyone I know about this shop.",
            "Refund me today or it's a one star review on every site.",
            "Enjoy your one star review, I'm posting it tonight with photos of your staff.",
            "If this isn't fixed by Monday you're getting one star everywhere.",
        ],
    )


def test_lawyer_errand_with_its_purpose_is_no_threat(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "legal_threat",
        [
            "My conveyancer asked me to dig out the survey report for the mortgage claim, can you resend it?",
            "Our lawyer has requested a copy of the signed order form, for the insurance claim.",
            "My attorney asked me for the repair invoices, regarding the claim against the other driver.",
        ],
    )
    assert_fires(
        detector,
        "legal_threat",
        [
            "My solicitor will be in touch unless the refund is paid by Friday.",
            "I've spoken to my lawyer, for your information, and we're suing.",
            "My lawyer asked me to file a claim against you, for the damage.",
        ],
    )


def test_police_who_may_ask_for_evidence_are_no_report(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "legal_threat",
        [
            "Reception says the police might want a copy of the CCTV from the lobby, how long is it stored?",
            "My bike was nicked from your car park and the officers may ask for the footage, please keep it.",
        ],
    )
    assert_fires(
        detector,
        "legal_threat",
        [
            "I'm calling the police, they may ask for the footage so don't delete it.",
            "The recording is going to the police and they could ask for it in court.",
        ],
    )


def test_lawyer_a_thing_comes_with_is_a_joke(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "legal_threat",
        ["These fries should come with a lawyer, they're that salty lol"],
    )
    assert_fires(
        detector,
        "legal_threat",
        ["My lawyer says I should come with a lawyer to the hearing against you."],
    )


def test_entitlement_set_by_law_and_scam_gift_cards_are_no_excess(
    detector: LexiconDetector,
) -> None:
    assert_clear(
        detector,
        "excessive_demand",
        [
            "Per EU261 we are owed 600 euros each for the cancellation, please pay it to the card on file.",
            "Your reply said I could only get store credit; the law gives me my money back.",
            "A text claiming to be from my bank wanted me to buy gift cards. Reporting it here.",
            "Our office manager got a voicemail from a caller asking for gift cards in the director's name.",
        ],
    )
    assert_fires(
        detector,
        "excessive_demand",
        [
            "Under EU261 I'm owed 600 euros. I also want another 500 for the stress you put me through.",
            "I want a gift card for my trouble, £100 at least.",
            "Give me gift cards or I'll keep calling every day.",
        ],
    )


def test_polite_or_weighed_apology_for_another_is_no_demand(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "apology_demand",
        [
            "Can someone say sorry to my daughter? She was really embarrassed at the till.",
            "Would somebody please apologise to my dad? He waited two hours at the counter.",
            "I feel my grandmother is owed an apology after how she was spoken to.",
            "To be fair I think she's owed an apology, she was only asking where the loo was.",
        ],
    )
    assert_fires(
        detector,
        "apology_demand",
        [
            "Could you apologise to my wife now?",
            "Apologise to my wife right now or I'm going to the press.",
            "Could you apologise to me for once?",
            "He's owed an apology and I want it from your CEO.",
            "Honestly I think he's owed an apology and I expect it today.",
            "I think I'm owed an apology.",
        ],
    )

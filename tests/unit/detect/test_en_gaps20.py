"""Known English gaps closed: a threat in the conditional ("I'd …"), "the news" as
tidings, a punishment asked about as an outcome, names in a text written in capitals.

Written for these tests, not taken from a corpus.
"""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from unit.detect.support import assert_clear, assert_fires


# ------------------------------------------------ "I'd": the conditional of "I will"
def test_contracted_conditional_threat_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        [
            "I'd kick your front door in",
            "honestly I'd knock your teeth out mate",
            "I'd burn your shop to the ground",
            "I'd key that van of yours",
            "I'd slash the tyres on your engineer's van",
            "I'd put a brick through your window",
            "I'll make sure you can't stand again",
            "I would see to it that you never walk straight again",
        ],
    )


def test_contracted_conditional_legal_threat_fires(detector: LexiconDetector) -> None:
    assert_fires(detector, "legal_threat", ["we'd take you to court over this", "I'd sue you"])


def test_contracted_conditional_wish_hedge_or_past_is_clear(
    detector: LexiconDetector,
) -> None:
    for code in ("violence_threat", "legal_threat", "online_defamation_threat"):
        assert_clear(
            detector,
            code,
            [
                "I'd like a refund for the broken kettle",
                "I'd rather wait for the engineer than pay twice",
                "I'd have complained earlier but I was away",
                "if I were you I'd check the fuse in the plug",
                "I'd appreciate a call back about the smashed parcel",
                "I'd already paid when the screen broke",
                "I'd have smashed my own window to get in if the locksmith hadn't come",
                "in your shoes I'd break the contract and switch",
                "the physio will make sure you can walk again",
                "I'll make sure you never have to wait again",
            ],
        )


# ------------------------------------------------ "the news": tidings, or the media
def test_news_broken_to_someone_is_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "online_defamation_threat",
        [
            "I'll break the news to my wife tonight",
            "she broke the news to me on the phone yesterday",
            "I'm breaking the news to the kids after school",
            "I'll share the news with my husband when he's home",
            "I saw the news that your branch is closing",
            "I saw it on the news last night, are you affected?",
        ],
    )


def test_going_to_the_news_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "online_defamation_threat",
        [
            "I'll go to the news with this",
            "I'm taking this to the news",
            "I'll contact the news about you lot",
            "you'll be on the local news by Friday",
        ],
    )


# ------------------------------------------------ punishment asked as an outcome
def test_punishment_asked_as_outcome_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "staff_naming",
        [
            "what disciplinary action has been taken against her",
            "has he been disciplined yet",
            "I want to know whether that clerk was written up",
            "were they sacked or not?",
            "tell me if the driver has been reprimanded",
            "was she written up for it",
            "has Kevin been suspended yet",
            "what disciplinary measures were imposed against Kevin",
        ],
    )


def test_outcome_asked_of_a_thing_or_another_act_is_clear(
    detector: LexiconDetector,
) -> None:
    assert_clear(
        detector,
        "staff_naming",
        [
            "has my complaint been escalated",
            "was the engineer informed about the leak",
            "has my account been suspended?",
            "was my card suspended because of the late payment",
            "Kevin was sacked last year, he told me himself",
            "my husband was written up at work, so money is tight",
            "I was fired last year and need a payment plan",
            "have you spoken to anyone but Laura?",
        ],
    )


# ------------------------------------------------ names in a text written in capitals
def test_names_in_capitals_fire(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "staff_naming",
        [
            "PUT BRANDON ON THE PHONE NOW",
            "GET ME KAYLEIGH'S MANAGER",
            "GET ME TAMSIN NOW",
            "FIRE JOLENE",
            "put DESMOND on the line now",
        ],
    )


def test_common_words_in_capitals_are_no_names(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "staff_naming",
        [
            "GET ME A REFUND NOW",
            "PUT IT ON THE PHONE BILL",
            "GET ME SOMEONE WHO CAN HELP",
            "GET ME NETFLIX WORKING",
            "BRING BACK THE OLD APP",
            "PUT SPOTIFY ON MY BILL",
            "GET ME THE MANAGER NOW",
            "GET ME MONDAY'S DELIVERY",
        ],
    )

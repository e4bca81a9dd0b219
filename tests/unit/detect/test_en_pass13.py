"""English mechanisms behind the misses and false positives of a blind set written in
registers not used before (regional Englishes, street slang, veiled threats,
third-person remarks):

- put-downs of staff with no insult word: something witless doing the job better,
  hiring or training asked about as a put-down, the dimmest people ever met, wit
  denied by idiom, "as much use as a chocolate teapot" (abusive_language); the
  company's things, the speaker's own deeds and praise stay clear;
- sexual remarks by idiom: undressing a staff member by their clothes, sex idioms,
  the voice made sexual; a crude likening ("as useful as tits on a bull") is none;
- veiled threats ("be a shame if something happened to …"), street and Pidgin
  threats, harm wished by "someone" on premises (violence_threat);
- a staff member's hours asked with a wait announced, their social account asked
  for, their lookup on a personal platform (privacy_intrusion); a lookup is no hunt
  ("found ur agent on insta" is no violence);
- no indicator at all for an insult someone else said of a third party, a blunder
  owned ("I'm such an idiot"), a swear word as an exclamation or as praise, and
  knowing where an office is for an errand followed by a question.

Every sentence here is written for these tests."""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from unit.detect.support import assert_clear, assert_fires


def _codes(det: LexiconDetector, text: str) -> set[str]:
    return {h.category.value for h in det.analyse(None, text, "chat").hits}


def test_putdowns_of_staff_without_an_insult_word(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "abusive_language",
        [
            "a trained chimp would do a better job than whoever is on your phones today",
            "who the hell hired these people",
            "do u lot hire ur staff straight off the street or what",
            "What kind of clowns are you employing at that branch?",
            "your agents are the stupidest bunch I've ever spoken to",
            "the woman on the helpline has the brains of a box of rocks",
            "the rep was about as much use as an ashtray on a motorbike",
        ],
    )
    assert_clear(
        detector,
        "abusive_language",
        [
            "my dog would eat your food faster than the old brand, he loves it",
            "who trained the new chef? the curry was amazing",
            "what kind of people are you hiring for the summer? my daughter wants to apply",
            "the stupidest thing I did was throw away the receipt, can you still help?",
            "your website is about as much use as a chocolate teapot",
        ],
    )


def test_sexual_remarks_by_idiom(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "sexual_harassment",
        [
            "I'd love to help you out of that tabard, darling",
            "bet the cashier is wild in the sack",
            "you sound so husky on the phone, do you moan like that too",
        ],
    )
    assert_clear(
        detector,
        "sexual_harassment",
        [
            "sorry to moan but the refund still hasn't arrived",
            "I can't get comfortable in bed with this pillow, can I swap it?",
            "can you get the stain out of that uniform if I send it back?",
        ],
    )
    # A crude likening of use is no sexual remark at any severity.
    assert "sexual_harassment" not in _codes(detector, "the manual is as useful as tits on a bull")


def test_veiled_street_and_pidgin_threats(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        [
            "shame if something happened to that van of yours",
            "keep it up and your driver gonna catch these hands",
            "he getting his head rocked next time i see him",
            "if una no fix am, I go deal with una",
            "somebody should torch that depot, honestly",
        ],
    )
    assert_clear(
        detector,
        "violence_threat",
        [
            "shame if the offer ended before Friday, can I still get it?",
            "It would be a shame if something happened to my order in transit, can I add insurance?",
            "I know where your office is, I'll drop the cheque off on Friday. Who do I give it to?",
        ],
    )


def test_staff_hours_with_a_wait_and_social_accounts(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "privacy_intrusion",
        [
            "when does the girl on the till get off? i'll be outside",
            "whats his insta, the driver who came today",
            "found the cashier on snapchat lol",
            "What is the TikTok username of the lady who served me?",
        ],
    )
    assert_clear(
        detector,
        "privacy_intrusion",
        [
            "what time does the shop close? I'll wait outside for my parcel collection",
            "my son made the account, what's his username for the login?",
        ],
    )
    # A lookup on a platform is no hunt.
    assert "violence_threat" not in _codes(detector, "found ur rep Dana on insta haha")


def test_no_indicator_for_reports_blunders_and_exclamations(detector: LexiconDetector) -> None:
    for text in [
        "some bloke on the train called her a useless old b*tch, thought you should know",
        "I'm such a muppet, typed my email wrong",
        "ffs, the bus was late again",
        "holy sh*t this blender is f***ing brilliant",
    ]:
        assert "abusive_language" not in _codes(detector, text), text
    # Aimed at the listener they stay.
    assert_fires(detector, "abusive_language", ["you called me a liar, you useless c*nt"])

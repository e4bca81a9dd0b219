"""English false alarms of benign customer messages read for the first time
(docs/quality.md), abusive, sexual and pressure codes, fixed by mechanism. Every
sentence here is written for these tests, none is a set's line.

- an adjective of verdict alone in its clause ("Terrible.", "weird.") passes a verdict
  on what happened, no order and no insult, unless its sentence names the listener or
  the message is nothing but verdicts;
- the verb after "and" shares the subject before it when that clause has its own
  subject with a modal or an auxiliary ("it will … and annoy me"): no order;
- the speaker's own body in a clause with a symptom ("a rash on my …") is told to a
  clinic, no sexual act;
- a word of endearment as what a third person was ("our waiter was a total
  sweetheart") is praise; said to the listener it stays an advance;
- the heat of a food, a drink or the weather with its result ("the wings are so hot
  they …") is no body remarked on; "you're so hot" stays;
- a disaster told as past and rescued in its sentence ("… was a disaster, but she
  saved it") puts no pressure on the listener."""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from unit.detect.support import assert_clear, assert_fires


def test_verdict_adjective_alone_is_no_insult(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "abusive_language",
        [
            "Awful. The hotel shuttle never turned up and we paid for a taxi ourselves.",
            "Horrible. Just horrible. Two hours for a table and the soup came cold.",
            "Boring. The second half of the audiobook drags on forever.",
            "Gross. There was a hair baked into the crust of my pie.",
            "the printer came back online after the reboot, weird. cheers",
            "The patch installed fine, weird, but the error has gone now",
            "Annoying. The charger stopped working after a week.",
        ],
    )
    # Named in the sentence, or a message of verdicts alone: still at the listener.
    assert_fires(
        detector,
        "abusive_language",
        [
            "Terrible, you people never listen to a word I say.",
            "Awful. Horrible.",
            "weird",
            "you're weird",
            "Useless. The app crashed again.",
            "you are so annoying",
        ],
    )


def test_verb_after_and_shares_a_thing_subject(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "abusive_language",
        [
            "This blender will chop anything and annoy the whole street with the noise.",
            "The doorbell camera works great but it keeps pinging and annoys the dog.",
            "It will probably last forever and annoy my neighbours every single night.",
        ],
    )
    assert_fires(
        detector,
        "abusive_language",
        [
            "sit there and annoy me all day then",
            "shut up and listen you annoying cow",
        ],
    )


def test_symptom_on_own_body_is_no_sexual_act(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "sexual_harassment",
        [
            "Hi, there's a small lump in one of my balls, can I see a GP this week?",
            "I have an itchy rash near my vagina since starting the new antibiotics, should I stop them?",
            "Can a male nurse look at a painful swelling on my penis please",
            "Pharmacy question: is this cream ok for sores on my nipples while breastfeeding?",
        ],
    )
    assert_fires(
        detector,
        "sexual_harassment",
        [
            "touch my dick",
            "my dick is hard thinking about you",
            "come over and lick my balls",
        ],
    )


def test_endearment_said_of_a_third_person_is_praise(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "sexual_harassment",
        [
            "Our waiter Tomasz was an absolute sweetheart with my nan, five stars.",
            "The nurse on ward 6 is such a darling, please pass on our thanks.",
            "The lady at the returns desk was a real gem and sorted it in minutes.",
            "the driver was a total sweetie and carried the boxes upstairs",
        ],
    )
    assert_fires(
        detector,
        "sexual_harassment",
        [
            "you're such a sweetheart, what time do you finish?",
            "you are a sweetheart",
            "Listen sweetheart, just process the refund",
            "thanks darling, what are you doing later",
        ],
    )


def test_heat_of_food_is_no_body_remark(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "sexual_harassment",
        [
            "This phaal was so hot my ears were ringing for an hour.",
            "The ghost pepper sauce is so hot they make you sign a waiver.",
            "Coffee was so hot I couldn't drink it for twenty minutes.",
            "the flat gets so hot in summer we can't sleep",
        ],
    )
    assert_fires(
        detector,
        "sexual_harassment",
        [
            "you're so hot I can't concentrate on the call",
            "she is so hot I want her number",
            "ur so hot babe",
            "mmm so hot",
        ],
    )


def test_rescued_disaster_is_no_pressure(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "pressure_language",
        [
            "The wedding cake delivery was a catastrophe until Marco from your team turned things around, thank you.",
            "Our holiday started as a total disaster but the rep at the desk rescued it.",
            "Honestly the first night was a disaster, the concierge saved the trip.",
        ],
    )
    assert_fires(
        detector,
        "pressure_language",
        [
            "This is a disaster, fix it now!",
            "It's a disaster, save it or I'm done with you",
            "The whole trip was a total disaster and I want to know who will take responsibility.",
        ],
    )

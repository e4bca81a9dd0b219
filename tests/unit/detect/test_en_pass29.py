"""English mechanisms behind the misses and the false positive on a read set
(en_heldout24: Trinidadian and Cameroonian pidgin, Tamil and Maltese English, a Gen-Z
voice, Western and pirate pastiche, Q / A transcripts, a Renaissance-fair register).
Its lines were read, never copied; every sentence here is written for these tests, in
other registers than the set's where the mechanism allows:

- a lawyer's paper asked without its article ("ma lawyer need copy of …"), and an
  estate by its civil-law name (succession) or a late grandparent, are the customer's
  own affairs;
- a Q / A export: "A" is the agent unless the Q side talks like the company more;
- a warning passed on through the listener to a staff member of any trade; shooting
  as "full of lead"; teeth knocked in of a third person; the firm hauled before a judge;
- Early Modern English respelt (thy, doth, dwell, -eth) in a message that has it;
- a span of the paid service given free, the work redone free beside a refund, a sum
  for the shame; a whole paid span asked back; "if you don't <demand>" is the demand;
- a ride home or a wait outside after a staff member's detail asked.
"""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from mamori.detect.text.dialect import eth_verb, respell
from mamori.detect.text.transcript import customer_lines
from unit.detect.support import assert_clear, assert_fires


def test_a_lawyers_paper_for_an_estate_is_own_affairs(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "legal_threat",
        [
            "Good morning, my advocate need copy of the life policy for the succession of my late aunt.",
            "The notary needs certified copy of the deeds for my late grandma's flat.",
        ],
    )
    assert_fires(
        detector,
        "legal_threat",
        ["My lawyer need copy of the contract because we are suing you next week."],
    )


def test_a_question_answer_export_reads_the_side_that_is_not_the_company() -> None:
    # the customer answers the company's questions: the A side is theirs
    text = (
        "Q: Thank you for calling, how can I help?\n"
        "A: I want your supervisor at my office by noon.\n"
        "Q: Our team can do a remote session instead.\n"
        "A: No, in person."
    )
    kept = customer_lines(text)
    assert "supervisor at my office" in kept and "remote session" not in kept
    # the customer asks: A stays the agent's
    text = "Q: When does my parcel arrive?\nA: We can check that for you, sir.\nQ: Thanks."
    kept = customer_lines(text)
    assert "parcel" in kept and "check that" not in kept


def test_a_question_answer_export_threat_found(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "legal_threat",
        [
            "Q: Our records show the fee was correct, madam.\n"
            "A: Then refund it by Friday or I'm taking you to court."
        ],
    )
    assert_clear(
        detector,
        "legal_threat",
        [
            "Q: My solicitor asked for last year's statements, where do I find them?\n"
            "A: You can download them under Documents."
        ],
    )


def test_a_warning_passed_on_to_staff_of_any_trade(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        [
            "Tell that plumber watch he back when he come round here again.",
            "You tell your installer to watch himself, I know his van.",
        ],
    )
    assert_clear(
        detector,
        "violence_threat",
        [
            "Tell the mover to watch his back lifting that heavy sofa.",
            "Tell the plumber he did a great job.",
        ],
    )


def test_shooting_as_full_of_lead(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        [
            "Next time that teller sasses me I'll pump her full of lead.",
            "I'll fill you full of lead, mister.",
        ],
    )
    assert_clear(
        detector,
        "violence_threat",
        [
            "The old house pipes were full of lead, so we replaced them.",
            "Fill the pencil with lead, please.",
        ],
    )


def test_teeth_knocked_of_a_third_person(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        [
            "I swear I'll kick his teeth in when I see him.",
            "Gonna knock her teeth out if she smirks again.",
        ],
    )
    assert_clear(
        detector,
        "violence_threat",
        ["My son knocked his teeth on the table at your play area, is there an accident form?"],
    )


def test_the_firm_hauled_before_a_judge(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "legal_threat",
        [
            "Mark my words, I'll haul your whole firm before a judge.",
            "I'll drag you lot in front of a magistrate.",
        ],
    )
    assert_clear(
        detector,
        "online_defamation_threat",
        ["I'll drag you lot in front of a magistrate."],
    )
    assert_clear(
        detector,
        "legal_threat",
        ["Can you haul the old sofa away before the judge comes for dinner?"],
    )


def test_early_modern_english_is_respelt() -> None:
    assert respell("where doth the clerk dwell, tell me thy secret") == (
        "where does the clerk live, tell me your secret"
    )
    assert eth_verb("maketh") == "makes" and eth_verb("goeth") == "goes"
    assert eth_verb("teeth") == "teeth" and eth_verb("beneath") == "beneath"
    # without an archaic word, "dwell" stays as written
    assert (
        respell("where do the elves dwell in this game") == "where do the elves dwell in this game"
    )


def test_early_modern_english_privacy(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "privacy_intrusion",
        ["Prithee, where doth she dwell, the maid who served me ale?"],
    )
    assert_clear(
        detector, "privacy_intrusion", ["Where do the dragons dwell in thy new expansion?"]
    )


def test_stacked_remedies(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "excessive_demand",
        [
            "Remake the cake free and give me my money back as well.",
            "I want the whole year back, plus two years of membership free.",
            "And another five hundred quid for the humiliation.",
        ],
    )
    assert_clear(
        detector,
        "excessive_demand",
        [
            "Could you redo it for free? It chipped after two days.",
            "I'm so sorry for the embarrassment, I gave the wrong address.",
        ],
    )


def test_a_refusal_as_condition_leaves_the_demand(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "excessive_demand",
        ["If you don't redo my nails for free and refund me, I'm leaving a review everywhere."],
    )


def test_a_ride_home_after_a_staff_detail(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "privacy_intrusion",
        [
            "The cashier with the braids, what time she finishes? I can drive her home, send me her number."
        ],
    )
    assert_clear(
        detector,
        "privacy_intrusion",
        ["What time does the shop close? I'll wait outside for my parcel."],
    )

"""English mechanisms behind misses of a read set in ten registers (en_heldout26; its
mechanisms were read, never copied: every sentence here is written for these tests):

- Tok Pisin (and Pijin, Bislama) read as standard English: a noun "bilong" a person
  as that person's noun, a transitive -im verb's "mi" as me, the pidgin's words,
  only with two distinct pidgin markers;
- a person beaten ("beat him") and a head or bone broken ("bust his head"); beating
  him to it, at a game or on price is none;
- a clinical note's S/O/A/P heads are no speakers (its "A:" is no agent), and its
  shorthand is read: "pt" the writer, "pt's" my, w/, w/o, mgr, addr;
- the place a staff member lives asked by its kind ("which town does she live in");
- harm foretold as the care a person will need ("he'll need a dentist");
- the speaker armed and warning the person off, or armed and out of temper;
- a staff member as a private sight, told to undress, asked what she has on, or
  asked to a private session in a hotel room;
- the customer's own piece of publicity for their own channel or every group;
- goods free for a span to come beside a refund.
"""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from mamori.detect.text.transcript import customer_lines
from unit.detect.support import assert_clear, assert_fires


def test_tok_pisin_read_as_english(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        [
            "Sekuriti bilong yu i tok nogut long mi. Mi bai paitim em taim mi lukim em.",
            "Olgeta taim yu no bekim moni bilong mi. Mipela bai kilim i dai draiva bilong yu.",
            "Tokim bosman bilong yu, mi bai paitim em long opis tumora.",
        ],
    )
    assert_fires(
        detector,
        "privacy_intrusion",
        [
            "Givim mi namba bilong meri long kaunta, mi laik save wanem ples em i stap.",
        ],
    )
    assert_clear(
        detector,
        "violence_threat",
        [
            "Tenkyu tru, draiva bilong yu i helpim mi long kisim ol bag bilong mi.",
            "Mi laik save wanem taim bas i kam. Plis tokim mi.",
        ],
    )


def test_a_person_beaten_or_a_head_broken(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        [
            "Next time that driver turns up I will beat him, promise.",
            "I'm going to crack his skull if he mouths off again.",
            "Send her back and I'll bust her jaw.",
        ],
    )
    assert_clear(
        detector,
        "violence_threat",
        [
            "I'll beat him to it and book the slot myself.",
            "I'd beat her at chess any day, she's my niece.",
            "We will beat them on price, that's our promise.",
            "I nearly split my head open on your shelf.",
        ],
    )


def test_clinical_note_heads_are_no_speakers(detector: LexiconDetector) -> None:
    note = "S: boiler fixed twice. O: still cold. A: useless firm. P: refund by Fri."
    assert "useless firm" in customer_lines(note)
    assert "Q: can I pay by card?" not in customer_lines(
        "Q: can I pay by card?\nA: Yes, all major cards."
    ) or "Yes" not in customer_lines("Q: can I pay by card?\nA: Yes, all major cards.")
    assert_fires(
        detector,
        "legal_threat",
        [
            "S: roof leak x2 wks. A: negligence. P: if not fixed by Mon pt sues w/ counsel.",
        ],
    )
    assert_fires(
        detector,
        "in_person_demand",
        [
            "S: wrong parcel again. O: pt furious. A: ur fault. P: store mgr comes to pt's house tomorrow to explain in person.",
        ],
    )
    assert_fires(
        detector,
        "apology_demand",
        [
            "S: courier threw the parcel. A: disrespect. P: written apology from the courier, signed, by Fri.",
        ],
    )
    assert_clear(
        detector,
        "in_person_demand",
        [
            "S: new hip 3 wks ago. O: walking w/ stick. A: healing. P: please send the physio to pt's home Tues as booked, thx.",
        ],
    )


def test_place_of_home_asked(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "privacy_intrusion",
        [
            "Which suburb does your driver live in?",
            "Just tell me what street she lives on.",
            "What part of town does he live in, the tall one?",
        ],
    )
    assert_clear(
        detector,
        "privacy_intrusion",
        [
            "Which town is your nearest store in?",
            "What city do you deliver to from the depot?",
            "What street is the branch on?",
        ],
    )


def test_harm_foretold_as_care_needed(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        [
            "Your installer is going to need a dentist if he comes back here.",
            "Whoever you send next might need a neck brace himself.",
            "That courier will need stitches when I'm done with him.",
        ],
    )
    assert_clear(
        detector,
        "violence_threat",
        [
            "My dad might need an ambulance, please send the oxygen today.",
            "The driver said my son may need stitches, he was very kind.",
            "In case anyone may need a doctor, is there a first aid kit?",
        ],
    )


def test_armed_warning_and_armed_temper(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        [
            "I've got a cricket bat by the door and your engineer had better keep his distance.",
            "I keep very sharp shears and your stylist should watch her back.",
            "I have a machete and a short fuse, tell your driver.",
        ],
    )
    assert_clear(
        detector,
        "violence_threat",
        [
            "Your nurse might want to keep her distance, I've got a cold.",
            "I have a short fuse when the wifi drops, sorry for the caps.",
            "I have a hammer but the screws are stripped, can your fitter help?",
        ],
    )


def test_staff_made_a_sight(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "sexual_harassment",
        [
            "I'd pay for a private showing of her after closing.",
            "Ask the waiter to whip his top off at my table.",
            "Tell me what she's wearing right now, the girl from the chat.",
            "A one to one lesson with her in my hotel suite would suit me.",
        ],
    )
    assert_clear(
        detector,
        "sexual_harassment",
        [
            "Can I book a private viewing of the flat after work?",
            "Tell him to take his shoes off at the door, the carpet is new.",
            "I'd like a private lesson with him at the studio on Saturday.",
        ],
    )


def test_own_venue_publicity(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "online_defamation_threat",
        [
            "If this isn't fixed I'm gonna film a video on my channel about it.",
            "I'll be writing a detailed rant in every group I admin.",
            "Unless I get my deposit I'm going to run a segment on my podcast.",
        ],
    )
    assert_clear(
        detector,
        "online_defamation_threat",
        [
            "I watched a review on my feed about your blender, does it come in red?",
            "I'll be doing a review on my channel, your yarn is fabulous, thank you!",
        ],
    )


def test_refund_and_free_for_a_span(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "excessive_demand",
        [
            "Refund the order and free delivery for the next six months.",
            "My money back plus complimentary coffees for the rest of the term.",
            "I want a refund and free car washes for the next 3 weeks.",
        ],
    )
    assert_clear(
        detector,
        "excessive_demand",
        [
            "Is delivery free for the next two weeks? Then I'll reorder instead of a refund.",
            "Thanks for the refund, I saw the café is free for the next 3 days for members.",
        ],
    )

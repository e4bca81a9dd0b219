"""English mechanisms behind the misses and false positives on a read set (en_heldout23:
Spanglish, Ugandan English, Dutch and Thai learners, Yiddish-inflected New York, Brummie,
surfer slang, a Victorian letter, telegram style, a noir monologue). Its lines were read,
never copied; every sentence here is written for these tests, in other registers than
the set's where the mechanism allows:

- a lawyer's errand for a land or property deal is no threat; an endearment said while
  clearing the listener of the fault ("not your fault, sweetheart") is comfort; a
  garment or a product called hot is the fashion word;
- the learner's question without its article ("you have girlfriend?"); a ride offered
  "anytime"; the invitation to a room with the speaker alone;
- someone in charge, or someone named to come "personally", is no service visit; the
  telegram's come without "to"; a home called "casa";
- the goods kept and the whole price asked back; a few pieces harmed, then travel
  classes, hotel grades or a whole new set; goods free for a span on top of a refund;
- the menace by proxy ("my boys will have a friendly chat with you"); found waiting with
  something heavier than words; carried off in an ambulance; the old words of a beating;
- the shift asked with "what time's", the wait with "just"; a post on a forum named a few
  words after the verb; the promise to drag the company to court; a named person told
  apart by an apposition before "nobody else".
"""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from unit.detect.support import assert_clear, assert_fires


def test_lawyer_for_a_property_deal_is_no_threat(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "legal_threat",
        [
            "Please email me the last three statements, my solicitor needs them for the house purchase.",
            "Could I get a copy of my contract? My attorney needs it for a property transfer.",
        ],
    )
    assert_fires(
        detector, "legal_threat", ["My solicitor will be taking you to court over this refund."]
    )


def test_an_endearment_that_clears_the_listener_is_comfort(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "sexual_harassment",
        [
            "The bread was stale again. Don't worry, sweetheart, I know it's not you who bakes it.",
            "Thanks, love, I know you only answer the phones.",
        ],
    )
    assert_fires(
        detector,
        "sexual_harassment",
        ["Hello sweetheart, are you single?", "You have girlfriend? I take you to dinner."],
    )


def test_a_product_called_hot_is_the_fashion_word(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "sexual_harassment",
        [
            "That leather jacket in your window is so hot, do you have it in a large?",
            "The new trainers look so hot, when do you restock the size 9?",
            "Do you have boyfriend jeans in a size 10?",
        ],
    )
    assert_fires(detector, "sexual_harassment", ["The girl at the till is so hot."])


def test_a_ride_offered_anytime_and_a_room_with_the_speaker_alone(
    detector: LexiconDetector,
) -> None:
    assert_fires(
        detector,
        "sexual_harassment",
        [
            "Tell the cashier she can ride my motorbike any time she likes, wink.",
            "Bring the towels up yourself, come to my room, I'm alone tonight.",
        ],
    )
    assert_clear(
        detector,
        "sexual_harassment",
        ["Please come to my room to fix the shower, I'm alone with the kids and it's flooding."],
    )


def test_someone_in_charge_coming_is_no_service_visit(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "in_person_demand",
        [
            "I insist that your CEO comes personally to my office to look at the damage.",
            "I need your supervisor to come to mi casa tomorrow morning.",
            "SUPERVISOR MUST COME MY OFFICE MONDAY STOP",
        ],
    )
    assert_clear(
        detector,
        "in_person_demand",
        ["Can you send someone to my house to look at the boiler next week?"],
    )


def test_goods_kept_and_the_price_asked_back(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "excessive_demand",
        [
            "The lid is cracked, so I'm keeping the blender and I want a full refund.",
            "The train was 20 minutes late, so I expect free first class tickets and a five star hotel.",
            "Two tiles cracked, and now you owe me a whole new kitchen.",
            "Refund my ticket and give me free coffees for a year.",
        ],
    )
    assert_clear(
        detector,
        "excessive_demand",
        [
            "Can I keep the blender if you give me a partial refund for the lid?",
            "Two plates chipped in transit, could you send two replacements?",
            "Is it true the loyalty card gets you free coffee for a month?",
        ],
    )


def test_menace_by_proxy_and_found_armed(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        [
            "Mess up my order one more time and my brothers will stop by the depot and have a little word with your driver.",
            "Next time your engineer gets back to his van he'll find me waiting with something sharper than a pen.",
            "Let that courier come back here and he goes home in an ambulance.",
            "If that waiter sneers at me once more, I'll leather him.",
        ],
    )
    assert_clear(
        detector,
        "violence_threat",
        [
            "My son will have a little chat with you about the account when he calls.",
            "My father left in an ambulance after the fall, please call me back.",
            "I'll batter the fish myself next time, the chips were fine.",
        ],
    )


def test_the_shift_asked_with_a_contraction_then_the_wait(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "privacy_intrusion",
        [
            "What time's she finish tonight? I've seen her car out back, I'll just wait for her there."
        ],
    )
    assert_clear(
        detector,
        "privacy_intrusion",
        ["What time's the shop close tonight? I'll just wait in the car."],
    )


def test_a_post_named_a_few_words_after_the_verb(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "online_defamation_threat",
        ["I'll blast your so-called boutique on every local mums forum tonight."],
    )
    assert_clear(
        detector,
        "online_defamation_threat",
        [
            "We're going to blast out the new opening hours on our Facebook page.",
            "honestly the playlists are trash this week, the app keeps crashing on my phone",
            "Might share a photo of the new patio in the village Facebook group, you did a lovely job.",
        ],
    )


def test_dragged_to_court_is_the_suit(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "legal_threat",
        ["We will drag you people to court and report you to trading standards."],
    )
    assert_clear(
        detector,
        "online_defamation_threat",
        ["We will drag you people to court and report you to trading standards."],
    )


def test_a_named_person_by_an_apposition_and_nobody_else(detector: LexiconDetector) -> None:
    assert_fires(
        detector, "staff_naming", ["I want Marisol, the one from the Leeds branch, nobody else."]
    )

"""English mechanisms behind the false positives and some misses of a read set
(en_heldout25; its mechanisms were read, never copied: every sentence here is written
for these tests):

- what others wrote that the customer read, beside reviews: a thread, a post, an
  article or a video about the product, read or seen, is no threat; the customer's
  own thread announced still is;
- a clause opened by an interjection ("oh joy, …") or by the "but" and "then" of
  Krio, Pidgin and Creole ("…, bot ar nɔ believe am yet") orders nothing;
- the customer's own deadline told as a fact of their situation ("… and deadline is
  tomorrow") is no pressure; one set for the company ("your deadline is 5pm") stays;
- the open vowels of Krio and West African spelling (ɔ, ɛ) read as o and e, so the
  words keep their spaces; Krio and Guyanese pronouns and particles (una, allyuh, ar,
  fuh, pan, ketch) respelt with the Jamaican ones; Doric -na negatives, "fa" (who),
  "ken far" (know where), "the noo" (now);
- a visit whose errand is to answer for the matter face to face ("come to my office
  and explain it to me in person"), even by a technician; one told as done is none;
- a blow given as a noun ("give him a slap he won't forget", "gie ye a skelp"); a
  punch card or a slap on the wrist is none.
"""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from unit.detect.support import assert_clear, assert_fires


def test_posts_by_others_read_are_no_threat(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "online_defamation_threat",
        [
            "I read the Reddit thread about your router firmware, is there a fix yet?",
            "Saw a post on the forum about your app logging people out. Same here.",
            "Found an article about your recall online, does it cover my model?",
            "Oh great, I read the thread about your outage on the community board. When's it back?",
        ],
    )
    assert_fires(
        detector,
        "online_defamation_threat",
        [
            "I'll start a thread about your company on reddit tonight.",
            "You will see a thread about your company everywhere.",
        ],
    )


def test_creole_conjunction_opens_no_order(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "online_defamation_threat",
        [
            "Mi bin see plenty bad review pan Trustpilot bout una courier, bot ar nɔ trust am yet. Wetin happen to mi box?",
        ],
    )


def test_own_deadline_told_is_no_pressure(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "pressure_language",
        [
            "My visa appointment is next week and my deadline was Friday, could you check the courier status please?",
        ],
    )
    assert_fires(detector, "pressure_language", ["Your deadline is 5pm today. No excuses."])


def test_krio_and_creolese_respelt(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        ["Tell di driver say if ar ketch am near mi shop, ar go beat am. Una sabi am."],
    )
    assert_fires(
        detector,
        "apology_demand",
        [
            "Di cashier shout pan mi. Ar want di supervisor an di cashier fɔ kneel down an beg mi. Una hear?"
        ],
    )
    assert_clear(
        detector,
        "violence_threat",
        ["Tenki fɔ di help. Una don fix mi meter an di bill dɔn correct. God bless una."],
    )


def test_doric_respelt(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        ["Ye dinna answer the phone, fine. I ken far ye bide, min."],
    )


def test_blow_given_as_a_noun(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        [
            "Send that driver back and I'll give him a smack he won't forget.",
            "I'm going to give you a proper kicking when I see you.",
            "Ah'll gie him a right skelp if he shows his face.",
        ],
    )
    assert_clear(
        detector,
        "violence_threat",
        [
            "I'll give you a punch card so the tenth coffee is free.",
            "I'll give him a ring tomorrow about the invoice.",
            "They'll give him a slap on the wrist and nothing more, typical.",
        ],
    )


def test_visit_to_answer_in_person(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "in_person_demand",
        [
            "The technician needs to come to my office on Monday and explain the outage to me in person.",
            "Send your installer round to our house so he can justify that invoice face to face.",
        ],
    )
    assert_clear(
        detector,
        "in_person_demand",
        [
            "The engineer came to my house and explained everything in person, brilliant service.",
            "Please send a technician to my house to fix the boiler, he can go through the warranty then.",
        ],
    )

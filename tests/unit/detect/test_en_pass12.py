"""English mechanisms behind the misses and false positives of a blind set (chat,
text-speak, e-mail, unpunctuated transcript):

- the customer's own incidental costs (a taxi, parking, fares) put on the company
  after a refund and a replacement (excessive_demand); the return postage asked
  about is an ordinary ask;
- a third-person visit ultimatum ("a manager comes round to mine ... or there will
  be trouble") (in_person_demand);
- "expect a (very public) thread/video on X/TikTok about this": the customer's own
  post announced (online_defamation_threat); the company's announcement is none;
- the listener invited home with a wink or a reward hinted, a remark on their lips
  (sexual_harassment); a job at the home or a lip balm is none;
- a staff member's car followed, told as done (privacy_intrusion); instructions or a
  page followed are none;
- "tell <Name> his/her days are numbered" (staff_naming); thanks passed on are none;
- "sexy" before a product noun in a shopping question, and "gym" before a product
  noun, are no advance and no question about where staff train.

Every sentence here is written for these tests."""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from unit.detect.support import assert_clear, assert_fires


def test_incidental_costs_stacked_on_a_refund(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "excessive_demand",
        [
            "new kettle, money back, and you lot pay for the cab I took to your store. final.",
            "refund n a replacement n u cover my parking 2day",
            "Please arrange a refund and a replacement, and reimbursement for my bus fares to the branch.",
        ],
    )
    assert_clear(
        detector,
        "excessive_demand",
        [
            "can you cover the return postage?",
            "I'd like a refund please, do you cover the parking at the retail park for returns?",
            "i got a refund already, thank you, and you paid for my taxi too which was kind",
        ],
    )


def test_third_person_visit_ultimatum(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "in_person_demand",
        [
            "your boss comes over to mine tonight or i'm done being nice",
            "one of your supervisors turns up at my flat tomorrow or else",
        ],
    )
    assert_clear(
        detector,
        "in_person_demand",
        ["the fitter comes round to mine on tuesday for the cooker, is that right?"],
    )


def test_expected_public_post(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "online_defamation_threat",
        [
            "Expect a really public thread on X about your so-called service.",
            "expect a long tiktok about how u treated me",
        ],
    )
    assert_clear(
        detector,
        "online_defamation_threat",
        [
            "your rep said expect a thread on X from the company when the update ships",
            "I saw a public thread on X about the outage",
        ],
    )


def test_invited_home_and_lips(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "sexual_harassment",
        [
            "swing by mine when your shift ends 😘",
            "come round to my flat later, i'll make it worth your while",
            "r ur lips as sweet as ur voice",
        ],
    )
    assert_clear(
        detector,
        "sexual_harassment",
        [
            "can I come over to the shop after your shift ends to collect?",
            "is this lip balm soft?",
            "does this shade make your lips look fuller?",
            "pop round mine to measure the kitchen when you finish ;)",
            # a semicolon is no wink (folding drops the ")" of ";)")
            "the manager said he would come over to my flat to apologise; is that normal?",
        ],
    )


def test_staff_vehicle_followed(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "privacy_intrusion",
        ["I tailed her car out of the car park", "was following his van all the way home"],
    )
    assert_clear(
        detector,
        "privacy_intrusion",
        [
            "I followed your instructions after work",
            "I followed your page on Instagram for updates",
            "I followed your car manual and the warning light stays on",
        ],
    )


def test_named_staff_days_numbered(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "staff_naming",
        [
            "tell Priya her days are numbered",
            "warn Gareth his days at your firm are numbered",
        ],
    )
    assert_clear(
        detector,
        "staff_naming",
        [
            "tell Mike thanks, his advice was great",
            "tell Tom the days are numbered on the calendar page",
        ],
    )


def test_product_words_before_a_noun(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "sexual_harassment",
        [
            "do you sell sexy costumes in size M?",
            "any sexy party dresses left in stock?",
        ],
    )
    assert_fires(
        detector, "sexual_harassment", ["you sexy thing, do you sell that dress in my size"]
    )
    assert_clear(
        detector,
        "privacy_intrusion",
        ["which gym equipment do you stock?", "is your gym gear on sale?"],
    )
    assert_fires(detector, "privacy_intrusion", ["which gym do you train at after work"])

"""English roles, eighth pass (issue 10): what a threat cue was said for may stand next to
it — a condition of regret that is a chance to buy ("you'll regret it if you miss this
sale", against "if you cancel my account"), an errand in the sentence after "I know
where your office is" ("I'll drop the forms off tomorrow", against "I'll see you
there"), praise of the staff member a post shows in the next clause or sentence ("…,
she was brilliant", against "she was so rude") — and the staff roster's names are
people wherever a name can stand, in any case (mamori.detect.roles, words.yaml). Every
sentence here is written for these tests, in casual, text-speak, lower-case
unpunctuated, formal e-mail and transcript registers. The false positives and the
misses fail on the code before this pass; the others guard the threatening sense of
the same words."""

from __future__ import annotations

import pytest

from mamori.detect.content import LexiconDetector
from unit.detect.support import serious


# ------------------------------------------------------------------ regret, on a condition
@pytest.mark.parametrize(
    "text",
    [
        "you'll regret it if you miss this sale",
        "you'll regret it if you miss this sale, honestly best prices all year",
        "ur gonna regret it if u dont grab the bundle deal b4 friday",
        "you will regret it if you dont upgrade to the bigger plan its way faster",
        "you'll regret it if you don't upgrade",  # nothing named: the upgrade itself
        "You will regret it if you do not renew the extended warranty.",
        "Customer: honestly you'll regret it if you don't book the earlier slot",
        "u will regret it if u dont preorder the new model",
        "trust me you'll regret it if you pass up this offer",
        "if you miss this offer you'll regret it",  # the condition first
        "If you do not order the larger size, you will regret it.",
        "you'll regret it if you don't sign up today",  # signing up: a purchase
    ],
)
def test_regret_on_a_chance_to_buy_is_no_threat(detector: LexiconDetector, text: str) -> None:
    assert "violence_threat" not in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "you'll regret it if you cancel my account",  # the speaker's own at stake
        "u will regret it if u dont sort my refund",
        "you will regret it if you ignore me",
        "You will regret it if you fail to reinstate my service by Friday.",
        "Customer: you're going to regret it if you hang up on me",
        "you'll regret it if you try that again",  # not a purchase
        "you're gonna regret it if you dont sign this form",  # signing, not signing up
        "you'll regret it if you miss this again",  # the affair itself
        "you'll regret it if you book the manager a holiday",  # someone else named
        "if you ignore this you'll regret it",
        "you will regret crossing me if you miss this sale",  # regret of something else
        "you'll regret it",
    ],
)
def test_regret_on_another_condition_stays_a_threat(detector: LexiconDetector, text: str) -> None:
    assert "violence_threat" in serious(detector, text), text


# ------------------------------------------------------------------ known premises
@pytest.mark.parametrize(
    "text",
    [
        "I know where your office is. I'll drop the forms off tomorrow.",
        "i know where ur depot is. ill bring the parcel back tmrw",
        "I know where your Leeds branch is. I will bring the signed documents in on Monday.",
        "Customer: yeah I know where your shop is. I'll pick the order up after lunch.",
        "I know where your office is! I can drop the keys off later.",
        # the errand two sentences later
        "I know where your office is. No worries. I'll drop the forms off tomorrow.",
        "I know where your office is. I'll drop the forms off tomorrow. Thank you.",
    ],
)
def test_known_premises_with_an_errand_next_is_no_threat(
    detector: LexiconDetector, text: str
) -> None:
    assert "violence_threat" not in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "I know where your office is.",
        "I know where your office is. I'll see you there.",
        "i know where ur office is. ill be waiting for u",
        "I know where your branch is. I will be paying you a visit.",
        "Customer: I know where your office is. You'd better watch yourself.",
        "I know where your office is. I'll bring the forms and a bat.",  # a weapon
        "I know where your office is. I'll bring my mates.",  # people brought along
        "I know where you live. I'll drop the forms off tomorrow.",  # a home, not premises
        "I know where your office is. Watch yourself. I'll drop the forms off.",
        "I know where your office is. I'll bring it back and we'll talk.",  # a meeting
        "I know where your office is. I'll drop the forms off. Then you'll see.",
    ],
)
def test_known_premises_without_an_errand_stay_a_threat(
    detector: LexiconDetector, text: str
) -> None:
    assert "violence_threat" in serious(detector, text), text


# ------------------------------------------------------------------ a picture, praised
@pytest.mark.parametrize(
    "text",
    [
        "I'll post a video of the cashier on tiktok because she was brilliant",
        "I'll share a photo of the manager on facebook, he was so helpful",
        "Customer: I'm putting a photo of your manager on Facebook, she was so kind to my mum",
        "im putting a photo of the driver on facebook he was amazing with my nan",
        "gonna share a pic of the driver on insta, he was a legend",
        "I'll post a video of the cashier on tiktok. She was brilliant.",  # the next sentence
        "I will share a photograph of your technician on Facebook. He was exceptionally helpful.",
    ],
)
def test_a_picture_post_praised_next_to_it_is_no_threat(
    detector: LexiconDetector, text: str
) -> None:
    assert "online_defamation_threat" not in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "I'll post a video of the cashier on tiktok, she was so rude",
        "gonna share a pic of ur manager on fb he was useless",
        "I shall share a photograph of your technician on Facebook, as he was not helpful in the slightest.",
        "Customer: I'm putting a photo of your manager on Facebook so everyone sees how rude she was",
        "I'll post a video of the cashier on tiktok. She was rude.",
        "I'll share a photo of the manager on facebook, he was great at wasting my time, worst service ever",
        "if you don't refund me I'll post a video of the cashier on tiktok, she was lovely to everyone but me",
        "I'll share a photo of the manager on facebook, thank you for nothing",
    ],
)
def test_a_picture_post_blamed_or_unpraised_stays_a_threat(
    detector: LexiconDetector, text: str
) -> None:
    assert "online_defamation_threat" in serious(detector, text), text


# ------------------------------------------------------------------ everyone, as an audience
@pytest.mark.parametrize(
    "text",
    [
        "ill post the discount code on fb so everyone can use it",
        "I'll post the new opening hours on facebook so everyone in the village can plan ahead",
        "gonna post the voucher link on insta for everyone in my group chat",
        "I will post the event details on our Facebook page so that everybody can attend.",
        "Customer: I'll share this deal with everyone at work, they'll love it",
        "im gonna share the new menu on insta so everybody sees it",  # sees the thing posted
    ],
)
def test_everyone_using_a_neutral_post_is_no_threat(detector: LexiconDetector, text: str) -> None:
    assert "online_defamation_threat" not in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "I'll post this on facebook so everyone knows",  # the affair
        "i'll post the receipts on facebook so everyone knows",  # everyone learns
        "ill post the receipts on fb so everyone sees how you treat customers",
        "I will post the full correspondence on Facebook so that everybody can judge your conduct.",
        "Customer: I'm posting about this on twitter so everyone knows what happened",
        "i'll post the receipts on facebook so everyone can see the truth",
        "ill post the receipts on fb and let everyone decide",
        "ill post the receipts on fb so everybody finds out about this",
    ],
)
def test_everyone_learning_the_affair_stays_a_threat(detector: LexiconDetector, text: str) -> None:
    assert "online_defamation_threat" in serious(detector, text), text


# ------------------------------------------------------------------ the roster's names
@pytest.fixture(scope="module")
def rostered() -> LexiconDetector:
    return LexiconDetector.load(staff_names=["Sarah Jones", "Tom", "Will Baker"])


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("I'll share a photo of sarah on facebook", "online_defamation_threat"),
        ("gonna post a vid of tom on tiktok", "online_defamation_threat"),
        ("Customer: I will upload a picture of Jones to Instagram", "online_defamation_threat"),
        ("ill share a pic of tom on insta so everyone knows", "online_defamation_threat"),
    ],
)
def test_a_roster_name_in_any_case_is_a_person(
    rostered: LexiconDetector, text: str, code: str
) -> None:
    assert code in serious(rostered, text), text


@pytest.mark.parametrize(
    "text",
    [
        "I'll share a photo of sarah on facebook, she was brilliant",  # praised
        "I'll share a photo of the new blender on facebook",  # a thing
        "will you share a photo of the form on facebook",  # "Will" of the roster: an auxiliary
        "I will post the return form online",
        "I'll share a photo of my son on facebook",
    ],
)
def test_a_roster_name_leaves_other_words_alone(rostered: LexiconDetector, text: str) -> None:
    assert "online_defamation_threat" not in serious(rostered, text), text


def test_the_roster_gives_the_parts_of_a_full_name(
    detector: LexiconDetector, rostered: LexiconDetector
) -> None:
    # Without the roster, a lower-case name is not known as one.
    plain = detector
    assert "online_defamation_threat" not in serious(
        plain, "I'll share a photo of sarah on facebook"
    )
    assert "online_defamation_threat" in serious(
        rostered, "I'll share a photo of sarah on facebook"
    )

"""False alarms a blind set of benign English customer messages showed (a pawn shop, a
tattoo studio, a golf course, a marathon, an aquarium, a crypto exchange, a blood
donation centre, an escape room, a bowling alley; 1920s slang, learners' English,
Minnesota, charting shorthand, crypto slang, relay transcripts, West Country), by
frame: the business's own words (a blood group, a "hot wallet", a bowling ball, gift
cards a shop "does", a screenshot named by the record it shows, "darling" as an
adjective of a thing); abuse quoted from a third party (shouted *at* someone, or by a
participle after a comma); a hazard's harm *on* a thing; a fall told by its idiom; the
speaker's own knowing, a stay told as past; a visit already made; a police report on
the condition that a message is a scam; the company asked to warn its own customers.
Each with look-alikes of the same shape that must still fire.

Written for these tests, not taken from a corpus.
"""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from unit.detect.support import assert_clear, assert_fires


# ------------------------------------------------------------------ the business's own words
def test_a_blood_group_is_no_insult(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "abusive_language",
        [
            "i'm ab pos, can i give platelets on saturday?",
            "My blood type is A pos and I'd like to book a donation.",
            "Husband is B neg, I'm O pos, can we come in together?",
        ],
    )


def test_pos_said_of_the_listener_stays(detector: LexiconDetector) -> None:
    assert_fires(detector, "abusive_language", ["you're a pos", "ur a pos and so is your boss"])


def test_darling_as_the_adjective_of_a_thing_is_no_advance(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "sexual_harassment",
        [
            "The little enamel pins you sell are so darling, do you ship to Canada?",
            "the new gift boxes look simply darling, can I order six?",
            "What a darling little shop, we'll be back for the cake.",
        ],
    )


def test_darling_said_to_the_listener_stays(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "sexual_harassment",
        ["you're just darling, when do you finish your shift?", "you look so darling on the phone"],
    )


def test_hot_naming_a_thing_is_no_remark(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "sexual_harassment",
        [
            "the deposit sat in ur hot wallet for two days, can you check?",
            "is ur hot tub open after 9pm?",
            "ur hot food counter was closed at lunch",
        ],
    )


def test_hot_said_of_the_listener_stays(detector: LexiconDetector) -> None:
    assert_fires(detector, "sexual_harassment", ["ur hot", "you're so hot, send me a pic"])


def test_a_ball_of_the_game_is_no_body(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "sexual_harassment",
        [
            "the ball return swallowed my ball on lane 4",
            "Your dog ran off with my ball at the park by the 9th hole",
            "can you engrave my ball before the league night?",
        ],
    )


def test_the_body_word_stays(detector: LexiconDetector) -> None:
    assert_fires(detector, "sexual_harassment", ["suck my balls", "come touch my balls"])


def test_gift_cards_a_shop_does_are_a_purchase(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "excessive_demand",
        [
            "Does your studio offer gift vouchers? My partner loves tattoos.",
            "do you stock gift cards in store?",
            "I'd like a gift card for my nephew, he loves bowling.",
        ],
    )


def test_gift_cards_demanded_stay(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "excessive_demand",
        ["I want gift cards for my trouble", "give me a gift card for all this hassle"],
    )


def test_a_screenshot_of_a_record_is_evidence(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "online_defamation_threat",
        [
            "charged twice, payment screenshot below",
            "I'm sending the transaction screenshot now, please check",
            "screenshot of receipt included, thanks",
        ],
    )


def test_screenshots_to_be_posted_stay(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "online_defamation_threat",
        ["I'll post the screenshots online for everyone", "these screenshots are going viral"],
    )


# ------------------------------------------------------------------ a third party quoted
def test_a_third_partys_shout_is_a_report(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "sexual_harassment",
        [
            'a man at the bar kept shouting at the waitresses, "nice legs, sweetheart"',
            "some bloke hollered at the girls on the ice 'call me daddy'",
            'Another golfer leaned out of his cart, yelling "hey gorgeous" at our caddie.',
        ],
    )
    assert_clear(
        detector,
        "abusive_language",
        [
            'a dad on the sideline lost it, screaming "you useless idiot" at the ref',
            "one of the bowlers got angry, shouting 'you morons' at the desk",
            'a man in the queue yelled at the cashier, "you stupid cow"',
        ],
    )


def test_the_speakers_own_shout_stays(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "abusive_language",
        ['I stormed off, yelling "you useless idiots"', "I yelled at the cashier 'you stupid cow'"],
    )
    assert_fires(detector, "sexual_harassment", ["hey sweetheart, I kept thinking about you"])


# ------------------------------------------------------------------ a hazard, a fall
def test_hurt_on_a_thing_is_a_hazard(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "violence_threat",
        [
            "That loose paver by the 3rd tee, someone's going to get hurt on it.",
            "a kid will get hurt on those steps, they're cracked",
            "somebody could get hurt on that rail, it wobbles",
        ],
    )


def test_hurt_foretold_stays(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        [
            "someone's gonna get hurt if you don't refund me",
            "somebody is going to get hurt, mark my words",
        ],
    )


def test_a_fall_told_by_its_idiom_is_no_swearing(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "abusive_language",
        [
            "my lad went arse over tit on your wet lane",
            "she near fell arse over teakettle on the ramp",
            "Grandad went arse over on the gravel by the car park",
        ],
    )


def test_an_arse_called_stays(detector: LexiconDetector) -> None:
    assert_fires(detector, "abusive_language", ["you're an arse", "what an arse you are"])


# ------------------------------------------------------------------ the speaker's own act
def test_the_speakers_own_knowing_is_no_pressure(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "pressure_language",
        [
            "Oh I see now! Thanks for the map.",
            "ah we understand now!",
            "I get it now! the code was on the back",
        ],
    )


def test_now_demanded_stays(detector: LexiconDetector) -> None:
    assert_fires(detector, "pressure_language", ["Fix it now!", "refund me right now!"])


def test_a_stay_told_as_past_is_no_hold_out(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "pressure_language",
        [
            "I didn't realise I had to leave until the lights went off",
            "we did not leave until the last game, great night",
            "i didnt know to leave until staff told me the alarm was on",
        ],
    )


def test_a_hold_out_stays(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "pressure_language",
        ["I'm not leaving until someone refunds me", "I will not hang up until you fix this"],
    )


def test_a_visit_already_made_is_no_demand(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "in_person_demand",
        [
            "Your engineer has come to my home twice and the boiler is fine now.",
            "the tuner had been to my house in May, can he come again?",
            "Your man has been round to my place already, thank you",
        ],
    )


def test_a_visit_demanded_stays(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "in_person_demand",
        ["you have to come to my house today", "come to my house and fix it yourself"],
    )


# ------------------------------------------------------------------ a scam reported
def test_a_scam_reported_to_the_police_is_no_threat(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "legal_threat",
        [
            "Got a call from a chap claiming to be from your bank. If it's fake I'll report it to the police.",
            "a text says my wallet is frozen, if this is phishing i'm reporting it to the police",
            "if it turns out to be a scam i'm reporting the number to the police",
        ],
    )


def test_the_listener_reported_to_the_police_stays(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "legal_threat",
        [
            "If you don't refund me I'll report you to the police",
            "this is a scam and I'll report you to the police",
            "if it's a scam I'll report your company to the police",
        ],
    )


def test_the_company_asked_to_warn_is_no_post(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "online_defamation_threat",
        [
            "there's a fake page on facebook using your logo, please warn everyone",
            "A phishing text is going round, you might want to warn other customers.",
            "I forwarded the scam email so you can warn everybody online",
        ],
    )


def test_the_customers_own_warning_stays(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "online_defamation_threat",
        [
            "I'll warn everyone on facebook about you",
            "I'm going to warn others online what thieves you are",
        ],
    )

"""English mechanisms behind the misses and false positives on a read set (en_heldout22:
Cajun, learners' English, Zimbabwean English, Gen-Alpha slang, Shakespearean pastiche,
rhyming verse, sports-commentator and business-influencer voices). Its lines were read,
never copied; every sentence here is written for these tests, in other registers than
the set's where the mechanism allows:

- a channel tag run into a word ("[chat]") is no numbered speaker ("ch" + "at"), so a
  message opening with it keeps its text;
- lines broken inside a sentence (verse, a wrapped e-mail: a lower-case line start after
  a word or a comma, in text that starts its other lines with capitals) are one sentence;
- a lawyer's advice of a return right or a document to ask for, and a contract renewal
  read by a lawyer, are no legal threat; a garment's "sexy style" is no sexual remark;
- bleeding foretold; everything wrecked on the speaker's arrival (and the learner's "I
  come there"); arrival "with" a weapon; a man or woman jumped or laid out;
- the demand verb in its progressive or past ("demanding that she be let go"); the
  dismissal caused ("get him sacked");
- writing announced on a platform, fronted or in the learner's present beside a
  condition; going live naming the company or reading out its e-mails;
- an apology wanted in a learner's that-clause; pardon begged of the customer; an
  "apologize letter".
"""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from mamori.detect.text.transcript import customer_lines
from mamori.detect.text.wrapped import unwrapped
from unit.detect.support import assert_clear, assert_fires


def test_a_channel_tag_is_no_numbered_speaker() -> None:
    assert customer_lines("[chat] Your courier dumped my fridge in the rain.") != ""
    # numbered and lettered speakers are still read as speakers
    assert (
        customer_lines("spk_0: thank you for calling\nspk_1: where is my fridge")
        == "where is my fridge"
    )
    assert (
        customer_lines("Speaker A: thank you for calling\nSpeaker B: where is my fridge")
        == "where is my fridge"
    )


def test_a_channel_tag_keeps_the_threat(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        ["[chat] If that plumber floods my kitchen again I will break his legs."],
    )
    assert_fires(
        detector, "legal_threat", ["[chat] Refund the deposit by Monday or I am suing you."]
    )


def test_wrapped_lines_are_one_sentence() -> None:
    verse = "Dear shop, your kettle is rusted,\nand my trust in you is busted"
    assert "\n" not in unwrapped(verse)
    assert len(unwrapped(verse)) == len(verse)
    # lower-case chat keeps its breaks; so does a capitalised next line
    assert unwrapped("hi\nmy order is late\nany news") == "hi\nmy order is late\nany news"
    assert "\n" in unwrapped("My order is late\nWhere is it?")


def test_a_demand_across_wrapped_lines(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "excessive_demand",
        [
            "The cruise was two hours late,\nwhich ruined my anniversary date;\nso I want the whole trip free\nfor my entire family,\nas a gift from your company, mate."
        ],
    )
    assert_clear(
        detector,
        "excessive_demand",
        ["The cruise was lovely,\nand the staff were kind\nthank you all."],
    )


def test_counsel_advice_is_no_threat(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "legal_threat",
        [
            "My sister is a solicitor and she told me I have the right to cancel within 14 days, so please cancel it.",
            "My attorney advised me to request a copy of the signed agreement before we go ahead.",
            "I talked to our lawyer about the lease renewal next month; could you send the current terms?",
        ],
    )
    # a suit or court beside the advice stays a threat
    assert_fires(
        detector,
        "legal_threat",
        [
            "My lawyer says I have 14 days to cancel, and if you refuse we will sue you.",
            "My lawyer told me to ask for compensation or we go to court.",
        ],
    )


def test_a_garments_style_is_no_sexual_remark(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "sexual_harassment",
        ["The swimsuit has a sexy cut but the straps snapped on day one, can I return it?"],
    )
    assert_fires(detector, "sexual_harassment", ["You looked so sexy behind the counter today."])


def test_bleeding_foretold(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        [
            "Cancel my booking again and you will bleed.",
            "Tell your landlord he shall bleed for this.",
        ],
    )
    assert_clear(
        detector,
        "violence_threat",
        ["These fees will bleed us dry.", "The plumber said you will bleed the radiators first."],
    )


def test_everything_wrecked_on_arrival(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        [
            "If the money is not back tomorrow, I come to your office and I smash everything, the printers, the desks.",
            "Refuse me once more and I'll come down there and wreck the lot.",
        ],
    )
    assert_clear(
        detector,
        "violence_threat",
        ["I'll come over on Monday and break it all down for you step by step."],
    )


def test_arriving_with_a_weapon(detector: LexiconDetector) -> None:
    assert_fires(detector, "violence_threat", ["Deny my claim again and I shall come with an axe."])
    assert_clear(
        detector, "violence_threat", ["I'll come with my drill to return it since it's faulty."]
    )


def test_a_person_jumped_or_laid_out(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        [
            "If that bouncer disrespects me again I'ma wait outside and jump him.",
            "Your mechanic lies to me again, I'll lay him out flat.",
        ],
    )
    assert_clear(
        detector,
        "violence_threat",
        [
            "Could your roadside guy jump her car? The battery is dead.",
            "Please lay them out on the desk for me.",
        ],
    )


def test_dismissal_demanded_in_other_forms(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "staff_naming",
        [
            "I am not asking, I am insisting that he be suspended.",
            "Your cashier was rude to my mother; get her sacked.",
        ],
    )
    assert_clear(
        detector, "staff_naming", ["Great coach, she gets them fired up before every match."]
    )


def test_writing_announced_on_a_platform(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "online_defamation_threat",
        [
            "Fix my boiler by Friday or on Facebook I will write how you left us freezing.",
            "If I do not get my deposit, I post on TikTok, on Reddit, everywhere, that you are cheats.",
        ],
    )
    assert_clear(
        detector,
        "online_defamation_threat",
        [
            "I write on Instagram about baking every weekend.",
            "I will write on Trustpilot how kind your team was.",
        ],
    )


def test_going_live_naming_the_company(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "online_defamation_threat",
        ["Tonight I'm going live on my Twitch naming your garage and reading out all the emails."],
    )
    assert_clear(
        detector,
        "online_defamation_threat",
        ["I'm going live on my Twitch tonight to unbox the new console."],
    )


def test_apology_wanted_in_other_forms(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "apology_demand",
        [
            "We insist that the driver rings us and apologises to my father.",
            "The guard was rude; he must bow and beg my pardon.",
            "I want a apologise letter from the branch head.",
        ],
    )
    assert_clear(detector, "apology_demand", ["I want that he fixes the sink properly this time."])

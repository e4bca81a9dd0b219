"""English mechanisms behind the rules' misses on a read set (en_heldout20: Ghanaian,
Pakistani, Malaysian English, Hawaiian Pidgin, Appalachian/Texan, Yorkshire/Geordie,
pseudo-legal letters, sports banter, military jargon, Facebook style, bullet lists,
quoted e-mail chains). Its lines were read, never copied; every sentence here is
written for these tests:

- a staff member who will not leave on their own two feet; the customer's own gun to be
  faced; a blow promised in the get-passive to someone unnamed ("somebody's getting a
  slap");
- an insult noun said by a copula of a staff member by role, or of a name placed at a
  desk or a till ("Priya at reception is a liar"); Urdu loans of insult;
- a staff member's voice or legs remarked on as sexy, a "real man" offered; "I like you
  guys" and Pidgin "I like you give me …" are no advance;
- a fault counted as one, or conceded as "mistakes happen", then the whole period or a
  whole set free, a better model, stacked ("as well" at a sentence's end); every payment
  back over years;
- pseudo-legal formulas (a private fee schedule, silence as tacit acquiescence); the
  Northern article t' run into its word ("t'ombudsman") and nowt/owt read;
- a post on the customer's own page or fan account; "where's he live";
- a dismissal demanded in the subjunctive ("I demand she be suspended"), a named person
  written up or pulled off the customer's case.
"""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from mamori.detect.text import dialect
from unit.detect.support import assert_clear, assert_fires


def test_not_on_own_feet_gun_and_unnamed_blow(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        [
            "Send that surveyor back here and she won't walk out on her own two feet.",
            "Tell your installer he won't be leaving on his two legs if he touches my wall again.",
            "Next time your bailiff shows up he can say hello to my shotgun.",
            "Come round again unannounced and you'll be staring down the barrel of my rifle.",
            "Cancel my booking one more time and somebody is gonna get a slap.",
            "If the van blocks my drive again someone's getting a hiding, I promise you.",
            "One of you lot is getting glassed if I have to queue again.",
        ],
    )
    assert_clear(
        detector,
        "violence_threat",
        [
            "After the knee surgery he won't be walking home on his own two feet for a while.",
            "He won't stand on his own two feet until he finds a job, my brother.",
            "We are looking down the barrel of another price rise this winter.",
            "My grandad left me his old shotgun, can you insure it?",
            "Someone got hit by a car outside your branch last week, is that corner safe?",
            "Someone's getting a promotion soon I hear, congrats to the team.",
        ],
    )


def test_insult_noun_of_a_staff_member_by_copula(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "abusive_language",
        [
            "Your receptionist is a lying cow.",
            "Marco from the night shift is a thieving creep.",
            "The girl on the tills was an absolute clown.",
            "Priya at reception is a liar and a fool.",
            "What a besharam you are, shouting at an old man.",
        ],
    )
    assert_clear(
        detector,
        "abusive_language",
        [
            "The queue at the checkout was a joke.",
            "Sarah on the tills was a star, thank you.",
            "The guy in the chip shop is a legend.",
            "Kevin at the service desk was a great help.",
        ],
    )


def test_staff_body_or_voice_and_a_real_man(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "sexual_harassment",
        [
            "The receptionist with the sexy accent can check me in personally any night.",
            "Your waitress has the nicest legs in town, tell her I said so.",
            "Tell the girl at the front desk if she ever wants a real man she knows where I am.",
        ],
    )
    assert_clear(
        detector,
        "sexual_harassment",
        [
            "The chair has the nicest legs, what wood is it?",
            "The band's singer has the sexiest voice, who are they?",
            "I like you guys, always quick to reply.",
            "So I like you give me one new charger, mine no work.",
        ],
    )


def test_small_fault_then_whole_period_or_set_stacked(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "excessive_demand",
        [
            "There was one tiny scuff on the box, so I expect a brand new unit and a full refund as well.",
            "I know mistakes happen, but I want the whole month free plus a gift card.",
            "A single typo on my invoice, so I want the whole year free of charge plus a new laptop.",
            "Delivered with a dead pixel. I require a new flagship model plus free delivery for life.",
            "Cancel it and refund all premiums paid since 2016, every single one.",
        ],
    )
    assert_clear(
        detector,
        "excessive_demand",
        [
            "One small scratch on the lid, can you send a touch-up pen?",
            "Mistakes happen, no harm done, thanks for fixing it.",
            "Is the whole week free of charge if I cancel within the cooling off period?",
            "Can you send me a statement of all payments made since 2019 for my accountant?",
        ],
    )


def test_pseudo_law_and_northern_article(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "legal_threat",
        [
            "I will invoice you under my fee schedule for every hour of this.",
            "Your silence is tacit acquiescence and will be used in court.",
            "Ahm gannin straight to t'police about this, nowt else for it.",
        ],
    )
    assert_clear(
        detector,
        "legal_threat",
        [
            "Please attach the fee schedule for the premium plan.",
            "Could you put the parcel on the table by the door.",
            "The tow truck driver was nowt but helpful, cheers.",
        ],
    )


def test_t_article_only_where_the_dictionary_says() -> None:
    assert (
        dialect.respell("ahm off to tombudsman, nowt less")
        == "i am off to the ombudsman, nothing less"
    )
    # not a dialect message: the word stays as written
    assert dialect.respell("off to tombudsman") == "off to tombudsman"
    for word in ("table", "twelve", "trouble", "tonight", "together"):
        assert dialect.t_article(word) == word


def test_own_page_post_and_dwelling_asked(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "online_defamation_threat",
        [
            "Sort my refund or I'm posting the whole saga on my fan page tonight.",
            "I will put this on my wall and every local group.",
        ],
    )
    assert_clear(
        detector,
        "online_defamation_threat",
        [
            "I shared a photo of my new kitchen on my page, love it!",
            "Can I link my fan account to your loyalty scheme?",
        ],
    )
    assert_fires(
        detector,
        "privacy_intrusion",
        [
            "Your engineer Tom, where's he live? I'll go see him myself.",
            "That delivery lass, where is she living now?",
        ],
    )
    assert_clear(
        detector,
        "privacy_intrusion",
        ["Where's he live, my brother? Oh he lives in Leeds now, the parcel is for him."],
    )


def test_dismissal_in_the_subjunctive_or_written_up(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "staff_naming",
        [
            "I demand that he be disciplined for speaking to me like that.",
            "We insist she be removed from the case and suspended.",
            "I want Harrington formally written up for this.",
            "Get Okafor yanked off my claim today.",
        ],
    )
    assert_clear(
        detector,
        "staff_naming",
        [
            "I demand that the refund be processed and the fee be waived.",
            "I want Harrington Street added as my delivery address.",
            "Please take Netflix off my account.",
        ],
    )

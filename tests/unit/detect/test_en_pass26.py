"""English mechanisms behind the rules' misses on a read set (en_heldout21: London MLE,
Scouse, Newfoundland, Boston/New York, Sri Lankan English, trucker CB talk, start-up
jargon, pulpit and scripture, message-board greentext, autocorrect homophones). Its
lines were read, never copied; every sentence here is written for these tests, in other
dialects and registers than the set's where the mechanism allows:

- a message made of ">"-marked narrative lines (greentext) is the customer's own text,
  not an earlier e-mail quoted in a reply;
- homophones an autocorrect leaves ("talk too", "sew you", "their is", "write now") read
  as the word their context needs, and only there;
- dialect second persons and h-dropping ("yiz", "yinz", "ouse"), a possessive "me" ("to
  me face"), "ye" where "yeah" cannot stand, a first or second person's -s ("I wants");
- a clause opened by "until" with a subject of its own is out of the main clause's
  negation ("I will not rest until Thomas is gone");
- an assent tag ("…, 10-4?", "…, innit?") makes no question of a demand;
- a warning relayed to a staff member ("tell him to watch himself"), the premises named
  as what will suffer, a vehicle driven into the office, the weight of a hand;
- a woman's body remarked on in the third person, clothes wished off; hooking up a
  device and being blown off are no sexual words;
- a staff member's home known in the third person; visits to "sort him out";
- the company roasted live; a congregation or a board "out there" as the audience;
  repentance and a video apology asked; multiples of the price; "we'd need" a benefit.
"""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from mamori.detect.text import dialect, typos
from mamori.detect.text.transcript import customer_lines
from unit.detect.support import assert_clear, assert_fires


def test_marked_narrative_lines_are_the_customers_own() -> None:
    story = ">be me\n>buy a kettle at your shop\n>it leaks on day two\n>cashier laughs at me"
    assert "cashier laughs at me" in customer_lines(story)
    assert "sofa" in customer_lines(">me again\n>ordered a sofa\n>wrong colour")


def test_a_quoted_email_stays_a_quote() -> None:
    # a reply quoting the agent: words of its own outside the quote
    reply = "No, that is not good enough.\n> We will refund you in 5 days.\n> Kind regards"
    assert "refund you" not in customer_lines(reply)
    # a quote alone, with the letter's frame, or short
    assert "refund" not in customer_lines("> Dear Ms Cole,\n> we will refund you\n> soon")
    assert "refund" not in customer_lines("> we will refund you\n> in five days")
    assert "refund" not in customer_lines("> Agent: we will refund you\n> Agent: soon\n> Agent: ok")


def test_greentext_demands_and_threats(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "legal_threat",
        [
            ">be me\n>gym keeps charging after I cancelled\n>done asking nicely\n>suing you in small claims court"
        ],
    )
    assert_fires(
        detector,
        "privacy_intrusion",
        [
            ">be me\n>see cute barista at your cafe\n>she won't give me her number\n>gonna find out where she lives"
        ],
    )
    assert_clear(
        detector,
        "privacy_intrusion",
        [">be me\n>move house\n>need to update where I live on the account\n>how do I do that"],
    )


def test_homophones_read_in_context() -> None:
    assert typos.homophones("i want too speak too the manager") == "i want to speak to the manager"
    assert typos.homophones("their is no excuse") == "there is no excuse"
    assert typos.homophones("i will sew you for this") == "i will sue you for this"
    assert typos.homophones("get it done write now") == "get it done right now"
    assert typos.homophones("sea you in court") == "see you in court"
    assert typos.homophones("i no where you park") == "i know where you park"
    # where the written word can stand, it stays
    for same in [
        "me too",
        "its too late",
        "their order was late",
        "i know one thing",
        "can you sew a hem",
        "i will write now and then",
        "the hole in the wall",
        "away in a manger",
        "the weather is bad",
    ]:
        assert typos.homophones(same) == same


def test_autocorrected_threats(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "legal_threat",
        ["Mark my words I will sew your company, my solicitor will here about this by Monday."],
    )
    assert_fires(
        detector,
        "pressure_language",
        ["This outage is killing my hole business, sort it out write now!!"],
    )
    assert_clear(
        detector,
        "legal_threat",
        ["Can your tailor sew a patch on my jacket? I will here about the price from you."],
    )


def test_dialect_second_persons_and_dropped_h() -> None:
    assert dialect.respell("the lot of yiz are useless") == "the lot of you are useless"
    assert dialect.respell("yinz better fix it") == "you better fix it"
    assert "house" in dialect.respell("come round our ouse")
    assert "home" in dialect.respell("i work from ome")


def test_possessive_me_ye_and_verb_s() -> None:
    assert dialect.respell("say it to me face") == "say it to my face"
    assert dialect.respell("me lawyer rang") == "my lawyer rang"
    assert dialect.respell("give me money") == "give me money"
    assert dialect.respell("sit on me please") == "sit on me please"
    assert dialect.respell("i wants ye to come") == "i want you to come"
    assert dialect.respell("ye tell him") == "you tell him"
    assert dialect.respell("ye i know") == "ye i know"  # yeah
    assert dialect.respell("ye comes to me") == "you come to me"


def test_dialect_demands(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "in_person_demand",
        [
            "I want yer boss to come round me ouse and tell it to me face, like.",
            "I wants ye to send a bloke out to the house Monday to fit it.",
        ],
    )
    assert_fires(
        detector,
        "sexual_harassment",
        ["Tell the barmaid she can come sit on me knee when she's done, wink."],
    )
    assert_clear(
        detector,
        "sexual_harassment",
        ["Me nan fell and cut her knee, can she sit on me sofa while the engineer works?"],
    )


def test_until_clause_out_of_negation(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "staff_naming",
        [
            "I won't stop ringing till Gareth is sacked.",
            "We will not rest until Maureen is out of your company.",
        ],
    )
    assert_clear(
        detector,
        "staff_naming",
        ["I won't be home until Gareth from the fitting team arrives at noon, is that ok?"],
    )


def test_assent_tag_makes_no_question(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "excessive_demand",
        [
            "Free data for a year on top of the refund, that's what I want, innit?",
            "I want free delivery for a whole year and the order refunded, copy that?",
        ],
    )
    assert_clear(
        detector,
        "excessive_demand",
        ["Is the free delivery for a year included in my plan?"],
    )


def test_relayed_and_veiled_violence(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        [
            "You tell that courier to watch himself next time he parks on my drive.",
            "Keep ignoring me and watch what happens to your van, mate.",
            "Cut me off again and I'll drive my truck straight into your store.",
            "Speak to my mother like that again and you'll feel the back of my hand.",
            "I'll come round and sort him out myself if he's late again.",
        ],
    )
    assert_clear(
        detector,
        "violence_threat",
        [
            "Tell him to watch himself on the stairs, they're slippery.",
            "Let's see what happens to the price next week before I buy.",
            "I drove my car into your car park and the barrier broke on me.",
            "Can someone come round and sort out the boiler?",
        ],
    )


def test_body_remarks_and_benign_lookalikes(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "sexual_harassment",
        [
            "Your delivery girl has a fit body, tell her I said so.",
            "Tell the lass at the till she'd look better with no clothes on.",
            "Nice bum on her, the new waitress.",
        ],
    )
    assert_clear(
        detector,
        "sexual_harassment",
        [
            "Your engineer came to hook up the broadband and was brilliant.",
            "This red has a great body and a long finish, do you stock the 2019?",
            "The rep keeps blowing me off whenever I ask about the refund.",
            "The mannequin would look better with less clothing on display, just saying.",
        ],
    )


def test_third_person_home_known(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "privacy_intrusion",
        [
            "I know where your engineer lives, so he'd better come back and finish.",
            "What time she finish? I'll be waiting on her in the car park.",
        ],
    )
    assert_clear(
        detector,
        "privacy_intrusion",
        ["I know where the branch is, I'll pop in on Tuesday."],
    )


def test_defamation_audiences(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "online_defamation_threat",
        [
            "Going live on Friday to drag your company for the whole stream unless I'm refunded.",
            "I will proclaim to all my members on my page how your bank robbed a pensioner.",
            "I'm posting about your garage on every forum out there by tonight.",
        ],
    )
    assert_clear(
        detector,
        "online_defamation_threat",
        ["We're going live with the new website next week, can you roast the coffee darker?"],
    )


def test_apology_forms_and_price_multiples(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "apology_demand",
        [
            "I want the installer to film a video apology and send it to me.",
            "Your clerk must humble himself before me and confess his wrongdoing in writing.",
        ],
    )
    assert_fires(
        detector,
        "excessive_demand",
        [
            "The cake was dry, so I expect five times the price of the whole party back.",
            "To stay with you we'd need six months of the premium plan free.",
        ],
    )
    assert_clear(
        detector,
        "excessive_demand",
        ["The new plan is three times the price of the old one, why?"],
    )

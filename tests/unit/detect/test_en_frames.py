"""English frames that tell whom a cue is about, without a roster or a second person:
one named staff member demanded to the exclusion of everyone ("put Jess back on",
"Tariq or nobody", "not talking to anyone but Rachel", "deal only with Mr. Patel"); a
threat quoted from someone else (mamori.detect.targets); an insult of a third party, a
pet, a story's character or oneself; underwear asked about as a product. Every
sentence here is written for these tests, in casual, text-speak, formal e-mail and
transcript registers. The misses and false positives fail on the code before this
pass; the others guard the senses the same words keep."""

from __future__ import annotations

import pytest

from mamori.detect.clauses import clauses
from mamori.detect.content import LexiconDetector
from mamori.detect.morph import Analyser
from unit.detect.support import serious, severity


# ------------------------------------------------------------ staff naming by its frame
@pytest.mark.parametrize(
    "text",
    [
        "put Nadia back on, I'm done explaining it to you",
        "Get me Callum. Nobody else.",
        "I shall only deal with Mrs. Okonkwo regarding this matter.",
        "that Brian bloke needs to be sacked, I want it in writing",
        "that Steve guy needs to be disciplined tbh",
        "i want Priya and no one else on my case",
        "Agent: I can look at that for you.\nCustomer: Lewis or nobody.",
        "[Caller] I'm not speaking to anybody except Fiona",
        "CUSTOMER - i want nobody but Marek dealing with my account",
        "want Sanjay back on the line now",
    ],
)
def test_one_named_staff_member_demanded_is_staff_naming(
    detector: LexiconDetector, text: str
) -> None:
    assert "staff_naming" in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "can I talk to Nadia again? she was brilliant last time",
        "Callum sorted it all out yesterday, thanks",
        "Could you get Sanjay back on the line please? We got cut off.",
        "I was put through to Mrs. Okonkwo and she fixed it",
        "I've spoken to nobody but Fiona.",
        "everyone but Lewis got the email about the outage",
        "nobody but Apple makes a decent phone tbh",
        "put Netflix back on my account please",
        "C: please pass my thanks to Priya, she was so helpful",
    ],
)
def test_a_named_staff_member_praised_or_mentioned_is_no_staff_naming(
    detector: LexiconDetector, text: str
) -> None:
    assert "staff_naming" not in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Please do not connect me to anybody other than Dr. Mensah.",
        "i refuse to talk to anyone besides Yusuf",
        "transfer me back to Ingrid, now",
        "I demand to speak to Yusuf",
        "Customer: Ingrid and only Ingrid.",
    ],
)
def test_one_named_person_and_nobody_else_is_staff_naming(
    detector: LexiconDetector, text: str
) -> None:
    assert "staff_naming" in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "I haven't talked to anybody except Ingrid so far, and she's been great",
        "Yusuf was sacked last year? that's a shame",
        "I did not speak to anyone but Ingrid when I ordered",
        "Yusuf has been disciplined already, I was told",
    ],
)
def test_the_same_words_telling_of_the_past_are_no_staff_naming(
    detector: LexiconDetector, text: str
) -> None:
    assert "staff_naming" not in serious(detector, text), text


def test_a_title_s_full_stop_ends_no_clause(analyser: Analyser) -> None:
    a = analyser.analyse("I will only deal with Mr. Patel from now on")
    assert len(clauses(a.tokens, a.lang)) == 1


def test_but_after_anyone_opens_no_clause(analyser: Analyser) -> None:
    a = analyser.analyse("i am not talking to anyone but rachel")
    assert len(clauses(a.tokens, a.lang)) == 1
    a = analyser.analyse("i wanted to call but the line was busy")
    assert len(clauses(a.tokens, a.lang)) == 2


# ------------------------------------------------------------ a threat quoted from others
@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "my nephew keeps yelling 'I'll kill you' at his tablet, is there a kids mode?",
            "violence_threat",
        ),
        (
            'In the book the killer says "I will find you" on every page lol. Is part 2 out?',
            "violence_threat",
        ),
        (
            "my brother screams 'ur dead' at the telly every match, anyway the remote's broken",
            "violence_threat",
        ),
        (
            "Customer: the neighbour's kid goes 'I'm gonna sue you' when he loses at cards haha",
            "legal_threat",
        ),
    ],
)
def test_a_threat_quoted_from_someone_else_is_at_most_low(
    detector: LexiconDetector, text: str, code: str
) -> None:
    assert severity(detector, text, code) in (None, "low"), text


@pytest.mark.parametrize(
    "text",
    [
        "my little brother keeps yelling I'm gonna kill you at his tablet lol",
        "In the game the boss says: I will destroy you all. Is there an easy mode?",
        "my mum messaged me 'ur dead' when she saw the bill haha, can you split it?",
    ],
)
def test_a_threat_quoted_without_marks_after_a_shout_or_colon_is_at_most_low(
    detector: LexiconDetector, text: str
) -> None:
    assert severity(detector, text, "violence_threat") in (None, "low"), text


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("I'm shouting I will sue you so you can hear me", "legal_threat"),
        ("I told your manager 'I will sue you' and I meant every word", "legal_threat"),
        ('I said "I will smash your shop up" and I will', "violence_threat"),
        ("say 'I'll sue you' again and see what happens, I'll sue you myself", "legal_threat"),
        ("I'll kill you if this isn't fixed", "violence_threat"),
    ],
)
def test_the_customer_s_own_threat_stays(detector: LexiconDetector, text: str, code: str) -> None:
    assert code in serious(detector, text), text


# ------------------------------------------------------------ an insult of someone else
@pytest.mark.parametrize(
    "text",
    [
        "the end boss of level 6 is a total bastard, any tips?",
        "the villain in the second film is such a bastard, loved it. Is it on DVD?",
        "lol my cat is a moron, she knocked the router off the shelf",
        "honestly my ex is a right bastard, he kept the receipt. can you look it up by card?",
        "Dear team, my neighbour is an absolute moron and signed for my parcel; where is it now?",
    ],
)
def test_an_insult_of_a_third_party_is_at_most_low(detector: LexiconDetector, text: str) -> None:
    assert "abusive_language" not in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "you are a total bastard",
        "your agent is a moron",
        "my rep is a complete moron",  # the customer's account rep: staff
        "the guy who sold me the game is a moron",
        "Customer: useless moron. put someone else on",
        "the manager is a bastard",
    ],
)
def test_an_insult_of_staff_stays(detector: LexiconDetector, text: str) -> None:
    assert "abusive_language" in serious(detector, text), text


# ------------------------------------------------------------ underwear as a product
@pytest.mark.parametrize(
    "text",
    [
        "is the lingerie range available in a size 16?",
        "the panties in the multipack came in the wrong colour",
        "Dear team, I would like to return the lingerie set I ordered, it does not fit.",
        "Caller: the lace lingerie I bought last week arrived ripped",
        "do you sell sexy lingerie in petite sizes?",
        "your underwear range is never in stock in my size",
    ],
)
def test_underwear_asked_about_as_a_product_is_no_harassment(
    detector: LexiconDetector, text: str
) -> None:
    assert "sexual_harassment" not in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "send me a photo of you in the lingerie",
        "what colour knickers have you got on",
        "what's your bra size love",
        "you'd look sexy in that lingerie",
        "i bet you look good in the lingerie range, what size are you",
    ],
)
def test_underwear_put_on_the_listener_stays_sexual(detector: LexiconDetector, text: str) -> None:
    assert "sexual_harassment" in serious(detector, text), text


# ------------------------------------------------------------ veiled warnings, audiences
@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "I'd strongly advise your team to be careful when they lock up tonight.",
            "violence_threat",
        ),
        ("tell your staff to watch themselves going home after work", "violence_threat"),
        ("i know which bus u take, just saying", "violence_threat"),
        ("Customer: I know what train you catch after your shift", "violence_threat"),
        (
            "I've got 20k followers and they're about to find out how you treat people",
            "online_defamation_threat",
        ),
        (
            "If I do not receive a full refund, I will publish a detailed account of your agents' conduct.",
            "online_defamation_threat",
        ),
    ],
)
def test_a_veiled_warning_or_an_audience_told_is_a_threat(
    detector: LexiconDetector, text: str, code: str
) -> None:
    assert code in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "please be careful when leaving the shop, the floor by the door is wet",
        "I'd advise your courier to be careful with the gate, the latch sticks",
        "which bus do you take to get to the depot?",
        "I missed the train I take home, so can the delivery come tomorrow?",
        "I have 20k followers and would love to work with your brand",
        "my followers are about to hear how helpful your team was, thank you!",
        "Could you email me a detailed account of the charges on my account?",
        "I'll share my story about how your staff helped me so much",
    ],
)
def test_care_advice_routes_and_audiences_named_benignly_are_no_threat(
    detector: LexiconDetector, text: str
) -> None:
    assert not serious(detector, text) & {"violence_threat", "online_defamation_threat"}, text

"""English, tenth pass: mechanisms noticed before and left alone — "ill" for "I'll" in
the middle of an unpunctuated sentence, a leading @handle, a to-infinitive cut off by a
comma, and a short complaint about a product. Every sentence here is written for these
tests, in casual, text-speak, lower-case unpunctuated and transcript registers. The
misses and false positives fail on the code before this pass; the others guard the
benign or the threatening sense of the same words."""

from __future__ import annotations

import pytest

from mamori.detect import irony
from mamori.detect.clauses import clauses
from mamori.detect.content import LexiconDetector
from mamori.detect.morph import HANDLE, Analyser
from mamori.detect.text.normalize import fold
from unit.detect.support import serious


# ------------------------------------------------------------- "ill" for "I'll", mid-sentence
@pytest.mark.parametrize(
    "text",
    [
        "ok ill make sure you get fired",
        "yeah ill see to it that you are sacked",
        "honestly ill make sure u lose ur job",
        "i swear ill make sure you get disciplined",
        "Customer: alright ill make sure you lose your position",
    ],
)
def test_ill_after_an_announcing_word_is_i_will(detector: LexiconDetector, text: str) -> None:
    assert "violence_threat" in serious(detector, text), text


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("my dad is ill so make sure you call first", "is ill so"),
        ("feeling ill since sunday", "feeling ill since"),
        ("ok ill health means i cant travel", "ok ill health"),
        ("that ill feeling when the parcel is late", "that ill feeling"),
        ("it makes me ill every time i call", "me ill every"),
        ("ill-advised of me to pay upfront", "ill - advised"),
    ],
)
def test_ill_as_an_adjective_stays_a_word(analyser: Analyser, text: str, words: str) -> None:
    surfaces = " ".join(t.surface for t in analyser.analyse(text).tokens)
    assert words in surfaces, surfaces


# ------------------------------------------------------------------------ @handles
@pytest.mark.parametrize(
    "text",
    [
        "@help_desk2 you are a joke",
        "@s4m_support whats going on",
        "hey @mike_3 where is my parcel",
        "@AcmeHelp thanks",
    ],
)
def test_a_handle_is_one_token_never_leetspeak(analyser: Analyser, text: str) -> None:
    toks = analyser.analyse(text).tokens
    handles = [t for t in toks if t.pos == HANDLE]
    assert len(handles) == 1 and handles[0].surface.startswith("@"), toks
    assert handles[0].surface == "@" + text.lower().split("@")[1].split()[0]


def test_fold_keeps_a_handle_and_its_spaces() -> None:
    assert fold("hey @mike_3 i know") == "hey @mike_3 i know"
    assert fold("@s4rah_k you") == "@s4rah_k you"
    assert fold("you @sshole") == "you asshole"  # a masked word, not a handle


@pytest.mark.parametrize(
    "text",
    [
        "@amy_k2 pathetic, still no refund after three weeks",
        "@helpdesk_tom incompetent as always, nobody ever replies here",
    ],
)
def test_an_insult_said_to_a_handle_is_aimed(detector: LexiconDetector, text: str) -> None:
    assert "abusive_language" in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "@amy_k2 thanks, the parcel came today",
        "@k1ll_count_shop is my order coming today",
        "@helpdesk_tom my old phone was useless, can i upgrade early",
    ],
)
def test_a_handle_alone_aims_nothing(detector: LexiconDetector, text: str) -> None:
    assert "abusive_language" not in serious(detector, text), text


# ------------------------------------------------------- a to-infinitive after a comma
@pytest.mark.parametrize(
    "text",
    [
        "you're paid for exactly this, to take whatever we say",
        "its what u get paid for, to take this",
        "Customer: that's your job, what you're paid for, to take it",
    ],
)
def test_an_infinitive_after_a_comma_completes_the_clause(
    detector: LexiconDetector, text: str
) -> None:
    assert "abusive_language" in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "you are not paid for this, to take abuse from me",
        "nobody is paid for this, to take it all day",
        "i paid for express shipping, to take it on holiday",
        "you're not paid enough, to take calls all night",
        "you are not paid for any of this to take it",  # a long match: "not" before its start
    ],
)
def test_the_negation_before_the_comma_reaches_the_infinitive(
    detector: LexiconDetector, text: str
) -> None:
    assert "abusive_language" not in serious(detector, text), text


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("paid for this, to take it", 1),
        ("i sent the form, to your office", 2),
        ("its fine, to be honest", 2),
        ("call me back, to 07700 900123", 2),
    ],
)
def test_a_comma_before_to_splits_only_before_a_preposition(
    analyser: Analyser, text: str, pieces: int
) -> None:
    toks = analyser.analyse(text).tokens
    assert len(clauses(toks, "en")) == pieces, [t.surface for t in toks]


# ------------------------------------------------- a short complaint about a product
@pytest.mark.parametrize(
    "text",
    [
        "ur website is trash",
        "the checkout was useless",
        "your wifi is garbage!!",
        "Customer: your update is awful",
        "the app was so useless",  # five words: cleared before too
        "your billing system is useless",  # not short: cleared before
    ],
)
def test_a_thing_called_useless_is_no_insult_of_staff(detector: LexiconDetector, text: str) -> None:
    assert "abusive_language" not in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "you are so useless",
        "ur useless",
        "your manager is useless",
        "your lot are useless",
        "this guy is useless",
        "you and your app are useless",
    ],
)
def test_a_person_called_useless_stays_aimed(detector: LexiconDetector, text: str) -> None:
    assert "abusive_language" in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "awful app, keeps logging me out",
        "useless website cant even pay",
        "Customer: terrible broadband, dead again",
        "pathetic delivery, three weeks late, still nothing",
        "useless service, truly useless",  # said again of the same thing
    ],
)
def test_an_insult_word_before_a_product_describes_it(detector: LexiconDetector, text: str) -> None:
    assert "abusive_language" not in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "useless woman, get me your manager",
        "pathetic little man",
        "awful app, and you are awful too",
        "you stupid idiot",
    ],
)
def test_an_insult_word_before_a_person_stays(detector: LexiconDetector, text: str) -> None:
    assert "abusive_language" in serious(detector, text), text


# ------------------------------------------------------------ praise taken back by irony
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("thank you for nothing, im posting this on facebook", "online_defamation_threat"),
        (
            "cheers, thanks for absolutely nothing, this is going on tiktok",
            "online_defamation_threat",
        ),
        (
            "thanks for ruining my birthday, im posting the whole chat on twitter",
            "online_defamation_threat",
        ),
        ("well done genius, im posting this on reddit", "online_defamation_threat"),
    ],
)
def test_praise_taken_back_clears_nothing(detector: LexiconDetector, text: str, code: str) -> None:
    assert code in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "thanks for the quick fix, posting a lovely review on facebook",
        "well done, youre a genius, posting a 5 star review on google",
        "thank you for everything, will share my experience on facebook",
    ],
)
def test_sincere_praise_still_clears(detector: LexiconDetector, text: str) -> None:
    assert "online_defamation_threat" not in serious(detector, text), text


@pytest.mark.parametrize(
    ("text", "end", "back"),
    [
        ("thanks for nothing", 6, True),
        ("thank you so much for nothing", 5, True),
        ("thanks 4 nothing", 6, True),
        ("great job, genius", 5, True),
        ("nice one sherlock", 4, True),
        ("thanks for the help", 6, False),
        ("great job, youre a genius", 5, False),
        ("thanks for nothing less than perfect", 6, True),  # read as irony: a known limit
    ],
)
def test_taken_back(text: str, end: int, back: bool) -> None:
    assert irony.taken_back(text, end) is back

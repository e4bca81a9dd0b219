"""English mechanisms behind a blind set's misses and false positives (classes, not
its lines):

- Scots and Northern English spellings read as standard English in the folded
  message (``detect.text.dialect``): "hoose", "ootside", "the morra", "ah'll", dropped
  g's ("waitin"); the words that are also English ("ma", "aw", "the night") only in a
  message written in the dialect;
- threats in British and Scots words: beating ("batter", "skelp"), coming round to
  "sort you out", people sent round, someone told to get themselves over;
- online defamation in a formal letter's words ("publicise this correspondence");
- a staff member the roster does not know, named by a title or by their role and
  summoned or removed ("send your Mr. Ali to my house");
- no indicator for a violent quote someone else told someone ("the courier told my
  neighbour 'I'll break your legs'"), nor for a demand asked about as a rule ("I'm
  only asking whether your policy allows an apology letter").

Every sentence here is written for these tests."""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from mamori.detect.text.dialect import g_dropped, respell
from mamori.detect.text.normalize import fold
from unit.detect.support import assert_clear, assert_fires, serious


def test_dialect_respelling_of_the_folded_message() -> None:
    assert (
        respell(fold("Ah'll be roond yer hoose the morra")) == "i will be round your house tomorrow"
    )
    # ("ye'll" folds to "yell", a word of its own: left alone)
    assert respell(fold("ye'll no get awa wi it, ah'm tellin ye")) == (
        "yell no get away with it,i am telling you"
    )
    # Words that are also English stay without a dialect word in the message.
    plain = fold("the night before, my ma said aw thanks")
    assert respell(plain) == plain
    assert respell(fold("ma wifi is doon the night")) == "my wifi is down tonight"
    assert respell(fold("the wi-fi is oot")) == "the wi fi is out"  # Wi-Fi is no "with"
    # A dropped g comes back only where the dictionary knows the -ing word alone.
    assert g_dropped("wantin") == "wanting"
    assert g_dropped("traipsin") == "traipsing"
    assert [g_dropped(w) for w in ("cabin", "begin", "within", "raisin", "origin")] == [
        "cabin",
        "begin",
        "within",
        "raisin",
        "origin",
    ]
    # Japanese text is left as it is.
    assert respell("ふざけんな") == "ふざけんな"


def test_scots_threats_and_demands(detector: LexiconDetector) -> None:
    assert "privacy_intrusion" in serious(detector, "ah'll be waitin ootside yer hoose the morra")
    assert_fires(
        detector,
        "violence_threat",
        [
            "ah'm comin doon tae the shop the nicht tae sort ye oot",
            "ah'll batter ye",
            "ye'll get skelped, ah'll skelp yer manager",
            "ah ken where he bides, ah'm sendin ma cousins roond",
        ],
    )
    assert_fires(
        detector,
        "online_defamation_threat",
        ["ah'll put the hale thing aw ower facebook if ye dinnae sort it"],
    )
    assert_fires(detector, "in_person_demand", ["tell yer boss tae get himsel doon here the day"])
    assert_clear(
        detector,
        "violence_threat",
        [
            "ah'm just wantin tae ken when ma parcel is comin",
            "aw that's braw, thanks for sortin it oot so quick",
            "ah'm sendin ma brother roond tae collect the parcel the morra",
        ],
    )


def test_british_threat_words(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        [
            "I'll batter you if I see you",
            "I'm coming down there to sort you out",
            "I will come round to your branch and sort you lot out",
            "I'm sending my lads round to your office",
        ],
    )
    assert_clear(
        detector,
        "violence_threat",
        [
            "could you come round and sort me out with a new boiler",
            "I thumped the table when I saw the bill",
            "I'm sending my brother round to pick up the order",
            "I'll send my family the link so they can book too",
        ],
    )
    assert_fires(
        detector, "in_person_demand", ["tell your manager to get himself over here right now"]
    )
    assert_clear(
        detector, "in_person_demand", ["my husband should get himself to a doctor about his back"]
    )


def test_correspondence_made_public(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "online_defamation_threat",
        [
            "Should we not hear from you within 10 days, we shall publicise this correspondence.",
            "Failing a response, I will make our exchange public.",
            # the exchange itself as what is posted: no product topic
            "I'll share the recording of this call with my 25k followers",
        ],
    )
    assert_clear(
        detector,
        "online_defamation_threat",
        [
            "please could you publish the transcript of the webinar",
            "can you email me a copy of our correspondence",
        ],
    )
    assert "online_defamation_threat" not in serious(
        detector, "I will upload a review of the new kettle to youtube"
    )


def test_unrostered_staff_summoned_by_title_or_role(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "staff_naming",
        [
            "send your Mr. Okafor to my home this afternoon",
            "Send that Bilal round to my flat, I want a word",
            "tell that supervisor Gemma to ring me today",
            "I want that young man Luca to phone me back",
            "you tell your boss Harjit to come and explain himself",
            "I insist that Mrs Joan Price be taken off my file",
        ],
    )
    assert_clear(
        detector,
        "staff_naming",
        [
            "send Mr. Okafor my thanks, he was a star",
            "send Dave round to mine on Friday to fit the carpet",
            "tell the driver Sam to ring me when he arrives",
            "I'll send Mr. Grant to your branch with the documents",
            "I want my son Tom to come and collect it",
            "could you tell your colleague Gemma to call me when she can",
        ],
    )


def test_quotes_told_to_someone_else_are_reports(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "violence_threat",
        [
            "the courier told my neighbour 'I'll break your legs', is this how you train them?",
            'your security guard told the lad "I will kill you" in front of my kids',
        ],
    )
    # The speaker's own words to a staff member are the speaker's threat.
    assert_fires(detector, "violence_threat", ['I told your driver "I\'ll break your legs"'])


def test_a_rule_asked_about_is_no_demand(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "apology_demand",
        [
            "can I get an apology letter? I'm only asking whether that's allowed",
            "does your policy allow customers to request a written apology?",
            "Out of curiosity, am I entitled to ask for a formal apology?",
        ],
    )
    assert_fires(
        detector,
        "apology_demand",
        [
            "I want a written apology. I'm not asking, I'm telling you",
            "I demand an apology letter from your manager by Friday",
        ],
    )


def test_private_detail_asked_with_contact_outside_work(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "privacy_intrusion",
        [
            "what's his surname? I want to catch him outside work",
            "give me his personal mobile, I'll sort this with him after work",
            "where does she stay? I want to drop round and thank her personally",
            "tell me her direct line, I'll ring her at home",
            "whit's her number? ah'll wait fur her at the door when she finishes",
        ],
    )
    assert_clear(
        detector,
        "privacy_intrusion",
        [
            "what was his full name? I want to complain about him to your head office",
            "can you give me her direct line, the main number keeps ringing out",
            "where does he live now? my brother is visiting him in person at Easter",
            "I've got her number, my mum will ring her at home",
        ],
    )


def test_two_dialect_words_that_are_also_english_mark_the_dialect() -> None:
    assert respell(fold("ah ken where ye bide")) == "i know where you live"
    assert respell(fold("ye, I know")) == fold("ye, I know")  # "ye" alone: yeah

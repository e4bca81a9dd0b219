"""Frames behind the misses and false alarms of a read stream (2030 Q2, a Hamamatsu
outsourced centre with a railway, a roadside line and a Manila desk; its lines were
read, never copied: every sentence here is written for these tests).

- a station is the listener's only in a frame of their commute or home ("which stop
  does she get off at", "your nearest station"); a station the customer travels to or
  the railway runs ("get me to the nearest station", "the lift at your station") is
  none;
- the speaker's own role disowned or regretted ("not trying to be a jerk", "sorry to
  be a pain") is no insult of anyone;
- an online audience as the subject of destroy/ruin ("my followers will destroy you")
  is a pile-on (online defamation), not violence;
- how someone looks "in person" is a remark, not a meeting asked for;
- a named staff member fetched, marked off by "only" after the name, or taken off the
  team;
- Japanese in katakana runs set off inside a line, half-width included, read as
  Japanese; a number in digits before its counter keeps its digits in kana writing.

Each with look-alikes that must stay clear.
"""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from mamori.detect.text.kana import katakana_as_hiragana
from unit.detect.support import assert_clear, assert_fires, severity


def test_a_station_is_the_listeners_only_on_their_commute(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "privacy_intrusion",
        [
            "what stop does she get off at after work",
            "Which station does your driver Mika take home?",
            "so whats your closest station, i could swing by",
            "tell me the nearest stop to where you live",
        ],
    )
    assert_clear(
        detector,
        "privacy_intrusion",
        [
            "My bike died on route 1, could you tow it to the nearest station with a workshop?",
            "Which station should I use for the hot-spring shuttle?",
            "Is there step-free access at your station in Kakegawa?",
            "What's the closest stop to the tea farm for the tour?",
            "Which stop does the airport bus leave from?",
        ],
    )


def test_the_speakers_own_role_disowned_is_no_insult(detector: LexiconDetector) -> None:
    for text in [
        "Not trying to be a pest here, I just need the tracking number.",
        "sorry to be a nuisance again but has the refund gone through",
        "I really don't mean to be an idiot about this, how do I reset the app?",
        "The invoice is still wrong Not trying to be a jerk about it",
    ]:
        assert severity(detector, text, "abusive_language") is None, text
    assert_fires(
        detector,
        "abusive_language",
        [
            "You're trying to be a jerk on purpose.",
            "Not trying to be rude, but you're a useless idiot.",
        ],
    )


def test_an_online_audience_destroying_someone_is_a_pile_on(
    detector: LexiconDetector,
) -> None:
    for text in [
        "I'll post this on TikTok tonight and my viewers will destroy you.",
        "Wait till it's on Reddit, the internet is going to ruin you.",
        "my subscribers would bury you lot in a day",
    ]:
        assert severity(detector, text, "violence_threat") is None, text
    assert_fires(
        detector,
        "online_defamation_threat",
        ["I'll post this on TikTok tonight and my viewers will destroy you."],
    )
    assert_fires(
        detector,
        "violence_threat",
        ["My cousins will destroy you.", "I will destroy you when I see you."],
    )


def test_looks_compared_in_person_ask_no_meeting(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "in_person_demand",
        [
            "The new tank looks way better in person than in the brochure.",
            "Your rep sounds older in person, nice bloke though.",
            "The room looked smaller in person.",
        ],
    )
    assert_fires(
        detector,
        "in_person_demand",
        ["I want to sort this out in person, come to my house.", "Explain it to my face."],
    )


def test_a_named_staff_member_fetched_kept_or_taken_off(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "staff_naming",
        [
            "Go and fetch Mendoza, I'm not done with her.",
            "Connect me to Okafor only, nobody else.",
            "I told you, Mendoza only, no one else.",
            "Okafor needs to be taken off your team today.",
            "I want Mendoza pulled from the hotline.",
        ],
    )
    assert_clear(
        detector,
        "staff_naming",
        [
            "Mendoza only works weekdays, right?",
            "My dog will fetch the paper.",
            "The form went to Okafor only, can you resend it to me?",
        ],
    )


def test_katakana_runs_inside_a_line_read_as_japanese() -> None:
    # character for character: evidence positions hold
    for text in ["ｵﾏｴ ﾏｼﾞﾃﾞ ﾕﾙｻﾝｿﾞ😡昨日の件", "荷物が来ない。ｽｸﾞﾆ ﾍﾝｷﾝｼﾛﾖ"]:
        read = katakana_as_hiragana(text)
        assert read != text and len(read) == len(text), text
    # loanwords keep their script: a long mark, or no grammar ending
    for text in [
        "ｶｽﾀﾏｰｾﾝﾀｰに電話した",
        "アカウント ログイン エラーが出ます",
        "スマホ ケースを注文",
    ]:
        assert katakana_as_hiragana(text) == text, text


def test_kana_writing_of_threats_and_numbers(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        ["ﾅﾒﾀﾏﾈｼﾀﾗ ｲﾀｲﾒﾐﾙｿﾞ、覚えとけ", "いたいめみたいんか"],
    )
    assert_fires(
        detector,
        "excessive_demand",
        ["不良品なんだで代金は3ばいにして返せ", "ﾍﾝｷﾝﾀﾞｹｼﾞｬﾀﾘﾝ ﾎﾟｲﾝﾄ10ﾊﾞｲﾂｹﾛ"],
    )
    assert_clear(
        detector,
        "excessive_demand",
        ["ポイント3ばいキャンペーンはいつまでですか？", "2倍セールはいつからですか？"],
    )

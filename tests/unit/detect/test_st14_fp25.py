"""Benign frames behind the false positives of a read stream (2028 Q3, a Fukuoka
contact centre; its lines were read, never copied: every sentence here is written for
these tests).

- a legal word that tells how someone lives: a court or a police station where someone
  is as a habit ("I'm usually in court on weekdays", 「平日はいつも裁判所におります」),
  or the speaker's own trade told beside such a habit ("I'm a solicitor myself and I'm
  in court most mornings"), with no listener named and no legal act committed to;
- a legal word that is a name: written as one, or in lower case in apposition after a
  possessive and a relative, before an auxiliary ("my wife sue is dropping the keys
  off"); "I will Sue you" is the verb, however it is written;
- work stopped as the measure of the customer's own busyness (「仕事にならないくらい
  忙しい時期なので」) is no loss laid at the company's door; blamed on the listener
  (「お宅のせいで仕事にならんくらい」) it stays pressure;
- what the company will do, asked in the polite form, is the complaint's question
  whichever explanatory particle carries it (ん, の, Kyushu と).

Each with the harassing phrasings of the same code that must still fire.
"""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from unit.detect.support import assert_clear, assert_fires, severity


def test_a_court_where_someone_is_by_habit_is_no_threat(detector: LexiconDetector) -> None:
    for text in [
        "I work as a barrister, so I'm usually in court on weekdays. Texts are better than calls.",
        "I'm a solicitor myself and I'm in court most mornings, so afternoons suit me for the engineer.",
        "My mum sits in court most weeks, so she can't take the call about the boiler.",
        "Heads up: I'm in court all day most days, a voicemail is fine.",
        "My husband is at the police station most days, he's an officer, so I'll sort the booking.",
        "平日はいつも裁判所におりますので、ご連絡はメールでお願いします。",
        "仕事柄、裁判所に通うことが多いので、電話は夕方以降にしてもらえると助かります。",
        "夫が弁護士で、普段は裁判所に詰めとるけん、連絡は私の携帯にお願いします。",
    ]:
        assert severity(detector, text, "legal_threat") is None, text


def test_a_court_held_over_the_listener_still_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "legal_threat",
        [
            "I'm in court most days and I'll be seeing your company there soon.",
            "I'm in court most days, and your firm is next.",
            "I'm a lawyer myself so I know exactly how to take you to court.",
            "I'm a lawyer myself and I will sue you.",
            "You'll be in court before the month is out.",
            "See you in court.",
            "裁判所で会おうや。",
            "来週は裁判所に行くけん、覚悟しとき。",
            "毎日裁判所に通うて、御社を訴える準備しとる。",
            "平日はいつも裁判所におるけん、御社も覚悟しとってください。",
            "裁判にするけんな。",
        ],
    )


def test_a_legal_word_that_is_a_name_is_no_threat(detector: LexiconDetector) -> None:
    for text in [
        "My wife sue is dropping the keys off tomorrow morning.",
        "Our neighbour Sue has the spare key, can the engineer ring her?",
        "my sister sue will bring the dog in on saturday, is that alright?",
        "Can my colleague Sue collect the van instead of me?",
    ]:
        assert severity(detector, text, "legal_threat") is None, text


def test_the_verb_sue_still_fires_however_written(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "legal_threat",
        [
            "My daughter Sue will sue you for this.",
            "I will Sue you.",
            "Sue them, that's what my brother says I should do, and I will.",
            "my husband will sue if this isn't fixed",
            "We're going to Sue your company.",
        ],
    )


def test_work_stopped_as_the_measure_of_busyness_is_no_pressure(
    detector: LexiconDetector,
) -> None:
    assert_clear(
        detector,
        "pressure_language",
        [
            "仕事にならないくらい忙しい時期なので、訪問は土曜の午前でお願いできますか。",
            "年末は商売にならんほどバタバタしとるけん、納品は年明けで大丈夫です。",
            "仕事にならへんぐらい立て込んでて、返事が遅れてすみません。",
        ],
    )


def test_work_stopped_and_blamed_still_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "pressure_language",
        [
            "お宅のせいで仕事にならんやろが！",
            "そっちのせいで仕事にならんくらいバタバタしとるんやけど。",
            "お前らのせいで商売にならないほど忙しくなったわ。",
            "仕事にならん。今日中に何とかしろ。",
        ],
    )


def test_what_will_you_do_asked_politely_is_no_pressure(detector: LexiconDetector) -> None:
    for text in [
        "結局どうしてくれるのですか。",
        "それで、どうしてくれるとですかね？",
        "届いた時点で割れていました。どうしてくれるとですか。",
    ]:
        assert severity(detector, text, "pressure_language") is None, text
    for text in ["どうしてくれるんだよ！", "どうしてくれると？", "で、どうしてくれるんや"]:
        assert severity(detector, text, "pressure_language") is not None, text

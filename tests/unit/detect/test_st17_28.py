"""A blind stream's misses and false positives, fixed by mechanism (docs/quality.md).
Every sentence here is written for these tests, none is a stream's line.

- the whole payment history asked back by its billing unit ("each premium we've ever
  paid"); the whole bill paid by the company ("cover the entire repair cost"); a bill
  brought to zero for a span ahead; the small print waved by "whatever it says";
- the listener's other work put aside for this ("put everything else aside"); the wasted time named as what to apologise for is the
  apology's reason, no pressure;
- the listener's own stop on the way home asked;
- 「二度と…ないようにしてやる」: the listener disabled for good by the speaker's act;
- damage to the listener's things set as the condition in the passive (「割られたくなかったら」);
- 「謝って済むと思うな」: an apology is not enough — no harm to come;
- a face-to-face talk as the condition of being satisfied, or the company reproached for
  not showing a face; arousal by the listener's voice;
- the apology done again (謝り直し), and the bow to the floor told in words;
- lies posted along with the truth (あることないこと), posting vowed with the verb bare,
  the company on a site to be looked forward to;
- the listener's whereabouts on her days off, her leaving the building watched, her
  walking somewhere told with a photo taken;
- 「なして今すぐできないのさ」: why not this very moment, as a reproach;
- an insurance policy's own exclusions waved (「既往症だろうが」) before a rough order;
- a recording called やつ is a thing, no person;
- repetition: 「前回も / 先日も + asking verb」 says the request was made before.
"""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from mamori.detect.gist import gist
from unit.detect.support import assert_fires, serious


def test_whole_history_and_whole_bill_and_zeroed_bill(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "excessive_demand",
        [
            "Refund each premium we've ever paid you, every one of them.",
            "Whatever the small print says, cover the entire repair cost.",
            "I want the broadband bill wiped for the next two years.",
            "I don't care what the contract says, reimburse the whole hospital bill.",
        ],
    )
    for text in [
        "Could you send me a list of every payment I've ever made?",
        "The outage wiped out my work for the rest of the year.",
        "My balance was zeroed out after the credit, thanks.",
        "The vet bill was paid in full by my insurer last week.",
    ]:
        assert "excessive_demand" not in serious(detector, text), text


def test_everything_else_put_aside_and_urgency_repeated(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "pressure_language",
        ["Put everything else aside and sort out my line."],
    )
    for text in [
        "I had to drop everything else to wait for the engineer.",
        "Is there anything else I can do?",
        "you'll apologise for wasting my time, in writing",
        # urgency words alone, however often, are the off-hours rule's (contract §3)
        "URGENT urgent call me back",
    ]:
        assert "pressure_language" not in serious(detector, text), text


def test_own_stop_asked(detector: LexiconDetector) -> None:
    assert_fires(detector, "privacy_intrusion", ["so what stop do you get off at after work?"])
    assert "privacy_intrusion" not in serious(detector, "Is the office near a bus stop?")


def test_never_again_made_unable(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        ["あんたなんか二度と歩けないようにしてやる", "二度と口きけんようにしたるわ"],
    )
    for text in [
        "二度と同じことが起きないようにしてください。",
        "二度とこんなミスがないようにしてほしい",
        # the business harmed by a post: the post's threat, not the listener's body
        "ネットに書いて、二度とお客さんが寄りつかないようにしてやる",
    ]:
        assert "violence_threat" not in serious(detector, text), text


def test_damage_in_the_passive_as_the_condition(detector: LexiconDetector) -> None:
    assert_fires(detector, "violence_threat", ["店のシャッター壊されたくなければ、早く払え"])
    assert "violence_threat" not in serious(detector, "窓ガラスを割られたので修理をお願いします")


def test_an_apology_not_enough_is_no_threat(detector: LexiconDetector) -> None:
    text = "口先で謝って済むと思うなよ。社長が直接謝罪に来い"
    assert "violence_threat" not in serious(detector, text)
    assert "apology_demand" in serious(detector, text)
    assert_fires(detector, "violence_threat", ["こんな真似して済むと思うなよ"])


def test_meeting_as_the_condition_and_no_face_shown(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "in_person_demand",
        ["会って説明を聞くまでは引き下がらんよ", "顔も出さずに済ませるつもりですか"],
    )
    assert "in_person_demand" not in serious(detector, "先日は会って話を聞いてもらえて助かりました")


def test_arousal_by_the_listener_voice(detector: LexiconDetector) -> None:
    assert_fires(detector, "sexual_harassment", ["お姉さんの声聞いてるとゾクゾクするわ"])
    assert "sexual_harassment" not in serious(
        detector, "うちの犬、私の声だけで興奮して走り回るんです"
    )


def test_apology_again_and_the_floor_bow(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "apology_demand",
        ["さっきのは謝罪になってない、謝罪し直せ", "額を地面にこすりつけてもらわんとな"],
    )
    for text in ["床に頭をつけて寝てしまった", "説明をやり直してください"]:
        assert "apology_demand" not in serious(detector, text), text


def test_lies_posted_and_site_looked_forward_to(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "online_defamation_threat",
        [
            "SNSであることないこと言いふらしてやるからな",
            "掲示板に上がるの楽しみにしといて",
            "絶対に晒すから",
        ],
    )
    for text in ["あることないこと書かれて困っています", "新聞に載るのを楽しみにしています"]:
        assert "online_defamation_threat" not in serious(detector, text), text


def test_whereabouts_off_duty(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "privacy_intrusion",
        [
            "非番の日ってどこで過ごしとるの？",
            "この前、会社から出てくるところ見かけたで",
            "山田さん、日曜に駅前歩いてたよね。写真撮っといたから",
        ],
    )
    for text in [
        "休日はどこに問い合わせればいいですか",
        "子どもが学校から出てくるところ見てたら転びました",
    ]:
        assert "privacy_intrusion" not in serious(detector, text), text


def test_why_not_this_very_moment(detector: LexiconDetector) -> None:
    assert_fires(detector, "pressure_language", ["なんで今すぐ対応できないんだよ"])
    assert "pressure_language" not in serious(detector, "今すぐできることはありますか")


def test_policy_exclusion_waved_before_a_rough_order(detector: LexiconDetector) -> None:
    assert_fires(detector, "excessive_demand", ["持病だろうが関係ない、治療費は全部払え"])
    assert "excessive_demand" not in serious(
        detector, "既往症だと補償されないのでしょうか、教えてください"
    )


def test_recording_called_yatsu_is_a_thing(detector: LexiconDetector) -> None:
    hits = detector.analyse(None, "録画したやつ、あとで送りますね", "chat").hits
    assert all(h.category.value != "abusive_language" for h in hits)


def test_last_time_too_is_a_marker() -> None:
    assert gist("前回もお願いしましたが、解約の件どうなっていますか").restated
    assert gist("先日も電話しましたが、返金はまだですか").restated
    assert not gist("先日も電話が混んでいました").restated
    assert not gist("前回の請求書も送ってください").restated

"""Benign frames behind the false positives of a read stream (2027 Q4, six
businesses; its lines were read, never copied: every sentence here is written for
these tests).

- what comes next asked about or awaited ("a summary of what happens next", "wait and
  see what happens with the part") is the process, not a warning; "don't make me"
  before a chore ("ask again", "fill in another form") is impatience, not a threat;
- the missing apology told as part of what happened (「遅れてきて、謝罪もなかった」)
  is the complaint's facts, not an apology pressed for now;
- a multiple told as what the bill became (「前年の3倍になっています」) is the
  complaint's figure, not a multiple demanded back;
- 「あなたじゃ話にならない」 beside a demand for someone else (a named person, a
  superior's apology or visit) gives that demand's reason: one cue, one code.

Each with the harassing phrasings of the same code that must still fire.
"""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from unit.detect.support import assert_clear, assert_fires, serious, severity


def test_what_happens_next_asked_about_is_no_threat(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "violence_threat",
        [
            "Could you set out in an email what happens next with my claim?",
            "I'd like to understand what happens next once the engineer has been.",
            "Let's wait and see what happens with the replacement part.",
            "Can you explain what happens next if the appeal is turned down?",
            "We'll just see what happens to the booking after the airline replies.",
            "Don't make me ask again, just refund the deposit please.",
            "Please don't make me fill in another form, I've done three.",
            "Don't make me wait on hold for an hour again.",
        ],
    )


def test_a_warning_of_what_happens_still_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        [
            "Keep ignoring me and see what happens.",
            "You don't want to know what happens next if this isn't sorted.",
            "Don't make me come down there.",
            "Don't make me do something we'll both regret.",
            "Don't make me show up at that counter again, you won't like it.",
            "Fob me off one more time and you won't like what happens.",
        ],
    )


def test_a_missing_apology_told_as_what_happened_is_no_demand(
    detector: LexiconDetector,
) -> None:
    for text in [
        "配達員が30分遅れてきたうえに、謝罪もなかった。",
        "窓口で待たされた挙句、一言の謝罪もありませんでした。",
        "担当者からは謝罪もなく、説明も二転三転しています。",
        "工事の人は床に傷をつけて、謝りの一つもなかったです。",
        "謝罪もないまま請求書だけが届きました。",
    ]:
        assert severity(detector, text, "apology_demand") is None, text


def test_an_apology_pressed_for_now_still_fires(detector: LexiconDetector) -> None:
    for text in [
        "謝罪もないのか、この会社は。",
        "謝罪の一つもないってどういうこと？",
        "ちゃんと謝ってください。",
    ]:
        assert severity(detector, text, "apology_demand") is not None, text
    assert_fires(
        detector,
        "apology_demand",
        ["謝罪もなかった。社長が土下座しに来い。", "詫び状を書け、今日中にだ。"],
    )


def test_a_multiple_told_as_the_bill_is_no_excess(detector: LexiconDetector) -> None:
    for text in [
        "今月の電気代が先月の2倍になっていました。メーターを確認してください。",
        "見積もりの3倍の金額を請求されました。説明をお願いします。",
        "カードの年会費が去年の三倍に上がっています。理由を教えてください。",
        "修理代が見積りの2倍近くかかると言われました。",
        "いつもの10倍の通信量が記録されています。何かの間違いでは？",
    ]:
        assert severity(detector, text, "excessive_demand") is None, text


def test_a_multiple_demanded_back_still_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "excessive_demand",
        [
            "払った額の3倍にして返せ。",
            "迷惑かけたんだから倍額払えよ。",
            "請求が2倍になってたんだから、慰謝料も上乗せしてもらう。",
            "宿泊代は倍返しが当然やろ。",
        ],
    )


def test_no_use_talking_beside_a_demand_for_someone_else_is_that_demand(
    detector: LexiconDetector,
) -> None:
    cases = {
        "あなたじゃ話にならない。上の人間が頭下げに来てよ。": "apology_demand",
        "あんたじゃ話にならんわ。鈴木を出せ、鈴木を。": "staff_naming",
        "君じゃ話にならない。支店長が家まで謝りに来なさい。": "apology_demand",
    }
    for text, code in cases.items():
        got = serious(detector, text)
        assert code in got and "abusive_language" not in got, (text, got)


def test_no_use_talking_alone_or_with_an_insult_stays_abuse(
    detector: LexiconDetector,
) -> None:
    assert_fires(
        detector,
        "abusive_language",
        [
            "あなたじゃ話にならない。",
            "お前じゃ話にならん、頭悪すぎ",
            "あなたじゃ話にならない。給料泥棒が。上司に来てもらって。",
            "あんたじゃ話にならんわ、この役立たず。店長を出せ。",
            # a rough second person is contempt in itself, beside a naming too
            "お前じゃ話にならない。田中さん以外とは話さないから。",
            "おまえでは話にならん、所長が頭下げに来い。",
        ],
    )


def test_a_status_claim_beside_an_excessive_demand_is_its_reason(
    detector: LexiconDetector,
) -> None:
    # 「こっちは客なんで」 as a sentence of its own before or after the demand it grounds
    for text in [
        "今回の修理代、タダにしてください。こっちは客なんで。",
        "慰謝料も払ってもらいます。こっちは金払ってるんだから。",
        "こっちは金払ってるんだよ。迷惑料を上乗せしろ。",
    ]:
        got = serious(detector, text)
        assert "excessive_demand" in got and "pressure_language" not in got, (text, got)


def test_a_status_claim_alone_or_beside_a_plain_request_stays_pressure(
    detector: LexiconDetector,
) -> None:
    assert_fires(
        detector,
        "pressure_language",
        [
            "こっちは客だぞ。",
            "確認してください。こっちはお金払ってるんで。",
            "俺は客だぞ、早くしろ。",
        ],
    )

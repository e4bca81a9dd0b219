"""Mechanisms the Japanese held-out sets showed missing: a cost put on the company for
years or for good, waiting for staff after their shift, pictures of staff asked for
without 写真, and look-alikes that fired (a reported visit, a service visit, a polite
wait for a manager's return, a shop asking whether it may invite customers out).

Written for these tests, not taken from a corpus.
"""

from __future__ import annotations

import pytest

from mamori.detect import clauses as cl
from mamori.detect.content import LexiconDetector
from mamori.detect.morph import Analyser
from unit.detect.support import serious, severity


# ------------------------------------------------------------------ a cost for good
@pytest.mark.parametrize(
    "text",
    [
        "送料はそっち持ちで十年な",
        "未来永劫そっちの負担でええやろ",
        "この先ずっと送料はそっち持ちだべ",
        "えいきゅうにわりびきしてよ",
        "生涯無料にしていただきたい",
        "永久に割引していただくのが筋だと思います",
        "客：じゃあ向こう十年は修理代そちら持ちってことで",
        "永久に割引してもらえますか",
    ],
)
def test_a_cost_put_on_the_company_for_good_is_excessive(
    detector: LexiconDetector, text: str
) -> None:
    assert severity(detector, text, "excessive_demand") == "medium"


@pytest.mark.parametrize(
    "text",
    [
        "返品の送料はどちら持ちになりますか",
        "もう十年使っていますが、まだまだ元気です",
        "十年以上ずっと御社の商品を愛用しています",
        "会員になると送料がずっと無料になるんですよね？",
        "前回は送料をそちらで負担していただき、ありがとうございました",
        "永久に無料のプランなんて本当にあるんですか",
        "十年使うてるけど送料はいっつもこっち持ちやで",
        "永久脱毛の割引ってまだやってます？",
        "ずっと無料で使ってたのに急に有料になったのはなぜですか",
        "今後ずっと御社を利用します",
        "永久保証がついていると書いてありました",
        "一生無料だと思ってたのに請求が来ました",
    ],
)
def test_a_long_span_asked_about_told_or_paid_by_oneself_is_no_demand(
    detector: LexiconDetector, text: str
) -> None:
    assert "excessive_demand" not in serious(detector, text)


def test_hearsay_after_a_plain_form_is_a_report(analyser: Analyser) -> None:
    for text, reported in [
        ("謝罪にいらっしゃるそうです", True),
        ("説明に来るらしいです", True),
        ("説明にいらっしゃるとのことです", True),
        ("雨が降りそうです", False),
        ("説明に来るように言え", False),
    ]:
        toks = analyser.analyse(text).tokens
        head = next(i for i, t in enumerate(toks) if t.lemma in ("いらっしゃる", "来る", "降る"))
        clause = cl.clause_of(cl.clauses(toks, "ja"), head)
        assert (cl.REPORTED in cl.frame(toks, "ja", head, clause)) is reported, text


# ------------------------------------------------------------------ after the shift
@pytest.mark.parametrize(
    "text",
    [
        "シフト上がったら会おうよ、駐車場におるから",
        "勤務が終わる頃に従業員出口の前でお待ちしております",
        "終業時間になったら裏口におるから出てきてね",
        "仕事上がったら外で待ってっからな",
    ],
)
def test_waiting_for_staff_after_their_shift_is_stalking(
    detector: LexiconDetector, text: str
) -> None:
    assert severity(detector, text, "privacy_intrusion") == "high"


@pytest.mark.parametrize(
    "text",
    ["退勤したらちょっと話そうや", "ばいとおわったらあおうね", "客：上がったら店の裏で話そうや"],
)
def test_a_meeting_proposed_after_the_shift_is_an_intrusion(
    detector: LexiconDetector, text: str
) -> None:
    assert severity(detector, text, "privacy_intrusion") == "medium"


@pytest.mark.parametrize(
    "text",
    [
        "駐車場で待ってるので、注文した品を持ってきてもらえますか",
        "営業時間が終わるまで店内で待っていても大丈夫ですか",
        "息子のバイトが終わるまで駐車場で待っています",
        "仕事が終わったら折り返し電話します",
        "退勤後に店舗へ伺ってもよろしいですか",
        "夫の仕事が終わったら二人で話し合って決めます",
        "閉店まで待っとくわ、順番やし",
        "二階に上がったら店員さんに会えました",
        "雨が上がったら会おうね",
        "仕事終わったら家にいるから配達してください",
    ],
)
def test_a_wait_for_an_errand_or_a_relative_is_no_intrusion(
    detector: LexiconDetector, text: str
) -> None:
    assert "privacy_intrusion" not in serious(detector, text)

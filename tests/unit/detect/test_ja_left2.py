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


# ------------------------------------------------------------------ pictures without 写真
@pytest.mark.parametrize(
    "text",
    [
        "ビキニ姿見せてくれへん？",
        "声可愛いしパジャマ姿見せてよ減るもんじゃないし",
        "スカートの中見せろや",
    ],
)
def test_a_picture_in_revealing_clothes_asked_of_staff_is_sexual(
    detector: LexiconDetector, text: str
) -> None:
    assert severity(detector, text, "sexual_harassment") == "high"


@pytest.mark.parametrize(
    "text",
    [
        "今夜の自撮り送ってよ",
        "制服姿もっと見せてほしいな",
        "お姉さんの私服姿も見せてくださいよ",
        "客：寝る前の自撮り送ってくれよ",
        "自撮りちょうだい",
    ],
)
def test_a_selfie_or_a_uniform_picture_asked_of_staff_is_an_advance(
    detector: LexiconDetector, text: str
) -> None:
    assert severity(detector, text, "sexual_harassment") == "medium"


@pytest.mark.parametrize(
    "text",
    [
        "水着を着用した姿の画像はサイトに載っていますか",
        "自撮り棒の在庫はありますか",
        "自撮り用のライトがまだ届かないんですけど",
        "娘の制服姿を写真館で撮ってもらいました",
        "スカートの中の裏地がほつれていました",
        "浴衣姿の見本写真を見せてもらえますか",
        "成人式の振袖姿を送りますね、ありがとうございました",
        "本人確認のため自撮りを送ってください",
    ],
)
def test_a_product_a_sample_or_ones_own_picture_is_no_advance(
    detector: LexiconDetector, text: str
) -> None:
    assert "sexual_harassment" not in serious(detector, text)


def test_te_hoshii_and_te_choudai_ask(analyser: Analyser) -> None:
    # 〜てほしい wishes the act and 〜てちょうだい asks it: the frame of the verb says so.
    for text, verb, flag in [
        ("死んでほしい", "死ぬ", cl.DESIDERATIVE),
        ("見せてほしいな", "見せる", cl.DESIDERATIVE),
        ("送ってちょうだい", "送る", cl.REQUEST),
    ]:
        toks = analyser.analyse(text).tokens
        head = next(i for i, t in enumerate(toks) if t.lemma == verb)
        clause = cl.clause_of(cl.clauses(toks, "ja"), head)
        assert flag in cl.frame(toks, "ja", head, clause), text


# ------------------------------------------------------------------ look-alikes that fired
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("部長さんが明日謝罪にいらっしゃるそうですね、承知しました", "in_person_demand"),
        ("先方の責任者が説明にいらっしゃると伺っています", "in_person_demand"),
        ("担当者に来ていただけますか", "in_person_demand"),
        ("採寸したいので担当さんに来ていただけますか", "in_person_demand"),
        ("店長が戻るまで待たせてもらいますね", "pressure_language"),
        ("店長さんが戻られるまで、待たせていただきます", "pressure_language"),
        ("お客様を食事に誘うのはマナー違反でしょうか", "sexual_harassment"),
        ("常連のお客様を飲みに誘うのはまずいですか", "sexual_harassment"),
    ],
)
def test_a_reported_or_service_visit_a_polite_wait_and_a_shops_question_stay_low(
    detector: LexiconDetector, text: str, code: str
) -> None:
    assert code not in serious(detector, text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("担当者に来ていただいて、きちんと説明してもらいます", "in_person_demand"),
        ("説明にいらしてください", "in_person_demand"),
        ("責任者に来ていただけますか", "in_person_demand"),
        ("店長が戻るまで待たせてもらいますから", "pressure_language"),
        ("責任者が来るまで、ここで待たせてもらいます", "pressure_language"),
        ("ほな店長が戻ってくるまで待たせてもらうわ", "pressure_language"),
        ("今度食事にお誘いしてもいいですか", "sexual_harassment"),
    ],
)
def test_the_demands_beside_them_stay(detector: LexiconDetector, text: str, code: str) -> None:
    assert code in serious(detector, text)


# ------------------------------------------------------------------ a phrase set off by a comma
def test_a_comma_after_a_fronted_phrase_ends_no_clause(analyser: Analyser) -> None:
    # A topic or object set off before its verb belongs to the verb's clause; a comma
    # after a predicate (「高いし、遅い」) still ends one.
    for text, one in [
        ("スカートの中、ちょっとだけ見せて", True),
        ("点検費用は、御社のご負担で", True),
        ("高いし、遅い", False),
    ]:
        toks = analyser.analyse(text).tokens
        clauses = cl.clauses(toks, "ja")
        assert (cl.clause_of(clauses, 0) == cl.clause_of(clauses, len(toks) - 1)) is one, text


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("スカートの中、ちょっとだけ見せて", "sexual_harassment"),
        ("今後十年間の点検費用は、すべて御社のご負担でお願いいたします", "excessive_demand"),
    ],
)
def test_a_fronted_phrase_still_counts(detector: LexiconDetector, text: str, code: str) -> None:
    assert code in serious(detector, text)

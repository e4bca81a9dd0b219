"""Japanese detection, thirteenth pass (docs/quality.md): insults without an insult
word, 伏せ字, sexual remarks through clothing, polite veiled threats, dialect refund
requests, new posting places, polite questions about a clerk's hours, and one cue one
code — each with the look-alikes that must stay clear.

Written for these tests, not taken from a corpus.
"""

from __future__ import annotations

import pytest

from mamori.detect.content import LexiconDetector
from mamori.detect.text.fuseji import Unmasker
from unit.detect.support import assert_clear, assert_fires, serious, severity


# ------------------------------------------------ insults without an insult word
def test_start_over_advice_is_an_insult(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "abusive_language",
        [
            "あんたは小学校から勉強し直してこい",
            "担当の方は義務教育からやり直されたらいかがですか",
            "おまえ ようちえんから でなおせや",
        ],
    )


def test_start_over_wished_or_asked_is_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "abusive_language",
        [
            "私も中学からやり直したいくらい数学が苦手です",
            "入力は最初からやり直した方がいいですか",
            "息子が小学校からやり直すべきか悩んでいます",
        ],
    )


def test_lesser_being_and_no_grasp_are_insults(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "abusive_language",
        [
            "チンパンジーでもできることが何でできへんの",
            "おたくの接客、小学生レベルですね",
            "こっちの言ってることが理解できないレベルか",
        ],
    )


def test_lesser_being_as_a_product_claim_is_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "abusive_language",
        [
            "子供でもできる簡単な工作キットを探しています",
            "幼稚園児レベルの英語教材はありますか",
            "父は日本語がわからないので通訳をお願いできますか",
        ],
    )


def test_praise_with_a_laugh_mark_at_the_clerk_is_an_insult(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "abusive_language",
        [
            "そちらのオペレーターさん、本当にご立派ですね（笑）",
            "店員さん仕事が早いですねｗｗ一時間待ったけど",
        ],
    )


def test_praise_with_a_laugh_mark_meant_kindly_is_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "abusive_language",
        [
            "店員さん優秀すぎですね（笑）すぐ解決しました",
            "担当の方、さすがです笑　ありがとうございました",
            "うちの主人は頭がいいんですよｗ",
        ],
    )


# ------------------------------------------------------------------ 伏せ字
def test_masked_kana_reads_as_the_word() -> None:
    u = Unmasker(["ころす", "しね", "ばかやろう"])
    assert u.unmask("コ□す") == "コろす"
    assert u.unmask("お前〇ね") == "お前しね"
    assert u.unmask("ば×やろう") == "ばかやろう"


def test_a_mask_two_words_share_reads_as_the_preferred_word() -> None:
    """Where words differ only in the masked character, the first listed decides."""
    assert Unmasker(["ころしてやる", "こわしてやる"]).unmask("こ●してやる") == "ころしてやる"
    assert Unmasker(["こわしてやる", "ころしてやる"]).unmask("こ●してやる") == "こわしてやる"


def test_a_masked_threat_reads_as_its_most_severe_word(detector: LexiconDetector) -> None:
    """こ●して is ころして (kill) or こわして (break): people mask the worst word, and the
    reading must not follow a set's order (which changes with the hash seed)."""
    for text in ("絶対こ●してやるわ", "次会ったら〇してやる", "ぶっ×すぞ", "○すぞコラ"):
        hits = detector.analyse(None, text, "chat").hits
        assert [(h.category.value, h.severity) for h in hits] == [("violence_threat", "high")]


def test_rows_of_signs_and_short_runs_stay_masked() -> None:
    u = Unmasker(["ころす", "しね", "はげ"])
    for text in ("〇〇様", "○×クイズ", "○、×、△", "満足度は〇です", "〇するだけ", "〇ねん前"):
        assert u.unmask(text) == text


def test_masked_threats_and_insults_fire(detector: LexiconDetector) -> None:
    assert_fires(detector, "violence_threat", ["今度会ったらコ●すからな", "ぶっ＊ろすぞ"])
    assert_fires(detector, "abusive_language", ["オペレーターは〇ね"])


def test_placeholders_stay_clear(detector: LexiconDetector) -> None:
    for text in (
        "〇〇様宛ての請求書をください",
        "○×クイズの賞品はいつ届きますか",
        "出席欄に○するだけですか",
    ):
        assert serious(detector, text) == set(), text


# ---------------------------------------------------- sexual remarks via clothing
def test_body_through_clothes_and_sex_work_are_sexual(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "sexual_harassment",
        [
            "あの店員のシャツ、胸のとこパツパツやん",
            "レジのお姉さん、スカートからお尻のライン丸見えだよ",
            "受付の子、どうせ裏でパパ活してるんだろ",
        ],
    )


def test_clothes_bought_and_own_work_are_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "sexual_harassment",
        [
            "シャツの胸のところがキツそうなので一つ大きいサイズに交換したいです",
            "息子の制服のズボンがお尻のところで破れました",
            "水商売をしているので、配達は午後にしてください",
        ],
    )


# ----------------------------------------------------- polite veiled threats
def test_safety_warning_with_fate_disowned_is_a_threat(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        [
            "帰り道には十分ご注意を。何が起きましても、わたくしは関知いたしません",
            "ご家族の身辺にもお気を付けて。どうなろうと私は存じ上げませんので",
        ],
    )


def test_safety_advice_and_disclaimers_are_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "violence_threat",
        [
            "お帰りの際は足元にお気をつけくださいね、雨で滑りやすいので",
            "分解した場合、何が起きても保証の対象外ですか",
        ],
    )


# ----------------------------------------------- dialect refund after long use
def test_refund_after_long_use_in_dialect_is_excessive(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "excessive_demand",
        [
            "三年も使いよったけど好かんごとなったけん返金してくれんね",
            "半年着とったけど飽きたけん金返しちゃらんね",
        ],
    )
    assert_clear(detector, "excessive_demand", ["届いた時から壊れとったけん交換してくれんね"])


# ------------------------------------------------ posting places and とく forms
def test_new_posting_places_and_toku_forms_are_defamation(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "online_defamation_threat",
        ["ガルちゃんにこの店のこと書いといてやるよ", "お前の名前、爆サイに載せといたるわ"],
    )
    assert_clear(detector, "online_defamation_threat", ["爆サイで見たお店に行ってみました"])


# ------------------------------------------------- polite questions about a clerk
def test_polite_questions_about_a_clerks_hours_are_privacy(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "privacy_intrusion",
        [
            "佐々木様は何時ごろ勤務が終わられますか",
            "伊藤さんがお帰りになられるのは何時でしょうか",
            "店長さんのお住まいはどのあたりですか",
        ],
    )
    assert_clear(
        detector,
        "privacy_intrusion",
        ["窓口は何時まで開いていますか", "御社の最寄り駅はどちらでしょうか"],
    )


# ------------------------------------------------------------ one cue, one code
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("ツイッターで晒すからな、覚悟しとけよ", "online_defamation_threat"),
        ("裁判で訴えるから覚えとけ", "legal_threat"),
    ],
)
def test_generic_closer_strengthens_the_specific_threat(
    detector: LexiconDetector, text: str, code: str
) -> None:
    assert "violence_threat" not in serious(detector, text), text
    assert severity(detector, text, code) == "high", text


def test_closer_with_a_violent_threat_stays_violence(detector: LexiconDetector) -> None:
    assert severity(detector, "ぶん殴りに行くから覚悟しとけ", "violence_threat") == "high"


@pytest.mark.parametrize(
    "text",
    [
        "この通話は録音しているので、YouTubeに上げます。覚えておけよ。このままで済むと思うな。",
        "ネットに晒すからな。覚悟しとけ。ただじゃおかないからな",
    ],
)
def test_closer_beside_another_intimidation_of_the_same_rule_stays_violence(
    detector: LexiconDetector, text: str
) -> None:
    # The closer is not the message's only violence cue: a second match of the same
    # intimidation rule stands beside it (the rule reports only its first span).
    assert "violence_threat" in serious(detector, text), text
    assert "online_defamation_threat" in serious(detector, text), text


def test_apology_call_is_no_visit(detector: LexiconDetector) -> None:
    assert "in_person_demand" not in serious(detector, "直接お詫びのお電話をください")
    assert "in_person_demand" in serious(detector, "直接お詫びに来てください")


def test_insult_shouted_at_the_customer_by_another_is_no_hit(detector: LexiconDetector) -> None:
    for text in (
        "隣の席の人に「アホ」って怒鳴られて怖かった",
        "知らない客に「ボケ」と罵られました",
    ):
        assert severity(detector, text, "abusive_language") is None, text


# ------------------------------------------------------- the same frames, wider
def test_mock_admiration_with_koto_is_an_insult(detector: LexiconDetector) -> None:
    assert_fires(detector, "abusive_language", ["まあ、お仕事が丁寧でご立派なことでｗ"])
    assert_clear(detector, "abusive_language", ["猿でもわかる入門書シリーズを探しています"])


def test_sex_work_urged_on_the_listener_is_sexual(detector: LexiconDetector) -> None:
    assert_fires(detector, "sexual_harassment", ["お前は水商売の方が向いとるわ"])
    assert_clear(detector, "sexual_harassment", ["水商売の友人に似合う名刺入れを探しています"])


def test_recordings_or_names_put_out_anywhere_are_defamation(detector: LexiconDetector) -> None:
    assert_fires(detector, "online_defamation_threat", ["この電話の音声、ばらしといたるからな"])
    assert_clear(detector, "online_defamation_threat", ["お名前を書いておきますね"])


def test_polite_questions_about_a_clerk_by_role_are_privacy(detector: LexiconDetector) -> None:
    assert_fires(detector, "privacy_intrusion", ["レジの方は何線でご通勤されてるんですか"])
    assert_clear(
        detector,
        "privacy_intrusion",
        ["担当の方は何時までいらっしゃいますか、折り返しのお電話が欲しいので"],
    )


def test_apology_asked_in_kyushu_dialect_or_as_a_polite_call(detector: LexiconDetector) -> None:
    assert_fires(
        detector, "apology_demand", ["ちゃんと謝罪しちゃらんね", "謝罪のお電話をいただけますか"]
    )

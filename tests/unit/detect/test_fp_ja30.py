"""False alarms a blind set of benign Japanese customer messages showed (pest control,
an optician, a ferry, a hearing-aid shop, a temple, a ski resort, B2B solar), by frame:
an English line named as a line (『I'll kill you』ってセリフ); the Tohoku 〜てけで/〜てけだ
(= 〜てくれて/〜てくれた), no imperative; a writing's words (約款には『…』とある,
広告に…って書いてた); settling by phone hoped for; a helper's name asked to thank
them; a first reaction taken back (〜と思ったけど); counsel reviewing a contract; an
amount as a price; a group's stakes argued in a letter; a job ordered now with the
visit as its means; vermin named in the sentence before a verb of killing with no
object; a death told as what a falling thing would cause. Each with look-alikes that
must still fire.

Written for these tests, not taken from a corpus.
"""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from unit.detect.support import assert_clear, assert_fires


def _serious(detector: LexiconDetector, text: str) -> list[str]:
    hits = detector.analyse(None, text, "chat").hits
    return [h.category.value for h in hits if getattr(h.severity, "value", h.severity) != "low"]


def test_benign_frames_stay_clear(detector: LexiconDetector) -> None:
    for text in [
        # an English line named as a line
        "映画の『I'll kill you』ってセリフ、字幕だと何て訳されてますか",
        # Tohoku てけで = てくれて
        "係の人がすぐ謝ってけで、助かりました。返金の手続きだけ教えてけろ。",
        # a writing's words
        "規約に「損害は一切補償しない」とあるが、本当か確認したい。",
        "家まで来てくれるってチラシに書いてたので、お願いできますか",
        # settling by phone hoped for
        "書類の件、電話で済むのであれば助かります",
        # a helper's name asked to thank them
        "あのスタッフさん、名前なんていうんですか？お礼を言いたくて",
        # a first reaction taken back
        "馬鹿にしてんのかと思いましたが、私の勘違いでした。",
        # counsel reviewing a contract
        "ただいま顧問弁護士に利用規約をチェックしてもらっていますので、ご回答は来週になります。",
        # an amount as a price; a group's stakes
        "数百万という金額の機械なので、保証の範囲を確認したいです",
        "島の漁師には死活問題です。運航再開の見通しを教えてください",
        # a job ordered now, the visit its means
        "床下の消毒をお願いしたいのですが、一度現地までお越しいただけますか",
        # vermin killed; a falling thing's danger
        "ベランダにハチが巣を作ってしまいました。全部殺してほしいです。",
        "看板が倒れたら誰か殺してしまうかもしれません。早めに点検をお願いします。",
    ]:
        assert _serious(detector, text) == [], text


def test_same_shapes_aimed_at_people_still_fire(detector: LexiconDetector) -> None:
    assert_fires(detector, "violence_threat", ["『I'll kill you』って言ってんだよ"])
    assert_fires(detector, "apology_demand", ["はよ謝ってけ！", "お前ちゃんと謝ってけよ"])
    assert_fires(detector, "in_person_demand", ["電話で済むと思うなよ", "電話で済む話ちゃうやろ"])
    assert_fires(
        detector,
        "in_person_demand",
        [
            "家に来てもらうってお前のとこの広告に書いてたやろ。はよ家に来い",
            "駆除を頼んだのに誰も来ない。今すぐ来い",
        ],
    )
    assert_fires(
        detector,
        "privacy_intrusion",
        [
            "あの受付の子、名前なんて言うの？家どこ？",
            "あの店員の名前なんていうの？お礼参りしたるわ",
        ],
    )
    assert_fires(
        detector, "abusive_language", ["お前らふざけてると思ったけど、やっぱりふざけとるな"]
    )
    assert_fires(detector, "legal_threat", ["顧問弁護士にて法的措置を検討しております"])
    assert_fires(
        detector,
        "pressure_language",
        ["うちの店にとっては死活問題なんや。今日中に直せ", "こっちは数十万払っとるんやぞ"],
    )
    assert_fires(
        detector,
        "violence_threat",
        [
            "店員の態度最悪。ぶち殺したいくらいだわ",
            "ゴキブリが出た。店長ぶち殺すぞ",
            "落ちてきたらお前を殺してまうぞ",
            "ちゃんと直さへんかったら殺してまうで",
        ],
    )


def test_quote_particle_is_not_the_conjunctive_te(detector: LexiconDetector) -> None:
    assert_clear(
        detector, "in_person_demand", ["家に来てもらえるって案内に書いてあったので予約したいです"]
    )

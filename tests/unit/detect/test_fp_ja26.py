"""False alarms a blind set of benign Japanese customer messages showed, by mechanism:
a fault graded by its technical severity (致命的なエラー); a loss told, not pressed; 殺 in
a verbal noun of another sense (相殺, 黙殺); a scene of a work (a character kills or
kneels); the speaker's own body; a machine run down; the customer's own dispute with
a third party; a lawyer as the agent (〜による); a named one cleared of the blame; a
household emergency as the errand of a call-out; the customer and a companion as "the
two of us". Each with look-alikes that must still fire.

Written for these tests, not taken from a corpus.
"""

from __future__ import annotations

import pytest

from mamori.detect.content import LexiconDetector
from unit.detect.support import assert_clear, assert_fires, serious


# ------------------------------------------------------------------ a fault's technical grade
def test_a_fault_graded_fatal_is_a_bug_report(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "pressure_language",
        [
            "バックアップ実行中に致命的エラー(E-42)が表示され、処理が止まります",
            "アプリ起動時に致命的な例外が出て落ちてしまいます。ログを送ります",
            "昨日のアップデート以降、致命的な不具合が発生しているようです",
            "致命的な脆弱性を発見しましたのでご報告いたします",
        ],
    )


def test_the_fault_called_fatal_as_a_verdict_stays(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "pressure_language",
        [
            "これは致命的な欠陥です。業務が完全に止まってるんですよ",
            "致命的なミスだよこれは",
            "うちにとっては致命的なんです",
        ],
    )


# ------------------------------------------------------------------ a loss told, not pressed
def test_a_loss_told_while_waiting_presses_nobody(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "pressure_language",
        [
            "待つ間にも損害が出ている",
            "部品の入荷を待っている間にも損失が出ていますので、見通しだけでも教えてください",
            "店を閉めている間も損害が出ていますが、保険の手続きはどう進めればよいでしょうか",
        ],
    )


def test_a_loss_pressed_on_the_reader_stays(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "pressure_language",
        [
            "そちらの出荷ミスで損害が出てるんですよ",
            "お宅のせいで損失が出とるんやぞ",
            "損害が出てんだぞ、どうしてくれるんだ",
            "御社の遅延により損失が発生しております",
            "多大な損害が出ている",
        ],
    )


# ------------------------------------------------------------------ 殺 of another sense
def test_kill_kanji_in_a_verbal_noun_of_another_sense(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "violence_threat",
        [
            "返金分は来月の請求と相殺する形でお願いできますか",
            "未払い分と相殺してもらえれば助かります",
            "問い合わせを黙殺されている気がします",
            "年度末で業務に忙殺されており、返信が遅れました",
        ],
    )


def test_killing_stays(detector: LexiconDetector) -> None:
    assert_fires(detector, "violence_threat", ["お前を抹殺する", "殺すぞ", "てめえ刺し殺したる"])


# ------------------------------------------------------------------ a scene of a work
def test_a_character_killing_or_kneeling_in_a_work(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "violence_threat",
        [
            "あの映画、殺し屋が標的を撃ち殺すシーンが最高でした。円盤はいつ出ますか",
            "落語で泥棒が家の主人を殴るくだりがあって笑いました",
            "推理小説で探偵が犯人を追い詰めて刺し殺す結末には驚きました",
        ],
    )
    assert_clear(
        detector,
        "apology_demand",
        [
            "時代劇で家老が殿様に土下座するくだりが好きです",
            "ドラマの最終回、悪役が主人公に土下座する場面で泣きました",
        ],
    )


def test_a_scene_aimed_at_staff_or_the_speakers_side_stays(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        ["ドラマみたいにお前を刺し殺してやる", "うちの若い衆が殴り込む場面になるぞ"],
    )
    assert_fires(
        detector,
        "apology_demand",
        ["お前が土下座する場面をネットに晒す", "社長が土下座する場面を見せてもらおうか"],
    )


# ------------------------------------------------------------------ the speaker's own body
def test_the_speakers_own_body(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "sexual_harassment",
        [
            "あたしお尻おっきいけん、Lサイズで大丈夫かな",
            "私、胸が大きいのでこのブラウスだとボタンが閉まらないかも",
            "うち、太もも太いさかい細身のは無理やねん",
        ],
    )


def test_a_remark_on_the_listeners_body_stays(detector: LexiconDetector) -> None:
    assert_fires(
        detector, "sexual_harassment", ["お姉さんお尻おっきいね", "あの店員さん胸おっきいね"]
    )


# ------------------------------------------------------------------ a machine run down
def test_a_machine_run_down(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "abusive_language",
        [
            "このプリンターほんとゴミだな、また紙詰まり",
            "洗濯機、マジでポンコツすぎ",
            "このスマホのアプリ、ほんまアホやな",
        ],
    )


def test_a_person_or_the_company_run_down_stays(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "abusive_language",
        [
            "お前ほんとポンコツだな",
            "あの店員ポンコツだな",
            "この会社ほんとゴミだな",
            "このバイトほんとポンコツだな",
            "お前んとこのアプリ、ほんまアホやな",
        ],
    )


# ------------------------------------------------------------------ a dispute with a third party
def test_the_customers_own_dispute_with_a_third_party(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "legal_threat",
        [
            "事故の相手との交渉がこじれているので、弁護士に依頼しようと思います。特約の内容を確認させてください",
            "加害者に対して訴訟を起こす予定なので、診断書の再発行をお願いします",
            "元夫との裁判にする準備で、過去の明細が必要です",
        ],
    )


def test_a_dispute_with_the_listener_stays(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "legal_threat",
        [
            "御社との交渉は弁護士に依頼します",
            "返金しないなら弁護士に依頼します",
            "裁判にするからな",
        ],
    )


# ------------------------------------------------------------------ by a lawyer, not to one
def test_a_lawyer_as_the_agent(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "legal_threat",
        [
            "当社顧問弁護士による契約書のチェックが終わりましたので、押印してお戻しします",
            "顧問弁護士によれば、この条項は修正が必要とのことです",
        ],
    )


def test_a_lawyer_brought_in_stays(detector: LexiconDetector) -> None:
    assert_fires(
        detector, "legal_threat", ["この件は顧問弁護士に任せます", "顧問弁護士に相談します"]
    )


# ------------------------------------------------------------------ cleared of the blame
def test_a_named_one_cleared_of_the_blame(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "staff_naming",
        [
            "轟さんのせいじゃないのは分かってます",
            "西園寺さんのせいではありません、私の入力ミスです",
            "運営さんのせいとは思ってないけど、どうにかなりませんか",
        ],
    )


def test_a_named_one_blamed_stays(detector: LexiconDetector) -> None:
    assert_fires(
        detector, "staff_naming", ["轟さんのせいでこうなったんだよ", "西園寺とかいう奴をクビにしろ"]
    )


# ------------------------------------------------------------------ a household emergency
def test_a_call_out_for_a_household_emergency(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "in_person_demand",
        [
            "トイレが詰まって水があふれてます、今すぐ来てもらえませんか",
            "カギを落として部屋に入れません。今から来れますか",
            "台所で水漏れしてるので、今日中に来てください",
        ],
    )


def test_a_visit_to_explain_or_apologise_stays(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "in_person_demand",
        ["今日中に家に来て説明しろ", "今すぐ来い", "鍵の件で今日中に来て謝罪しろ"],
    )


# ------------------------------------------------------------------ the two of us
def test_the_customer_and_a_companion_as_two(detector: LexiconDetector) -> None:
    text = "夏休みに息子と二人で泊まります。夕食はお部屋で二人きりでいただけると嬉しいです"
    assert "sexual_harassment" not in serious(detector, text)
    assert "sexual_harassment" not in serious(
        detector, "主人とふたりで食事をしたいので個室はありますか"
    )
    # the two counted as the booking's headcount
    text = "ふたりで一泊、予算は二人合わせて3万円ほどです。朝食は二人きりで静かにとりたいです"
    assert "sexual_harassment" not in serious(detector, text)


@pytest.mark.parametrize(
    "text", ["お姉さん、今度二人きりで会おうよ", "ねえ、二人でゆっくり飲もうよ"]
)
def test_the_listener_asked_out_alone_stays(detector: LexiconDetector, text: str) -> None:
    assert "sexual_harassment" in serious(detector, text)

"""A blind stream's misses and false positives, fixed by mechanism (docs/quality.md).
Every sentence here is written for these tests, none is a stream's line.

- repetition: a compound verb written with its okurigana (取り消し, 払い戻し) is the
  same word as its kana-less form (取消, 払戻); the western progressive 〜よる
  (「前から言いよる」) and 「前も + asking verb」 say the request was made before;
  "same request as before" does too;
- a call log's S / K pair: K (客, kyaku) is the customer;
- a polite negative question (「検討してもらえませんか」) is no rough order;
- "take it off" said of a fee or a bill is no undressing;
- 秒で with a plain て-request is the slang's pressure;
- a free service set as the only terms accepted (「次の旅行無料じゃないと無理」) after a
  full refund is the refund and more;
- a staff member's private mobile asked through 「担当の方の」;
- an advance wished in the past of an "if" ("if you came over and kept me company").
"""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from mamori.detect.gist import gist, restates
from unit.detect.support import assert_fires, serious


def test_okurigana_compound_is_its_kana_less_word() -> None:
    a = gist("駐車違反の反則金を取り消していただきたい")
    b = gist("何度もお願いしていますが、反則金の取消はどうなりましたか")
    assert restates(a, b)
    c = gist("前にも書きましたが、保証金の払い戻しを急いでください")
    d = gist("保証金を払戻してください")
    assert restates(c, d)
    # A compound's last kanji before a particle is never joined to the next verb: 今日
    # しか stays one word, no 日見 is made.
    assert gist("今日しか見られない").words == gist("今日しか").words
    # Courtesy verbs written with okurigana give no content word.
    assert gist("申し訳ございません、恐れ入りますが").words == ()


def test_western_progressive_and_before_too_are_markers() -> None:
    assert gist("解約の違約金はなしにしてって、ずっと言いよるやろ").restated
    assert gist("違約金なしにしてって前から言いよるけん").restated
    assert gist("違約金の件、前も聞いたと思うんですけど").restated
    assert gist("前もお願いしましたよね、違約金の件").restated
    # 名前も, 午前も: a word ending in 前, nothing said before.
    assert not gist("担当者の名前も言いました").restated
    assert not gist("午前も電話が混んでいました").restated
    # "Same request as before" / "same question as yesterday".
    assert gist("Please drop the admin fee. Same request as before.").restated
    assert gist("same question as yesterday: where is my deposit?").restated
    assert not gist("Is this the same model as before?").restated


def test_k_is_the_customer_of_an_s_k_call_log(detector: LexiconDetector) -> None:
    text = "S: お電話ありがとうございます。\nK: 今から家まで来て説明しろ。\nS: 確認いたします。"
    assert "in_person_demand" in serious(detector, text)
    # The staff's S line is still not the customer's.
    text = "S: 訴訟になった場合は弁護士を通してください。\nK: わかりました。"
    assert "legal_threat" not in serious(detector, text)


def test_polite_negative_question_is_no_rough_order(detector: LexiconDetector) -> None:
    for text in [
        "さすがに部品代くらいは負担してもらえませんか",
        "さすがにもう一度点検してくれませんか。",
    ]:
        assert "pressure_language" not in serious(detector, text), text
        assert all(
            h.rule != "ja.w.rough_imperative" for h in detector.analyse(None, text, "chat").hits
        ), text


def test_take_it_off_of_a_charge_is_no_undressing(detector: LexiconDetector) -> None:
    for text in [
        "That admin charge, just take it off.",
        "The cancellation penalty, please take it off my invoice.",
        "Take it off the bill, it was never ordered.",
    ]:
        assert "sexual_harassment" not in serious(detector, text), text
    assert_fires(detector, "sexual_harassment", ["come on sweetheart, take it off for me"])


def test_speed_slang_with_a_te_request(detector: LexiconDetector) -> None:
    assert_fires(
        detector, "pressure_language", ["ほんとにやばいけん、秒で返事して", "爆速で修理してよ。"]
    )
    for text in ["秒で対応してくれて助かりました", "30秒で返事してくれた", "秒で返信が来て驚いた"]:
        assert "pressure_language" not in serious(detector, text), text


def test_free_as_the_only_terms_after_a_full_refund(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "excessive_demand",
        [
            "全額返金、それと来月の利用料も無料じゃないと納得できん",
            "全部返金して、次回の施術もタダじゃなきゃ許さない",
        ],
    )
    for text in [
        "送料無料じゃないと買わないことにしています",
        "全額返金か無料交換か、どちらが可能ですか",
    ]:
        assert "excessive_demand" not in serious(detector, text), text


def test_private_mobile_of_the_person_in_charge(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "privacy_intrusion",
        ["店長の方の携帯の番号を直接教えてもらえますか", "責任者さんの携帯を知りたい"],
    )
    assert "privacy_intrusion" not in serious(
        detector, "担当の方から折り返しのお電話をいただけますか"
    )


def test_advance_in_the_past_of_an_if(detector: LexiconDetector) -> None:
    assert_fires(
        detector, "sexual_harassment", ["it'd all be forgiven if u came over and kept me company"]
    )
    for text in [
        "the hold music kept me company for an hour",
        "my sister came over and kept me company while I waited",
    ]:
        assert "sexual_harassment" not in serious(detector, text), text

"""Mechanisms behind the errors of a read stream (2027 Q3, six businesses; its lines
were read, never copied: every sentence here is written for these tests).

Benign frames that were read as cues:

- a ``#拡散希望`` tag is how many people post on SNS, no threat by itself; an
  @-mention beside a Japanese cue (「@shop_jp SNSで…」) makes no English run of it;
- screenshots held as proof of the claim are evidence, not a post announced;
- the remedy the company's own policy or terms cover, named so, is no excess;
- one more unit the customer places or buys themselves is no goods demanded;
- 「どうしてくれるんですか」 in the polite form, asked about a real loss, is the
  complaint's question, no pressure.

Put-downs without an insult word: hired or paid in spite of one's level
(「その程度の頭でよく採用されましたね」), the listener's maturity or grasp of the
language doubted, the Kansai negative of 使えない; in English the bar set at a pulse or
half a brain, the upbringing questioned, the lesser one more productive than the
listener.
"""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from unit.detect.support import assert_clear, assert_fires


def test_a_spread_tag_or_a_mention_is_no_threat(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "online_defamation_threat",
        [
            "@rail_west_jp 定期券の払い戻しは窓口だけですか？ #拡散希望",
            "駐輪場の場所を教えてください #拡散希望 #お願い",
            "先日の窓口の佐々木さん、親切でした。ありがとうございました。 #拡散希望",
            "@bank_help ネットで同じエラーの書き込みを見ました。私だけではないみたいです。",
            "@cafe_moon インスタで新メニューの投稿を拝見しました。予約はできますか。",
        ],
    )
    assert_fires(
        detector,
        "online_defamation_threat",
        [
            "@rail_west_jp この対応、スクショ付きで晒しますね #拡散希望",
            "店長の名前もネットに書き込んでやるから #拡散希望",
            "@bank_help このやり取り全部ネットで拡散してやる",
        ],
    )


def test_screenshots_held_as_proof_are_no_post(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "online_defamation_threat",
        [
            "I have the receipts and screenshots, please restore my coins.",
            "took screenshots of the error message as proof, order 8812",
            "Invoices and screenshots are attached for your reference.",
            "I've kept screenshots of every failed payment if you need them.",
        ],
    )
    assert_fires(
        detector,
        "online_defamation_threat",
        [
            "I have screenshots of this chat and I'm posting them everywhere.",
            "Got the screenshots, ill share it all on social media tonight.",
            "Screenshots going on Twitter with your name on them.",
        ],
    )


def test_the_remedy_the_policy_covers_is_no_excess(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "excessive_demand",
        [
            "The zip on my bag tore in transit; I'd like the repair your damage policy covers.",
            "Please pay the compensation your delay terms promise for a six-hour wait.",
            "i want the refund your cancellation policy allows, nothing more",
            "Kindly arrange the replacement the warranty provides for a dead battery.",
        ],
    )
    assert_fires(
        detector,
        "excessive_demand",
        [
            "Forget what your policy covers, I want compensation for my time as well.",
            "Pay me for the stress on top of the refund.",
            "I want a year of free service for this mess.",
        ],
    )


def test_one_more_unit_the_customer_places_is_no_demand(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "excessive_demand",
        [
            "駐車場にもう一台停めても大丈夫ですか。",
            "家族用にあと2台契約したいのですが、手続きを教えてください。",
            "プリンターをもう1台接続したいのですが、設定方法はありますか。",
        ],
    )
    assert_fires(
        detector,
        "excessive_demand",
        [
            "不良品だったんだからもう一台タダでよこせ。",
            "お詫びにあと一台無料で送ってください。",
            "迷惑かけたんだから、もう1台つけるのが当然でしょう。",
        ],
    )


def test_the_polite_what_will_you_do_is_no_pressure(detector: LexiconDetector) -> None:
    for text in [
        "写真のデータが全部消えてしまいました。どうしてくれるんですか、困っています。",
        "予約が消えていました。どうしてくれるんですか。",
        "荷物が届かないまま一週間です。どうしてくれるんですかね。",
    ]:
        assert not any(
            h.category.value == "pressure_language" for h in detector.analyse(None, text, "chat").hits
        ), text
    assert_fires(
        detector,
        "pressure_language",
        [
            "こっちは仕事にならないんだよ、どうしてくれるんだ。今すぐ対応しろ。",
            "多大な損害が出てるんだぞ、どうしてくれるんだ",
        ],
    )


def test_put_downs_without_an_insult_word_ja(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "abusive_language",
        [
            "その頭でよく雇われましたね。",
            "よくあんなんで給料もらえますね。",
            "あんた、ほんまに社会人なん？",
            "お前それでも大人か。",
            "日本語わかってます？さっきから同じこと言ってますけど。",
            "ほんま使えへん担当やな。",
            "この係の人、使えひんやつやな。",
        ],
    )
    assert_clear(
        detector,
        "abusive_language",
        [
            "運賃は12歳から大人ですか？",
            "チケットは大人ですか、子どもですか。",
            "日本語の案内はありますか。",
            "このクーポン、今月は使えへんのですか？",
            "よくそれで合格できましたね、すごい！おめでとうございます。",
        ],
    )


def test_put_downs_without_an_insult_word_en(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "abusive_language",
        [
            "Seriously, does your company hire anybody with a pulse?",
            "Put me through to someone with a working brain.",
            "who brought you up, honestly",
            "Were you raised by wolves or what?",
            "Honestly a brick wall would be more intelligent than you lot.",
        ],
    )
    assert_clear(
        detector,
        "abusive_language",
        [
            "My son was raised in Leeds, can the account move to his name?",
            "Who raised the ticket for the broken boiler? I'd like an update.",
            "The new wall heater is more efficient than the old one, thanks.",
        ],
    )

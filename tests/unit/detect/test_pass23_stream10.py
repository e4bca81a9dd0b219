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
            h.category.value == "pressure_language"
            for h in detector.analyse(None, text, "chat").hits
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
            "その頭でよく雇ってもらえましたね。",
            "そんな頭でよう入社できたな。",
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


def test_staff_followed_photographed_or_found_online(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "privacy_intrusion",
        [
            "I tailed Tanaka to the bus stop after her shift.",
            "followed him to his car last night, nice motor",
            "Came across Suzuki's TikTok, cute videos.",
            "佐藤さんのツイッター、特定しましたよ。",
            "窓口の人の写真撮っといたよ、名札もはっきり写ってる。",
            "改札で待ってますから。高橋さんの顔は覚えてるんで。",
        ],
    )
    assert_clear(
        detector,
        "privacy_intrusion",
        [
            "I followed the agent's instructions to the letter and it still fails.",
            "I followed my daughter home from school, she was fine.",
            "御社のインスタを拝見しました。新商品はいつ発売ですか。",
            "駅で待ってます、と友人に伝えました。",
        ],
    )


def test_veiled_violence_by_premises_fuel_men_or_glass(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        [
            "お宅の会社の住所、わかってるからな。",
            "灯油撒いたろか、そっちの店に。",
            "ウチの若い衆が大人しくしてないと思うよ。",
            "Lucky for you there's a screen between us at that desk.",
        ],
    )
    assert_clear(
        detector,
        "violence_threat",
        [
            "事務所の場所がわからないので、地図を送ってください。",
            "ガソリンスタンドの割引はありますか。",
            "There's a glass partition between the counters now, good idea.",
        ],
    )


def test_authorities_told_a_lawyer_briefed_or_a_power_contact(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "legal_threat",
        [
            "労基署に、今回の件を全部話しますから。",
            "消費者庁に届け出ますけど、それでいいんだな？",
            "県議に知り合いがおるけん、そっちから言うてもらうわ。",
            "顧問弁護士とはすでに話を通してあります。",
        ],
    )
    assert_clear(
        detector,
        "legal_threat",
        [
            "相続の件で、弁護士とはもう話がついています。名義変更の書類を送ってください。",
            "保健所の場所を教えてください。",
            "市役所の窓口で手続きの話を聞きました。",
        ],
    )


def test_pressure_posts_naming_apology_visit_and_advances(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "pressure_language",
        ["今すぐじゃないと意味ねえんだよ。", "Every minute you waste is on your head."],
    )
    assert_clear(
        detector,
        "pressure_language",
        ["今日中でなくても大丈夫です。", "Every second counts in a race, love the app."],
    )
    assert_fires(
        detector,
        "online_defamation_threat",
        [
            "口コミ、とんでもないことになるで。",
            "このやり取り、録画してアップしておきましたよ。",
            "My followers are going to love this one.",
        ],
    )
    assert_clear(
        detector,
        "online_defamation_threat",
        ["口コミを見て予約しました。", "画面のスクショを添付します。"],
    )
    assert_fires(detector, "staff_naming", ["鈴木以外じゃ意味ないから、代わって。"])
    assert_fires(
        detector,
        "apology_demand",
        ["責任者が詫びに来るまで納得しませんよ。", "謝り方ってもんがあるやろ。"],
    )
    assert_fires(detector, "in_person_demand", ["電話じゃなくて、会ってお話ししましょうよ。"])
    assert_fires(
        detector,
        "sexual_harassment",
        [
            "Send the prettier one next time, she's easier on the eyes.",
            "so what are you wearing right now",
        ],
    )
    assert_clear(detector, "sexual_harassment", ["The new layout is nicer to look at, thanks."])


def test_one_cue_one_code_for_threat_conditions_trades_and_comparisons(
    detector: LexiconDetector,
) -> None:
    """「なめとったら」 is the condition of a threat (violence only); a photo asked in trade
    for dropping the complaint is an advance, not a privacy intrusion too; "a child could
    do your job" is a put-down, not an order to do the job."""
    codes = {
        h.category.value
        for h in detector.analyse(None, "あんまりなめとったら、どうなるか分かっとるな", "chat").hits
    }
    assert "abusive_language" not in codes
    assert_fires(detector, "violence_threat", ["舐めてたら痛い目見るぞ。"])
    assert_clear(
        detector,
        "privacy_intrusion",
        ["Send me a pic of yourself and I'll forget the whole thing."],
    )
    assert_clear(
        detector,
        "pressure_language",
        [
            "My nephew could do your job better, honestly.",
            "A trained parrot would do your job better.",
        ],
    )
    assert_fires(detector, "pressure_language", ["Just do your job and fix my line today."])


def test_call_log_labels_and_typed_slips(detector: LexiconDetector) -> None:
    """OP / CU is a call log's operator and customer; one-letter slips of a cue word
    ("giong", "prdouctive", "ruiend") are read as the word."""
    hits = detector.analyse(
        None, "OP: お電話ありがとうございます。\nCU: 今すぐ来て説明しろ。", "phone"
    ).hits
    assert "in_person_demand" in {h.category.value for h in hits}
    assert_fires(detector, "online_defamation_threat", ["twitter is giong to love this one"])
    assert_fires(detector, "abusive_language", ["a brick wall would be more prdouctive than you"])

"""Mechanisms behind the misses of two labelled streams written in other styles (the
second and third other-style streams, 2026-12-04) — classes, not their lines:

- transcripts: a dialogue whose every turn is prompted with ``>>`` (``>> agent:`` /
  ``>> customer:``) is a transcript, not quoted mail; a call transcript without labels
  (speech-to-text output opening with the company's greeting) parts its Japanese
  utterances at pauses and drops the agent's own (お電話ありがとうございます,
  申し訳ございません), and sets the English agent's scripted formulae apart ("how may i
  help", "may i have your …"), so their questions no longer make the customer's demand
  a question;
- speech-to-text noise: hesitations (uh, um, hmm) inside a phrase, a full stop after a
  word no sentence ends with ("i. want", "send. someone"), posts pasted together with a
  double space, names written in lower case where a private life is reached;
- excessive demands: charges waived over a span ("waive every bill since …", "for the
  next year"), a year of service asked free, a benefit called "the least you can do",
  a refund and "the extra" both, the terms waved ("regardless of what the policy
  says"); in Japanese any condition waved by 〜とか/なんか知らん, outside the contract
  (契約外, 対象外なんか), money given back (返還) or a value paid out (〜分出して), a
  refund stacked by おまけに/そのうえで, costs put on the company's side with the terms
  waved or the dearest item chosen, goods named as the price of settling;
- staff naming: a proper noun made the object of a dismissal or its punishment pressed
  (no surname list needed), 「外せと言っただろ」 after a name, the written forms of
  dismissal (解雇, 配置換え, 懲戒), a name introduced by って + a role and then dismissed;
- privacy: "your residential address"; apology: "no apology letter yet", a handwritten
  apology, a boss "to write an apology"; defamation: "expose the lot of you", "tag your
  boss on …", 星一の; visits in keigo: 直接お越しのうえ, 来社されるまでお待ちしております;
- no legal threat in a legal team reviewing a matter inside the company.

Every sentence here is written for these tests."""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from mamori.detect.text.normalize import fold
from mamori.detect.text.transcript import customer_lines
from unit.detect.support import assert_clear, assert_fires, serious


def test_prompted_dialogue_is_a_transcript_not_a_quote() -> None:
    call = (
        ">> agent: Good morning, you're through to billing.\n"
        ">> customer: I want my money back and something for the hassle\n"
        ">> agent: I'll look into it."
    )
    assert customer_lines(call) == "I want my money back and something for the hassle"
    # A reply quoting an earlier exchange keeps only its own words.
    reply = "Thanks, that's sorted now.\n> Agent: we have refunded you\n> Customer: great"
    assert customer_lines(reply) == "Thanks, that's sorted now."


def test_prompted_dialogue_reaches_the_customers_demand(detector: LexiconDetector) -> None:
    call = (
        ">> agent: Thanks for holding.\n"
        ">> customer: I expect a letter of apology signed by your chairman\n"
        ">> agent: I understand."
    )
    assert "apology_demand" in serious(detector, call)


def test_hesitations_and_stray_full_stops_are_no_words() -> None:
    assert fold("pay me for the um stress") == fold("pay me for the stress")
    assert fold("uh, refund me") == fold("refund me")
    assert fold("i. want a refund") == fold("i want a refund")
    assert fold("thank. you") == fold("thank you")
    assert fold("the umbrella hummed") == "the umbrella hummed"
    assert fold("plan a. the other one") != fold("plan a the other one")
    # A Singaporean sentence particle ends its sentence.
    assert fold("how to change the plan ah i post on facebook") == (
        "how to change the plan ah\ni post on facebook"
    )
    assert fold("ah i see") == "ah i see"


def test_hesitations_inside_a_demand(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "excessive_demand",
        ["you owe me two hundred dollars for the uh stress and a new unit on top"],
    )
    assert_fires(detector, "in_person_demand", ["send. someone round to my flat tonight"])


def test_japanese_posts_pasted_with_a_gap(detector: LexiconDetector) -> None:
    assert fold("できますか  田中さんって") == "できますか\n田中さんって"
    assert fold("土下座 しろ") == fold("土下座しろ")
    assert_fires(
        detector,
        "privacy_intrusion",
        ["住所変更はできますか  中村さんってどこに住んでるの"],
    )


def test_unlabelled_japanese_call(detector: LexiconDetector) -> None:
    call = (
        "お電話ありがとうございます 北星ガスお客様窓口の中野でございます えっと "
        "ほかにご質問はございますか 一年分タダにしてくれんと困るけえ 大変申し訳ございません"
    )
    kept = customer_lines(call)
    assert "お電話ありがとうございます" not in kept and "申し訳ございません" not in kept
    assert "一年分タダにしてくれんと困るけえ" in kept
    assert "excessive_demand" in serious(detector, call)
    # Not a call: a message keeps its spaces joined.
    assert customer_lines("あの佐藤って担当 辞めさせろ") == "あの佐藤って担当 辞めさせろ"


def test_unlabelled_english_call(detector: LexiconDetector) -> None:
    call = (
        "thank you for calling northwind broadband this is amy how may i help "
        "i want a whole year of fibre free that is the minimum you owe me "
        "for verification may i have your postcode ok"
    )
    assert "excessive_demand" in serious(detector, call)
    assert_clear(
        detector,
        "legal_threat",
        [
            "thank you for calling northwind broadband this is amy how may i help my router "
            "keeps dropping i'll pass this to my supervisor and our legal team will like "
            "review the liability ok thanks"
        ],
    )


def test_english_excessive_classes(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "excessive_demand",
        [
            "Cancel every fee on my account for the next two years, call it goodwill",
            "Waive each charge for the next year, you owe me that much",
            "waive all the bills since March and chuck in a free router",
            "I expect free broadband for a whole year after this mess",
            "give me a full year of streaming free and we're done",
            "Move me to the top tier at no cost, that's the least you could do",
            "a free upgrade is the bare minimum you owe me",
            "So: the refund plus the extras, both of them",
            "I want eighteen months of fees refunded, regardless of what your terms say",
            "Refund every payment since April, whatever the contract says",
        ],
    )
    assert_clear(
        detector,
        "excessive_demand",
        [
            "I had free delivery for a year on my old plan, it was nice",
            "Is the free trial for one year or six months?",
            "I need free internet for one year as advertised in your offer",
            "You billed me twice in May, please refund the extra charge",
            "Could you waive the late fee this once?",
            "An apology is the least you can do",
            "Can you cancel all the charges for next year? I'm moving abroad",
            "Is delivery at no cost for members?",
        ],
    )


def test_japanese_excessive_classes(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "excessive_demand",
        [
            "延長保証切れとか関係ないわ。タダで直してもらう",
            "対象外なんか知らん、全額返金しろ",
            "規約外なのは分かってますが、三年分の会費の返還を求めます",
            "補償外とか知らんし、新品一台分出せや",
            "約款なんか関係ない、修理費も送料もぜんぶそっち持ちや",
            "一番高いモデルに替えてくれ。差額はそちら負担な",
            "商品券三万円分くれたら許してやる",
            "解約金ゼロにしろ、そのうえで今月分も返せ",
        ],
    )
    assert_clear(
        detector,
        "excessive_demand",
        [
            "保証期間内なので無償修理をお願いできますか",
            "送料はそちら負担でしょうか？",
            "おまけに返金もしてもらえないなんてひどい",
            "敷金の返還について教えてください",
            "対象外と言われましたが納得できません",
            "一番高いモデルはどれですか",
        ],
    )


def test_staff_dismissed_by_name(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "staff_naming",
        [
            "クロサワを辞めさせろ",
            "オオツキの処分はどうなってる",
            "まだ田中が担当なのか、外せと言っただろ",
            "担当の中村様につきましては、懲戒処分をご検討ください",
            "あの轟ってオペレーター、クビにしろ",
        ],
    )
    assert_clear(
        detector,
        "staff_naming",
        [
            "田中さんの処分方法の説明がわかりやすかった",
            "中村様は先月配置換えになったと伺いました",
            "古いパソコンの処分を頼みたい",
        ],
    )


def test_privacy_apology_defamation_visit(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "privacy_intrusion",
        [
            "Please share your home address so I can send you something",
            "tell me your residential address",
            "where does okonkwo live",
            "where uh does okonkwo live",
            "i got photos of okonkwo at the counter",
        ],
    )
    assert_clear(
        detector,
        "privacy_intrusion",
        [
            "Please update my residential address on the account",
            "where does the config file live",
            "photos of the damage at the house",
        ],
    )
    assert_fires(
        detector,
        "apology_demand",
        [
            "Still no apology letter. I asked for one from your CEO",
            "I expect a handwritten apology from the director",
            "Get your managing director to write me an apology",
        ],
    )
    assert_clear(
        detector,
        "apology_demand",
        ["No apology needed, just fix it", "I don't need a handwritten note, an email is fine"],
    )
    assert_fires(
        detector,
        "online_defamation_threat",
        [
            "I'll tag your boss on instagram and expose the lot of you",
            "going to expose your company on tiktok",
            "星一のレビューを山ほど書いてやる",
        ],
    )
    assert_clear(
        detector, "online_defamation_threat", ["Can you expose the settings menu in the app?"]
    )
    assert_fires(
        detector,
        "in_person_demand",
        ["部長が当方まで直接お越しの上、ご説明ください", "ご来社いただけるまでお待ちしております"],
    )
    assert_clear(detector, "in_person_demand", ["先日はご来社いただきありがとうございました"])

"""False positives of the other-style streams, fixed by mechanism (docs/quality.md,
"Other-style streams: false positives"). Every sentence here is written for these
tests, none is a stream's line.

- one cue, one code: a cue of register only (a bare imperative, a rude second person;
  ``tone`` in the word lexicon) in a sentence that carries a demand or a threat of
  another code is that cue's tone, not a code of its own;
- a wish of ruin made causative (「辞めさせろ」) is a dismissal asked of the shop;
- やつ after an adjective that measures a thing, or as the item chosen, is goods;
- Tohoku 〜てけろ is a request (〜てくれ), not a rough order;
- an English verdict on the matter ("completely unacceptable") says nothing by itself;
- a consultation with an authority told as done is a report, no threat;
- a suit against the customer, and a company's legal team reviewing a matter, are no
  legal threat; speech-recogniser hesitations (uh, um) are no words;
- a line of rules above a signature is no sentence (the message is read by sentence);
- idioms: "the naked eye"; 付き合う for a length of time."""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from unit.detect.support import assert_fires, severity


def codes(det: LexiconDetector, text: str) -> set[str]:
    """Every code of ``text``'s indicators, low included."""
    return {h.category.value for h in det.analyse(None, text, "email").hits}


def test_imperative_carrying_another_demand_is_that_demand(detector: LexiconDetector) -> None:
    for text, code in [
        ("明日の朝いちばんに店長が家まで来て謝罪文を読み上げろ", "in_person_demand"),
        ("迷惑料として三万円を払え、ついでに送料も全部負担しろ", "excessive_demand"),
        ("あの山口って担当を今すぐクビにしろ", "staff_naming"),
        ("弁護士に相談して訴えるからな、覚悟しろ", "legal_threat"),
    ]:
        got = codes(detector, text)
        assert code in got, text
        assert "pressure_language" not in got or severity(
            detector, text, "pressure_language"
        ) not in (None, "low"), text
    # Nothing else asked: the rough order is still pressure (low).
    for text in ["さっさと返金しろ", "ちゃんと説明しろ", "もう一回やれ"]:
        assert "pressure_language" in codes(detector, text), text


def test_rude_pronoun_in_a_demand_is_its_tone(detector: LexiconDetector) -> None:
    for text, code in [
        ("てめえの自宅の住所を教えろ", "privacy_intrusion"),
        ("お前の顔写真と名前をネットに晒してやる", "online_defamation_threat"),
    ]:
        got = codes(detector, text)
        assert code in got, text
        assert "abusive_language" not in got, text
    # Alone, or with an insult, the rude pronoun still counts.
    assert "abusive_language" in codes(detector, "お前らの言い訳はもう結構だ")
    assert_fires(detector, "abusive_language", ["お前は本当に最低だな", "てめえ、ふざけんな"])


def test_dismissal_made_causative_is_no_wish_of_ruin(detector: LexiconDetector) -> None:
    for text in ["森本を辞めさせろ", "あの店員を引退させろよ"]:
        assert severity(detector, text, "abusive_language") is None, text
    assert_fires(detector, "abusive_language", ["お前なんかさっさと辞めちまえ", "潰れろ"])


def test_yatsu_after_a_measuring_adjective_is_goods(detector: LexiconDetector) -> None:
    for text in [
        "交換するならいちばん新しいやつにしてほしい",
        "もっと軽いやつはありますか",
        "ええやつと取り替えてくれんか",
        "黒いやつが欲しいです",
    ]:
        assert "abusive_language" not in codes(detector, text), text
    for text in ["ほんとにずるいやつだな", "うるさいやつばっかりだ"]:
        assert "abusive_language" in codes(detector, text), text


def test_tohoku_kero_is_a_request(detector: LexiconDetector) -> None:
    for text in ["んだら新しいのさ替えてけろ", "早く送ってけれ"]:
        assert severity(detector, text, "pressure_language") in (None,), text


def test_en_verdict_alone_is_nothing(detector: LexiconDetector) -> None:
    for text in [
        "Honestly this is totally unacceptable for a fridge that cost this much.",
        "Utterly unacceptable customer experience, I must say.",
        "Was that outrageous? I thought so.",
    ]:
        assert severity(detector, text, "pressure_language") is None, text
    assert severity(detector, "Totally unacceptable. Fix it immediately.", "pressure_language") in (
        "medium",
        "high",
    )


def test_ja_consultation_told_as_done_is_none(detector: LexiconDetector) -> None:
    for text in [
        "市の消費生活センターには先月相談しましたが、まずはそちらの対応を待ちます",
        "消費者センターにはもう相談済みです",
    ]:
        assert severity(detector, text, "legal_threat") is None, text
    assert_fires(detector, "legal_threat", ["消費者センターに相談しますからね"])


def test_en_suit_against_the_customer_and_legal_review_are_no_threat(
    detector: LexiconDetector,
) -> None:
    for text in [
        "my neighbour says she will sue me over the fence, am I covered?",
        "thanks, our legal team will assess the claim and revert next week",
    ]:
        assert "legal_threat" not in codes(detector, text), text
    assert_fires(detector, "legal_threat", ["Our legal team will be in touch about this breach."])
    # Only the review is passed over: a threat in the same sentence still counts.
    text = "our legal team will review it and i will report you to the ombudsman"
    assert "legal_threat" in codes(detector, text)


def test_hesitations_are_no_words(detector: LexiconDetector) -> None:
    text = "what um compensation am i entitled to under the uh terms of my plan"
    assert "excessive_demand" not in codes(detector, text)
    assert_fires(detector, "violence_threat", ["i will um find you and hurt you"])


def test_rules_above_a_signature_keep_sentences_apart(detector: LexiconDetector) -> None:
    text = (
        "Chasing the blender again. I came across lots of one-star reviews describing "
        "the same crack. I'd like a manager to call me, please.\n\n———\nJ. Okada"
    )
    assert "online_defamation_threat" not in codes(detector, text)


def test_idioms(detector: LexiconDetector) -> None:
    assert "sexual_harassment" not in codes(
        detector, "The scratch is barely visible to the naked eye but it is there."
    )
    assert "sexual_harassment" not in codes(detector, "解決するまで付き合ってもらうからな")
    assert_fires(detector, "sexual_harassment", ["send me a naked selfie", "俺と付き合ってよ"])

"""Legitimate complaints — even angry ones — are no harassment (shared/contract.md §3):
a real defect, a late delivery, a refund or compensation the contract allows, reviews
one has read. Mechanisms (classes, not lines):

- ja legal: a claim, an authority or a consultation cue that no threat word of the
  word lexicon covers is read by the frame of the verb governing it — a claim made
  against the customer (passive: 「相手から賠償を請求された」), denied, someone else's or
  asked about is none; so is a consultation told as done (a past that ends the predicate,
  not 〜たうえで);
- en defamation: reviews by others the customer came upon (the object of a verb of
  reading or seeing, or the subject of a verb of saying) are none;
- en pressure: a verdict on the matter ("completely unacceptable", "outrageous") is low
  unless the message also presses for time; a delay wrecking the customer's livelihood
  ("this is killing my business") is pressure;
- en excessive demand: compensation under the customer's own contract or terms,
  asked about or invoked, is an entitlement;
- ja abuse: やつ that stands for goods (the object of a relative clause of ordering,
  buying, receiving or using, or the subject of a predicate only a thing has) is no
  contemptuous word for a person.

Every sentence here is written for these tests."""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from unit.detect.support import assert_clear, assert_fires, severity


def test_ja_claim_against_the_customer_is_no_legal_threat(detector: LexiconDetector) -> None:
    for text in [
        "隣の家から損害賠償を求められていて困っています",
        "元請けから賠償請求されたのですが、保険で払えますか",
        "追突事故で向こうの保険会社から損害賠償を請求されました。特約で対応できますか",
    ]:
        assert severity(detector, text, "legal_threat") is None, text
    assert_fires(
        detector,
        "legal_threat",
        ["損害賠償を請求させてもらうぞ", "御社に損害賠償を請求します", "訴えられたいのか"],
    )
    assert severity(detector, "このままなら損害賠償を請求しますよ", "legal_threat") == "high"


def test_ja_consultation_told_as_done_is_a_report(detector: LexiconDetector) -> None:
    for text in [
        "先週、消費生活センターにも相談しました",
        "国民生活センターに相談しましたが、まずはそちらのご回答をお待ちします",
        "保健所に連絡しました",
        "消費者センターには相談済みなので、返事を待ちます",
    ]:
        assert severity(detector, text, "legal_threat") in (None, "low"), text
    assert_fires(
        detector,
        "legal_threat",
        [
            "消費者センターに相談しますからね",
            "保健所に連絡しますね",
            "返答によっては消費者センターに訴えます",
            # a step in a sequence, not the past told: 〜たうえで / 〜た後で
            "労基にチクったうえで、ネットにも全部書いてやるからな",
            "消費者センターに相談した後で、また電話します",
        ],
    )


def test_en_reviews_read_are_no_defamation(detector: LexiconDetector) -> None:
    for text in [
        "I spotted loads of one-star reviews describing this exact fault, must be a bad batch",
        "I read the bad reviews before buying and thought they were exaggerating",
        "Loads of the negative reviews say it leaks after a month",
        "Having seen the one star reviews I should have known better",
    ]:
        assert severity(detector, text, "online_defamation_threat") is None, text
    assert_fires(
        detector,
        "online_defamation_threat",
        [
            "I'll be putting a one-star review on every site I can find",
            "Everyone will see my one-star review",
            "You'll see bad reviews everywhere if you don't refund me",
            "I read the one-star reviews and I will add mine",
        ],
    )


def test_en_verdict_on_the_matter_is_no_pressure(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "pressure_language",
        [
            "Frankly this is outrageous, I paid for next-day delivery",
            "Totally unacceptable, the heater died after two days",
            "It is absolutely unacceptable that a new washing machine leaks",
        ],
    )
    assert_fires(
        detector,
        "pressure_language",
        [
            "Get this sorted NOW, the outage is crippling my company",
            "Utterly unacceptable. I need it fixed immediately",
            "This is completely unacceptable and is costing me clients",
        ],
    )


def test_en_compensation_the_contract_provides_is_no_excess(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "excessive_demand",
        [
            "The freezer failed and everything defrosted, what compensation is due under the terms?",
            "How much compensation is payable per the tariff for a 3 day outage?",
            "Is the ruined food covered by the guarantee, and what compensation am I entitled to?",
        ],
    )
    assert_fires(
        detector,
        "excessive_demand",
        [
            "Refund the lot and pay me £300 compensation on top of the refund",
            "I expect compensation for the stress this caused",
        ],
    )


def test_ja_yatsu_for_goods_is_no_contempt(detector: LexiconDetector) -> None:
    for text in [
        "先週頼んでたやつ、まだ来ないんですけど",
        "この前届いたやつ、サイズ違ってました",
        "セールで買うたやつが一週間で故障したわ",
        "ネットで注文したやつ、いつ発送されますか",
    ]:
        assert severity(detector, text, "abusive_language") is None, text
    # A person is still meant: before a predicate of people, with an object of its own.
    for text in [
        "電話に出たやつ、態度悪すぎ",
        "商品を注文したやつがいたら教えて",
        "お前みたいなやつ",
    ]:
        assert severity(detector, text, "abusive_language") is not None, text
    assert_fires(detector, "abusive_language", ["あの窓口のやつ、使えねえな"])

"""The gist of a message: the same demand reworded matches, another request about the
same order does not (mamori.detect.gist)."""

from __future__ import annotations

import itertools

import pytest

from mamori.detect.gist import GIST_SIZE, NO_GIST, Gist, gist, restates

#: One demand, reworded each time; every rewording after the first says it repeats
#: itself, in a different way (words, particles, channel style).
REWORDED_JA = (
    "注文した掃除機の返金手続きを金曜日までに済ませてください。",
    "何度もお願いしていますが、掃除機の返金、金曜日までに手続きして。",
    "前にも書きましたけど、返金の手続きは金曜日までにお願いします。掃除機の件です。",
    "掃除機の返金手続き、金曜日までって言ったよね？",
    "改めてご連絡します。掃除機の返金を金曜までに手続きしてほしいです。",
)
REWORDED_EN = (
    "Please cancel my subscription before the next billing date.",
    "As I said, cancel the subscription before the next billing date.",
    "I already asked: subscription cancelled before billing, please.",
    "cancel. my. subscription. before the billing date. how many times",
    "Per my last message - cancellation of the subscription before billing!!",
)


@pytest.mark.parametrize("texts", [REWORDED_JA, REWORDED_EN], ids=["ja", "en"])
def test_a_reworded_demand_restates_the_first(texts: tuple[str, ...]) -> None:
    first = gist(texts[0])
    assert not first.restated
    for text in texts[1:]:
        again = gist(text)
        assert again.restated, text
        assert restates(again, first) and restates(first, again), text


@pytest.mark.parametrize("texts", [REWORDED_JA, REWORDED_EN], ids=["ja", "en"])
def test_rewordings_restate_each_other(texts: tuple[str, ...]) -> None:
    # Every pair of the marked rewordings, not only each with the first: the count of
    # an episode is the messages that one new message restates.
    for a, b in itertools.combinations(texts[1:], 2):
        assert restates(gist(a), gist(b)), (a, b)


#: Different requests about one order (same item, same order number), several of them
#: saying "again": the topic is shared, the demand is not.
SAME_ORDER_JA = (
    "注文番号ORD-5518203の加湿器ですが、電源が入りません。",
    "改めて連絡します。ORD-5518203の加湿器、説明書をなくしたので送ってもらえますか。",
    "何度もすみません、加湿器の保証期間はいつまでですか。",
    "前にも聞きましたが、加湿器の領収書を会社宛てで発行できますか。",
)
SAME_ORDER_EN = (
    "Order #48213377: the humidifier will not switch on.",
    "Again about order #48213377 - can you send a new manual for the humidifier?",
    "As I said, how long is the warranty on the humidifier?",
    "Following up: I need an invoice for the humidifier addressed to my company.",
)


@pytest.mark.parametrize("texts", [SAME_ORDER_JA, SAME_ORDER_EN], ids=["ja", "en"])
def test_different_requests_about_one_order_do_not_restate(texts: tuple[str, ...]) -> None:
    for a, b in itertools.combinations(texts, 2):
        assert not restates(gist(a), gist(b)), (a, b)


def test_rewording_without_a_marker_is_not_counted() -> None:
    # Without "again" the shared words could be a new request on the same topic: only
    # the trigram sketch (the same message) counts it.
    a = gist("Please cancel my subscription before the next billing date.")
    b = gist("Cancel the subscription before the billing date, thanks.")
    assert not a.restated and not b.restated
    assert not restates(a, b)


def test_a_marker_with_nothing_in_common_is_not_a_repeat() -> None:
    assert not restates(
        gist("The kettle arrived broken again."), gist("Can I change my delivery address?")
    )


def test_references_links_and_courtesy_are_not_content_words() -> None:
    bare = gist("加湿器の返金")
    noisy = gist(
        "お世話になっております。注文番号ORD-7730215の加湿器の返金の件、"
        "https://example.com/o/7730215 と mail@example.com にて。\niPhoneから送信"
    )
    assert noisy.words == bare.words and noisy.size == bare.size
    assert gist("order #20417 / ORD-88120, thanks!").words == ()


def test_a_message_with_no_content_word_has_no_gist() -> None:
    assert gist("はい、お願いします。") == NO_GIST
    assert gist("ok thanks, again") == NO_GIST


#: Distinct content words (none a stop word), for long messages.
WORDS = [
    "apple",
    "banana",
    "cherry",
    "dragon",
    "eagle",
    "falcon",
    "garden",
    "harbor",
    "island",
    "jungle",
    "kitten",
    "lemon",
    "mango",
    "nectar",
    "orange",
    "pepper",
    "quartz",
    "raven",
    "salmon",
    "tiger",
    "umbrella",
    "violet",
    "walnut",
    "yogurt",
    "zebra",
    "anchor",
    "bridge",
    "candle",
    "desert",
    "ember",
    "forest",
    "glacier",
    "hammer",
    "igloo",
    "jacket",
    "kernel",
    "ladder",
    "marble",
    "napkin",
    "oyster",
    "pillow",
    "quiver",
    "rocket",
    "saddle",
    "tunnel",
    "velvet",
    "wagon",
    "zipper",
    "basket",
    "cactus",
    "dolphin",
]


def test_a_long_message_keeps_a_bounded_sample() -> None:
    text = " ".join(WORDS[:30])
    g = gist("Again: " + text)
    assert len(g.words) == GIST_SIZE and g.size == 30 and g.restated
    assert list(g.words) == sorted(g.words)


def test_a_message_too_long_to_restate_anything_keeps_no_gist() -> None:
    text = " ".join(WORDS[: 4 * GIST_SIZE + 1])
    assert gist("Again: " + text) == NO_GIST


def test_gists_are_the_same_in_every_process() -> None:
    # crc32, not the salted hash(): a state written by one worker is read by another.
    # 返金 is the money-back class word (2026-12-06), the hash of "refund".
    assert gist("交換の返金 again") == Gist((1162, 5208), 2, True)


#: Follow-ups that say they are follow-ups in the forms letters and Indian, Singaporean
#: or African English use: an ordinal "time", "I am repeating", "same as yesterday",
#: "I have (already) asked", "a gentle reminder".
FOLLOW_UP_FORMS = (
    "This is the second time I write: refund the security deposit to my account.",
    "I am repeating, the security deposit must come back to my account.",
    "Security deposit refund to my account - same as yesterday.",
    "I have already requested the security deposit refund into my account.",
    "Gentle reminder: security deposit refund to my account is pending.",
)


@pytest.mark.parametrize("text", FOLLOW_UP_FORMS)
def test_follow_up_forms_are_repetition_markers(text: str) -> None:
    first = gist("Please refund the security deposit to my account.")
    again = gist(text)
    assert again.restated, text
    assert restates(again, first), text


def test_letter_formulas_are_not_content_words() -> None:
    # A letter's frame is in every letter: counted as content words, it dilutes the
    # demand (three shared words of ten).
    bare = gist("boiler repair voucher")
    framed = gist(
        "To whom it may concern, kindly note: only because nobody replied, boiler repair voucher."
    )
    assert set(bare.words) <= set(framed.words) and framed.size == bare.size + 1  # "note"
    assert restates(gist("Again, the boiler repair voucher."), framed)


#: "Free of charge" in other words, each time with a repetition marker: the item is
#: one word, the other is what is asked for it.
FREE_JA = (
    "年会費を無料にしてほしいです。",
    "何度も言うけど、年会費タダにして。",
    "前にもお願いした年会費0円の件、まだですか",
    "改めて、年会費はゼロでお願いします",
)
FREE_EN = (
    "I want the membership waived.",
    "Again: make my membership free of charge.",
    "As I said, membership at no cost, please.",
    "How many times - membership, no charge!",
)


@pytest.mark.parametrize("texts", [FREE_JA, FREE_EN], ids=["ja", "en"])
def test_free_of_charge_reworded_is_one_demand(texts: tuple[str, ...]) -> None:
    for a, b in itertools.combinations(texts, 2):
        assert restates(gist(a), gist(b)), (a, b)


def test_free_alone_is_the_topic_not_the_demand() -> None:
    # Only "free" in common: two different questions, not the same demand again.
    assert not restates(gist("Again, is delivery free?"), gist("As I said, make the fee free"))
    assert not restates(gist("また聞くけど送料は無料？"), gist("前にも言ったけど年会費無料にして"))
    # "feel free", "toll-free" and hiragana ただ are no such word.
    repair_free = gist("As I said, the boiler repair free of charge")
    assert not restates(gist("Again, feel free to call me about the boiler"), repair_free)
    assert not restates(gist("Again: the boiler line is toll-free?"), repair_free)
    assert gist("ただ、年会費が高い").words == gist("年会費が高い").words


#: Chasing an answer: the customer says the request is being made again without a
#: "again" — "still waiting", a message number, "chasing", "circling back", "yet
#: another e-mail"; Japanese もう一度 / 再三 / 重ねて, また + the contact verb,
#: まだですか, the matter from before (先日の件).
CHASING_FORMS = (
    "Still waiting on the security deposit refund to my account.",
    "Message #3 about the security deposit refund to my account.",
    "Chasing the security deposit refund to my account, please.",
    "Circling back on my security deposit refund to the account.",
    "Yet another email about refunding the security deposit to my account.",
)
CHASING_FORMS_JA = (
    "もう一度お願いします。敷金の返金を口座に振り込んでください。",
    "再三申し上げていますが、敷金の返金を口座へ。",
    "重ねてお願いします。敷金の返金と口座への振込を。",
    "またメールしました。敷金の返金は口座にお願いします。",
    "敷金の返金、まだですか？口座を確認しています。",
    "先日の件です。敷金返金の口座振込はどうなりましたか。",
)


@pytest.mark.parametrize("text", CHASING_FORMS + CHASING_FORMS_JA)
def test_chasing_an_answer_is_a_repetition_marker(text: str) -> None:
    first = gist(
        "Please refund the security deposit to my account."
        if text.isascii()
        else "敷金の返金を口座に振り込んでください。"
    )
    again = gist(text)
    assert again.restated, text
    assert restates(again, first), text


@pytest.mark.parametrize(
    "text",
    [
        # A grievance that lasts, told again, is not the request made again.
        "Still no power in our street, any estimate?",
        "The claim is still not paid after eight weeks.",
        # また/まだ in everyday use, not a follow-up.
        "また利用したいと思います。敷金の返金ありがとうございました。",
        "まだ口座の番号が分からないので後で送ります。",
    ],
)
def test_everyday_still_and_again_are_not_markers(text: str) -> None:
    assert not gist(text).restated, text

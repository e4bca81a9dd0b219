"""The gist of a message for the repetition detector: its content words, and whether
it says that it repeats an earlier request.

Character trigrams (:mod:`mamori.detect.sketch`) find the same message sent again;
they miss the same demand *reworded* — 「交換品を今週中に送って」 then 「前にも頼んだ
けど、交換品は今週中に出してほしい」, "Can you ship the replacement this week?" then
"Again: I need the replacement shipped this week." Such a message shares few trigrams
with the first but most of its content words, and it usually says that it is a repeat
(again, per my last message, 何度も, 前にも, 改めて).

Content words alone are not enough: every message about one order names the same item
and order, so two *different* requests about it ("how do I use the stand?", "refund the
stand") share their topic words. A reworded message therefore counts as the same demand
only when it also carries a repetition marker (or the earlier one did) and the two share
two content words or more, at least half of the shorter message's and a quarter of the
longer's (:func:`restates`).

Content words are found without the morphological analyser (which costs far more than
the window step): runs of kanji cut into two-kanji chunks from the start (「交換品」 and
「交換」 both give 「交換」), katakana runs, three-digit amounts, and English words outside
a list of function words, lemmatised (simplemma, memoised per token). Order, ticket and
phone numbers, e-mail addresses and URLs name the topic, not the demand, and are
dropped. Each word is kept as a 16-bit crc32 hash (no text in the state; crc32, not
``hash``, so the worker, the replay and a restart agree), at most :data:`GIST_SIZE` of
them: the smallest hashes, a consistent sample for long texts.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from functools import lru_cache
from typing import Final, NamedTuple

import simplemma

from mamori.detect.text.english import FUNCTION_WORDS
from mamori.detect.text.kana import hiragana

#: Content-word hashes kept per message (2 bytes each in the state).
GIST_SIZE: Final = 12


class Gist(NamedTuple):
    #: The smallest 16-bit hashes of the message's content words, sorted.
    words: tuple[int, ...]
    #: How many distinct content words the message has (capped at 255).
    size: int
    #: The message says it repeats an earlier request.
    restated: bool


NO_GIST: Final = Gist((), 0, False)

#: Phrases by which a customer says the request was made before. Inside a word list,
#: not a cue lexicon: they only qualify a content-word match, never flag on their own.
#: English ones are searched only when a message has one of their words (a regex of
#: alternatives costs several µs per message; a set test does not).
_EN_MARKER: Final = re.compile(
    r"\bagain\b|\bonce more\b|\bone more time\b|\bhow many times\b"
    r"|\bper my (?:last|previous|earlier)\b|\bas i (?:said|asked|mentioned|wrote)\b"
    r"|\blike i (?:said|asked)\b|\balready (?:asked|told|said|wrote)\b"
    r"|\basked (?:you )?(?:yesterday|before|twice|earlier|last week)\b"
    r"|\b\d+(?:st|nd|rd|th) time\b|\bfollowing up\b|\bresen[dt]"
    # "the third time", "I am repeating", "same as yesterday", "I have asked",
    # "gentle reminder": the forms of a follow-up in letters and Indian/Asian English.
    r"|\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|umpteenth) time\b"
    r"|\bi(?:'m| am)? repeat(?:ing)?\b|\brepeating (?:myself|again)\b"
    r"|\bsame (?:(?:request|question|thing|issue|problem|demand) )?as (?:yesterday|before|earlier"
    r"|last time|my (?:last|previous|earlier))\b"
    r"|\bi(?:'ve| have| had)(?: already)? (?:asked|requested|told|written|mentioned)\b"
    r"|\b(?:gentle|friendly|final|second|third|another) reminder\b"
    # Chasing an answer: "still waiting", "message number 3", "chasing this up",
    # "circling back", "yet another e-mail". Not "still no power" / "still not paid":
    # a grievance that lasts, told again, is not the request made again.
    r"|\bstill waiting\b"
    r"|\bmessage (?:number |no\.? ?|#)\d+\b|\bchasing\b|\bcircling back\b"
    r"|\b(?:yet )?another (?:e-?mail|message|call)\b"
)
_EN_MARKER_WORDS: Final = frozenset(
    [
        "again",
        "once",
        "more",
        "time",
        "times",
        "per",
        "said",
        "asked",
        "mentioned",
        "wrote",
        "told",
        "following",
        "resend",
        "resending",
        "resent",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "umpteenth",
        "repeat",
        "repeating",
        "same",
        "i've",
        "have",
        "had",
        "requested",
        "written",
        "reminder",
        "still",
        "message",
        "chasing",
        "circling",
        "another",
    ]
)
_JA_MARKERS: Final = (
    "改めて",
    "何度",
    "何回",
    "前にも",
    "再度",
    "再送",
    "先ほども",
    "先程も",
    "さっきも",
    "昨日も",
    "この前も",
    "繰り返し",
    "度目",
    "回目",
    "今度こそ",
    "今日こそ",
    "言いましたよね",
    "言ったよね",
    "言ったやん",
    "言ったでしょ",
    "頼んだよね",
    # Once more, again, repeatedly: もう一度/もう一回 (a re-check asked again), 再三,
    # 重ねて; "again I called/wrote/asked" (また + the contact verb); "still not?"
    # (まだですか, 返事まだ); "the matter from before" (さっきの件, 先日の件).
    "もう一度",
    "もう一回",
    "もっかい",
    "再三",
    "重ねて",
    "またかけ",
    "また電話",
    "また連絡",
    "またメール",
    "また書",
    "また送",
    "また問い合わせ",
    "またお問い合わせ",
    "またお願い",
    "また聞",
    "また頼",
    "まだですか",
    "まだでしょうか",
    "まだなの",
    "まだなん",
    "返事まだ",
    "返信まだ",
    "連絡まだ",
    "回答まだ",
    "さっきの件",
    "先ほどの件",
    "先程の件",
    "先日の件",
    "前回の件",
    "この間の件",
    "例の件",
    # Saying the same thing again (同じこと言いますけど, 同じことを申し上げますが) and
    # saying it all along (先日から申し上げている, ずっと言うてる): the speaker's own
    # saying, not the same thing happening again (同じことが起きた).
    "同じこと言",
    "同じことを言",
    # 「また同じ話だけど」「同じ話で悪いけど」: the same matter brought up again.
    "同じ話",
    "同じこと申",
    "同じことを申",
    "同じことをお伝え",
    "から申し上げてい",
    "から申し上げてお",
    "からお伝えしてい",
    "から言ってる",
    "から言うてる",
    "ずっと言ってい",
    "ずっと言ってる",
    "ずっと言うて",
    "ずっと申し上げて",
    # The western progressive 〜よる (Hakata, Kitakyushu, Hiroshima: 言いよる = 言って
    # いる): 「前から言いよるやろ」「ずっと言いよるけど」.
    "から言いよ",
    "ずっと言いよ",
    "から言うとる",
    "ずっと言うとる",
    # Chasing an answer: the bare "not yet?" (〇〇の件！まだ？) and "no answer yet" —
    # a reply that has not come, not a fault that lasts (まだ直らない).
    "まだ?",
    "まだ回答が",
    "まだ返事が",
    "まだ返信が",
    "まだ連絡が",
    "まだ回答を",
    "まだ返事を",
    "まだ返信を",
)
#: 「前も言いましたよね」「前も聞いたっちゃけど」: "before, too" with the verb of asking
#: or telling (前にも without に). Not 名前も, 午前も, 以前も… (one word ending in 前).
#: The last time or the other day named (「前回も聞きましたが」「先日もお願いしました」)
#: is the same marker.
_JA_BEFORE_TOO: Final = re.compile(
    r"(?<![名午以直手事最空寸建眼門駅])前も(?:言|聞|頼|お願い|お伝え|伝え|申|書|送|連絡|電話|メール|問い合わせ)"
    r"|(?:前回|先日)も(?:言|聞|頼|お願い|お伝え|伝え|申し|書い|送っ|送り|連絡し|電話し|メールし|問い合わせ)"
)
#: A compound verb written with its okurigana (取り消し, 払い戻し, 振り込み, 引き落とし,
#: 話し合い): one kanji, the 連用形 kana, one kanji — read as the kana-less compound the
#: same word is also written as (取消, 払戻, 振込, 引落), so 「延滞金を取り消して」 and
#: 「延滞金の取消をお願い」 share their verb. Only after a non-kanji, so a compound's last
#: kanji before a particle (今日しか, 会社に) is never joined.
_OKURIGANA: Final = re.compile(
    r"(?<![\u4e00-\u9fff々])([\u4e00-\u9fff])[いきしちりみびぎえけせべめれ]([\u4e00-\u9fff])"
)

#: "Free of charge" said in other words: the commonest thing an unreasonable demand asks
#: for (基本料をゼロに, タダにして, 0円で, 無料で, "for free", "waive the fee") and the
#: word a customer varies most while asking for it again. Each form is one content
#: word, :data:`_FREE_WORD`. Not hiragana ただ (also "but", "only"), not "feel free"
#: or a "-free" compound (toll-free, sugar-free).
_FREE: Final = re.compile(
    r"無料|無償|タダ|ゼロ円?|(?<![\d.,])0円"
    r"|(?<!feel )(?<!-)(?<!toll )\bfree\b(?: of charge)?|\bat no (?:cost|charge)\b"
    r"|\bno charge\b|\bwaive[ds]?\b|\bcomplimentary\b"
)
_FREE_WORD: Final = " gratis "
#: Money given back and money paid in, said in other words: a customer chasing a
#: refund varies these most between tellings (「払い戻し、いつ振り込まれるんですか」,
#: 「返金の件です。振込日を教えて」, 「払い戻しの入金日、まだですか」; "refund" /
#: "reimbursement" / "money back"). Each class is one content word. Not 返品 (goods
#: sent back), 返信, 返済 (a debt the customer pays). One class word alone never makes
#: a restatement (:func:`restates` wants two shared words, or a short chase): a second
#: question about a refund — its form, the shipping cost — stays apart. Searched on
#: Japanese text always, on English text only when one of its words is there.
_REFUND: Final = re.compile(
    r"払い?戻|返金|返戻|還付|\brefund(?:s|ed|ing)?\b|\breimburse(?:s|d|ment)?\b|\bmoney back\b"
)
_REFUND_WORD: Final = " refund "
_PAID_IN: Final = re.compile(r"入金|振り?込|着金")
_PAID_IN_WORD: Final = " paidin "
#: E-mail addresses and URLs name no demand (searched only when "@" or "://" is there).
_LINK: Final = re.compile(r"[a-z0-9._%+-]+@[a-z0-9.-]+|[a-z][a-z0-9+.-]*://[!-~]+")
#: Kanji runs, katakana runs (2+), Latin words with the number glued to them (an order
#: or ticket reference: ORD-123456), numbers.
_TOKEN: Final = re.compile(
    r"[\u4e00-\u9fff々〆ヶ]+|[\u30a1-\u30faー]{2,}|[a-z][a-z']*(?:[-#]?\d+)?|\d+"
)
_DIGITS: Final = re.compile(r"\d+")
_KANJI_FIRST: Final = frozenset("々〆ヶ")

#: English words that say nothing about what is asked: function words, courtesy,
#: the support channel's own vocabulary, and the repetition markers themselves.
_EN_STOP: Final = FUNCTION_WORDS | frozenset(
    [
        "to",
        "up",
        "off",
        "out",
        "over",
        "via",
        "so",
        "done",
        "having",
        "no",
        "ok",
        "okay",
        "plz",
        "regards",
        "best",
        "sir",
        "madam",
        "any",
        "some",
        "all",
        "still",
        "yet",
        "already",
        "also",
        "too",
        "now",
        "today",
        "get",
        "got",
        "go",
        "going",
        "goes",
        "went",
        "want",
        "need",
        "like",
        "let",
        "make",
        "know",
        "see",
        "tell",
        "say",
        "said",
        "ask",
        "asked",
        "asking",
        "again",
        "once",
        "more",
        "time",
        "times",
        "last",
        "previous",
        "follow",
        "following",
        "followed",
        "re",
        "fw",
        "fwd",
        "per",
        "message",
        "email",
        "mail",
        "reply",
        "order",
        "item",
        "product",
        "number",
        "support",
        "team",
        "customer",
        "service",
        "sent",
        "send",
        "iphone",
        # Letter formulas and discourse words ("to whom it may concern", "kindly",
        # "only because nobody…"): they say nothing about the demand. The words of a
        # follow-up itself ("the third time I'm writing about the same…") stay: a
        # message that is only a follow-up about an item is no demand restated, and
        # they keep it from matching on the item's name alone.
        "kindly",
        "whom",
        "concern",
        "itself",
        "only",
        "because",
        "nobody",
        "anybody",
        "anyone",
        "someone",
        "somebody",
    ]
)
#: Kanji bigrams of the same kind: order/number/contact/reply, courtesy formulas,
#: markers, signature lines («iPhoneから送信»).
_JA_STOP: Final = frozenset(
    [
        "注文",
        "文番",
        "番号",
        "商品",
        "連絡",
        "返事",
        "回答",
        "確認",
        "対応",
        "担当",
        "当者",
        "件名",
        "何度",
        "何回",
        "回目",
        "再度",
        "改め",
        "前回",
        "一回",
        "一度",
        "世話",
        "者様",
        "送信",
        "宜敷",
        # courtesy, channel and marker verbs once their okurigana is dropped (申し上げ,
        # 申し訳, 恐れ入り, 引き続き, 取り急ぎ, 問い合わせ, 折り返し, 繰り返し)
        "申上",
        "差上",
        "申訳",
        "恐入",
        "引続",
        "取急",
        "問合",
        "折返",
        "繰返",
    ]
)


def gist(text: str) -> Gist:
    """The gist of the customer's words ``text`` (speaker labels and quotes removed
    by the caller)."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    if "@" in folded or "://" in folded:
        folded = _LINK.sub(" ", folded)
    folded = _FREE.sub(_FREE_WORD, folded)
    if not folded.isascii():
        folded = _PAID_IN.sub(_PAID_IN_WORD, _REFUND.sub(_REFUND_WORD, folded))
    elif "refund" in folded or "reimburs" in folded or "money back" in folded:
        folded = _REFUND.sub(_REFUND_WORD, folded)
    # Markers are searched as written and with katakana read as hiragana: a message
    # typed in half-width kana or by voice input writes them so (ﾏﾀ同ｼﾞ話ﾀﾞｹﾄﾞ, ﾓｳ一回);
    # markers with a katakana word (またメール) are found as written.
    restated_ja = False
    if not folded.isascii():
        kana_read = hiragana(folded)
        for written in (folded, kana_read) if kana_read != folded else (folded,):
            if any(m in written for m in _JA_MARKERS) or _JA_BEFORE_TOO.search(written):
                restated_ja = True
                break
    if not folded.isascii():
        folded = _OKURIGANA.sub(r"\1\2", folded)
    tokens = _TOKEN.findall(folded)
    hashes: set[int] = set()
    for token in tokens:
        hashes.update(_token_hashes(token))
    restated = restated_ja or (
        not _EN_MARKER_WORDS.isdisjoint(tokens) and _EN_MARKER.search(folded) is not None
    )
    if not hashes or len(hashes) > 4 * GIST_SIZE:
        # No words, or so many that no kept sample can share a quarter of them: such a
        # message can never restate another (:func:`restates`), and keeps no gist.
        return NO_GIST
    kept = sorted(hashes)[:GIST_SIZE]
    return Gist(tuple(kept), min(len(hashes), 255), restated)


#: The content word every "free of charge" is read as (:data:`_FREE_WORD`).
_GRATIS_HASH: Final = zlib.crc32(_FREE_WORD.strip().encode()) & 0xFFFF


@lru_cache(maxsize=65_536)
def _token_hashes(token: str) -> tuple[int, ...]:
    """The content-word hashes of one token, memoised: a customer base uses the same
    few thousand words, so a message costs a lookup per token."""
    first = token[0]
    if "\u4e00" <= first <= "\u9fff" or first in _KANJI_FIRST:
        # Two-kanji chunks from the start: most compounds are two-kanji words, with a
        # one-kanji suffix that is dropped (交換品 → 交換, 加湿器 → 加湿; 返金手続 →
        # 返金, 手続), so one item name counts as one word, not as its every bigram.
        # One kanji alone is mostly a verb stem (頼, 出, 言).
        words = {token[i : i + 2] for i in range(0, len(token) - 1, 2)} - _JA_STOP
    elif "a" <= first <= "z":
        word = token.split("'")[0]  # i'm, i'll, tamura's
        if not word.isalpha():
            # A reference (ORD-123456, #20417) names the order, not the demand.
            if max(map(len, _DIGITS.findall(word))) >= 4:
                return ()
            word = word.rstrip("0123456789-#")
        if len(word) < 3 or word in _EN_STOP:
            return ()
        lemma = simplemma.lemmatize(word, lang="en")
        lemma = lemma.lower() if isinstance(lemma, str) else word
        words = set() if lemma in _EN_STOP else {lemma}
    elif first.isdigit():
        # An amount (500 points) is part of a demand; dates, times and ids are not.
        words = {token} if len(token) == 3 else set()
    else:
        words = {token}  # katakana word
    return tuple(zlib.crc32(w.encode()) & 0xFFFF for w in words)


def restates(a: Gist, b: Gist) -> bool:
    """Whether one of the two messages repeats the other's request in other words: one
    says it repeats itself, and they share two content words or more, at least half of
    the shorter's and a quarter of the longer's; or both say so and share their one
    word, the matter chased (neither has more than two)."""
    if not (a.restated or b.restated) or not a.words or not b.words:
        return False
    common = set(a.words).intersection(b.words)
    shared = len(common)
    # Sizes are the messages' own; ``shared`` is counted on the kept hashes, so a long
    # text (more words than it keeps) needs more in common, never less.
    # Two words at least: one shared word is the topic (the item, the order), and a
    # customer asks several different things about one topic.
    if shared >= 2:
        return 2 * shared >= min(a.size, b.size) and 4 * shared >= max(a.size, b.size)
    # A short chase on both sides (「面接の件！まだ？」, 「また連絡しました。面接の件…」):
    # each says it repeats itself and names little more than the matter, so the one
    # word they share is the matter chased, at least half of each message's words. A
    # second request about the same item adds its own words ("again: the blender's
    # warranty?" beside "again, send the blender's manual") and stays apart.
    # "Free" is what is asked, never the matter ("again, is delivery free?" / "as I
    # said, make the fee free").
    return (
        shared == 1
        and a.restated
        and b.restated
        and max(a.size, b.size) <= 2
        and _GRATIS_HASH not in common
    )

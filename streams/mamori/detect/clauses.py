"""Clauses and predicate frames over analysed tokens (no punctuation needed).

A clause ends at punctuation, after a conjunctive particle (けど, から, ので, のに, し,
ば, たら …), after a sentence-final form followed by a new content word (「ふざけるな
お前」 is two clauses), and in English at a conjunction (but, because, unless, if …).
Negation and conditions attach to the clause of the cue, never to a neighbour.

The *frame* of a predicate is read from its conjugation and the auxiliaries that
follow it, not from a list of verbs: imperative (命令形, prohibitive な, Kansai
〜んかい, godan 仮定形 without ば), volitional (意志推量形, 〜てやる/〜たる/〜とく,
will/gonna), conditional (仮定形 + ば, たら, なら, if/unless), desiderative (たい,
ほしい, want to), request (て-form + くれ/ください/や/よ, "please", "can you"; the
listener's obligation: 〜てもらわなあかん, 〜ていただかないと困る, 〜べき, 〜ことを要求), past,
passive, negated and question. Dialect endings are read as their standard
equivalents: -ん/-へん/-ひん negation, おる (居る), や (だ), 〜たる (てやる).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from mamori.detect.morph import (
    ADJ,
    AUX,
    EN_TITLES,
    HANDLE,
    NOUN,
    NUM,
    OTHER,
    PART,
    PRON,
    PUNCT,
    VERB,
    Token,
)

IMPERATIVE: Final = "imperative"
VOLITIONAL: Final = "volitional"
CONDITIONAL: Final = "conditional"
DESIDERATIVE: Final = "desiderative"
REQUEST: Final = "request"
PAST: Final = "past"
PASSIVE: Final = "passive"
NEGATED: Final = "negated"
QUESTION: Final = "question"
FIRST_PERSON: Final = "first_person"
SECOND_PERSON: Final = "second_person"
THIRD_PARTY: Final = "third_party"
#: ja: a prohibitive (「来るな」「ふざけんな」), also read as IMPERATIVE.
PROHIBITIVE: Final = "prohibitive"
#: ja: an assertive sentence end (ぞ, ぜ, からな, 〜ます): the speaker states what they will do.
ASSERTIVE: Final = "assertive"
#: ja: 〜たら before a result that is good for the speaker or the shop (「インスタに
#: 載せたらみんな喜ぶと思う」): a hope, no sanction.
FAVOURABLE: Final = "favourable"
#: ja: hearsay or inference after a plain form (「いらっしゃるそうです」「来るらしい」
#: 「来るとのこと」「来るみたい」): what the speaker heard of an act, not one they ask for.
REPORTED: Final = "reported"
#: ja: the act is what an embedded question weighs or asks (「晒そうか迷ってる」
#: 「どう書いたらいいか」), also read as QUESTION; a violence entry reads the act itself
#: (``frame(..., weigh=False)``): musing over harm still voices it.
DELIBERATE: Final = "deliberate"
_JA_ASSERT_END: Final = frozenset(
    ["ぞ", "ぜ", "で", "わ", "から", "からな", "よ", "ぞー", "け", "けん"]
)

# Japanese ----------------------------------------------------------------------
_JA_CLAUSE_PARTICLES: Final = frozenset(
    ["けど", "けれど", "けれども", "が", "から", "ので", "のに", "し", "ば", "て", "ても", "つつ"]
)
#: Conjunctive particles that end a clause (て chains verbs inside one clause instead).
_JA_BREAK_PARTICLES: Final = _JA_CLAUSE_PARTICLES - {"て", "が"}
_JA_NEG: Final = frozenset(
    ["ない", "無い", "ぬ", "ず", "ん", "へん", "ひん", "ねえ", "ねー", "まい"]
)
#: The past, the copula, polite endings and たい: a final な after them exclaims, never
#: forbids (「やっと黙ったな」「したいな」).
_JA_NOT_BEFORE_PROHIBITIVE: Final = frozenset(["た", "だ", "ます", "です", "たい"])
_JA_PASSIVE: Final = frozenset(["れる", "られる"])
_JA_COMMAS: Final = frozenset(["、", "，", ",", "・"])
_JA_WANT: Final = frozenset(["たい", "欲しい", "ほしい", "たがる"])
#: 〜てやる, 〜とく (ておく), 〜たる/たろ (Kansai てやる): the speaker's own intent.
_JA_INTENT: Final = frozenset(["遣る", "やる", "とく", "おく", "置く", "ちゃる", "じゃる"])
#: 「殴ったる」「殴ったろ」: the Kansai てやる, which the dictionary reads as 文語 たり.
_JA_TARU: Final = frozenset(["たる", "たろ"])
_JA_REQUEST: Final = frozenset(
    ["呉れる", "くれる", "下さる", "くださる", "貰う", "もらう", "頂く", "いただく", "欲しい"]
)
#: Tohoku 〜てけろ/〜てけれ (= 〜てくれ), which the dictionary reads as an imperative of
#: てく (ていく): a favour asked (「新品にしてけろ」「送ってけれ」).
_JA_KERO: Final = frozenset(["てけろ", "てけれ", "でけろ", "でけれ", "けろ", "けれ"])
#: Benefactives whose negative + obligation asks the listener for the act
#: (「つけてもらわなあかん」「無料にしていただかないと困ります」).
_JA_BENEFACTIVE: Final = frozenset(
    ["呉れる", "くれる", "下さる", "くださる", "貰う", "もらう", "頂く", "いただく"]
)
#: What follows the benefactive's 未然形: a negative ending, then a word of obligation
#: (Shiga and Kyoto かなん for あかん: 「買い替えてもらわなかなん」)
#: or nothing more than final particles (「〜してもらわなきゃ」). 「〜してもらわないと
#: 使えない」 gives a reason, not an obligation.
_JA_OBLIGATION: Final = re.compile(
    r"^(?:なきゃ|なくちゃ|なくては|なければ|なけりゃ|ないと|ねば|んと|な)あ*"
    r"(?:いけ|いか|なら|だめ|ダメ|駄目|あかん|かなん|かん|困|こま|まず|[ねよなぞわでや、。!！]*$)"
)
_JA_NOT_COPULA: Final = re.compile(r"^(?:で|じゃ)(?:は|も)?(?:な|あり)")
#: 「〜していただくことを要求いたします」「〜するよう求めます」: a formal demand.
_JA_DEMAND_NOUNS: Final = frozenset(["要求", "求める", "要望", "請求", "願う"])
#: Verbs of thinking that quote an intention (「〜しようと思った」).
_JA_THINK: Final = frozenset(["思う", "考える"])
_JA_CONCEDE: Final = frozenset(["が", "けど", "けれど", "けれども", "のに", "ものの"])
_JA_FINAL_QUESTION: Final = frozenset(["か", "かな", "かしら", "の"])
#: Verbs and nouns of weighing a choice, after an embedded question (「書こうか迷って
#: ます」「載せていいのか判断がつかない」「どう書けばいいか教えてください」).
_JA_DELIBERATE: Final = frozenset(
    ["迷う", "迷い", "悩む", "悩み", "考える", "考え", "分かる", "判る", "わかる", "知る"]
    + ["決める", "決めかねる", "検討", "相談", "判断", "躊躇う", "ためらう", "思案", "教える"]
    + ["聞く", "伺う", "尋ねる", "質問", "確認"]
)
#: Words of approval after a condition or a て-form that together ask whether to do it
#: (〜たらいい, 〜ばいい, 〜ていい, 〜た方がいい).
_JA_GOOD: Final = frozenset(
    ["良い", "いい", "よい", "ええ", "宜しい", "よろしい", "大丈夫", "構う"]
)
#: Interrogatives that make 〜ばいい／〜たらいい a question of how or what.
_JA_WH: Final = frozenset(["どう", "何", "なん", "なに", "どんな", "どの", "どこ", "いつ", "如何"])
#: Endings of a condition put before a main clause (「返金しないなら…書こうか考える」).
_JA_CONDITION_ENDS: Final = frozenset(["なら", "たら", "だら", "ば", "なけりゃ", "なきゃ", "ねば"])
_JA_FIRST: Final = frozenset(
    ["私", "僕", "俺", "わし", "うち", "自分", "あたし", "我々", "こっち", "此方"]
)
_JA_SECOND: Final = frozenset(
    [
        "御前",
        "お前",
        "貴方",
        "あなた",
        "あんた",
        "君",
        "貴様",
        "手前",
        "てめえ",
        "御宅",
        "お宅",
        "貴社",
        "御社",
        "担当",
        "担当者",
        "店員",
        "社員",
        "オペレーター",
        "スタッフ",
    ]
)


def _listener_word_ja(tokens: Sequence[Token], n: int) -> bool:
    """``tokens[n]`` is a Japanese word for the listener or their side (お前, 御社,
    担当者), not said as a salutation."""
    t = tokens[n]
    return (t.lemma in _JA_SECOND or t.surface in _JA_SECOND) and not salutation(tokens, n)


def names_listener_ja(tokens: Sequence[Token], start: int, end: int) -> bool:
    """A Japanese word for the listener or their side in ``tokens[start:end]``."""
    return any(_listener_word_ja(tokens, n) for n in range(start, end))


_E_I_ROW: Final = frozenset("えけげせぜてでねへべぺめれいきぎしじちぢにひびぴみり")

# English -----------------------------------------------------------------------
_EN_BREAK: Final = frozenset(
    [
        "but",
        "because",
        "cause",
        "cuz",
        "coz",
        "although",
        "though",
        "unless",
        "if",
        "otherwise",
        "when",
        "while",
    ]
)
#: A negation before "until" is the main clause's ("I will not rest until Thomas is
#: gone"): it does not reach a cue after the "until" (see :func:`negated_before`).
_EN_UNTIL: Final = frozenset(["until", "till", "til", "untill"])
#: "so", "and", "or", "then" start a clause only before a subject ("and i will sue").
_EN_BREAK_SUBJ: Final = frozenset(["so", "and", "or", "then"])
_EN_SUBJECTS: Final = frozenset(["i", "you", "we", "he", "she", "they", "it", "u"])
#: Titles written with a full stop ("Mr. Patel"; not "miss").
_EN_ABBREVIATED: Final = EN_TITLES - {"miss"}
#: After these, "but" means "except" and opens no clause ("nobody but Rachel").
_EN_BUT_EXCEPT: Final = frozenset(
    ["anyone", "anybody", "nobody", "noone", "everyone", "everybody", "one", "all"]
)
_EN_SUBORDINATE: Final = frozenset(["if", "unless", "when", "because", "cause", "once", "until"])
_EN_NEG: Final = frozenset(["not", "never", "no", "nobody", "nothing", "neither", "nor"])
_EN_FUTURE: Final = frozenset(["will", "shall", "gonna", "going", "about", "intend"])
_EN_WANT: Final = frozenset(["want", "wish", "like", "love", "need"])
_EN_QUESTION_START: Final = frozenset(
    [
        "do",
        "does",
        "did",
        "can",
        "could",
        "would",
        "will",
        "is",
        "are",
        "was",
        "were",
        "have",
        "has",
        "should",
        "may",
        "what",
        "why",
        "how",
        "when",
        "where",
        "who",
        "which",
    ]
)
_EN_FIRST: Final = frozenset(["i", "we", "me", "my", "us", "our"])
#: The listener in English, as the analyser writes it (also read by mamori.detect.roles;
#: the analyser reads "ya" and "ye" as you, "yall" stays). "your" is left out:
#: 「your app is garbage」 aims at a thing, not the person.
EN_SECOND: Final = frozenset(["you", "u", "ya", "ye", "yourself", "yourselves", "yall"])
_EN_THIRD: Final = frozenset(["he", "she", "they", "someone", "somebody", "people", "everyone"])


@dataclass(frozen=True, slots=True)
class Clause:
    start: int  # token index
    end: int  # token index, exclusive


def clauses(tokens: tuple[Token, ...], lang: str) -> list[Clause]:
    """Split tokens into clauses without relying on punctuation alone."""
    out: list[Clause] = []
    start = 0
    n = len(tokens)
    for i, t in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < n else None
        end_here = False
        if t.pos == PUNCT:
            end_here = t.surface not in ("'", '"', "-", "(", ")", "「", "」") and not (
                lang == "en"
                and (_infinitive_after_comma(tokens, i) or _exclusion_after_comma(tokens, i))
            )
            # "Mr. Patel": the full stop of a title ends no sentence
            if t.surface == "." and i > start and tokens[i - 1].surface in _EN_ABBREVIATED:
                end_here = False
            if lang == "ja" and t.surface in _JA_COMMAS and _fronted_phrase(tokens, start, i):
                end_here = False  # 「スカートの中、見せて」: a phrase set off before its verb
        elif t.pos == HANDLE:
            # "@dave you're useless": a handle opening a clause calls someone, like
            # "Dave, …"; inside one it is a word of it ("tell @dave to call me").
            end_here = i == start
        elif lang == "ja":
            if t.pos == PART and t.pos2 == "接続助詞" and t.surface in _JA_BREAK_PARTICLES:
                end_here = not _connective(tokens, start, i)
            elif t.pos == AUX and t.cform.startswith("仮定形"):  # 〜たら, 〜なら
                end_here = nxt is None or nxt.pos != PART
            elif (
                nxt is not None
                and nxt.pos in (NOUN, PRON, VERB, ADJ)
                and nxt.pos2 != "非自立可能"
                and (
                    (t.pos == PART and t.pos2 == "終助詞")
                    or (t.pos in (VERB, AUX, ADJ) and t.cform.startswith(("終止形", "命令形")))
                )
            ):
                # A sentence-final form (終止形, 命令形) or a final particle, then a new
                # content word: a new sentence started without punctuation.
                end_here = True
        elif (
            nxt is not None
            and nxt.lemma in _EN_BREAK
            and not (nxt.lemma == "but" and t.surface in _EN_BUT_EXCEPT)
            or (
                # "unless you refund me i will sue": a fronted if/unless clause ends where a
                # subject with a modal starts the main clause, comma or not.
                nxt is not None
                and tokens[start].lemma in _EN_SUBORDINATE
                and i > start + 1
                and nxt.surface in _EN_SUBJECTS
                and i + 2 < n
                and tokens[i + 2].pos == AUX
            )
        ):
            end_here = True
        elif nxt is not None and nxt.lemma in _EN_BREAK_SUBJ and i + 2 < n:
            end_here = tokens[i + 2].surface in _EN_SUBJECTS
        if end_here:
            if i + 1 > start:
                out.append(Clause(start, i + 1))
            start = i + 1
    if start < n:
        out.append(Clause(start, n))
    return out


#: Particles after which a comma sets off a phrase of the clause still to come.
_JA_FRONTING: Final = frozenset(["は", "を", "も", "って", "なら"])


def _fronted_phrase(tokens: tuple[Token, ...], start: int, i: int) -> bool:
    """「今後十年間の点検費用は、すべて御社のご負担で」「スカートの中、見せて」: a comma
    after a noun or a topic/object particle, with no predicate yet in the clause, sets
    off a phrase of the clause that follows rather than ending one."""
    if i == start:
        return False
    if any(t.pos in (VERB, ADJ, AUX) for t in tokens[start:i]):
        return False
    last = tokens[i - 1]
    return last.pos == NOUN or (last.pos == PART and last.surface in _JA_FRONTING)


#: Words after "to" that make it a preposition ("sent it, to you", "open, to the public").
_EN_NOT_INFINITIVE: Final = frozenset(
    ["the", "a", "an", "my", "your", "ur", "his", "her", "our", "their", "its", "this"]
    + ["that", "these", "those", "me", "you", "u", "him", "them", "us", "it", "everyone"]
    + ["be"]  # "to be honest", "to be fair": an aside, no purpose of the clause before
)


def _infinitive_after_comma(tokens: tuple[Token, ...], i: int) -> bool:
    """A comma before "to" + a verb ("that's what you're paid for, to take whatever I
    say"): the infinitive completes the clause before it, so the two stay one clause —
    its negation and its frame reach the infinitive, and a pattern may span the comma."""
    if tokens[i].surface != "," or i + 2 >= len(tokens) or tokens[i + 1].surface != "to":
        return False
    verb = tokens[i + 2]
    return (
        verb.pos in (OTHER, AUX)
        and verb.surface.isalpha()
        and verb.surface not in _EN_NOT_INFINITIVE
    )


#: What a trailing exclusion names after "not" ("…, not some trainee", "not the agent").
_EN_NOT_WHO: Final = frozenset(["some", "a", "an", "the", "any", "another", "that", "this"])


def _exclusion_after_comma(tokens: tuple[Token, ...], i: int) -> bool:
    """A comma before a trailing exclusion that ends the sentence ("Omar needs to call
    me back, nobody else", "I want Laura, not some trainee"): it completes the clause
    before it, so a pattern may span the comma. "…, nobody else did" is a clause."""
    if tokens[i].surface != ",":
        return False
    tail = [t.surface for t in tokens[i + 1 :]]
    while tail and tail[-1] in (".", "!", "?"):
        tail.pop()
    if tail in (["nobody", "else"], ["noone", "else"], ["no", "one", "else"]):
        return True
    if 3 <= len(tail) <= 4 and tail[0] == "not" and tail[1] in _EN_NOT_WHO:
        return True
    return _name_after_not_who(tokens, i, len(tail))


#: Titles before a name ("Ms. Whitlow"), with the full stop the analyser gives them.
_EN_TITLE_TOKENS: Final = frozenset(["mr", "mrs", "ms", "miss", "dr", "mx", "."])


def _name_after_not_who(tokens: tuple[Token, ...], i: int, tail: int) -> bool:
    """The mirror of a trailing exclusion: a fragment opening "not the …" before the
    comma and only a name after it ("Not the front office, Dalton."): the name is the
    one wanted, so a pattern may span the comma."""
    names = [t for t in tokens[i + 1 : i + 1 + tail] if t.surface not in _EN_TITLE_TOKENS]
    if not 1 <= len(names) <= 2 or not all(t.proper for t in names):
        return False
    for j in range(i - 2, max(-1, i - 6), -1):
        if tokens[j].surface == "not" and tokens[j + 1].surface in _EN_NOT_WHO:
            return j == 0 or tokens[j - 1].pos == PUNCT
    return False


#: Demonstratives that open 「これだから」「それやから」 ("this is why").
_JA_THIS: Final = frozenset(["これ", "それ", "あれ", "そう"])


def _connective(tokens: tuple[Token, ...], start: int, i: int) -> bool:
    """「これだから」「だから」 opening a clause: a connective ("this is why") whose
    から belongs with what follows (「これだから新人は」), not a clause of its own."""
    if tokens[i].surface != "から" or not 1 <= i - start <= 2:
        return False
    cop = tokens[i - 1]
    if cop.pos != AUX or cop.lemma not in ("だ", "や"):
        return False
    return i - 1 == start or tokens[start].surface in _JA_THIS


#: A lengthening after 〜りゃ: 「謝りゃあ」「謝りゃー」.
_JA_LENGTHENING: Final = frozenset(["あ", "あー", "ー", "ああ", "ァ", "ア", "アー"])


def _nagoya_request(tokens: tuple[Token, ...], after: int, clause: Clause) -> bool:
    """A lengthening right after 〜りゃ, then only final particles or punctuation to the
    end of the clause (「はよ謝りゃあ」「謝りゃあよ」)."""
    if after >= clause.end or tokens[after].surface not in _JA_LENGTHENING:
        return False
    return all(
        t.pos == PUNCT or (t.pos == PART and t.pos2 == "終助詞")
        for t in tokens[after + 1 : clause.end]
    )


#: Adverbs that urge the listener on: 「はよ」「早よ」「さっさと」「とっとと」.
_JA_URGING: Final = ("はよ", "早よ", "はよう", "早う", "さっさと", "とっとと")


def _urged(tokens: tuple[Token, ...], start: int, head: int) -> bool:
    """An urging adverb before the predicate in its clause. The analyser cuts はよ
    into the particles は + よ, and a final よ closes a clause: the two tokens before
    the clause count too, read as written."""
    words = [t.surface for t in tokens[max(0, start - 2) : head]]
    # Whole words only: 「では|よろしく」 holds はよ, but as parts of other words.
    return any(
        "".join(words[k:m]) in _JA_URGING
        for k in range(len(words))
        for m in range(k + 1, min(len(words), k + 3) + 1)
    )


#: Manner adverbs that go with an order (「ちゃんと謝らんね」 = ちゃんと謝りなさい).
_JA_ORDER_MANNER: Final = ("ちゃんと", "きちんと", "しっかり")
#: Case particles that mark an object or a place, not who does the act (は, が do).
_JA_OBJECT_CASE: Final = ("を", "ば", "に", "へ", "と")


def _bare_order(tokens: tuple[Token, ...], start: int, head: int) -> bool:
    """Nothing before the predicate in its clause but objects and manner adverbs
    (「謝らんね」「店長ば呼ばんね」): with no topic or subject (「あの店員は」) and no
    adverb of degree (「全然」「なかなか」), Hakata 〜んね is said to the listener."""
    words = [t for t in tokens[start:head] if t.pos != PUNCT]
    for i, t in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else None
        if t.surface in _JA_ORDER_MANNER:
            continue
        if t.pos in (NOUN, PRON) and nxt is not None and nxt.surface in _JA_OBJECT_CASE:
            continue
        if t.pos == PART and t.surface in _JA_OBJECT_CASE and i > 0:
            continue
        return False
    return True


def clause_of(cls: list[Clause], index: int) -> Clause:
    for c in cls:
        if c.start <= index < c.end:
            return c
    return Clause(0, 0)


#: Suffixes of address after a name or a role (「佐藤さん」「店長様」「田中氏」).
HONORIFIC_SUFFIXES: Final = frozenset(["さん", "ちゃん", "様", "さま", "くん", "君", "氏", "殿"])
#: What heads a letter after the listener's title (「ご担当者様」「貴社御中」).
_SALUTATION: Final = frozenset(["様", "さま", "殿", "各位", "御中"])


def salutation(tokens: Sequence[Token], n: int) -> bool:
    """The listener word at ``n`` heads a letter (「ご担当者様」 on its own line, which
    the analyser runs into the first sentence): an address, no one a remark is about."""
    return n + 1 < len(tokens) and tokens[n + 1].surface in _SALUTATION


def _polite_notice_end(tokens: Sequence[Token], chain: Sequence[Token], clause: Clause) -> bool:
    """〜ますので closing a sentence (「伺いますので。」「参りますので」): the polite
    notice of what the speaker will do, no reason for something after it. Before a
    comma (「伺いますので、ご在宅ください」) it gives the reason for a request."""
    if (
        len(chain) < 3
        or chain[-3].lemma != "ます"
        or "".join(t.surface for t in chain[-2:]) != "ので"
    ):
        return False
    if clause.end >= len(tokens) or tokens[clause.end].surface in ("。", "!", "！", "\n"):
        return True
    # or before a call to take note of it (「お迎えしますので、その旨お伝えください」
    # 「参りますので、そのおつもりで」「伺いますので、ご承知おきください」)
    after = "".join(t.surface for t in tokens[clause.end : clause.end + 4])
    return after.lstrip("、，,").startswith(_NOTE_IT)


_JA_DIALECT_SO_END: Final = frozenset(
    [
        "けえ",
        "けぇ",
        "けー",
        "きに",
        "きん",
        "さかい",
        "さけ",
        "すけ",
        "すけえ",
        "はんで",
        "はんでな",
    ]
)
_NOTE_IT: Final = (
    "その旨",
    "そのつもり",
    "そのおつもり",
    "ご承知",
    "御承知",
    "ご覚悟",
    "覚悟",
    "お含み",
    "あしからず",
    "悪しからず",
)


_SENTENCE_ENDS: Final = frozenset(["。", "!", "！", "?", "？", "\n"])


def _sentence_ends_past(tokens: tuple[Token, ...], start: int) -> bool:
    """The last predicate of the sentence from ``start`` on is in the past (a た
    among its final auxiliaries)."""
    end = start
    while end < len(tokens) and tokens[end].surface not in _SENTENCE_ENDS:
        end += 1
    for t in reversed(tokens[start:end]):
        if t.pos in (AUX, PART) or t.pos == PUNCT:
            if t.lemma == "た":
                return True
            continue
        return False
    return False


def _maybe_end(chain: list[Token]) -> bool:
    """The predicate's chain ends in かも (or かもね/かもよ/かもな) with nothing else
    after it: a maybe, not a question."""
    words = [t.surface for t in chain]
    for k in range(1, len(words)):
        if words[k - 1] == "か" and words[k] == "も":
            return all(w in ("ね", "よ", "な", "わ", "ぞ") for w in words[k + 1 :])
    return False


def _condition_before(tokens: tuple[Token, ...], start: int) -> bool:
    """An earlier clause of the same sentence ends in a condition (〜たら, 〜なら, 〜ば,
    〜ないと)."""
    j = start - 1
    while j >= 0 and tokens[j].pos == PUNCT and tokens[j].surface not in _SENTENCE_ENDS:
        j -= 1
    if j < 0 or tokens[j].surface in _SENTENCE_ENDS:
        return False
    t = tokens[j]
    if t.lemma == "た" and t.cform.startswith("仮定形"):
        return True
    if t.surface in ("たら", "だら", "なら", "ば", "ねば", "なきゃ", "なけりゃ"):
        return True
    return t.surface == "と" and j > 0 and tokens[j - 1].lemma in _JA_NEG


def frame(
    tokens: tuple[Token, ...], lang: str, head: int, clause: Clause, *, weigh: bool = True
) -> frozenset[str]:
    """Features of the predicate at ``head`` within its clause (see the module doc);
    with ``weigh`` false an embedded question weighing the act is not read (DELIBERATE)."""
    if lang == "ja":
        return _frame_ja(tokens, head, clause, weigh)
    return _frame_en(tokens, head, clause)


def _frame_ja(
    tokens: tuple[Token, ...], head: int, clause: Clause, weigh: bool = True
) -> frozenset[str]:
    f: set[str] = set()
    h = tokens[head]
    chain: list[Token] = [h]
    # The auxiliaries, particles and helper verbs that conjugate this predicate.
    for t in tokens[head + 1 : clause.end]:
        if (
            t.pos in (AUX, PART)
            or (t.pos == VERB and t.pos2 == "非自立可能")
            or (t.pos == NOUN and t.lemma in ("の", "ん"))
            # 「きもくない」: an adjective's own negation is the adjective 無い
            or (t.pos == ADJ and t.lemma in ("無い", "ない") and chain[-1].pos == ADJ)
            # 「送ってちょうだい」: the noun 頂戴 after a て-form asks like くれ; 「見せて
            # ほしい」「死んでほしい」: the adjective ほしい after one wishes it
            or (t.lemma == "頂戴" and chain[-1].surface == "て")
            or (t.pos == ADJ and t.lemma in _JA_WANT and chain[-1].surface in ("て", "で"))
        ):
            chain.append(t)
        else:
            break
    last = chain[-1]
    after = head + len(chain)
    # 「気をつけたほうがいい」: た before 方 is advice, not a past event; advice about
    # the listener's act asks for it (「もう辞めた方がいい」 = 辞めろ, said politely).
    advice = after < clause.end and tokens[after].lemma in ("方", "ほう")
    if advice and chain[-1].lemma == "た":
        f.add(REQUEST)
    # 「通報したうえで、口コミに書く」: た before 上で orders two acts still to come (a
    # relative tense), unless the sentence itself ends in the past.
    sequel = (
        chain[-1].lemma == "た"
        and after + 1 < len(tokens)
        and tokens[after].lemma == "上"
        and tokens[after + 1].surface == "で"
        and not _sentence_ends_past(tokens, after + 2)
    )
    dialect_intent = False
    for i, t in enumerate(chain):
        nxt = chain[i + 1] if i + 1 < len(chain) else None
        if i > 0 and t.surface in _JA_KERO:
            f.add(REQUEST)  # Tohoku 〜てけろ = 〜てくれ: asked, not ordered
        elif (
            i > 0
            and t.surface in ("てけ", "でけ")
            and nxt is not None
            and nxt.pos == AUX
            and nxt.lemma in ("だ", "たる")
        ):
            # Tohoku 〜てけで/〜てけだ = 〜てくれて/〜てくれた (「すぐ謝ってけで」「止血も
            # してけだ」): a favour done, no 〜ていけ; an imperative takes no copula
            if nxt.surface.startswith("だ"):
                f.add(PAST)
        elif t.cform.startswith("命令形"):
            f.add(REQUEST if t.lemma in _JA_REQUEST and i > 0 else IMPERATIVE)
        elif t.cform.startswith("意志推量形"):
            f.add(VOLITIONAL)
        elif t.pos == VERB and t.cform.endswith("融合") and t.surface.endswith(("ゃ", "ャ")):
            # 〜りゃ, 〜きゃ: the contracted 〜れば, a condition (「謝りゃいいってもんじゃ
            # ない」「謝りゃ済む」); drawn out where the clause ends, the Nagoya request
            # (「はよ謝りゃあ」 = 謝りなさい).
            f.add(IMPERATIVE if _nagoya_request(tokens, head + i + 1, clause) else CONDITIONAL)
        elif t.cform.startswith("仮定形"):
            if nxt is not None and nxt.surface == "ば" or t.pos == AUX:
                f.add(CONDITIONAL)
            elif t.pos == VERB and (nxt is None or nxt.pos2 == "終助詞"):
                f.add(IMPERATIVE)  # godan 仮定形 = 命令形 in sound: 「死ねや」
        if i > 0 and t.lemma in _JA_NEG:
            if nxt is not None and (nxt.surface in ("と", "ば") or nxt.cform.startswith("仮定形")):
                f.add(CONDITIONAL)  # 「返金しないと」「謝らへんかったら」
            else:
                f.add(NEGATED)
        if t.surface in ("ちゃ", "じゃ") and nxt is not None and nxt.surface in ("る", "ろ"):
            f.add(VOLITIONAL)  # Chūgoku/Kyūshū 〜ちゃる/〜じゃる = 〜てやる (read as じゃ + る)
            dialect_intent = True
        elif i > 0 and t.lemma in _JA_PASSIVE and not dialect_intent:
            f.add(PASSIVE)
        if i > 0 and t.lemma in _JA_WANT:
            f.add(DESIDERATIVE)
        if i > 0 and (t.lemma in _JA_INTENT or t.surface in _JA_TARU):
            f.add(VOLITIONAL)
        if (
            t.lemma == "た"
            and not t.cform.startswith(("仮定形", "意志"))
            and not advice
            and not (sequel and t is chain[-1])
        ):
            f.add(PAST)
        if t.lemma == "た" and t.cform.startswith("意志"):
            f.add(VOLITIONAL)  # 「したろ(か)」
        if t.lemma == "だ" and t.surface in ("たろ", "たる"):
            f.add(VOLITIONAL)  # 「殺したろか」 read as noun + だ by the dictionary
        if (
            t.surface == "だる"
            and i > 0
            and chain[i - 1].pos == VERB
            and chain[i - 1].cform.endswith(("撥音便", "イ音便"))
        ):
            f.add(VOLITIONAL)  # 「掴んだる」「呼んだる」: the たる of a voiced て-form
        if i > 0 and t.lemma in _JA_REQUEST and t.pos == VERB:
            f.add(REQUEST)
        if t.lemma == "頂戴" and t.pos == NOUN and all(x.pos == PART for x in chain[i + 1 :]):
            f.add(REQUEST)  # 「自撮りちょうだい」「送ってちょうだい」, not 「頂戴しました」
        if t.lemma == "たら" or t.surface == "なら":
            f.add(CONDITIONAL)
    # 「書こうと思ったのですが」「晒そうと思ったけど」: an intention the speaker had,
    # quoted before a verb of thinking in the past and then conceded, is a past event,
    # not what they will do (「書こうと思います」「訴えようと思いました」 stay intents).
    if VOLITIONAL in f and after < clause.end and last.surface in ("と", "って"):
        think = tokens[after]
        if think.pos == VERB and think.lemma in _JA_THINK:
            past = False
            for t in tokens[after + 1 : min(len(tokens), clause.end + 1)]:
                if t.lemma == "た":
                    past = True
                elif past and t.surface in _JA_CONCEDE:
                    f.add(PAST)
                    break
                elif t.pos not in (AUX, PART) and t.lemma not in ("の", "ん"):
                    break
    # 「次も待たされたら、店のガラス割っちゃうかも」: a maybe that ends the sentence
    # after a condition set in an earlier clause of it is the sanction of that
    # condition, a veiled threat (the condition's own clause is another clause).
    if _maybe_end(chain) and _condition_before(tokens, clause.start):
        f.add(CONDITIONAL)
    # 「訴えざるを得ない」「取らざるを得ません」: forced to it, the opposite of a negation.
    if NEGATED in f and "".join(t.surface for t in tokens[head + 1 : head + 6]).startswith(
        ("ざるを得", "ざるをえ")
    ):
        f.discard(NEGATED)
    # 「ゴミしか居ない」「馬鹿しかおらん」: しか … ない says "nothing but", not a negation.
    if NEGATED in f and any(t.surface == "しか" and t.pos == PART for t in chain):
        f.discard(NEGATED)
    # A て-form that ends the sentence asks (「来て」「消えてくれ」), unless it is the
    # contracted ている (「消えてて」).
    progressive = any(t.lemma in ("てる", "でる", "居る", "いる") for t in chain[1:])
    # A comma continues the sentence (「外箱が潰れていて、」): only a full stop ends it.
    ends = after >= len(tokens) or (
        tokens[after].pos == PUNCT and tokens[after].surface not in _JA_COMMAS
    )
    if last.surface == "て" and last.pos == PART and ends and not progressive:
        f.add(REQUEST)
    if len(chain) >= 2 and chain[-1].surface in ("や", "よ") and chain[-2].surface == "て":
        f.add(REQUEST)
    # 「舐めんな」「来るな」: prohibitive な right after a plain form. After the past or
    # the copula it exclaims (「やっと黙ったな」「電池死んだな」「そうだな」).
    for i in range(1, len(chain)):
        prev = chain[i - 1]
        if (
            chain[i].surface == "な"
            and chain[i].pos2 == "終助詞"
            and prev.pos in (VERB, AUX)
            and (prev.cform.startswith(("終止形", "連体形")) or _contracted_ru(prev))
            and prev.lemma not in _JA_NEG
            and prev.lemma not in _JA_NOT_BEFORE_PROHIBITIVE
        ):
            f.add(IMPERATIVE)
            f.add(PROHIBITIVE)
    # 「謝りや」「黙っときや」: Kansai imperative, the plain 連用形 and a final や (the
    # soft form of 〜なさい); the euphonic 連用形 (黙っ, 書い) only precedes て/た.
    # Drawn out (「謝りやあ」「来やあ」), the same request in Nagoya; the dictionary takes
    # やあ for the copula or a particle.
    if (
        len(chain) >= 2
        and (
            (last.surface == "や" and last.pos2 == "終助詞")
            or (last.surface == "やあ" and last.pos in (AUX, PART))
        )
        and chain[-2].pos in (VERB, AUX)
        and chain[-2].cform == "連用形-一般"
    ):
        f.add(IMPERATIVE)
    # 「なめんな」「ふざけんな」: ん + な after an ichidan stem is the contracted るな.
    if (
        len(chain) == 3
        and chain[1].surface == "ん"
        and chain[2].surface == "な"
        and h.cform.startswith("未然形")
        and h.surface[-1:] in _E_I_ROW
    ):
        f.discard(NEGATED)
        f.add(IMPERATIVE)
        f.add(PROHIBITIVE)
    if h.lemma in _JA_NOT_SHRINK and NEGATED in f and not _told_of(tokens, chain, after):
        # 「訴訟も辞さない」「裁判も厭わん」: not shrinking from an act declares it, also
        # as one's resolve (「辞さない覚悟です」); quoted (「辞さないと言っていた」) or
        # describing something (「辞さない姿勢の会社」) it tells of someone else.
        f.discard(NEGATED)
    # 「来んかい」「謝らんかい」: the Kansai rhetorical question that commands.
    surf = "".join(t.surface for t in chain)
    if (
        surf.endswith(("んかい", "んかいな", "へんか", "んか"))
        and len(chain) > 1
        and not _polite_question(chain)
    ):
        f.discard(NEGATED)
        f.add(IMPERATIVE)
    elif (
        len(chain) == 3
        and h.pos == VERB
        and h.cform.startswith("未然形")
        and chain[1].surface == "ん"
        and chain[2].surface == "ね"
        and (_urged(tokens, clause.start, head) or _bare_order(tokens, clause.start, head))
    ):
        # Hakata 「はよ謝らんね」「謝らんね」: a negative + ね after an urging adverb, or
        # with nothing but objects before it, is an order (= 謝りなさい); after a
        # subject or a degree adverb it says what someone does not do (「なかなか謝らんね」).
        f.discard(NEGATED)
        f.add(IMPERATIVE)
    elif (
        last.surface in _JA_FINAL_QUESTION
        and last.pos == PART
        and IMPERATIVE not in f
        and VOLITIONAL not in f
    ):
        f.add(QUESTION)
    if (last.pos == PART and last.surface in _JA_ASSERT_END) or (
        last.lemma == "ます" and last.cform.startswith("終止形")
    ):
        f.add(ASSERTIVE)
    elif _polite_notice_end(tokens, chain, clause) or last.surface in _JA_DIALECT_SO_END:
        # the western and northern "so, mind you" tails the dictionary misreads
        # (Hiroshima けえ as an adjective ending, Tsugaru はんで): 「掴んだるけえ」
        f.add(ASSERTIVE)
    if any(t.surface in ("?", "？") for t in tokens[head : clause.end]):
        f.add(QUESTION)
    if any(t.surface in ("ます", "でしょう") for t in chain) and last.surface == "か":
        f.add(QUESTION)
    for n in range(clause.start, clause.end):
        t = tokens[n]
        if t.lemma in _JA_FIRST:
            f.add(FIRST_PERSON)
        elif _listener_word_ja(tokens, n):
            f.add(SECOND_PERSON)
    if _hearsay(tokens, chain, after):
        f.add(REPORTED)
    if not (f & {QUESTION, PAST}) and _obliges_listener(tokens, chain, after, clause, f):
        f.discard(NEGATED)  # 「もらわなきゃ」「いただかないといけません」: a duty, not a denial
        f.add(REQUEST)
    if weigh and _deliberated(tokens, head, chain, after, clause):
        # 「口コミにどう書いたらいいか迷ってます」「晒そうか悩んでる」: whether or how
        # to do it, weighed or asked — no commitment and no condition put to anyone.
        f -= {CONDITIONAL, VOLITIONAL, ASSERTIVE, REQUEST, IMPERATIVE}
        f.update((QUESTION, DELIBERATE))
    _written_demand(tokens, head, chain, after, clause, f)
    result = _told_result(tokens, chain, clause) if CONDITIONAL in f else None
    if result is not None:
        # 「インスタに載せたら褒められた」: 〜たら before a past main clause tells what
        # happened when the speaker did it; before praise or delight it hopes for it.
        # Neither is a condition put to the listener. A past harm told (「書いたら
        # 店潰れたで」) is neither: a precedent held up, no label, so it stays a threat.
        f.discard(CONDITIONAL)
        f.update(result)
    return frozenset(f)


def _deliberated(
    tokens: tuple[Token, ...], head: int, chain: list[Token], after: int, clause: Clause
) -> bool:
    """The predicate is the content of an embedded question the speaker weighs or asks:

    - 〜か (〜かどうか) before a verb or noun of weighing (迷う, 悩む, 考え中, 分からない,
      判断, 相談, 教えて): 「書こうか迷ってます」「上げるべきかどうか相談したい」;
    - a condition, a て-form or advice (〜たら, 〜ば, 〜て(も), 〜た方が) + いい, then
      か before such a word, or ending a polite question or one asked with an
      interrogative (「どう書けばいいですか」「何て書いたらいい？」).

    Not when a condition in an earlier clause of the sentence sets it against
    something (「返金しないなら口コミに何て書こうか考えるわ」), nor a bare offer
    (「晒したろか」, 「晒したらええんか」: no weighing, no interrogative)."""
    n = len(tokens)
    last = chain[-1]
    k = after
    if last.surface == "か" and last.pos == PART:
        pass
    elif last.lemma == "た" or last.surface in ("ば", "て", "で", "も", "なら"):
        # 「書いたら|いい」「書け|ば|いい」「載せ|て|いい」「載せ|て|も|いい」「書い|た|方|が|いい」
        if k < n and tokens[k].surface == "も":
            k += 1
        if k + 1 < n and tokens[k].lemma in ("方", "ほう") and tokens[k + 1].surface == "が":
            k += 2
        if k >= n or tokens[k].lemma not in _JA_GOOD:
            return False
        k += 1
        while k < n and (
            tokens[k].lemma in ("の", "ん", "です", "だ", "でしょう", "ます")
            or tokens[k].surface in ("の", "ん", "です", "でしょう")
        ):
            k += 1
        polite = any(t.lemma in ("です", "ます") for t in tokens[after:k])
        asked = any(tokens[j].lemma in _JA_WH for j in range(clause.start, head))
        q = k + 1 if k < n and tokens[k].surface in ("か", "かね", "かな") else k
        ends = q >= n or (tokens[q].pos == PUNCT and tokens[q].surface not in _JA_COMMAS)
        if ends and (polite or asked):
            return not _conditioned_before(tokens, clause)
        if k >= n or tokens[k].surface != "か":
            return False
        k += 1
    else:
        return False
    # 「〜かどうか」「〜かどうしようか」
    if k + 1 < n and tokens[k].surface == "どう":
        ka = next((j for j in range(k + 1, min(n, k + 4)) if tokens[j].surface == "か"), None)
        if ka is not None:
            k = ka + 1
    # (「かを迷う」「かは判断がつかない」; 「か、ほんま悩む」: after a comma, one adverb
    # may come first; not 「書こうかと思う」: that is an intention)
    if k < n and tokens[k].pos == PUNCT and tokens[k].surface in _JA_COMMAS:
        k += 1
        if k + 1 < n and tokens[k].pos in (OTHER, NOUN) and tokens[k + 1].lemma in _JA_DELIBERATE:
            k += 1
    if k < n and tokens[k].surface in ("を", "は", "も", "で"):
        k += 1
    if k < n and tokens[k].lemma in _JA_DELIBERATE:
        return not _conditioned_before(tokens, clause)
    return False


def _conditioned_before(tokens: tuple[Token, ...], clause: Clause) -> bool:
    """An earlier clause of the sentence ends in a condition (なら, たら, ば, ないと)."""
    for j in range(clause.start):
        t = tokens[j]
        if t.surface in _JA_CONDITION_ENDS or (t.lemma == "た" and t.cform.startswith("仮定形")):
            return True
        if t.surface == "と" and j > 0 and tokens[j - 1].lemma in _JA_NEG:
            return True
    return False


# Demands as they are written or said beyond the verb's own conjugation ----------

#: ちょうだい after a て-form, in its spellings: standard ちょうだい/頂戴, Nagoya ちょう,
#: ちょー(よ), ちょーでゃあ/ちょーだゃあ (the dictionary reads ちょー as 超 and the
#: rest as fragments), then only final particles.
_JA_CHOUDAI: Final = re.compile(
    r"(?:ちょうだい|頂戴|ちょう|ちょ)[ーぁあ〜~]*(?:[でだ][ゃぇ][ーぁあ〜~]*|せ|す)?"
    r"(?:[よねなわや][ーぁあ〜~]*)*"
)
#: A formal demand verb after its object: 「来訪を求める」「ご来訪をお願いいたします」.
_JA_DEMAND_VERBS: Final = frozenset(["求める", "要求", "要望", "請求", "要請", "願う"])
#: Between the object and the demand verb: fillers and adverbs of degree (「来訪をですね
#: 強く求めます」).
_JA_DEMAND_FILLERS: Final = frozenset(
    ["です", "ね", "よ", "さ", "強い", "改めて", "再度", "重ねて", "是非", "ぜひ"]
    + ["早急", "至急", "直ちに", "速やか", "だ", "に", "御", "、", ","]
)
#: Topics that make 「X は 〜すること」 say what X is, not what someone must do
#: (「私の楽しみは美術館を訪問すること」); a person as topic is who is ordered.
_JA_COPULAR_TOPICS: Final = frozenset(
    ["趣味", "楽しみ", "目標", "夢", "目的", "役目", "役割", "大切", "大事", "肝心", "重要"]
    + ["条件", "方法", "秘訣", "コツ", "習慣", "日課", "課題", "特技", "得意", "好き"]
    + ["苦手", "嫌い", "決まり", "ルール", "約束", "予定", "教え", "基本", "鉄則", "仕事"]
)
_JA_SENTENCE_END: Final = frozenset(["。", "．", "!", "！", "?", "？", "\n"])


def _written_demand(
    tokens: tuple[Token, ...],
    head: int,
    chain: list[Token],
    after: int,
    clause: Clause,
    f: set[str],
) -> None:
    """Demand forms the conjugation alone does not show:

    - a て-form + ちょうだい (「払ってちょうだい」, Nagoya 「払ってちょーよ」「払って
      ちょーでゃあ」「払ってちょう」): a request;
    - the written order 〜すること ending a sentence or a list item (「書面にて謝罪する
      こと。」「責任者が来訪し、説明すること。」: a predicate joined to it shares it),
      unless its topic is what the sentence defines (「私の楽しみは…訪問すること」,
      「言い聞かせたのは…謝罪すること」) or the speaker: an imperative;
    - the formal 〜されたい ending the sentence (「速やかに来訪されたい」): a request of
      the listener, not the speaker's wish to undergo it;
    - a noun as the object of a demand verb (「責任者の来訪を求める」「ご来訪をお願い
      いたします」) that is not past, passive, negated or asked: a request."""
    if f & {QUESTION, PAST, NEGATED}:
        return
    te = next(
        (
            head + k
            for k in range(1, len(chain))
            if chain[k].surface in ("て", "で") and chain[k].pos == PART
        ),
        -1,
    )
    if te >= 0 and _choudai(tokens, te):
        f.add(REQUEST)
    for k in range(len(chain) - 2):
        if (
            chain[k].lemma == "為る"
            and chain[k + 1].lemma == "れる"
            and chain[k + 2].lemma == "たい"
            and k + 3 == len(chain)
            and (after >= len(tokens) or tokens[after].pos == PUNCT)
        ):
            f.discard(PASSIVE)
            f.discard(DESIDERATIVE)
            f.add(REQUEST)
    if _nominal_order(tokens, head, chain, after):
        f.add(IMPERATIVE)
    if len(chain) >= 2 and (
        chain[1].lemma in _JA_DEMAND_VERBS  # 「ご来訪願います」
        or (chain[1].surface == "を" and _object_demanded(tokens, head + 2, clause))
    ):
        f.add(REQUEST)


def _choudai(tokens: tuple[Token, ...], te: int) -> bool:
    words: list[str] = []
    for t in tokens[te + 1 :]:
        if t.pos == PUNCT:
            break
        words.append(t.surface)
    return bool(words) and _JA_CHOUDAI.fullmatch("".join(words)) is not None


def _nominal_order(tokens: tuple[Token, ...], head: int, chain: list[Token], after: int) -> bool:
    """The predicate at ``head`` ends a sentence in 〜こと, or is joined (連用形, て) to
    one that does, with no clause between that gives a reason or a condition."""
    last = chain[-1]
    end = -1
    if last.pos in (VERB, AUX) and last.cform.startswith(("終止形", "連体形")):
        if after < len(tokens) and tokens[after].lemma in ("こと", "事"):
            end = after
    elif (last.pos in (VERB, AUX) and last.cform.startswith("連用形")) or (
        last.pos == PART and last.surface in ("て", "で")
    ):
        for j in range(after, len(tokens)):
            t = tokens[j]
            if (
                t.surface in _JA_SENTENCE_END
                or (t.pos == PART and t.surface in _JA_BREAK_PARTICLES)
                or (t.pos == AUX and t.cform.startswith("仮定形"))
            ):
                break
            if t.lemma in ("こと", "事") and j > after:
                end = j
                break
    if end < 0 or not _plain_act(tokens, end - 1) or not _ends_in_order(tokens, end):
        return False
    start = head
    while start > 0 and tokens[start - 1].surface not in _JA_SENTENCE_END:
        start -= 1
    for j in range(start + 1, head):
        t, prev = tokens[j], tokens[j - 1]
        if t.pos != PART or t.surface not in ("は", "が"):
            continue
        if prev.lemma in _JA_FIRST:
            return False  # 「私が訪問すること」: the speaker's own
        if t.surface == "は" and prev.lemma in _JA_COPULAR_TOPICS:
            return False
        if t.surface == "は" and prev.pos == PART and prev.lemma in ("の", "ん"):
            return False  # 「言い聞かせたのは」: a nominalised clause as topic
    return True


#: Verbs of states and of the mind: 「困っていること」「気になること」「できること」
#: name a matter (a form's heading), never an act ordered.
_JA_STATIVE: Final = frozenset(
    ["有る", "ある", "居る", "いる", "出来る", "できる", "成る", "なる", "分かる", "わかる"]
    + ["思う", "考える", "感じる", "知る", "困る", "言う", "見える", "聞こえる", "要る"]
)


def _plain_act(tokens: tuple[Token, ...], k: int) -> bool:
    """tokens[k] ends a plain, non-past act: a verb (or its causative) in the plain form,
    with no wish, negation, tense or aspect (「確認したいこと」「届かないこと」「困って
    いること」 are matters, not orders)."""
    t = tokens[k]
    if not t.cform.startswith(("終止形", "連体形")):
        return False
    while t.pos == AUX and t.lemma in ("せる", "させる") and k > 0:
        k -= 1
        t = tokens[k]
    return t.pos == VERB and t.lemma not in _JA_STATIVE


def _ends_in_order(tokens: tuple[Token, ...], end: int) -> bool:
    """The こと at ``end`` closes its sentence, or a list of such items (「謝罪すること、
    返金すること。」). Followed by more (「謝罪することです」「謝罪すること、それが基本
    だと思います」) it is said of, not ordered."""
    j = end + 1
    while j < len(tokens):
        t = tokens[j]
        if t.surface in _JA_SENTENCE_END:
            return t.surface not in ("?", "？")
        if t.pos != PUNCT:
            break
        j += 1
    else:
        return True
    if tokens[end + 1].pos == NUM:
        return True  # 「1.謝罪すること 2.返金すること」: the next item of a numbered list
    if tokens[end + 1].surface not in _JA_COMMAS:
        return False
    last = j
    while last < len(tokens) and tokens[last].surface not in _JA_SENTENCE_END:
        last += 1
    k = last - 1
    while k > j and tokens[k].pos == PUNCT:
        k -= 1
    return (
        k > j
        and tokens[k].lemma in ("こと", "事")
        and tokens[k - 1].pos in (VERB, AUX)
        and tokens[k - 1].cform.startswith(("終止形", "連体形"))
        and tokens[k - 1].lemma != "た"
        and (last >= len(tokens) or tokens[last].surface not in ("?", "？"))
    )


def _object_demanded(tokens: tuple[Token, ...], start: int, clause: Clause) -> bool:
    for j in range(start, min(len(tokens), start + 5)):
        t = tokens[j]
        if t.lemma in _JA_DEMAND_VERBS:
            fj = _frame_ja(tokens, j, Clause(clause.start, max(clause.end, j + 1)))
            return not fj & {PAST, PASSIVE, NEGATED, QUESTION, CONDITIONAL}
        if t.lemma not in _JA_DEMAND_FILLERS and t.surface not in _JA_DEMAND_FILLERS:
            return False
    return False


def _told_result(
    tokens: tuple[Token, ...], chain: list[Token], clause: Clause
) -> frozenset[str] | None:
    """PAST for a たら clause whose main clause ends in the past (「載せたら褒められた」
    「上げたら友達に聞かれたよ」), not asked (「晒したらどうなったか分かったか」);
    FAVOURABLE for one whose main clause holds praise or delight, not negated (「載せたら
    みんな喜ぶと思う」; 「載せたらええことないで」 stays); no label for a past result
    that harmed a business or a person (「書いたら前の店潰れたで」); else None."""
    if not any(t.lemma == "た" and t.cform.startswith("仮定形") for t in chain):
        return None
    result: list[Token] = []
    for t in tokens[clause.end :]:
        if not result and t.surface in _JA_COMMAS:
            continue  # 「上げたら、めっちゃ褒められた」
        if (
            t.pos == PUNCT
            or (t.pos == PART and t.surface in _JA_BREAK_PARTICLES)
            or (t.pos == AUX and t.cform.startswith("仮定形"))
        ):
            break
        result.append(t)
    good = next((k for k, t in enumerate(result) if _favourable(result, k)), -1)
    if good >= 0 and not any(t.lemma in _JA_NEG for t in result[good + 1 :]):
        return frozenset([FAVOURABLE])
    while result and (
        (result[-1].pos == PART and result[-1].pos2 in ("終助詞", "準体助詞"))
        or result[-1].lemma in ("の", "ん", "だ", "です")
    ):
        if result[-1].surface in ("か", "の"):
            return None
        result.pop()
    if not (result and result[-1].pos == AUX and result[-1].lemma == "た"):
        return None
    if any(t.lemma in _JA_DAMAGE or t.surface in _JA_DAMAGE for t in result):
        return frozenset()
    return frozenset([PAST])


#: Verbs of shrinking from an act: negated (辞さない, 厭わない) they declare readiness.
_JA_NOT_SHRINK: Final = frozenset(["辞する", "辞す", "厭う", "いとう"])
#: Nouns of one's own resolve a negated 辞さない may modify (「辞さない覚悟です」).
_JA_RESOLVE: Final = frozenset(["覚悟", "所存", "構え", "積もり", "つもり", "考え"])


def _told_of(tokens: tuple[Token, ...], chain: list[Token], after: int) -> bool:
    """A predicate quoted (「辞さないって言ってた」) or modifying what follows (「辞さない
    姿勢の会社」「辞さない強硬な態度」), except one's resolve said of oneself (「辞さない
    覚悟です」; 「辞さない構えの人」 describes someone)."""
    if any(t.surface in ("と", "って") for t in chain[1:]):
        return True
    if after >= len(tokens):
        return False
    nxt = tokens[after]
    if nxt.surface in ("と", "って"):
        return True
    if nxt.pos not in (NOUN, ADJ):
        return False
    if nxt.lemma not in _JA_RESOLVE:
        return True
    return after + 1 < len(tokens) and tokens[after + 1].surface == "の"


#: What a post did to a business or a person (closed, flamed, fired): told after a
#: たら clause it is a precedent the listener is warned with.
_JA_DAMAGE: Final = frozenset(
    ["潰れる", "つぶれる", "潰す", "炎上", "閉店", "倒産", "廃業", "閉鎖", "首", "クビ", "くび"]
)


#: Results one hopes a post brings: praise, delight, publicity (not 人気, 評価: they
#: also fall, 「人気落ちるで」).
_JA_FAVOURABLE: Final = frozenset(
    ["褒める", "喜ぶ", "好評", "宣伝", "羨ましい", "羨ましがる", "自慢", "映える", "感謝"]
    + ["絶賛", "嬉しい", "うれしい", "可愛い", "かわいい"]
)
#: 「いいね」 counted: 良い + ね before a particle or a quantity (「いいねがいっぱい」).
_JA_LIKES_AFTER: Final = frozenset(["が", "を", "も", "の", "一杯", "いっぱい", "沢山", "たくさん"])


def _favourable(result: list[Token], k: int) -> bool:
    t = result[k]
    if t.lemma in _JA_FAVOURABLE:
        return True
    return (
        t.lemma == "良い"
        and k + 2 < len(result)
        and result[k + 1].surface == "ね"
        and result[k + 2].lemma in _JA_LIKES_AFTER
    )


#: What follows a plain form as hearsay, inference or what one was told; そう and よう
#: need a copula (「降りそう」 after the 連用形 looks ahead; 「来るように言え」 orders).
_JA_HEARSAY: Final = re.compile(
    r"^(?:そう(?:だ|です|や|じゃ)|らしい|とのこと|みたい|よう(?:だ|です|や)"
    # 「いらっしゃると伺っています」「来ると聞きました」: what one was told
    r"|と(?:伺|聞|お聞き|言われ|連絡が|連絡を受け|書いて))"
)


def _hearsay(tokens: tuple[Token, ...], chain: list[Token], after: int) -> bool:
    """「謝罪にいらっしゃるそうです」: a plain form of the predicate is followed by hearsay."""
    # Not bounded by the clause: 「みたい」 after a plain form opens a clause of its own.
    tail = "".join(t.surface for t in tokens[after : after + 4])
    for k, t in enumerate(chain):
        if t.pos in (VERB, AUX) and t.cform.startswith(("終止形", "連体形")):
            rest = "".join(x.surface for x in chain[k + 1 :]) + tail
            if _JA_HEARSAY.match(rest):
                return True
    return False


def _obliges_listener(
    tokens: tuple[Token, ...], chain: list[Token], after: int, clause: Clause, f: set[str]
) -> bool:
    """The listener is told what they must do, said as the speaker's need or the
    listener's duty: a benefactive + obligation (「新品つけてもらわなあかん」「無料にして
    いただかないと困ります」), べき said of no first person (「付けるべきやろ」), or the
    act named before 要求/求める (「免除していただくことを要求いたします」). The
    speaker's own obligation (「自分で確認せなあかん」) names no benefactive."""
    end = min(len(tokens), clause.end + 3)
    for i, t in enumerate(chain):
        if i == 0:
            continue
        rest = "".join(x.surface for x in chain[i + 1 :])
        rest += "".join(x.surface for x in tokens[after:end])
        if (
            t.lemma in _JA_BENEFACTIVE
            and t.cform.startswith("未然形")
            and _JA_OBLIGATION.match(rest)
        ):
            return True
        if t.lemma == "べし" and not (f & {FIRST_PERSON, NEGATED}):
            return not _JA_NOT_COPULA.match(rest)  # 「付けるべきではない」
    if NEGATED in f:
        return False
    if after + 1 < clause.end and tokens[after].lemma in ("こと", "事", "よう", "様"):
        return any(
            x.lemma in _JA_DEMAND_NOUNS for x in tokens[after + 1 : min(after + 4, clause.end)]
        )
    return False


def _polite_question(chain: list[Token]) -> bool:
    """「〜しないといけませんか」「一緒に来ませんか」: the polite negative ませ + ん + か
    asks (whether one must, or an invitation); the rhetorical 〜んか that commands
    (「来んかい」「謝らんか」) is plain speech. A benefactive asked this way
    (「〜てくれませんか」「〜ていただけませんか」) stays with the request it makes."""
    n = len(chain)
    return (
        n >= 3
        and chain[-1].surface == "か"
        and chain[-2].surface == "ん"
        and chain[-3].lemma == "ます"
        and not any(t.lemma in _JA_BENEFACTIVE for t in chain)
    )


def _contracted_ru(t: Token) -> bool:
    """「黙んな」「調子乗んな」: a godan る-verb with る spoken as ん before な. The
    dictionary reads 黙ん as the euphonic 連用形, which only ever comes before て/た, so
    before a final な it is the plain form contracted."""
    return (
        t.pos == VERB
        and t.cform == "連用形-撥音便"
        and t.lemma.endswith("る")
        and t.surface.endswith("ん")
    )


#: After "I would": a wish, a preference or a hedge ("I'd like a refund", "I'd rather
#: wait", "I'd say", "I'd appreciate a call"), no act the speaker commits to.
_EN_WOULD_WISH: Final = frozenset(
    ["like", "love", "rather", "prefer", "appreciate", "say", "think", "imagine", "guess"]
    + ["suggest", "recommend", "advise", "expect", "hope", "assume", "be", "have", "hate"]
    + ["welcome", "want", "need", "consider", "argue", "bet", "wager", "gladly", "happily"]
)
#: Words between "would" and its verb.
_EN_WOULD_ADVERBS: Final = frozenset(
    ["just", "really", "definitely", "certainly", "probably", "honestly", "literally", "so"]
    + ["totally", "absolutely", "happily", "gladly", "also", "even", "actually", "seriously"]
)


def would_commits(tokens: Sequence[Token], k: int) -> bool:
    """``tokens[k]`` is a "would" by which the speaker commits to an act, the
    conditional of "I will" ("I'd smash your window", "we would take you to court"):
    after a first-person subject, before a bare verb. Not a wish or a hedge ("I'd like
    a refund", "I'd rather", "I'd say"), not a past that did not happen ("I'd have
    complained earlier"), not advice ("if I were you I'd check the fuse")."""
    if k == 0 or tokens[k - 1].surface not in ("i", "we"):
        return False
    j = k + 1
    while j < len(tokens) and tokens[j].surface in _EN_WOULD_ADVERBS:
        j += 1
    if j >= len(tokens) or tokens[j].lemma in _EN_WOULD_WISH or tokens[j].pos == PUNCT:
        return False
    return not advised(tokens, k)


def advised(tokens: Sequence[Token], k: int) -> bool:
    """ "if I were you" (or "in your shoes", "in your position") before ``k``."""
    words = [t.surface for t in tokens[max(0, k - 8) : k]]
    for i in range(len(words) - 2):
        if words[i] == "if" and words[i + 1] in ("i", "we") and words[i + 2] in ("were", "was"):
            return True
        if words[i] == "in" and words[i + 1] == "your" and words[i + 2] in ("shoes", "position"):
            return True
    return False


def _third_singular(t: Token) -> bool:
    """``t`` is a verb's third person singular ("dies", "goes", "cries"): its lemma
    with -s, -es or y → -ies, never an imperative."""
    s, lem = t.surface, t.lemma
    return s != lem and s in (lem + "s", lem + "es", lem[:-1] + "ies")


#: Auxiliaries and modals that make the words before them a subject ("this will …",
#: "the blender keeps …"), not a determiner's noun phrase alone.
_EN_SUBJECT_AUX: Final = frozenset(
    ["will", "would", "can", "could", "may", "might", "should", "must", "shall", "is", "was"]
    + ["does", "did", "has", "had", "keeps", "kept"]
)
#: What opens a subject that is no speaker and no listener: a determiner or a pronoun.
_EN_THING_OPENERS: Final = frozenset(
    ["the", "this", "that", "these", "those", "my", "our", "his", "her", "their", "its"]
    + ["he", "she", "they", "it", "which"]
)


def _thing_said_before_and(before: Sequence[Token]) -> bool:
    """The clause before "and" has its own subject, neither the speaker nor the
    listener, with a modal or an auxiliary ("it will probably save my life one day and
    annoy me every morning", "this blender will chop anything and annoy the house",
    "it keeps freezing and annoys me"): the verb after "and" is that subject's, no order
    ("shut up and apologise", "sit down and listen" have no subject before)."""
    words = [t.surface for t in before if t.pos != PUNCT]
    if words and words[0] in ("but", "and", "so", "then", "oh", "well"):
        words = words[1:]
    if len(words) < 2 or words[0] not in _EN_THING_OPENERS:
        return False
    return words[0] in ("it", "which") or any(w in _EN_SUBJECT_AUX for w in words[1:4])


def _frame_en(tokens: tuple[Token, ...], head: int, clause: Clause) -> frozenset[str]:
    f: set[str] = set()
    h = tokens[head]
    before = tokens[clause.start : head]
    after = tokens[head + 1 : clause.end]
    words = [t.lemma for t in before]
    first = tokens[clause.start] if clause.end > clause.start else h
    # A participle after "be"/"being" is a passive still to come or under way ("papers
    # will be filed against you", "the claim is being drafted"), not the past.
    prospective = bool(before) and before[-1].surface in ("be", "being")
    if (h.cform == "past" and not prospective) or any(
        t.surface in ("did", "had", "was", "were") for t in before[-3:]
    ):
        f.add(PAST)
    if any(t.surface in ("was", "were", "been", "get", "got") for t in before[-2:]) and (
        h.cform == "past"
    ):
        f.add(PASSIVE)
    # "no" that opens the clause is an interjection ("no you fat …"), not a negation.
    near = before[-4:]
    # "not rest until thomas is …": a negation before "until" is the main clause's.
    cut = [k for k, t in enumerate(near) if t.surface in _EN_UNTIL]
    if cut:
        near = near[cut[-1] + 1 :]
    negators = [t.lemma for t in near if not (t is first and t.lemma == "no")]
    if any(w in _EN_NEG for w in negators):
        f.add(NEGATED)
    if (
        any(w in _EN_FUTURE for w in words[-4:])
        or any(
            t.surface == "would" and would_commits(tokens, clause.start + k)
            for k, t in enumerate(before)
            if k >= len(before) - 4
        )
        or any(t.surface == "coming" for t in before[-6:])
        or (h.cform == "ing" and bool(before) and before[-1].surface == "am")
    ):
        # "coming" announces an errand ("I'm coming down to sort you out"); "I am
        # <verb>ing" a plan of the speaker's ("I'm sending my lads round")
        f.add(VOLITIONAL)
    if any(w in _EN_WANT for w in words[-3:]) and "to" in words[-2:]:
        f.add(DESIDERATIVE)
    if first.lemma in ("if", "unless"):
        f.add(CONDITIONAL)
    if first.lemma in ("or", "otherwise"):
        f.add(VOLITIONAL)  # "…, or I'll sue"
    # An imperative is the bare verb: after "just" or "please", "the engine just dies"
    # (the -s of a subject told of) orders nothing, "just die" does.
    if head == clause.start or (
        words
        and words[-1] in ("please", "just", "go", "and")
        and not (words[-1] == "and" and _thing_said_before_and(before))
        and not _third_singular(h)
    ):
        f.add(IMPERATIVE)
    if (
        first.lemma in _EN_QUESTION_START
        or any(t.surface == "?" for t in after)
        or (clause.end < len(tokens) and tokens[clause.end - 1].surface == "?")
    ):
        f.add(QUESTION)
    if "please" in words or (len(words) >= 2 and words[0] in ("can", "could", "would")):
        f.add(REQUEST)
    for k in range(clause.start, clause.end):
        t = tokens[k]
        if t.surface in _EN_FIRST:
            f.add(FIRST_PERSON)
        elif t.surface in EN_SECOND:
            f.add(SECOND_PERSON)
        elif (
            t.surface in _EN_THIRD and k < head and not _platform_audience(tokens, k, head, clause)
        ):
            # Someone else acts only as the subject: in "I will shoot five people" the
            # people are the object, the act is the speaker's.
            f.add(THIRD_PARTY)
    return frozenset(f)


#: Everyone on a platform who learns or is told of the affair ("everyone on facebook
#: will hear about this", "tell every1 on insta about u"): the platform's audience,
#: and the act is the speaker's ("everyone on insta loves it" stays a third party's).
_EN_ON_PLATFORM: Final = frozenset(["on", "across", "in", "of", "over"])
_EN_LEARN_OR_TELL: Final = frozenset(
    ["hear", "know", "find", "learn", "see", "read", "tell", "warn", "told", "heard"]
)


def _platform_audience(tokens: tuple[Token, ...], k: int, head: int, clause: Clause) -> bool:
    return (
        tokens[k].surface == "everyone"
        and k + 1 < head <= k + 3
        and tokens[k + 1].surface in _EN_ON_PLATFORM
        and any(t.lemma in _EN_LEARN_OR_TELL for t in tokens[clause.start : clause.end])
    )


def negated_before(tokens: tuple[Token, ...], clause: Clause, cue: int) -> bool:
    """A negation in the three words before the cue's first word, in its clause: the
    frame reads negation before the predicate, and a long match ("not paid for this,
    to take it") puts its predicate out of that negation's reach."""
    for k in range(cue - 1, max(clause.start, cue - 3) - 1, -1):
        t = tokens[k]
        if t.surface in _EN_UNTIL:
            return False  # "not rest until …": the negation is the main clause's
        if t.lemma in _EN_NEG and not (k == clause.start and t.lemma == "no"):
            return True
    return False


def clause_text_has(tokens: tuple[Token, ...], clause: Clause, lemmas: frozenset[str]) -> bool:
    return any(t.lemma in lemmas for t in tokens[clause.start : clause.end])


__all__ = [
    "ASSERTIVE",
    "CONDITIONAL",
    "DELIBERATE",
    "DESIDERATIVE",
    "EN_SECOND",
    "FAVOURABLE",
    "FIRST_PERSON",
    "IMPERATIVE",
    "NEGATED",
    "PASSIVE",
    "PAST",
    "PROHIBITIVE",
    "QUESTION",
    "REQUEST",
    "SECOND_PERSON",
    "THIRD_PARTY",
    "VOLITIONAL",
    "Clause",
    "clause_of",
    "clauses",
    "frame",
    "negated_before",
]

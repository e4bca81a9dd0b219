"""Whose words an English cue is, and whom it is aimed at, where the cue alone says
nothing of it:

- a **quote of someone else**: a threat or an insult inside quotation marks (or after
  a colon, or shouted without marks) that a third party says, shouts or writes ("my
  son keeps shouting 'I'll kill you' at his game", "the villain goes "I will find
  you"") is a report, not the customer's own act; the customer quoting themselves
  ("I told him 'I will sue'") stays theirs;
- an insult of **someone else**: the complement of a copula whose subject is the
  speaker ("I was an idiot"), someone of the speaker's or a third party's own ("my
  dog is an idiot", "my brother is such a moron") or a character of a story or a game
  ("the final boss in chapter 4 is a total bastard") is not abuse of staff;
- **underwear as a product**: lingerie or a bra asked about by its size, stock or
  return ("do you have the lingerie range in a size 12?") and not put on the listener
  ("what are you wearing", "send me a pic of you in it") is no sexual remark.

Like mamori.detect.roles, these readings use word order only (English tokens carry no
part of speech); the word classes are slots of the word lexicon (``words.yaml``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Final

from mamori.detect.clauses import EN_SECOND, Clause
from mamori.detect.morph import PRON, PUNCT, Token
from mamori.detect.roles import Later, RoleWords

#: Verbs that introduce a quote ("he goes 'I will find you'": "go" only with a quote
#: mark after it, as every verb here).
_SAYING: Final = frozenset(
    ["say", "said", "says", "saying", "shout", "yell", "scream", "go", "goes", "went", "write"]
    + ["wrote", "written", "text", "texted", "post", "posted", "tweet", "tweeted", "reply"]
    + ["replied", "sing", "sang", "chant", "mutter", "whisper", "type", "typed", "tell", "told"]
    + ["message", "messaged", "dm", "dmed", "comment", "commented", "read", "reads"]
    + ["holler", "hollered", "hollering", "yelled", "yelling", "shouted", "shouting"]
)
#: Words between a subject and its verb of saying ("my son keeps shouting").
_BEFORE_SAYING: Final = frozenset(
    ["keep", "keeps", "kept", "always", "just", "then", "constantly", "literally", "was", "is"]
    + ["will", "would", "started", "starts", "start", "like", "all", "even", "also", "did"]
    + ["does", "do", "actually", "basically", "apparently", "still", "allegedly", "has", "had"]
    + ["am", "are", "were", "be", "been", "being", "going", "gonna", "to", "not", "never"]
)
#: A message received, and the verb that gives its words without quote marks ("a
#: letter saying", "an email stating", "a text threatening").
_MESSAGES: Final = frozenset(
    ["text", "texts", "sms", "email", "emails", "letter", "letters", "message", "messages"]
    + ["voicemail", "call", "notice", "dm", "whatsapp", "note", "post", "comment", "reply"]
)
_REPORTING: Final = frozenset(["saying", "stating", "claiming", "threatening", "warning"])
_RECEIVED: Final = frozenset(
    ["got", "get", "gotten", "received", "receive", "had", "getting", "receiving"]
)
#: Who is told: the person stands between the verb and the quote ("told him '…'",
#: "texted me '…'").
_TOLD: Final = frozenset(["me", "him", "her", "them", "us", "everyone", "you", "u"])
#: Determiners of an addressee told something by a noun ("told my neighbour", "told the
#: cashier"): the quote may open after the noun.
_ADDRESSEE_DETERMINERS: Final = frozenset(
    ["my", "his", "her", "their", "our", "the", "a", "this", "that"]
)
#: Verbs of shouting: the words after one are a quote without quotation marks when
#: they open with a person ("my son keeps shouting I'll kill you at his game").
_SHOUTING: Final = frozenset(["shout", "yell", "scream", "screech", "holler"])
_SPEECH_OPENERS: Final = frozenset(["i", "we", "you", "u", "ur", "your", "ya"])
_OWN_VOICE: Final = frozenset(["i", "we"])
_QUOTE_MARKS: Final = "'\"‘’“”"
#: A quote mark that closes a quote: followed by a space, punctuation or the end (an
#: apostrophe inside a word, "i'll", is followed by a letter).
_CLOSING: Final = re.compile(r"['\"’”](?=[\s,.!?;:)]|$)")
#: How far back from the cue a verb of saying may stand.
_QUOTE_REACH: Final = 12


def quoted_from_other(text: str, toks: tuple[Token, ...], cue: int) -> bool:
    """The cue at ``toks[cue]`` is inside a quote that someone other than the speaker
    says (``text`` is the analysed text the tokens index)."""
    for v in range(cue - 1, max(-1, cue - _QUOTE_REACH - 1), -1):
        t = toks[v]
        if t.pos == PUNCT and t.surface in (".", "!", "?", ";"):
            return False
        if _received_message_says(toks, v):
            return True  # "I got a text saying I'll be taken to court": its words
        if t.lemma not in _SAYING and t.surface not in _SAYING:
            continue
        after = v + 1
        if after < cue and toks[after].surface in _TOLD:
            after += 1  # "told him 'I will find you'"
        elif (
            t.lemma == "tell"
            and after + 1 < cue
            and toks[after].surface in _ADDRESSEE_DETERMINERS
            and toks[after + 1].surface.isalpha()
            and toks[after + 1].pos not in (PRON, PUNCT)
        ):
            after += 2  # "told my neighbour 'I'll smash your face in'"
        opening = _quote_opens(text, toks, after, cue)
        if opening is None:
            # "kept hollering at the lady runners, 'Run faster …'": whom it was shouted at
            # stands between the verb and the quote
            at = _past_addressee(text, toks, after, cue)
            if at is not None:
                opening = _quote_opens(text, toks, at, cue)
        if opening is None and after > v + 1:
            # "shouted 'you stupid cow' at her": the person after the verb opens the
            # quote itself, no addressee told it.
            opening = _quote_opens(text, toks, v + 1, cue)
        if opening is None:
            if t.lemma in _SHOUTING and toks[after].surface in _SPEECH_OPENERS:
                return _subject_is_other(toks, v)  # "keeps shouting I'll kill you"
            continue
        if _CLOSING.search(text, opening + 1, toks[cue].start) is not None:
            return False  # the quote closed before the cue
        return _subject_is_other(toks, v)
    return False


def _received_message_says(toks: tuple[Token, ...], v: int) -> bool:
    """``toks[v]`` gives the words of a message the speaker received ("got a text
    saying", "received an email stating"); one the speaker sends ("I'll send you a text
    saying …") is their own."""
    if toks[v].surface not in _REPORTING or v < 1 or toks[v - 1].surface not in _MESSAGES:
        return False
    return any(t.surface in _RECEIVED for t in toks[max(0, v - 5) : v - 1])


def _quote_opens(text: str, toks: tuple[Token, ...], after: int, cue: int) -> int | None:
    """Where a quote opens right after the verb of saying: a quote mark (only spaces, a
    colon or a comma before it) or a colon ("the villain says: I will …"), as an offset
    in ``text``; None if none does."""
    start = toks[after - 1].end
    end = toks[after].start if after <= cue else start
    if after < len(toks) and toks[after].pos == PUNCT and toks[after].surface in _QUOTE_MARKS:
        return toks[after].start
    if after < cue and toks[after].surface == ":":
        return toks[after].start
    gap = text[start:end]
    colon = None
    for k, ch in enumerate(gap):
        if ch in _QUOTE_MARKS:
            return start + k
        if ch == ":":
            colon = start + k
        elif not (ch.isspace() or ch == ","):
            return None
    return colon


#: How many words an addressee after "at" may take ("at the girls on the ice").
_ADDRESSEE_REACH: Final = 6


def _past_addressee(text: str, toks: tuple[Token, ...], after: int, cue: int) -> int | None:
    """The token after "at" + its addressee ("at her", "at the lady runners,") when the
    verb of saying is followed by one: where a quote may open (a quote mark, a comma or
    a colon before it, as a token or in the gap); None without one."""
    if after >= cue or toks[after].surface != "at":
        return None
    for k in range(after + 1, min(cue, after + 2 + _ADDRESSEE_REACH) + 1):
        if toks[k].pos == PUNCT:
            return k if toks[k].surface in _QUOTE_MARKS else k + 1
        if any(ch in _QUOTE_MARKS or ch in ",:" for ch in text[toks[k - 1].end : toks[k].start]):
            return k
    return None


def _subject_is_other(toks: tuple[Token, ...], verb: int) -> bool:
    """The verb of saying has a subject, and it is not the speaker ("I said 'I'll sue'")."""
    k = verb - 1
    while k >= 0 and toks[k].surface in _BEFORE_SAYING:
        k -= 1
    if k >= 0 and toks[k].surface == "," and toks[verb].surface.endswith("ing"):
        return _sentence_subject_is_other(toks, k)  # "…, yelling 'you idiot'"
    if k < 0 or toks[k].pos == PUNCT:
        return False  # no subject: an imperative ("say 'I will sue'")
    return toks[k].surface not in _OWN_VOICE


def _sentence_subject_is_other(toks: tuple[Token, ...], comma: int) -> bool:
    """A participle after a comma ("one of the runners got aggressive, yelling …") has the
    subject of its sentence: the first word after its openers, not "I" or "we" ("I
    stormed off, yelling …" is the speaker's own)."""
    k = comma
    while k > 0 and not (toks[k - 1].pos == PUNCT and toks[k - 1].surface in ".!?;"):
        k -= 1
    while k < comma and (toks[k].surface in _OPENERS or toks[k].pos == PUNCT):
        k += 1
    return k < comma and toks[k].surface not in _OWN_VOICE


#: The copula linking a subject to an insult ("is", "'s", "was being").
_COPULA: Final = frozenset(["is", "was", "are", "were", "am", "be", "been", "being", "s", "m"])
#: Words between the copula and the insult ("such a total", "a right", "an absolute").
_BEFORE_INSULT: Final = frozenset(
    ["a", "an", "such", "so", "total", "totally", "right", "real", "absolute", "absolutely"]
    + ["complete", "completely", "proper", "utter", "bit", "of", "little", "big", "massive"]
    + ["huge", "fucking", "bloody", "being", "like", "the", "biggest", "most", "just", "such"]
    + ["kind", "sort", "actual", "certified", "literal", "an", "really", "very", "pretty"]
    + ["is", "was", "being", "been", "always", "sometimes", "honestly", "lowkey", "kinda"]
)
#: Words that may open a clause before its subject ("lol my brother is …").
_OPENERS: Final = frozenset(
    ["lol", "haha", "lmao", "omg", "ok", "okay", "so", "and", "but", "well", "honestly", "tbh"]
    + ["also", "anyway", "because", "cause", "cuz", "yeah", "oh", "ugh", "literally", "though"]
)
#: Possessives of the speaker or of a third party: "my dog", "her brother".
_OWN_OR_OTHERS: Final = frozenset(["my", "our", "his", "her", "their", "mine"])
#: Relative words: "the guy who sold me the game" may well be staff.
_RELATIVE: Final = frozenset(["who", "that", "which", "whom", "whose"])
#: "final boss", "end boss": a game's boss, not the company's.
_GAME_BOSS: Final = frozenset(["final", "end", "level", "big", "last", "secret", "raid"])


def insults_speaker(toks: tuple[Token, ...], cue: int, clause: Clause) -> bool:
    """The insult at ``toks[cue]`` is the speaker's of themselves, with no listener in
    the clause ("I'm such an idiot, forgot my PIN", "I was a right muppet"): a blunder
    owned, no abuse of anyone."""
    subject = _insult_subject(toks, cue, clause)
    return subject is not None and [t.surface for t in subject] == ["i"]


#: Verbs of the speaker's intent or regret before "to be a …" ("not trying to be a
#: jerk", "sorry to be a pain", "I hate to be that idiot who …").
_SELF_INTENT: Final = frozenset(
    ["try", "trying", "tryin", "tried", "mean", "meaning", "meant", "want", "wanting", "hate"]
    + ["sorry", "intend", "intending", "aim", "aiming", "like", "going", "pretend", "pretending"]
)
#: Words that may stand before that verb when the speaker is its subject ("I'm not",
#: "I really don't", "honestly not").
_SELF_LEAD: Final = frozenset(
    ["i", "im", "m", "am", "not", "never", "dont", "do", "really", "just", "honestly", "truly"]
    + ["genuinely", "id", "d", "would", "so", "and", "but", "also", "certainly", "definitely"]
    + ["very", "was", "wasnt", "didnt", "did"]
)


def describes_self(toks: tuple[Token, ...], cue: int, clause: Clause) -> bool:
    """The insult at ``toks[cue]`` is the speaker's word for how they may come across,
    the role they do not mean to play ("Not trying to be a jerk, but …", "sorry to be a
    pain", "I don't mean to be rude"): "to be a/an/that …" after a verb of intent or
    regret whose subject is the speaker or left out, and no listener in the clause
    ("I want you to be a jerk", "you're trying to be a jerk" stay)."""
    span = toks[clause.start : clause.end]
    if any(t.surface in EN_SECOND or t.surface in ("your", "ur", "yours") for t in span):
        return False
    k = cue - 1
    while k > clause.start and toks[k].surface in _BEFORE_INSULT - _COPULA:
        k -= 1
    if k - 1 <= clause.start or toks[k].surface != "be" or toks[k - 1].surface != "to":
        return False
    k -= 2
    if toks[k].surface not in _SELF_INTENT:
        return False
    k -= 1
    while k >= clause.start and toks[k].surface in _SELF_LEAD | _OPENERS:
        k -= 1
    # The clause's start, or a capital opening a new sentence unpunctuated (voice input:
    # "… hasn't arrived Not trying to be a jerk"). "Don't try to be a jerk": an order
    # to the listener, not the speaker's own role.
    opens = k < clause.start or toks[k + 1].proper
    return opens and toks[k + 1].surface not in _ORDER_LEAD


#: A negated imperative opening the clause: its subject is the listener.
_ORDER_LEAD: Final = frozenset(["dont", "do", "never", "stop", "quit"])


#: Past forms of "call" that report a name someone was called ("called him a …").
_CALLED: Final = frozenset(["called", "calling", "calls"])
#: Who may be the speaker calling a name in the moment: "I called you a …" stays.
_NAMER_HERE: Final = frozenset(["i", "we", "you", "u", "ill", "im"])
#: The listener as the one called a name.
_CALLED_LISTENER: Final = frozenset(["you", "u", "ya", "yourself", "yourselves"])


def reports_insult(toks: tuple[Token, ...], cue: int, clause: Clause) -> bool:
    """The insult at ``toks[cue]`` is a name someone else called a third party, told as
    an account ("a driver called him a useless old c*nt, thought you should know",
    "a man called your driver a stupid prick"): "called" before it in the clause, its
    subject not the speaker or the listener, its object not the listener, and "a"/"an"
    between the object and the insult."""
    for k in range(max(clause.start, cue - 8), cue):
        if toks[k].surface not in _CALLED:
            continue
        before = toks[k - 1].surface if k > 0 else ""  # the subject may open a clause before
        after = toks[k + 1].surface if k + 1 < cue else ""
        if before in _NAMER_HERE or not before or after in _CALLED_LISTENER or not after:
            return False
        return any(t.surface in ("a", "an") for t in toks[k + 2 : cue])
    return False


def in_a_name(toks: tuple[Token, ...], cue: list[int]) -> bool:
    """The insult is a word of a name written in capitals inside the sentence (a band,
    a team, a pub, a title: "doors open for Arctic Monkeys", "tickets for the Dead
    Kennedys"): every cue word capitalised, beside another capitalised word that is no
    pronoun, in a sentence not written in capitals throughout ("You Are All Morons")."""
    if not all(toks[i].proper for i in cue):
        return False
    before, after = cue[0] - 1, cue[-1] + 1
    beside = [
        toks[j]
        for j in (before, after)
        if 0 <= j < len(toks) and toks[j].proper and toks[j].pos != PRON
    ]
    if not beside:
        return False
    words = [t for t in toks if t.surface.isalpha()]
    return sum(t.proper for t in words) * 2 < len(words)


#: What an order-shaped insult's verb may follow when it is wished or planned ("I want
#: to learn English", "my son is trying hard to learn to read", "I'd love to").
_WISH_CHAIN: Final = frozenset(
    ["to", "want", "wants", "wanted", "wanna", "would", "d", "like", "love", "hope", "hoping"]
    + ["try", "trying", "tries", "tried", "plan", "planning", "going", "am", "m", "is", "are"]
    + ["was", "were", "need", "needs", "have", "has", "really", "also", "still", "just", "hard"]
    + ["help", "helps", "helping", "me", "him", "her", "us", "them", "decided", "started"]
    + ["starting", "begin", "began", "keen", "eager", "learning", "able", "be", "and", "been"]
)
#: Orders an insult may be made of: the verb that opens the cue.
_ORDER_VERBS: Final = frozenset(["learn", "use", "get", "go"])
_SPEAKER_SIDE: Final = frozenset(["i", "we", "id", "im", "ive"])
_SPEAKER_OWN: Final = frozenset(["my", "our"])


def own_learning(toks: tuple[Token, ...], cue: list[int], clause: Clause) -> bool:
    """An insult made of an order ("learn English", "learn to read", "use your head") is
    the speaker's own plan or that of someone of theirs: its verb follows "to" of a wish
    or a plan whose subject is "I"/"we" or "my"/"our" + a noun ("I want to learn
    English", "my mum has been trying to learn to read"). The listener anywhere before
    it ("I want you to learn English", "your staff need to learn English") keeps it."""
    first = cue[0]
    if toks[first].surface not in _ORDER_VERBS or first == 0 or toks[first - 1].surface != "to":
        return False
    k = first - 1
    while k >= clause.start and toks[k].surface in _WISH_CHAIN:
        k -= 1
    if k < clause.start:
        return False
    if any(
        t.surface in EN_SECOND or t.surface in ("your", "ur") for t in toks[clause.start : first]
    ):
        return False
    if toks[k].surface in _SPEAKER_SIDE:
        return True
    return k > clause.start and toks[k - 1].surface in _SPEAKER_OWN


#: Deeds and things a superlative insult word may rank ("the dumbest thing I ever
#: did", "a stupid mistake"): no person is called so.
_DEEDS: Final = frozenset(
    ["thing", "things", "idea", "ideas", "mistake", "mistakes", "decision", "decisions"]
    + ["move", "moves", "part", "bit", "choice", "choices", "purchase"]
)


def ranks_deed(toks: tuple[Token, ...], cue: int) -> bool:
    """The insult adjective at ``toks[cue]`` qualifies a deed or a thing right after it
    ("the dumbest thing I ever did was skip the warranty")."""
    return cue + 1 < len(toks) and toks[cue + 1].surface in _DEEDS


def _insult_subject(toks: tuple[Token, ...], cue: int, clause: Clause) -> tuple[Token, ...] | None:
    """The subject linked by a copula to the insult at ``toks[cue]`` ("my dog" in "my
    dog is an idiot"), or None: a listener in the clause, no copula, no subject."""
    span = toks[clause.start : clause.end]
    if any(t.surface in EN_SECOND or t.surface in ("your", "ur", "yours") for t in span):
        return None
    k = cue - 1
    while k > clause.start and toks[k].surface in _BEFORE_INSULT - _COPULA:
        k -= 1
    if k <= clause.start or toks[k].surface not in _COPULA:
        return None
    start = clause.start
    while start < k and toks[start].surface in _OPENERS:
        start += 1
    subject = toks[start:k]
    if not subject or any(t.pos == PUNCT for t in subject):
        return None
    return subject


#: Words that open a likening: "as useful as", "like".
_LIKENING: Final = frozenset(["as", "like"])


def crude_likening(toks: tuple[Token, ...], cue: list[int]) -> bool:
    """The sexual word is the image of a crude likening ("as useful as tits on a bull",
    "like tits on a fish"): "on a(n)" right after it and "as"/"like" just before it. It
    says something is useless; it remarks on no one's body."""
    i = cue[-1]
    return (
        i + 2 < len(toks)
        and toks[i + 1].surface == "on"
        and toks[i + 2].surface in ("a", "an")
        and any(t.surface in _LIKENING for t in toks[max(0, cue[0] - 2) : cue[0]])
    )


def sports_ball(toks: tuple[Token, ...], cue: list[int]) -> bool:
    """The body word is "ball" in the singular ("the pinsetter ate my ball", "lost my
    ball in the lake"): a game's ball, one of a kind; the body word is plural ("my
    balls") and stays."""
    return any(toks[i].surface == "ball" for i in cue)


#: Words between a thing and "turned on" that leave it the thing switched ("the gas is
#: turned on", "get the heating turned on", "have my water all turned on again").
_SWITCH_GAP: Final = frozenset(
    ["is", "are", "was", "were", "be", "been", "being", "s", "get", "got", "gotten", "getting"]
    + ["all", "already", "just", "finally", "still", "not", "never", "properly", "back"]
)
#: Determiners and possessives that open a noun phrase of a thing.
_SWITCH_DET: Final = frozenset(
    ["the", "a", "an", "this", "that", "these", "those", "its", "my", "our", "your", "their"]
)


def switched_on(toks: tuple[Token, ...], cue: list[int], clause: Clause, words: RoleWords) -> bool:
    """ "turned on" (or "turn on") of a supply or a device: a noun phrase of one just
    before it, after a determiner ("how do I get the gas turned on?", "is the heating
    turned on yet"), or just after it ("they turned on the water at 9"). The thing must
    be one (``words.switchable``, ``words.thing``): a person turned on — a pronoun, a
    name, any other word ("I'm so turned on", "you got me turned on", "is your
    girlfriend turned on") — stays."""
    if len(cue) != 2 or toks[cue[1]].surface != "on" or not toks[cue[0]].surface.startswith("turn"):
        return False
    switchable = words.switchable | words.thing
    after = cue[1] + 1
    if after < clause.end and toks[after].surface in _SWITCH_DET:
        noun = [t for t in toks[after + 1 : min(after + 4, clause.end)] if t.surface.isalpha()]
        if noun and not noun[0].keys.isdisjoint(switchable):
            return True  # else a time may follow: "the gas turned on that morning"
    b = cue[0] - 1
    while b >= clause.start and toks[b].surface in _SWITCH_GAP | _DEGREE:
        b -= 1
    if b < clause.start or toks[b].keys.isdisjoint(switchable) or _personal(toks[b], words):
        return False
    return any(toks[k].surface in _SWITCH_DET for k in range(max(clause.start, b - 3), b))


def insults_other(toks: tuple[Token, ...], cue: int, clause: Clause, words: RoleWords) -> bool:
    """The insult at ``toks[cue]`` is said of the speaker, of someone of their own or a
    third party's, or of a character of a story ("my dog is an idiot", "the villain is a
    right bastard"), with no listener in the clause."""
    subject = _insult_subject(toks, cue, clause)
    if subject is None:
        return False
    first = subject[0].surface
    if first == "i" and len(subject) == 1:
        return True  # "I was an idiot and ordered the wrong size"
    if any(t.surface in _RELATIVE for t in subject[1:]):
        return False
    if first in _OWN_OR_OTHERS:
        # "my brother", "our landlord"; not "my agent", "my rep" (staff of theirs)
        return all(t.keys.isdisjoint(words.staff_role) for t in subject[1:])
    if first in ("the", "this", "that"):
        for j, t in enumerate(subject):
            if not t.keys.isdisjoint(words.fiction):
                return True
            if t.surface == "boss" and j > 0 and subject[j - 1].surface in _GAME_BOSS:
                return True
    return False


#: The listener with something on: "you in it", "you wearing", "have you got on".
_ON_LISTENER: Final = frozenset(["in", "wearing", "wear", "wore", "worn", "look", "looks"])
_GOT_ON: Final = frozenset(["got", "have", "had"])


def apparel_product(
    toks: tuple[Token, ...], cue: list[int], clause: Clause, words: RoleWords
) -> bool:
    """An item of underwear named by the cue (or by the word after it: "sexy lingerie")
    is asked about as a product (a size, stock, a return, an order) and nothing in the
    clause puts it on the listener ("your bra size"; "your lingerie section" is the
    company's)."""
    named = [*cue, cue[-1] + 1] if cue[-1] + 1 < clause.end else cue
    if all(toks[i].keys.isdisjoint(words.apparel) for i in named):
        return False
    span = range(clause.start, clause.end)
    if all(toks[k].keys.isdisjoint(words.shopping) for k in span):
        return False
    for k in span:
        t = toks[k]
        if t.surface in ("your", "ur") and _worn_by_listener(toks, k, clause, words):
            return False  # "your underwear", "ur bra size"
        if t.surface in EN_SECOND and k + 1 < clause.end:
            nxt = toks[k + 1].surface
            if nxt in _ON_LISTENER:
                return False  # "you in the lingerie", "you wearing"
            if nxt in _GOT_ON and k + 2 < clause.end and toks[k + 2].surface == "on":
                return False  # "what have you got on"
            if nxt in _GOT_ON and k + 3 < clause.end and toks[k + 3].surface == "on":
                return False
    return True


#: What a shop has of a kind of garment: "your lingerie section" is no garment worn.
_STOCKED: Final = frozenset(
    ["range", "ranges", "section", "collection", "department", "line", "selection", "sale"]
    + ["catalogue", "website", "page", "store", "shop", "brand", "stock", "aisle", "offer"]
)


def _worn_by_listener(toks: tuple[Token, ...], k: int, clause: Clause, words: RoleWords) -> bool:
    """The garment after "your" at ``toks[k]`` is the listener's own, not the shop's."""
    for j in range(k + 1, min(k + 4, clause.end)):
        if not toks[j].keys.isdisjoint(words.apparel):
            nxt = toks[j + 1].surface if j + 1 < clause.end else ""
            return nxt not in _STOCKED
    return False


#: Words of allure, said of a person or of a thing ("the dress is so sexy").
_ALLURE: Final = frozenset(["sexy"])
#: Degree words between a copula or a determiner and the adjective.
_DEGREE: Final = frozenset(
    ["so", "really", "very", "quite", "pretty", "super", "damn", "bloody", "kinda", "rather"]
    + ["too", "just", "more", "most", "totally", "absolutely", "properly", "well", "sooo", "soo"]
    + ["such", "bit", "little", "a", "honestly", "actually", "also", "still", "always"]
)
_COPULAS: Final = frozenset(
    ["is", "are", "was", "were", "be", "been", "look", "looks", "looked", "looking", "seem"]
    + ["seems", "seemed", "feel", "feels", "felt", "s"]
)
#: Determiners of a thing's noun phrase (not "your": "your car is sexy" may be a pretext).
_THING_DET: Final = frozenset(["the", "a", "an", "this", "that", "these", "those", "its"])
_THING_DET_ALL: Final = _THING_DET | {"their", "our", "my", "some", "any"}
#: What allure says of the person: their voice, their looks, a person word.
_OF_A_PERSON: Final = frozenset(
    ["voice", "voices", "laugh", "smile", "thing", "things", "one", "self", "accent", "babe"]
    + ["baby", "lips", "eyes", "figure", "mama", "mami", "beast", "he", "she", "him", "her"]
    + ["his", "they", "them", "i", "me", "we", "us", "yourself", "looks", "lady", "ladies"]
)
#: Animals: the person words hold pets ("kill your dog"), but a groomed pet called
#: sexy describes no person.
_ANIMALS: Final = frozenset(
    ["dog", "dogs", "cat", "cats", "pet", "pets", "puppy", "pup", "kitten", "pooch", "doggo"]
    + ["horse", "pony"]
)
#: Times and doings: "a sexy night", "a sexy weekend away" are spent with someone.
_OCCASIONS: Final = frozenset(
    ["night", "nights", "evening", "evenings", "weekend", "weekends", "time", "times", "date"]
    + ["dates", "dance", "dances", "chat", "chats", "talk", "fun", "moment", "moments"]
    + ["getaway", "massage", "photo", "photos", "pic", "pics", "picture", "pictures", "selfie"]
    + ["video", "videos", "call", "calls", "message", "messages", "text", "texts", "surprise"]
)
_NP_END: Final = frozenset(
    ["of", "for", "to", "with", "at", "in", "on", "by", "from", "about", "and", "or", "but"]
    + ["after", "before", "since", "until", "till", "again", "already", "lol", "haha", "tho"]
    # sentence particles of Singaporean and Malaysian English
    + ["lah", "la", "leh", "lor", "meh", "sia", "ah", "eh"]
    + ["if", "so", "then", "now", "today", "tonight", "when", "because", "as", "than", "too"]
)


def thing_allure(toks: tuple[Token, ...], cue: list[int], clause: Clause, words: RoleWords) -> bool:
    """ "sexy" describes a thing: a noun phrase of a thing after a determiner ("the sexy
    halloween costumes"), or the subject of a copula that is one ("the red dress looks
    so sexy", "the new model's design is sexy"). A person, the listener, their voice or
    looks anywhere in the subject, or the listener just after ("sexy on you"), is no
    thing."""
    if any(toks[i].surface not in _ALLURE for i in cue):
        return False
    k, end = cue[-1], clause.end
    if any(toks[j].surface in EN_SECOND for j in range(k + 1, min(k + 4, end))):
        return False  # "looks sexy on you"
    head = k
    j = k + 1
    while j < end and j <= k + 3 and toks[j].surface.isalpha() and toks[j].surface not in _NP_END:
        head = j
        j += 1
    b = cue[0] - 1
    while b >= clause.start and toks[b].surface in _DEGREE:
        b -= 1
    if head > k:  # attributive: "the sexy halloween costumes"
        if _personal(toks[head], words) or toks[head].surface in _OCCASIONS:
            return False  # "a sexy night in with you" is an advance, no thing
        if b >= clause.start and toks[b].surface in EN_SECOND:
            return False  # "you sexy thing"
        # A determiner before it (also among the degree words passed over: "wants a
        # sexy convertible", "a really sexy watch"), a shopping noun as its head, or a
        # shopping word in the clause ("do you sell sexy costumes in size M?"): a
        # product asked about.
        if any(
            toks[i].surface in _THING_DET_ALL for i in range(max(b, clause.start), cue[0])
        ) or any(not toks[i].keys.isdisjoint(words.shopping) for i in range(clause.start, end)):
            return True
        # else the word after may be no noun at all ("… damn sexy leh"): read on as a
        # predicate
    if b < clause.start:
        return False
    # The copula may be dropped before a degree word, as in Singaporean or casual
    # English ("the new plan damn sexy"): the subject then ends just before it.
    dropped = toks[b].surface not in _COPULAS and b < cue[0] - 1 and toks[b].surface.isalpha()
    if toks[b].surface not in _COPULAS and not dropped:
        return False
    stop = b + 1 if dropped else b
    subject = range(clause.start, stop)
    if not subject or any(
        (_personal(toks[i], words) and toks[i].surface not in _ANIMALS)
        or toks[i].surface in EN_SECOND
        for i in subject
    ):
        return False
    # A product the company sells ("your new plan", "the app") or the speaker's own
    # thing or pet ("my dog looks so sexy after the trim"): no person is described.
    if any(not toks[i].keys.isdisjoint(words.thing | words.shopping) for i in subject):
        return True
    return any(
        toks[i].surface in _THING_DET_ALL and toks[i].surface != "their"
        for i in range(max(clause.start, stop - 5), stop)
    )


def _personal(t: Token, words: RoleWords) -> bool:
    """A word for a person or what allure says of one (their voice, their body)."""
    return (
        t.surface in _OF_A_PERSON
        or not t.keys.isdisjoint(words.person)
        or not t.keys.isdisjoint(words.body)
        or not t.keys.isdisjoint(words.staff_role)
        or not t.keys.isdisjoint(words.names)
        or t.proper
    )


#: Auxiliaries of the perfect and the past ("have spoken", "did talk", "was sacked").
_PAST_AUX: Final = frozenset(["have", "has", "had", "ve", "did", "was", "were"])
#: Words between such an auxiliary and its verb.
_AFTER_AUX: Final = frozenset(["not", "never", "only", "already", "just", "ever", "always", "nt"])
#: Past participles without the -ed ending the analyser marks as past.
_PARTICIPLES: Final = frozenset(
    ["spoken", "dealt", "been", "seen", "told", "gone", "done", "had", "met", "got", "gotten"]
)
_MODAL: Final = frozenset(["will", "shall", "gonna", "would", "should", "must", "need", "needs"])


def told_of_past(toks: tuple[Token, ...], clause: Clause) -> bool:
    """The clause tells of the past with an auxiliary ("I have not spoken to anyone but
    Laura", "Kevin was sacked last year") and no modal: what happened, not a demand."""
    span = toks[clause.start : clause.end]
    if any(t.surface in _MODAL for t in span):
        return False
    if _punishment_asked(span):
        return False  # "what disciplinary action has been taken against her?"
    for k, t in enumerate(span):
        if t.surface not in _PAST_AUX:
            continue
        if _confirmation_asked(span[:k]):
            return False  # "tell me Sarah has been disciplined": the past is demanded
        j = k + 1
        while j < len(span) and span[j].surface in _AFTER_AUX:
            j += 1
        if j == len(span) or span[j].surface == "to":
            continue  # "I have to speak to Laura"
        if t.surface == "did" or span[j].cform == "past" or span[j].surface in _PARTICIPLES:
            return True
    return False


#: A staff member's punishment, by its verbs and their nouns.
_PUNISHMENT: Final = frozenset(
    ["discipline", "disciplined", "disciplinary", "sack", "sacked", "fire", "fired", "dismiss"]
    + ["dismissed", "suspend", "suspended", "reprimand", "reprimanded", "punish", "punished"]
    + ["demote", "demoted", "written"]
)
#: What opens a question about an outcome.
_ASKS_OUTCOME: Final = frozenset(["what", "which", "has", "have", "had", "was", "were", "did"])


def _punishment_asked(span: tuple[Token, ...]) -> bool:
    """The clause asks whether a staff member was punished ("has he been disciplined
    yet", "I want to know whether the clerk was written up"): a punishment word, and a
    question or "whether"/"if" before it, or "yet" after. What the customer demands
    put as a past passive, not the past told."""
    for k, t in enumerate(span):
        if t.surface in _PUNISHMENT or t.lemma in _PUNISHMENT:
            return (
                (k > 0 and span[0].surface in _ASKS_OUTCOME)
                or any(w.surface in ("whether", "if") for w in span[:k])
                or any(w.surface in ("yet", "?") for w in span[k:])
            )
    return False


#: Orders to confirm a fact: "tell me …", "confirm …", "I want confirmation that …".
_CONFIRM_ORDER: Final = frozenset(["tell", "confirm", "show", "prove", "assure"])
_BEFORE_ORDER: Final = frozenset(["please", "pls", "just", "now", "so", "and", "then"])


def _confirmation_asked(before: tuple[Token, ...]) -> bool:
    """The words before a past auxiliary ask that it be confirmed: an order opening the
    clause ("tell me", "please confirm") or a confirmation asked for; "Kevin told me he
    was sacked" tells of the past."""
    for k, t in enumerate(before):
        if t.surface in ("confirmation", "proof"):
            return True
        if t.surface in _CONFIRM_ORDER and all(w.surface in _BEFORE_ORDER for w in before[:k]):
            return True
    return False


def only_asked(toks: tuple[Token, ...], clause: Clause, asked: bool) -> bool:
    """A fragment opened by "only"/"just" in a sentence that ends with a question mark
    ("only kevin?", "just sophie?"): asking whether it is that person, not demanding
    them (``asked``: the sentence's question mark, which the analysed words may lack)."""
    ws = toks[clause.start : clause.end]
    if not ws or ws[0].surface not in ("only", "just"):
        return False
    return asked or any(t.surface == "?" for t in toks[clause.start : clause.end + 1])


#: Auxiliaries that open a yes/no question about someone: "is Tanaka …", "does Amy …".
_YES_NO: Final = frozenset(["is", "does", "do", "has", "have", "are", "was"])
#: Greetings and connectives before the question: "hi is Yamada still there?".
_GREETINGS: Final = frozenset(["hi", "hello", "hey", "and", "so", "also", "btw", "oh", "just"])
#: What "still" asks of a person at the company: working there, being there.
_STILL_THERE: Final = frozenset(
    ["work", "working", "works", "there", "employed", "with", "at", "on", "in"]
)


def asks_still_there(
    toks: tuple[Token, ...],
    clause: Clause,
    asked: bool,
    words: RoleWords,
    nxt: tuple[Token, ...] = (),
) -> bool:
    """A yes/no question whether a named member still works there ("Is Tanaka still
    working there?", "does Amy still work at the Leeds branch?"): an auxiliary opens the
    clause, the name (one or two words) follows, then "still" and a word of working or
    being there; the sentence ends with a question mark (``asked``). An inquiry, often
    to reach them again, not a call for their removal. "Why/how is Tanaka still working
    there?" (no auxiliary first), the disbelieving "Tanaka still works there?!", a
    clause that goes on to blame ("… after what he did") and a question followed by a
    sentence ``nxt`` of dismissal, blame or disbelief ("… Get rid of them.", "… He should
    be sacked.", "… Unbelievable.") stay."""
    ws = toks[clause.start : clause.end]
    while ws and ws[0].surface in _GREETINGS:
        ws = ws[1:]  # "hi is Yamada still there?"
    if not asked or len(ws) < 4 or ws[0].surface not in _YES_NO:
        return False
    k = 1
    while k < len(ws) and k <= 2 and ws[k].surface != "still":
        k += 1
    if k >= len(ws) - 1 or ws[k].surface != "still" or ws[k + 1].surface not in _STILL_THERE:
        return False
    # nothing after the place: "… after what he did", "… even though he lied"
    rest = [t.surface for t in ws[k + 2 :] if t.pos != PUNCT]
    if len(rest) > 4 or any(r in _AFTER_ALL for r in rest):
        return False
    return not any(
        t.surface in _DISMISSAL or t.lemma in _DISMISSAL or not t.keys.isdisjoint(words.blame)
        for t in nxt
    )


#: A sentence after the question that wants the person gone or disbelieves it: "Get
#: rid of them.", "He should be sacked.", "Unbelievable."
_DISMISSAL: Final = frozenset(
    ["fire", "fired", "sack", "sacked", "rid", "remove", "removed", "discipline", "disciplined"]
    + ["dismiss", "dismissed", "job", "gone", "go", "unbelievable", "incredible", "joke"]
    + ["disgrace", "disgraceful", "ridiculous", "shocking", "disgusting", "seriously", "how"]
    + ["why", "should", "deserve", "deserves", "blame", "fault", "terminate", "terminated"]
)
#: Words that turn the question into disbelief: "… after what he did", "… despite".
_AFTER_ALL: Final = frozenset(["after", "despite", "even", "though", "although", "when"])


__all__ = [
    "apparel_product",
    "asks_still_there",
    "insults_other",
    "only_asked",
    "quoted_from_other",
    "sports_ball",
    "thing_allure",
    "told_of_past",
]


#: What a fee or an item is taken off: a charge, or the record it stands on ("it's
#: still on my account", "a £3.40 fine").
_CHARGES: Final = frozenset(
    ["fine", "fines", "fee", "fees", "charge", "charges", "penalty", "surcharge", "interest"]
    + ["account", "bill", "invoice", "statement", "record", "card", "balance", "tab", "loan"]
    + ["loans", "booking", "order", "basket", "list", "subscription", "cost", "amount", "price"]
)
#: Things worn that "it" may stand for beside the apparel words ("nice top, take it off").
_WORN: Final = frozenset(
    ["top", "shirt", "tshirt", "dress", "jacket", "uniform", "mask", "hat", "coat", "clothes"]
    + ["jumper", "skirt", "trousers", "jeans", "shoes", "tie", "blouse", "hoodie", "scarf"]
    + ["lanyard", "badge", "glasses", "cap", "vest", "shorts", "costume", "outfit", "gown"]
)


def charge_taken_off(
    toks: tuple[Token, ...],
    cue: list[int],
    earlier: Later,
    words: RoleWords,
) -> bool:
    """ "take it off" where "it" is a charge or an item on the customer's record named
    before it, in the sentence or the one or two before ("I've got a £3.40 fine. Could
    someone take it off?", "it's still on my account … take it off"): the nearest such
    word before the cue is a charge or a record, not a garment or a body part ("nice
    top, take it off" stays). ``earlier`` gives the sentences before, nearest first; they
    are analysed only when the cue's own sentence names neither."""
    if not any(toks[i].surface == "it" for i in cue):
        return False
    for sentence in _nearest_first(toks[: cue[0]], earlier):
        for t in reversed(sentence):
            if (
                t.surface in _WORN
                or not t.keys.isdisjoint(words.apparel)
                or not t.keys.isdisjoint(words.body)
            ):
                return False
            if t.surface in _CHARGES:
                return True
    return False


#: What an animal does by habit, told as a warning to whoever handles it ("she bites",
#: "one of them scratches").
_PET_HABITS: Final = frozenset(
    ["bite", "scratch", "nip", "snap", "growl", "hiss", "peck", "kick", "claw", "lunge"]
)
#: The speaker acting, a condition on the listener, or the animal sent: a threat
#: ("if you come back he'll kill you", "I'll set him on you").
_PET_THREAT_WORDS: Final = frozenset(
    ["i", "we", "if", "unless", "when", "next", "set", "sic", "send", "let", "loose", "unleash"]
)
_THIRD_PRONOUNS: Final = frozenset(["he", "she", "it", "they"])


def pet_does_harm(toks: tuple[Token, ...], cue: list[int], clause: Clause, earlier: Later) -> bool:
    """A pet's habit warned of to whoever will handle it ("I'm booking a trim for my two
    cats. One of them scratches badly, he'll try to kill you, just warning you"): the
    harm's subject is the animal or a third-person pronoun, and the cue's sentence or
    one of the two before names an animal and what it does by habit. The speaker
    acting, a condition on the listener or the animal sent ("my dog bites. If you come
    back he'll kill you", "I'll set him on you") stays a threat, as does a person
    ("my brother is coming, he'll kill you": no animal, no habit)."""
    before = toks[clause.start : cue[0]]
    if not any(t.surface in _THIRD_PRONOUNS or t.lemma in _ANIMALS for t in before):
        return False
    if any(t.surface in _PET_THREAT_WORDS or t.lemma in _PET_THREAT_WORDS for t in toks):
        return False  # the whole sentence: a condition is a clause of its own
    animal = habit = False
    for sentence in _nearest_first(toks[: cue[0]], earlier):
        animal = animal or any(t.lemma in _ANIMALS or t.surface in _ANIMALS for t in sentence)
        habit = habit or any(t.lemma in _PET_HABITS for t in sentence)
        if animal and habit:
            return True
    return False


def _nearest_first(own: tuple[Token, ...], earlier: Later) -> Iterator[Sequence[Token]]:
    yield own
    yield from earlier()


#: An online audience: the crowd a post reaches ("my followers", "the internet").
_AUDIENCE: Final = frozenset(
    ["follower", "followers", "subscriber", "subscribers", "viewer", "viewers", "fan", "fans"]
    + ["audience", "internet", "reddit", "twitter", "tiktok", "comments", "commenters", "mutuals"]
)
#: Verbs of harm an audience does with words: a pile-on, not a blow.
_PILE_ON: Final = frozenset(["destroy", "destroys", "ruin", "ruins", "bury", "buries", "roast"])
#: Words between the audience and the verb ("will", "are going to", "would").
_PILE_ON_LEAD: Final = frozenset(["will", "would", "gonna", "ll", "shall", "can", "could"])


def audience_does_harm(toks: tuple[Token, ...], cue: list[int], clause: Clause) -> bool:
    """The harm is an online audience's, in words ("I'll post it on TikTok, my followers
    will destroy you", "the internet is going to ruin you"): the subject of destroy,
    ruin, bury or roast is the speaker's followers or the internet — online defamation,
    which its own rules read, not violence. The speaker or anyone sent to act ("I'll
    destroy you", "my brother will destroy you") stays."""
    if toks[cue[0]].surface not in _PILE_ON:
        return False
    k = cue[0] - 1
    while k >= clause.start and toks[k].surface in _PILE_ON_LEAD | _BEFORE_SAYING:
        k -= 1
    return k >= clause.start and toks[k].surface in _AUDIENCE

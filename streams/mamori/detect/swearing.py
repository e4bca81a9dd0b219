"""Swearing that insults no one: an exclamation ("ffs", "holy shit", "oh fuck") or an
intensifier of praise ("fucking amazing", "bloody brilliant"). English only; the
content detector drops an abusive cue that is nothing but one of these."""

from __future__ import annotations

from typing import Final

from mamori.detect.morph import PUNCT, Token

#: Words that open an exclamation with a swear word right after them.
_EXCLAIMING: Final = frozenset(["holy", "oh", "ah", "aw", "aww", "ugh", "argh", "well", "bloody"])
#: Swear words used as exclamations ("holy shit", "oh fuck", "fuck's sake").
_EXPLETIVES: Final = frozenset(
    ["shit", "fuck", "crap", "hell", "fucking", "fuckin", "shite", "bollocks", "christ"]
)
#: What closes an exclamation after a swear word: "fucking hell", "bloody hell".
_EXCLAIMED: Final = frozenset(["hell", "christ", "sake"])
#: Words that turn an exclamation on the listener: "hell no", "ffs you", "ffs stop".
_RETORT: Final = frozenset(
    ["no", "nope", "yes", "you", "u", "ur", "youre", "stop", "shut", "listen", "answer"]
)
#: Praise a swear word may intensify ("fucking amazing", "shit hot" aside).
_PRAISE_AFTER: Final = frozenset(
    ["amazing", "brilliant", "awesome", "incredible", "fantastic", "great", "love", "loving"]
    + ["beautiful", "gorgeous", "perfect", "class", "unreal", "superb", "excellent", "good"]
    + ["delicious", "lovely", "wonderful", "legendary", "epic", "quick", "fast", "helpful"]
)


def only_exclaims(toks: tuple[Token, ...], cue: list[int]) -> bool:
    """The cue's swear words (at least one) are all exclamations or intensifiers of
    praise ("ffs" is read as three words, "for fuck sake")."""
    swears = [i for i in cue if toks[i].lemma in _EXPLETIVES or toks[i].surface in _EXPLETIVES]
    if not swears or not all(exclaims(toks, i) for i in swears):
        return False
    # An exclamation that retorts to the listener ("FUCKING HELL NO", "ffs you …") is
    # said at them: it stays.
    k = max(swears) + 1
    while k < len(toks) and toks[k].surface in _EXCLAIMED | {"sake"}:
        k += 1
    return k >= len(toks) or toks[k].surface not in _RETORT


def exclaims(toks: tuple[Token, ...], cue: int) -> bool:
    """The swear word at ``toks[cue]`` is an exclamation or an intensifier of praise:
    "for fuck's sake" (read from "ffs"), "holy shit", "oh fuck", "fucking amazing".
    What follows the exclamation is read on its own ("ffs you're useless" still has
    "useless")."""
    t = toks[cue]
    if t.lemma not in _EXPLETIVES and t.surface not in _EXPLETIVES:
        return False
    prev = toks[cue - 1].surface if cue > 0 else ""
    nxt = toks[cue + 1].surface if cue + 1 < len(toks) else ""
    if prev == "for" and nxt == "sake":
        return True  # "for fuck's sake", "ffs"
    if prev in _EXCLAIMING and (cue == 1 or toks[cue - 2].pos == PUNCT):
        return True  # "holy shit", "oh fuck" opening a clause
    if nxt in _EXCLAIMED and (cue == 0 or prev in _EXCLAIMING or toks[cue - 1].pos == PUNCT):
        return True  # "fucking hell", "bloody hell" opening a clause
    if t.surface in _EXCLAIMED and prev in _EXPLETIVES | _EXCLAIMING:
        return True  # "hell" of "fucking hell"
    return nxt in _PRAISE_AFTER  # "fucking amazing"

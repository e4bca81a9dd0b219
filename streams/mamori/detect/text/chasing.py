"""Chasing lines: a chat message that says nothing but "answer me".

"hello??", "you there?", "still waiting", 「ねえ」「聞いとる？」「返事まだ？」「？？？」: a
customer who sends line after line of these in one conversation is pressing staff, not
talking to them. The flood window counts a conversation once (a customer typing in
short bursts is one contact); a chasing line is counted as a contact of its own, so a
burst of them reaches the flood levels the way a burst of calls does.

A line is chasing only when every word in it belongs to the class — a call for
attention, a demand for a reply, a question whether the message was read, or bare
question and exclamation marks — and it is short. A line with anything else in it
("hello, my parcel has not arrived") carries content and stays part of its
conversation. One or two chasing lines change no level: the flood's lowest level
needs several contacts in the window.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from mamori.detect.text.normalize import fold

#: Longer lines say something besides "answer me".
_MAX_CHARS: Final = 40

#: English words of a chasing line; at least one of them must be a call (below).
_EN_CALL: Final = (
    r"hello|hallo|helo|hey|oi|yo|ping|bump|anyone|anybody|someone|somebody|"
    r"answer|reply|respond|response|update|waiting|seen|read|there|"
    r"reading|listening|ignoring|awake|alive|home"
)
_EN_FILLER: Final = (
    r"is|are|r|am|you|u|ya|ye|guys|people|folks|still|here|me|my|message|messages|msg|"
    r"msgs|it|this|that|yet|did|do|does|have|has|any|an|the|a|please|pls|plz|now|"
    r"so|sir|madam|mam|again|just|already|or|what|whats|what's|about|on|to|going|gonna|"
    r"come|y'all|yall|okay|ok|huh|um|uh|hmm|hi|get|back|ever|even|at|all|last"
)
_EN_LINE: Final = re.compile(r"[a-z' ]+")
_EN_CALLS: Final = re.compile(rf"(?:{_EN_CALL})")
_EN_WORDS: Final = re.compile(rf"(?:{_EN_CALL}|{_EN_FILLER})")
#: A letter held ("hellooooo", "heyyy"): read as the word.
_HELD: Final = re.compile(r"([a-z])\1{2,}")

#: Japanese pieces of a chasing line, any number of them in a row: a hail, whether
#: anyone is there or listening, whether the message was read, a reply asked for or
#: still awaited, 「無視？」. Dialect forms of 聞いている (聞いとる, 聞いちょる, 聞いてん).
_JA_PIECE: Final = (
    r"ねえ|ねぇ|ね|なあ|なぁ|おーい|おい|おーーい|もしもし|すみません|すいません|ちょっと|"
    r"あの|あのー|誰か|だれか|いる|いない|います|いませんか|いますか|いるの|いるん|おる|おらん|"
    r"聞いて|きいて|聞い|聞こえ|とる|ちょる|てる|てん|ます|ますか|ん|の|か|かな|"
    r"見た|みた|見て|みて|見てる|読んだ|読んで|既読|する|無視|むし|つい|ない|ないの|こない|来ない|ついて|付いて|よね|"
    r"返事|へんじ|返信|へんしん|応答|対応|回答|連絡|早く|はやく|まだ|まだかな|まだですか|"
    r"まだかいな|遅い|おそい|ください|下さい|くれ|くれる|して|しろ|せえ|しない|しないの|"
    r"さっき|送った|やつ|もの|の|は|が|を|よ|わ|な|さ|ぞ|ね|だ|です|でしょ|"
    r"だろ|だよ|かい|けど|って|ってば|てば|ば|たら|けん|っちゃ|ちゃ|でしょうか"
)
_JA_PIECES: Final = frozenset(_JA_PIECE.split("|"))
_JA_LONGEST: Final = max(map(len, _JA_PIECES))
#: At least one piece must chase (a hail alone, 「ね」, is no chase).
_JA_CHASE: Final = re.compile(
    r"おーい|もしもし|誰か|だれか|いますか|いませんか|聞いて|きいて|聞い|聞こえ|見た|みた|"
    r"見てる|見てます|読んだ|既読|無視|むし|返事|へんじ|返信|へんしん|応答|まだ|遅い|おそい|"
    r"^おい$"
)
#: A hail alone (「ねえ」「ねぇねぇ」), read before folding shortens it to 「ね」.
_JA_HAIL: Final = re.compile(r"(?:ね[えぇー]+|な[あぁー]+)+[\s?!.…]*")
#: Punctuation, marks and symbols a chasing line is written with.
_MARKS: Final = re.compile(r"[\s?!.,、。…・~〜ー\-_*＿@#♪☆★()（）「」『』\U0001F300-\U0001FAFF]+")


def is_chasing(text: str | None) -> bool:
    """Whether ``text`` is a chasing line (the module docstring says what counts)."""
    if not text or len(text) > _MAX_CHARS * 2:
        return False
    folded = fold(text)
    if len(folded) > _MAX_CHARS:
        return False
    core = _MARKS.sub(" ", folded).strip()
    if not core:
        # Marks only: "???", "！！", "…?" — but not an empty line or a lone full stop.
        return "?" in folded or "!" in folded
    if core.isascii():
        if not _EN_LINE.fullmatch(core):
            return False  # digits, an address, a code: content
        words = [_HELD.sub(r"\1", w) for w in core.split()]
        if len(words) > 8:
            return False
        return all(_EN_WORDS.fullmatch(w) for w in words) and any(
            _EN_CALLS.fullmatch(w) for w in words
        )
    squeezed = core.replace(" ", "")
    if _JA_HAIL.fullmatch(unicodedata.normalize("NFKC", text).strip()):
        return True
    return _JA_CHASE.search(squeezed) is not None and _pieces_only(squeezed)


def _pieces_only(s: str) -> bool:
    """Whether ``s`` splits into pieces of the class: one pass over the positions
    (a regular expression of overlapping alternatives backtracks exponentially)."""
    reach = [False] * (len(s) + 1)
    reach[0] = True
    for i in range(len(s)):
        if reach[i]:
            for j in range(i + 1, min(len(s), i + _JA_LONGEST) + 1):
                if s[i:j] in _JA_PIECES:
                    reach[j] = True
    return reach[-1]

"""Spoken Japanese spellings, as edits the analyser is asked to read again.

Chat is written as it is said: 「うぜー」 (うざい with ai → ee), 「死ねぇぇ」 (a word drawn
out), 「キエロ」 (a verb in katakana), 「乗んな」 (る said as ん before the prohibitive な). The dictionary reads the spelling as written and
often cuts it into pieces (う + ぜー, 死 + ねぇ), so no entry sees the word. This
module proposes respellings (``Edit``: a span and its replacement, in order of
preference); :mod:`mamori.detect.morph` keeps one only where the analyser then reads
the word it stands for, and maps the positions back to the text as written.

Pure string functions: no analyser here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

import jaconv

from mamori.detect.text.kana import hiragana


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace text[start:end] by one of ``options`` (the first the analyser accepts)."""

    start: int
    end: int
    options: tuple[str, ...]


#: The kana of each vowel, one consonant per column (あかさたなはまらがざだばぱ …).
_ROWS: Final = {
    "a": "あかさたなはまらがざだばぱ",
    "i": "いきしちにひみりぎじぢびぴ",
    "u": "うくすつぬふむるぐずづぶぷ",
    "e": "えけせてねへめれげぜでべぺ",
    "o": "おこそとのほもろごぞどぼぽ",
}
#: Vowel of each hiragana (katakana are read through hiragana).
_VOWEL: Final = {c: v for v, row in _ROWS.items() for c in row} | {
    c: v
    for v, extra in (
        ("a", "やゃぁわゎ"),
        ("i", "ぃ"),
        ("u", "ゆゅぅ"),
        ("e", "ぇ"),
        ("o", "よょぉを"),
    )
    for c in extra
}
#: e-row kana → the same consonant in the a, o and u rows (せ → さ, そ, す).
_E_TO: Final = {e: tuple(_ROWS[v][n] for v in "aou") for n, e in enumerate(_ROWS["e"])}
_SMALL_VOWEL: Final = {"ぁ": "a", "ぃ": "i", "ぅ": "u", "ぇ": "e", "ぉ": "o"}
#: A kana, an e-row kana and a long e (え, ぇ, ー): 「うぜー」「きめぇ」「ウゼー」, the
#: colloquial ai/oi/ui → ee of an adjective (うざい, きもい, うるさい).
_EE: Final = re.compile(
    r"(?<=[ぁ-ゖァ-ヺ])([えけげせぜてでねへべぺめれエケゲセゼテデネヘベペメレ])([えぇーエェ])"
)
#: A run of lengthening marks after a kana, where the word ends (no kana follows).
_DRAWN: Final = re.compile(r"(?<=[ぁ-ゖァ-ヺ])[ー~〜ぁぃぅぇぉァィゥェォ]+(?![ぁ-ゖァ-ヺ])")
#: Inside a katakana word: a long mark or a small vowel before the final kana
#: (「ウザーイ」「キモーイ」), the adjective drawn out.
_INNER: Final = re.compile(r"(?<=[ァ-ヺ])[ーァィゥェォ]+(?=[イい]$)")


def adjective_ee(text: str) -> list[Edit]:
    """Each e-row kana + long e, with the a/o/u-row kana + い it may stand for
    (「うぜー」 → うざい; the analyser decides which, if any, is an adjective)."""
    out: list[Edit] = []
    for m in _EE.finditer(text):
        e = m.group(1)
        options = tuple(k + "い" for k in _E_TO.get(hiragana(e), ()))
        if e != hiragana(e):
            options = tuple(jaconv.hira2kata(o) for o in options)  # 「ウゼー」 → ウザイ
        if options:
            out.append(Edit(m.start(1), m.end(2), options))
    return out


def ee_stem(adjective: str) -> str | None:
    """The spoken stem of a kana adjective in ai/oi/ui (うざい → うぜ, きもい → きめ),
    which 「うぜー」「きめえ」 begin with; None for other words."""
    if len(adjective) < 3 or adjective[-1] != "い":
        return None
    for v in "aou":
        n = _ROWS[v].find(adjective[-2])
        if n >= 0:
            return adjective[:-2] + _ROWS["e"][n]
    return None


def drawn_out(text: str) -> list[Edit]:
    """Lengthening marks that end a word, dropped: 「ふざけんなよーー」「死ねぇぇ」
    「謝れよぉ」. A small vowel lengthens only the kana whose vowel it repeats
    (「ねぇ」, not 「ふぁ」); after katakana a long mark is part of the word
    (コーヒー), so only a second one (「ウゼーー」) or a wave dash is dropped."""
    out: list[Edit] = []
    for m in _DRAWN.finditer(text):
        prev = text[m.start() - 1]
        if prev in "ゃャ":
            continue  # 「謝りゃー」: the Nagoya request, a form of its own (see clauses)
        vowel = _VOWEL.get(hiragana(prev))
        run = m.group(0)
        keep = 0
        if "ァ" <= prev <= "ヺ" and run[0] == "ー":
            keep = 1  # the katakana word's own long vowel
        ok = True
        for c in run[keep:]:
            small = _SMALL_VOWEL.get(hiragana(c))
            if small is not None and small != vowel and not (vowel == "o" and small == "u"):
                ok = False
                break
        if ok and len(run) > keep:
            out.append(Edit(m.start() + keep, m.end(), ("",)))
    return out


#: ん before な: 「乗んな」「黙んなや」, the prohibitive of a る-verb with る said as ん.
#: The な ends the word or takes a final particle (not 乗んない, 乗んなら: negation, if).
_RU_AS_N: Final = re.compile(r"(?<=[ぁ-ゖァ-ヺ一-龥])ん(?=な(?:[やよっ]|[^ぁ-ゖ]|$))")


def contracted_ru(text: str) -> list[Edit]:
    """Each ん before な, with the る it may stand for (「調子乗んなや」 → 乗るなや; the
    analyser decides whether a verb and a prohibitive な are then read)."""
    return [Edit(m.start(), m.end(), ("る",)) for m in _RU_AS_N.finditer(text)]


def katakana_word(word: str) -> str | None:
    """A katakana word (an unknown one) in hiragana, drawn-out marks inside it dropped:
    「キエロ」 → きえろ, 「ウザーイ」 → うざい, 「キショ」 → きしょ. None for a word with
    no katakana."""
    if not any("ァ" <= c <= "ヺ" for c in word):
        return None
    return hiragana(_INNER.sub("", word))


def apply(text: str, edits: list[tuple[int, int, str]]) -> tuple[str, list[int]]:
    """``text`` with non-overlapping ``edits`` (start, end, replacement) made, and for
    each position of the result (and its end) the position in ``text`` it stands for.
    A replacement is never longer than what it replaces."""
    parts: list[str] = []
    origins: list[int] = []
    done = 0
    for start, end, new in sorted(edits):
        parts.append(text[done:start])
        origins.extend(range(done, start))
        parts.append(new)
        origins.extend(start + min(k, end - start - 1) for k in range(len(new)))
        done = end
    parts.append(text[done:])
    origins.extend(range(done, len(text) + 1))
    return "".join(parts), origins

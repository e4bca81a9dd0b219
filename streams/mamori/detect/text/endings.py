"""Southern and eastern dialect sentence endings read as their standard forms, in the
folded message the surface rules scan.

A threat or a demand is listed with the endings of standard and Kansai speech
(「割ってやる」「殴るぞ」「ばらしちゃる」). Kagoshima ends a volitional or an assertion
with っど / ど where those have る / るぞ / ぞ (「割ってやっど」 = 割ってやるぞ, 「ばらし
ちゃっど」 = ばらしちゃるぞ, 「割っど」 = 割るぞ, 「殺すど」 = 殺すぞ), and Ibaraki with
っぺ (「窓割ってやっぺ」 = 割ってやるべ). Rather than list every ending of every term
(keys multiply), the ending is respelt once, character for character, so positions
and sentence boundaries stay those of the text as written.

Only where a verb stands before it: っど / っぺ after や (やる), ちゃ (ちゃる), す (する)
or a verb stem written in kanji (割, 殴), and ど after a verb's plain form, each ending a
clause. Loan words in ッド (ベッド, パッド, メソッド) put another kana before it;
Kagoshima's copula じゃっど (だよ) is left as written. The western ちゃる of てやる
(「書いちゃる」) is read as てやる, character for character. Okinawan 〜さー / 〜よー and
Nagoya 〜がや / 〜でゃあ / 〜したる follow the standard verb, which the lexicon reads as
it is. Pure string functions.
"""

from __future__ import annotations

import re
from typing import Final

# The ending closes a clause: the text's end, a break or a sentence particle after it.
_CLOSE: Final = r"(?=$|[\s。．.!！?？、,，よねなのが]|\Z)"
#: Kagoshima っど after やる / ちゃる / する or a kanji verb stem (割っど, 通報すっど): るぞ.
_KAGOSHIMA_DDO: Final = re.compile(r"(?:(?<=[一-龥])|(?<=や)|(?<=ちゃ)|(?<=す))っど" + _CLOSE)
#: Ibaraki っぺ after やる / する or a kanji verb stem (やっぺ, 割っぺ, 通報すっぺ): るべ.
_IBARAKI_PPE: Final = re.compile(r"(?:(?<=[一-龥])|(?<=や)|(?<=す))っぺ" + _CLOSE)
#: ど after a verb's plain form (殺すど, 割るど): ぞ.
_PLAIN_DO: Final = re.compile(r"(?<=[うくすつぬむるぐぶ])ど" + _CLOSE)
#: The western ちゃる / じゃる of てやる after a verb's 連用形 (「書いちゃる」 = 書いてやる,
#: 「突き落としちゃる」, 「読んじゃる」 = 読んでやる; Chūgoku, Shikoku, Kii, Kyūshū), and
#: its volitional ちゃろ. The drawn-out ちゃーる of Kii (「書いちゃーる」 = 書いてある) is
#: a state, not this, and is left as written; so is the copula じゃろ (「ええじゃろ」
#: 「ないんじゃろ」): じゃる only after ん (a verb's voiced euphonic stem).
_CHARU: Final = re.compile(r"(?<=[いしっきちりみびぎ])ちゃ(?=[るろ])|(?<=ん)じゃ(?=る)")
#: One test for any of them (most messages hold none).
_PROBE: Final = re.compile(r"っど|っぺ|ど|ちゃ[るろ]|じゃる")


def respell(folded: str) -> str:
    """``folded`` (a folded message) with its Kagoshima and Ibaraki endings read as the
    standard ones, each the same length as written; the text itself when it holds none."""
    if _PROBE.search(folded) is None:
        return folded
    out = _KAGOSHIMA_DDO.sub("るぞ", folded)
    out = _IBARAKI_PPE.sub("るべ", out)
    out = _CHARU.sub(lambda m: "てや" if m.group() == "ちゃ" else "でや", out)
    return _PLAIN_DO.sub("ぞ", out)

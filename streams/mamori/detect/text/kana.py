"""Kana: katakana read as hiragana, for comparing kana spellings (ウザい ~ うざい), and the
tests of what is written in kana.

One place for the matcher, the analyser and the spoken-form rules; the string tests
are cached, since the same words and characters come back in every message.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from typing import Final

import jaconv

#: The hiragana letters (small ones included; not ゔ ゕ ゖ). Katakana is compared
#: after :func:`hiragana`.
KANA_LETTERS: Final = frozenset(
    "ぁあぃいぅうぇえぉおかがきぎくぐけげこごさざしじすずせぜそぞただちぢっつづてでとどなにぬねのはばぱひびぴふぶぷへべぺほぼぽまみむめもゃやゅゆょよらりるれろゎわゐゑをん"
)
#: One kana character, hiragana or katakana.
KANA_CHAR: Final = re.compile(r"[ぁ-ゖァ-ヺ]")


@lru_cache(maxsize=65536)
def hiragana(s: str) -> str:
    """``s`` with its katakana in hiragana; other characters as they are."""
    return str(jaconv.kata2hira(s))


def is_kana(s: str) -> bool:
    """``s`` is not empty and written in kana only (hiragana or katakana)."""
    return bool(s) and kana_only(s)


@lru_cache(maxsize=65536)
def kana_only(s: str) -> bool:
    """Every character of ``s`` is a kana letter (true of the empty string)."""
    return all(c in KANA_LETTERS for c in hiragana(s))


def is_hiragana(s: str) -> bool:
    """``s`` is not empty and written in hiragana only."""
    return bool(s) and all("ぁ" <= c <= "ゖ" for c in s)


#: A line written wholly in katakana (telegram or elderly style, 「マルヤマヲ ダセ」):
#: katakana (full or half width), spaces, marks and digits, no hiragana, kanji or Latin
#: letters.
_KATAKANA_LINE: Final = re.compile(
    r"[ァ-ヺー・\uff61-\uff9f\s\d!?！？、。,.…「」『』()（）\[\]【】〜~]+"
)
#: A run of katakana words inside a line of other script, set off by it (「ﾅﾒﾃﾙﾄ ﾏｼﾞﾃﾞ
#: ｲﾀｲﾒﾐﾙｿﾞ💢夕食が…」): it opens on a katakana letter and closes on one or on a long
#: mark (「エラー」 keeps its mark, the loanword's sign).
_KATAKANA_RUN: Final = re.compile(
    r"[ァ-ヺ\uff66-\uff9d](?:[ァ-ヺー・\uff66-\uff9f\s\d])*[ァ-ヺー\uff66-\uff9f]"
)
#: Endings of a katakana word that are Japanese grammar, not a loanword's last sound: a
#: particle (ヲ ノ ニ ガ ハ デ モ ト ヘ), a て/た form, a copula or final particle, an
#: imperative (セ ロ レ), a question (カ).
_GRAMMAR_END: Final = frozenset("ヲノニガハデモトヘテタダナヨゾネセロレカ")
_LINES: Final = re.compile(r"[^\n]*\n?")
#: Half-width katakana → hiragana, one character for one: the voicing marks (ﾞ ﾟ) stay
#: and folding (NFKC) joins them to the kana before, as it does for half-width katakana.
_HALF_TO_HIRAGANA: Final = {
    c: str(jaconv.kata2hira(unicodedata.normalize("NFKC", chr(c))))
    for c in range(0xFF66, 0xFF9E)
    if c != 0xFF70  # ｰ, the long mark, is no kana
}


def katakana_as_hiragana(text: str, known: Callable[[str], bool] | None = None) -> str:
    """``text`` with its Japanese written in katakana (not loanwords) in hiragana,
    character for character: 「マルヤマヲ ダセ」 → 「まるやまを だせ」, so the analyser reads
    its words and particles (it reads katakana as loanwords). A line written wholly in
    katakana, or a run of katakana words set off inside a line of other script (voice
    input and half-width chat style: 「ﾅﾒﾃﾙﾄ ﾏｼﾞﾃﾞ ｲﾀｲﾒﾐﾙｿﾞ💢夕食が…」), is such
    Japanese when it holds ヲ, or when it has no long mark (ー, the loanwords' mark) and
    two or more words of which one ends in grammar (:data:`_GRAMMAR_END`): 「オマエ
    ホントニ バカダナ」; 「アカウント ログイン エラー」 stays as written. Half-width
    katakana is read as its full-width letters. With ``known`` (whether a hiragana word
    is one word of the dictionary), a whole line written without any small kana has
    them restored (:func:`small_kana_restored`)."""
    if not any("ァ" <= c <= "ヺ" or "\uff66" <= c <= "\uff9d" for c in text):
        return text
    out: list[str] = []
    changed = False
    for line in _LINES.findall(text):
        body = line.rstrip("\n")
        if body and _KATAKANA_LINE.fullmatch(body) and _japanese_in_katakana(body):
            read = _in_hiragana(body)
            if known is not None and not _SMALL.search(read):
                restored = _WORD.sub(lambda m: small_kana_restored(m.group(), known), read)
                # A telegram restores several words; one word alone is likelier a name
                # the dictionary does not hold (スギヤマヲ ダセ: すぎゃま is no name).
                words_restored = sum(
                    a != b
                    for a, b in zip(_WORD.findall(read), _WORD.findall(restored), strict=True)
                )
                if words_restored >= 2:
                    read = restored
            out.append(read + line[len(body) :])
            changed = True
            continue
        read = _KATAKANA_RUN.sub(_run_in_hiragana, line)
        changed = changed or read != line
        out.append(read)
    return "".join(out) if changed else text


def _run_in_hiragana(m: re.Match[str]) -> str:
    run = m.group(0)
    return _in_hiragana(run) if _japanese_in_katakana(run) else run


def _in_hiragana(s: str) -> str:
    return hiragana(s.translate(_HALF_TO_HIRAGANA))


def _japanese_in_katakana(line: str) -> bool:
    line = unicodedata.normalize("NFKC", line)  # half-width katakana as full-width
    letters = sum(1 for c in line if "ァ" <= c <= "ヺ")
    if letters < 4:
        return False
    if "ヲ" in line:
        return True
    if "ー" in line:
        return False
    words = [w for w in re.split(r"[\s、。,.・!?！？]+", line) if w]
    return len(words) >= 2 and any(w[-1] in _GRAMMAR_END for w in words)


#: Small kana: a line holding any is written with them, not in telegram style.
_SMALL: Final = re.compile("[ぁぃぅぇぉっゃゅょゎ]")
_WORD: Final = re.compile("[ぁ-ゖ]+")
#: Kana that a full-size や/ゆ/よ follows where telegram style drops the small one
#: (シヤチヨウ = しゃちょう). Not に: に + よる is the particle (ニヨリ, ニヨツテ).
_YOON_AFTER: Final = frozenset("きぎしじちぢひびぴみり")
_YOON: Final = {"や": "ゃ", "ゆ": "ゅ", "よ": "ょ"}
#: Kana that a doubled consonant (っ, written つ in telegrams: ヨツテ) can stand before.
_SOKUON_BEFORE: Final = frozenset("かきくけこさしすせそたちつてとぱぴぷぺぽ")


def small_kana_restored(word: str, known: Callable[[str], bool]) -> str:
    """A hiragana ``word`` of a telegram-style line (small kana written full size:
    イシヤリヨウ, シユツトウ, ヨツテ) with its small kana restored, character for
    character: いしゃりょう, しゅっとう, よって. A word the dictionary knows as it is
    written (りよう 利用, りゆう 理由, かつて) stays, and so do the day counts
    (ふつか, みつか, いつか: つ + か is their own sound)."""
    if len(word) < 3 or known(word):
        return word
    chars = list(word)
    for i in range(1, len(chars)):
        c = chars[i]
        if c in _YOON and chars[i - 1] in _YOON_AFTER:
            chars[i] = _YOON[c]
        elif (
            c == "つ"
            and i + 1 < len(chars)
            and chars[i + 1] in _SOKUON_BEFORE
            and chars[i - 1] not in "っん"
            and not (i == 1 and chars[0] in "ふみよいむ" and chars[2] == "か")
        ):
            chars[i] = "っ"
    return "".join(chars)

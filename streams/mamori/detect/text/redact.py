"""Redaction of evidence excerpts: no personal names, street addresses, phone or order
numbers, e-mail addresses or URLs leave the detector, and never more than a short
window of the text.

What is masked, in this order (each mask is a bracketed tag, so a later pattern never
half-matches an earlier mask):

- ``[name]``: the staff roster's names (the detection config's ``staff_names``: full
  names and their parts, any script), common Japanese surnames (the lexicon's
  ``names.yaml``, two characters or more, romaji as whole words), and name patterns —
  Japanese ``<kanji/kana name>さん/様/氏/殿/くん/ちゃん``, ``担当の<name>``,
  ``<name>と申します``; English ``Mr/Ms/Mrs/Dr <Name>``, ``my name is / I'm / this is /
  ask for / speak to <Name Name>``;
- ``[address]``: Japanese block addresses (``…4丁目2番8号``, ``…3番地``, ``2-3-4`` /
  ``二ー三ー四`` after a place name, with the place names before them) and English street
  addresses (``221B Baker Street``, ``10 Downing St, Apt 4``);
- ``[url]``, ``[email]``;
- ``[#]``: digit runs of four digits or more, ASCII, full-width or kanji numerals
  (``〇九〇ー一二三四ー五六七八``), joined by dashes, long-vowel marks, spaces or dots.

Over-redaction is the accepted error: an excerpt is evidence of *how* someone spoke,
never of who or where they are.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any, Final

import ahocorasick

_EMAIL: Final = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL: Final = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)

_KANJI_DIGITS: Final = "〇零一二三四五六七八九十百千"
_DIGIT: Final = rf"[0-9０-９{_KANJI_DIGITS}]"
# Separators inside a phone/order number: ASCII and full-width dashes, the long-vowel
# mark (ー, often typed for a dash in Japanese), spaces, dots, commas, brackets.
_SEP: Final = r"[\-‐‑–—―−－ーｰ ,.()（）・]"
_DIGITS: Final = re.compile(rf"{_DIGIT}(?:{_SEP}*{_DIGIT})*")
MAX_EVIDENCE: Final = 80

_NUM: Final = rf"{_DIGIT}+"
_KANJI: Final = r"[\u4e00-\u9fff々ヶ]"
_PLACE: Final = rf"(?:{_KANJI}{{1,6}}?(?:都|道|府|県|市|区|郡|町|村))"
_ARABIC: Final = r"[0-9０-９]+"
# A block number alone is an address only when it cannot be a word: 丁目/番地, or 番/号
# after Arabic digits. 「一番」 (most), 「二号店」, 「今日一番の」 are words; 「一番8号」 has parts.
_BLOCK: Final = (
    rf"(?:{_NUM}\s*(?:丁目|番地|番|号)(?:\s*(?:の)?\s*{_NUM}\s*(?:丁目|番地|番|号)?)+"
    rf"|{_NUM}\s*(?:丁目|番地)|{_ARABIC}\s*(?:番|号))"
)
_DASHED: Final = rf"{_NUM}(?:[\-‐－ー−の]{_NUM}){{1,3}}"
_AREA: Final = r"[\u4e00-\u9fffァ-ヺ々ヶー]{0,8}"
_ADDRESS_JA: Final = re.compile(
    # 港区芝公園4丁目2番8号 / 大阪市北区梅田1-2-3 / 3番地の5 / 一ー二ー三 (three parts)
    rf"{_PLACE}+{_AREA}(?:{_BLOCK}|{_DASHED})|{_AREA}{_BLOCK}|{_NUM}(?:[\-‐－ー−]{_NUM}){{2,3}}"
)
_STREET: Final = (
    r"Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl"
    r"|Terrace|Close|Square|Sq"
)
_ADDRESS_EN: Final = re.compile(
    rf"\b\d{{1,5}}[A-Za-z]?\s+(?:[A-Z][a-z]+\s+){{1,3}}(?:{_STREET})\b\.?"
    r"(?:,?\s*(?:Apt|Apartment|Suite|Unit|Flat|#)\.?\s*\w+)?"
)


def street_addresses(text: str) -> list[str]:
    """The English street addresses written in ``text`` ("3B Westfield Court", "18
    Harbor Rd"), folded to lower case: a place's name, whose words ("Court", "Battle
    Close") say nothing of the customer's intent."""
    if _ANY_DIGIT.search(text) is None:
        return []
    return [m.group(0).lower().rstrip(".") for m in _ADDRESS_EN.finditer(text)]


_HONORIFIC: Final = r"(?:さん|様|さま|氏|殿|くん|君|ちゃん|先生)"
# Words before an honorific that are no person's name (お客様, 皆さん, 担当者様 …).
_NOT_NAMES: Final = frozenset(
    [
        "客",
        "お客",
        "皆",
        "みな",
        "みんな",
        "奥",
        "お子",
        "子",
        "担当",
        "担当者",
        "御社",
        "貴社",
        "社長",
        "部長",
        "課長",
        "店長",
        "係長",
        "責任者",
        "上司",
        "神",
        "王",
        "方",
        "人",
        "お父",
        "お母",
        "父",
        "母",
        "兄",
        "姉",
        "弟",
        "妹",
        "娘",
        "息子",
        "お医者",
        "医者",
        "警察",
        "弁護士",
        "運転手",
        "店員",
        "オペレーター",
        "スタッフ",
        "先方",
        "相手",
        "本人",
        "ご本人",
        "お前",
        "貴方",
        "同",
        "模",
        "仕",
        "多",
        "異",
        "有",
        "貴",
        "各",
        "彼",
        "諸",
        "皆様",
        "お客",
        "御客",
        "外",
        "上",
        "殿",
    ]
)
_JA_NAME: Final = re.compile(rf"(?P<name>(?:{_KANJI}|[ァ-ヺー]){{1,6}}?){_HONORIFIC}(?!子)")
_JA_INTRO: Final = re.compile(
    rf"(?:(?<=担当の)|(?<=担当は)|(?<=担当者の)|(?<=名前は)|(?<=氏名は))(?:{_KANJI}|[ァ-ヺー]){{1,6}}"
    rf"|(?:{_KANJI}|[ァ-ヺー]){{1,6}}(?=と申します|といいます|と言います)"
)
#: Every match of _JA_INTRO holds one of these (a cheap test before the pattern, whose
#: look-behinds run at every character).
_JA_INTRO_WORDS: Final = (
    "担当の",
    "担当は",
    "担当者の",
    "名前は",
    "氏名は",
    "と申します",
    "といいます",
    "と言います",
)
_CAP: Final = r"[A-Z][a-z'’-]+"
_EN_TITLE: Final = re.compile(rf"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+{_CAP}(?:\s+{_CAP})?")
_EN_INTRO: Final = re.compile(
    rf"\b(?P<lead>(?:[Mm]y name is|I am|I'm|I’m|[Tt]his is|[Aa]sk for|[Ss]peak to|[Tt]alk to"
    rf"|[Nn]amed|[Cc]alled|[Aa]gent|[Ss]upervisor|[Mm]anager|[Pp]ut|[Gg]et|[Ff]ire|[Ss]ack"
    rf"|[Tt]ransfer me to|[Cc]onnect me to)\s+)(?P<name>{_CAP}(?:\s+{_CAP})?)"
)
# Capitalised words after "this is", "I'm" … that are no names.
_NOT_EN_NAMES: Final = frozenset(
    [
        "Not",
        "Never",
        "The",
        "A",
        "An",
        "It",
        "This",
        "That",
        "So",
        "Very",
        "Really",
        "Absolutely",
        "Totally",
        "Completely",
        "Just",
        "Ridiculous",
        "Unacceptable",
        "Outrageous",
        "Insane",
        "Crazy",
        "Stupid",
        "Useless",
        "Disgusting",
        "Furious",
        "Angry",
        "Done",
        "Sick",
        "Tired",
        "Calling",
        "Going",
        "Writing",
        "Sorry",
        "Here",
        "There",
        "Your",
        "You",
        "Sure",
        "Fine",
        "Out",
        "Lost",
        "Me",
        "Him",
        "Her",
        "Them",
        "Someone",
        "Somebody",
        "Anyone",
        "Everyone",
        "Off",
        "On",
        "Up",
        "Down",
        "Over",
        "Back",
        "Your",
        "My",
        "Our",
    ]
)


@lru_cache(maxsize=1)
def common_surnames() -> tuple[str, ...]:
    """The lexicon's common Japanese surnames (kanji, kana, romaji), two characters or
    more: masked wherever they stand (single-kanji ones only before an honorific)."""
    from mamori.resources import LEXICON_DIR, load_yaml

    data = load_yaml(LEXICON_DIR / "names.yaml")
    names = data.get("groups", {}).get("staff_name", [])
    return tuple(sorted({str(n) for n in names if len(str(n)) >= 2}, key=_longest_first))


def _longest_first(name: str) -> tuple[int, str]:
    """Longest first (an alternation then masks the whole name, not a part of it); ties
    alphabetically, so the order never follows a set's (it changes with the hash seed)."""
    return -len(name), name


def _name_parts(names: tuple[str, ...]) -> set[str]:
    """The given names and their space-separated parts."""
    parts: set[str] = set()
    for name in names:
        name = name.strip()
        if not name:
            continue
        parts.add(name)
        parts.update(p for p in re.split(r"[\s\u3000・]+", name) if len(p) >= 2)
    return parts


@lru_cache(maxsize=64)
def _names_pattern(names: tuple[str, ...]) -> re.Pattern[str] | None:
    """One alternation of the given names and their space-separated parts, longest first:
    non-ASCII anywhere, ASCII as whole words (case-insensitive)."""
    parts = _name_parts(names)
    ascii_names = sorted((p for p in parts if p.isascii() and len(p) >= 3), key=_longest_first)
    other = sorted((p for p in parts if not p.isascii()), key=_longest_first)
    alts = [re.escape(p) for p in other]
    if ascii_names:
        alts.append(r"\b(?:" + "|".join(re.escape(p) for p in ascii_names) + r")\b")
    if not alts:
        return None
    return re.compile("|".join(alts), re.IGNORECASE)


@lru_cache(maxsize=8)
def _names_automaton(names: tuple[str, ...]) -> Any:
    """Every part of :func:`_names_pattern`, lower-cased, in one Aho-Corasick automaton:
    a text none of them occurs in cannot match that pattern (a long alternation tried
    at every position of the text costs far more). None when a part has a cased letter
    outside ASCII (whose case-insensitive matches a lower-cased search would miss)."""
    parts = _name_parts(names)
    if not parts or any(not p.isascii() and p.lower() != p.upper() for p in parts):
        return None
    auto = ahocorasick.Automaton()
    for p in parts:
        auto.add_word(p.lower(), p)
    auto.make_automaton()
    return auto


#: str.translate table (by code point) that drops ASCII characters.
_DROP_ASCII: Final[list[int | str | None]] = [None] * 128


def _may_name(names: tuple[str, ...], s: str) -> bool:
    """Could the names pattern of ``names`` match in ``s``? False only when certain: the
    text's letters with a case are all ASCII (whose case folds one to one) and no part
    of a name occurs in the lower-cased text."""
    auto = _names_automaton(names)
    if auto is None:
        return True
    rest = s.translate(_DROP_ASCII)
    if rest.lower() != rest.upper():
        return True  # a cased letter outside ASCII: the pattern itself decides
    for _ in auto.iter(s.lower()):
        return True
    return False


def _digit_mask(minimum: int) -> Callable[[re.Match[str]], str]:
    def mask(m: re.Match[str]) -> str:
        run = m.group(0)
        digits = sum(ch.isdigit() or ch in _KANJI_DIGITS for ch in run)
        return "[#]" if digits >= minimum else run

    return mask


# Phone numbers (seven digits or more) go before addresses, which would take a dashed
# 090-1234-5678 for a block number; shorter runs (order numbers, prices) after them.
_PHONE_MASK: Final = _digit_mask(7)
_NUMBER_MASK: Final = _digit_mask(4)


def _mask_ja_name(m: re.Match[str]) -> str:
    name = m.group("name")
    if name in _NOT_NAMES or name.lstrip("おご") in _NOT_NAMES:
        return m.group(0)
    return "[name]" + m.group(0)[len(name) :]


def _mask_en_intro(m: re.Match[str]) -> str:
    words = m.group("name").split()
    if words[0] in _NOT_EN_NAMES:
        return m.group(0)
    return m.group("lead") + "[name]"


# A given name written right after a masked surname (田中美咲 → [name]美咲), unless
# what follows is a title or a particle-led phrase.
_TITLES: Final = (
    r"(?:部長|課長|社長|店長|係長|主任|次長|専務|常務|会長|先生|さん|様|さま|氏|殿|くん|君|ちゃん)"
)
_GIVEN_AFTER_SURNAME: Final = re.compile(rf"\[name\](?!{_TITLES})(?:{_KANJI}|[ァ-ヺー]){{1,4}}")


# Cheap tests before the patterns that scan every word (or every character) of a text,
# each true of every text a pattern can match: a title holds a capital M, D or P;
# an introduced name is a capitalised word after a space; a Japanese name is written
# with an honorific (not ASCII); an address or a number holds a digit; a URL holds
# "://" or "www." (the pattern ignores case; no other letter folds to w).
_ANY_DIGIT: Final = re.compile(rf"[\d{_KANJI_DIGITS}]")
_CAP_AFTER_SPACE: Final = re.compile(r"\s[A-Z][a-z'’-]")


def _may_title(s: str) -> bool:
    return "M" in s or "D" in s or "P" in s


def _may_url(s: str) -> bool:
    return "://" in s or "www." in s.lower()


def names_in(text: str) -> tuple[str, ...]:
    """The names the patterns find in a whole message, so an excerpt cut from one of
    its sentences can mask them too ("… Mr." | "Harlow knows where you live")."""
    found: set[str] = set()
    if _may_title(text):
        for m in _EN_TITLE.finditer(text):
            found.update(w for w in m.group(0).split()[1:] if w[:1].isupper())
    if _CAP_AFTER_SPACE.search(text):
        for m in _EN_INTRO.finditer(text):
            words = m.group("name").split()
            if words[0] not in _NOT_EN_NAMES:
                found.update(words)
    if not text.isascii():
        for m in _JA_NAME.finditer(text):
            name = m.group("name")
            if name not in _NOT_NAMES and name.lstrip("おご") not in _NOT_NAMES:
                found.add(name)
    if any(w in text for w in _JA_INTRO_WORDS):
        found.update(m.group(0) for m in _JA_INTRO.finditer(text))
    return tuple(sorted(n for n in found if len(n) >= 2))


def redact(text: str, names: Iterable[str] = ()) -> str:
    """Mask names (``names``: the staff roster, plus common surnames and name patterns),
    street addresses, URLs, e-mail addresses and digit runs (≥ 4 digits) in ``text``."""
    if not text:
        return ""
    s = _URL.sub("[url]", text) if _may_url(text) else text
    if "@" in s:
        s = _EMAIL.sub("[email]", s)
    roster = _names_pattern(tuple(names))
    if roster is not None:
        s = roster.sub("[name]", s)
    common = _names_pattern(common_surnames())
    if common is not None and _may_name(common_surnames(), s):
        s = common.sub("[name]", s)
    # (No mask adds a digit: a text without one has no number or address to mask.)
    digits = _ANY_DIGIT.search(s) is not None
    if digits:
        s = _DIGITS.sub(_PHONE_MASK, s)
        s = _ADDRESS_EN.sub("[address]", s)
        s = _ADDRESS_JA.sub("[address]", s)
    if _may_title(s):
        s = _EN_TITLE.sub("[name]", s)
    if _CAP_AFTER_SPACE.search(s):
        s = _EN_INTRO.sub(_mask_en_intro, s)
    if any(w in s for w in _JA_INTRO_WORDS):
        s = _JA_INTRO.sub("[name]", s)
    if not s.isascii():
        s = _JA_NAME.sub(_mask_ja_name, s)
        s = _GIVEN_AFTER_SURNAME.sub("[name]", s)
    return _DIGITS.sub(_NUMBER_MASK, s) if digits else s


def excerpt(
    text: str, center: float = 0.5, limit: int = MAX_EVIDENCE, names: Iterable[str] = ()
) -> str:
    """A redacted window of ``text`` of at most ``limit`` characters.

    ``center`` is the relative position (0–1) of the match inside ``text``; the
    window is cut around it, with an ellipsis where text was left out. ``names`` are
    the staff roster's names to mask besides the built-in patterns.
    """
    s = redact(text.strip(), names)
    if len(s) <= limit:
        return s
    width = limit - 2
    mid = int(len(s) * min(max(center, 0.0), 1.0))
    start = max(0, min(mid - width // 2, len(s) - width))
    out = s[start : start + width]
    return ("…" if start > 0 else "") + out + ("…" if start + width < len(s) else "")

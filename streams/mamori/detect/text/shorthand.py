"""Clinical note shorthand read as plain English, in the folded message the surface
rules scan: a customer writing their complaint as a SOAP note ("S: … O: … A: … P: …")
about themselves as the patient ("pt will not attend", "at pt's residence"), with the
chart's abbreviations (``w/``, ``w/o``, ``mgr``, ``addr``, ``f/u``).

The note's section heads are sentence breaks (each section is a sentence of its own),
"pt" is the writer (``pt files`` → i file, ``pt's`` → my, ``to pt`` → to me) and the
abbreviations are the words they stand for. Only in a message that reads as a note:
two distinct section heads or chart abbreviations (:data:`_MARKERS`); "pt 2" of a
series or "w/" in a shopping list alone stay as written.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

import simplemma

#: Chart abbreviations (folded) → plain words; "w/" and "w/o" run into the next word
#: once folded ("w/fda"), so they are read without a word boundary after them.
WORDS: Final[dict[str, str]] = {
    "mgr": "manager",
    "mgrs": "managers",
    "mgmt": "management",
    "addr": "address",
    "c/o": "complains of",
    "f/u": "follow up",
    "b/c": "because",
    "hx": "history",
    "dx": "diagnosis",
    "tx": "treatment",
    "sx": "symptoms",
    "eod": "end of day",
}
#: A note's section head ("s:", "o:", "a:", "p:", also "plan:", "assessment:") at the
#: start of the message or of a sentence.
_HEAD: Final = re.compile(
    r"(?:^|(?<=[.!?\n;)]))[ \t]*(?:subjective|objective|assessment|plan|s|o|a|p):[ \t]*",
    re.MULTILINE,
)
_WITHOUT: Final = re.compile(r"\bw/o\b ?")
_WITH: Final = re.compile(r"\bw/ ?")
_ABBREVIATION: Final = re.compile(
    r"(?<![\w/])(?:"
    + "|".join(re.escape(w) for w in sorted(WORDS, key=len, reverse=True))
    + r")(?![\w/])"
)
#: The patient's own ("pt's" folds to "pts"), the patient as an object after a
#: preposition or a verb of contact, and the patient as the subject.
_PT_OWN: Final = re.compile(r"\bpts\b")
_PT_OBJECT: Final = re.compile(
    r"\b(per|to|for|with|from|at|by|of|tell|told|call|called|visit|contact|give|send|pay|refund|"
    r"reimburse|compensate|owe|offer|offered) pt\b"
)
_PT: Final = re.compile(r"\bpt\b")
#: The writer's verb after the rewritten subject, its third-person -s dropped ("i files"
#: → i file); "has", "is", "does" by name.
_I_VERB: Final = re.compile(r"\bi ([a-z]{2,}?)(e?s)\b")
_I_IRREGULAR: Final = {"ha": "have", "i": "am", "do": "do", "doe": "do"}
_MARKER_WORDS: Final = frozenset(
    ["pt", "pts", "c/o", "f/u", "w/o", "hx", "dx", "prn", "stat", "s/p"]
)
_LETTERS: Final = re.compile(r"[a-z/]+")


@lru_cache(maxsize=4096)
def _verb(stem: str, ending: str) -> str:
    if stem in _I_IRREGULAR and ending in ("s", "es"):
        return _I_IRREGULAR[stem]
    for base in (stem + ending[:-1], stem):  # file-s, fix-es
        if base and simplemma.is_known(base, lang="en"):
            return base
    return stem + ending


def _i_verb(m: re.Match[str]) -> str:
    return f"i {_verb(m.group(1), m.group(2))}"


def is_note(folded: str) -> bool:
    """Whether ``folded`` reads as a clinical note: two distinct section heads or chart
    abbreviations."""
    heads = {h.strip(" \t:") for h in _HEAD.findall(folded)}
    marks = _MARKER_WORDS.intersection(_LETTERS.findall(folded))
    return len(heads) + len(marks) >= 2


def respell(folded: str) -> str:
    """``folded`` with a clinical note's heads, "pt" and abbreviations read as plain
    English; the text itself when it is no note."""
    if ":" not in folded and "pt" not in folded or not is_note(folded):
        return folded
    out = _HEAD.sub(". ", folded)
    out = _WITH.sub("with ", _WITHOUT.sub("without ", out))
    out = _ABBREVIATION.sub(lambda m: WORDS[m.group(0)], out)
    out = _PT.sub("i", _PT_OBJECT.sub(r"\1 me", _PT_OWN.sub("my", out)))
    return _I_VERB.sub(_i_verb, out)

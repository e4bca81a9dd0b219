"""A misspelt English cue word read as the word ("apollogise" → apologise, "hapens" →
happens, "fornt" → front), in the folded message the surface rules scan.

Heavy-typo messages miss their cues by one keystroke. Rather than list misspellings
of every term, a word is respelt when all of these hold:

- the dictionary does not know it (a real word is never respelt: "manger", "threw",
  "form" stay as written);
- it is one edit (a letter dropped, added, changed, or two neighbours swapped) from
  exactly one word of :data:`CUES`, and that cue is five letters or more (short words
  have too many neighbours);
- it keeps the cue's first letter (typists rarely miss the first one, and most
  unrelated near-words differ there).

:data:`CUES` are the words the English rules hinge on and people misspell; a cue is
added only with a test of benign words around it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

import simplemma

#: Cue words (folded spelling) a misspelling is read as.
CUES: Final[frozenset[str]] = frozenset(
    [
        "apologise",
        "apologize",
        "apology",
        "apologies",
        "apologising",
        "apologizing",
        "sorry",
        "front",
        "colleagues",
        "expect",
        "tomorrow",
        "happens",
        "someone",
        "somebody",
        "manager",
        "personally",
        "personal",
        "immediately",
        "lawyer",
        "solicitor",
        "compensation",
        "everyone",
        # "giong to love this", "more prdouctive than you", "ruiend my business"
        "going",
        "productive",
        "ruined",
    ]
)

_MIN_CUE: Final = 5
_WORD: Final = re.compile(r"\b[a-z]{4,}\b")
_LETTERS: Final = "abcdefghijklmnopqrstuvwxyz"


def _edits(word: str) -> set[str]:
    """Every string one edit from ``word`` (Norvig's four kinds)."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = {a + b[1:] for a, b in splits if b}
    swaps = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    replaces = {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    inserts = {a + c + b for a, b in splits for c in _LETTERS}
    return deletes | swaps | replaces | inserts


@lru_cache(maxsize=16384)
def corrected(word: str) -> str:
    """``word`` as the one cue it misspells, or ``word`` itself."""
    if word in CUES or len(word) < _MIN_CUE - 1 or simplemma.is_known(word, lang="en"):
        return word
    near = [
        c for c in CUES if len(c) >= _MIN_CUE and c[0] == word[0] and abs(len(c) - len(word)) <= 1
    ]
    if not near:
        return word
    edits = _edits(word)
    hits = [c for c in near if c in edits]
    return hits[0] if len(hits) == 1 else word


def _sub(m: re.Match[str]) -> str:
    return corrected(m.group(0))


def respell(folded: str) -> str:
    """``folded`` with each misspelt cue word read as the cue (see the module)."""
    return _WORD.sub(_sub, folded)


#: Homophones an autocorrect or a hurried typist writes for the word the sentence needs,
#: each read as that word only in a context where the written word cannot stand
#: ("talk too Brenda", "sew you for every cent", "their is no point", "fix it write
#: now"): the written word is a real word, so :func:`corrected` never touches it, and
#: outside these contexts ("me too", "sew a hem", "their order", "write now and then")
#: it stays as written.
_HOMOPHONES: Final = (
    # "too" before an object or a verb's object ("too my house", "talk too Brenda"):
    # "too" only ever modifies an adjective or an adverb, or closes a clause.
    (
        re.compile(
            r"\btoo (?=(?:my|me|your|ur|you|him|her|them|us|the|this|that|our|their|his)\b)"
        ),
        "to ",
    ),
    # "too" after a verb that takes a to-infinitive ("want too talk", "love too take").
    (
        re.compile(
            r"\b((?:want|wants|wanted|need|needs|needed|love|like|have|has|had|going|"
            r"trying|tried|refuse|expect|deserve|wish|hope|plan|gonna) )too (?=[a-z])"
        ),
        r"\1to ",
    ),
    (re.compile(r"\btheir (?=(?:is|was|are|were|will be|has been|isnt|wasnt|arent)\b)"), "there "),
    (re.compile(r"\bknow (?=one else\b)"), "no "),
    (re.compile(r"\bi no (?=(?:where|were|what|who|when|how|your|ur|you)\b)"), "i know "),
    (re.compile(r"\b(know|knows|knew) were\b"), r"\1 where"),
    (
        re.compile(
            r"\b(it|this|that|them|me|him|her|done|sorted|fixed|back|over|here) write now\b"
        ),
        r"\1 right now",
    ),
    (re.compile(r"\bsew (?=(?:you|u|ya|them|him|her|your|ur|the company|this company)\b)"), "sue "),
    (re.compile(r"\bsea (?=(?:you|u|ya)\b)"), "see "),
    (
        re.compile(r"\b((?:will|gonna|going to|youll|youd|shall) )here (?=(?:about|from)\b)"),
        r"\1hear ",
    ),
    (re.compile(r"\bweather (?=(?:he|she|they|you|we|i|it was|it is)\b)"), "whether "),
    (re.compile(r"\bwood (?=(?:love|like|be|have|not|never|you|i)\b)"), "would "),
    (re.compile(r"\b((?:is|was|so|very|really|being|were|are|extremely) )rued\b"), r"\1rude"),
    (re.compile(r"\b((?:wont|not|never|dont|cant|will not) )except\b"), r"\1accept"),
    (
        re.compile(
            r"\b(my|your|ur|the|our|this|a) hole (?=(?:business|kitchen|house|home|life|family|order|bill|year|month|week|day|thing|team|staff|company|store|shop|place|lot|system|amount|price|cost|time)\b)"
        ),
        r"\1 whole ",
    ),
    (
        re.compile(
            r"\b(another|next|last|this|every|per|each|a) weak(?=\s*(?:[.,!?\n]|$|and\b|or\b|for\b|now\b))"
        ),
        r"\1 week",
    ),
    (re.compile(r"\bthe leased (?=(?:you|i|they|we) (?:can|could)\b)"), "the least "),
    (re.compile(r"\b((?:a|such a|has a|got a|what a) )grate (?=[a-z])"), r"\1great "),
    (
        re.compile(
            r"(?<!\bin )\b(the|your|ur|a|store|shift|duty|branch|general|assistant) manger\b"
        ),
        r"\1 manager",
    ),
)
#: A word of :data:`_HOMOPHONES` is in the text (one pass; the rewrites run only then).
_HOMOPHONE_WORDS: Final = re.compile(
    r"\b(?:too|their|know|no|were|write|sew|sea|here|weather|wood|rued|except|hole|weak|leased|grate|manger)\b"
)


def homophones(folded: str) -> str:
    """``folded`` with each homophone read as the word its context needs (see
    :data:`_HOMOPHONES`); the text itself when it holds none."""
    if _HOMOPHONE_WORDS.search(folded) is None:
        return folded
    out = folded
    for pattern, repl in _HOMOPHONES:
        out = pattern.sub(repl, out)
    return out

"""Scots and Northern English spellings read as standard English words, in the folded
message the surface rules scan (``hoose`` → house, ``ootside`` → outside, ``the morra``
→ tomorrow, ``ah'll`` → i will), and the dropped g of an -in' form (``puttin`` →
putting) restored.

The lexicon is written in standard English; rather than add every dialect spelling
of every term (keys multiply, memory grows), the message's words are respelt once.
Two kinds of words:

- :data:`WORDS`: spellings that are no standard English word (``hoose``, ``tae``,
  ``dinnae``): always respelt, and each marks the message as written in the dialect;
- :data:`IN_DIALECT`: spellings that are also ordinary English or names, or text-speak
  (``ma``, ``aw``, ``ah``, ``ken``, ``the night``; ``ye`` for yeah): respelt only in a
  message with a word of :data:`WORDS`, or with two of ``ye``, ``ah``, ``ken``,
  ``bide`` ("ah'm comin doon the night", "ah ken where ye bide" — but "the night
  before", "aw thanks", "Ken was great" stay as written).

An -in word is read as its -ing form only when the dictionary knows the -ing word and
not the written one ("wantin" → wanting; "cabin", "begin", "within" stay).

The word layer reads the same spellings through its tokenizer (``mamori.detect.morph``
takes :data:`WORDS` into its text-speak table).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

import simplemma

#: Dialect spelling (folded: lower case, apostrophes dropped) → standard words.
WORDS: Final[dict[str, str]] = {
    "yer": "your",
    "yer a": "youre a",  # "yer a liar": you're
    "yer an": "youre an",
    "yere": "you are",
    "yersel": "yourself",
    "yersels": "yourselves",
    "youse": "you",
    "yous": "you",
    # the plural you of Liverpool, Ireland and Newfoundland ("yiz", "yez") and of
    # Pittsburgh ("yinz"), as "youse"
    "yiz": "you",
    "yez": "you",
    "yinz": "you",
    # a dropped h of Liverpool, London and the North ("our ouse", "I work from ome")
    "ouse": "house",
    "ome": "home",
    "tae": "to",
    "intae": "into",
    "ontae": "onto",
    "hoose": "house",
    "hooses": "houses",
    "doon": "down",
    "oot": "out",
    "ootside": "outside",
    "aboot": "about",
    "roond": "round",
    "aroond": "around",
    "the morra": "tomorrow",
    "the morn": "tomorrow",
    "the nicht": "tonight",
    "nicht": "night",
    "ahm": "i am",
    "ahll": "i will",
    "ahve": "i have",
    "himsel": "himself",
    "hersel": "herself",
    "masel": "myself",
    "oorsels": "ourselves",
    "kens": "knows",
    "cannae": "cannot",
    "canna": "cannot",
    "dinnae": "dont",
    "didnae": "didnt",
    # the -na of the North-East (Doric): "ye dinna", "he winna", "I canna"
    "dinna": "dont",
    "didna": "didnt",
    "winna": "wont",
    "wouldna": "wouldnt",
    "couldna": "couldnt",
    "shouldna": "shouldnt",
    "isna": "isnt",
    "wasna": "wasnt",
    "wullnae": "wont",
    "willnae": "wont",
    "winnae": "wont",
    "wouldnae": "wouldnt",
    "isnae": "isnt",
    "wasnae": "wasnt",
    "havnae": "havent",
    "havenae": "havent",
    "gonnae": "going to",
    "wantae": "want to",
    "hame": "home",
    "heid": "head",
    "ower": "over",
    "awa": "away",
    "fae": "from",
    "frae": "from",
    "tellt": "told",
    "telt": "told",
    "polis": "police",
    "gies": "give us",
    # Yorkshire and Lancashire ("nowt less", "owt else", "summat wrong", "by tomorrer")
    "nowt": "nothing",
    "owt": "anything",
    "summat": "something",
    "tomorrer": "tomorrow",
}
#: Spellings that are also standard words or names: respelt in a dialect message only.
IN_DIALECT: Final[dict[str, str]] = {
    "ye": "you",  # alone, "ye" is often "yeah"
    "ma": "my",
    "aw": "all",
    "ah": "i",
    "ahd": "i would",
    "ken": "know",
    "bide": "live",
    "oor": "our",
    "yin": "one",
    "the night": "tonight",
    "the day": "today",
    "wi": "with",
    "gie": "give",
    "whit": "what",
    # Doric: "fa" is who and "far" where after knowing or asking ("the loon fa fitted
    # it", "I ken far ye bide"); "nae" no, "toon" the town, "the noo" now
    "fa": "who",
    "ken far": "know where",
    "kens far": "knows where",
    "nae": "no",
    "toon": "town",
    "the noo": "now",
}

#: Jamaican patois spellings (folded) → standard words ("mi a go bruk up di office",
#: "tek picture", "wait fi her"), respelt only in a message with two distinct words of
#: :data:`_PATOIS_MARKERS`: alone, "di", "fi", "dem", "mi" are names, notes or
#: text-speak ("Di from accounts", "wi fi").
PATOIS: Final[dict[str, str]] = {
    "mi a go": "i am going to",
    "mi ago": "i am going to",
    "mi gwine": "i am going to",
    "mi gwaan": "i am going to",
    "mi a": "i am",
    "wid mi": "with my",
    "fi mi": "my",
    "fimi": "my",
    # "mi" after a verb is its object ("pay mi", "gi mi"), before a noun the owner
    # ("mi whole bill", "mi money"); alone, the subject
    **{
        f"{v} mi": f"{v} me"
        for v in (
            "pay",
            "give",
            "gi",
            "send",
            "tell",
            "call",
            "show",
            "help",
            "owe",
            "bring",
            "let",
            "refund",
            "credit",
            "ring",
            "text",
            "email",
            "write",
            "ask",
            "treat",
            "charge",
            "bill",
            "beg",
            "greet",
            "answer",
            "carry",
        )
    },
    **{
        f"mi {n}": f"my {n}"
        for n in (
            "whole",
            "own",
            "bill",
            "money",
            "account",
            "life",
            "house",
            "yard",
            "car",
            "phone",
            "light",
            "current",
            "water",
            "fridge",
            "food",
            "pickney",
            "family",
            "business",
            "order",
            "card",
            "pay",
            "salary",
            "name",
        )
    },
    # "fi" before a verb is "to", of a duty ("unno fi pay mi"), not "for"
    **{
        f"fi {v}": f"to {v}"
        for v in (
            "pay",
            "give",
            "gi",
            "send",
            "write",
            "come",
            "fix",
            "wipe",
            "refund",
            "call",
            "sign",
            "post",
            "apologise",
            "apologize",
            "cancel",
            "credit",
            "do",
            "bring",
            "sort",
            "tell",
        )
    },
    "mi": "i",
    "di": "the",
    "fi": "for",
    "wid": "with",
    "tek": "take",
    "tru": "through",
    "bruk": "break",
    "mash": "smash",
    "unu": "you",
    "unno": "you",
    "unnu": "you",
    "oonu": "you",
    "yuh": "you",
    "dem": "them",
    "nuh": "dont",
    "mek": "make",
    "inna": "in",
    "pon": "on",
    "cyaan": "cant",
    "caan": "cant",
    "deh": "there",
    "seh": "say",
    "wah": "what",
    "likkle": "little",
    "bwoy": "boy",
    "gyal": "girl",
    "dat": "that",
    "dis": "this",
    "an": "and",
    # Krio and West African Pidgin ("ar go wound am", "una must sack am", "pan di
    # phone") and the Creolese of Guyana and Trinidad ("allyuh pay fuh de freezer"):
    # the same respelling, their own pronouns and particles
    "ar go": "i go",
    "ar": "i",
    "una": "you",
    "allyuh": "you",
    "alyuh": "you",
    "fuh": "for",
    "pan": "on",
    "ketch": "catch",
    "tok": "talk",
    "wetin": "what",
    "sabi": "know",
    "mus": "must",
    "wuk": "work",
}
_PATOIS_MARKERS: Final = frozenset(
    [
        "bruk",
        "unu",
        "unno",
        "unnu",
        "oonu",
        "wid",
        "tek",
        "fi",
        "di",
        "yuh",
        "nuh",
        "mek",
        "cyaan",
        "deh",
        "seh",
        "inna",
        "pon",
        "likkle",
        "bwoy",
        "gyal",
        "gwaan",
        "gwine",
        "fimi",
        "mi",
        "una",
        "allyuh",
        "alyuh",
        "fuh",
        "wetin",
        "sabi",
        "ketch",
        "wuk",
    ]
)


#: Tok Pisin (Papua New Guinea) and its kin, Solomon Pijin and Bislama ("mi bai paitim
#: em", "givim mi namba bilong em", "yu mas rausim em") → standard words, respelt only
#: in a message with two distinct words of :data:`_PIDGIN_MARKERS` (words no English
#: writer uses: "mi", "long", "save", "stap" alone are names, English or text-speak).
#: Possession is read first: a noun before "bilong" and a person is that person's noun
#: ("haus bilong em" → his house, :data:`_BILONG`).
PIDGIN: Final[dict[str, str]] = {
    "mi bai": "i will",
    "bai mi": "i will",
    "yu bai": "you will",
    "em bai": "he will",
    "mipela bai": "we will",
    "yupela bai": "you will",
    "em i": "he",
    "i go pinis": "is gone",
    "go pinis": "gone",
    "wanem ples": "where",
    "wanem taim": "what time",
    "laik save": "want to know",
    "mi save": "i know",
    "olgeta de": "every day",
    "olgeta taim": "all the time",
    "nogut tru": "badly",
    "kilim i dai": "kill",
    "kilim dai": "kill",
    "mi gat": "i have",
    "mipela gat": "we have",
    "mi": "i",
    "mipela": "we",
    "yupela": "you",
    "yu": "you",
    "em": "him",
    "ol": "",
    "bai": "will",
    "laik": "want",
    "wanem": "what",
    "ples": "place",
    "stap": "lives",
    "haus": "house",
    "givim": "give",
    "kisim": "get",
    "kwik": "quick",
    "plis": "please",
    "toktok": "talk",
    "tok": "talk",
    "wantaim": "with",
    "tasol": "only",
    "mas": "must",
    "rausim": "get rid of",
    "ringim": "ring",
    "tokim": "tell",
    "lukim": "see",
    "paitim": "beat",
    "kilim": "hit",
    "sutim": "shoot",
    "bagarapim": "wreck",
    "wetim": "wait for",
    "painim": "find",
    "salim": "send",
    "putim": "put",
    "raitim": "write",
    "bekim": "pay back",
    "lusim": "left",
    "long": "at",
    "gat": "have",
    "draiva": "driver",
    "namba": "number",
    "brata": "brothers",
    "meri": "woman",
    "moni": "money",
    "bos": "boss",
    "bosman": "boss",
    "opis": "office",
    "kampani": "company",
    "loya": "lawyer",
    "kot": "court",
    "kalabus": "jail",
    "nau": "now",
    "tumora": "tomorrow",
    "nogut": "bad",
    "sori": "sorry",
    "tenkyu": "thank you",
}
_PIDGIN_MARKERS: Final = frozenset(
    [
        "bilong",
        "blong",
        "mipela",
        "yupela",
        "olgeta",
        "tasol",
        "wantaim",
        "pinis",
        "nogut",
        "givim",
        "kisim",
        "tokim",
        "lukim",
        "paitim",
        "kilim",
        "sutim",
        "wetim",
        "ringim",
        "rausim",
        "lusim",
        "painim",
        "salim",
        "putim",
        "raitim",
        "bekim",
        "bagarapim",
        "wanem",
        "laik",
        "toktok",
        "draiva",
        "namba",
        "kalabus",
        "tenkyu",
    ]
)
_PIDGIN_PEOPLE: Final = {
    "mi": "my",
    "yu": "your",
    "em": "his",
    "mipela": "our",
    "yupela": "your",
}
#: "noun bilong person": the person's noun ("draiva bilong yu" → your draiva, then
#: respelt), one noun back, a plural "ol" before it dropped.
_BILONG: Final = re.compile(r"\b(?:ol )?([a-z]+) b(?:i)?long (mipela|yupela|mi|yu|em)\b")


def _bilong(m: re.Match[str]) -> str:
    return f"{_PIDGIN_PEOPLE[m.group(2)]} {m.group(1)}"


def _pidgin(m: re.Match[str]) -> str:
    w = m.group(0)
    word = w.rstrip(" ")
    standard = PIDGIN.get(word, word)
    # the plural marker "ol" is dropped with its space
    return standard + (" " if w.endswith(" ") and standard else "")


#: Early Modern English (a Renaissance-fair, pulpit or role-play register: "where doth
#: she dwell", "thy servers did falter", "my kingdom lieth in ruin") → standard words,
#: respelt only in a message with a word of :data:`_ARCHAIC_MARKERS` (words no one
#: writes today, so one is enough; "dwell" and "art" are ordinary words elsewhere). A
#: verb's -eth is read as its -s (:func:`eth_verb`).
ARCHAIC: Final[dict[str, str]] = {
    "thy": "your",
    "thine": "your",
    "thee": "you",
    "thou": "you",
    "thyself": "yourself",
    "doth": "does",
    "dost": "do",
    "hath": "has",
    "hast": "have",
    "shalt": "shall",
    "thou art": "you are",
    "art thou": "are you",
    "dwell": "live",
    "dwells": "lives",
    "dwelleth": "lives",
    "dwellest": "live",
    "abode": "home",
}
_ARCHAIC_MARKERS: Final = frozenset(
    ["thy", "thine", "thee", "thou", "thyself", "doth", "dost", "hath", "hast", "shalt"]
)


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=_longest_first))


def _longest_first(w: str) -> tuple[int, str]:
    """Longest first, so an alternation prefers the longer word; ties alphabetically,
    so the pattern is the same in every process (word lists may come from sets)."""
    return -len(w), w


# Whole words only (``\b`` in Unicode: a word run into Japanese is none); "wi fi"
# (Wi-Fi folded) is no "with".
_ANY: Final = re.compile(rf"\b(?:{_alternation([*WORDS, *IN_DIALECT])})\b(?! fi\b)")
_ARCHAIC_ANY: Final = re.compile(rf"\b(?:{_alternation(list(ARCHAIC))})\b")
#: A verb's archaic -eth ("lieth", "maketh", "goeth"; not "teeth", "beneath", "seth").
_ETH_WORD: Final = re.compile(r"\b[a-z]{2,}eth\b")
# "wi fi" (Wi-Fi folded) holds no patois "fi".
_PATOIS_ANY: Final = re.compile(rf"(?<!\bwi )\b(?:{_alternation(list(PATOIS))})\b")
_WIFI: Final = re.compile(r"\bwi fi\b")
#: A transitive verb's "mi" is its object ("givim mi" → give me), and the predicate
#: marker "i" before such a verb no word ("draiva i lusim" → driver left).
_PIDGIN_OBJECT: Final = re.compile(r"\b([a-z]{2,}im) mi\b")
_PIDGIN_PREDICATE: Final = re.compile(r"\bi (?=[a-z]{2,}im\b)")
_PIDGIN_ANY: Final = re.compile(rf"\b(?:{_alternation(list(PIDGIN))})\b ?")
#: The words that mark a message as written in the dialect (of a two-word spelling,
#: its second word: "morra" of "the morra").
_MARKERS: Final = frozenset(w.split(" ")[-1] for w in WORDS if w.split(" ")[-1] not in ("a", "an"))
#: Two of these also mark the dialect ("ah ken where ye bide"); "ma" and "aw" do not
#: ("ma said aw thanks").
_WEAK_MARKERS: Final = frozenset(["ye", "ah", "ken", "bide", "oor", "whit"])
_LETTERS: Final = re.compile(r"[a-z]+")
# An -in word of five letters or more (its dropped g restored if the dictionary says so).
_IN_WORD: Final = re.compile(r"\b[a-z]{3,}in\b")


@lru_cache(maxsize=16384)
def g_dropped(word: str) -> str:
    """An -in' form for -ing ("givin'", "messin", "nothin"; the apostrophe is gone):
    the -ing word when the dictionary knows it and not the written one ("cabin",
    "begin", "within" stay)."""
    if not word.endswith("in") or simplemma.is_known(word, lang="en"):
        return word
    full = word + "g"
    return full if simplemma.is_known(full, lang="en") else word


def _restore_g(m: re.Match[str]) -> str:
    return g_dropped(m.group(0))


#: Nouns a possessive "me" stands before in Irish, Liverpool, Newfoundland, Australian
#: and Cockney speech ("to me face", "at me door", "me solicitor says"): a person's own
#: body, people, home and affairs. "me" before another word stays an object ("give me
#: money", "for me to decide").
_ME_OWNED: Final = (
    "face|door|doorstep|house|ouse|home|flat|gaff|knee|knees|lap|mam|ma|mum|mom|mother|da|"
    "dad|father|nan|nana|gran|wife|missus|husband|fella|kids|kid|son|daughter|sister|brother|"
    "mate|mates|family|car|van|truck|order|bill|account|money|lawyer|solicitor|internet|phone|"
    "ticket|season ticket|bags|bag|stuff|tea|brew|dinner|life|job|business|boss|own|"
    "cousin|uncle|auntie|aunt|garden|roof|boiler|shop|motor|wages|pension|benefits"
)
#: A possessive "me" after a preposition ("sit on me knee", "to me face") or opening a
#: sentence ("me solicitor says").
_ME_POSS: Final = re.compile(
    rf"(\b(?:to|on|at|in|into|for|with|from|of|round|by|about|off|under|outside|near) |^|(?<=[.!?\n] ))"
    rf"me (?=(?:{_ME_OWNED})\b)",
    re.MULTILINE,
)
#: "ye" for you where "yeah" cannot stand: before a verb or an auxiliary ("ye tell
#: Brittany", "ye comes to me") and after a verb or a preposition ("I wants ye to send").
_YE_SUBJECT: Final = re.compile(
    r"\bye (?=(?:tell|told|come|comes|send|sends|sent|get|gets|got|need|needs|have|has|are|is|"
    r"know|put|owe|owes|better|lot|crowd|people|guys|all|can|cant|will|wont|did|didnt|do|"
    r"dont|does|doesnt|must|should|shouldnt|charged|said|says|promised|lied|ruined|broke|"
    r"took|sold|left|gave|give|never|always|wants|want|were|was)\b)"
)
_YE_OBJECT: Final = re.compile(
    r"\b(to|of|for|with|from|at|tell|told|want|wants|wanted|give|gave|see|sue|call|ring|"
    r"pay|paid|trust|warn|warned|warning|owe|asked|asking|ask|like|need|needs) ye\b"
)
#: A first or second person with the -s of the third ("I wants", "I gets her", "ye comes
#: to me"): Newfoundland, West Country and Northern speech.
_I_VERB_S: Final = re.compile(
    r"\b(i|you|we|they) (want|get|know|need|go|say|see|call|think|like|love|hate|expect|demand|tell|come|"
    r"ring|keep|take|make)s\b"
)


def _owned_me(folded: str) -> str:
    """A possessive "me", "ye" for you and a first person's -s verb read as standard
    English (see :data:`_ME_POSS`, :data:`_YE_SUBJECT`, :data:`_I_VERB_S`): each is
    read in a context where the standard reading cannot stand, so no dialect marker is
    needed for it."""
    out = folded
    if "me " in out:
        out = _ME_POSS.sub(r"\1my ", out)
    if "ye " in out or out.endswith("ye"):
        out = _YE_OBJECT.sub(r"\1 you", _YE_SUBJECT.sub("you ", out))
    return _I_VERB_S.sub(r"\1 \2", out)


def respell(folded: str) -> str:
    """``folded`` (a folded message) with its dialect spellings and dropped g's read as
    standard English; the text itself when it holds none. Sentence boundaries stay."""
    folded = _owned_me(folded)
    words = _LETTERS.findall(folded)  # one pass; the rewrites run only where needed
    out = folded
    if any(len(w) >= 5 and w.endswith("in") and g_dropped(w) != w for w in words):
        out = _IN_WORD.sub(_restore_g, out)
    if not _ARCHAIC_MARKERS.isdisjoint(words):
        out = _ETH_WORD.sub(_eth_verb, _ARCHAIC_ANY.sub(_archaic, out))
    patois = words if "wi fi" not in folded else _LETTERS.findall(_WIFI.sub(" ", folded))
    if len(_PIDGIN_MARKERS.intersection(words)) >= 2:
        out = _PIDGIN_PREDICATE.sub("", _PIDGIN_OBJECT.sub(r"\1 me", _BILONG.sub(_bilong, out)))
        out = _PIDGIN_ANY.sub(_pidgin, out)
    elif len(_PATOIS_MARKERS.intersection(patois)) >= 2:
        out = _PATOIS_ANY.sub(_patois, out)
    if _MARKERS.isdisjoint(words) and len(_WEAK_MARKERS.intersection(words)) < 2:
        return out
    if any(w.startswith("t") and t_article(w) != w for w in words):
        out = _T_WORD.sub(_t_article, out)
    return _ANY.sub(_standard, out)


# A word run into the Northern English article t' ("t'ombudsman", "t'whole", its
# apostrophe gone when folded: "tombudsman").
_T_WORD: Final = re.compile(r"\bt[a-z]{3,}\b")


@lru_cache(maxsize=16384)
def t_article(word: str) -> str:
    """In a dialect message, a word run into the article t' read as "the" and the word
    ("tombudsman" → the ombudsman) when the dictionary knows the word without its t and
    not the written one ("table", "toll", "twelve" stay)."""
    if len(word) < 4 or not word.startswith("t") or simplemma.is_known(word, lang="en"):
        return word
    rest = word[1:]
    return f"the {rest}" if simplemma.is_known(rest, lang="en") else word


def _t_article(m: re.Match[str]) -> str:
    return t_article(m.group(0))


def _archaic(m: re.Match[str]) -> str:
    return ARCHAIC.get(m.group(0), m.group(0))


@lru_cache(maxsize=4096)
def eth_verb(word: str) -> str:
    """An archaic -eth verb as its -s form when the dictionary knows the stem and not
    the written word ("lieth" → lies, "maketh" → makes, "goeth" → goes); "teeth",
    "beneath" and names stay."""
    if not word.endswith("eth") or simplemma.is_known(word, lang="en"):
        return word
    for stem in (word[:-2], word[:-3]):  # make-th, go-eth
        if len(stem) >= 2 and simplemma.is_known(stem, lang="en"):
            return stem + ("es" if stem.endswith(("o", "s", "sh", "ch", "x")) else "s")
    return word


def _eth_verb(m: re.Match[str]) -> str:
    return eth_verb(m.group(0))


def _patois(m: re.Match[str]) -> str:
    return PATOIS.get(m.group(0), m.group(0))


def _standard(m: re.Match[str]) -> str:
    w = m.group(0)
    return WORDS.get(w) or IN_DIALECT.get(w) or w


#: Hesitations a speech recogniser writes out (uh, um, hmm, erm): no words. Dropped
#: from the folded text so that phrases read as said ("under the uh contract" is
#: "under the contract").
_HESITATION: Final = re.compile(
    r"(?<![\w'])(?:u+h+|u+m+|uhm+|h+m+|e+rm+|er)(?![\w'])[ \t]*,?[ \t]*"
)
#: "you know" between a determiner and its noun ("the you know contract") is a filler
#: too; elsewhere ("you know where I live") it is words.
_YOU_KNOW: Final = re.compile(r"\b(the|a|an|my|your|our|this|that) you know (?=\w)")


def without_hesitations(folded: str) -> str:
    """``folded`` without a speech recogniser's hesitations (see :data:`_HESITATION`);
    the text itself when it holds none. Sentence boundaries stay."""
    if _HESITATION.search(folded) is None and _YOU_KNOW.search(folded) is None:
        return folded
    return _YOU_KNOW.sub(r"\1 ", _HESITATION.sub("", folded))

"""Japanese written in Latin letters (romaji), read as kana.

Some customers write Japanese in romaji (a keyboard without an IME, chat habits, or
to slip past a filter): 「kono operator maji baka www」「henkin shiro yo」. Read as
English, none of it means anything. :func:`as_kana` finds each sentence (or, failing
that, each comma clause) that is romaji rather than English and writes its romaji
words in hiragana, so the Japanese path reads it like any Japanese text.

A span is romaji when (:func:`is_romaji`):

- it holds no English function word (``the``, ``and``, ``you``, ``is`` … — loan words
  in romaji are content words, English sentences always have some of these);
- at most a quarter of its words fail to spell Japanese syllables (loan words such as
  ``operator`` are allowed; Hepburn, kunrei and IME spellings all parse, with long
  vowels, doubled consonants for っ, ``n`` / ``n'`` / ``m`` before b, p, m for ん);
- and it shows Japanese grammar: a particle, copula, auxiliary, pronoun or a verb or
  adjective ending that is no English word (``kara``, ``desu``, ``omae``, ``…masu``,
  ``…shite``), or two Japanese words that are no English words and a particle that
  is (``no``, ``yo``, ``na``).

Names (``Sato Kenji``), loan words in English (``sushi``, ``karaoke``), URLs, e-mail
addresses, product codes and text-speak carry none of that grammar, or sit among
English function words, and stay English. The conversion is jaconv's
(:func:`jaconv.alphabet2kana`), after the Hepburn spellings it reads as IME keys
(``onna``, ``ō``, ``shimbun``) are spelt as typed.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Final

import jaconv
import simplemma

from mamori.detect.text.english import FUNCTION_WORDS

#: A sentence ends at a line break, or at . ! ? followed by a space or the end (not
#: inside an address or a number).
_SENTENCE: Final = re.compile(r"\n|[.!?。！？]+(?=\s|$)")
_CLAUSE: Final = re.compile(r"[,;:、]")
#: A chunk between spaces, and the letters of a word within it.
_CHUNK: Final = re.compile(r"\S+")
_LETTERS: Final = re.compile(r"[a-zāīūēōâîûêô']+", re.I)
_HAS_LETTER: Final = re.compile(r"[a-z]", re.I)
#: Punctuation a word may carry around it; anything else in a chunk (digits, @, /, a
#: dot inside) makes it an address, a code or a handle: left as written.
_EDGE: Final = "\"'“”‘’()[]「」,.;:!?、。！？…~〜-"
_WORD_CHUNK: Final = re.compile(r"[a-zāīūēōâîûêô']+(?:-[a-zāīūēōâîûêô']+)*", re.I)
_JAPANESE: Final = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]")
#: A run of Latin letters (with the spaces, digits and ASCII punctuation between them)
#: inside Japanese text: it ends at Japanese script, Japanese punctuation, brackets or
#: an ellipsis.
_LATIN_RUN: Final = re.compile(
    r"[A-Za-zāīūēōâîûêôĀĪŪĒŌ'](?:[^\u2026\u3000-\u30ff\u3400-\u9fff\uff00-\uffef\n]*"
    r"[A-Za-zāīūēōâîûêôĀĪŪĒŌ'.!?])?"
)

#: One mora: an optional onset and a vowel; ん (n not before a vowel or y, n', m before
#: b p m); the first of a doubled consonant (っ: kk, tt, tch, cch, ss …).
_MORA: Final = (
    r"(?:(?:ch|sh|ts|[kgsztdnhbpmrj]y|[kgsztdnhbpmyrwfjv])?[aiueo]"
    r"|n'|n(?![aiueoy])|m(?=[bpm])"
    r"|([kgsztdhbpfjrw])(?=\1)|t(?=ch)|c(?=ch))"
)
_ROMAJI_WORD: Final = re.compile(rf"(?:{_MORA})+")
_MACRONS: Final = str.maketrans(
    {"ā": "aa", "ī": "ii", "ū": "uu", "ē": "ee", "ō": "ou"}
    | {"â": "aa", "î": "ii", "û": "uu", "ê": "ee", "ô": "ou"}
)
#: Laughter and chat interjections (``www``, ``lol``, ``ok``) and acronyms (``SNS``,
#: ``ID``, ``LINE``; capitals among lower-case words) are neither language, and are
#: kept as written.
_LAUGH: Final = re.compile(r"w+|lol|lmao|omg|xd|ok|okay")
_ACRONYM: Final = re.compile(r"[A-Z]{2,5}")

#: English function words: one of them makes a span English.
_ENGLISH: Final = FUNCTION_WORDS | frozenset(
    [
        "i'm",
        "i've",
        "i'd",
        "i'll",
        "you're",
        "him",
        "his",
        "her",
        "hers",
        "it's",
        "yeah",
    ]
)
#: Japanese grammar words (particles, copulas, auxiliaries, forms of する/やる/くれる,
#: pronouns, demonstratives, common adverbs and set phrases). Those that are also
#: English words (``no``, ``yo``, ``na``) count only beside two Japanese words; ``to``,
#: ``made`` and ``demo`` are too common in English to count at all.
_MARKERS: Final = frozenset(
    [
        "wa",
        "ga",
        "wo",
        "ni",
        "mo",
        "no",
        "ya",
        "ka",
        "kara",
        "yori",
        "dake",
        "shika",
        "nado",
        "toka",
        "tte",
        "nante",
        "noni",
        "node",
        "kedo",
        "keredo",
        "ne",
        "yo",
        "na",
        "zo",
        "ze",
        "sa",
        "kana",
        "kashira",
        "yone",
        "jan",
        "janai",
        "nee",
        "yaro",
        "yarou",
        "darou",
        "daro",
        "deshou",
        "desho",
        "dayo",
        "dana",
        "dane",
        "dazo",
        "nda",
        "nanda",
        "nano",
        "ssu",
        "desu",
        "deshita",
        "desuka",
        "masu",
        "mashita",
        "masen",
        "ja",
        "jya",
        "zya",
        "dearu",
        "mitai",
        "rashii",
        "nai",
        "nakatta",
        "tai",
        "suru",
        "shiro",
        "shite",
        "shita",
        "shitai",
        "shinai",
        "shitara",
        "shiteru",
        "sureba",
        "yaru",
        "yare",
        "yatte",
        "kure",
        "kureru",
        "kudasai",
        "koi",
        "oke",
        "watashi",
        "watakushi",
        "atashi",
        "boku",
        "ore",
        "omae",
        "omaera",
        "anta",
        "anata",
        "kimi",
        "kayo",
        "noka",
        "nokayo",
        "janee",
        "nee",
        "naa",
        "yona",
        "wayo",
        "noyo",
        "nanoka",
        "suru",
        "kuru",
        "iku",
        "iru",
        "aru",
        "naru",
        "kisama",
        "temee",
        "teme",
        "temae",
        "koitsu",
        "soitsu",
        "aitsu",
        "yatsu",
        "kore",
        "sore",
        "kono",
        "sono",
        "ano",
        "koko",
        "soko",
        "asoko",
        "doko",
        "dare",
        "nani",
        "naze",
        "nande",
        "doushite",
        "dou",
        "itsu",
        "maji",
        "mou",
        "mada",
        "zenzen",
        "hontou",
        "honto",
        "chotto",
        "totemo",
        "sugoi",
        "sugee",
        "sugu",
        "hayaku",
        "zettai",
        "motto",
        "yappari",
        "arigatou",
        "arigato",
        "gozaimasu",
        "onegai",
        "onegaishimasu",
        "sumimasen",
        "gomen",
        "gomennasai",
        "yoroshiku",
        "douzo",
        "iie",
        "otsukaresama",
    ]
)
#: Particles the English word list knows but English sentences do not use.
_JAPANESE_ONLY: Final = frozenset(["wo", "ga", "ne", "ze"])
#: Case particles English never writes: the word before one is a Japanese noun even
#: when it spells an English function word (hi wo, me ga, are wo).
_NOUN_PARTICLES: Final = frozenset(["wo", "ga"])
#: Verb and adjective endings (on words that are no English word).
_ENDINGS: Final = (
    "masu",
    "masen",
    "mashita",
    "mashou",
    "desu",
    "deshita",
    "nai",
    "nakatta",
    "tai",
    "takunai",
    "shite",
    "shita",
    "teru",
    "sugi",
    "sugiru",
    "kute",
    "katta",
    "kunai",
    "nasai",
    "kudasai",
    "chatta",
    "chau",
    "tara",
    "reba",
    "yagare",
    "yagatte",
    # te-forms (oshiete, kaite, yatte, yonde): asking, ordering, going on
    "ete",
    "ite",
    "tte",
    "nde",
)
#: Particles written as pronounced, in kana as written (は, へ, を); sentence-final
#: "wa" stays わ.
_PARTICLES: Final = {"wa": "は", "e": "へ", "o": "を"}
#: Loan words allowed among the romaji words: at most one in four words.
_LOAN_SHARE: Final = 4


@lru_cache(maxsize=16384)
def spells_japanese(word: str) -> bool:
    """``word`` (lower case) is a sequence of Japanese syllables in romaji."""
    return _ROMAJI_WORD.fullmatch(word.translate(_MACRONS)) is not None


@lru_cache(maxsize=16384)
def _english(word: str) -> bool:
    return bool(simplemma.is_known(word, lang="en"))


_JAPANESE_WORDS: dict[str, bool] = {}


def _japanese_word(word: str) -> bool:
    """``word`` (any case) spells Japanese and is no English word (memoised: a dict is
    cheaper than ``lru_cache`` for the words of every English message)."""
    got = _JAPANESE_WORDS.get(word)
    if got is None:
        low = word.lower()
        got = spells_japanese(low) and (low in _JAPANESE_ONLY or not _english(low))
        if len(_JAPANESE_WORDS) >= 65536:
            _JAPANESE_WORDS.clear()  # simple bound; the common words come back
        _JAPANESE_WORDS[word] = got
    return got


def _grammar(word: str) -> bool:
    """A Japanese word (lower case, no English word) that is grammar (see _MARKERS)."""
    return word in _MARKERS or word.endswith(_ENDINGS)


def is_romaji(words: list[str], beside: bool = False) -> bool:
    """The words of a span (as written) are Japanese in romaji (see the module doc).
    ``beside``: another sentence of the message is romaji, so one Japanese word and a
    particle that is also English will do (「Nido to kuru na!」)."""
    japanese = foreign = strong = weak = counted = 0
    shouted = not any(w != w.upper() for w in words)
    for i, w in enumerate(words):
        low = w.lower()
        if not shouted and _ACRONYM.fullmatch(w):
            continue  # SNS, ID, LINE, TO (but OMAE BAKA DESU is shouted romaji)
        if _LAUGH.fullmatch(low):
            continue
        if low in _ENGLISH:
            if i + 1 < len(words) and words[i + 1].lower() in _NOUN_PARTICLES:
                # 「hi wo tsukeru」「me ga warui」: an English word's spelling before a
                # Japanese case particle is a Japanese noun (火, 目)
                counted += 1
                japanese += 1
                continue
            return False
        counted += 1
        if not spells_japanese(low):
            foreign += 1
            continue
        english = not _japanese_word(low)
        marker = low in _MARKERS if english else _grammar(low)
        if not english:
            japanese += 1
            strong += marker
        else:
            weak += marker
    if counted < 2 or foreign * _LOAN_SHARE > counted:
        return False
    return strong >= 1 or (japanese >= (1 if beside else 2) and weak >= 1)


@lru_cache(maxsize=16384)
def to_kana(word: str) -> str | None:
    """A romaji word in hiragana (None if it does not convert whole)."""
    w = unicodedata.normalize("NFC", word.lower()).translate(_MACRONS)
    if not _ROMAJI_WORD.fullmatch(w):
        return None
    # jaconv reads IME keys: in Hepburn "nn" before a vowel is ん + n (onna = おんな),
    # and m before b/p/m is ん (shimbun).
    w = re.sub(r"nn(?=[aiueoy])", "n'n", w)
    w = re.sub(r"m(?=[bpm])", "n'", w)
    kana = str(jaconv.alphabet2kana(w))
    return kana if kana and not _HAS_LETTER.search(kana) and "'" not in kana else None


def _words(span: str) -> list[str]:
    return _LETTERS.findall(" ".join(c for c in _chunks(span) if c))


def _chunks(span: str) -> list[str]:
    """The chunks of ``span`` that are words (hyphens split them); an address, code or
    handle chunk gives ''."""
    out: list[str] = []
    for m in _CHUNK.finditer(span):
        c = m.group().strip(_EDGE)
        out.append(c.replace("-", " ") if _WORD_CHUNK.fullmatch(c) else "")
    return out


def _convert(span: str) -> str:
    """``span`` with its romaji words in hiragana, no space between two converted words,
    commas and full stops as 、 and 。."""
    out: list[str] = []
    last_kana = False
    pos = 0
    shouted = span == span.upper()
    for m in _CHUNK.finditer(span):
        gap = span[pos : m.start()]
        pos = m.end()
        chunk = m.group()
        lead = len(chunk) - len(chunk.lstrip(_EDGE))
        core = chunk.strip(_EDGE)
        head, tail = chunk[:lead], chunk[lead + len(core) :]
        acronym = not shouted and _ACRONYM.fullmatch(core) is not None
        parts = core.split("-") if _WORD_CHUNK.fullmatch(core) and not acronym else None
        kana = [p if _surname(p) else to_kana(p) for p in parts] if parts else None
        if kana and core.lower() in _PARTICLES and not tail and span[pos:].strip():
            kana = [_PARTICLES[core.lower()]]  # "omae wa" = おまえは, "mise e" = みせへ
        if kana and all(k is not None for k in kana):
            converted = head + "".join(k for k in kana if k) + _punct(tail)
            if not (last_kana and not head):
                out.append(gap)
            out.append(converted)
            last_kana = not tail.strip(",、")
        else:
            out.append(gap)
            out.append(chunk)
            last_kana = False
    out.append(span[pos:])
    return "".join(out)


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    """The lexicon's common surnames in romaji (names.yaml), less the grammar words
    some of them spell (``kono``)."""
    from mamori.detect.text.redact import common_surnames

    return frozenset(n for n in common_surnames() if n.isascii() and n.isalpha()) - _MARKERS


def _surname(word: str) -> bool:
    """A capitalised word of a romaji sentence that is a known surname (「Kubo wo
    dase」): kept as written, the name the staff-naming rules know, where its kana
    would be an unknown word."""
    return word[:1].isupper() and word[1:].islower() and word.lower() in _surnames()


def _punct(tail: str) -> str:
    """Japanese punctuation after a converted word; an ellipsis stays dots (a run of
    。 would be one sentence break where "..." are three)."""
    tail = tail.replace(",", "、")
    return tail.replace(".", "。") if tail.count(".") == 1 else tail


def as_kana(text: str) -> str | None:
    """``text`` with each romaji sentence (or comma clause) in kana; None when no span
    is romaji. Sentence breaks stay where they were (evidence is cut from the text as
    written, sentence by sentence)."""
    if not _HAS_LETTER.search(text):
        return None
    # Every romaji span holds a Japanese word that is no English word: most English
    # messages have none, and are done after one look-up per word. Nor can a sentence
    # pass that the message's words as a whole would not (no Japanese grammar).
    words = _LETTERS.findall(text)
    japanese = [w for w in words if _japanese_word(w)]
    if not japanese or not (
        any(_grammar(w.lower()) for w in japanese)
        or (len(japanese) >= 2 and any(w.lower() in _MARKERS for w in words))
    ):
        return None
    sentences: list[str] = []
    start = 0
    for m in _SENTENCE.finditer(text):
        sentences.append(text[start : m.end()])
        start = m.end()
    sentences.append(text[start:])
    latin = [bool(_HAS_LETTER.search(s)) and not _JAPANESE.search(s) for s in sentences]
    romaji = [ok and is_romaji(_words(s)) for s, ok in zip(sentences, latin, strict=True)]
    if any(romaji):
        # A message does not switch language at every sentence: beside a romaji
        # sentence, the others need less to be read as romaji too.
        romaji = [
            r or (ok and is_romaji(_words(s), beside=True))
            for s, ok, r in zip(sentences, latin, romaji, strict=True)
        ]
    out: list[str] = []
    changed = False
    for sentence, ok, r in zip(sentences, latin, romaji, strict=True):
        if r:
            out.append(_convert(sentence))
            changed = True
        elif _JAPANESE.search(sentence):
            embedded = _embedded(sentence)
            changed = changed or embedded != sentence
            out.append(embedded)
        elif ok and _CLAUSE.search(sentence):
            clauses = _clauses(sentence)
            changed = changed or clauses != sentence
            out.append(clauses)
        else:
            out.append(sentence)
    return "".join(out) if changed else None


def _embedded(sentence: str) -> str:
    """A sentence in Japanese script with its Latin-letter runs read as romaji each on
    its own (「もしもし？omae korosu zo。」, a memo quoting 「dogeza shite ayamare yo」):
    a run is delimited by Japanese script and punctuation, and is judged like a message
    of its own; English runs (「account hackedの件」) stay as written."""
    return _LATIN_RUN.sub(lambda m: as_kana(m.group()) or m.group(), sentence)


def _clauses(sentence: str) -> str:
    """A romaji clause in an English sentence, in kana: "I paid, henkin shiro yo"."""
    pieces: list[str] = []
    cut = 0
    for c in [*_CLAUSE.finditer(sentence), None]:
        stop = c.end() if c is not None else len(sentence)
        clause = sentence[cut:stop]
        cut = stop
        pieces.append(_convert(clause) if is_romaji(_words(clause)) else clause)
    return "".join(pieces)

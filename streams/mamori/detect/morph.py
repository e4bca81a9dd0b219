"""Morphological analysis for the content detector: text → tokens with lemma, reading, POS
and conjugation form.

Japanese: SudachiPy with sudachidict-core, split mode C (the longest units, so a
compound such as 幼稚園児 stays one word). The normalised form folds spelling variants
(ころす → 殺す, キモい → きもい) and the reading folds kana vs kanji for nouns
(ばか = 馬鹿). Chosen over fugashi + unidic-lite by measurement (docs/benchmarks.md).

English: a small tokenizer with contractions and text-speak expanded (``you're`` → you are,
``u r`` → you are, ``gonna`` → going to), light leetspeak and letter runs folded
(``fuuuck``, ``sh1t``), and lemmas from simplemma (``fucking`` → fuck, ``posted`` → post).

Analysis is a pure function of the text; results are cached by the normalised text,
because chat streams repeat texts. The detector only calls this for messages (or
sentences) the surface pre-filter lets through (:mod:`mamori.detect.match`).
"""

from __future__ import annotations

import re
import unicodedata
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, Final, cast

import simplemma

from mamori.detect.text import dialect, spoken, tohoku
from mamori.detect.text.kana import KANA_CHAR
from mamori.detect.text.normalize import HANDLE as _HANDLE_RE
from mamori.detect.text.normalize import KYUJITAI, OBFUSCATION_PROBE, is_handle, unobfuscate

#: Coarse parts of speech shared by both languages.
NOUN: Final = "NOUN"
PRON: Final = "PRON"
VERB: Final = "VERB"
ADJ: Final = "ADJ"  # adjectives (形容詞) and adjectival nouns (形状詞)
AUX: Final = "AUX"  # auxiliaries (助動詞); English modals
PART: Final = "PART"  # particles (助詞)
NUM: Final = "NUM"
PUNCT: Final = "PUNCT"
#: en: an @handle ("@support_bot"): the name of whom the text is addressed to, as written.
HANDLE: Final = "HANDLE"
OTHER: Final = "OTHER"

_MAX_CHARS: Final = 4000
_CACHE_SIZE: Final = 4096


@dataclass(frozen=True, slots=True, init=False)
class Token:
    """One word of an analysed text."""

    surface: str
    #: Dictionary form, normalised: Sudachi's normalised form (ja), simplemma lemma (en).
    lemma: str
    #: Hiragana reading of the surface (ja); the lemma again (en).
    reading: str
    #: Coarse POS (NOUN, VERB, ...) and the analyser's finer POS (e.g. 接続助詞, 終助詞).
    pos: str
    pos2: str
    #: Conjugation form (ja: 命令形, 意志推量形, 仮定形-一般, ...; en: "past", "ing" or "").
    cform: str
    #: [start, end) in the analysed (normalised) text.
    start: int
    end: int
    #: Forms a lexicon word may match (computed once, see :func:`_keys`; an argument
    #: given here is ignored).
    keys: frozenset[str] = frozenset()
    #: English: written with a capital inside a sentence, or after a title (Mr, Ms):
    #: a name ("put Mike on", "fire Ms. Tanaka"). Case is otherwise folded away.
    proper: bool = False
    #: Japanese: a word the dictionary does not know (its part of speech is a guess).
    unknown: bool = False

    def __init__(
        self,
        surface: str,
        lemma: str,
        reading: str,
        pos: str,
        pos2: str,
        cform: str,
        start: int,
        end: int,
        keys: frozenset[str] = frozenset(),
        proper: bool = False,
        unknown: bool = False,
    ) -> None:
        # Every analysed word is one Token: the generated __init__ of a frozen dataclass
        # sets each field through object.__setattr__ (≈ 1.4 µs a token); the slots' own
        # descriptors do the same in a third of the time.
        _set_surface(self, surface)
        _set_lemma(self, lemma)
        _set_reading(self, reading)
        _set_pos(self, pos)
        _set_pos2(self, pos2)
        _set_cform(self, cform)
        _set_start(self, start)
        _set_end(self, end)
        _set_keys(self, _keys_of(surface, lemma, reading, pos, cform))
        _set_proper(self, proper)
        _set_unknown(self, unknown)


def _setter(name: str) -> Callable[[Token, object], None]:
    return cast(Callable[[Token, object], None], Token.__dict__[name].__set__)


_set_surface: Final = _setter("surface")
_set_lemma: Final = _setter("lemma")
_set_reading: Final = _setter("reading")
_set_pos: Final = _setter("pos")
_set_pos2: Final = _setter("pos2")
_set_cform: Final = _setter("cform")
_set_start: Final = _setter("start")
_set_end: Final = _setter("end")
_set_keys: Final = _setter("keys")
_set_proper: Final = _setter("proper")
_set_unknown: Final = _setter("unknown")


def _keys(t: Token) -> frozenset[str]:
    return _keys_of(t.surface, t.lemma, t.reading, t.pos, t.cform)


def _keys_of(surface: str, lemma: str, reading: str, pos: str, cform: str) -> frozenset[str]:
    """Lemma and surface; for nouns written in kana also the reading (ばか = 馬鹿). A word
    written in kanji is that word only: 分 (minutes) is read ふん like 糞, and 共用 きょうよう
    like 教養. A past form keeps only its surface: "fooled" is not "fool", "posted" not
    "post". An adjective's reading is also kept tagged with its part of speech (see
    :func:`lexicon_keys`)."""
    if cform == "past":
        return frozenset((surface,))
    if pos in _READ_POS and not _KANJI.search(surface):
        if pos == ADJ:
            return frozenset((lemma, surface, reading, _adj_reading(reading)))
        return frozenset((lemma, surface, reading))
    return frozenset((lemma, surface))


def _adj_reading(reading: str) -> str:
    """An adjective's reading as a key only another adjective has: 暗い read くらい must
    not match the particle くらい/ぐらい."""
    return reading + "\x1fADJ"


def lexicon_keys(t: Token) -> frozenset[str]:
    """The keys of a word as a lexicon lists it: its reading too, so that a kanji entry
    (馬鹿) matches the word written in kana (ばか, バカ). An adjective's reading matches
    only an adjective written in kana."""
    if t.cform != "past" and t.pos in (NOUN, PRON, ADJ, OTHER) and t.reading:
        if t.pos == ADJ:
            return t.keys | {_adj_reading(t.reading)}
        return t.keys | {t.reading}
    return t.keys


_POS_JA: Final[dict[str, str]] = {
    "名詞": NOUN,
    "代名詞": PRON,
    "動詞": VERB,
    "形容詞": ADJ,
    "形状詞": ADJ,
    "助動詞": AUX,
    "助詞": PART,
    "補助記号": PUNCT,
    "空白": PUNCT,
}

_KATA2HIRA: Final = {cp: cp - 0x60 for cp in range(0x30A1, 0x30F7)}
_JA_CHARS: Final = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]")
#: Runs of three or more of one character (``\1\1+``: as ``\1{2,}``, three times faster).
_RUNS: Final = re.compile(r"(.)\1\1+")
_KANJI: Final = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
#: A sentence with its closing marks (the analyser reads each on its own).
_JA_SENTENCE: Final = re.compile(r"[^。！？!?\n]*(?:[。！？!?\n]+|$)")
#: Parts of speech whose kana spelling also matches by its reading (see _keys_of).
_READ_POS: Final = frozenset([NOUN, PRON, ADJ, OTHER])


def is_japanese(text: str) -> bool:
    return _JA_CHARS.search(text) is not None


def normalise(text: str) -> str:
    """What the analyser reads: NFKC, lower case, old character forms (旧字体) as
    today's, runs of one character (≥ 3) → one,
    and the colloquial adjective-stem exclamation with a doubled consonant read as the
    adjective (「きっも」 → きもい, 「うっざ」 → うざい)."""
    s = _RUNS.sub(r"\1", unicodedata.normalize("NFKC", text[:_MAX_CHARS]).lower())
    if "っ" in s:
        s = _GEMINATE_STEM.sub(r"\1\2い", s)
    return s.translate(KYUJITAI)  # old character forms (學 → 学), one for one


#: A lone kana + っ + kana (「きっも」「うっざ」) standing as a word of its own.
_GEMINATE_STEM: Final = re.compile(
    r"(?<![ぁ-んァ-ン一-龥])([ぁ-ん])っ([もざるさしぐ])(?![ぁ-んァ-ン一-龥])"
)


def _cased(text: str, normalised: str) -> str | None:
    """``normalised`` before lower-casing, when it lines up with it character by
    character (else None: case is then unknown, and no word counts as a name)."""
    if normalised == normalised.upper():
        return None  # nothing to tell (all lower, digits, CJK)
    cased = unicodedata.normalize("NFKC", text[:_MAX_CHARS])
    if cased.isascii() and cased == cased.lower():
        return normalised  # no capital: the same text (runs fold alike in either case)
    cased = _RUNS.sub(r"\1", cased)
    if "っ" in cased:
        cased = _GEMINATE_STEM.sub(r"\1\2い", cased)
    return cased if cased.lower() == normalised else None


@lru_cache(maxsize=1)
def _dictionary() -> Any:
    """The system dictionary, loaded once per process and shared by every analyser: a
    dictionary is read-only, and each new load maps its pages afresh (a new analyser's
    first texts paid ≈ 15 µs each in page faults)."""
    from sudachipy import Dictionary

    return Dictionary(dict="core")


class _Japanese:
    def __init__(self) -> None:
        from sudachipy import SplitMode

        self._tok: Any = _dictionary().tokenizer(mode=SplitMode.C)  # mode C: longest units
        #: Per POS id of the dictionary: (coarse POS, finer POS, conjugation form).
        self._pos = _POS_TAGS
        #: Katakana reading → hiragana (str.translate costs more than a look-up).
        self._readings = _READINGS
        #: (word id, surface) → the token's dictionary part (see _WORDS_SIZE).
        self._words = _WORDS
        #: Text → its Tohoku respelling and tokens, or None (see :meth:`standard`).
        self._standard: dict[str, tuple[str, tuple[Token, ...]] | None] = {}

    def tokens(self, text: str) -> list[Token]:
        toks = self._plain(text)
        standard = self.standard(text, toks) if tohoku.PROBE.search(text) else None
        if standard is not None:
            # Same length as ``text``: the tokens' positions are those of the text.
            text, toks = standard[0], list(standard[1])
        respoken = self._respoken(text, toks)
        return toks if respoken is None else respoken

    def standard(
        self, text: str, toks: list[Token] | None = None
    ) -> tuple[str, tuple[Token, ...]] | None:
        """:meth:`_standard` and the tokens of its text, once per text: the surface pass
        (:meth:`Analyser.standard`) and the analysis of a sentence (:meth:`tokens`) both
        ask, and streams repeat sentences. ``toks``: the text's own tokens, if known."""
        if text in self._standard:
            return self._standard[text]
        got = self._standard_of(text, self._plain(text) if toks is None else toks)
        if len(self._standard) >= _STANDARD_SIZE:
            self._standard.clear()  # simple bound; the frequent sentences come back
        self._standard[text] = got
        return got

    def _standard_of(self, text: str, toks: list[Token]) -> tuple[str, tuple[Token, ...]] | None:
        """``text`` with its Tohoku spellings (:mod:`.text.tohoku`) read as standard
        Japanese, each kept only where the analyser then reads the standard words: に
        as a particle before 行く/来る (「店さ行ぐ」), a verb in く that the text as
        written did not hold (「行ぐ」, not 「急ぐ」), the request くれ after a verb's て
        (「替えでけろ」), から as a particle where the text held no particle (「行ぐがら」,
        not 「ながら」); with its tokens. None when nothing changes."""
        eds = tohoku.edits(text)
        if not any(_written_allows(e, toks) for e in eds):
            return None  # the text as written rules out every respelling: no trial needed
        trial, _ = spoken.apply(text, [(e.start, e.end, e.options[0]) for e in eds])
        got = self._tokens(trial)
        keep: list[tuple[int, int, str]] = []
        for e in eds:
            k = next((n for n, t in enumerate(got) if t.start <= e.start < t.end), None)
            if k is None:
                continue
            t, new = got[k], e.options[0]
            if new == "に":
                nxt = got[k + 1] if k + 1 < len(got) else None
                ok = (
                    _written_allows(e, toks)
                    and t.surface == "に"
                    and t.pos == PART
                    and k > 0
                    and got[k - 1].end == e.start
                    and nxt is not None
                    and nxt.pos == VERB
                    and nxt.lemma in ("行く", "来る")
                )
            elif new == "く":
                ok = (
                    t.pos == VERB
                    and not t.unknown
                    and t.start < e.start
                    and _written_allows(e, toks)
                )
            elif new in ("て", "た"):
                ok = _written_allows(e, toks)
            elif new == "てくれ":
                nxt = got[k + 1] if k + 1 < len(got) else None
                ok = (
                    _written_allows(e, toks)
                    and t.surface == "て"
                    and nxt is not None
                    and nxt.lemma == "呉れる"
                )
            else:
                ok = (
                    t.surface == "から"
                    and t.pos == PART
                    and t.start == e.start
                    and _written_allows(e, toks)
                )
            if ok:
                keep.append((e.start, e.end, new))
        if not keep:
            return None
        if len(keep) == len(eds) and "っ" not in trial and "ッ" not in trial:
            return trial, tuple(got)  # every respelling kept: the trial is read already
        standard = spoken.apply(text, keep)[0]
        return standard, tuple(self._plain(standard))

    def _plain(self, text: str) -> list[Token]:
        if "っ" in text or "ッ" in text:
            restored = self._restore_truncated(text)
            if restored is not None:
                return restored
        return self._tokens(text)

    def _respoken(self, text: str, toks: list[Token]) -> list[Token] | None:
        """The text read again where it is spelt as spoken (:mod:`.text.spoken`): an
        adjective with ai/oi/ui → ee (「うぜー」 → うざい), an unknown katakana word
        that is a verb or an adjective in hiragana (「キエロ」「キショい」), and a word
        drawn out (「死ねぇぇ」). Each respelling is kept only where the analyser then
        reads that word; positions are mapped back to ``text``. None when nothing
        changes."""
        edits: list[tuple[int, int, str]] = []
        ee = spoken.adjective_ee(text)
        # Words the dictionary knows with the long e in them: 「うぜえ」 (うざい),
        # 「おめえ」 (お前, not 重い), 「ねえちゃん」.
        known = (
            [(t.start, t.end) for t in toks if not t.unknown and t.pos in _CONTENT] if ee else []
        )
        for ed in ee:
            if any(s <= ed.start and ed.end <= e for s, e in known):
                continue
            run = ed.start
            while run > max(0, ed.start - 4) and KANA_CHAR.match(text[run - 1]):
                run -= 1
            opt = next(
                (
                    o
                    for o in ed.options
                    if self._adjective_ending(text[run : ed.start] + o, ed.start - run)
                ),
                None,
            )
            # 「責任者だせー」: 出せ drawn out is as likely as ださい; the order stays.
            if opt is not None and not self._is_order(text[run : ed.start + 1]):
                edits.append((ed.start, ed.end, opt))
        for t in toks:
            word = spoken.katakana_word(t.surface) if t.unknown else None
            if word is None or word == t.surface or _overlaps(edits, t.start, t.end):
                continue
            if self._stands_as_word(word + text[t.end : t.end + 4], len(word)):
                edits.append((t.start, t.end, word))
        for ed in spoken.contracted_ru(text) if "ん" in text else ():
            # Only where the analyser cut the text at the ん (「乗|ん|なや」「ざけ|んな」); a
            # word it read through it (そんな, みんな, 黙ん) stays.
            stem = next((t for t in toks if t.end == ed.start), None)
            if stem is None or _overlaps(edits, stem.start, ed.end):
                continue
            if not any(t.start == ed.start for t in toks):
                continue
            if self._prohibitive_ru(text[stem.start : ed.start] + "るな"):
                edits.append((ed.start, ed.end, "る"))
        for ed in spoken.drawn_out(text):
            # Where the analyser took the marks for a particle, a symbol or an unknown
            # word (「ねぇ」 in 死|ねぇ|ぇ); a word it read with them (「知らねー」: ねー =
            # ない, 「すげー」) is already read.
            over = [t for t in toks if t.start < ed.end and ed.start < t.end]
            if not _overlaps(edits, ed.start, ed.end) and all(
                t.unknown or t.pos in (PART, OTHER, PUNCT) for t in over
            ):
                edits.append((ed.start, ed.end, ""))
        if not edits:
            return None
        new, origins = spoken.apply(text, edits)
        return [replace(t, start=origins[t.start], end=origins[t.end]) for t in self._plain(new)]

    def _prohibitive_ru(self, text: str) -> bool:
        """``text`` opens with one known verb in る, its plain form, then a final な."""
        got = list(self._tok.tokenize(text))
        if len(got) < 2 or got[0].is_oov():
            return False
        verb, nxt = got[0].part_of_speech(), got[1].part_of_speech()
        return bool(
            verb[0] == "動詞"
            and verb[5].startswith("終止形")
            and got[0].surface().endswith("る")
            and got[1].surface() == "な"
            and nxt[1] == "終助詞"
        )

    def _is_order(self, text: str) -> bool:
        """``text`` ends in an imperative verb."""
        got = list(self._tok.tokenize(text))
        return bool(got) and got[-1].part_of_speech()[5].startswith("命令形")

    def _adjective_ending(self, text: str, stem: int) -> bool:
        """``text`` ends in one adjective (not ない) that begins before ``stem``."""
        got = list(self._tok.tokenize(text))
        if not got:
            return False
        last = got[-1]
        return (
            last.part_of_speech()[0] == "形容詞"
            and not last.is_oov()
            and last.begin() < stem
            and last.normalized_form() not in ("無い", "ない")
        )

    def _stands_as_word(self, text: str, length: int) -> bool:
        """``text`` opens with a known verb or adjective that spans its first ``length``
        characters, and (a verb) is not followed by a case or topic particle: a word
        that takes one is a name (「キエロというブランド」)."""
        got = list(self._tok.tokenize(text))
        if not got or got[0].is_oov() or got[0].end() < length:
            return False
        pos = got[0].part_of_speech()[0]
        if pos == "形容詞":
            return True
        if pos != "動詞":
            return False
        nxt = got[1].part_of_speech() if len(got) > 1 else None
        return nxt is None or nxt[1] not in ("格助詞", "係助詞", "副助詞")

    def _restore_truncated(self, text: str) -> list[Token] | None:
        """「うざっ」「ださっ」「キモッ」: an adjective's stem cut off by a glottal stop, the
        colloquial exclamation, is read as the adjective. The stem + い must be one
        adjective for the dictionary (「あつっ」 → あつい, but 「よしっ」 stays), and stand
        as one word in the sentence (else the text is read as written). The length stays
        the same, so token offsets still fit the text."""
        spans: list[tuple[int, int]] = []

        def restore(m: re.Match[str]) -> str:
            stem = m.group(1)
            adj = stem + ("イ" if "ァ" <= stem[-1] <= "ヶ" else "い")
            got = list(self._tok.tokenize(adj))
            if len(got) != 1 or "形容詞" not in (
                got[0].part_of_speech()[0],
                got[0].part_of_speech()[4][:3],
            ):
                return m.group(0)
            spans.append((m.start(1), m.end()))
            return adj

        changed = _TRUNCATED_STEM.sub(restore, text)
        if not spans:
            return None
        toks = self._tokens(changed)
        words = {(t.start, t.end) for t in toks if t.pos == ADJ or t.pos2.startswith("形容詞")}
        return toks if all(s in words for s in spans) else None

    def _tokens(self, text: str) -> list[Token]:
        out: list[Token] = []
        words = self._words
        for m in self._tok.tokenize(text):
            surface = m.surface()
            key = (m.word_id(), surface)
            word = words.get(key)
            if word is None:
                word = self._word(m, surface)
                if not word[-1]:  # known to the dictionary
                    if len(words) >= _WORDS_SIZE:
                        words.clear()  # simple bound; the frequent words come back
                    words[key] = word
            if word is _BLANK:
                continue
            out.append(_token(surface, m.begin(), m.end(), *word))
        # Each re-reading looks for a word of its own; a text without it is left alone
        # (a token's surface is a slice of the text).
        if any(w in text for w in _TARU):
            out = _recover_renyou(self, out)
        if "せえ" in text:
            out = _kansai_see(out)
        if "なや" in text:
            out = _split_naya(out)
        if "はげ" in text or "はんげ" in text:
            out = _causal_hage(out)
        return _final_na(out) if "な" in text else out

    def _word(self, m: Any, surface: str) -> _Word:
        """What a token takes from its dictionary word (all but its surface and place);
        _BLANK for white space."""
        pid = m.part_of_speech_id()
        tags = self._pos.get(pid)
        if tags is None:
            tags = self._pos[pid] = _pos_tags(m.part_of_speech())
        coarse, pos2, cform = tags
        if coarse == PUNCT and not surface.strip():
            return _BLANK
        kata = m.reading_form()
        readings = self._readings
        reading = readings.get(kata)
        if reading is None:
            if len(readings) >= _READINGS_SIZE:
                readings.clear()  # simple bound; the frequent readings come back
            reading = readings[kata] = kata.translate(_KATA2HIRA)
        lemma = m.normalized_form()
        keys = _keys_of(surface, lemma, reading, coarse, cform)
        return lemma, reading, coarse, pos2, cform, keys, m.is_oov()


#: What a Japanese token takes from its dictionary word: lemma, reading, POS, finer POS,
#: conjugation form, keys and whether the dictionary does not know it.
_Word = tuple[str, str, str, str, str, frozenset[str], bool]
_BLANK: Final[_Word] = ("", "", "", "", "", frozenset(), False)
#: Dictionary words kept per (word id, surface). A known word's lemma, reading and POS
#: are the dictionary's, so the same id and surface give the same token but for its
#: place; unknown words (ids shared by every guess of one POS) are not kept.
_WORDS_SIZE: Final = 65536
# POS tags, readings and words: one table per process, like the dictionary they are
# read from (_dictionary); every analyser reads the same words, a new one finds them known.
_POS_TAGS: Final[dict[int, tuple[str, str, str]]] = {}
_READINGS: Final[dict[str, str]] = {}
_WORDS: Final[dict[tuple[int, str], _Word]] = {}


def _token(
    surface: str,
    start: int,
    end: int,
    lemma: str,
    reading: str,
    pos: str,
    pos2: str,
    cform: str,
    keys: frozenset[str],
    unknown: bool,
) -> Token:
    """A Token whose keys are known already (Token() computes them)."""
    t: Token = _new_token(Token)
    _set_surface(t, surface)
    _set_lemma(t, lemma)
    _set_reading(t, reading)
    _set_pos(t, pos)
    _set_pos2(t, pos2)
    _set_cform(t, cform)
    _set_start(t, start)
    _set_end(t, end)
    _set_keys(t, keys)
    _set_proper(t, False)
    _set_unknown(t, unknown)
    return t


_new_token: Final = object.__new__


_CONTENT: Final = (ADJ, NOUN, PRON, VERB, OTHER)


def _written_allows(e: spoken.Edit, toks: list[Token]) -> bool:
    """What the text as written (``toks``) must hold for a Tohoku respelling: さ opens
    a word (「さ|来い」「さ行|ぐ」), not ends one (速さ); the ぐ is in no verb (「急ぐ」);
    the が of がら is in no particle (「ながら」); the で/だ follows a く-verb's イ音便
    (「書い|で」), not a ぐ-verb's, whose て is voiced in standard speech (「泳い|で」);
    the てけろ of a request follows a verb (「替え|でけろ」), not a noun (「手|でけろ」)."""
    new = e.options[0]
    if new == "てくれ":
        return any(o.pos == VERB and o.end == e.start for o in toks)
    if new in ("て", "た"):
        return any(
            o.pos == VERB
            and o.end == e.start
            and o.surface.endswith("い")
            and o.lemma.endswith("く")
            for o in toks
        )
    if new == "に":
        return any(o.start == e.start for o in toks)
    if new == "く":
        return not any(o.pos == VERB and o.start <= e.start < o.end for o in toks)
    return not any(o.pos == PART and o.start <= e.start < o.end for o in toks)


def _overlaps(edits: list[tuple[int, int, str]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e, _ in edits)


def _pos_tags(pos: tuple[str, ...]) -> tuple[str, str, str]:
    """Coarse POS, finer POS and conjugation form of a dictionary POS tuple."""
    coarse = _POS_JA.get(pos[0], OTHER)
    if coarse == NOUN and pos[1] == "数詞":
        coarse = NUM
    pos2 = pos[1] if coarse in (PART, VERB, NOUN) else pos[4]
    return coarse, pos2, pos[5] if pos[5] != "*" else ""


#: Katakana readings kept converted to hiragana (a dictionary's readings are few).
_READINGS_SIZE: Final = 65536
#: Texts whose Tohoku respelling is kept (only texts with a candidate ask).
_STANDARD_SIZE: Final = 4096


#: Two kana + a glottal stop (っ/ッ) standing as a word of its own: 「うざっ」「ダサッ」.
_TRUNCATED_STEM: Final = re.compile(r"([ぁ-ん]{2}|[ァ-ヶ]{2})[っッ](?![ぁ-んァ-ヶ一-龥])")

_I_TO_U: Final = dict(zip("しきちいりびみぎに", "すくつうるぶむぐぬ", strict=True))
_TARU: Final = frozenset(["たろ", "たる", "たれ", "ちゃる", "たら"])


def _recover_renyou(ja: _Japanese, toks: list[Token]) -> list[Token]:
    """「殺したろか」: the dictionary reads 殺し as a noun before the Kansai たろ/たる;
    a noun in the 連用形 shape there is re-read as the verb it comes from."""
    for i, t in enumerate(toks[:-1]):
        if t.pos != NOUN or toks[i + 1].surface not in _TARU or t.surface[-1] not in _I_TO_U:
            continue
        verb = _verb_of(ja, t.surface[:-1] + _I_TO_U[t.surface[-1]])
        if verb is not None:
            toks[i] = Token(t.surface, verb, t.reading, VERB, "一般", "連用形-一般", t.start, t.end)
    return toks


#: What may follow the Kansai imperative せえ: the clause ends, a sentence-final
#: particle (「はよせえや」「ちゃんとせえよ」「はよせえな」) or a quote (「説明せえって」).
_SEE_AFTER: Final = frozenset(["や", "よ", "な", "って", "て", "と", "っちゅう", "ちゅう"])


def _kansai_see(toks: list[Token]) -> list[Token]:
    """「はよ返事せえや」「説明せえ」: the Kansai imperative of する. The dictionary reads
    せえ as the particle さえ or as する's irrealis; where the clause ends after it, it
    is the order to the listener. Before へん/ん (「勉強せえへん」, does not) it stays."""
    for i, t in enumerate(toks):
        if t.surface != "せえ" or not (t.lemma == "為る" or (t.pos == PART and t.lemma == "さえ")):
            continue
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is None or nxt.pos == PUNCT or nxt.surface in _SEE_AFTER:
            toks[i] = Token(
                t.surface, "為る", t.reading, VERB, "非自立可能", "命令形", t.start, t.end
            )
    return toks


def _split_naya(toks: list[Token]) -> list[Token]:
    """「黙るなや」「舐めるなや」: the dictionary reads the prohibitive な + the final や
    as one noun (納屋) after a verb's plain form; there it is the two particles."""
    for i in range(len(toks) - 1, 0, -1):
        t, verb = toks[i], toks[i - 1]
        if (
            t.surface == "なや"
            and t.pos == NOUN
            and verb.pos == VERB
            and verb.end == t.start
            and verb.cform.startswith(("終止形", "連体形"))
        ):
            toks[i : i + 1] = [
                Token("な", "な", "な", PART, "終助詞", "", t.start, t.start + 1),
                Token("や", "や", "や", PART, "終助詞", "", t.start + 1, t.end),
            ]
    return toks


def _causal_hage(toks: list[Token]) -> list[Token]:
    """「保証期間内だはげ、」「雨降ってるはげ、」「寒いはげ」: はげ (はんげ) straight after a
    predicate's plain form — the copula, an auxiliary, a verb or an adjective — is the
    causal particle of Shonai, Yamagata and Akita speech ("because"), not 禿げ, where a
    clause follows it. The insult follows a pause, この or a noun (「うるさい、はげ」
    「このはげ」) or ends the sentence (「うるせえはげ!」)."""
    for i in range(1, len(toks)):
        t, pred = toks[i], toks[i - 1]
        if (
            t.surface in ("はげ", "はんげ")
            and t.pos == NOUN
            and pred.end == t.start
            and pred.pos in (AUX, VERB, ADJ)
            and not pred.cform.startswith(("命令形", "連用形"))
            # the reason is for a clause after it: a comma or more words, no end
            and i + 1 < len(toks)
            and (toks[i + 1].pos != PUNCT or toks[i + 1].surface in ("、", ","))
        ):
            # keyed as から only: its surface is no word of the lexicon
            toks[i] = _token(
                t.surface,
                t.start,
                t.end,
                "から",
                "から",
                PART,
                "接続助詞",
                "",
                frozenset(("から",)),
                False,
            )
    return toks


def _final_na(toks: list[Token]) -> list[Token]:
    """「細かいこと言うな」: the dictionary may read a な that ends the sentence after a
    verb's plain form as the copula's attributive form, which never follows a verb and
    never ends a sentence; there it is the final particle (as in 「文句言うなよ」)."""
    for i in range(1, len(toks)):
        t, verb = toks[i], toks[i - 1]
        if (
            t.surface == "な"
            and t.pos == AUX
            and t.lemma == "だ"
            and verb.pos == VERB
            and verb.end == t.start
            and verb.cform.startswith("終止形")
            and (i + 1 == len(toks) or toks[i + 1].pos == PUNCT)
        ):
            toks[i] = Token("な", "な", "な", PART, "終助詞", "", t.start, t.end)
    return toks


def _verb_of(ja: _Japanese, dictionary_form: str) -> str | None:
    got = list(ja._tok.tokenize(dictionary_form))
    if len(got) == 1 and got[0].part_of_speech()[0] == "動詞":
        return str(got[0].normalized_form())
    return None


# ---------------------------------------------------------------- English
# Contractions and text-speak, expanded to the words they stand for (the lexicon is
# written with full words; a lemma never sees "u", "ur" or "gonna").
_EN_EXPAND: Final[dict[str, tuple[str, ...]]] = {
    "u": ("you",),
    "ya": ("you",),
    "yu": ("you",),
    "yo": ("you",),
    "r": ("are",),
    "ur": ("your",),
    "yoyr": ("your",),
    "youre": ("you", "are"),
    "yore": ("you", "are"),
    "im": ("i", "am"),
    "ive": ("i", "have"),
    "dont": ("do", "not"),
    "doesnt": ("does", "not"),
    "didnt": ("did", "not"),
    "cant": ("can", "not"),
    "cannot": ("can", "not"),
    "wont": ("will", "not"),
    "isnt": ("is", "not"),
    "arent": ("are", "not"),
    "wasnt": ("was", "not"),
    "werent": ("were", "not"),
    "havent": ("have", "not"),
    "shouldnt": ("should", "not"),
    "wouldnt": ("would", "not"),
    "couldnt": ("could", "not"),
    "gonna": ("going", "to"),
    "wanna": ("want", "to"),
    "gotta": ("have", "to"),
    "gimme": ("give", "me"),
    "lemme": ("let", "me"),
    "ima": ("i", "am", "going", "to"),
    "imma": ("i", "am", "going", "to"),
    "pls": ("please",),
    "plz": ("please",),
    "wat": ("what",),
    "wut": ("what",),
    "y": ("why",),
    "n": ("and",),
    "ppl": ("people",),
    "thx": ("thanks",),
    "stfu": ("shut", "the", "fuck", "up"),
    "wtf": ("what", "the", "fuck"),
    "ffs": ("for", "fuck", "sake"),
    "basturd": ("bastard",),
    "bastad": ("bastard",),
    "faggit": ("faggot",),
    "fagot": ("faggot",),
    "donty": ("do", "not"),
    "gtfo": ("get", "the", "fuck", "out"),
    "fu": ("fuck", "you"),
    "fk": ("fuck",),
    "fck": ("fuck",),
    "fuk": ("fuck",),
    "fuq": ("fuck",),
    "phuck": ("fuck",),
    "phuk": ("fuck",),
    "fcuk": ("fuck",),
    "fvck": ("fuck",),
    "fuc": ("fuck",),
    "fking": ("fucking",),
    "fcking": ("fucking",),
    "effing": ("fucking",),
    "frickin": ("fucking",),
    "biatch": ("bitch",),
    "bich": ("bitch",),
    "btch": ("bitch",),
    "azz": ("ass",),
    "arse": ("ass",),
    "sht": ("shit",),
    "stoopid": ("stupid",),
    "stupd": ("stupid",),
    "dum": ("dumb",),
    "idoit": ("idiot",),
    "kil": ("kill",),
    # Text-speak words: conjunctions split clauses, so they must be read as such.
    "tf": ("the", "fuck"),
    "rn": ("right", "now"),
    "idc": ("i", "do", "not", "care"),
    "idgaf": ("i", "do", "not", "give", "a", "fuck"),
    "cuz": ("because",),
    "coz": ("because",),
    "bcoz": ("because",),
    "bcuz": ("because",),
    "nd": ("and",),
    "abt": ("about",),
    "shud": ("should",),
    "wud": ("would",),
    "cud": ("could",),
    "tho": ("though",),
    "thru": ("through",),
    "wen": ("when",),
    "wid": ("with",),
    "tmrw": ("tomorrow",),
    "tmr": ("tomorrow",),
    "tonite": ("tonight",),
    # Scots and Northern English spellings (the dialect's words, not its idioms).
    "yer": ("your",),
    "yersel": ("yourself",),
    "masel": ("myself",),
    "doon": ("down",),
    "oan": ("on",),
    "oot": ("out",),
    "ower": ("over",),
    "aboot": ("about",),
    "gie": ("give",),
    "gies": ("give", "us"),
    "tae": ("to",),
    "wi": ("with",),
    "hame": ("home",),
    "awa": ("away",),
    "cannae": ("can", "not"),
    "canna": ("can", "not"),
    "dinnae": ("do", "not"),
    "didnae": ("did", "not"),
    "wouldnae": ("would", "not"),
    "willnae": ("will", "not"),
    "winnae": ("will", "not"),
    "isnae": ("is", "not"),
    "wasnae": ("was", "not"),
    "havnae": ("have", "not"),
    "hae": ("have",),
}
# The rest of the dialect's spellings the surface pass reads (text.dialect), each
# word of the standard reading expanded in turn ("wullnae" → wont → will not); the
# spellings read only in context ("ye", "ah", "ma") are not among them.
_EN_EXPAND.update(
    {
        spelt: tuple(x for w in standard.split() for x in _EN_EXPAND.get(w, (w,)))
        for spelt, standard in dialect.WORDS.items()
        if " " not in spelt and spelt not in _EN_EXPAND
    }
)
#: Any case: the same expansion runs on the cased text, so positions stay in line.
_EN_CONTRACTION: Final = re.compile(r"(?<=[a-z])(n't|'ll|'re|'m|'ve|'d)\b", re.I)
_EN_CONTRACTED: Final = {"n't": " not", "'ll": " will", "'re": " are", "'m": " am", "'ve": " have"}
_EN_WORD: Final = re.compile(_HANDLE_RE.pattern + r"|[a-z0-9@$*]+|[^\sa-z0-9]")
_LEET: Final = str.maketrans("013457@$", "oieastas")
_IRREGULAR_PAST: Final = frozenset(
    [
        "was",
        "were",
        "did",
        "had",
        "said",
        "saw",
        "wrote",
        "read",
        "went",
        "got",
        "gave",
        "told",
        "thought",
        "made",
        "took",
        "came",
    ]
)


@lru_cache(maxsize=65536)
def _en_lemma(word: str) -> str:
    if not word.isalpha():
        return word
    lemma = simplemma.lemmatize(word, lang="en")
    lemma = lemma.lower() if isinstance(lemma, str) else word
    if lemma == word and len(word) >= 5 and word.endswith("s") and not word.endswith(_NOT_PLURAL):
        # A plural the dictionary does not know (slang, compounds: "tossers",
        # "gobshites", "muppets") is read as the word without its -s.
        return word[:-1]
    return lemma


_NOT_PLURAL: Final = ("ss", "us", "is", "ys", "ics", "ness", "less")


def _en_cform(word: str, lemma: str) -> str:
    if word in _IRREGULAR_PAST or (word != lemma and word.endswith("ed")):
        return "past"
    if word.endswith("ing") and word != lemma:
        return "ing"
    return ""


#: "'d" is "had" before a participle ("I'd paid", "she'd already gone", "you'd better"),
#: else "would" ("I'd smash your window", "I'd like a refund"): the conditional the
#: frame readers weigh (mamori.detect.clauses), never a word dropped.
_EN_D_NEXT: Final = re.compile(
    r"\s+(?:(?:not|never|just|already|ever|only|all|both)\s+)*([a-z]+)", re.I
)
_EN_HAD_NEXT: Final = frozenset(
    ["better", "been", "got", "gotten", "gone", "done", "seen", "paid", "told", "sent", "made"]
    + ["left", "bought", "taken", "given", "written", "known", "heard", "said", "found", "lost"]
    + ["kept", "brought", "thought", "spoken", "spent", "had", "forgotten"]
)
_EN_NOT_PARTICIPLE: Final = frozenset(
    ["need", "feed", "bleed", "speed", "shed", "proceed", "succeed", "exceed"]
)


def _contracted(m: re.Match[str]) -> str:
    part = m.group(1).lower()
    if part != "'d":
        return _EN_CONTRACTED[part]
    nxt = _EN_D_NEXT.match(m.string, m.end())
    word = nxt.group(1).lower() if nxt is not None else ""
    if word in _EN_HAD_NEXT or (word.endswith("ed") and word not in _EN_NOT_PARTICIPLE):
        return " had"
    return " would"


def _expand_contractions(text: str) -> str:
    return _EN_CONTRACTION.sub(_contracted, text)


def _contraction_origins(text: str) -> list[int] | None:
    """For each position of ``_expand_contractions(text)`` (and its end), the position
    in ``text`` it stands for; ``None`` when nothing is expanded. A word an expansion
    adds ("I'm" → "I am") spans the contraction it replaces, so token positions, and
    the evidence cut from them, stay within the text as written."""
    origins: list[int] = []
    done = 0
    for m in _EN_CONTRACTION.finditer(text):
        origins.extend(range(done, m.start()))
        origins.extend([m.start()] * len(_contracted(m)))
        done = m.end()
    if not origins and done == 0:
        return None
    origins.extend(range(done, len(text) + 1))
    return origins


def _en_apostrophes(text: str) -> str:
    return text.replace("’", "'").replace("‘", "'").replace("`", "'")


def _en_keys(text: str) -> frozenset[str]:
    """Every key a token of ``_en_tokens(text)`` can have, read from the same words
    without building tokens or telling names (a superset: a word read two ways in
    context, "ill" or "ur", gives the keys of both readings)."""
    s = _en_apostrophes(text)
    if "'" in s:
        s = _expand_contractions(s)
    if OBFUSCATION_PROBE.search(s):
        s = unobfuscate(s)
    out: set[str] = set()
    for raw in _EN_WORD.findall(s):
        out |= _en_word_keys(raw)
    return frozenset(out)


@lru_cache(maxsize=65536)
def _en_word_keys(raw: str) -> frozenset[str]:
    """The keys of the tokens one match of ``_EN_WORD`` can give (see :func:`_en_tokens`)."""
    if raw == "'":
        return frozenset()
    if (raw[0] == "@" and is_handle(raw)) or not (raw[0].isalnum() or raw[0] in "@$*"):
        return _one_key(raw)
    word, read = _en_read(raw)
    keys: set[str] = set()
    for spec in read:
        keys |= spec[4]
    if word in _EN_IN_CONTEXT:
        for spec in _en_specs(_EN_IN_CONTEXT[word]):
            keys |= spec[4]
    return frozenset(keys)


#: Hesitation sounds standing as words (also dropped by ``fold``).
_EN_FILLERS: Final = frozenset(["uh", "uhh", "um", "umm", "uhm", "hmm", "hm", "hmmm", "erm"])


def _en_tokens(text: str, cased: str | None = None) -> list[Token]:
    """English words of the (lower-cased) ``text``; ``cased`` is the same text before
    lower-casing (same length), from which names are told (:attr:`Token.proper`)."""
    s = _en_apostrophes(text)
    if cased is not None and len(cased) != len(s):
        cased = None
    # Every contraction holds an apostrophe: most texts skip both passes.
    origins = _contraction_origins(s) if "'" in s else None
    if "'" in s:
        s = _expand_contractions(s)
    if cased is not None:
        # The same expansion on the cased text keeps its positions in line with ``s``.
        cased = _en_apostrophes(cased)
        if "'" in cased:
            cased = _expand_contractions(cased)
        if len(cased) != len(s):
            cased = None
    if OBFUSCATION_PROBE.search(s):
        s = unobfuscate(s)  # "b*tch", "c**t", "b!tch", "s t u p i d": same length
    out: list[Token] = []
    # Positions are read in the expanded text ``s``; each token is built once with the
    # position in the text as written (``origins``). ``last_end``: the end in ``s`` of
    # the last token so far, for the line-start check of a name; ``title``: whether
    # the last word so far (punctuation aside) is a title (Mr, Ms).
    last_end = 0
    title = False
    # Words written in capitals ("PUT BRANDON ON THE PHONE"): their case tells no name.
    shouted: list[int] = []
    for m in _EN_WORD.finditer(s):
        raw = m.group(0)
        if raw == "'":
            continue
        start, end = m.span()
        at, to = (origins[start], origins[end]) if origins is not None else (start, end)
        if raw[0] == "@" and is_handle(raw):
            # An addressee, never leetspeak: "@anna_k2" is no "aanna ka".
            out.append(_en_token(raw, raw, HANDLE, "", at, to, _one_key(raw), False))
            last_end, title = end, False
        elif raw in _EN_FILLERS:
            continue  # a hesitation of speech-to-text output ("where uh does …")
        elif raw[0].isalnum() or raw[0] in "@$*":
            word, read = _en_read(raw)
            if word in _EN_IN_CONTEXT and _reads_as_words(word, out, s, end):
                read = _en_specs(_EN_IN_CONTEXT[word])
            # A name is a word of its own, after a title or capitalised (_is_name,
            # _subject_name): a word in lower case needs only the title check.
            named = cased is not None and len(read) == 1
            c = cased or ""
            upper = named and c[start].isupper()
            if upper and end - start > 1 and c[start:end].isupper():
                shouted.append(len(out))
            for w, pos, lemma, cform, keys in read:
                proper = (
                    named
                    and pos == OTHER
                    and (
                        (
                            _is_name(c, start, end, out, last_end, title)
                            or _subject_name(c, s, start, end, w)
                        )
                        if upper
                        else title
                    )
                )
                out.append(_en_token(w, lemma, pos, cform, at, to, keys, proper))
                last_end, title = end, w in EN_TITLES
        else:
            out.append(_en_token(raw, raw, PUNCT, "", at, to, _one_key(raw), False))
            last_end = end
    return _names_by_frame(_names_shouted(out, shouted))


def _en_token(
    w: str,
    lemma: str,
    pos: str,
    cform: str,
    start: int,
    end: int,
    keys: frozenset[str],
    proper: bool,
) -> Token:
    """An English token with its keys known (:func:`_en_specs`): the same fields as
    ``Token(w, lemma, lemma, pos, "", cform, start, end, proper=proper)``, without
    computing the keys again for every word of every text."""
    t: Token = object.__new__(Token)
    _set_surface(t, w)
    _set_lemma(t, lemma)
    _set_reading(t, lemma)
    _set_pos(t, pos)
    _set_pos2(t, "")
    _set_cform(t, cform)
    _set_start(t, start)
    _set_end(t, end)
    _set_keys(t, keys)
    _set_proper(t, proper)
    _set_unknown(t, False)
    return t


@lru_cache(maxsize=1024)
def _one_key(raw: str) -> frozenset[str]:
    """The keys of a punctuation mark or a handle: itself (see :func:`_keys_of`)."""
    return frozenset((raw,))


@lru_cache(maxsize=65536)
def _en_read(raw: str) -> tuple[str, tuple[tuple[str, str, str, str, frozenset[str]], ...]]:
    """:func:`_en_word` with each word's :func:`_en_specs`, kept per spelling."""
    word, words = _en_word(raw)
    return word, _en_specs(words)


@lru_cache(maxsize=65536)
def _en_specs(
    words: tuple[str, ...],
) -> tuple[tuple[str, str, str, str, frozenset[str]], ...]:
    """Per word: itself, its POS, lemma and form (:func:`_en_tags`), and its keys."""
    out = []
    for w in words:
        pos, lemma, cform = _en_tags(w)
        out.append((w, pos, lemma, cform, _keys_of(w, lemma, lemma, pos, cform)))
    return tuple(out)


@lru_cache(maxsize=65536)
def _en_word(raw: str) -> tuple[str, tuple[str, ...]]:
    """A written word read as a word (digits spoken, leetspeak and letter runs folded,
    a dropped g restored), and the words it stands for (text-speak expanded). Kept per
    spelling: the same words come back in every message."""
    word = raw
    spoken = _EN_DIGIT_SPEAK.get(raw)
    if spoken is not None:  # 2moro, b4, gr8: digits read as sounds, not as leetspeak
        word = spoken
    elif not word.isalpha() and any(c.isalpha() for c in word) and not word.isdigit():
        word = word.translate(_LEET).replace("*", "u")  # f*ck, sh1t
    if _RUNS.search(word):
        double = _RUNS.sub(r"\1\1", word)
        word = double if double in _DOUBLE_OK else _RUNS.sub(r"\1", word)
    if word.endswith("in") and len(word) >= 5:
        word = dialect.g_dropped(word)
    return word, _EN_EXPAND.get(word, (word,))


@lru_cache(maxsize=65536)
def _en_tags(w: str) -> tuple[str, str, str]:
    """Coarse POS, lemma and conjugation form of one English word."""
    if w.isdigit():
        pos = NUM
    elif w in _EN_AUX:
        pos = AUX
    elif w in _EN_PRON:
        pos = PRON
    else:
        pos = OTHER
    lemma = _en_lemma(w) if pos == OTHER else w
    return pos, lemma, _en_cform(w, lemma)


#: Nouns for a person that a name may modify: "that kevin guy", "this Davie fella".
_EN_PERSON_NOUNS: Final = frozenset(
    ["guy", "fella", "fellow", "bloke", "chap", "dude", "lad", "lass", "woman", "lady", "girl"]
    + ["gal", "man", "boy", "agent", "rep", "person", "clerk", "cashier", "employee"]
)
_EN_SOMEONE: Final = _EN_PERSON_NOUNS | frozenset(["someone", "somebody", "one"])
#: Words that stand in that place without being a name ("that other guy").
_EN_NOT_NAMES: Final = frozenset(
    ["other", "same", "new", "old", "one", "last", "first", "next", "young", "little", "big"]
    + ["nice", "delivery", "sales", "service", "support", "customer", "phone", "front", "desk"]
    + ["idiot", "stupid", "rude", "useless", "incompetent", "dumb", "lazy", "arrogant", "fat"]
)


#: Words that stand where an exclusive choice names someone ("X or nobody", "anyone
#: but X") without being a name: determiners, roles, people in general.
_EN_NOT_CHOSEN: Final = (
    _EN_NOT_NAMES
    | _EN_SOMEONE
    | frozenset(["the", "this", "that", "these", "those", "his", "her", "their", "our", "some"])
    | frozenset(["any", "him", "them", "human", "humans", "manager", "supervisor", "boss"])
    | frozenset(["owner", "director", "ceo", "bot", "robot", "machine", "else", "nothing"])
)
#: What follows a person chosen to the exclusion of everyone else ("jess or nobody").
_EN_OR_NOBODY: Final = frozenset(
    [("or", "nobody"), ("or", "noone"), ("or", "no"), ("and", "nobody"), ("and", "no")]
)
#: What precedes one ("anyone but rachel", "nobody except tom").
_EN_ALL_BUT: Final = frozenset(["anyone", "anybody", "nobody", "noone", "everyone", "everybody"])


def _names_by_frame(toks: list[Token]) -> list[Token]:
    """Names told by their frame, whatever the case: the word between a demonstrative
    and a person noun ("get that kevin guy fired"), the word after "called"/"named"
    ("a woman called priya", "someone named kevin"), a word chosen to the exclusion of
    everyone ("tariq or nobody", "not talking to anyone but rachel."), a lone word
    after "only" that the dictionary knows as no common word ("no. only priya")."""
    n = len(toks)
    for i in range(n):
        t = toks[i]
        if t.proper or t.pos != OTHER:
            continue
        word = t.surface
        if len(word) < 3 or not word.isalpha() or word in _EN_NOT_NAMES:
            continue
        prev = toks[i - 1].surface if i else ""
        nxt = toks[i + 1].surface if i + 1 < n else ""
        named = prev in ("called", "named") and i > 1 and toks[i - 2].surface in _EN_SOMEONE
        framed = (prev in ("that", "this") and nxt in _EN_PERSON_NOUNS) or named
        alone = prev in ("only", "just") and _lone_name(toks, i)  # "no. only priya"
        # A private life asked of or pictured ("where does fernandez live", "pictures of
        # fernandez at the branch"): speech-to-text writes names in lower case.
        private = (
            (prev == "does" and i > 1 and toks[i - 2].surface == "where" and nxt in _EN_LIVES)
            or (prev == "of" and i > 1 and toks[i - 2].surface in _EN_PICTURES and nxt == "at")
        ) and _no_common_word(word)
        # _chosen needs "and" or "or" after the word, or "but" or "except" before it.
        chosen = (nxt in ("and", "or") or prev in ("but", "except")) and _chosen(toks, i)
        if framed or alone or chosen or private:
            toks[i] = replace(t, proper=True)
    return _names_summoned_again(toks)


#: Where a person is summoned by name: "get me derek", "put derek on the phone", "i
#: want derek." (the name closing the clause), "until fenella herself".
_EN_FETCH: Final = frozenset(["get", "give", "bring", "fetch", "put"])
_EN_WANT_ALONE: Final = frozenset(["want", "only", "until", "need", "demand"])
_EN_CLOSES: Final = frozenset([".", ",", "!", "?", ";", ":", "now", "only", "herself", "himself"])
_EN_LINE: Final = frozenset(["phone", "line", "call", "chat"])


def _summons(words: Sequence[str], i: int) -> bool:
    """``words[i]`` stands where a person is summoned (``words``: the words and
    punctuation of a folded text): a thing fetched or wanted is followed by what is
    done to it ("get roblox fixed", "i want netflix tonight", "put it on the list")."""
    n = len(words)
    prev = words[i - 1] if i else ""
    nxt = words[i + 1] if i + 1 < n else "."
    if nxt in ("herself", "himself"):
        return True
    if prev == "me" and i > 1 and words[i - 2] in _EN_FETCH:
        return True  # "get me derek"
    if prev == "put" and nxt == "on":
        return i + 3 < n and words[i + 2] == "the" and words[i + 3] in _EN_LINE
    return (prev in _EN_WANT_ALONE or prev in _EN_FETCH) and nxt in _EN_CLOSES


#: Where a person is demanded by name beyond a summons: removed ("FIRE BRANDON"), or
#: spoken to ("I WANT TO SPEAK TO KAYLEIGH").
_EN_REMOVE: Final = frozenset(["fire", "sack", "discipline", "suspend", "punish", "demote"])
_EN_SPEAK: Final = frozenset(["speak", "talk", "through", "transfer", "connect"])
#: What follows a person summoned: their possessive ("KAYLEIGH'S MANAGER"), where to.
_EN_AFTER_SUMMONED: Final = frozenset(["s", "on", "back", "here", "over", "down", "right", "in"])


def _names_shouted(toks: list[Token], shouted: Sequence[int]) -> list[Token]:
    """Words written in capitals are names by their frame, as a word in lower case is
    only when summoned twice (:func:`_names_summoned_again`): capitals tell nothing,
    and in a text shouted throughout a name is written like every other word. Once in
    the frame of a summons ("PUT BRANDON ON THE PHONE", "GET ME KAYLEIGH'S MANAGER"),
    a removal or a person spoken to, a word the dictionary knows only as a name, or not
    at all, is one; a common word ("GET ME A REFUND", "PUT IT ON THE BILL") never is."""
    if not shouted:
        return toks
    words = [t.surface for t in toks]
    for i in shouted:
        t = toks[i]
        w = t.surface
        if t.proper or t.pos != OTHER or len(w) < 3 or not w.isalpha() or w in EN_TITLES:
            continue
        prev = words[i - 1] if i else ""
        nxt = words[i + 1] if i + 1 < len(words) else "."
        framed = (
            # a thing fetched is followed by what is done to it ("GET ME NETFLIX WORKING")
            (_summons(words, i) and (nxt in _EN_CLOSES or nxt in _EN_AFTER_SUMMONED))
            or prev in _EN_REMOVE
            or (prev in ("to", "with") and i > 1 and words[i - 2] in _EN_SPEAK)
        )
        if framed and _no_common_word(w):
            toks[i] = replace(t, proper=True)
    return toks


def _summoned_words(words: Sequence[str]) -> frozenset[str]:
    """Words summoned twice or more (see :func:`_summons`), that are no common words."""
    counts: dict[str, int] = {}
    for i, w in enumerate(words):
        if len(w) >= 3 and w.isalpha() and _summons(words, i):
            counts[w] = counts.get(w, 0) + 1
    return frozenset(
        w
        for w, c in counts.items()
        if c >= 2
        and w not in _EN_NOT_CHOSEN
        and w not in _EN_CALENDAR
        and w not in EN_TITLES
        and _only_a_name(w)
    )


def _names_summoned_again(toks: list[Token]) -> list[Token]:
    """A word the dictionary knows only as a name, or not at all, summoned twice or more
    in the sentence ("put derek on the phone i only want derek get me derek now"), is a
    name wherever it stands, whatever the case: the same person demanded again and
    again is the message's point; a word said once in lower case is too uncertain."""
    names = _summoned_words([t.surface for t in toks])
    if not names:
        return toks
    return [replace(t, proper=True) if t.surface in names and t.pos == OTHER else t for t in toks]


_EN_WORDS: Final = re.compile(r"[a-z]+|[.,!?;:]")


def summoned_names(message: str) -> frozenset[str]:
    """The words of a folded message that are names by :func:`_names_summoned_again`
    across its sentences ("derek. get derek. i want derek")."""
    return _summoned_words(_EN_WORDS.findall(message))


def with_names(analysis: Analysis, names: frozenset[str]) -> Analysis:
    """``analysis`` (English) with the words in ``names`` read as names."""
    if not names or analysis.lang != "en":
        return analysis
    toks = analysis.tokens
    if not any(t.surface in names and not t.proper and t.pos == OTHER for t in toks):
        return analysis
    marked = tuple(
        replace(t, proper=True) if t.surface in names and t.pos == OTHER else t for t in toks
    )
    return replace(analysis, tokens=marked)


def _only_a_name(w: str) -> bool:
    """The dictionary knows ``w`` only as a name (its lemma capitalised), or not at all."""
    if not any(c in "aeiouy" for c in w):
        return False
    if not simplemma.is_known(w, lang="en"):
        return True
    lemma = simplemma.lemmatize(w, lang="en")
    return isinstance(lemma, str) and lemma[:1].isupper()


#: Words after which "only <word>" opens a fragment of its own ("no. only priya", "i
#: want only kevin", "so only tariq.").
_EN_FRAGMENT_OPENERS: Final = frozenset(
    ["no", "not", "so", "and", "but", "then", "ok", "okay", "want", "need", "demand", "to"]
    + ["with", "me", "please", "pls", "plz"]
)
#: Words of asking for a person: an "only <word>" after them in the sentence names who
#: ("put me through to someone who knows my case only marcus").
_EN_PERSON_ASKED: Final = frozenset(
    ["speak", "talk", "through", "transfer", "connect", "someone", "somebody", "person"]
    + ["agent", "human", "manager", "supervisor", "staff", "rep"]
)


def _lone_name(toks: list[Token], i: int) -> bool:
    """``toks[i]``, after "only"/"just", is a name on its own: the fragment ends there (a
    full stop, a comma or the end; not a question), "only" opens the fragment (after
    punctuation, a handle or a word such as "no", "so", "want") or follows a request
    for a person in the sentence, and the dictionary knows the word only as a name,
    or not at all, and it has a vowel ("only priya", "no. only kevin."; "only once",
    "only today", "just checking" are common words, "we pay only paypal" and "is it
    only dhl" name what is taken)."""
    n = len(toks)
    if i + 1 < n and not (toks[i + 1].pos == PUNCT and toks[i + 1].surface != "?"):
        return False
    if i >= 2:
        before = toks[i - 2]
        if not (
            before.pos in (PUNCT, HANDLE)
            or before.surface in _EN_FRAGMENT_OPENERS
            or any(t.surface in _EN_PERSON_ASKED for t in toks[: i - 1])
        ):
            return False
    w = toks[i].surface
    if w in _EN_NOT_CHOSEN or w in _EN_CALENDAR or not any(c in "aeiouy" for c in w):
        return False
    if not simplemma.is_known(w, lang="en"):
        return True
    lemma = simplemma.lemmatize(w, lang="en")
    return isinstance(lemma, str) and lemma[:1].isupper()


#: Where someone lives, and what pictures them (the frames of
#: :func:`_names_by_frame` that reach a person's private life).
_EN_LIVES: Final = frozenset(["live", "lives", "stay", "stays", "park", "parks"])
_EN_PICTURES: Final = frozenset(
    ["pictures", "picture", "photos", "photo", "pics", "pic", "video", "videos", "footage"]
)


def _no_common_word(w: str) -> bool:
    """The dictionary knows ``w`` only as a name, or not at all, and it has a vowel."""
    if w in _EN_NOT_CHOSEN or w in _EN_CALENDAR or not any(c in "aeiouy" for c in w):
        return False
    if not simplemma.is_known(w, lang="en"):
        return True
    lemma = simplemma.lemmatize(w, lang="en")
    return isinstance(lemma, str) and lemma[:1].isupper()


def name_word(w: str) -> bool:
    """``w`` (folded) is a word the dictionary knows only as a name, or not at all,
    with a vowel and letters only ("kevin", "delgado"; not "desk", "sky")."""
    return w.isalpha() and _no_common_word(w)


def _chosen(toks: list[Token], i: int) -> bool:
    """``toks[i]`` is a single word chosen to the exclusion of everyone: before "or
    nobody" / "and nobody else" after no determiner, before "and only" and itself
    again, or after "anyone but" / "nobody except" at the end of its sentence."""
    if toks[i].surface in _EN_NOT_CHOSEN:
        return False
    n = len(toks)
    if i + 3 < n and toks[i + 1].surface == "and" and toks[i + 2].surface == "only":
        return toks[i + 3].surface == toks[i].surface  # "hamid and only hamid"
    if i + 2 < n and (toks[i + 1].surface, toks[i + 2].surface) in _EN_OR_NOBODY:
        if toks[i + 2].surface == "no" and (i + 3 >= n or toks[i + 3].surface != "one"):
            return False
        return i == 0 or toks[i - 1].surface not in _EN_NOT_CHOSEN
    if i < 2 or toks[i - 1].surface not in ("but", "except"):
        return False
    before = toks[i - 2].surface
    alone = before in _EN_ALL_BUT or (before == "one" and i > 2 and toks[i - 3].surface == "no")
    return alone and (i + 1 == n or toks[i + 1].pos == PUNCT)


#: Text-speak where digits stand for their sound ("see u 2moro", "b4 5pm", "m8").
_EN_DIGIT_SPEAK: Final = {
    "2moro": "tomorrow",
    "2morrow": "tomorrow",
    "2mrw": "tomorrow",
    "2nite": "tonight",
    "2day": "today",
    "b4": "before",
    "gr8": "great",
    "l8r": "later",
    "m8": "mate",
    "sum1": "someone",
    "some1": "someone",
    "any1": "anyone",
    "every1": "everyone",
}
#: Spellings that stand for words only in some places: the digits 2 and 4 for "to"
#: and "for" between a word and a determiner or pronoun ("come 2 my place", "thanks 4
#: ur help", but "2 days", "page 2 of 4"), "ill" for "I'll" where a clause starts
#: and a verb follows ("ill sue you", "or ill report you", but "I am ill"), and "ur"
#: for "you're" before a predicate ("ur paid to", "ur gonna regret", but "ur order").
_EN_IN_CONTEXT: Final[dict[str, tuple[str, ...]]] = {
    "2": ("to",),
    "4": ("for",),
    "ill": ("i", "will"),
    "ah": ("i",),
    "ma": ("my",),
    "ye": ("you",),
    "ur": ("you", "are"),
}
_EN_DETERMINER_NEXT: Final = re.compile(
    r"[ \t]+(?:my|me|your|ur|u|you|ya|yer|the|a|an|him|her|his|us|them|their|this|that|it|everyone|every|all|ever)\b"
)
_EN_WORD_NEXT: Final = re.compile(r"[ \t]+[a-z]")
_EN_AUX_NEXT: Final = re.compile(
    r"[ \t]+(?:will|am|have|had|would|know|ken|want|need|do|did|can)\b"
)
_EN_CLAUSE_OPENERS: Final = frozenset(
    ["and", "but", "so", "or", "then", "else", "otherwise", "if", "because", "cause", "cuz"]
)
#: Words a speaker puts before what they announce ("ok ill find you", "trust me ill
#: see to it", "i swear ill …", "be assured that ill …"): after one, "ill" followed by
#: a verb is "I'll" too. The adjective stands after a copula or a linking verb ("my mum
#: is ill", "feeling ill"), never here.
_EN_ANNOUNCERS: Final = frozenset(
    ["ok", "okay", "k", "kk", "fine", "right", "alright", "yeah", "yea", "yep", "yes", "well"]
    + ["honestly", "tbh", "ngl", "seriously", "lol", "lmao", "mate", "look", "listen", "now"]
    + ["me", "swear", "promise", "bet", "guarantee", "think", "reckon", "guess", "believe"]
    + ["hope", "know", "sure", "assured", "that", "what", "trust", "watch", "see", "else"]
)
#: What follows the adjective "ill" where a verb would follow "I'll": a preposition, a
#: conjunction, a time word or a noun it describes ("that ill feeling", "what ill effects").
_EN_AFTER_ILL_ADJ: Final = frozenset(
    ["and", "or", "but", "since", "for", "with", "at", "in", "on", "from", "of", "to", "as"]
    + ["because", "after", "before", "all", "last", "this", "today", "yesterday", "again"]
    + ["too", "so", "very", "now", "lately", "health", "will", "effect", "effects", "feeling"]
    + ["feelings", "treatment", "advised", "fated", "repute", "temper", "person", "people"]
    + ["every", "each", "when", "whenever", "if", "then", "just", "about", "already", "still"]
    + ["enough"]
)
_EN_NEXT_WORD: Final = re.compile(r"[ \t]+([a-z]+)\b")


def _verb_follows(s: str, end: int) -> bool:
    """The word after ``end`` can be a verb in its base form ("make", "see"): a word
    that is no function word, time word or noun the adjective "ill" describes, and no
    -ing, -ed or -ly form."""
    m = _EN_NEXT_WORD.match(s, end)
    if m is None:
        return False
    w = m.group(1)
    return w not in _EN_AFTER_ILL_ADJ and not w.endswith(("ing", "ed", "ly"))


#: Words that open a predicate after "ur" ("ur not listening", "ur an idiot", "ur
#: gonna regret", "ur so rude"), never a noun phrase's head: "ur" is "you're" before them.
_EN_AFTER_YOURE: Final = frozenset(
    ["not", "gonna", "going", "a", "an", "the", "so", "such", "too", "very", "being", "just"]
    + ["really", "always", "never", "literally", "actually", "still", "clearly", "obviously"]
    + ["totally", "completely", "absolutely", "all", "both", "getting", "paid", "told", "done"]
    + ["gone", "made", "meant", "supposed", "about", "nothing", "no", "like", "on"]
    + ["in", "at", "off", "out", "up", "over", "wrong", "right", "mad", "crazy", "insane"]
    + ["stupid", "dumb", "rude", "lazy", "thick", "slow", "pathetic", "incompetent", "dead"]
    + ["late", "welcome", "kidding", "joking", "lying", "sick", "nuts", "useless", "clueless"]
)
#: -ing and -ed words that are nouns after "your" ("ur booking", "ur bed"), not verbs.
_EN_ING_ED_NOUNS: Final = frozenset(
    ["booking", "billing", "shipping", "packaging", "pricing", "training", "thing", "things"]
    + ["wedding", "morning", "evening", "clothing", "building", "parking", "listing", "setting"]
    + ["settings", "rating", "ratings", "meeting", "ring", "king", "sibling", "feeling"]
    + ["feelings", "spelling", "handwriting", "wording", "recording", "marketing", "banking"]
    + ["heating", "plumbing", "ceiling", "painting", "drawing", "offering", "opening"]
    + ["ending", "understanding", "earnings", "savings", "belongings", "filling", "filing"]
    + ["bed", "need", "needs", "feed", "speed", "seed", "shed", "greed", "breed", "red"]
)
#: What follows a noun subject, not a participle ("ur booking is late", "ur bed has …").
_EN_AFTER_SUBJECT: Final = frozenset(
    ["is", "was", "has", "are", "were", "will", "wont", "isnt", "wasnt", "hasnt", "cant"]
    + ["doesnt", "didnt", "should", "needs", "keeps", "looks", "got", "s"]
)
_EN_TWO_NEXT: Final = re.compile(r"[ \t]+([a-z]+)\b(?:[ \t]+([a-z]+)\b)?")


def _youre_follows(s: str, end: int) -> bool:
    """After "ur": a predicate ("you're"), not the head of a noun phrase ("your"). A
    word that opens one, or a verb's -ing or -ed form not followed as a subject is."""
    m = _EN_TWO_NEXT.match(s, end)
    if m is None:
        return False
    w, after = m.group(1), m.group(2)
    if w in _EN_AFTER_YOURE:
        return True
    if w in _EN_ING_ED_NOUNS or len(w) < 5 or after in _EN_AFTER_SUBJECT:
        return False
    return w.endswith(("ing", "ed", "less", "ous"))


def _reads_as_words(word: str, before: list[Token], s: str, end: int) -> bool:
    prev = before[-1] if before else None
    if word == "ur":
        return _youre_follows(s, end)
    if word == "ill":
        opens = prev is None or prev.pos == PUNCT or prev.surface in _EN_CLAUSE_OPENERS
        if opens:
            return _EN_WORD_NEXT.match(s, end) is not None
        # Mid-sentence, after a word that announces what follows: "I'll" when a verb does.
        return prev is not None and prev.surface in _EN_ANNOUNCERS and _verb_follows(s, end)
    if word == "ye":  # Scots "ye" (you) before a word or after a verb; alone it is "yeah"
        return _EN_WORD_NEXT.match(s, end) is not None or (
            prev is not None
            and prev.pos == OTHER
            and prev.surface.isalpha()
            and prev.surface not in _EN_NOT_BEFORE_YE
        )
    if word == "ah":  # Scots "ah'll", "ah've", "ah ken": I before an auxiliary
        return _EN_AUX_NEXT.match(s, end) is not None
    if word == "ma":  # Scots "ma trouble": my before a word that is no name
        return (
            prev is not None
            and prev.surface not in ("my", "your", "his", "her")
            and (_EN_WORD_NEXT.match(s, end) is not None)
        )
    return (
        prev is not None
        and prev.pos not in (PUNCT, NUM)
        and prev.surface.isalpha()
        and _EN_DETERMINER_NEXT.match(s, end) is not None
    )


#: Words after which a closing "ye" is "yeah" ("oh ye", "ok ye"), not "you".
_EN_NOT_BEFORE_YE: Final = frozenset(
    ["oh", "ok", "okay", "so", "and", "but", "lol", "yeah", "ah", "um"]
)
#: Titles before a name: the word after one is a name even at a sentence start.
EN_TITLES: Final = frozenset(["mr", "mrs", "ms", "miss", "dr", "mx"])
#: Capitalised words that are no names: days, and the months that are not also first
#: names (April, May, June and August are both).
_EN_CALENDAR: Final = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    + ["january", "february", "march", "july", "september", "october", "november"]
    + ["december", "christmas", "easter"]
)


def _is_name(
    cased: str, start: int, end: int, before: list[Token], prev_end: int, after_title: bool
) -> bool:
    """A capitalised word (not shouted in capitals) that does not open a sentence, or
    any word after a title: 「put Mike on」, "I demand that Mr. Sato be dismissed".
    ``prev_end``: where the word before it ends in ``cased``; ``after_title``: the last
    word before it (punctuation aside) is a title."""
    if after_title:
        return True
    word = cased[start:end]
    # A single capital ("GET ME A REFUND") is a letter or a shouted article, no name.
    if not word[:1].isupper() or len(word) == 1 or word.isupper():
        return False
    if not before or word.lower() in EN_TITLES or word.lower() in _EN_CALENDAR:
        return False  # the first word of the text; "on Friday", "in October"
    prev = before[-1]
    if "\n" in cased[prev_end:start]:
        return False  # the first word of a line
    return not (prev.pos == PUNCT and prev.surface in _EN_SENTENCE_END)


#: After a capitalised word that opens a sentence, a verb that makes it the subject of
#: a judgement about a person: "Kevin should be fired", "Priya is useless, fire her".
_EN_SUBJECT_NEXT: Final = re.compile(
    r"[ \t]+(?:should|needs|must|deserves|ought|better|has|is|was|will|would)\b"
)
#: Words for a group or for nobody in particular: no name even where one could stand.
_EN_GROUP_WORDS: Final = frozenset(
    ["management", "everyone", "everybody", "someone", "somebody", "anyone", "anybody"]
    + ["nobody", "whoever", "staff", "team", "company", "delivery", "shipping", "service"]
    + ["support", "billing", "payment", "order", "refund", "product", "item", "website"]
    + ["app", "system", "account", "nothing", "everything", "something", "this", "that"]
    # Question words open a question, never a name ("Who should I ask for?").
    + ["who", "what", "which", "where", "when", "why", "how", "whose", "whom"]
)


def _subject_name(cased: str, s: str, start: int, end: int, word: str) -> bool:
    """A capitalised word opening a sentence, followed by a modal or copula, is read as
    a name ("Kevin should be fired"); the word list keeps common subjects apart."""
    written = cased[start:end]
    return (
        written[:1].isupper()
        and not (len(written) > 1 and written.isupper())
        and written[1:].islower()
        and word not in _EN_GROUP_WORDS
        and _EN_SUBJECT_NEXT.match(s, end) is not None
    )


_EN_SENTENCE_END: Final = frozenset([".", "!", "?", ":", ";", '"', "“", "(", "-", "*"])


#: Words spelt with a double letter, so a run of three or more folds to two, not one.
_DOUBLE_OK: Final = frozenset(
    [
        "off",
        "all",
        "too",
        "see",
        "will",
        "kill",
        "ass",
        "hell",
        "shall",
        "full",
        "fool",
        "good",
        "feel",
        "need",
        "stuff",
        "tell",
        "well",
        "small",
        "still",
        "cool",
        "call",
        "pull",
        "ball",
        "balls",
        "boobs",
        "pussy",
        "yall",
        "sorry",
        "shut",
        "ugly",
    ]
)
_EN_AUX: Final = frozenset(
    [
        "will",
        "would",
        "shall",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
        "do",
        "does",
        "did",
        "am",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "have",
        "has",
        "had",
        "going",
    ]
)
_EN_PRON: Final = frozenset(
    [
        "i",
        "me",
        "my",
        "mine",
        "we",
        "us",
        "our",
        "you",
        "your",
        "yours",
        "yourself",
        "he",
        "him",
        "his",
        "she",
        "her",
        "it",
        "its",
        "they",
        "them",
        "their",
        "this",
        "that",
        "these",
        "those",
    ]
)


@dataclass(frozen=True, slots=True)
class Analysis:
    """An analysed text: the normalised text, its tokens and its language."""

    text: str
    tokens: tuple[Token, ...]
    lang: str


class Analyser:
    """Text → :class:`Analysis`, cached by normalised text. Deterministic; never raises
    on any text (bad input yields fewer tokens, not an error)."""

    def __init__(self, cache_size: int = _CACHE_SIZE) -> None:
        self._ja: _Japanese | None = None
        self._cache: OrderedDict[str, Analysis] = OrderedDict()
        self._cache_size = cache_size
        #: Text as given → its cache key: a text seen before skips normalising (the key
        #: is a pure function of the text).
        self._keys: dict[str, str] = {}
        self.analysed = 0  # texts actually run through the analyser (benchmarks)

    def _japanese(self) -> _Japanese:
        if self._ja is None:
            self._ja = _Japanese()  # the dictionary loads on first Japanese text
        return self._ja

    def analyse(self, text: str) -> Analysis:
        key = self._keys.get(text)
        if key is not None:
            hit = self._cache.get(key)
            if hit is not None:
                self._cache.move_to_end(key)
                return hit
        s = normalise(text)
        ja = is_japanese(s)
        # English keeps its case in the key: "fire Jake" names someone, "fire jake" not.
        cased = None if ja else _cased(text, s)
        key = cased if cased is not None else s
        if len(self._keys) >= 4 * self._cache_size:
            self._keys.clear()  # simple bound; the frequent texts come back
        self._keys[text] = key
        hit = self._cache.get(key)
        if hit is not None:
            self._cache.move_to_end(key)
            return hit
        self.analysed += 1
        if ja:
            result = Analysis(s, tuple(self._japanese().tokens(s)), "ja")
        else:
            result = Analysis(s, tuple(_en_tokens(s, cased)), "en")
        self._cache[key] = result
        if len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)
        return result

    def word_keys(self, text: str) -> frozenset[str] | None:
        """Every key a token of :meth:`analyse` (``text``) can have, for an English text,
        read without analysing it (the keys of its analysis, if it was analysed
        before); None for a Japanese text, which only its analysis tells."""
        if is_japanese(text):
            return None  # (without normalising it twice)
        key = self._keys.get(text)
        hit = self._cache.get(key) if key is not None else None
        if hit is not None:
            return None if hit.lang == "ja" else frozenset().union(*[t.keys for t in hit.tokens])
        s = normalise(text)
        return None if is_japanese(s) else _en_keys(s)

    def standard(self, text: str) -> str:
        """A normalised Japanese ``text`` with its Tohoku spellings read as standard
        Japanese (same length, see :meth:`_Japanese.standard`); other text as it is."""
        if text.isascii() or not tohoku.PROBE.search(text) or not is_japanese(text):
            return text
        ja = self._japanese()
        # Only the sentences holding a candidate are analysed (twice each): the
        # probe's ぐ after any kanji also meets 急ぐ/防ぐ in long, standard messages.
        out: list[str] = []
        for sentence in _JA_SENTENCE.findall(text):
            if tohoku.PROBE.search(sentence):
                standard = ja.standard(sentence)
                if standard is not None:
                    sentence = standard[0]
            out.append(sentence)
        return "".join(out)

    def reading(self, phrase: str) -> str | None:
        """The hiragana reading of a Japanese phrase (None for other text)."""
        s = normalise(phrase)
        if not is_japanese(s):
            return None
        return "".join(t.reading for t in self._japanese().tokens(s))

    def words(self, phrase: str) -> tuple[Token, ...]:
        """A lexicon phrase analysed like a message (not cached; used at load)."""
        s = normalise(phrase)
        if is_japanese(s):
            return tuple(self._japanese().tokens(s))
        return tuple(_en_tokens(s))

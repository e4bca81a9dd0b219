"""Token lexicon: entries over lemmas with gaps, typed slots and predicate frames.

The ``entries`` section of a lexicon file (``streams/mamori/lexicon/*.yaml``, and a
company's own directories) lists patterns matched on *whole tokens* of the analysed
text (:mod:`mamori.detect.morph`), never on part of a word::

    slots:
      BODY: [dick, cock, pussy, tits]          # a typed slot: any of these lemmas
    entries:
      - id: en.w.sexual_body
        category: sexual_harassment
        patterns: ["suck my {BODY}", "show ... {BODY}"]
        severity: medium
        frame: any            # any | aimed | threat
        aimed: high           # severity when aimed at the agent (second person/imperative)
        negatable: true       # a negation in the cue's own clause cancels it
        unless: [joke]        # words that cancel it in the same clause ({SLOT}: a slot's words)

A pattern is a sequence of words separated by spaces (Japanese patterns are split by
the analyser, so 「お前 ... 馬鹿」 and 「お前…馬鹿」 are the same). Each word matches a
token whose lemma, surface or (for nouns) reading equals the word's own analysis, so
one entry covers every conjugation (殺す: 殺した, 殺そう, ころす …) and every script of
a noun (馬鹿, ばか, バカ). ``a|b`` lists alternatives, ``...`` a gap of up to three
tokens inside the clause, ``{NAME}`` a slot: ``NUM`` (a number), ``NOUN``, ``STAFF``
(a staff name in any script, derived from the roster), ``NAME`` (a roster name, or an
English word written as a name: capitalised inside a sentence or after Mr/Ms) or one
of ``slots``; ``$`` the end of the clause (only punctuation and final particles after).
A word the analyser splits (土下座 = 土 + 下座) matches as its whole run of tokens, in
a pattern, a slot or ``unless``.

``frame: threat`` (violence, legal, online defamation) needs the speaker's own act:
not past, passive, negated or a question, and in English a future/volitional,
conditional or imperative frame. ``frame: command`` needs an imperative, a request
or a wish (「死ね」「消えてくれ」「死んでほしい」, "go die"); ``frame: imperative`` an
imperative only (a polite request is no command: 「謝ってください」); ``frame: request``
an imperative or a request, no wish (「来訪されたい方は」, 「訪問したい」). ``frame: aimed`` needs a second person in the clause,
an imperative, or a short outburst (the whole message ≤ 4 words); ``frame: person``
that, or a person word as the clause's topic (「担当者が横柄」) or as the noun the word
describes (「図々しい店員」): words of manners and skill that are said of things too.

A cheap surface pre-filter (one Aho-Corasick pass over the folded text with the
anchors' stems and readings) decides whether a message is analysed at all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Final, cast

import ahocorasick
import jaconv
import yaml

from mamori.detect import clauses as cl
from mamori.detect.morph import (
    _EN_EXPAND,
    ADJ,
    AUX,
    EN_TITLES,
    HANDLE,
    NOUN,
    NUM,
    OTHER,
    PART,
    PRON,
    PUNCT,
    VERB,
    Analyser,
    Analysis,
    Token,
    lexicon_keys,
    name_word,
)
from mamori.detect.rules import (
    SEVERITY_RANK,
    LexiconError,
    content_category,
    flat_words,
    frequent_first,
)
from mamori.detect.text import spoken
from mamori.detect.text.kana import KANA_LETTERS, hiragana, is_hiragana, is_kana, kana_only
from mamori.detect.text.normalize import fold
from mamori.domain.taxonomy import Category, Severity
from mamori.resources import load_yaml

_GAP: Final = 3
_CANDIDATES_SIZE: Final = 65536
_MEMO_SIZE: Final = 4096
_THREAT_BLOCK: Final = frozenset([cl.NEGATED, cl.PAST, cl.PASSIVE, cl.FAVOURABLE])
_THREAT_EN_NEED: Final = frozenset([cl.VOLITIONAL, cl.IMPERATIVE, cl.CONDITIONAL])
_THREAT_JA_NEED: Final = frozenset([cl.VOLITIONAL, cl.ASSERTIVE, cl.SECOND_PERSON, cl.CONDITIONAL])
_COMMAND: Final = frozenset([cl.IMPERATIVE, cl.REQUEST, cl.DESIDERATIVE])
#: A wish stays one in the past (「死んでほしかった」); a request in the past was granted.
_COMMAND_PAST: Final = frozenset([cl.IMPERATIVE, cl.DESIDERATIVE])
#: ``frame: request``: asked or ordered, not a wish (「訪問したい」 is the speaker's own).
_REQUEST: Final = frozenset([cl.IMPERATIVE, cl.REQUEST])
_SHORT_OUTBURST: Final = 4
#: ``demand``: told as a past event or as hearsay, or in the passive, nothing is asked.
_DEMAND_BLOCK: Final = frozenset([cl.PASSIVE, cl.REPORTED])
#: Benefactives: a question with one after the cue asks the listener for the act
#: (「割引してもらえますか」); without one it asks about a state (「無料になるんですよね？」).
_FAVOUR_JA: Final = frozenset(
    ["呉れる", "くれる", "下さる", "くださる", "貰う", "もらう", "頂く", "いただく"]
    + ["貰える", "もらえる", "頂ける", "いただける"]
)


@dataclass(frozen=True, slots=True, eq=False)
class Item:
    """One position of a pattern: a set of acceptable keys, a slot, or a gap."""

    keys: frozenset[str]
    slot: str = ""
    gap: bool = False
    #: ``$``: the clause ends here, but for punctuation and final particles
    #: (「これだから素人は」「これだから新人は。」).
    end: bool = False
    #: Keys that are only the reading of a noun written in kanji (野郎 → やろう): a verb
    #: or an auxiliary spelt the same (やろう, the volitional of やる) is another word.
    readings: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True, eq=False)
class Entry:
    id: str
    category: Category
    patterns: tuple[tuple[Item, ...], ...]
    severity: Severity
    aimed: Severity | None
    frame: str
    negatable: bool
    #: Words that cancel the entry in the cue's clause: one-token words by their keys,
    #: and (``unless_runs``) a word the analyser splits as its whole run of tokens.
    unless: frozenset[str]
    score: float
    #: The last word must be the predicate of the first: 「お前に悪いことをした」 (悪い
    #: describes こと) and 「お前って呼ばれて不快」 (another verb between) are no
    #: evaluation of the person.
    predicative: bool = False
    unless_runs: tuple[tuple[frozenset[str], ...], ...] = ()
    #: The hiragana readings of ``unless`` words written otherwise (サイト → さいと):
    #: a clause written in kana only cancels by them, however the analyser cut it.
    unless_kana: frozenset[str] = frozenset()
    #: A prohibitive (「死ぬな」「辞めるなよ」) is this act too. Not for wishes of death,
    #: ruin or leaving: forbidding those wishes the listener well.
    prohibitive: bool = True
    #: In a question: ``keep``; ``low``; ``skip`` unless the question asks a favour
    #: of the listener (a benefactive after the cue).
    question: str = "keep"
    #: ``tone``: a cue of register only (a bare imperative, a rude second person).
    #: In a sentence that carries a cue of one of these codes it is that cue's tone
    #: and no code of its own (mamori.detect.content: one cue, one code).
    tone_of: frozenset[Category] = frozenset()
    #: ja: the cue's verb made causative (「辞めさせろ」: have someone quit) is this act
    #: too. Not for wishes of ruin: having a third party dismissed is asked of the shop.
    causative: bool = True


@dataclass(frozen=True, slots=True)
class TokenHit:
    entry: Entry
    severity: Severity
    #: [start, end) of the matched words in the analysed text.
    start: int
    end: int


class TokenLexicon:
    """Compiled ``entries`` of every lexicon file, plus the surface pre-filter."""

    def __init__(
        self,
        entries: list[Entry],
        slots: Mapping[str, frozenset[str]],
        probes: Mapping[str, Mapping[Category, int]],
        readings: Mapping[str, Token] | None = None,
        analyser: Analyser | None = None,
        slot_runs: Mapping[str, tuple[tuple[frozenset[str], ...], ...]] | None = None,
        gates: Mapping[str, Iterable[tuple[frozenset[str], ...]]] | None = None,
    ) -> None:
        self.entries = entries
        self._slots = slots
        #: A slot's words that the analyser splits (気持ち悪い = 気持ち + 悪い): each
        #: matches as its whole run of tokens, never by one part.
        self._slot_runs = dict(slot_runs or {})
        #: Social platforms, written capitalised like names (Instagram).
        self._platforms = slots.get("SNS", frozenset())
        #: Keys a slot may start with (its one-token words, the first part of a run).
        starts = {
            name: keys.union(*(run[0] for run in self._slot_runs.get(name, ())))
            for name, keys in slots.items()
        }
        #: Listed nouns by their reading (three kana or more), and the analyser that
        #: re-reads the text after one: see :meth:`_respelled`.
        self._readings = dict(readings or {})
        self._analyser = analyser
        #: The pre-filter strings (folded); the detector adds them to its surface automaton.
        self._memo: dict[tuple[str, bool | None, tuple[int, ...]], list[TokenHit]] = {}
        self.probe_words = frozenset(probes)
        #: Frequent words that hold a probe by accident: a probe inside one of them does
        #: not let the sentence through (the detector adds these as exclusions).
        self.probe_exclusions = frozenset(
            h for h in _PROBE_HOSTS if any(p in h and p != h for p in probes)
        )
        self._probes = _automaton(set(probes))
        self._reach = dict(probes)
        #: The conjunctive gate: probe → for each pattern behind it, the probe sets of
        #: its other words (one string of each must be in the sentence too); a probe
        #: with a pattern that needs nothing more is in ``_free``. The strings of those
        #: sets that are no probe (``gate_words``) are looked for in their own pass.
        self._gates = {p: tuple(dict.fromkeys(g)) for p, g in (gates or {}).items()}
        self._free = frozenset(p for p in probes if () in self._gates.get(p, ((),)))
        self.gate_words = (
            frozenset(w for g in self._gates.values() for sets in g for s in sets for w in s)
            - self.probe_words
        )
        self._gate_words = _automaton(set(self.gate_words))
        # First concrete item → entries, so each token only tries entries that can start there.
        self._by_key: dict[str, list[tuple[Entry, tuple[Item, ...]]]] = {}
        self._by_slot: dict[str, list[tuple[Entry, tuple[Item, ...]]]] = {}
        #: A token's key set → the patterns it may start (see _candidates).
        self._cands: dict[frozenset[str], list[tuple[Entry, tuple[Item, ...]]]] = {}
        self._order: dict[tuple[Entry, tuple[Item, ...]], int] = {
            (e, p): n for n, (e, p) in enumerate((e, p) for e in entries for p in e.patterns)
        }
        #: Per pattern, the key sets each of its words needs: a pattern whose word is
        #: absent from the whole text is rejected before any matching.
        self._needs: dict[tuple[Item, ...], tuple[frozenset[str], ...]] = {
            p: tuple(
                starts.get(i.slot, i.keys) for i in p if not i.gap and (i.keys or i.slot in slots)
            )
            for e in entries
            for p in e.patterns
        }
        #: The same, the first word's keys checked last: a token of the text starts the
        #: pattern, so they are there, and the checks that can fail come first.
        self._needs_last_first = {p: (*n[1:], *n[:1]) for p, n in self._needs.items()}
        #: The same needs, each pattern's filed under the keys of its shortest key set
        #: (see :meth:`may_hit`); whether some pattern needs no word at all.
        self._by_need: dict[str, list[tuple[frozenset[str], ...]]] = {}
        for n in dict.fromkeys(self._needs.values()):
            for k in min(n, key=len, default=()):
                self._by_need.setdefault(k, []).append(n)
        self._need_keys = frozenset(self._by_need)
        self._needless = any(not n for n in self._needs.values())
        for e in entries:
            for p in e.patterns:
                first = p[0]
                if first.slot in slots:  # a word-list slot: index by its words
                    for k in starts[first.slot]:
                        self._by_key.setdefault(k, []).append((e, p))
                elif first.slot:
                    self._by_slot.setdefault(first.slot, []).append((e, p))
                else:
                    for k in first.keys:
                        self._by_key.setdefault(k, []).append((e, p))
        #: Every key some pattern starts with: most tokens start none.
        self._first_keys = frozenset(self._by_key)
        #: When only {NAME}, {NUM} or {NOUN} open patterns, a token fills {NAME} only as a
        #: name or by a staff name's key (_slot_ok), the others by their part of speech:
        #: the other tokens skip the slot checks. None: another slot opens one, and every
        #: token is checked.
        self._slot_open: frozenset[str] | None = (
            self._slots.get("STAFF", frozenset())
            if set(self._by_slot) <= {"NAME", "NUM", "NOUN"}
            else None
        )
        #: Whether {NUM} or {NOUN} opens a pattern (a token with digits or that part of
        #: speech may fill it).
        self._num_opens = "NUM" in self._by_slot
        self._noun_opens = "NOUN" in self._by_slot

    # ------------------------------------------------------------------ loading
    @classmethod
    def load(
        cls, dirs: Sequence[Path], analyser: Analyser, staff_names: Iterable[str] = ()
    ) -> TokenLexicon:
        raw_slots: dict[str, list[str]] = {}
        raw_entries: dict[str, tuple[dict[str, Any], str]] = {}
        for d in dirs:
            for path in sorted(Path(d).glob("*.yaml")):
                try:
                    doc = load_yaml(path) or {}
                except (OSError, yaml.YAMLError) as exc:
                    raise LexiconError(f"{path}: {exc}") from exc
                if not isinstance(doc, dict):
                    raise LexiconError(f"{path}: top level must be a mapping")
                for name, words in (doc.get("slots") or {}).items():
                    if not isinstance(words, list):
                        raise LexiconError(f"{path}: slot {name} must be a list")
                    raw_slots.setdefault(str(name), []).extend(flat_words(words))
                in_file: set[str] = set()
                for raw in doc.get("entries") or []:
                    if not isinstance(raw, dict) or "id" not in raw:
                        raise LexiconError(f"{path}: every entry needs an id")
                    eid = str(raw["id"])
                    if eid in in_file:
                        raise LexiconError(f"{path}: entry {eid} is defined twice")
                    in_file.add(eid)
                    raw_entries[eid] = (raw, path.name)
        slots: dict[str, frozenset[str]] = {}
        slot_runs: dict[str, tuple[tuple[frozenset[str], ...], ...]] = {}
        for name, words in raw_slots.items():
            keys: set[str] = set()
            runs: list[tuple[frozenset[str], ...]] = []
            for w in words:
                toks = analyser.words(w)
                if len(toks) == 1:
                    keys |= lexicon_keys(toks[0])
                elif toks:
                    keys.add(w.lower())  # as written, where the text keeps it one word
                    runs.append(tuple(_item_keys(t) for t in toks))
            slots[name] = frozenset(keys)
            if runs:
                slot_runs[name] = tuple(runs)
        staff = tuple(staff_names)
        slots["STAFF"] = frozenset(staff_spellings(staff, analyser) | name_parts(staff, analyser))
        slot_probes = {
            name: {p for w in words for p in _probes(w, analyser.words(w))}
            for name, words in raw_slots.items()
        }
        slot_probes["STAFF"] = {fold(n) for n in slots["STAFF"] if fold(n)}
        slot_gates = {name: _slot_gate(words, analyser) for name, words in raw_slots.items()}
        entries: list[Entry] = []
        probe_words: dict[str, dict[Category, int]] = {}
        gates: dict[str, list[tuple[frozenset[str], ...]]] = {}
        for rid, (raw, fname) in sorted(raw_entries.items()):
            if raw.get("enabled", True) is False:
                continue
            entry, probes, pattern_gates = _entry(
                rid, raw, fname, analyser, slots, slot_probes, raw_slots, slot_gates
            )
            entries.append(entry)
            rank = max(SEVERITY_RANK[entry.severity], SEVERITY_RANK[entry.aimed or "low"])
            for p in probes:
                reach = probe_words.setdefault(p, {})
                reach[entry.category] = max(reach.get(entry.category, 0), rank)
            for own, others in pattern_gates:
                for p in own:
                    # A set with a string inside the probe is there whenever the probe
                    # is (から in だから); of the rest, the most selective few.
                    kept = [s for s in others if not any(w in p for w in s)]
                    kept.sort(key=_selectivity, reverse=True)
                    gates.setdefault(p, []).append(tuple(kept[:_GATE_WORDS]))
        shorter = _add_short_vowel_spellings(probe_words, analyser)
        for long_, short in shorter.items():
            gates.setdefault(short, []).extend(gates.get(long_, ()))
        listed = [w for words in raw_slots.values() for w in words]
        for raw, _fname in raw_entries.values():
            for text in raw.get("patterns") or raw.get("words") or []:
                listed.extend(a for part in str(text).split() for a in part.split("|"))
        gated = {
            p: [tuple(s | {shorter[w] for w in s if w in shorter} for s in g) for g in lst]
            for p, lst in gates.items()
        }
        return cls(
            entries,
            slots,
            probe_words,
            _listed_readings(listed, analyser),
            analyser,
            slot_runs,
            gated,
        )

    def slot(self, name: str) -> frozenset[str]:
        """The keys of a word-list slot (empty when no lexicon defines it)."""
        return self._slots.get(name, frozenset())

    def single_words(self, category: Category, prefix: str) -> frozenset[str]:
        """The keys of the one-word patterns of ``category``'s entries whose id opens with
        ``prefix`` ("en."): the words that alone say it ("rude", "useless")."""
        out: set[str] = set()
        for e in self.entries:
            if e.category != category or not e.id.startswith(prefix):
                continue
            for p in e.patterns:
                if len(p) == 1 and not p[0].slot and not p[0].gap:
                    out |= p[0].keys
        return frozenset(out)

    def threat_lemmas(self) -> dict[Category, frozenset[str]]:
        """The words of each threat code's entries (their verbs and nouns): the surface
        rules of these codes are checked against the frame of these words."""
        out: dict[Category, set[str]] = {}
        for e in self.entries:
            if e.frame != "threat":
                continue
            keys = out.setdefault(e.category, set())
            for p in e.patterns:
                first = True
                for item in p:
                    if item.slot in self._slots and item.slot not in _CONTEXT_SLOTS:
                        keys |= self._slots[item.slot]
                    elif first and not item.gap and not item.slot:
                        keys |= item.keys  # the cue word itself, not the generic verbs after it
                    first = first and item.gap
        return {c: frozenset(k) for c, k in out.items()}

    # ------------------------------------------------------------------ matching
    def reach(self, probe: str) -> Mapping[Category, int]:
        """The codes (and their highest severity rank) an entry behind ``probe`` can give;
        English probes are word starts, so a matched run may be longer than the probe."""
        got = self._reach.get(probe)
        if got is None:
            got = {}
            for p, r in self._reach.items():  # rare: the surface match ran on ("fucking")
                if probe.startswith(p):
                    for c, rank in r.items():
                        got[c] = max(got.get(c, 0), rank)
        return got

    def probes(self, folded: str) -> Iterator[tuple[int, str]]:
        """(end position, probe) of each pre-filter string in the folded text."""
        if self._probes is None:
            return iter(())
        return cast(Iterator[tuple[int, str]], self._probes.iter(folded))

    def is_free(self, probe: str) -> bool:
        """A probe that alone lets a sentence through (see :meth:`gate`)."""
        return probe in self._free or probe not in self._gates

    def gate_words_in(self, folded: str) -> Iterator[tuple[int, str]]:
        """(end position, string) of each gate word (see :meth:`gate`) in the folded text."""
        if self._gate_words is None:
            return iter(())
        return cast(Iterator[tuple[int, str]], self._gate_words.iter(folded))

    def may_match(self, folded: str) -> bool:
        """The surface pre-filter: could any entry match this (folded) text?"""
        if self._probes is None:
            return False
        probes = {p for _, p in self._probes.iter(folded)}
        return self.gate(probes, {w for _, w in self.gate_words_in(folded)})

    def gate(self, probes: set[str], words: set[str]) -> bool:
        """Whether some pattern may match a sentence that holds the pre-filter strings
        ``probes`` and the gate words ``words``: a probe counts only with one string of
        each of its pattern's other words. A probe spelling the gate does not know (one
        the surface automaton adds) lets the sentence through."""
        free = self._free
        gates = self._gates
        found = probes | words
        for p in probes:
            if p in free:
                return True
            options = gates.get(p)
            if options is None:
                return True  # a spelling of no pattern: cannot tell, analyse
            for others in options:
                for s in others:
                    if s.isdisjoint(found):
                        break
                else:
                    return True
        return False

    def may_hit(self, keys: frozenset[str] | None) -> bool:
        """Whether some pattern has each of its words among ``keys``, the keys of a
        text's tokens or a superset of them (None: not known). If not, :meth:`match`
        finds nothing there: it tries no pattern one of whose words is absent."""
        if keys is None or self._needless:
            return True
        for k in keys & self._need_keys:
            for needs in self._by_need[k]:
                for n in needs:
                    if n.isdisjoint(keys):
                        break
                else:
                    return True
        return False

    def match(self, a: Analysis, short: bool | None = None) -> list[TokenHit]:
        """Word hits in one analysed text; ``short`` says whether the whole message is a
        short outburst (default: this text has four words or fewer). Cached by text:
        streams repeat sentences (templates, resent demands)."""
        # The text is folded to lower case: which words are names ("fire Jake" vs
        # "fire jake") is part of the key, or the first spelling would answer for both.
        # (Japanese is read from the folded text alone: its names never differ.)
        names = tuple(i for i, t in enumerate(a.tokens) if t.proper) if a.lang == "en" else ()
        key = (a.text, short, names)
        cached = self._memo.get(key)
        if cached is not None:
            return cached
        hits = self._match(a, short)
        respelled = self._respelled(a) if a.lang == "ja" else None
        if respelled is not None:
            b, words = respelled
            seen = {(h.entry.id, h.start, h.end) for h in hits}
            for h in self._match(b, short):
                if (h.entry.id, h.start, h.end) not in seen and any(
                    h.start < q and p < h.end for p, q in words
                ):
                    hits.append(h)
        if len(self._memo) >= _MEMO_SIZE:
            self._memo.clear()  # simple bound; a hot set refills quickly
        self._memo[key] = hits
        return hits

    def _respelled(self, a: Analysis) -> tuple[Analysis, list[tuple[int, int]]] | None:
        """The text re-read where a listed noun written in kana was mis-split: the
        analyser did not know a kana fragment (an unknown word) and cut the kana after
        it into particles or verbs, so a word's reading straddles its tokens
        (「ずぼしかよ」 is ずぼ + しか + よ; 図星 reads ずぼし). The reading becomes one
        noun and the text after it is analysed again (か + よ). None when there is no
        such place; otherwise the new analysis and the [start, end) of each respelled
        word. A fragment the dictionary knows (さぎ, a heron, in 「さぎしかいない」) is
        taken as written. A listed verb or adjective is found the same way by its
        dictionary form (「むかつくねん」 is むか + つくねん, a word for "idly")."""
        if not self._readings or self._analyser is None:
            return None
        toks = list(a.tokens)
        words: list[tuple[int, int]] = []
        i = 0
        while i < len(toks):
            t = toks[i]
            found = self._reading_at(a.text, toks, i) if t.pos == OTHER else None
            split = False
            if found is None and t.pos != OTHER:
                found = self._fragments_at(a.text, toks, i)
                split = found is not None
            if found is None:
                i += 1
                continue
            end, word = found
            rest = self._analyser.analyse(a.text[end:]) if end < len(a.text) else None
            if rest is not None and (
                rest.lang != "ja"
                or rest.text != a.text[end:]
                or not (
                    _follows_noun(rest.tokens)
                    # 「したぎのがぞうおくれ」: a noun before a verb, the object of a casual request
                    or (split and rest.tokens and rest.tokens[0].pos != ADJ)
                )
            ):
                # The tail would not be read the same way alone, or a noun cannot stand
                # before it: 「どうていいか」 (どうしていいか mistyped) is not 童貞 + いか.
                i += 1
                continue
            noun = replace(word, surface=a.text[t.start : end], start=t.start, end=end)
            tail = (
                [replace(r, start=r.start + end, end=r.end + end) for r in rest.tokens]
                if rest
                else []
            )
            toks = [*toks[:i], noun, *tail]
            words.append((t.start, end))
            i += 1
        if not words:
            return None
        return Analysis(a.text, tuple(toks), a.lang), words

    def _fragments_at(self, text: str, toks: list[Token], i: int) -> tuple[int, Token] | None:
        """(end offset, listed noun) of the longest listed reading that tokens ``i``…
        spell exactly, written in kana only from the start of a word, where the
        analyser's cut is no reading of words: a verb, an auxiliary or a particle among
        the pieces, and a piece no word can be — one kana left as a noun or an unknown
        word (「し|た|ぎ」 for したぎ 下着, 「た|に|ま」 for 谷間), a long-vowel mark cut
        off (「ぬ|ー|ど」), or a final particle inside the sentence (「が|ぞう」 for 画像).
        A word the analyser read as one (したがって) is never re-read."""
        if i > 0 and toks[i - 1].end == toks[i].start and toks[i - 1].pos in (VERB, AUX, ADJ):
            return None  # inside a verb's conjugation (「出し|た|ぎり」 starts at 出し)
        if not is_kana(toks[i].surface) or text[toks[i].start : toks[i].end] != toks[i].surface:
            return None
        kana = ""
        best: tuple[int, Token] | None = None
        function = fragment = False
        for j in range(i, min(len(toks), i + _RESPELL_TOKENS + 1)):
            t = toks[j]
            if (j > i and t.start != toks[j - 1].end) or not is_kana(t.surface):
                break
            kana += hiragana(t.surface)
            function = function or t.pos in (VERB, AUX, PART)
            fragment = fragment or (
                (len(t.surface) == 1 and t.pos in (NOUN, OTHER, PUNCT))
                # a classical auxiliary (「じ|どり」 for じどり 自撮り): no word of a chat
                or t.pos2.startswith("文語")
                or (
                    t.pos2 == "終助詞"
                    and j + 1 < len(toks)
                    and toks[j + 1].pos != PUNCT
                    and toks[j + 1].pos2 != "終助詞"
                )
            )
            word = self._readings.get(kana) if j > i else None
            if word is not None and word.pos == NOUN and function and fragment:
                best = (t.end, word)
        return best

    def _reading_at(self, text: str, toks: list[Token], i: int) -> tuple[int, Token] | None:
        """(end offset, listed noun) of the longest listed reading that the kana from
        token ``i`` on begins with and that runs past that token."""
        t = toks[i]
        if text[t.start : t.end] != t.surface or not is_kana(t.surface):
            return None
        kana = ""
        for j in range(i, min(len(toks), i + _RESPELL_TOKENS)):
            if (j > i and toks[j].start != toks[j - 1].end) or not is_kana(toks[j].surface):
                break
            kana += hiragana(toks[j].surface)
        for n in range(len(kana), len(t.surface), -1):
            word = self._readings.get(kana[:n])
            if word is not None:
                return t.start + n, word
        return None

    def _match(self, a: Analysis, short: bool | None) -> list[TokenHit]:
        toks = _pronouns_as_names(a.tokens) if a.lang == "en" else a.tokens
        if not toks:
            return []
        runs = _kana_runs(toks) if a.lang == "ja" else {}
        needs = self._needs_last_first
        possible: dict[tuple[Item, ...], bool] = {}
        if short is None:
            short = sum(1 for t in toks if t.pos not in (PUNCT, HANDLE)) <= _SHORT_OUTBURST
        first = self._first_keys
        by_slot = self._by_slot.items()
        slot_open = self._slot_open
        num_opens, noun_opens = self._num_opens, self._noun_opens
        # Clauses and the text's keys are needed only once a token starts a pattern.
        cls_: list[cl.Clause] | None = None
        present: set[str] = set()
        hits: list[TokenHit] = []
        for i, t in enumerate(toks):
            run = runs.get(i)
            if run is not None:
                cands = self._candidates_run(t, run)
            elif t.keys.isdisjoint(first):
                cands = []
            else:
                cands = self._candidates(t.keys)
            if (
                slot_open is None
                or _written_name(t)
                or not t.keys.isdisjoint(slot_open)
                or (num_opens and (t.pos == NUM or t.surface.isdigit()))
                or (noun_opens and t.pos in (NOUN, PRON))
            ):
                for slot, lst in by_slot:
                    if self._slot_ok(slot, t):
                        cands = [*cands, *lst]
            if not cands:
                continue
            if cls_ is None:
                cls_ = cl.clauses(toks, a.lang)
                present = set().union(*[t.keys for t in toks])
                for joined in runs.values():
                    present.update(joined)
            clause = cl.clause_of(cls_, i)
            for entry, pattern in cands:
                ok = possible.get(pattern)
                if ok is None:
                    ok = True
                    for keys in needs[pattern]:  # _all_present, inline: checked very often
                        if keys.isdisjoint(present):
                            ok = False
                            break
                    possible[pattern] = ok
                if not ok:
                    continue
                end = self._match_at(pattern, toks, i, clause.end, runs)
                if end is None:
                    continue
                hit = self._judge(entry, a, i, end, clause, short)
                if hit is not None:
                    hits.append(hit)
        return hits

    def _candidates(self, keys: frozenset[str]) -> list[tuple[Entry, tuple[Item, ...]]]:
        """The patterns whose first word one of ``keys`` can be, in a fixed order;
        kept per key set (a text's words repeat, and so do their key sets)."""
        got = self._cands.get(keys)
        if got is None:
            if len(self._cands) >= _CANDIDATES_SIZE:
                self._cands.clear()  # simple bound; the frequent words come back
            got = self._cands[keys] = self._ordered(keys)
        return got

    def _candidates_run(
        self, t: Token, run: Mapping[str, int]
    ) -> list[tuple[Entry, tuple[Item, ...]]]:
        return self._ordered((*t.keys, *run))

    def _ordered(self, keys: Iterable[str]) -> list[tuple[Entry, tuple[Item, ...]]]:
        cands: list[tuple[Entry, tuple[Item, ...]]] = []
        for k in keys:
            cands.extend(self._by_key.get(k, ()))
        if len(cands) > 1:
            # A token may reach one pattern by two keys; a fixed order keeps the
            # result independent of set iteration (hash seeds differ per process).
            cands = sorted(dict.fromkeys(cands), key=self._order.__getitem__)
        return cands

    def _thing_subject_en(self, toks: tuple[Token, ...], start: int, cue: int) -> bool:
        """The subject the cue is said of is a thing ("your app is useless", "this
        service is rubbish", "the website is so useless") — a noun phrase opened by a
        determiner that names no person — so a short complaint about a product, a
        service or the company is no insult of the staff ("your staff are useless",
        "your lot are useless" name people and stay aimed)."""
        j = cue - 1
        while j > start and toks[j].surface in _DEGREE_EN:
            j -= 1
        if j <= start or toks[j].surface not in _COPULA_EN:
            return False
        k = j - 1
        while k > start and j - k <= _PHRASE_WORDS and toks[k].surface not in _THING_DETERMINERS:
            k -= 1
        phrase = toks[k + 1 : j]
        return (
            toks[k].surface in _THING_DETERMINERS
            and bool(phrase)
            and all(t.pos == OTHER and not t.proper and not self._names_person(t) for t in phrase)
        )

    def _person_subject_en(self, toks: tuple[Token, ...], start: int, cue: int) -> bool:
        """The cue is a noun of insult ("a clown", "a lying clown") said by a copula of
        a person opening the clause: a staff member by role ("your cashier is a liar"),
        or a name, alone or placed ("Kevin at the service desk is a lying clown"). The
        speaker's own people ("my son is such a clown") and anything with no article
        ("Kevin is useless": en.w.insult_aimed's short outburst) are left as they are."""
        j = cue - 1
        article = False
        while j > start and (
            toks[j].surface in _DEGREE_EN or toks[j].surface in _INSULT_MODIFIERS_EN
        ):
            article = article or toks[j].surface in ("a", "an")
            j -= 1
        if not article or j <= start or toks[j].surface not in _COPULA_EN:
            return False
        k = start
        while k < j and (toks[k].pos == PUNCT or toks[k].surface in _SUBJECT_OPENERS_EN):
            k += 1
        if k >= j or (k > start and toks[k - 1].surface in _OWN_DETERMINERS_EN):
            return False
        head = toks[k]
        rest = toks[k + 1 : j]
        placed = bool(rest) and rest[0].surface in _PLACED_AT_EN
        # a name opening the line is capitalised anyway: there, a word the dictionary
        # knows only as a name, placed at a desk or a till, is one
        opens_line = k == start or toks[k - 1].pos == PUNCT
        named = head.pos == OTHER and (
            head.proper or (placed and opens_line and name_word(head.surface))
        )
        # a staff member by role, or someone served by placed at their post ("the lad
        # at the desk"); "the lad" alone may be anyone's
        slots = ("STAFF_ROLE_EN", "STAFF", "SERVED_BY_EN") if placed else ("STAFF_ROLE_EN", "STAFF")
        if not (
            named
            or any(not self._slots.get(slot, frozenset()).isdisjoint(head.keys) for slot in slots)
        ):
            return False
        # nothing more, or where the person works ("at the service desk", "on the tills")
        return not rest or (
            rest[0].surface in _PLACED_AT_EN
            and len(rest) <= _PLACE_WORDS
            and all(t.pos != VERB for t in rest)
        )

    def _describes_thing_en(self, toks: tuple[Token, ...], end: int, limit: int) -> bool:
        """The cue stands right before a word for something bought or used, or the
        company (``THING_EN``): "useless app", "terrible service"."""
        return end < limit and not self._slots.get("THING_EN", frozenset()).isdisjoint(
            toks[end].keys
        )

    def _names_person(self, t: Token) -> bool:
        return t.surface in _GROUP_OF_PEOPLE_EN or any(
            not self._slots.get(slot, frozenset()).isdisjoint(t.keys) for slot in _PERSON_SLOTS_EN
        )

    def _slot_ok(self, slot: str, t: Token) -> bool:
        if slot == "NUM":
            return t.pos == NUM or t.surface.isdigit()
        if slot == "NOUN":
            return t.pos in (NOUN, PRON)
        if slot == "NAME":  # a person's name: written as one, or a roster name
            return _written_name(t) or (
                t.pos not in (AUX, PRON) and not self._slots["STAFF"].isdisjoint(t.keys)
            )
        keys = self._slots.get(slot)
        return keys is not None and not keys.isdisjoint(t.keys)

    def _item_ok(self, item: Item, toks: Sequence[Token], j: int) -> bool:
        t = toks[j]
        if item.slot:
            return self._slot_ok(item.slot, t)
        if item.keys.isdisjoint(t.keys):
            return False
        return not (item.readings and item.keys & t.keys <= item.readings and _verb_there(toks, j))

    def _match_at(
        self,
        pattern: tuple[Item, ...],
        toks: tuple[Token, ...],
        i: int,
        limit: int,
        runs: Mapping[int, Mapping[str, int]] | None = None,
    ) -> int | None:
        """Token index after the match of ``pattern`` starting at ``i`` (within the clause).
        A word may also match a run of kana fragments that spells its reading (``runs``)."""
        named = any(item.slot == "NAME" for item in pattern)

        def go(p: int, j: int) -> int | None:
            if p == len(pattern):
                return j
            item = pattern[p]
            if item.gap:
                for skip in range(0, _GAP + 1):
                    if j + skip > limit:
                        break
                    r = go(p + 1, j + skip)
                    if r is not None:
                        return r
                return None
            if item.end:
                rest = toks[j:limit]
                if all(t.pos == PUNCT or (t.pos == PART and t.pos2 == "終助詞") for t in rest):
                    return go(p + 1, j)
                return None
            if j >= limit:
                return None
            if item.slot == "NAME" and toks[j].surface in EN_TITLES:
                # "deal with Mr. Patel": the title (and its full stop) go with the name
                k = j + 2 if j + 1 < limit and toks[j + 1].surface == "." else j + 1
                if k < limit and self._slot_ok("NAME", toks[k]):
                    return go(p + 1, k + 1)
            for run in self._slot_runs.get(item.slot, ()) if item.slot else ():
                k = j + len(run)
                if k <= limit and all(
                    not keys.isdisjoint(toks[j + n].keys) for n, keys in enumerate(run)
                ):
                    r = go(p + 1, k)
                    if r is not None:
                        return r
            if not self._item_ok(item, toks, j):
                for joined, end in (runs or {}).get(j, {}).items():
                    if end <= limit and not item.slot and joined in item.keys:
                        return go(p + 1, end)
                return None
            if (
                named
                and not item.slot
                and toks[j].proper
                and toks[j].keys.isdisjoint(self._platforms)
            ):
                # 「Kindle Fire」, "Sue": a word written as a name is no verb ("on
                # Instagram" is a platform, capitalised as one)
                return None
            return go(p + 1, j + 1)

        return go(0, i)

    def _judge(
        self, e: Entry, a: Analysis, i: int, end: int, clause: cl.Clause, short: bool
    ) -> TokenHit | None:
        toks = a.tokens
        span = toks[i:end]
        if (e.aimed is not None or toks[end - 1].pos == PRON) and _honoured(toks, i, end):
            # 「お婆ちゃん」「爺さん」「おまえさん」: an honorific makes the person word polite
            return None
        if e.predicative and (
            _attributive(toks, end) or any(t.pos == VERB for t in toks[i + 1 : end - 1])
        ):
            return None  # the last word describes another noun, or another verb intervenes
        if e.category in _REPORTABLE and in_reported_quote(toks, end):
            return None  # 「店員にバカって言われた」「早くしろと言われた」: a report, not abuse
        if a.lang == "ja" and (_doubled_kana_split(toks, i) or _adjective_before_masu(toks, end)):
            return None  # 「くだ|ださい」「ありがとうざいます」: typos, not ださい or うざい
        if a.lang == "ja" and _intensifier(toks, i, end):
            return None  # 「バカ売れ」「バカ高い」: "hugely", no insult
        if _cancelled(e, toks, clause):
            return None
        # The predicate whose frame decides: the last verb of the match, else its last word.
        head = end - 1
        for j in range(end - 1, i - 1, -1):
            if toks[j].pos == VERB:
                head = j
                break
        if a.lang == "en" and e.frame in ("command", "imperative", "threat", "request"):
            # English words carry no POS: a command or a threat is read at its first
            # word, the verb ("I will beat the lot of you": will is read before beat).
            head = i
        f = cl.frame(toks, a.lang, head, clause)
        if cl.DELIBERATE in f and e.category == Category.VIOLENCE_THREAT:
            f = cl.frame(toks, a.lang, head, clause, weigh=False)  # 「殺そうか迷ってる」
        if e.negatable and (
            cl.NEGATED in f or (a.lang == "en" and cl.negated_before(toks, clause, i))
        ):
            return None
        if not e.prohibitive and cl.PROHIBITIVE in f:
            return None  # 「死ぬな」「辞めるなよ」: forbidding it is no wish for it
        if not e.causative and _causative_after(toks, head):
            return None  # 「工藤を辞めさせろ」: a dismissal asked of the shop, no wish of ruin
        severity = e.severity
        if e.frame == "threat":
            if f & _THREAT_BLOCK or cl.THIRD_PARTY in f:
                return None
            if cl.QUESTION in f and cl.VOLITIONAL not in f:
                return None
            if a.lang == "en" and not (f & _THREAT_EN_NEED):
                return None
            if a.lang == "ja" and not (f & _THREAT_JA_NEED):
                f = _chained_intent(toks, head, clause)
                if not (f & _THREAT_JA_NEED):
                    return None
            if a.lang == "ja" and _told_as_past(toks, head, clause):
                return None  # 「襟首をつかんで引き戻しました」: a て-form told in the past
            if (
                a.lang == "ja"
                and e.category == Category.ONLINE_DEFAMATION_THREAT
                and (
                    writing_this(toks, head, clause)
                    or (toks[head].pos == NOUN and post_as_subject(toks, head, clause.end))
                )
            ):
                return None  # 「クーポンがもらえるので書いてます」: this review, written now
            if a.lang == "ja" and _ability_measured(toks, head):
                return None  # 「人殺せるくらい美味しい」: a degree, no act to come
        if e.frame == "command" and not (f & _COMMAND):
            return None
        if e.frame == "command" and a.lang == "ja" and _own_wish(toks, head, clause, f):
            return None  # 「死にたいくらい疲れた」「辞めたい」: the speaker's own wish
        if e.frame == "command" and a.lang == "en" and _own_wish_en(toks, head, clause, f):
            return None  # "I want to die tbh", "we all wanna die of shame": the speaker's own
        if e.frame == "command" and cl.PAST in f and not (f & _COMMAND_PAST):
            return None  # 「無料にしてもらった」: a favour received, no request
        if e.frame == "imperative" and cl.IMPERATIVE not in f:
            return None
        if e.frame == "request" and (cl.PAST in f or cl.REPORTED in f or not f & _REQUEST):
            # 「来訪されたい方は」: someone's own wish, not asked of the listener;
            # 「訪問してくださると聞きました」: a visit the speaker was told of, asked of no one
            return None
        if e.frame == "demand" or e.question != "keep":
            # The clause's own predicate too: a noun matched at the cue is governed by
            # the verb after it (「御社の負担で対応していただきました」 is past).
            main = next(
                (j for j in range(clause.end - 1, end - 1, -1) if toks[j].pos in (VERB, ADJ)),
                None,
            )
            whole = f | cl.frame(toks, a.lang, main, clause) if main is not None else f
            if e.frame == "demand" and (
                whole & _DEMAND_BLOCK or (cl.PAST in whole and not whole & _COMMAND_PAST)
            ):
                return None
            if cl.QUESTION in whole:
                asked = as_asked(e, severity, toks[i : clause.end])
                if asked is None:
                    return None
                severity = asked
        clause_toks = toks[clause.start : clause.end]
        # A short outburst is aimed at the agent unless it names someone or something
        # else ("my dog is …", 「邪魔なビル」: the word describes that noun).
        about_other = (
            any(t.surface in _OTHER_TARGET for t in clause_toks)
            or _modifies_noun(toks, end)
            or (a.lang == "ja" and _thing_topic(toks, clause.start, i))
            or (a.lang == "en" and self._thing_subject_en(toks, clause.start, i))
        )
        # "Garbage hasn't been collected": the clause opens with the word, which reads
        # as an order, but the word is the subject of a passive (a thing acted upon).
        passive = a.lang == "en" and _passive_subject_en(toks, clause.start, i, end, clause.end)
        # "pathetic service", "you sold me a useless product": the word describes the
        # thing after it, whoever the clause names; repeated in a clause that names no
        # listener ("terrible service, really terrible"), it still does.
        describes_thing = a.lang == "en" and (
            self._describes_thing_en(toks, end, clause.end)
            or (
                end == i + 1
                and cl.SECOND_PERSON not in f
                and any(
                    toks[k].lemma == toks[i].lemma and self._describes_thing_en(toks, k + 1, i)
                    for k in range(i)
                )
            )
        )
        # "Terrible. The Wi-Fi didn't work", "works fine, weird": an adjective of verdict
        # alone in its clause is no order but a verdict on the matter.
        verdict = (
            a.lang == "en"
            and cl.SECOND_PERSON not in f
            and _verdict_fragment_en(toks, clause, i, end, short)
        )
        aimed = not describes_thing and (
            (cl.SECOND_PERSON in f and not passive)
            or (cl.IMPERATIVE in f and not passive and not verdict)
            or (short and not about_other and not passive and not verdict)
            or any(t.pos == PRON and t.lemma in _YOU for t in span)
            or _animate_subject(toks, end, clause.end)
            or (a.lang == "en" and _said_to_handle(toks, clause, i, end))
            or (a.lang == "en" and self._person_subject_en(toks, clause.start, i))
        )
        if not aimed and e.aimed is not None and a.lang == "ja":
            aimed = _subordinate_aimed(toks, end, clause)
        if not aimed and e.frame == "aimed" and a.lang == "ja" and span[-1].pos == VERB:
            aimed = _annoyed_by_listener(toks, i, end, clause)
        if e.frame == "aimed" and not aimed:
            return None
        if e.frame == "person" and not (
            aimed or _person_topic(toks, clause.start, i) or _describes_person(toks, end)
        ):
            return None  # 「説明が下手」「底が浅い」: said of a thing, not of a person
        if (
            e.category == Category.ABUSIVE_LANGUAGE
            and cl.SECOND_PERSON not in f
            and _speaker_subject(toks, clause, i)
        ):
            return None  # 「I feel like an idiot」「俺がバカだった」: the speaker about themself
        if (
            e.category == Category.ABUSIVE_LANGUAGE
            and a.lang == "ja"
            and cl.SECOND_PERSON not in f
            and _speaker_echo(toks, clause, i)
        ):
            return None  # 「アホや、僕はアホです」: the same word then said of the speaker
        if (
            e.category == Category.ABUSIVE_LANGUAGE
            and a.lang == "ja"
            and not aimed
            and _felt_shame(toks, clause, i, end)
        ):
            return None  # 「親戚の前で情けなかったです」: the speaker's own shame
        if e.aimed is not None and aimed and SEVERITY_RANK[e.aimed] > SEVERITY_RANK[severity]:
            severity = e.aimed
        return TokenHit(e, severity, span[0].start, span[-1].end)


def as_asked(e: Entry, severity: Severity, rest: Sequence[Token]) -> Severity | None:
    """The severity of ``e``'s hit in a question (``rest``: the words from the cue on),
    None when the question drops it (see :attr:`Entry.question`)."""
    if e.question == "low":
        return "low"
    if e.question == "skip" and not any(t.lemma in _FAVOUR_JA for t in rest):
        return None
    return severity


#: Particles that make a phrase an adverbial of the clause's main predicate.
_SUBORDINATE: Final = frozenset(["に", "で", "て"])


def _subordinate_aimed(toks: tuple[Token, ...], end: int, clause: cl.Clause) -> bool:
    """「男のくせに細かいこと言うな」「女の分際で口答えするな」: a phrase that ends in (or
    is followed by) に/で/て modifies the clause's main predicate, and is aimed where
    that predicate is: an imperative, or a second person in its frame. Not where the
    sentence reports what the speaker was told (「…泣くなって言われた」)."""
    j = end
    if j < clause.end and toks[j].pos == PART and toks[j].surface in _SUBORDINATE:
        j += 1
    elif toks[end - 1].surface not in _SUBORDINATE:
        return False
    main = next((k for k in range(clause.end - 1, j - 1, -1) if toks[k].pos in (VERB, ADJ)), None)
    if main is None:
        return False
    f = cl.frame(toks, "ja", main, clause)
    if not (cl.IMPERATIVE in f or cl.SECOND_PERSON in f):
        return False
    after = main + 1
    while after < clause.end and toks[after].pos in (AUX, PART):
        after += 1
    return not in_reported_quote(toks, after)


#: The listener's conduct: what a verb of feeling (むかつく) is aimed at when it names it.
_CONDUCT: Final = frozenset(
    ["対応", "言い方", "態度", "返事", "返答", "回答", "説明", "口調", "話し方", "喋り方"]
    + ["言い草", "接客", "物言い", "応対"]
)
#: Whose conduct it is when it is the listener's side (御社の対応, そっちの言い方).
_LISTENER_SIDE: Final = frozenset(
    [
        "御前",
        "貴方",
        "あんた",
        "貴様",
        "手前",
        "君",
        "御社",
        "貴社",
        "お宅",
        "其方",
        "そっち",
        "店員",
        "担当",
        "担当者",
        "オペレーター",
    ]
    + ["スタッフ", "社員", "窓口", "会社", "店"]
)


def _annoyed_by_listener(toks: tuple[Token, ...], i: int, end: int, clause: cl.Clause) -> bool:
    """「その言い方むかつくわ」「対応遅すぎてむかつくねん」「ほんまむかつくわ、はよ返事
    せえや」: a verb of feeling (the speaker is annoyed) is aimed at the listener when
    what annoys them is the listener's conduct, named before it in the sentence (and
    not someone else's: 「隣の客の態度」), or when nothing is named in its clause and
    another clause of the sentence addresses the listener (a second person, an order,
    a request). A past feeling (「むかついた」) is a report."""
    if any(t.lemma == "た" for t in toks[end : clause.end]):
        return False
    for k in range(i - 1, -1, -1):
        t = toks[k]
        if t.pos == PUNCT and t.surface not in ("、", ","):
            break
        if t.pos == NOUN and t.lemma in _CONDUCT:
            if k < 2 or toks[k - 1].surface != "の":
                return True
            owner = toks[k - 2]
            # 「御社」 may come as 御 + 社.
            joined = (toks[k - 3].surface if k >= 3 else "") + owner.surface
            return bool({owner.lemma, owner.surface, joined} & _LISTENER_SIDE)
    # Nothing named: no pronoun, verb or adjective, no person, no noun with a particle
    # (a subject, object or topic); adverbial nouns and stems (ほんま, まじ) may stand there.
    for k in range(clause.start, i):
        t = toks[k]
        if (
            t.pos in (PRON, VERB)
            or (t.pos == ADJ and t.cform)
            or (t.pos == NOUN and _person_word(t))
        ):
            return False
        if t.pos == NOUN and k + 1 < i and toks[k + 1].pos == PART:
            return False
    for other in cl.clauses(toks, "ja"):
        if other.start == clause.start or other.end <= other.start:
            continue
        part = toks[other.start : other.end]
        if any(t.pos == PRON and t.lemma in _YOU for t in part):
            return True
        heads = [k for k in range(other.start, other.end) if toks[k].pos in (VERB, ADJ)]
        if heads and cl.frame(toks, "ja", heads[-1], other) & {cl.IMPERATIVE, cl.REQUEST}:
            return True
    return False


#: English subjects said to be something: a copula ("app's" is left out: as often
#: the possessive, "your mama's ass") …
_COPULA_EN: Final = frozenset(["is", "are", "was", "were", "been", "be"])
#: … the degree words between it and the cue ("is so useless", "is just rubbish") …
_DEGREE_EN: Final = frozenset(
    ["so", "very", "really", "just", "totally", "absolutely", "completely", "utterly"]
    + ["literally", "truly", "a", "an", "such", "absolute", "complete", "total", "utter"]
    + ["pure", "actual", "still", "always", "too", "quite", "pretty", "fucking", "bloody"]
)
#: Words that describe the person an insult noun names ("a lying clown"), between its
#: article and the noun.
_INSULT_MODIFIERS_EN: Final = frozenset(
    ["lying", "thieving", "cheating", "scheming", "bumbling", "lazy", "rude", "arrogant"]
    + ["useless", "incompetent", "pathetic", "clueless", "stupid", "little", "smug", "jumped"]
    + ["up", "ignorant", "spineless", "gutless", "two", "faced", "dishonest", "sneaky"]
)
#: What may open a clause before its subject ("- Kevin …", "and your driver …") …
_SUBJECT_OPENERS_EN: Final = frozenset(
    ["and", "but", "also", "honestly", "frankly", "plus", "so", "the", "your", "ur", "that"]
    + ["this", "yer", "yo", "ya"]
)
#: … the speaker's own, whose people are no staff ("my son is a clown") …
_OWN_DETERMINERS_EN: Final = frozenset(["my", "our", "me"])
#: … and where a staff member is placed after their name or role ("Kevin at the desk").
_PLACED_AT_EN: Final = frozenset(["at", "on", "in", "from", "behind", "of"])
_PLACE_WORDS: Final = 5
#: … and the determiners that open a thing as that subject ("your app", "this service").
_THING_DETERMINERS: Final = frozenset(
    ["your", "ur", "this", "that", "the", "these", "those", "our", "their", "its"]
)
#: A noun phrase's opening words before the cue ("our garbage", "all the trash").
_NP_OPENERS_EN: Final = frozenset(
    ["the", "our", "my", "your", "ur", "this", "that", "all", "some", "more", "any", "no"]
)
#: Auxiliaries of a passive, and the words that may stand before the participle.
_PASSIVE_AUX_EN: Final = frozenset(
    ["is", "isnt", "was", "wasnt", "were", "werent", "are", "arent", "has", "hasnt"]
    + ["have", "havent", "had", "hadnt", "gets", "got", "get", "keeps", "never"]
)
_PASSIVE_FILL_EN: Final = frozenset(
    ["been", "being", "not", "never", "still", "even", "just", "yet", "again", "already"]
    + ["be", "getting", "left", "all", "always", "finally", "ever"]
)
#: Irregular participles of the verbs things undergo ("left", "taken", "thrown").
_IRREGULAR_PARTICIPLES_EN: Final = frozenset(
    ["left", "taken", "thrown", "put", "brought", "done", "seen", "swept", "kept", "sent"]
    + ["gone", "bought", "sold", "shown", "written", "given", "held", "spread", "blown"]
)


def _passive_subject_en(
    toks: tuple[Token, ...], start: int, cue: int, end: int, limit: int
) -> bool:
    """The cue is the subject of a passive ("garbage hasn't been collected", "our
    trash was left at the door"): the word names a thing that something was done to,
    not the listener. Only a noun phrase opening the clause counts: "you garbage" or
    a vocative comma keeps it aimed."""
    if any(toks[k].surface not in _NP_OPENERS_EN for k in range(start, cue)):
        return False
    j = end
    if j >= limit or toks[j].surface not in _PASSIVE_AUX_EN:
        return False
    j += 1
    while j < limit and toks[j].surface in _PASSIVE_FILL_EN and toks[j].surface != "left":
        j += 1
    if j >= limit:
        return j - 1 > end and toks[j - 1].surface == "left"
    w = toks[j].surface
    return (len(w) > 3 and w.endswith("ed")) or w in _IRREGULAR_PARTICIPLES_EN


_PHRASE_WORDS: Final = 3
#: The word lists that name people, and "lot" ("your lot are useless": you people).
_PERSON_SLOTS_EN: Final = ("PERSON_EN", "STAFF_ROLE_EN", "STAFF")
_GROUP_OF_PEOPLE_EN: Final = frozenset(["lot", "lots", "bunch", "crowd"])
#: Words an insult said to someone may stand before ("@dave absolute clown") …
_BEFORE_VOCATIVE_CUE: Final = frozenset(["absolute", "total", "complete", "utter", "so", "such"])
#: … and after ("@dave useless as always"), where no noun it describes follows.
_AFTER_VOCATIVE_CUE: Final = frozenset(
    ["as", "again", "af", "tbh", "lol", "smh", "mate", "honestly", "seriously", "still"]
    + ["and", "but", "today", "now", "per", "once"]
)


def _said_to_handle(toks: tuple[Token, ...], clause: cl.Clause, i: int, end: int) -> bool:
    """ "@dave_r2 useless as always": an @handle opens the message as its own clause
    (the addressee) and the cue opens the next one, describing nothing after it — the
    word is said to that account, like "you". "@telco your app is trash" names a
    thing first and stays with it."""
    if clause.start == 0 or toks[clause.start - 1].pos != HANDLE:
        return False
    if any(t.surface not in _BEFORE_VOCATIVE_CUE for t in toks[clause.start : i]):
        return False
    return end >= clause.end or toks[end].pos == PUNCT or toks[end].surface in _AFTER_VOCATIVE_CUE


#: Adjectives that judge an experience or a thing as often as a person: alone in a
#: clause ("Terrible.", "weird.") they pass a verdict on what happened. Words mostly
#: said of people ("useless", "rude", "fake", "fat") are left out: "Useless." stays aimed.
_VERDICT_EN: Final = frozenset(
    ["terrible", "awful", "horrible", "weird", "boring", "lame", "annoying", "gross"]
)
#: The listener named in the verdict's sentence.
_LISTENER_EN: Final = frozenset(["you", "your", "u", "ur", "ya", "yourself", "yourselves"])


def _verdict_fragment_en(
    toks: tuple[Token, ...], clause: cl.Clause, i: int, end: int, short: bool
) -> bool:
    """The cue is an adjective of verdict (``_VERDICT_EN``) standing alone in its clause
    with at most degree words before it ("Terrible. The Wi-Fi didn't work", "just
    awful.") and its sentence does not name the listener ("terrible, you never listen"
    stays aimed). In a short message it must comment on another clause of its sentence
    ("wired works fine, weird"): a message of verdicts alone ("Terrible. Awful.") is an
    outburst at whoever reads it."""
    if end - i != 1 or toks[i].surface not in _VERDICT_EN:
        return False
    if any(t.pos != PUNCT and t.surface not in _DEGREE_EN for t in toks[clause.start : i]) or any(
        t.pos != PUNCT for t in toks[end : clause.end]
    ):
        return False
    if any(t.surface in _LISTENER_EN for t in toks):
        return False
    return not short or any(
        t.pos != PUNCT and t.surface not in _DEGREE_EN and t.surface not in _VERDICT_EN
        for t in (*toks[: clause.start], *toks[clause.end :])
    )


def _cancelled(e: Entry, toks: tuple[Token, ...], clause: cl.Clause) -> bool:
    """An ``unless`` word of the entry is in the clause: a one-token word as any token,
    a split word as its whole run of tokens."""
    if not e.unless and not e.unless_runs:
        return False
    # Every key of the clause, once: a run with a word absent from it cannot match.
    present = set().union(*[t.keys for t in toks[clause.start : clause.end]])
    if not e.unless.isdisjoint(present):
        return True
    for run in e.unless_runs:
        if any(keys.isdisjoint(present) for keys in run):
            continue
        for j in range(clause.start, clause.end - len(run) + 1):
            if all(not keys.isdisjoint(toks[j + k].keys) for k, keys in enumerate(run)):
                return True
    if e.unless_kana:
        # 「…のってるさいとは」: サイト in kana, cut as 際 + と by the analyser
        kana = "".join(hiragana(t.surface) for t in toks[clause.start : clause.end])
        if any(w in kana for w in e.unless_kana):
            return True
    return False


def _kana_runs(toks: tuple[Token, ...]) -> dict[int, dict[str, int]]:
    """For each token that opens a run of 2–3 adjacent kana fragments (nouns, numbers,
    unknown words: no particle, auxiliary, verb or adjective), the hiragana each run
    spells → the token index after it. A compound written in kana only is often cut
    into such fragments (くちこみ → くち + こみ, じゅうしょ → じゅう + しょ); spelled
    together they are the word's reading."""
    out: dict[int, dict[str, int]] = {}
    n = len(toks)
    fragment = [t.pos in _FRAGMENT_POS and kana_only(t.surface) for t in toks]
    for i in range(n - 1):
        if not fragment[i] or not fragment[i + 1]:
            continue  # a run needs two fragments at least
        joined = hiragana(toks[i].surface)
        for j in range(i + 1, min(n, i + _KANA_RUN)):
            if not fragment[j] or toks[j].start != toks[j - 1].end:
                break
            joined += hiragana(toks[j].surface)
            out.setdefault(i, {})[joined] = j + 1
    return out


#: At most this many fragments make one word.
_KANA_RUN: Final = 3
#: A mis-split listed word spans at most this many tokens (ずぼ + しか, はん + ごろ + し).
_RESPELL_TOKENS: Final = 4
#: A reading shorter than this is too common to re-read a text by (いか, しか).
_RESPELL_MIN: Final = 3


def _listed_readings(words: Iterable[str], analyser: Analyser) -> dict[str, Token]:
    """The listed words that are one noun, or one verb or adjective in its dictionary
    form (むかつく, きもい), by their reading of three kana or more."""
    out: dict[str, Token] = {}
    for w in sorted(set(words)):
        if w == "..." or w.startswith("{") or w.isascii():
            continue
        toks = analyser.words(w)
        if len(toks) != 1 or toks[0].pos not in (NOUN, VERB, ADJ):
            continue
        if toks[0].pos != NOUN and not toks[0].cform.startswith("終止形"):
            continue
        reading = hiragana(toks[0].reading)
        if len(reading) >= _RESPELL_MIN and is_kana(reading):
            out.setdefault(reading, toks[0])
    return out


#: Kansai copula (や) and the like, which the analyser reads as other words in a tail.
_COPULA_TAILS: Final = frozenset(["や", "やん", "やろ", "やな", "やで", "じゃ"])


def _follows_noun(tail: Sequence[Token]) -> bool:
    """A noun is followed by a function word (a particle, the copula, an auxiliary),
    a helper verb (する), punctuation or nothing — not by another content word."""
    if not tail:
        return True
    t = tail[0]
    return (
        t.pos in (PART, AUX, PUNCT)
        or (t.pos == VERB and t.pos2 == "非自立可能")
        or t.surface in _COPULA_TAILS
    )


#: The parts of speech of a kana fragment (with its surface in kana only).
_FRAGMENT_POS: Final = (NOUN, NUM, OTHER)


def _doubled_kana_split(toks: tuple[Token, ...], i: int) -> bool:
    """A kana word glued to a kana fragment that ends with its own first kana: a key
    pressed twice (「くだださい」 for ください) made the analyser split a longer word
    there, so the word it found is an artefact of the typo."""
    if i == 0:
        return False
    prev, cur = toks[i - 1], toks[i]
    return (
        prev.end == cur.start
        and prev.pos in (NOUN, OTHER)
        and is_hiragana(prev.surface)
        and is_hiragana(cur.surface)
        and prev.surface[-1] == cur.surface[0]
    )


def _adjective_before_masu(toks: tuple[Token, ...], end: int) -> bool:
    """An adjective never takes the polite ます (it takes です): 「ありがとうざいます」 is
    ございます with a kana dropped, read as うざい + ます."""
    return (
        end < len(toks)
        and toks[end - 1].pos == ADJ
        and toks[end - 1].end == toks[end].start
        and toks[end].lemma == "ます"
    )


_THIRD_PERSON: Final = frozenset(["he", "she", "him", "her"])


def _pronouns_as_names(toks: tuple[Token, ...]) -> tuple[Token, ...]:
    """A third-person pronoun after the one name of its sentence stands for that name
    ("I'd like Ms. Tanaka removed, and I'll check that she's disciplined"): the {NAME}
    slot takes it. With two names (or none) the pronoun stays a pronoun."""
    names = {t.surface for t in toks if t.proper}
    if len(names) != 1:
        return toks
    first = next(i for i, t in enumerate(toks) if t.proper)
    out = list(toks)
    changed = False
    for j in range(first + 1, len(toks)):
        t = toks[j]
        if t.pos == PRON and t.surface in _THIRD_PERSON:
            out[j] = replace(t, proper=True)
            changed = True
    return tuple(out) if changed else toks


def _all_present(needs: tuple[frozenset[str], ...], present: set[str]) -> bool:
    return all(not keys.isdisjoint(present) for keys in needs)


_OTHER_TARGET: Final = frozenset(
    ["my", "his", "her", "their", "he", "she", "they", "it", "its", "this", "that", "he's", "she's"]
)


def _described_noun(toks: tuple[Token, ...], end: int, *, linked: bool) -> Token | None:
    """The noun the word ending at ``end`` describes: the next noun, after な/の (or,
    unless ``linked``, directly after the word) — None if the word is no ADJ/NOUN or
    no noun follows that way."""
    j = end
    if j < len(toks) and toks[j].surface in ("な", "の"):
        j += 1
    if end == 0 or toks[end - 1].pos not in (ADJ, NOUN) or (linked and j == end):
        return None
    return toks[j] if j < len(toks) and toks[j].pos == NOUN else None


def _modifies_noun(toks: tuple[Token, ...], end: int) -> bool:
    """「邪魔なビル」「ゴミの日」: a word linked by な/の to a following noun describes
    that noun (unless the noun is a person)."""
    noun = _described_noun(toks, end, linked=True)
    return noun is not None and noun.lemma not in _YOU and noun.lemma not in _PERSON


_TOPIC_MARKERS: Final = frozenset(["が", "は", "って", "も"])
_DEMONSTRATIVES: Final = frozenset(["この", "その", "あの"])


def _topic_before(
    toks: tuple[Token, ...], start: int, cue: int, names: Callable[[Token], bool]
) -> bool:
    """A word ``names`` accepts is the clause's topic or subject before the cue: it
    stands before が/は/って/も, or after この/その/あの."""
    for j in range(start, cue):
        if not names(toks[j]):
            continue
        if j + 1 < cue and toks[j + 1].surface in _TOPIC_MARKERS:
            return True
        if j > start and toks[j - 1].surface in _DEMONSTRATIVES:
            return True
    return False


def _thing_topic(toks: tuple[Token, ...], start: int, cue: int) -> bool:
    """「デザインがださい」「この服ださい」: a thing is the clause's topic before the
    cue, so the word describes that thing, not the listener (people stay: 「店員がださい」)."""
    return _topic_before(toks, start, cue, lambda t: t.pos == NOUN and not _person_word(t))


def _person_topic(toks: tuple[Token, ...], start: int, cue: int) -> bool:
    """「担当者が横柄」「あの人厚かましい」: a person is the clause's topic before the cue."""
    return _topic_before(toks, start, cue, lambda t: t.pos in (NOUN, PRON) and _person_word(t))


def _describes_person(toks: tuple[Token, ...], end: int) -> bool:
    """「ずうずうしい店員」: the word describes a following person noun."""
    noun = _described_noun(toks, end, linked=False)
    return noun is not None and _person_word(noun)


#: Codes whose words, quoted as what the speaker was told, report someone else's act.
_REPORTABLE: Final = frozenset(
    [Category.ABUSIVE_LANGUAGE, Category.PRESSURE_LANGUAGE, Category.EXCESSIVE_DEMAND]
)


#: Sentence-final particles a quoted sentence may end with before と/って.
_FINAL_PARTICLES: Final = frozenset(["よ", "ね", "な", "ぞ", "わ", "や", "か", "ぜ", "さ"])


#: Verbs of saying and calling: a quote before their passive is what the speaker was told.
_SAY: Final = frozenset(["言う", "呼ぶ", "罵る", "怒鳴る", "罵倒", "書く", "呼ばわり"])
#: Verbs of asking, reported only in the passive like the verbs of saying (「『示談金は
#: いくらになるのか』と相手に聞かれて」): a question someone put to the customer.
_ASK: Final = frozenset(["聞く", "訊く", "尋ねる"])
_QUOTE: Final = frozenset(["と", "って", "とか"])


def reported_quote(toks: Sequence[Token], end: int) -> bool:
    """「店員にバカって言われた」「お前はひどいと言われた」: the words before ``end`` are
    quoted (と/って, after an optional copula) as what someone said to the speaker (a
    verb of saying in the passive): a report of abuse, not abuse."""
    j = end
    while j < len(toks) and j < end + 2 and toks[j].lemma in ("だ", "です"):
        j += 1
    while j < len(toks) and j < end + 4 and toks[j].surface in _FINAL_PARTICLES:
        j += 1  # 「勉強しろよって言われた」「バカだなって言われた」: the quote ends the sentence
    if j < len(toks) and toks[j].surface == "呼ばわり":  # 「クズ呼ばわりされた」
        j -= 1
    elif j + 1 >= len(toks) or toks[j].surface not in _QUOTE or toks[j].pos != PART:
        return False
    # who said it may stand between the quote and the verb (「『…』と家族に聞かれた」
    # 「って相手の方から言われた」): a noun or two and に/から
    k = j + 1
    while (
        k < len(toks)
        and k <= j + 4
        and (toks[k].pos == NOUN or (toks[k].surface == "の" and k > j + 1))
    ):
        k += 1
    if (
        k > j + 1
        and k + 1 < len(toks)
        and toks[k].surface in ("に", "から")
        and toks[k].pos == PART
    ):
        j = k
    verb = toks[j + 1]
    if verb.pos not in (VERB, NOUN) or (verb.lemma not in _SAY and verb.lemma not in _ASK):
        return False
    k = j + 2
    if k < len(toks) and toks[k].lemma == "為る":  # 罵倒される
        k += 1
    if k >= len(toks) or toks[k].lemma not in ("れる", "られる"):
        return False
    # 「バカって言われて当然」「言われるべき」「言われればいい」: what the listener
    # deserves to be called, said to them, not a report.
    after = [t.lemma for t in toks[k + 1 : k + 4]]
    return not _DESERVED.intersection(after) and after[:2] != ["ば", "良い"]


#: Words after a passive of saying that make it deserved, not suffered.
_DESERVED: Final = frozenset(["当然", "当たり前", "べし", "然る"])


#: Particles after which a post noun is a subject, a topic or a means (「投稿が多い」
#: 「レビュー投稿で」「書き込みは」), not the object of the writer's act (not を, に, も).
_POST_SUBJECT: Final = frozenset(["が", "は", "で"])
#: Nouns of the act of posting (not of the place or the rating posted: レビュー, 評価).
_POSTING: Final = frozenset(["投稿", "書き込み", "書込み", "書込", "ツイート", "ポスト", "シェア"])


def post_as_subject(toks: Sequence[Token], i: int, limit: int) -> bool:
    """The post noun at ``i`` (with the nouns compounded after it) is followed by が, は
    or で and no する: posting named as a thing (「レビュー投稿で500円引き」「という書き
    込みが多い」), not the customer's own act to come (「ネットに投稿するぞ」)."""
    j = i + 1
    while j < limit and toks[j].pos == NOUN:
        j += 1
    if toks[j - 1].lemma not in _POSTING:
        return False  # 「レビューで★1連投」「評価で埋め尽くす」: the place posted to
    if not (j < limit and toks[j].pos == PART and toks[j].surface in _POST_SUBJECT):
        return False
    return not (j + 1 < limit and toks[j + 1].lemma == "為る")


def writing_this(toks: Sequence[Token], i: int, clause: cl.Clause) -> bool:
    """The verb of posting at ``i`` is in the progressive (〜ている, 〜てます) with no
    place written to in its clause (「クーポンがもらえるので書いてます」「正直に書いて
    います」): the writer tells of the review they are writing, this very text — not of
    a post elsewhere (「口コミに書いてますから」「ネットに書いてる」)."""
    j = i + 1
    if j < clause.end and toks[j].lemma == "てる":
        pass  # 「書いてます」 read as 書い + て(てる) + ます
    elif not (
        j + 1 < clause.end
        and toks[j].surface in ("て", "で")
        and toks[j + 1].lemma in ("居る", "いる", "てる")
    ):
        return False
    for k in range(i - 1, clause.start - 1, -1):
        t = toks[k]
        if t.pos in (VERB, ADJ, AUX):
            break  # another predicate's words (「紙にあったので書いてます」)
        if t.pos == PART and t.surface in ("に", "へ"):
            return False
    return True


def _own_wish(toks: Sequence[Token], head: int, clause: cl.Clause, f: frozenset[str]) -> bool:
    """The command frame is only the desiderative たい on the verb itself (「もう死にたい」
    「仕事辞めたい」): the speaker's own wish, wished on nobody — not when the clause
    asks the listener (「死にたいんか」「お前死にたいのか」) or names them."""
    if f & _REQUEST or cl.SECOND_PERSON in f or cl.QUESTION in f:
        return False
    j = head + 1
    if not (j < len(toks) and toks[j].lemma == "たい"):
        return False
    return not any(
        t.surface in ("か", "かい", "かよ", "んか", "のか") or t.lemma in _YOU
        for t in toks[clause.start : clause.end]
    )


#: Words that may stand between the speaker and the wish ("I just want to", "we all want to").
_OWN_WISH_FILLERS: Final = frozenset(
    ["just", "really", "honestly", "literally", "actually", "seriously", "genuinely", "all"]
    + ["kinda", "kind", "of", "sometimes", "so", "both", "totally", "lowkey", "basically"]
)
_EN_WISH: Final = frozenset(["want", "wanna", "wish", "need"])


def _own_wish_en(toks: Sequence[Token], head: int, clause: cl.Clause, f: frozenset[str]) -> bool:
    """English counterpart of :func:`_own_wish`: the verb is the speaker's own wish, "I
    (just) want to die", no one between the wish and its "to" ("I want you to die",
    "I want him to die" wish it on someone) — not when the clause asks the listener or
    names them ("do you want to die?", "you want to die, keep talking")."""
    if f & _REQUEST or cl.IMPERATIVE in f or cl.QUESTION in f:
        return False
    if any(t.surface in cl.EN_SECOND for t in toks[clause.start : clause.end]):
        return False
    k = head - 1
    if k < clause.start or toks[k].surface != "to":
        return False
    k -= 1
    if k < clause.start or toks[k].lemma not in _EN_WISH:
        return False
    k -= 1
    while k >= clause.start and toks[k].surface in _OWN_WISH_FILLERS:
        k -= 1
    return k >= clause.start and toks[k].surface in ("i", "we")


def in_reported_quote(toks: Sequence[Token], end: int) -> bool:
    """The words before ``end`` sit in a quote that a passive verb of saying reports, the
    quote running on for a few words (「お前バカだなって言われた」「さっさと記入しろよって
    言われた」) but not past punctuation; a closing bracket closes the quote
    (「『バカ』って怒鳴られた」)."""
    for k in range(end, min(len(toks), end + _QUOTE_REACH) + 1):
        if k > end and toks[k - 1].pos == PUNCT and toks[k - 1].surface not in _CLOSERS:
            return False
        if reported_quote(toks, k):
            return True
    # A bracket opened before the cue holds the quote to its closing bracket, however
    # long (「『示談金はいくらになるのか』と聞かれて」).
    close = _bracket_close(toks, end)
    return close >= 0 and reported_quote(toks, close + 1)


#: Brackets that open a quote.
_OPENERS: Final = frozenset(["「", "『", "“"])
#: How many words a bracketed quote may hold after the cue.
_BRACKET_REACH: Final = 24


def _bracket_close(toks: Sequence[Token], end: int) -> int:
    """The closing bracket of a quote opened before ``end`` (in the same sentence) and
    still open there; -1 without one."""
    for j in range(end - 1, -1, -1):
        s = toks[j].surface
        if s in _CLOSERS or s == "。":
            return -1
        if s in _OPENERS:
            break
    else:
        return -1
    for k in range(end, min(len(toks), end + _BRACKET_REACH)):
        s = toks[k].surface
        if s in _CLOSERS:
            return k
        if s in _OPENERS:
            return -1
    return -1


#: Brackets that close a quote before its と/って.
_CLOSERS: Final = frozenset(["」", "』", "”", '"'])
#: How many words a reported quote may run on after the cue.
_QUOTE_REACH: Final = 5


def _attributive(toks: tuple[Token, ...], end: int) -> bool:
    """The matched word describes the noun after it (「悪いこと」「迷惑な話」), directly
    or linked by な/の, instead of being the predicate; a person noun (「悪い奴」)
    keeps it about a person."""
    noun = _described_noun(toks, end, linked=False)
    return noun is not None and not _person_word(noun)


def person_word(t: Token) -> bool:
    """A noun for a person or the listener (see :func:`_person_word`)."""
    return _person_word(t)


def _person_word(t: Token) -> bool:
    """A noun for a person or the listener (lemma or surface in the person list)."""
    return t.lemma in _PERSON or t.surface in _PERSON or t.lemma in _YOU


#: Nouns for people: 「クズの店員」 still aims at a person.
_PERSON: Final = frozenset(
    [
        "人",
        "奴",
        "やつ",
        "女",
        "男",
        "店員",
        "社員",
        "担当",
        "担当者",
        "スタッフ",
        "オペレーター",
        "野郎",
        "連中",
        "ども",
        "共",
        "上司",
        "社長",
        "店長",
    ]
)


#: The existence verb for people and animals (いる/おる), as opposed to ある.
_ANIMATE_EXISTENCE: Final = "居る"
_SUBJECT_PARTICLES: Final = frozenset(["が", "は", "も", "しか", "ばかり", "だけ", "ばっかり"])


def _animate_subject(toks: tuple[Token, ...], end: int, limit: int) -> bool:
    """「ゴミしか居ない」「クズがおる」: the word is the subject of いる/おる, so it names
    people (an everyday sense, 「ゴミがある」, takes ある)."""
    j = end
    while j < limit and toks[j].pos == PART and toks[j].surface in _SUBJECT_PARTICLES:
        j += 1
    return j < limit and j > end - 1 and toks[j].pos == VERB and toks[j].lemma == _ANIMATE_EXISTENCE


_SPEAKER: Final = frozenset(["i", "we", "私", "僕", "俺", "あたし", "わたし", "自分"])
#: A cue that opens with one of these wishes its insult on someone else.
_WISH_VERBS_EN: Final = frozenset(["hope", "wish", "want", "pray"])


def _speaker_subject(toks: tuple[Token, ...], clause: cl.Clause, cue: int) -> bool:
    """The speaker is the subject of the cue: named before it in its clause (「俺がバカ
    だった」, "I feel like an idiot"). After it, the speaker is someone else's audience:
    "the most incompetent person I have ever dealt with". In English the speaker must
    be linked to the word by a copula or a verb of seeming ("I am such an idiot", "I
    felt stupid"): in "I like sluts" or "I hate idiots" the word names someone else."""
    if toks[cue].lemma in _WISH_VERBS_EN:
        return False  # "I hope your manager dies": the speaker wishes it on the one named
    for k in range(clause.start, cue):
        t = toks[k]
        if t.surface in _SPEAKER or t.lemma in _SPEAKER:
            between = toks[k + 1 : cue]
            if not between or not all(b.surface.isascii() for b in (t, *between)):
                return True
            if _linked_to_speaker(between):
                return True
    return False


def _speaker_echo(toks: tuple[Token, ...], clause: cl.Clause, cue: int) -> bool:
    """「アホや、僕はアホです」「バカだなあ、私ってほんとバカ」: a bare exclamation whose word
    a later clause of its sentence says of the speaker (:func:`_speaker_subject`), not
    denied, is the speaker's own self-reproach, exclaimed first and then owned."""
    word = toks[cue].lemma
    for other in cl.clauses(toks, "ja"):
        if other.start < clause.end:
            continue
        for k in range(other.start, other.end):
            if (
                toks[k].lemma == word
                and _speaker_subject(toks, other, k)
                and cl.NEGATED not in cl.frame(toks, "ja", k, other)
            ):
                return True
    return False


#: Copulas and verbs of seeming that link an English speaker to what is said about
#: them, and the words that may stand around them (auxiliaries, "like", negation,
#: articles, intensifiers).
_EN_COPULA: Final = frozenset(
    ["be", "am", "is", "was", "were", "been", "being", "feel", "felt", "look", "looked"]
    + ["seem", "seemed", "sound", "sounded", "become", "became", "act", "acted", "get", "got"]
)
_EN_LINKING: Final = _EN_COPULA | frozenset(
    ["like", "not", "never", "such", "a", "an", "so", "really", "very", "total", "totally"]
    + ["complete", "completely", "absolute", "absolutely", "bit", "little", "kind", "sort"]
    + ["of", "just", "quite", "pretty", "bloody", "proper", "right", "fucking", "must"]
    + ["will", "would", "should", "can", "could", "might", "may", "do", "did", "have", "had"]
    + ["myself", "too", "as", "ever", "always", ","]
)


def _linked_to_speaker(between: tuple[Token, ...]) -> bool:
    words = [t.surface for t in between]
    return any(w in _EN_COPULA for w in words) and all(w in _EN_LINKING for w in words)


_HONORIFIC_PREFIX: Final = frozenset(["御", "お", "ご"])


def _honoured(toks: tuple[Token, ...], i: int, end: int) -> bool:
    before = toks[i - 1].lemma if i > 0 else ""
    after = toks[end].surface if end < len(toks) else ""
    return before in _HONORIFIC_PREFIX or after in cl.HONORIFIC_SUFFIXES


_YOU: Final = frozenset(["you", "your", "御前", "貴方", "あんた", "貴様", "手前", "君"])


def staff_spellings(names: Iterable[str], analyser: Analyser) -> set[str]:
    """Every script of each roster name: as written, hiragana, katakana, romaji."""
    out: set[str] = set()
    for name in names:
        n = name.strip().lower()
        if not n:
            continue
        out.add(n)
        if n.isascii():
            continue
        reading = "".join(t.reading for t in analyser.words(n))
        if reading:
            out.add(reading)
            out.add(jaconv.hira2kata(reading))
            out.add(jaconv.kana2alphabet(reading))
    return out


def name_parts(names: Iterable[str], analyser: Analyser) -> set[str]:
    """Each part of a full name in Latin letters ("Sarah Jones" → sarah, jones): English
    text names a member of staff by one of them. Parts shorter than three letters, and
    those read as a pronoun, an auxiliary or a number ("Will", "May"), are left out."""
    out: set[str] = set()
    for name in names:
        n = name.strip().lower()
        if not n.isascii():
            continue
        for part in n.split():
            toks = analyser.words(part)
            if len(part) < 3 or not part.isalpha() or len(toks) != 1:
                continue
            if toks[0].pos not in (AUX, PRON, NUM):
                out.add(part)
    return out


def _entry(
    rid: str,
    raw: Mapping[str, Any],
    fname: str,
    analyser: Analyser,
    slots: Mapping[str, frozenset[str]],
    slot_probes: Mapping[str, set[str]],
    raw_slots: Mapping[str, list[str]],
    slot_gates: Mapping[str, frozenset[str] | None],
) -> tuple[Entry, set[str], list[tuple[set[str], tuple[frozenset[str], ...]]]]:
    """An entry, its probes, and per pattern its probes and the complete probe sets of
    its other words (see :meth:`TokenLexicon.gate`)."""
    where = f"{fname}:{rid}"
    category = content_category(raw.get("category"), where)
    severity = str(raw.get("severity", "medium"))
    aimed = raw.get("aimed")
    for s in (severity, aimed):
        if s is not None and s not in SEVERITY_RANK:
            raise LexiconError(f"{where}: bad severity {s!r}")
    frame = str(raw.get("frame", "any"))
    if frame not in (
        "any",
        "aimed",
        "person",
        "threat",
        "command",
        "imperative",
        "demand",
        "request",
    ):
        raise LexiconError(
            f"{where}: frame must be any, aimed, person, threat, command, imperative, demand"
            " or request"
        )
    question = str(raw.get("question", "keep"))
    if question not in ("keep", "low", "skip"):
        raise LexiconError(f"{where}: question must be keep, low or skip")
    texts = raw.get("patterns") or raw.get("words")
    if not isinstance(texts, list) or not texts:
        raise LexiconError(f"{where}: needs patterns (a list)")
    for key in ("patterns", "words", "unless"):
        odd = [w for w in raw.get(key) or [] if isinstance(w, bool) or not isinstance(w, str | int)]
        if odd:
            # YAML reads bare off/on/yes/no as booleans: a word that silently became False.
            raise LexiconError(f"{where}: {key} must be words, got {odd!r} (quote them)")
    patterns: list[tuple[Item, ...]] = []
    probes: set[str] = set()
    gates: list[tuple[set[str], tuple[frozenset[str], ...]]] = []
    for text in texts:
        items, p, others = _pattern(str(text), analyser, slots, where, slot_probes, slot_gates)
        patterns.append(items)
        probes |= p
        gates.append((p, others))
    # An entry whose frame admits only some forms may name their spellings instead:
    # an imperative of する (しろ, しとけ) never holds する, so probing する would send
    # every sentence with a suru-verb to the analyser for nothing.
    if raw.get("probes") is not None:
        if not isinstance(raw["probes"], list) or not raw["probes"]:
            raise LexiconError(f"{where}: probes must be a list of spellings")
        probes = set()
        for w in raw["probes"]:
            if not isinstance(w, str) or not fold(w):
                raise LexiconError(f"{where}: probes must be words, got {w!r}")
            probes.add(fold(w))
            # A noun probe written in kana only (「みずぎ」 for 水着): its reading too,
            # when long enough to filter anything (the text's kana runs spell it).
            toks = analyser.words(w)
            if len(toks) == 1 and toks[0].pos == NOUN and not is_kana(w):
                reading = fold(toks[0].reading)
                if len(reading) >= _RESPELL_MIN and reading not in _COMMON_BIGRAMS:
                    probes.add(reading)
        gates = [(probes, others) for _p, others in gates]
    unless: set[str] = set()
    kana_unless: set[str] = set()
    runs: list[tuple[frozenset[str], ...]] = []
    for w in raw.get("unless") or []:
        words = [str(w)]
        if str(w).startswith("{") and str(w).endswith("}"):
            # A word class shared by several entries (「{HAZARD_JA}」): its words.
            if str(w)[1:-1] not in raw_slots:
                raise LexiconError(f"{where}: unknown slot {w} in unless")
            words = raw_slots[str(w)[1:-1]]
        for word in words:
            toks = analyser.words(word)
            # The word as written too: in some texts one token (土下座しろ).
            unless.add(word.lower())
            reading = hiragana("".join(t.reading for t in toks))
            if not is_hiragana(word) and len(reading) >= _RESPELL_MIN and is_hiragana(reading):
                kana_unless.add(reading)
            if len(toks) == 1:
                unless |= lexicon_keys(toks[0])
            elif toks:
                # A word the analyser splits (土下座 = 土 + 下座, "suck at") cancels as
                # its whole run: 土 alone, or "at" alone, is another word.
                runs.append(tuple(_item_keys(t) for t in toks))
    return (
        Entry(
            id=rid,
            category=category,
            patterns=tuple(patterns),
            severity=cast(Severity, severity),
            aimed=cast(Severity, aimed) if aimed is not None else None,
            frame=frame,
            negatable=bool(raw.get("negatable", True)),
            unless=frozenset(unless),
            score=float(raw.get("score", 0.7)),
            predicative=bool(raw.get("predicative", False)),
            unless_runs=tuple(runs),
            unless_kana=frozenset(kana_unless),
            prohibitive=bool(raw.get("prohibitive", True)),
            question=question,
            tone_of=_tone_of(raw.get("tone"), category, where),
            causative=bool(raw.get("causative", True)),
        ),
        probes,
        gates,
    )


def _told_as_past(toks: tuple[Token, ...], head: int, clause: cl.Clause) -> bool:
    """The cue's verb is a て-form whose clause ends in a past predicate (「殴って逃げ
    ました」「掴んで引き戻した」): what is told happened; it is no act to come. A later
    volitional or conditional (「掴んで引きずり出したろか」「殴ったら」) is no past."""
    if head + 1 >= clause.end or toks[head + 1].surface not in ("て", "で"):
        return False
    main = next(
        (j for j in range(clause.end - 1, head + 1, -1) if toks[j].pos in (VERB, ADJ)),
        None,
    )
    if main is None:
        return False
    g = cl.frame(toks, "ja", main, clause)
    return cl.PAST in g and not g & {cl.VOLITIONAL, cl.CONDITIONAL, cl.QUESTION}


def _chained_intent(toks: tuple[Token, ...], head: int, clause: cl.Clause) -> frozenset[str]:
    """The frame of the clause's last verb when the cue's verb is a て-form chained
    to it (「スクショ晒して燃やしときますね」「写真撮って拡散したるわ」): the first act
    is done as a step of the second, whose intent it shares. Empty when the cue's verb
    is no て-form, or the last verb's frame is past, negated, a question or told."""
    if head + 1 >= clause.end or toks[head + 1].surface not in ("て", "で"):
        return frozenset()
    main = next(
        (
            j
            for j in range(clause.end - 1, head + 1, -1)
            if toks[j].pos == VERB and toks[j].pos2 != "非自立可能"
        ),
        None,
    )
    if main is None:
        return frozenset()
    g = cl.frame(toks, "ja", main, clause)
    if g & _THREAT_BLOCK or g & {cl.QUESTION, cl.THIRD_PARTY, cl.REPORTED, cl.DELIBERATE}:
        return frozenset()
    return g & {cl.VOLITIONAL}


#: The e-row kana of a godan verb's potential stem (殺せる, 殴れる, 燃やせる).
_E_ROW: Final = frozenset("えけせてねへめれげぜでべぺ")
#: Particles of degree: 「殺せるくらい」「殴れるほど」.
_DEGREE: Final = frozenset(["くらい", "ぐらい", "位", "ほど", "程"])


def _ability_measured(toks: Sequence[Token], head: int) -> bool:
    """The cue's verb in its potential form measures a degree (「このためなら人殺せる
    くらいやわ」「殴れるほど腹立つ」): the speaker says how much something moves them,
    not what they will do. The verb is the potential (殺せる for 殺す, or a stem and
    れる/られる) and a particle of degree follows it at once. (Limit: a threat carried
    by another verb of the clause, 「殴れるくらい近くまで行ったる」, is not read here.)"""
    h = toks[head]
    if h.pos != VERB:
        return False
    k = head + 1
    potential = (
        h.surface != h.lemma
        and h.surface.endswith("る")
        and len(h.surface) >= 2
        and h.surface[-2] in _E_ROW
        and not h.lemma.endswith(h.surface[-2:])
    )
    if (
        not potential
        and k < len(toks)
        and toks[k].pos == AUX
        and toks[k].lemma in ("れる", "られる")
    ):
        potential, k = True, k + 1
    return potential and k < len(toks) and toks[k].pos == PART and toks[k].lemma in _DEGREE


def _causative_after(toks: Sequence[Token], k: int) -> bool:
    """The verb at ``k`` is made causative (辞め|させる, 消さ|せる)."""
    return (
        k + 1 < len(toks)
        and toks[k].pos == VERB
        and toks[k + 1].pos == AUX
        and toks[k + 1].lemma in ("せる", "させる")
    )


#: ``tone: true``: the codes that name a demand or a threat. The tone of such a cue
#: (「家まで来て説明しろ」「おめえの携帯番号教えろ」) is part of it; abuse and pressure
#: are tones themselves and carry nothing.
TONE_CARRIERS: Final = frozenset(
    {
        Category.EXCESSIVE_DEMAND,
        Category.APOLOGY_DEMAND,
        Category.IN_PERSON_DEMAND,
        Category.STAFF_NAMING,
        Category.LEGAL_THREAT,
        Category.ONLINE_DEFAMATION_THREAT,
        Category.VIOLENCE_THREAT,
        Category.PRIVACY_INTRUSION,
        Category.SEXUAL_HARASSMENT,
    }
)


def _tone_of(value: Any, category: Category, where: str) -> frozenset[Category]:
    """The codes whose cue, in the same sentence, absorbs an entry of register only
    (``tone: true`` for all of :data:`TONE_CARRIERS`, or a list of codes)."""
    if value is None or value is False:
        return frozenset()
    if value is True:
        return TONE_CARRIERS - {category}
    if not isinstance(value, list) or not value:
        raise LexiconError(f"{where}: tone must be true or a list of codes")
    return frozenset(content_category(v, where) for v in value) - {category}


def _pattern(
    text: str,
    analyser: Analyser,
    slots: Mapping[str, frozenset[str]],
    where: str,
    slot_probes: Mapping[str, set[str]],
    slot_gates: Mapping[str, frozenset[str] | None] | None = None,
) -> tuple[tuple[Item, ...], set[str], tuple[frozenset[str], ...]]:
    """Items of one pattern, and the probes of its most selective word: a pattern needs
    all its words, so one word's surface forms are enough for the pre-filter. Also the
    complete probe sets of its words (:func:`_gate_probes`): the pre-filter may ask
    for one string of each."""
    items: list[Item] = []
    candidates: list[set[str]] = []
    fallback: set[str] = set()
    complete: list[frozenset[str]] = []
    for part in text.replace("…", " ... ").split():
        if part == "...":
            items.append(Item(frozenset(), gap=True))
            continue
        if part == "$":
            items.append(Item(frozenset(), end=True))
            continue
        if part.startswith("{") and part.endswith("}"):
            name = part[1:-1]
            if name not in slots and name not in ("NUM", "NOUN", "NAME"):
                raise LexiconError(f"{where}: unknown slot {name}")
            items.append(Item(frozenset(), slot=name))
            if slot_probes.get(name):
                candidates.append(slot_probes[name])
            gate = (slot_gates or {}).get(name)
            if gate:
                complete.append(gate)
            continue
        if "{" in part or "}" in part:
            # "{YOU}r" would be read as the words 「{ you } are」 and never match.
            raise LexiconError(f"{where}: a slot must be a whole word, got {part!r}")
        alts = part.split("|")
        analysed = [analyser.words(a) for a in alts]
        if len(alts) == 1 and len(analysed[0]) > 1:
            # One written word the analyser splits (「土下座しろ」): a sequence of items.
            for t in analysed[0]:
                items.append(Item(_item_keys(t), readings=_reading_only(t)))
            p = _probes(alts[0], analysed[0])
            fallback |= p
            candidates.append(p)
            continue
        keys: set[str] = set()
        probes: set[str] = set()
        function_word = True
        gate = _word_gate(alts, analysed)
        for alt, toks in zip(alts, analysed, strict=True):
            for t in toks[:1]:
                keys |= _item_keys(t)
                function_word = function_word and (
                    t.pos in (PART, AUX, PRON) or t.lemma in _EN_STOP
                )
            keys.add(alt.lower())
            probes |= _probes(alt, toks)
        readings = set().union(*(_reading_only(toks[0]) for toks in analysed if toks))
        items.append(Item(frozenset(keys), readings=frozenset(readings - set(alts))))
        fallback |= probes
        if not function_word:
            candidates.append(probes)
            if gate:
                complete.append(gate)
    while items and items[0].gap:
        items.pop(0)
    while items and items[-1].gap:
        items.pop()
    if not items:
        raise LexiconError(f"{where}: empty pattern {text!r}")
    if not candidates:
        return tuple(items), fallback, ()
    return tuple(items), max(candidates, key=_selectivity), tuple(complete)


_EN_STOP: Final = frozenset(
    [
        "a",
        "an",
        "the",
        "to",
        "of",
        "on",
        "in",
        "at",
        "for",
        "with",
        "about",
        "up",
        "off",
        "out",
        "go",
        "get",
        "be",
        "have",
        "do",
        "can",
        "will",
        "would",
        "is",
        "are",
        "am",
        "i",
        "me",
        "my",
        "you",
        "your",
        "we",
        "it",
        "so",
        "if",
        "no",
        "not",
        "what",
        "want",
        "like",
        "this",
        "that",
        # Prepositions and adverbs that open a pattern but say little on their own.
        "into",
        "only",
        "next",
        "through",
        "thru",
    ]
)


def _add_short_vowel_spellings(
    probe_words: dict[str, dict[Category, int]], analyser: Analyser
) -> dict[str, str]:
    """The dictionary reads 阿呆 as あほう, but people write アホ, which the analyser
    normalises to the same word: a kana probe ending in a long vowel also gets its short
    spelling, when the analyser says the short spelling is the same word. Returns each
    such probe → its short spelling."""
    added: dict[str, str] = {}
    for probe, reach in list(probe_words.items()):
        if len(probe) < 3 or probe[-1] != "う" or probe[-2] not in _O_ROW:
            continue
        if not all(c in KANA_LETTERS for c in probe):
            continue
        long_ = analyser.words(jaconv.hira2kata(probe))
        short = analyser.words(jaconv.hira2kata(probe[:-1]))
        if len(long_) == len(short) == 1 and long_[0].lemma == short[0].lemma:
            merged = probe_words.setdefault(probe[:-1], {})
            for c, rank in reach.items():
                merged[c] = max(merged.get(c, 0), rank)
            added[probe] = probe[:-1]
    return added


def _selectivity(probes: set[str] | frozenset[str]) -> float:
    """How rare the weakest probe of a set is likely to be: longer is rarer, a kanji
    counts as two characters, and more alternatives are more chances to pass."""
    if not probes:
        return 0.0
    weakest = min(sum(2 if ord(c) >= 0x4E00 else 1 for c in p) for p in probes)
    return weakest - 0.01 * len(probes)


#: Slots of a threat's target or setting, not its act: a platform, the listener, a name,
#: premises (「窓口のお嬢さん」 names a person, no act), the verb of lighting a fire.
_CONTEXT_SLOTS: Final = ("SNS", "YOU", "STAFF", "PREMISES_JA", "IGNITE_JA")


def _verb_there(toks: Sequence[Token], j: int) -> bool:
    """The token at ``j`` is a verb or auxiliary that goes on from a verb (「つけて|やろう」
    「行って|やろう」), so a noun spelt like it (野郎) is not meant. After a word that
    is no verb (「この|やろう」) the analyser's verb is the noun after all."""
    if toks[j].pos not in (VERB, AUX) or j == 0:
        return False
    prev = toks[j - 1]
    return prev.pos in (VERB, AUX) or (prev.pos == PART and prev.surface in ("て", "で"))


def _reading_only(t: Token) -> frozenset[str]:
    """The keys of a listed word that are only its reading (see :attr:`Item.readings`)."""
    if t.pos in (VERB, ADJ):
        return frozenset()
    return lexicon_keys(t) - t.keys


def _item_keys(t: Token) -> frozenset[str]:
    if t.pos in (VERB, ADJ):
        return frozenset((t.lemma,))
    return lexicon_keys(t)


#: Kana ending in the o-row: a following う lengthens the vowel (あほう ~ あほ).
_O_ROW: Final = frozenset("おこごそぞとどのほぼぽもよょろを")
#: Two-kana readings of listed words that sit inside everyday words (脳 のう in 昨日,
#: 猿 さる in くださる, 尻 しり in 知り): a pre-filter on them would let most sentences
#: through, so these words are probed by their spelling only (a speed choice).
#: ふん is also the interjection (「ふーん。それで？」); 糞 as an insult is read くそ.
_COMMON_BIGRAMS: Final = frozenset(["のう", "さる", "しり", "ふん"])

#: Polite words in almost every request or thanks, which hold a probe by accident (ださい
#: in くださ|い, 謝 in 感謝): a probe inside them lets no sentence through (a speed choice,
#: as above).
_PROBE_HOSTS: Final = ("ください", "くださいませ", "ございます", "ございません", "感謝")


def _written_name(t: Token) -> bool:
    """Written as a name: capitalised inside an English sentence, or a Japanese proper
    noun (有村, 竹内: the dictionary's 固有名詞; no roster needed)."""
    return t.proper or (t.pos == NOUN and t.pos2 == "固有名詞")


#: 馬鹿 as a prefix meaning "hugely" (バカ売れ, バカ高い, バカでかい, 馬鹿正直): directly
#: before one of these words it describes a degree, not a person.
_BAKA: Final = frozenset(["馬鹿", "バカ", "ばか"])
_INTENSIFIED_JA: Final = frozenset(
    [
        "売れ",
        "売れる",
        "受け",
        "受ける",
        "高い",
        "安い",
        "でかい",
        "デカい",
        "多い",
        "旨い",
        "うまい",
        "美味い",
        "騒ぎ",
        "正直",
        "丁寧",
        "力",
        "当たり",
        "笑い",
        "混み",
        "込み",
        "混む",
        "広い",
        "長い",
        "重い",
        "早い",
    ]
)


#: Words of contempt that also name a feeling of one's own: shame in front of others.
_SHAME_JA: Final = frozenset(["情けない", "みっともない"])
#: Nouns of a feeling the shame word describes: 「情けない思い」「情けない気持ち」.
_FEELING_NOUNS_JA: Final = frozenset(["思い", "想い", "気持ち", "気分", "心地"])


def _felt_shame(toks: Sequence[Token], clause: cl.Clause, i: int, end: int) -> bool:
    """A word of shame told as the speaker's feeling: it describes a feeling (「情けない
    思いをしました」), or it is the past predicate of a clause that names whom it was
    felt in front of (「親族の前で本当に情けなかったです」「人前でみっともなかった」).
    Said of someone (「情けない店員」, 「あの担当、皆の前で情けなかった」, 「客の前で情けない
    対応しやがって」) it is not."""
    if toks[i].lemma not in _SHAME_JA:
        return False
    if end < len(toks) and toks[end].lemma in _FEELING_NOUNS_JA:
        return True
    if end < len(toks) and toks[end].pos == NOUN:
        return False  # 「情けない対応」: it describes the noun after it
    if _person_topic(tuple(toks), clause.start, i) or any(
        t.pos == PRON and t.lemma in _YOU for t in toks
    ):
        return False  # 「あの担当、皆の前で情けなかったわ」「お前、客の前で情けなかったぞ」
    past = any(t.lemma == "た" for t in toks[end : clause.end])
    before = any(
        toks[k].surface == "前" and toks[k + 1].surface == "で"
        for k in range(clause.start, i)
        if k + 1 < len(toks)
    ) or any(toks[k].surface == "人前" for k in range(clause.start, i))
    return past and before


def _intensifier(toks: Sequence[Token], i: int, end: int) -> bool:
    """The match is a lone 馬鹿 fused to the word after it as its degree (バカ売れ)."""
    return (
        end == i + 1
        and end < len(toks)
        and toks[i].lemma in _BAKA
        and (toks[end].lemma in _INTENSIFIED_JA or toks[end].surface in _INTENSIFIED_JA)
    )


_E_I_ROW: Final = frozenset("えけげせぜてでねへべぺめれいきぎしじちぢにひびぴみり")

_U_TO_E: Final = dict(zip("うくぐすつぬぶむる", "えけげせてねべめれ", strict=True))
#: The て/た form of a godan verb (音便): 「どついた」「しばいたる」「ぼこった」 hold
#: neither the dictionary form nor the imperative.
_U_TO_ONBIN: Final = dict(zip("うくぐすつぬぶむる", "っいいしっんんんっ", strict=True))


def _probes(word: str, toks: Sequence[Token]) -> set[str]:
    """Surface strings (folded) at least one of which occurs whenever ``word`` can match:
    the word as written, its lemma and reading, cut to the stem for inflected words.
    Kana stems of one character are too common to filter anything (死ぬ → し), so a
    kana-written verb is probed by its dictionary and imperative forms instead."""
    if word.isascii():
        forms = {word.lower(), *(t.lemma for t in toks[:1])}
        forms |= {s for s, full in _EN_EXPAND.items() if word.lower() in full and len(s) > 1}
        out: set[str] = set()
        for f in forms:
            k = fold(f)
            if len(k) > 4 and k.endswith("e"):
                k = k[:-1]  # the lemma is a prefix of its forms: hate → hat(ing)
            if k:
                out.add(k)
        return out
    if len(toks) != 1:
        joined = fold("".join(t.reading for t in toks))
        out = {k for k in (fold(word), joined) if k}
        if toks[0].pos == VERB and all(t.pos == AUX for t in toks[1:]):
            # A verb with auxiliaries (孕ませる = 孕ま + せる) conjugates in its last part
            # only: 「孕ませた」「孕ませ汁」 hold neither spelling above, but always the
            # verb's stem as written before the auxiliary.
            out |= {k for k in (fold(toks[0].surface), fold(toks[0].reading)) if len(k) >= 2}
        elif toks[-1].pos == VERB and all(t.pos == VERB for t in toks):
            # A compound verb read as two (引きずり出す = 引き摺る + 出す) conjugates in
            # its last verb: 「引きずり出したる」 holds the word cut to that verb's stem.
            stem = fold(word)[:-1]
            if len(stem) >= 3:
                out.add(stem)
        return out
    t = toks[0]
    out = set()
    # Verbs and い-adjectives conjugate; 形状詞 (幼稚, 最低) do not.
    inflected = t.pos == VERB or (t.pos == ADJ and t.lemma.endswith("い"))
    for f, is_reading in ((word, False), (t.lemma, False), (t.reading, True)):
        k = fold(f)
        if not k:
            continue
        kana = all(c in KANA_LETTERS for c in k)
        # A noun written in kana (バカ, アホ) is found by its reading, unless the reading
        # is too short or too common to filter anything (脳 → のう in every 昨日).
        if is_reading and not inflected and (len(k) < 2 or k in _COMMON_BIGRAMS):
            continue
        if inflected and kana and len(k) >= 2:
            # A kana stem (ころ, おか) hides in common words (ところ, おかしい): the
            # dictionary form, and the imperative when it is long enough to be rare.
            out.add(k)
            if t.pos == ADJ and len(k) == 3 and k.endswith("い"):
                out.add(k[0] + "っ" + k[1])  # the exclamation 「きっも」 (see morph.normalise)
                out.add(k[:2] + "っ")  # and 「きもっ」 (see morph._Japanese._restore_truncated)
            ee = spoken.ee_stem(k) if t.pos == ADJ else None
            if ee is not None:
                out.add(ee)  # the spoken 「うぜー」「きめえ」 (see morph._Japanese._respoken)
            if k[-1] in _U_TO_E and len(k) >= 3:
                out.add(k[:-1] + _U_TO_E[k[-1]])
            if t.pos == VERB and k[-1] in _U_TO_ONBIN and len(k) >= 3 and not is_reading:
                out.add(k[:-1] + _U_TO_ONBIN[k[-1]])
            if t.pos == VERB and k[-1] == "る" and len(k) >= 3 and k[-2] in _E_I_ROW:
                # An ichidan verb keeps its stem in every form (なめてる, ふざけんな):
                # a long stem is rare enough alone, a short one with what follows it.
                stem = k[:-1]
                out |= {stem} if len(stem) >= 3 else {stem + c for c in "てたんなずよ"}
            continue
        if inflected and len(k) >= 2 and k[-1] in KANA_LETTERS:
            k = k[:-1]  # 殺す → 殺, 訴える → 訴え
        out.add(k)
    return out


def _word_gate(alts: Sequence[str], analysed: Sequence[Sequence[Token]]) -> frozenset[str] | None:
    """The complete probe set of a pattern word (its alternatives together), or None."""
    out: set[str] = set()
    for alt, toks in zip(alts, analysed, strict=True):
        got = _gate_probes(alt, toks)
        if got is None:
            return None
        out |= got
    return frozenset(out)


def _slot_gate(words: Sequence[str], analyser: Analyser) -> frozenset[str] | None:
    """The complete probe set of a word-list slot (every word's), or None."""
    return _word_gate(words, [analyser.words(w) for w in words]) if words else None


def _gate_probes(word: str, toks: Sequence[Token]) -> frozenset[str] | None:
    """Folded strings one of which is in every (folded) text where the Japanese ``word``
    matches a token, in any script or form: :func:`_probes`, which may leave out forms
    for speed, plus the stem of an inflected word (殺す: 殺, ころ; うざい: うざ). None
    when no such set is known: English words (irregular forms, text-speak), a reading
    too short or too common to probe (目 め, 脳 のう), an irregular verb (する, 来る)
    and a kana stem of one character (死ぬ: し). A set with a string inside a polite
    word that the pre-filter ignores (ください) is none either. Like the probes, the set
    cannot know every other spelling the analyser reads as the word (解る for 分かる)."""
    if word.isascii() or not toks:
        return None
    if len(toks) > 1:
        # A word the analyser splits (気持ち悪い = 気持ち + 悪い) matches by its first
        # token (alone, or opening the run), or as written where a text keeps it whole.
        first = _gate_probes(toks[0].surface, toks[:1])
        return None if first is None else first | {fold(word)}
    t = toks[0]
    out = _probes(word, toks)
    inflected = t.pos == VERB or (t.pos == ADJ and t.lemma.endswith("い"))
    if inflected and (t.lemma in _IRREGULAR or fold(t.reading) in _IRREGULAR):
        return None
    for f, is_reading in ((word, False), (t.lemma, False), (t.reading, True)):
        k = fold(f)
        if not k:
            continue
        kanji = next((c for c in k if ord(c) >= 0x4E00), "")
        if len(k) > 1 and kanji:
            # Its first kanji: the analyser reads mixed spellings as the word (子ども for
            # 子供, 若造 for 若僧, ぶっ殺す for ぶち殺す), and these keep it.
            out.add(kanji)
        if not inflected:
            if k not in out:
                return None  # a reading _probes leaves out
            continue
        if all(c in KANA_LETTERS for c in k):
            if len(k) < 3:
                return None
            out.add(k[:-1])  # every form of a kana verb or adjective holds its stem
        elif is_reading or k[-1] not in KANA_LETTERS:
            return None  # an inflected word ending in kanji: not a form we know
        else:
            # The kanji before the okurigana, which may be written otherwise (分る, 分かる).
            out.add(k.rstrip("".join(KANA_LETTERS)))
    for p in list(out):
        if len(p) >= 3 and p[-1] == "う" and p[-2] in _O_ROW and all(c in KANA_LETTERS for c in p):
            out.add(p[:-1])  # かっこう → かっこ, あほう → あほ (as _add_short_vowel_spellings)
    if not out or any(p in h for p in out for h in _PROBE_HOSTS):
        return None
    if min(sum(2 if ord(c) >= 0x4E00 else 1 for c in p) for p in out) < 2:
        return None  # a kana of its own (が, は) is in every sentence: no filter, only cost
    return frozenset(out)


#: At most this many other words gate a probe: a weak word's strings (人, 方) cost a
#: match in the surface pass of most texts and seldom keep a sentence out.
_GATE_WORDS: Final = 2

#: Verbs whose kana stem changes with the form (し, さ, せ; こ, き, く).
_IRREGULAR: Final = frozenset(["する", "為る", "来る", "くる"])


def _automaton(words: set[str]) -> Any:
    if not words:
        return None
    auto = ahocorasick.Automaton()
    for w in frequent_first(words):
        auto.add_word(w, w)
    auto.make_automaton()
    return auto

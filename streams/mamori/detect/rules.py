"""Lexicon files → one Aho-Corasick automaton plus rule tables.

A lexicon file (YAML, ``streams/mamori/lexicon/*.yaml``; companies add their own
directories) has ``groups`` (named lists of surface terms) and ``rules``. A rule
fires for a content category when all of its groups occur in one sentence of the
customer's text, near each other, and no negation or ``unless`` group cancels it.
docs/detection.md describes the format; in short::

    groups:
      sns: [SNS, ネット, 口コミ, twitter]
      post: [晒す, 書き込む, 拡散]
    rules:
      - id: ja.defame.post
        category: online_defamation_threat
        all: [sns, post]          # or  terms: [...]  for a single inline group
        anchor: post              # the rarest part (default: the first)
        near: 16                  # max characters between the parts (default: same sentence)
        scope: sentence           # or message: parts may sit in neighbouring sentences
        order: true               # parts in the listed order
        severity: medium          # low | medium | high
        score: 0.75
        unless: [praise]          # groups that cancel it in the same sentence
        unless_message: [apology] # groups that cancel it anywhere in the message
        question: low             # in a question: keep | low | skip
        boost: [{any: [conditional], severity: high}]   # upgrades within the sentence
        negatable: true           # negation cues cancel it (default)
        alone: false              # emits only where a boost applies (default: true)

Terms are folded with :func:`mamori.detect.text.normalize.fold` exactly like messages.
Term syntax: ``{a,b}`` expands alternatives (``殴{る,ったる}``); ``{@name}`` stands for
the terms of group ``name`` (one class of words, e.g. staff role nouns, reused in the
forms each rule needs: ``{@staff_role_ja}{さん,の方}``); a trailing ``*`` lets an ASCII term run into a longer word (``kill*``);
ASCII terms otherwise need word boundaries on both sides. A trailing ``$`` means
"at the end of a sentence". A group may list ``except`` terms: a match of the group
that lies inside an ``except`` match is ignored (「カス」 inside 「カスタマー」).

Reserved groups used by the detector itself: ``word_probe`` (filled from the word
entries' pre-filter, see :mod:`mamori.detect.match`), ``neg_after`` (Japanese negation after
the cue), ``neg_before`` (English negation before it), ``neg_break`` (conditionals
that stop an English negation: "if you don't …, I'll sue"), ``question``, ``demand``,
``urgent``, ``staff_name`` (extended with the configured staff names).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final, cast

import ahocorasick
import yaml

from mamori.detect.text.normalize import TEXTSPEAK, fold
from mamori.domain.taxonomy import CONTENT_CATEGORIES, Category, Severity
from mamori.resources import load_yaml

SEVERITY_RANK: Final[dict[str, int]] = {"low": 1, "medium": 2, "high": 3}
DEFAULT_SCORE: Final[dict[str, float]] = {"low": 0.4, "medium": 0.7, "high": 0.9}
_SENTENCE_ENDS: Final = ("。", "!", "?", "\n", "、", ",")
RESERVED: Final = (
    "word_probe",
    "neg_after",
    "neg_adjacent",
    "neg_before",
    "neg_break",
    "question",
    "demand",
    "urgent",
)


_HONORIFICS: Final = (
    "さん",
    "君",
    "くん",
    "氏",
    "ちゃん",
    "様",
    "さま",
    "殿",
    "って",
    "とか",
    "っていう",
    "という",
)


class LexiconError(ValueError):
    """A lexicon file is malformed (bad YAML, unknown category or group)."""


@dataclass(frozen=True, slots=True)
class Boost:
    groups: tuple[int, ...]
    severity: Severity
    #: "sentence" (default) or "message".
    scope: str


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    category: Category
    #: Group indexes, in the order the rule lists them.
    groups: tuple[int, ...]
    #: Index (into ``groups``) of the part whose matches start an evaluation: the
    #: rarest part, so common parts are only scanned when the anchor occurred.
    anchor: int
    severity: Severity
    score: float
    near: int | None
    #: "sentence" (parts in the anchor's sentence) or "message" (anywhere, within ``near``).
    scope: str
    order: bool
    unless: tuple[int, ...]
    #: Groups that cancel the rule anywhere in the message.
    unless_message: tuple[int, ...]
    question: str
    boosts: tuple[Boost, ...]
    negatable: bool
    #: ``alone: false``: the rule emits only where one of its boosts applies (a verdict
    #: on the matter is no pressure by itself; pressed for time it is).
    alone: bool = True


@dataclass(frozen=True, slots=True)
class TermRef:
    """One meaning of an automaton key: which group, and how to check its edges."""

    group: int
    length: int
    left_boundary: bool
    right_boundary: bool
    #: True for an ``except`` term of the group.
    exclusion: bool


@dataclass(slots=True)
class Compiled:
    #: Groups every message needs: rule anchors, negation, demand and urgency cues.
    automaton: Any
    #: Groups consulted only once a rule's anchor occurred (other parts, ``unless``,
    #: boosts, questions, ``neg_break``): one small automaton each, run on demand.
    lazy: dict[int, Any]
    group_names: list[str]
    rules: list[Rule]
    #: anchor group index → rules anchored on it
    by_anchor: dict[int, list[Rule]]
    reserved: dict[str, int]
    files: list[str] = field(default_factory=list)
    #: The Japanese threat and insult rules' own terms, folded (with readings): the
    #: words a 伏せ字 may hide (:mod:`mamori.detect.text.fuseji`), the most severe first.
    maskable: tuple[str, ...] = ()


def _is_word(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


_BRACES: Final = re.compile(r"\{([^{}]*)\}")


_REFERENCE: Final = re.compile(r"\{@([^{}@,]+)\}")


def _resolve(terms: Iterable[str], groups: Mapping[str, tuple[set[str], set[str]]]) -> set[str]:
    """``{@name}`` → ``{t1,t2,…}`` over group ``name``'s terms; a class may build on
    another (``{@staff_role_ja}`` inside ``staff_role_of_ja``), so references nest."""
    out: set[str] = set()
    for term in terms:
        m = _REFERENCE.search(term)
        depth = 0
        while m is not None:
            name = m.group(1).strip()
            depth += 1
            if name not in groups or depth > 8:
                raise LexiconError(f"term {term!r}: unknown or circular group {name!r}")
            alts = sorted(groups[name][0])
            term = term[: m.start()] + "{" + ",".join(alts) + "}" + term[m.end() :]
            m = _REFERENCE.search(term)
        out.add(term)
    return out


def _braces(term: str) -> list[str]:
    """``殴{る,ったる,ってやる}`` → 殴る, 殴ったる, 殴ってやる (conjugations in one line)."""
    m = _BRACES.search(term)
    if m is None:
        return [term]
    out: list[str] = []
    for alt in m.group(1).split(","):
        out.extend(_braces(term[: m.start()] + alt.strip() + term[m.end() :]))
    return out


def frequent_first(keys: Iterable[str]) -> list[str]:
    """``keys`` in the order to add them to an Aho-Corasick automaton: those made of the
    characters most common among them first. A node's children are searched one by one
    in the order they were added (the root has hundreds), so each step of a scan finds
    its character sooner; the matches and their order do not depend on it. (Equally
    common characters go in code-point order, not the order a set of keys gave.)"""
    out = list(keys)
    common = Counter(c for key in out for c in key)
    ranked = sorted(common.items(), key=lambda cn: (-cn[1], cn[0]))
    rank = {ord(c): i for i, (c, _n) in enumerate(ranked)}
    return sorted(out, key=lambda k: k.translate(rank))


def _expand(term: str) -> list[tuple[str, bool]]:
    """Surface term → folded keys with a flag "may run into a longer word"."""
    if "{" in term:
        return [k for t in _braces(str(term)) for k in _expand_one(t)]
    return _expand_one(str(term))


_MAX_SPELLINGS: Final = 32


def _spellings(key: str) -> list[str]:
    """An English key and its text-speak/misspelt forms ("what are you" → "wat r u", …)."""
    if not key.isascii() or " " not in key and key not in TEXTSPEAK:
        return [key]
    out = [""]
    words = key.split(" ")
    i = 0
    while i < len(words):
        # Two-word entries first ("give me" → "gimme").
        pair = " ".join(words[i : i + 2])
        if i + 1 < len(words) and pair in TEXTSPEAK:
            options: tuple[str, ...] = (pair, *TEXTSPEAK[pair])
            i += 2
        else:
            options = (words[i], *TEXTSPEAK.get(words[i], ()))
            i += 1
        out = [f"{head} {opt}".strip() for head in out for opt in options][:_MAX_SPELLINGS]
    return out


def _expand_one(t: str) -> list[tuple[str, bool]]:
    prefix = t.endswith("*")
    if prefix:
        t = t[:-1]
    if t.endswith("$") and len(t) > 1:
        base = fold(t[:-1])
        return [(base + end, False) for end in _SENTENCE_ENDS] if base else []
    key = fold(t)
    return [(k, prefix) for k in _spellings(key)] if key else []


def content_category(value: Any, where: str) -> Category:
    """The content code a lexicon entry names (surface rules and word entries alike)."""
    try:
        category = Category(str(value))
    except ValueError as exc:
        raise LexiconError(f"{where}: unknown category {value!r}") from exc
    if category not in CONTENT_CATEGORIES:
        raise LexiconError(f"{where}: {category} is not a content category")
    return category


def _as_list(value: Any, where: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return flat_words(value)
    raise LexiconError(f"{where}: expected a list of strings")


def flat_words(value: list[Any]) -> list[str]:
    """A YAML list of words with any nested list spliced in: a word list shared by
    several groups or slots is written once under an anchor and reused by alias
    (``[*STAFF_TRADE_EN, she, he]``)."""
    out: list[str] = []
    for v in value:
        out.extend(flat_words(v) if isinstance(v, list) else [str(v)])
    return out


#: Shorter readings collide with kana and loanwords (殺す ころす in ところ, 社員 しゃいん
#: in サンシャイン, once folded to hiragana).
_MIN_READING: Final = 5
_KANJI: Final = re.compile(r"[\u3400-\u9fff]")
_DIGITS: Final = re.compile(r"[0-9]+")
#: Surnames are read from four kana (丸山 まるやま, 小林 こばやし): a name counts only
#: beside a demand or an attack, so a shorter reading's collisions cost little less
#: than they gain — three (小松 こまつ, 加藤 かとう) would sit inside everyday kana.
_MIN_NAME_READING: Final = 4


#: The codes whose words people mask (伏せ字): threats and insults.
_MASKED_CODES: Final = frozenset({Category.VIOLENCE_THREAT, Category.ABUSIVE_LANGUAGE})


class _Builder:
    def __init__(self, reading: Callable[[str], str | None] | None = None) -> None:
        #: Folded key → its reading in hiragana (from the analyser), for kana-only writing.
        self.reading = reading
        self.groups: dict[str, tuple[set[str], set[str]]] = {}
        self.raw_rules: dict[str, tuple[dict[str, Any], str]] = {}
        self.files: list[str] = []

    def add_terms(self, group: str, terms: Iterable[str], exclusions: Iterable[str] = ()) -> None:
        inc, exc = self.groups.setdefault(group, (set(), set()))
        inc.update(terms)
        exc.update(exclusions)

    def add_file(self, path: Path) -> None:
        try:
            doc = load_yaml(path) or {}
        except (OSError, yaml.YAMLError) as exc:
            raise LexiconError(f"{path}: {exc}") from exc
        if not isinstance(doc, dict):
            raise LexiconError(f"{path}: top level must be a mapping")
        self.files.append(path.name)
        for name, spec in (doc.get("groups") or {}).items():
            if isinstance(spec, dict):
                self.add_terms(
                    str(name),
                    _as_list(spec.get("terms"), f"{path}:{name}"),
                    _as_list(spec.get("except"), f"{path}:{name}"),
                )
            else:
                self.add_terms(str(name), _as_list(spec, f"{path}:{name}"))
        in_file: set[str] = set()
        for raw in doc.get("rules") or []:
            if not isinstance(raw, dict) or "id" not in raw:
                raise LexiconError(f"{path}: every rule needs an id")
            rid = str(raw["id"])
            if rid in in_file:
                raise LexiconError(f"{path}: rule {rid} is defined twice")
            in_file.add(rid)
            # A later file may redefine (or disable) a rule of an earlier one.
            self.raw_rules[rid] = (raw, path.name)

    def compile(self) -> Compiled:
        names: list[str] = []
        index: dict[str, int] = {}

        def gi(name: str) -> int:
            if name not in index:
                index[name] = len(names)
                names.append(name)
            return index[name]

        for r in RESERVED:
            gi(r)
        # Class references are resolved once every file is read, so a later file's
        # additions to a class reach every form built from it.
        raw = dict(self.groups)
        self.groups = {n: (_resolve(i, raw), _resolve(e, raw)) for n, (i, e) in raw.items()}
        rules: list[Rule] = []
        for rid, (raw, fname) in sorted(self.raw_rules.items()):
            if raw.get("enabled", True) is False:
                continue
            rules.append(self._rule(rid, raw, fname, gi))
        for name in self.groups:
            gi(name)

        eager_groups = {
            index[r]
            for r in ("word_probe", "neg_after", "neg_adjacent", "neg_before", "demand", "urgent")
        }
        lazy_groups = {index["neg_break"], index["question"]}
        for rule in rules:
            eager_groups.add(rule.groups[rule.anchor])
            lazy_groups.update(rule.groups)
            lazy_groups.update(rule.unless)
            lazy_groups.update(rule.unless_message)
            for boost in rule.boosts:
                lazy_groups.update(boost.groups)
        lazy_groups -= eager_groups
        # Groups no rule uses are not compiled at all.
        automaton = self._automaton(index, eager_groups)
        lazy = {g: self._automaton(index, {g}) for g in sorted(lazy_groups)}
        by_anchor: dict[int, list[Rule]] = {}
        for rule in rules:
            by_anchor.setdefault(rule.groups[rule.anchor], []).append(rule)
        return Compiled(
            automaton=automaton,
            lazy=lazy,
            group_names=names,
            rules=rules,
            by_anchor=by_anchor,
            reserved={r: index[r] for r in RESERVED},
            files=self.files,
            maskable=self._maskable(rules),
        )

    def _maskable(self, rules: Iterable[Rule]) -> tuple[str, ...]:
        """The maskable words, the most severe reading first: one mask may stand for
        several of them (「こ●してやる」 is ころして or こわして), and the reader takes
        the first that fits — people mask the word they know is the worst. Ties go by
        score, then rule id and the word itself, so the choice never follows the order
        of a set (that order changes with the hash seed)."""
        rank: dict[str, tuple[int, float, str]] = {}
        for rule in rules:
            if rule.category in _MASKED_CODES and rule.id.startswith("ja."):
                inc, _exc = self.groups.get(f"rule:{rule.id}", (set(), set()))
                mine = (-SEVERITY_RANK[rule.severity], -rule.score, rule.id)
                for term in inc:
                    for k, _p in self._with_readings(_expand(term)):
                        if k not in rank or mine < rank[k]:
                            rank[k] = mine
        return tuple(sorted(rank, key=lambda k: (rank[k], k)))

    def _automaton(self, index: Mapping[str, int], wanted: set[int]) -> Any:
        """One Aho-Corasick automaton over the terms of the ``wanted`` groups (None if empty)."""
        keys: dict[str, list[TermRef]] = {}
        for name, (inc, exc) in self.groups.items():
            g = index[name]
            if g not in wanted:
                continue
            for terms, exclusion in ((inc, False), (exc, True)):
                shortest = _MIN_NAME_READING if name == "staff_name" else _MIN_READING
                for term in terms:
                    for key, prefix in self._with_readings(_expand(term), shortest):
                        ref = TermRef(
                            group=g,
                            length=len(key),
                            left_boundary=_is_word(key[0]),
                            right_boundary=_is_word(key[-1]) and not prefix,
                            exclusion=exclusion,
                        )
                        refs = keys.setdefault(key, [])
                        if ref not in refs:
                            refs.append(ref)
        if not keys:
            return None
        automaton = ahocorasick.Automaton()
        # Hundreds of thousands of keys share a few thousand distinct values: each value
        # is stored once and shared, or the automaton's Python objects alone take 100 MiB.
        shared: dict[tuple[tuple[int, int, bool, bool, bool], ...], Any] = {}
        for key in frequent_first(keys):
            # Plain tuples: the per-match loop unpacks them (faster than attributes).
            value = tuple(
                (r.group, r.length, r.left_boundary, r.right_boundary, r.exclusion)
                for r in keys[key]
            )
            automaton.add_word(key, shared.setdefault(value, value))
        automaton.make_automaton()
        return automaton

    def _with_readings(
        self, keys: list[tuple[str, bool]], shortest: int = _MIN_READING
    ) -> list[tuple[str, bool]]:
        """Each key written with kanji also as read (全額返金 → ぜんがくへんきん): people type
        in kana when they cannot or will not convert, and the reading is the same words."""
        if self.reading is None:
            return keys
        out = list(keys)
        for key, prefix in keys:
            if _KANJI.search(key) is None:
                continue
            kana = fold(self.reading(key) or "")
            if kana and len(kana) >= shortest and kana != key:
                out.append((kana, prefix))
            # A number in digits before its counter keeps its digits in kana writing
            # (10倍 → 10ばい, not じゅうばい): the digits anchor the key, so it may be short.
            digits = _DIGITS.match(key)
            if digits and _KANJI.search(key, digits.end()):
                rest = fold(self.reading(key[digits.end() :]) or "")
                if rest and _KANJI.search(rest) is None:
                    out.append((digits.group() + rest, prefix))
        return out

    def _rule(self, rid: str, raw: Mapping[str, Any], fname: str, gi: Any) -> Rule:
        where = f"{fname}:{rid}"
        category = content_category(raw.get("category"), where)
        parts: list[str] = []
        if "terms" in raw:
            anon = f"rule:{rid}"
            # A rule's own terms may use the classes too ("{@paperwork_en}" in an except).
            self.add_terms(
                anon,
                _resolve(_as_list(raw["terms"], where), self.groups),
                _resolve(_as_list(raw.get("except"), where), self.groups),
            )
            parts.append(anon)
        parts.extend(_as_list(raw.get("all"), where))
        if not parts:
            raise LexiconError(f"{where}: needs terms or all")
        unless_message = _as_list(raw.get("unless_message"), where)
        for p in parts + _as_list(raw.get("unless"), where) + unless_message:
            if p not in self.groups:
                raise LexiconError(f"{where}: unknown group {p!r}")
        severity = str(raw.get("severity", "medium"))
        if severity not in SEVERITY_RANK:
            raise LexiconError(f"{where}: bad severity {severity!r}")
        if raw.get("alone") is False and not raw.get("boost"):
            raise LexiconError(f"{where}: alone: false needs a boost")
        boosts: list[Boost] = []
        for b in raw.get("boost") or []:
            if not isinstance(b, dict):
                raise LexiconError(f"{where}: a boost is a mapping {{any: [...], severity: ...}}")
            bsev = str(b.get("severity", "high"))
            if bsev not in SEVERITY_RANK:
                raise LexiconError(f"{where}: bad boost severity {bsev!r}")
            bgroups = _as_list(b.get("any"), where)
            for p in bgroups:
                if p not in self.groups:
                    raise LexiconError(f"{where}: unknown boost group {p!r}")
            boosts.append(
                Boost(
                    tuple(gi(p) for p in bgroups),
                    cast(Severity, bsev),
                    str(b.get("scope", "sentence")),
                )
            )
        question = str(raw.get("question", "keep"))
        if question not in ("keep", "low", "skip"):
            raise LexiconError(f"{where}: question must be keep, low or skip")
        near = raw.get("near")
        scope = str(raw.get("scope", "sentence"))
        if scope not in ("sentence", "message"):
            raise LexiconError(f"{where}: scope must be sentence or message")
        anchor_name = raw.get("anchor")
        if anchor_name is not None and anchor_name not in parts:
            raise LexiconError(f"{where}: anchor {anchor_name!r} is not one of its parts")
        return Rule(
            id=rid,
            category=category,
            groups=tuple(gi(p) for p in parts),
            anchor=parts.index(anchor_name) if anchor_name is not None else 0,
            severity=cast(Severity, severity),
            score=float(raw.get("score", DEFAULT_SCORE[severity])),
            near=int(near) if near is not None else None,
            scope=scope,
            order=bool(raw.get("order", False)),
            unless=tuple(gi(p) for p in _as_list(raw.get("unless"), where)),
            unless_message=tuple(gi(p) for p in unless_message),
            question=question,
            boosts=tuple(boosts),
            negatable=bool(raw.get("negatable", True)),
            alone=bool(raw.get("alone", True)),
        )


def compile_lexicons(
    dirs: Sequence[Path],
    staff_names: Iterable[str] = (),
    word_probes: Iterable[str] = (),
    reading: Callable[[str], str | None] | None = None,
    probe_exclusions: Iterable[str] = (),
) -> Compiled:
    """Load every ``*.yaml`` of ``dirs`` (in order, files sorted by name) and compile.

    ``word_probes`` (the surface pre-filter of :mod:`mamori.detect.match`) ride along in
    the same automaton as the reserved group ``word_probe``: one pass per message;
    ``probe_exclusions`` are frequent words inside which a probe does not count.
    ``reading`` (folded term → its hiragana reading) adds the kana writing of every
    term written with kanji.
    """
    builder = _Builder(reading)
    for d in dirs:
        for path in sorted(Path(d).glob("*.yaml")):
            builder.add_file(path)
    for r in RESERVED:
        builder.add_terms(r, ())
    names = [n.strip() for n in staff_names if n and n.strip()]
    builder.add_terms("staff_name", names)
    builder.add_terms("staff_name", [n + "s" for n in names if n.isascii()])
    inc, _exc = builder.groups["staff_name"]
    # The possessive of every name in Latin letters ("tanakas" as folded), for forms
    # built on a named person's things ("{@staff_name_of} insta").
    builder.add_terms(
        "staff_name_of", sorted({n if n.endswith("s") else n + "s" for n in inc if n.isascii()})
    )
    # Honorifics join the name, so name rules can ask for the demand right after it:
    # 「佐藤さんを出せ」 but not 「原|因はどこ」.
    inc.update([n + h for n in list(inc) if not n.isascii() for h in _HONORIFICS])
    # English probes are word starts ("fuck" in "fucking"), so they may run on.
    builder.add_terms(
        "word_probe", [p + "*" if p.isascii() else p for p in word_probes], probe_exclusions
    )
    return builder.compile()

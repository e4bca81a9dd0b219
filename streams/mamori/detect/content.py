"""The lexicon content detector (``lexicon@1``): 11 content codes, Japanese and English.

Per message: keep the customer's own words (transcripts, quoted e-mail), fold them
once (:mod:`mamori.detect.text.normalize`), run one Aho-Corasick pass over the folded text,
then evaluate only the rules anchored on groups that occurred. Rules are data
(``streams/mamori/lexicon/*.yaml``, see :mod:`mamori.detect.rules`); this module is
the small interpreter: sentence scopes, distance, order, negation, questions,
severity boosts, and the redacted evidence excerpt.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Final

from mamori.detect.base import ContentHit, TextAnalysis
from mamori.detect.rules import SEVERITY_RANK, Compiled, Rule, compile_lexicons
from mamori.detect.text.normalize import display, fold
from mamori.detect.text.redact import excerpt, names_in
from mamori.detect.text.transcript import customer_lines
from mamori.domain.taxonomy import Category, Severity
from mamori.resources import LEXICON_DIR

_RANK_SEVERITY: Final[dict[int, Severity]] = {1: "low", 2: "medium", 3: "high"}
# Sentence boundaries of folded text; a full stop counts unless it is a decimal point.
_BOUNDARY: Final = re.compile(r"[。!?\n]+|\.(?!\d)")
_DISPLAY_SPLIT: Final = re.compile(r"[。!?！？\n]+|\.(?!\d)")
#: Japanese negation must start this close after the cue (「訴える|つもりはない」).
_NEG_AFTER_WINDOW: Final = 8
#: Bare negative endings (「ない」「ません」) must follow the cue at once.
_NEG_ADJACENT_WINDOW: Final = 1
#: English negation must end this close before the cue ("not going to | sue").
_NEG_BEFORE_WINDOW: Final = 22
#: Longest text analysed (characters); the contract caps text size upstream anyway.
_MAX_CHARS: Final = 20_000
_CACHE_SIZE: Final = 8192
_CACHE_MAX_CHARS: Final = 2000
_WORD_CHARS: Final = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")

Span = tuple[int, int]  # [start, end) in the folded text


def _scan(automaton: Any, s: str) -> dict[int, list[Span]]:
    """One Aho-Corasick pass: group → spans, with word edges and ``except`` terms applied."""
    spans: dict[int, list[Span]] = {}
    if automaton is None:
        return spans
    excluded: dict[int, list[Span]] | None = None
    last = len(s) - 1
    for end, refs in automaton.iter(s):
        for group, length, left, right, exclusion in refs:
            start = end - length + 1
            if left and start > 0 and s[start - 1] in _WORD_CHARS:
                continue
            if right and end < last and s[end + 1] in _WORD_CHARS:
                continue
            if exclusion:
                if excluded is None:
                    excluded = {}
                excluded.setdefault(group, []).append((start, end + 1))
                continue
            found = spans.get(group)
            if found is None:
                spans[group] = [(start, end + 1)]
            else:
                found.append((start, end + 1))
    if excluded:
        for g, bad in excluded.items():
            if g in spans:
                kept = [
                    sp for sp in spans[g] if not any(b[0] <= sp[0] and sp[1] <= b[1] for b in bad)
                ]
                if kept:
                    spans[g] = kept
                else:
                    del spans[g]
    return spans


class _Message:
    """Matches of one folded message, grouped, with sentence lookup."""

    __slots__ = ("text", "spans", "_bounds", "lazy_done")

    def __init__(self, text: str, spans: dict[int, list[Span]]) -> None:
        self.text = text
        self.spans = spans
        self._bounds: list[int] | None = None  # computed on first use: most messages never ask
        self.lazy_done: set[int] = set()

    @property
    def bounds(self) -> list[int]:
        if self._bounds is None:
            self._bounds = [m.end() for m in _BOUNDARY.finditer(self.text)]
        return self._bounds

    def sentence(self, pos: int) -> int:
        return bisect_right(self.bounds, pos)

    def sentence_span(self, index: int) -> tuple[int, int]:
        start = self.bounds[index - 1] if 0 < index <= len(self.bounds) else 0
        end = self.bounds[index] if index < len(self.bounds) else len(self.text)
        return start, end


class LexiconDetector:
    """Implements :class:`mamori.detect.base.ContentDetector`."""

    name = "lexicon@1"

    def __init__(
        self, compiled: Compiled, cache_size: int = _CACHE_SIZE, staff_names: Iterable[str] = ()
    ) -> None:
        self._c = compiled
        #: The roster's names, masked in evidence excerpts (detect.text.redact).
        self._staff_names = tuple(staff_names)
        self._auto = compiled.automaton
        self._lazy = compiled.lazy
        r = compiled.reserved
        self._neg_after = r["neg_after"]
        self._neg_adjacent = r["neg_adjacent"]
        self._neg_before = r["neg_before"]
        self._neg_break = r["neg_break"]
        self._question = r["question"]
        self._demand = r["demand"]
        self._urgent = r["urgent"]
        # Streams repeat texts (templates, the same demand resent): analyse() is a pure
        # function of (subject, text), so results for short texts are memoised.
        self._cache: dict[tuple[str | None, str | None], TextAnalysis] = {}
        self._cache_size = cache_size

    @classmethod
    def load(
        cls, extra_dirs: Sequence[Path] = (), staff_names: Iterable[str] = ()
    ) -> LexiconDetector:
        """Default lexicons, then each of ``extra_dirs`` (company patterns) in order.

        ``staff_names`` (any script) extend the built-in list of common surnames used
        by the staff_naming rules, and are masked in evidence excerpts.
        """
        names = tuple(staff_names)
        return cls(compile_lexicons([LEXICON_DIR, *extra_dirs], names), staff_names=names)

    @property
    def rules(self) -> list[Rule]:
        return self._c.rules

    # ------------------------------------------------------------------ entry points
    def analyse(self, subject: str | None, text: str | None, channel: str) -> TextAnalysis:
        key = (subject, text)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        result = self.analyse_uncached(subject, text, channel)
        if len(text or "") + len(subject or "") <= _CACHE_MAX_CHARS:
            if len(self._cache) >= self._cache_size:
                self._cache.clear()  # simple bound; a hot set refills quickly
            self._cache[key] = result
        return result

    def analyse_uncached(self, subject: str | None, text: str | None, channel: str) -> TextAnalysis:
        """:meth:`analyse` without the memo (benchmarks, tests)."""
        raw = customer_lines(text[:_MAX_CHARS]) if text else ""
        if subject:
            raw = subject[:500] + "\n" + raw
        folded = fold(raw)
        if not folded:
            return TextAnalysis(hits=(), customer_text="", is_demand=False, is_urgent=False)
        # The trailing newline ends the last sentence (terms written with `$`).
        msg = _Message(folded + "\n", _scan(self._auto, folded + "\n"))
        spans = msg.spans
        if not spans:
            return TextAnalysis(hits=(), customer_text=folded, is_demand=False, is_urgent=False)
        is_demand = self._demand in spans
        is_urgent = self._urgent in spans and any(
            not self._negated(msg, span, span) for span in spans[self._urgent]
        )
        best: dict[Category, tuple[int, float, str, Span]] = {}
        fired: dict[Category, int] = {}
        by_anchor = self._c.by_anchor
        for g in list(spans):
            for rule in by_anchor.get(g, ()):
                found = self._evaluate(rule, msg)
                if found is None:
                    continue
                rank, span = found
                fired[rule.category] = fired.get(rule.category, 0) + 1
                current = best.get(rule.category)
                if current is None or (rank, rule.score) > (current[0], current[1]):
                    best[rule.category] = (rank, rule.score, rule.id, span)
        if not best:
            return TextAnalysis(
                hits=(), customer_text=folded, is_demand=is_demand, is_urgent=is_urgent
            )
        shown = display(raw)
        hits = []
        for category in sorted(best, key=lambda c: c.value):
            rank, score, rid, span = best[category]
            # Several independent rules for one code make it more certain.
            score = min(1.0, score + 0.05 * (fired[category] - 1))
            hits.append(
                ContentHit(
                    category=category,
                    severity=_RANK_SEVERITY[rank],
                    score=round(score, 3),
                    evidence=self._evidence(msg, span, shown),
                    rule=rid,
                )
            )
        return TextAnalysis(
            hits=tuple(hits), customer_text=folded, is_demand=is_demand, is_urgent=is_urgent
        )

    # ------------------------------------------------------------------ rule evaluation
    def _group(self, msg: _Message, g: int) -> list[Span]:
        """Spans of group ``g``; lazy groups are scanned the first time they are needed."""
        lazy = self._lazy.get(g)
        if lazy is not None and g not in msg.lazy_done:
            msg.lazy_done.add(g)
            msg.spans.update(_scan(lazy, msg.text))
        return msg.spans.get(g, [])

    def _in_sentence(self, msg: _Message, g: int, sentence: int) -> bool:
        return any(msg.sentence(sp[0]) == sentence for sp in self._group(msg, g))

    def _negated(self, msg: _Message, first: Span, last: Span) -> bool:
        spans = msg.spans
        sentence = msg.sentence(first[0])
        for start, _end in spans.get(self._neg_adjacent, ()):
            if last[1] <= start <= last[1] + _NEG_ADJACENT_WINDOW:
                return True
        for start, _end in spans.get(self._neg_after, ()):
            if last[1] <= start <= last[1] + _NEG_AFTER_WINDOW and msg.sentence(start) == sentence:
                return True
        for start, end in spans.get(self._neg_before, ()):
            if first[0] - _NEG_BEFORE_WINDOW <= end <= first[0] and msg.sentence(start) == sentence:
                # "if you don't pay, I'll sue": a conditional in between keeps the threat.
                breaks = self._group(msg, self._neg_break)
                if not any(end <= b0 and b1 <= first[0] for b0, b1 in breaks):
                    return True
        return False

    def _evaluate(self, rule: Rule, msg: _Message) -> tuple[int, Span] | None:
        """Best (severity rank, anchor span) for ``rule`` in ``msg``, or None."""
        parts = rule.groups
        a = rule.anchor
        others = [(i, self._group(msg, g)) for i, g in enumerate(parts) if i != a]
        if any(not found for _i, found in others):
            return None
        for g in rule.unless_message:
            if self._group(msg, g):
                return None
        best: tuple[int, Span] | None = None
        for anchor in msg.spans[parts[a]]:
            sentence = msg.sentence(anchor[0])
            first, last = anchor, anchor
            ok = True
            for i, found in others:
                match = _partner(msg, found, anchor, sentence, rule, before=i < a)
                if match is None:
                    ok = False
                    break
                if match[0] < first[0]:
                    first = match
                if match[1] > last[1]:
                    last = match
            if not ok:
                continue
            if rule.negatable and self._negated(msg, first, last):
                continue
            if any(self._in_sentence(msg, u, sentence) for u in rule.unless):
                continue
            rank = SEVERITY_RANK[rule.severity]
            if rule.question != "keep" and self._is_question(msg, sentence):
                if rule.question == "skip":
                    continue
                rank = 1
            else:
                for boost in rule.boosts:
                    b_rank = SEVERITY_RANK[boost.severity]
                    if b_rank > rank and any(
                        self._group(msg, bg)
                        if boost.scope == "message"
                        else self._in_sentence(msg, bg, sentence)
                        for bg in boost.groups
                    ):
                        rank = b_rank
            if best is None or rank > best[0]:
                best = (rank, anchor)
        return best

    def _is_question(self, msg: _Message, sentence: int) -> bool:
        _start, end = msg.sentence_span(sentence)
        if "?" in msg.text[max(0, end - 3) : end]:
            return True
        return self._in_sentence(msg, self._question, sentence)

    def _evidence(self, msg: _Message, span: Span, shown: str) -> str:
        """Redacted display sentence around the match (folded → display by sentence index)."""
        sentence = msg.sentence(span[0])
        start, end = msg.sentence_span(sentence)
        rel = (span[0] - start) / max(1, end - start)
        parts = _DISPLAY_SPLIT.split(shown)
        # Names the whole message reveals ("Mr." ends the previous sentence) are masked too.
        names = (*self._staff_names, *names_in(shown))
        if len(parts) == len(_BOUNDARY.split(msg.text.rstrip("\n"))) and sentence < len(parts):
            text = parts[sentence]
            if text.strip():
                return excerpt(text, rel, names=names)
        # splits disagree: the folded sentence
        return excerpt(msg.text[start:end], rel, names=names)


def _partner(
    msg: _Message, candidates: list[Span], anchor: Span, sentence: int, rule: Rule, before: bool
) -> Span | None:
    """The first span of a rule part in the anchor's sentence, on the listed side of the
    anchor (``order``) and within ``near`` characters of it."""
    for sp in candidates:
        if rule.scope == "sentence" and msg.sentence(sp[0]) != sentence:
            continue
        if rule.order and (sp[1] > anchor[0] + 1 if before else sp[0] < anchor[1] - 1):
            continue
        if rule.near is not None and max(sp[0] - anchor[1], anchor[0] - sp[1], 0) > rule.near:
            continue
        return sp
    return None

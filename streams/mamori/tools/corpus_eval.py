"""Content-detection quality on labelled text corpora (``mamori evaluate --corpus``).

Two kinds of file, one JSON object per line:

- a **corpus** (``../shared/data/real/README.md``): ``id``, ``lang``, ``text``, ``gold``
  (``pos`` abusive / ``neg`` benign / ``amb`` annotators split), ``expect`` (the
  Mamori codes the label maps to), ``meta`` (``at_agent`` when the source says whom
  the abuse was aimed at);
- a **paraphrase set** (``tests/data/paraphrases/*.jsonl``): ``text``, ``codes`` (the
  content codes it expresses; empty = a benign look-alike), ``register`` (casual,
  dialect, text-speak, …) and optionally ``looks_like`` (the code a negative mimics).

Each text becomes one inbound chat :class:`~mamori.contract.ContactEvent` of its own
customer inside support hours (so no stateful code can fire) and goes through the
real detection step, exactly as ``mamori replay`` runs it. Scoring:

- recall = share of ``pos`` texts with any content indicator;
- FP = share of ``neg`` texts with a medium or high indicator;
- per code: texts expecting it that got it (tp), that did not (fn), and ``neg``
  texts that got it at medium/high (fp);
- the ``at_agent`` slice: recall on ``pos`` texts aimed at the agent.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Final

import orjson

from mamori.detect.step import DetectionStep
from mamori.domain.taxonomy import CONTENT_CATEGORIES
from mamori.tools.replay import replay

CONTENT_CODES: Final = frozenset(c.value for c in CONTENT_CATEGORIES)
_GOLD: Final = frozenset({"pos", "neg", "amb"})
#: A Wednesday morning, not a holiday: inside the default support hours.
_AT: Final = datetime(2026, 7, 1, 10, 0, tzinfo=timezone(timedelta(hours=9)))


class CorpusError(ValueError):
    """A line of a corpus or paraphrase file that cannot be scored (with its number)."""


@dataclass(frozen=True, slots=True)
class LabelledText:
    id: str
    text: str
    gold: str
    expect: tuple[str, ...]
    lang: str | None = None
    at_agent: bool | None = None
    register: str = ""
    looks_like: str = ""


def _codes(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(c, str) for c in value):
        raise CorpusError(f"{where}: codes must be a list of strings")
    unknown = sorted(set(value) - CONTENT_CODES)
    if unknown:
        raise CorpusError(f"{where}: unknown content codes {unknown}")
    return tuple(value)


def parse_corpus(lines: Iterable[bytes | str], name: str = "corpus") -> list[LabelledText]:
    """Records of a real corpus (``gold``/``expect``/``meta``)."""
    out: list[LabelledText] = []
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        where = f"{name}:{number}"
        obj = _object(raw, where)
        gold = obj.get("gold")
        if gold not in _GOLD:
            raise CorpusError(f"{where}: gold must be one of {sorted(_GOLD)}, got {gold!r}")
        meta = obj.get("meta") or {}
        at_agent = meta.get("at_agent") if isinstance(meta, dict) else None
        out.append(
            LabelledText(
                id=str(obj.get("id", number)),
                text=_text(obj, where),
                gold=gold,
                expect=_codes(obj.get("expect") or [], where),
                lang=obj.get("lang"),
                at_agent=at_agent if isinstance(at_agent, bool) else None,
            )
        )
    return out


def parse_paraphrases(
    lines: Iterable[bytes | str], name: str = "paraphrases"
) -> list[LabelledText]:
    """Records of a paraphrase set: positives (``codes``) and hard negatives (no codes)."""
    out: list[LabelledText] = []
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        where = f"{name}:{number}"
        obj = _object(raw, where)
        codes = _codes(obj.get("codes"), where)
        register = obj.get("register")
        if not isinstance(register, str) or not register:
            raise CorpusError(f"{where}: register must be a non-empty string")
        looks_like = obj.get("looks_like") or ""
        if looks_like and looks_like not in CONTENT_CODES:
            raise CorpusError(f"{where}: looks_like {looks_like!r} is not a content code")
        out.append(
            LabelledText(
                id=f"{name}-{number}",
                text=_text(obj, where),
                gold="pos" if codes else "neg",
                expect=codes,
                register=register,
                looks_like=str(looks_like),
            )
        )
    return out


def _object(raw: bytes | str, where: str) -> dict[str, Any]:
    try:
        obj = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise CorpusError(f"{where}: not JSON ({exc})") from exc
    if not isinstance(obj, dict):
        raise CorpusError(f"{where}: not a JSON object")
    return obj


def _text(obj: Mapping[str, Any], where: str) -> str:
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise CorpusError(f"{where}: text must be a non-empty string")
    return text


def contact_events(records: Sequence[LabelledText]) -> list[bytes]:
    """One inbound chat event per text, each of its own customer, inside support hours."""
    lines: list[bytes] = []
    for i, rec in enumerate(records):
        lines.append(
            orjson.dumps(
                {
                    "event_id": f"eval-{i}",
                    "occurred_at": (_AT + timedelta(seconds=i % 3600)).isoformat(),
                    "channel": "chat",
                    "direction": "inbound",
                    "customer_id": f"eval-customer-{i}",
                    "agent_id": None,
                    "text": rec.text,
                    "language": rec.lang if rec.lang in ("ja", "en") else None,
                }
            )
        )
    return lines


@dataclass(slots=True)
class Predictions:
    #: Record index → content code → highest severity rank (1 low, 2 medium, 3 high).
    codes: dict[int, dict[str, int]] = field(default_factory=dict)
    #: Record indexes the validation rejected (too long, …): nothing detected there.
    rejected: list[int] = field(default_factory=list)


_RANK: Final = {"low": 1, "medium": 2, "high": 3}


def detect(records: Sequence[LabelledText], step: DetectionStep) -> Predictions:
    """Run the real detection step (as ``mamori replay``) over the records."""
    result = replay(contact_events(records), step)
    out = Predictions(rejected=[number - 1 for number, _ in result.rejections])
    for ind in result.indicators:
        code = ind.category.value
        if code not in CONTENT_CODES:
            continue
        index = int(ind.event_ids[0].removeprefix("eval-"))
        seen = out.codes.setdefault(index, {})
        seen[code] = max(seen.get(code, 0), _RANK[ind.severity])
    return out


@dataclass(frozen=True, slots=True)
class CodeAgreement:
    code: str
    tp: int
    fn: int
    #: ``neg`` texts that got this code at medium or high.
    fp: int

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


@dataclass(frozen=True, slots=True)
class Rate:
    hits: int
    total: int

    @property
    def value(self) -> float | None:
        return self.hits / self.total if self.total else None

    def show(self, digits: int = 3) -> str:
        v = self.value
        return "—" if v is None else f"{v:.{digits}f} ({self.hits}/{self.total})"


@dataclass(frozen=True, slots=True)
class CorpusReport:
    name: str
    texts: int
    recall: Rate
    fp: Rate
    at_agent_recall: Rate
    codes: tuple[CodeAgreement, ...]
    ambiguous: int
    rejected: int
    #: register → recall over positive (text, code) pairs / FP on negatives of it.
    register_recall: dict[str, Rate] = field(default_factory=dict)
    register_fp: dict[str, Rate] = field(default_factory=dict)
    #: (code, register) → recall over that code's positives in that register.
    code_register_recall: dict[tuple[str, str], Rate] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "texts": self.texts,
            "recall": _rate(self.recall),
            "fp_medium_high": _rate(self.fp),
            "at_agent_recall": _rate(self.at_agent_recall),
            "ambiguous": self.ambiguous,
            "rejected": self.rejected,
            "codes": {
                c.code: {"tp": c.tp, "fn": c.fn, "fp": c.fp, "recall": c.recall} for c in self.codes
            },
            "register_recall": {k: _rate(v) for k, v in self.register_recall.items()},
            "register_fp": {k: _rate(v) for k, v in self.register_fp.items()},
            "code_register_recall": {
                f"{code}|{reg}": _rate(v) for (code, reg), v in self.code_register_recall.items()
            },
        }

    def as_markdown(self) -> str:
        lines = [
            f"### {self.name}",
            "",
            f"texts {self.texts} (ambiguous {self.ambiguous}, rejected {self.rejected}) — "
            f"recall on pos {self.recall.show()}, medium/high FP on neg {self.fp.show()}, "
            f"aimed-at-agent recall {self.at_agent_recall.show()}",
            "",
            "| code | expected | caught | recall | FP on neg (medium/high) |",
            "|---|---:|---:|---:|---:|",
        ]
        for c in self.codes:
            recall = "—" if c.recall is None else f"{c.recall:.3f}"
            lines.append(f"| `{c.code}` | {c.tp + c.fn} | {c.tp} | {recall} | {c.fp} |")
        if self.register_recall or self.register_fp:
            lines += [
                "",
                "| register | recall (text × code) | FP on look-alikes |",
                "|---|---:|---:|",
            ]
            for reg in sorted(set(self.register_recall) | set(self.register_fp)):
                recall_s = self.register_recall.get(reg, Rate(0, 0)).show()
                fp_s = self.register_fp.get(reg, Rate(0, 0)).show()
                lines.append(f"| {reg} | {recall_s} | {fp_s} |")
        if self.code_register_recall:
            registers = sorted({reg for _, reg in self.code_register_recall})
            lines += [
                "",
                "| code \\ register | " + " | ".join(registers) + " |",
                "|---|" + "---:|" * len(registers),
            ]
            for code in sorted({code for code, _ in self.code_register_recall}):
                cells = []
                for reg in registers:
                    rate = self.code_register_recall.get((code, reg))
                    cells.append(
                        "" if rate is None or rate.value is None else f"{rate.hits}/{rate.total}"
                    )
                lines.append(f"| `{code}` | " + " | ".join(cells) + " |")
        return "\n".join(lines)


def _rate(rate: Rate) -> dict[str, Any]:
    return {"value": rate.value, "hits": rate.hits, "total": rate.total}


def score(name: str, records: Sequence[LabelledText], predicted: Predictions) -> CorpusReport:
    """Recall, FP, per-code agreement, the aimed-at-agent slice and per-register figures."""
    pos = neg = caught = flagged = agent_pos = agent_caught = amb = 0
    tp: dict[str, int] = defaultdict(int)
    fn: dict[str, int] = defaultdict(int)
    fp: dict[str, int] = defaultdict(int)
    reg_hits: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    reg_fp: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    code_reg: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for i, rec in enumerate(records):
        got = predicted.codes.get(i, {})
        if rec.gold == "amb":
            amb += 1
            continue
        if rec.gold == "pos":
            pos += 1
            caught += bool(got)
            if rec.at_agent:
                agent_pos += 1
                agent_caught += bool(got)
            for code in rec.expect:
                hit = code in got
                tp[code] += hit
                fn[code] += not hit
                if rec.register:
                    reg_hits[rec.register][0] += hit
                    reg_hits[rec.register][1] += 1
                    code_reg[(code, rec.register)][0] += hit
                    code_reg[(code, rec.register)][1] += 1
        else:
            neg += 1
            serious = [code for code, rank in got.items() if rank >= 2]
            flagged += bool(serious)
            for code in serious:
                fp[code] += 1
            if rec.register:
                reg_fp[rec.register][0] += bool(serious)
                reg_fp[rec.register][1] += 1
    codes = tuple(
        CodeAgreement(code, tp[code], fn[code], fp[code])
        for code in (c.value for c in CONTENT_CATEGORIES)
        if tp[code] or fn[code] or fp[code]
    )
    return CorpusReport(
        name=name,
        texts=len(records),
        recall=Rate(caught, pos),
        fp=Rate(flagged, neg),
        at_agent_recall=Rate(agent_caught, agent_pos),
        codes=codes,
        ambiguous=amb,
        rejected=len(predicted.rejected),
        register_recall={k: Rate(*v) for k, v in sorted(reg_hits.items())},
        register_fp={k: Rate(*v) for k, v in sorted(reg_fp.items())},
        code_register_recall={k: Rate(*v) for k, v in sorted(code_reg.items())},
    )


def evaluate_file(path: Path, step: DetectionStep, *, paraphrases: bool = False) -> CorpusReport:
    """Parse, detect and score one file."""
    with path.open("rb") as fh:
        lines = fh.read().splitlines()
    parse = parse_paraphrases if paraphrases else parse_corpus
    records = parse(lines, path.name)
    return score(path.name, records, detect(records, step))

"""Corpus regression guard: content detection on the real development corpora in
``<repo>/../shared/data/real`` (public, labelled text nobody on this project wrote;
sources and licences in that folder's README) must not fall below today's figures.

The floors sit just below what was measured after merging the word-level content
detection (``detect-morph``) with the state work (``detect-state``) on 2026-12-02 with
``mamori evaluate --corpus FILE`` (measured value in each comment).
Raise them whenever detection improves — never lower them to make a change pass.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

import pytest

from mamori.detect.step import DetectionStep, build_engine, limits_from
from mamori.settings import Settings
from mamori.tools.corpus_eval import CorpusReport, evaluate_file

REAL: Final = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "real"

# en_convabuse_trainvalid.jsonl — measured 2026-12-02 (English fourth pass): recall
# 0.909 (399/439), aimed-at-agent recall 0.920 (381/414), medium/high FP 0.0092 (18/1949).
# Raised 2026-12-05 (eleventh session), measured: recall 0.973 (427/439), aimed at the
# agent 0.978 (405/414), FP 0.0077 (15/1949).
CONVABUSE_RECALL_FLOOR: Final = 0.965
CONVABUSE_AT_AGENT_RECALL_FLOOR: Final = 0.97
CONVABUSE_FP_CEILING: Final = 0.009
# ja_inspection.jsonl — measured 2026-12-02 (seventh pass, ja): recall 0.761 (51/67),
# FP 0.0 (0/351).
INSPECTION_RECALL_FLOOR: Final = 0.76
INSPECTION_FP_CEILING: Final = 0.009
# ja_asdc_customer.jsonl (all benign) — measured 2026-12-02: FP 0.0010 (1/1051); the
# ceiling lowered 2026-12-05 to that one text (0 measured after the eleventh session).
ASDC_FP_CEILING: Final = 0.001

#: file → (recall floor, aimed-at-agent recall floor, FP ceiling); None = not applicable.
FLOORS: Final[dict[str, tuple[float | None, float | None, float]]] = {
    "en_convabuse_trainvalid.jsonl": (
        CONVABUSE_RECALL_FLOOR,
        CONVABUSE_AT_AGENT_RECALL_FLOOR,
        CONVABUSE_FP_CEILING,
    ),
    "ja_inspection.jsonl": (INSPECTION_RECALL_FLOOR, None, INSPECTION_FP_CEILING),
    "ja_asdc_customer.jsonl": (None, None, ASDC_FP_CEILING),
}


@pytest.fixture(scope="module")
def step() -> DetectionStep:
    settings = Settings(
        pseudonym_key="7d2e9a1c4b6f8e0d3a5c7b9e1f2d4a6c8b0e3f5a7d9c1b2e4f6a8d0c3e5b7a9f"
    )  # type: ignore[arg-type]
    return DetectionStep(build_engine(settings), limits_from(settings))


def _files() -> list[Path]:
    return sorted(REAL.glob("*.jsonl")) if REAL.is_dir() else []


@pytest.mark.skipif(
    not REAL.is_dir(),
    reason=f"real development corpora not present at {REAL} (clone next to shared/)",
)
def test_every_known_corpus_is_present() -> None:
    missing = sorted(set(FLOORS) - {p.name for p in _files()})
    assert not missing, f"corpora with floors but no file in {REAL}: {missing}"


@pytest.mark.skipif(
    not REAL.is_dir(),
    reason=f"real development corpora not present at {REAL} (clone next to shared/)",
)
@pytest.mark.parametrize("path", _files(), ids=lambda p: p.name)
def test_corpus_stays_above_its_floors(path: Path, step: DetectionStep) -> None:
    report: CorpusReport = evaluate_file(path, step)
    assert report.rejected == 0, "every corpus text must reach the detector"
    recall_floor, agent_floor, fp_ceiling = FLOORS.get(path.name, (None, None, 1.0))
    figures = report.as_markdown()
    if recall_floor is not None:
        assert report.recall.value is not None and report.recall.value >= recall_floor, figures
    if agent_floor is not None:
        value = report.at_agent_recall.value
        assert value is not None and value >= agent_floor, figures
    fp = report.fp.value
    assert fp is None or fp <= fp_ceiling, figures

"""Regression guard: detection on a labelled stream written blind in another style
(``tests/data/other_style_stream``, README there). Floors sit just below the figures
measured with ``mamori evaluate``; raise them when detection improves, never lower them
to make a change pass."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Final

import pytest

from mamori.detect.step import DetectionStep, build_engine, limits_from
from mamori.settings import Settings
from mamori.tools.evaluate import Report, event_customers, score, with_source_ids
from mamori.tools.replay import read_lines, replay

GENERATOR: Final = Path(__file__).parents[2] / "data" / "other_style_stream" / "gen.py"

# Blind, 2026-12-03 on main c7b8bbe: macro-F1 0.713; legit 0/50; normal 6/520.
# After the third stop's passes (main after ja-roles, 15:00 UTC): macro-F1 0.927;
# legit 0/50; normal 0/520.
MACRO_F1_FLOOR: Final = 0.92
NORMAL_FP_CEILING: Final = 0.002
#: Codes at F1 1.000 when measured.
PERFECT: Final = (
    "sexual_harassment",
    "privacy_intrusion",
    "staff_naming",
    "repetition",
    "off_hours_contact",
    "contact_flood",
    "prolonged_contact",
)


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Report:
    out = tmp_path_factory.mktemp("other_style")
    subprocess.run(
        [sys.executable, str(GENERATOR), str(out)], check=True, stdout=subprocess.DEVNULL
    )
    settings = Settings(
        pseudonym_key="7d2e9a1c4b6f8e0d3a5c7b9e1f2d4a6c8b0e3f5a7d9c1b2e4f6a8d0c3e5b7a9f"
    )  # type: ignore[arg-type]
    step = DetectionStep(build_engine(settings), limits_from(settings))
    events = out / "events.jsonl"
    indicators = [i.to_wire() for i in replay(read_lines(events), step).indicators]
    return score(
        with_source_ids(indicators, read_lines(events), step.engine.pseudo.event_id),
        event_customers(read_lines(events)),
        json.loads((out / "labels.json").read_text("utf-8")),
    )


def test_macro_f1_stays_above_its_floor(report: Report) -> None:
    assert report.macro_f1 >= MACRO_F1_FLOOR, report.as_markdown()


def test_no_legitimate_complainer_and_few_normal_customers_flagged(report: Report) -> None:
    assert report.legit_flagged == 0, report.as_markdown()
    assert report.fp_rate_normal <= NORMAL_FP_CEILING, report.as_markdown()


@pytest.mark.parametrize("code", PERFECT)
def test_codes_measured_perfect_stay_perfect(report: Report, code: str) -> None:
    (found,) = [c for c in report.codes if c.code == code]
    assert found.f1 == 1.0, report.as_markdown()

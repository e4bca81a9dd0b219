"""Japanese detection, last pass (docs/quality.md): a legal noun used as the
modifier of a compound about risk or handling (訴訟リスク, 訴訟対応) names a
business concern, not an action the writer threatens. Each with the sentences
that must still count.

Written for these tests, not taken from a corpus.
"""

from __future__ import annotations

import pytest

from mamori.detect.content import LexiconDetector
from unit.detect.support import serious


# ------------------------------------------ 訴訟 as the modifier of a risk/handling compound
@pytest.mark.parametrize(
    "text",
    [
        "訴訟リスクについて社内で検討中です。契約書の写しをお送りいただけますか",
        "弊社でも訴訟リスクを洗い出しているところです",
        "うちも訴訟対応で手一杯でさ、見積もりちょっと待ってもらえる？",
        "裁判対応の資料をまとめていただけますか",
        "法的リスクがないか法務で確認してから折り返します",
    ],
)
def test_legal_risk_compound_is_no_threat(detector: LexiconDetector, text: str) -> None:
    assert "legal_threat" not in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "訴訟を起こします",
        "このまま放っとくんやったら訴訟起こすで",
        "訴訟を起こす準備はもうできてますので",
        "訴訟リスクとか知らんわ、訴えたるからな",
        "裁判するぞ",
    ],
)
def test_lawsuit_threat_still_counts(detector: LexiconDetector, text: str) -> None:
    assert "legal_threat" in serious(detector, text), text

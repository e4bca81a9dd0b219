"""A blind stream's stateful misses, fixed by mechanism (docs/stateful-detection.md).
Every sentence here is written for these tests, none is a stream's line.

- repetition: a demand restated in other words counts over 7 days by default (the
  back-test of 14 days flagged a legitimate complainer), `restated_window_days` widens
  it for back-testing;
- repetition: money given back (払い戻し, 返金, 還付, refund, reimbursement, money back)
  and money paid in (入金, 振込, 着金) are each one content word, so a refund chased in
  other words each time is the same demand; a second question about a refund (its
  form, the shipping cost) or about a bank transfer stays apart.
"""

from __future__ import annotations

import itertools
from datetime import timedelta

import pytest

from mamori.detect.config import DetectionConfig, RepetitionConfig
from mamori.detect.engine import DetectionEngine
from mamori.detect.gist import gist, restates
from mamori.domain.pseudonym import Pseudonymizer
from unit.detect.test_repetition import START, StubAnalyser, engine, ev, repetitions

#: One refund chased four times, each telling in other words and (after the first)
#: with a repetition marker; no two tellings share more than one word without the class.
REFUND_JA = (
    "解約した月の払い戻しは、いつ入金されますか。",
    "何度もすみません、返金はいつ振り込んでもらえますか。",
    "前にも聞きましたが、払戻の着金日はいつでしょう",
    "改めてお尋ねします。返金の振込日、決まりましたか？",
)
REFUND_EN = (
    "I want my money back for the tickets.",
    "Again: refund the tickets.",
    "As I said, the tickets need reimbursing. Reimbursement for the tickets, please.",
    "How many times - tickets refunded, when?",
)


@pytest.mark.parametrize("texts", [REFUND_JA, REFUND_EN], ids=["ja", "en"])
def test_a_refund_chased_in_other_words_is_one_demand(texts: tuple[str, ...]) -> None:
    for a, b in itertools.combinations(texts, 2):
        assert restates(gist(a), gist(b)), (a, b)


def test_other_questions_about_a_refund_or_a_transfer_stay_apart() -> None:
    # Only "refund" in common: a second question, not the same demand again.
    form = gist("また聞きますが、返金の申請書類はどこで入手できますか")
    assert not restates(form, gist("前にも言いましたが、送料の返金をお願いします"))
    assert not restates(
        gist("Again, where is the refund request form?"),
        gist("As I said, refund the delivery charge to my card"),
    )
    # Goods sent back (返品) and a reply (返信) are no refund.
    assert not restates(gist("前にも言ったけど、靴を返品したい"), gist("靴を返金してほしい"))
    assert not set(gist("靴の返信はまだ？").words) & set(gist("返金").words)


@pytest.mark.parametrize("texts", [REFUND_JA, REFUND_EN], ids=["ja", "en"])
def test_a_refund_chased_in_other_words_is_repetition(texts: tuple[str, ...]) -> None:
    events = [ev(i, START + timedelta(hours=40 * i), t) for i, t in enumerate(texts)]
    reps = repetitions(engine(cue=True, pressed=False), events)
    assert [(r.severity, r.event_ids) for r in reps] == [("medium", ("r0", "r1", "r2", "r3"))]


def test_the_restated_window_is_a_week_unless_widened() -> None:
    # Four tellings of one refund over twelve days: the first is 12 days before the
    # last. By default a rewording counts over 7 days (a 14-day window flagged a
    # legitimate complainer of a blind stream); `restated_window_days` widens it for
    # back-testing, never beyond the copy window.
    events = [ev(i, START + timedelta(days=4 * i), t) for i, t in enumerate(REFUND_JA)]
    assert repetitions(engine(cue=True, pressed=False), events) == []
    wide = DetectionEngine(
        DetectionConfig(repetition=RepetitionConfig(same_kind=False, restated_window_days=14)),
        StubAnalyser(True, False),
        Pseudonymizer(b"r" * 32),
    )
    reps = repetitions(wide, events)
    assert [(r.severity, r.event_ids) for r in reps] == [("medium", ("r0", "r1", "r2", "r3"))]

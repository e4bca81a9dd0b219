"""Repetition defects, independent of wording (issue 10, mechanism 11).

Every test gives explicit event times (time is data, never the wall clock). The
content side is a stub that behaves like the real detector's contract: its
``customer_text`` holds the subject and the body, and it recognises no demand
cue at all, so repetition must come from the messages themselves.
"""

from __future__ import annotations

import itertools
import random
import unicodedata
from datetime import UTC, datetime, timedelta, timezone

from mamori.detect.base import TextAnalysis
from mamori.detect.config import DetectionConfig
from mamori.detect.engine import DetectionEngine
from mamori.detect.sketch import body_sketch, similar_at_least, similarity
from mamori.detect.state import CustomerState
from mamori.domain.contract import ContactEvent, IndicatorEvent
from mamori.domain.pseudonym import Pseudonymizer

JST = timezone(timedelta(hours=9))
NOW = datetime(2026, 11, 1, tzinfo=UTC)
START = datetime(2026, 7, 6, 10, 0, tzinfo=JST)  # a Monday inside support hours


class StubAnalyser:
    """No content hits; customer_text = subject + body (as the real detector's).

    ``cue`` says whether every message carries a listed demand cue: the test of
    defect (a) has none; the others have one, so each fails for its own defect.
    """

    name = "stub@test"

    def __init__(self, cue: bool) -> None:
        self.cue = cue

    def analyse(self, subject: str | None, text: str | None, channel: str) -> TextAnalysis:
        joined = "\n".join(p for p in (subject, text) if p)
        body = unicodedata.normalize("NFKC", joined).lower()
        return TextAnalysis(hits=(), customer_text=body, is_demand=self.cue, is_urgent=False)


def engine(cue: bool = True) -> DetectionEngine:
    return DetectionEngine(DetectionConfig(), StubAnalyser(cue), Pseudonymizer(b"r" * 32))


def ev(n: int, at: datetime, text: str, subject: str | None = None) -> ContactEvent:
    return ContactEvent(
        event_id=f"r{n}",
        occurred_at=at,
        channel="web_form" if subject else "email",
        direction="inbound",
        customer_id="cus-rep",
        agent_id=None,
        subject=subject,
        text=text,
    )


def repetitions(eng: DetectionEngine, events: list[ContactEvent]) -> list[IndicatorEvent]:
    state: CustomerState | None = None
    out: list[IndicatorEvent] = []
    for e in events:
        det = eng.process(e, state, NOW)
        state = CustomerState.from_bytes(det.state.to_bytes())
        out.extend(i for i in det.indicators if i.category.value == "repetition")
    return out


#: Unrelated questions (no two are near-duplicates).
OTHERS = (
    "ポイントの有効期限を確認したいです",
    "請求書の宛名を会社名に変えてもらえますか",
    "次回の配送日を土曜日に変更できますか",
    "領収書を再発行してほしいのですが可能でしょうか",
    "会員登録のメールアドレスを変更したい",
    "店舗の営業時間と駐車場の有無を教えてください",
    "ギフト包装は何円かかりますか",
    "定期便を一回だけお休みすることはできますか",
    "クレジットカードの登録を削除したいのですが",
    "保証書をなくしてしまいました、修理は受けられますか",
    "アプリにログインできなくなりました",
    "カタログを郵送で送ってもらうことは可能ですか",
)
SAME = "先月注文した冷蔵庫がまだ届かないので配送状況を確認して連絡してほしい"


def test_near_duplicates_count_without_any_demand_cue() -> None:
    # (a) Four near-identical messages in four days; no listed demand cue in them.
    texts = [SAME, SAME + "。", "再送：" + SAME, SAME + "！"]
    events = [ev(i, START + timedelta(days=i), t) for i, t in enumerate(texts)]
    reps = repetitions(engine(cue=False), events)
    assert [(r.severity, len(r.event_ids)) for r in reps] == [("medium", 4)]


def test_distinct_messages_without_cue_are_not_repetition() -> None:
    texts = [
        "ポイントの有効期限を確認したいです",
        "請求書の宛名を会社名に変えてもらえますか",
        "次回の配送日を土曜日に変更できますか",
        "領収書を再発行してほしいのですが可能でしょうか",
        "会員登録のメールアドレスを変更したい",
    ]
    events = [ev(i, START + timedelta(hours=3 * i), t) for i, t in enumerate(texts)]
    assert repetitions(engine(cue=False), events) == []


def test_only_the_body_is_sketched_not_the_form_title() -> None:
    # (b) Five different questions sent through the same web form: the long form
    # title is identical, the bodies are not. Not repetition.
    title = "【お問い合わせフォーム】商品・配送・お支払いに関するご質問受付窓口"
    bodies = [
        "ポイントの有効期限を確認したいです",
        "請求書の宛名を会社名に変えてもらえますか",
        "次回の配送日を土曜日に変更できますか",
        "領収書を再発行してほしいのですが可能でしょうか",
        "会員登録のメールアドレスを変更したい",
    ]
    events = [ev(i, START + timedelta(hours=3 * i), b, subject=title) for i, b in enumerate(bodies)]
    assert repetitions(engine(), events) == []
    # The same body under varying titles is still the same message.
    events = [
        ev(10 + i, START + timedelta(hours=3 * i), SAME, subject=f"件名{i}：至急のご確認{i}")
        for i in range(4)
    ]
    assert [r.severity for r in repetitions(engine(), events)] == ["medium"]


def test_a_level_reached_by_a_jump_is_not_skipped() -> None:
    # (c) Near-duplicate similarity is not transitive: m4 resembles none of m1-m3,
    # m5 resembles all four. The count of m5's group jumps from 3 to 5: the medium
    # level (4) was never emitted and must be, on m5.
    m = [
        SAME,
        SAME + "よろしく",
        "再送" + SAME,
        SAME[:18] + "ところで店舗の営業時間と駐車場の有無も教えてください",
        SAME + "ところで店舗の営業時間",
    ]
    sk = [body_sketch(t) for t in m]
    threshold = DetectionConfig().repetition.similarity
    # Preconditions of the scenario, checked on the real sketches.
    assert all(
        similarity(sk[a], sk[b]) >= threshold for a, b in itertools.combinations(range(3), 2)
    )
    assert all(similarity(sk[3], sk[i]) < threshold for i in range(3))
    assert all(similarity(sk[4], sk[i]) >= threshold for i in range(4))
    events = [ev(i, START + timedelta(hours=6 * i), t) for i, t in enumerate(m)]
    reps = repetitions(engine(), events)
    assert [(r.severity, r.event_ids[-1]) for r in reps] == [("medium", "r4")]


def test_a_level_is_emitted_once_per_episode() -> None:
    # After medium was emitted, further copies below the high level add nothing,
    # and high comes exactly once.
    events = [ev(i, START + timedelta(hours=4 * i), SAME + "。" * (i % 3)) for i in range(10)]
    reps = repetitions(engine(), events)
    assert [r.severity for r in reps] == ["medium", "high"]
    assert len({r.indicator_id for r in reps}) == 2


def test_more_messages_than_the_state_bound_do_not_silence_repetition() -> None:
    # (d) Eight different messages, then four copies of one demand inside the window.
    # The count bound (max_demands) dropped the oldest entries: today the guard then
    # suppresses repetition for as long as the activity lasts.
    bound = DetectionConfig().state.max_demands
    distinct = [ev(i, START + timedelta(hours=i), OTHERS[i]) for i in range(bound)]
    copies = [ev(100 + i, START + timedelta(days=1, hours=i), SAME) for i in range(4)]
    reps = repetitions(engine(), distinct + copies)
    assert [(r.severity, len(r.event_ids)) for r in reps] == [("medium", 4)]


def test_unrelated_messages_do_not_evict_a_growing_episode() -> None:
    # (d) Three copies, then more unrelated messages than the bound, then a fourth
    # copy, all within the seven-day window: still the same demand four times.
    bound = DetectionConfig().state.max_demands
    first = [ev(i, START + timedelta(hours=i), SAME) for i in range(3)]
    other = [ev(10 + i, START + timedelta(days=1, hours=i), OTHERS[i]) for i in range(bound + 2)]
    last = [ev(99, START + timedelta(days=3), SAME + "。")]
    reps = repetitions(engine(), first + other + last)
    assert [(r.severity, r.event_ids[-1]) for r in reps] == [("medium", "r99")]


def test_redelivery_of_the_whole_sequence_adds_nothing() -> None:
    events = [ev(i, START + timedelta(hours=4 * i), SAME + "。" * (i % 3)) for i in range(10)]
    events += [ev(50 + i, START + timedelta(hours=1 + 4 * i), OTHERS[i]) for i in range(10)]
    events.sort(key=lambda e: e.ts)
    once = {r.indicator_id for r in repetitions(engine(), events)}
    twice = {r.indicator_id for r in repetitions(engine(), events + events)}
    partial = {r.indicator_id for r in repetitions(engine(), events[:15] + events[5:])}
    assert once and twice == once and partial == once


def _bottom_k_reference(a: tuple[int, ...], b: tuple[int, ...], k: int = 12) -> float:
    """The bottom-k Jaccard estimate as defined: of the k smallest hashes of the union,
    the share held by both sketches."""
    if not a or not b:
        return 0.0
    union_bottom = sorted(set(a) | set(b))[:k]
    return sum(1 for h in union_bottom if h in a and h in b) / len(union_bottom)


def test_similarity_equals_the_bottom_k_definition() -> None:
    # similarity() takes shortcuts (disjoint sketches, small unions); the estimate it
    # returns must stay exactly the definition's, or repetition levels would move.
    rng = random.Random(20261202)
    for _ in range(20_000):
        pool = range(rng.randint(1, 60))
        a = tuple(sorted(rng.sample(pool, rng.randint(0, min(12, len(pool))))))
        b = tuple(sorted(rng.sample(pool, rng.randint(0, min(12, len(pool))))))
        assert similarity(a, b) == _bottom_k_reference(a, b), (a, b)


def test_similar_agrees_with_similarity_at_every_threshold() -> None:
    # similar_at_least() rejects by a bound before estimating; its answer must be exactly the
    # comparison of the estimate with the threshold, or repetition levels would move.
    rng = random.Random(20261203)
    for _ in range(20_000):
        pool = range(rng.randint(1, 40))
        a = tuple(sorted(rng.sample(pool, rng.randint(1, min(12, len(pool))))))
        b = tuple(sorted(rng.sample(pool, rng.randint(0, min(12, len(pool))))))
        threshold = rng.choice((0.05, 1 / 12, 0.25, 1 / 3, 0.5, 7 / 12, 0.75, 1.0))
        assert similar_at_least(set(a), b, threshold) == (similarity(a, b) >= threshold), (a, b)

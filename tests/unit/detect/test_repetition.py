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

import orjson
import pytest

from mamori.detect.base import ContentHit, TextAnalysis
from mamori.detect.config import DetectionConfig, RepetitionConfig
from mamori.detect.engine import DetectionEngine
from mamori.detect.gist import NO_GIST, gist, restates
from mamori.detect.sketch import body_sketch, similar_at_least, similarity
from mamori.detect.state import CustomerState
from mamori.domain.contract import ContactEvent, IndicatorEvent
from mamori.domain.pseudonym import Pseudonymizer
from mamori.domain.taxonomy import Category

JST = timezone(timedelta(hours=9))
NOW = datetime(2026, 11, 1, tzinfo=UTC)
START = datetime(2026, 7, 6, 10, 0, tzinfo=JST)  # a Monday inside support hours


class StubAnalyser:
    """customer_text = subject + body (as the real detector's).

    ``cue`` says whether every message carries a listed demand cue: the test of
    defect (a) has none; the others have one, so each fails for its own defect.
    ``pressed`` gives every message one medium content hit (an unreasonable demand).
    With neither, a message is a grievance with no demand in it: its repetition is a
    level lower.
    """

    name = "stub@test"

    def __init__(self, cue: bool, pressed: bool) -> None:
        self.cue = cue
        self.hits = (PRESSED,) if pressed else ()

    def analyse(self, subject: str | None, text: str | None, channel: str) -> TextAnalysis:
        joined = "\n".join(p for p in (subject, text) if p)
        body = unicodedata.normalize("NFKC", joined).lower()
        return TextAnalysis(hits=self.hits, customer_text=body, is_demand=self.cue, is_urgent=False)


PRESSED = ContentHit(
    category=Category.EXCESSIVE_DEMAND, severity="medium", score=0.7, evidence="…", rule="stub"
)


def engine(cue: bool = True, pressed: bool = True) -> DetectionEngine:
    # The stub gives every message the same medium demand: the same kind of demand
    # would join them all (test_same_kind_of_demand.py); these tests are about copies
    # and marked rewordings.
    config = DetectionConfig(repetition=RepetitionConfig(same_kind=False))
    return DetectionEngine(config, StubAnalyser(cue, pressed), Pseudonymizer(b"r" * 32))


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


def test_a_grievance_asked_again_is_a_level_lower_never_below_low() -> None:
    # A fault still unfixed, written again and again with no demand in it (no demand
    # cue, no content indicator at medium or above): low, for review — medium at the
    # high count. The same messages asking for something, or pressing an unreasonable
    # demand, keep medium, then high.
    texts = [SAME + "。" * (i % 3) for i in range(7)]
    events = [ev(i, START + timedelta(hours=7 * i), t) for i, t in enumerate(texts)]
    assert [
        (r.severity, len(r.event_ids))
        for r in repetitions(engine(cue=False, pressed=False), events)
    ] == [
        ("low", 4),
        ("medium", 7),
    ]
    for asked in (engine(cue=True, pressed=False), engine(cue=False, pressed=True)):
        assert [(r.severity, len(r.event_ids)) for r in repetitions(asked, events)] == [
            ("medium", 4),
            ("high", 7),
        ]


def test_distinct_messages_without_cue_are_not_repetition() -> None:
    texts = [
        "ポイントの有効期限を確認したいです",
        "請求書の宛名を会社名に変えてもらえますか",
        "次回の配送日を土曜日に変更できますか",
        "領収書を再発行してほしいのですが可能でしょうか",
        "会員登録のメールアドレスを変更したい",
    ]
    events = [ev(i, START + timedelta(hours=3 * i), t) for i, t in enumerate(texts)]
    # Ordinary questions: no content indicator (five messages each pressing one kind of
    # demand would be that demand again — test_same_kind_of_demand.py).
    assert repetitions(engine(cue=False, pressed=False), events) == []


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


# ---------------------------------------------------------------- the same demand, reworded
#: One demand, reworded every time; each follow-up says, in its own way, that it repeats
#: itself. Trigrams see little in common between them.
REWORDED_JA = (
    "先週注文したソファの配送日を土曜日に変えてください",
    "何度も言っていますが、ソファの配送は土曜日にしてください",
    "前にもお願いしました。ソファ、土曜日の配送に変更で",
    "改めて。ソファの配送日、土曜日への変更はまだですか",
    "土曜日にソファを配送してって言ったよね？",
)
REWORDED_EN = (
    "Could you put the refund for the broken blender back on my credit card?",
    "As I said, the blender refund goes back on my credit card.",
    "refund. blender. credit card. how many times",
    "Per my last message: the blender refund, to my credit card please",
    "I already asked - blender refund on the credit card!!",
)


def _trigram_group(texts: tuple[str, ...]) -> int:
    """The largest count (a message and the earlier ones it is near-identical to)
    that trigram sketches alone give."""
    sk = [body_sketch(t) for t in texts]
    threshold = DetectionConfig().repetition.similarity
    return max(
        1 + sum(1 for j in range(i) if similarity(sk[i], sk[j]) >= threshold)
        for i in range(len(sk))
    )


@pytest.mark.parametrize("texts", [REWORDED_JA, REWORDED_EN], ids=["ja", "en"])
def test_the_same_demand_reworded_is_repetition(texts: tuple[str, ...]) -> None:
    assert _trigram_group(texts) < 4  # precondition: not the same message again
    events = [ev(i, START + timedelta(hours=9 * i), t) for i, t in enumerate(texts)]
    reps = repetitions(engine(cue=False), events)
    assert [(r.severity, r.event_ids) for r in reps] == [("medium", ("r0", "r1", "r2", "r3"))]


def test_reworded_repetition_can_be_switched_off() -> None:
    config = DetectionConfig.model_validate({"repetition": {"reworded": False, "same_kind": False}})
    eng = DetectionEngine(config, StubAnalyser(cue=False, pressed=True), Pseudonymizer(b"r" * 32))
    events = [ev(i, START + timedelta(hours=9 * i), t) for i, t in enumerate(REWORDED_JA)]
    assert repetitions(eng, events) == []


def test_follow_ups_of_a_complaint_are_not_repetition() -> None:
    # A complaint, two follow-ups that say so, and thanks: a legitimate complainer.
    texts = (
        "届いたソファの脚が折れていました。交換をお願いします",
        "改めて連絡します。ソファの交換品の発送日を教えてください",
        "何度もすみません、ソファの交換の件、発送日はまだ決まりませんか",
        "ソファの交換品が届きました。ありがとうございました",
    )
    events = [ev(i, START + timedelta(hours=20 * i), t) for i, t in enumerate(texts)]
    assert repetitions(engine(cue=False), events) == []


def test_different_requests_about_one_order_are_not_repetition() -> None:
    # Five different things asked about one order, most saying "again": the item and
    # the order number are shared, the demand is not.
    texts = (
        "ORD-5518203 the blender will not switch on.",
        "Again about ORD-5518203 - can you send a new manual for the blender?",
        "As I said, how long is the warranty on the blender?",
        "Following up: I need an invoice for the blender addressed to my company.",
        "Once more: does the blender jar go in the dishwasher?",
    )
    events = [ev(i, START + timedelta(hours=5 * i), t) for i, t in enumerate(texts)]
    assert repetitions(engine(cue=False), events) == []


# ---------------------------------------------------------------- state compatibility
#: A state as format 4 (the previous release) stored it: three copies of SAME (r0-r2),
#: five hours apart, from START; demands without a gist.
FORMAT_4 = (
    b'[4,1783335600,[[1783299600,"r0"],[1783317600,"r1"],[1783335600,"r2"]],'
    b'[[1783299600,"r0","BM4Wvgd5nkcV5YkFGA2oSScUnzs5o/++PfA3Ej7MbiM/468WR48mWU3cEKhVxuEp",0,2,"r0"],'
    b'[1783317600,"r1","BM4Wvgd5nkcV5YkFGA2oSScUnzs5o/++PfA3Ej7MbiM/468WR48mWU3cEKhVxuEp",0,2,"r0"],'
    b'[1783335600,"r2","BM4Wvgd5nkcV5YkFGA2oSScUnzs5o/++PfA3Ej7MbiM/468WR48mWU3cEKhVxuEp",0,2,"r0"]],'
    b'[[1783335600,"r2",0]],0,[],0.0,1783335600,0,[],0.0,0,0,0,0,0,'
    b'[[1783299600,1783299600,"r0"],[1783317600,1783317600,"r1"],[1783335600,1783335600,"r2"]]]'
)


def test_a_format_4_state_is_read_and_still_counts_copies() -> None:
    state = CustomerState.from_bytes(FORMAT_4)
    assert [d.event_id for d in state.demands] == ["r0", "r1", "r2"]
    assert all(d.gist == NO_GIST and d.sketch == body_sketch(SAME) for d in state.demands)
    det = engine().process(ev(3, START + timedelta(hours=15), SAME + "。"), state, NOW)
    reps = [i for i in det.indicators if i.category.value == "repetition"]
    assert [(r.severity, r.event_ids) for r in reps] == [("medium", ("r0", "r1", "r2", "r3"))]
    # Written back in the current format, with the new message's gist.
    again = CustomerState.from_bytes(det.state.to_bytes())
    assert again == det.state and again.demands[-1].gist == gist(SAME + "。")
    assert orjson.loads(det.state.to_bytes())[0] == 8


def test_messages_stored_without_a_gist_match_by_trigrams_only() -> None:
    # A rewording (with a marker) of the messages a format-4 state holds: they have no
    # gist, so it is not counted with them; it is remembered with its own.
    rewording = "前にも書いたけど、冷蔵庫の配送状況を確認して連絡して"
    assert similarity(body_sketch(rewording), body_sketch(SAME)) < 0.5
    assert restates(gist(rewording), gist(SAME))  # what a format-5 state would count
    state = CustomerState.from_bytes(FORMAT_4)
    det = engine().process(ev(3, START + timedelta(hours=15), rewording), state, NOW)
    assert [i for i in det.indicators if i.category.value == "repetition"] == []
    assert det.state.demands[-1].gist == gist(rewording)


def test_gists_survive_the_state_round_trip() -> None:
    eng = engine(cue=False)
    state: CustomerState | None = None
    for i, text in enumerate(REWORDED_JA[:3]):
        state = eng.process(ev(i, START + timedelta(hours=i), text), state, NOW).state
    assert state is not None
    assert all(d.gist.words for d in state.demands) and state.demands[1].gist.restated
    assert CustomerState.from_bytes(state.to_bytes()) == state


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


#: One demand — this item free of charge — asked four times in a week, the item one
#: word and "free" said differently each time (each with a repetition marker).
FREE_REWORDED_JA = (
    "送料を無料にしてください。",
    "前にも言ったけど送料タダにして",
    "何回言わせるの、送料0円で",
    "改めて、送料ゼロでお願い",
)
FREE_REWORDED_EN = (
    "I want shipping free of charge on this one.",
    "Again: waive the shipping.",
    "As I said, shipping at no cost!!",
    "How many times - complimentary shipping",
)


@pytest.mark.parametrize("texts", [FREE_REWORDED_JA, FREE_REWORDED_EN], ids=["ja", "en"])
def test_free_of_charge_asked_again_in_other_words_is_repetition(texts: tuple[str, ...]) -> None:
    events = [ev(i, START + timedelta(hours=30 * i), t) for i, t in enumerate(texts)]
    reps = repetitions(engine(cue=False), events)
    assert [(r.severity, r.event_ids) for r in reps] == [("medium", ("r0", "r1", "r2", "r3"))]


def test_a_follow_up_letter_in_other_forms_is_repetition() -> None:
    # The follow-up forms of formal and Indian English letters: "the third time",
    # "I am repeating", "same as yesterday", with the letter's own frame around them.
    texts = (
        "Dear Sir, kindly reverse the late fee on my card account.",
        "To whom it may concern, I am writing the third time: late fee reversal on my card.",
        "I am repeating only because nobody acted - the late fee on my card, reverse it.",
        "Late fee on the card account, same as yesterday, kindly reverse itself today.",
    )
    events = [ev(i, START + timedelta(hours=20 * i), t) for i, t in enumerate(texts)]
    reps = repetitions(engine(cue=False), events)
    assert [r.severity for r in reps] == ["medium"]

"""Pass st20b: urgent off-hours pressure kept up over weeks; the same request chased
again in other words.

Every test gives explicit event times (time is data, never the wall clock); the
content side is the rules' detector (its urgency and markers are what is read).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from mamori.detect.config import DetectionConfig
from mamori.detect.content import LexiconDetector
from mamori.detect.engine import DetectionEngine
from mamori.detect.gist import gist, restates
from mamori.detect.state import CustomerState
from mamori.domain.contract import ContactEvent, IndicatorEvent
from mamori.domain.pseudonym import Pseudonymizer

JST = timezone(timedelta(hours=9))
NOW = datetime(2026, 11, 1, tzinfo=UTC)


def _engine(detector: LexiconDetector, **config: object) -> DetectionEngine:
    return DetectionEngine(
        DetectionConfig.model_validate(config), detector, Pseudonymizer(b"s" * 32)
    )


def _ev(n: int, at: datetime, text: str, channel: str = "email") -> ContactEvent:
    return ContactEvent(
        event_id=f"s{n}",
        occurred_at=at,
        channel=channel,  # type: ignore[arg-type]
        direction="inbound",
        customer_id="cus-st20b",
        agent_id="agt-1",
        duration_s=None,
        text=text,
    )


def _run(engine: DetectionEngine, events: list[ContactEvent], code: str) -> list[IndicatorEvent]:
    state: CustomerState | None = None
    out: list[IndicatorEvent] = []
    for e in events:
        det = engine.process(e, state, NOW)
        state = CustomerState.from_bytes(det.state.to_bytes())
        out.extend(i for i in det.indicators if i.category.value == code)
    return out


# ---------------------------------------------------------------- off-hours, sustained

#: Weekday nights (Asia/Tokyo) about ten days apart, no holiday among them.
NIGHTS = (
    datetime(2026, 7, 6, 22, 30, tzinfo=JST),
    datetime(2026, 7, 16, 23, 5, tzinfo=JST),
    datetime(2026, 7, 27, 21, 40, tzinfo=JST),
    datetime(2026, 8, 6, 22, 15, tzinfo=JST),
)

PRESSED_NIGHTS = [
    (
        "大至急、配送先の変更をお願いします",
        "定期便の届く日を教えてください",
        "緊急なのですぐ折り返してください。見積もりの件です",
        "領収書の宛名を会社名にできますか",
    ),
    (
        "Urgent: please call me back about the invoice",
        "Could you tell me the opening hours of the Kanazawa shop?",
        "Is the spare charger in stock?",
        "Need the quote ASAP please",
    ),
    (
        "今すぐ返事ちょうだい、予約の件",
        "明日の集合時間って何時だっけ",
        "Need this sorted right away, please call back tonight",
        "キャンセル料ってかかりますか",
    ),
]


@pytest.mark.parametrize("texts", PRESSED_NIGHTS, ids=["ja", "en", "mixed"])
def test_urgent_pressure_kept_up_for_weeks_is_off_hours_contact(
    detector: LexiconDetector, texts: tuple[str, ...]
) -> None:
    # Four nights in a month, two of them pressing for an answer now: never three
    # urgent in thirty days nor eight contacts, but the pressure is kept up.
    events = [_ev(i, at, t) for i, (at, t) in enumerate(zip(NIGHTS, texts, strict=True))]
    found = _run(_engine(detector), events, "off_hours_contact")
    assert [(i.severity, len(i.event_ids)) for i in found] == [("low", 4)]
    assert "on 4 dates" in found[0].evidence


def test_a_night_shift_writer_without_urgency_stays_clear(detector: LexiconDetector) -> None:
    # Six calm questions at night in five weeks: a schedule, not pressure.
    texts = (
        "夜勤明けなので夜に失礼します。保証書の再発行はできますか",
        "Could you tell me the opening hours of the Kanazawa shop?",
        "明日の集合時間って何時だっけ",
        "Is the spare charger in stock?",
        "キャンセル料ってかかりますか",
        "領収書の宛名を会社名にできますか",
    )
    start = datetime(2026, 7, 6, 23, 0, tzinfo=JST)
    events = [_ev(i, start + timedelta(days=6 * i + (i % 2)), t) for i, t in enumerate(texts)]
    assert _run(_engine(detector), events, "off_hours_contact") == []


def test_two_urgent_nights_among_three_stay_clear(detector: LexiconDetector) -> None:
    texts = PRESSED_NIGHTS[0]
    events = [_ev(i, NIGHTS[i], texts[i]) for i in (0, 1, 2)]
    assert _run(_engine(detector), events, "off_hours_contact") == []


def test_urgent_nights_three_weeks_apart_stay_clear(detector: LexiconDetector) -> None:
    # Four contacts, two urgent, but twenty days apart: no six weeks hold four.
    start = datetime(2026, 6, 1, 22, 0, tzinfo=JST)
    texts = PRESSED_NIGHTS[1]
    events = [_ev(i, start + timedelta(days=20 * i), t) for i, t in enumerate(texts)]
    assert _run(_engine(detector), events, "off_hours_contact") == []


def test_one_urgent_night_of_several_messages_is_no_sustained_pressure(
    detector: LexiconDetector,
) -> None:
    # Four messages on two nights (a night's trouble written in four e-mails): the
    # dates, not the messages, make pressure habitual.
    texts = PRESSED_NIGHTS[0]
    times = (
        NIGHTS[0],
        NIGHTS[0] + timedelta(minutes=50),
        NIGHTS[1],
        NIGHTS[1] + timedelta(minutes=30),
    )
    events = [_ev(i, at, t) for i, (at, t) in enumerate(zip(times, texts, strict=True))]
    assert _run(_engine(detector), events, "off_hours_contact") == []


def test_sustained_pressure_can_be_switched_off(detector: LexiconDetector) -> None:
    events = [
        _ev(i, at, t) for i, (at, t) in enumerate(zip(NIGHTS, PRESSED_NIGHTS[0], strict=True))
    ]
    eng = _engine(detector, off_hours={"sustained_days": 0})
    assert _run(eng, events, "off_hours_contact") == []


# ---------------------------------------------------------------- repetition markers


@pytest.mark.parametrize(
    "text",
    [
        "また同じ話で悪いけど、見積書の宛名の件、会社名に直してほしい",
        "同じ話になりますが、見積書の宛名は会社名でお願いします",
        # half-width kana and voice input write the marker in katakana
        "ﾏﾀ同ｼﾞ話ﾀﾞｹﾄﾞ 見積書ﾉ宛名､会社名ﾆ直ｼﾃ",
        "モウ一度言イマスガ 見積書ノ宛名ヲ会社名ニ",
    ],
)
def test_the_same_matter_brought_up_again_is_a_marker(text: str) -> None:
    first = gist("見積書の宛名を会社名にしてもらえますか")
    again = gist(text)
    assert again.restated
    assert restates(first, again)


@pytest.mark.parametrize(
    "text",
    [
        # the marker with another request: the matter is not the first one's
        "また同じ話だけど、領収書の再発行をお願いします",
        "同じ話で恐縮ですが、配送日を来週に変えられますか",
        # katakana read as hiragana is no marker by itself (マタニティ, マダム)
        "マタニティ用品のカタログを見積書と一緒に送ってください",
    ],
)
def test_a_marker_never_joins_another_request(text: str) -> None:
    first = gist("見積書の宛名を会社名にしてもらえますか")
    assert not restates(first, gist(text))
    if "マタ" in text:
        assert not gist(text).restated


@pytest.mark.parametrize(
    "text",
    [
        "またメールしました。見積書の宛名を会社名に",
        "またメール差し上げます。見積書の宛名を会社名に",
    ],
)
def test_markers_with_a_katakana_word_are_still_found_as_written(text: str) -> None:
    assert gist(text).restated

"""Rule evaluation with explicit event times: matching, thresholds, throttle, digest,
deterministic ids, and state that survives a round trip through bytes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from mamori.alerts.evaluate import AlertEvaluator, CustomerAlertState, teams_from
from mamori.alerts.model import Alert, alert_id_for
from mamori.alerts.rules import parse_rules
from mamori.domain.contract import rfc3339

T0 = datetime(2026, 7, 6, 1, 0, tzinfo=UTC)  # Monday 10:00 JST
NOW = 1_800_000_000.0


def ind(
    n: int, category: str = "violence_threat", severity: str = "high", **kw: Any
) -> dict[str, Any]:
    at = kw.pop("at", T0 + timedelta(minutes=n))
    return {
        "indicator_id": kw.pop("indicator_id", f"ind-{n}"),
        "category": category,
        "severity": severity,
        "score": 0.9,
        "customer_key": kw.pop("customer_key", "c_abc"),
        "agent_key": kw.pop("agent_key", "a_staff1"),
        "channel": kw.pop("channel", "chat"),
        "event_ids": kw.pop("event_ids", [f"ev-{n}"]),
        "window_start": kw.pop("window_start", None),
        "window_end": kw.pop("window_end", None),
        "occurred_at": rfc3339(at),
        "detected_at": rfc3339(at + timedelta(seconds=1)),
        "evidence": kw.pop("evidence", "…殺すぞ…"),
        "detector": "lexicon-ja@3",
    }


def rules(text: str) -> AlertEvaluator:
    return AlertEvaluator(parse_rules(text), teams_from({"a_staff1": "Tokyo-2"}))


def test_match_and_deterministic_id() -> None:
    ev = rules('[[rule]]\nid = "v"\ncategories = ["violence_threat"]\nmin_severity = "medium"\n')
    state = CustomerAlertState()
    out = ev.on_indicator(ind(1), state, NOW)
    assert [a.alert_id for a in out] == [alert_id_for("v", "indicator", "ind-1")]
    assert out[0].team == "Tokyo-2" and out[0].event_ids == ("ev-1",)
    # Another evaluator (a restarted worker) gives the same id for the same inputs.
    again = rules('[[rule]]\nid = "v"\ncategories = ["violence_threat"]\n').on_indicator(
        ind(1), CustomerAlertState(), NOW + 99
    )
    assert again[0].alert_id == out[0].alert_id and again[0].content() == out[0].content()
    assert ev.on_indicator(ind(2, severity="low"), state, NOW) == []
    assert ev.on_indicator(ind(3, category="abusive_language"), state, NOW) == []


def test_a_newer_version_of_an_alerted_indicator_is_not_sent_again() -> None:
    ev = rules('[[rule]]\nid = "f"\ncategories = ["contact_flood"]\n')
    state = CustomerAlertState()
    first = ind(1, "contact_flood", "low", indicator_id="flood-1", event_ids=["a", "b"])
    grown = ind(2, "contact_flood", "medium", indicator_id="flood-1", event_ids=["a", "b", "c"])
    assert len(ev.on_indicator(first, state, NOW)) == 1
    assert ev.on_indicator(grown, state, NOW) == []
    assert ev.on_indicator(first, state, NOW) == []  # a redelivery


def test_channel_team_and_evidence_thresholds() -> None:
    ev = rules(
        '[[rule]]\nid = "r"\ncategories = ["repetition"]\nchannels = ["phone"]\n'
        'teams = ["Tokyo-2"]\nmin_evidence_events = 3\n'
    )
    s = CustomerAlertState()
    assert (
        ev.on_indicator(ind(1, "repetition", channel="chat", event_ids=["a", "b", "c"]), s, NOW)
        == []
    )
    assert (
        ev.on_indicator(ind(2, "repetition", channel="phone", event_ids=["a", "b"]), s, NOW) == []
    )
    other_team = ind(3, "repetition", channel="phone", event_ids=["a", "b", "c"], agent_key="a_x")
    assert ev.on_indicator(other_team, s, NOW) == []
    assert (
        len(
            ev.on_indicator(
                ind(4, "repetition", channel="phone", event_ids=["a", "b", "c"]), s, NOW
            )
        )
        == 1
    )


def test_call_of_an_hour_or_more() -> None:
    ev = rules(
        '[[rule]]\nid = "long"\ncategories = ["prolonged_contact"]\nmin_duration_minutes = 60\n'
    )
    s = CustomerAlertState()

    def call(n: int, minutes: int) -> dict[str, Any]:
        start = T0 + timedelta(hours=n)
        return ind(
            n,
            "prolonged_contact",
            "medium",
            channel="phone",
            window_start=rfc3339(start),
            window_end=rfc3339(start + timedelta(minutes=minutes)),
        )

    assert ev.on_indicator(call(1, 59), s, NOW) == []
    assert len(ev.on_indicator(call(2, 60), s, NOW)) == 1
    daily = ind(3, "prolonged_contact", "high", channel="phone")  # no window: not a single call
    assert ev.on_indicator(daily, s, NOW) == []


def test_three_contacts_a_day_counts_distinct_contacts_per_local_day() -> None:
    ev = rules('[[rule]]\nid = "rep"\ncategories = ["excessive_demand"]\nmin_per_day = 3\n')
    s = CustomerAlertState()
    assert ev.on_indicator(ind(1, "excessive_demand", "low"), s, NOW) == []
    # The same contact again (another indicator of it) does not count twice.
    assert ev.on_indicator(ind(2, "excessive_demand", "low", event_ids=["ev-1"]), s, NOW) == []
    assert ev.on_indicator(ind(3, "excessive_demand", "low"), s, NOW) == []
    third = ev.on_indicator(ind(4, "excessive_demand", "low"), s, NOW)
    assert len(third) == 1
    # Next local day (JST): the count starts again.
    nextday = T0 + timedelta(days=1)
    assert ev.on_indicator(ind(5, "excessive_demand", "low", at=nextday), s, NOW) == []


def test_throttle_per_customer_and_rule_counts_what_it_held_back() -> None:
    ev = rules('[[rule]]\nid = "v"\ncategories = ["violence_threat"]\nthrottle_minutes = 10\n')
    s, other = CustomerAlertState(), CustomerAlertState()
    assert len(ev.on_indicator(ind(0), s, NOW)) == 1
    assert ev.on_indicator(ind(3), s, NOW) == []  # 3 min later: held back
    assert ev.on_indicator(ind(6), s, NOW) == []
    # Another customer is not throttled by this one.
    assert len(ev.on_indicator(ind(4, customer_key="c_other"), other, NOW)) == 1
    after = ev.on_indicator(ind(11), s, NOW)  # 11 min after the first: sent, with the count
    assert len(after) == 1 and after[0].suppressed == 2
    assert ev.on_indicator(ind(12), s, NOW) == []


def test_digest_collects_quietly_and_flushes_once_due() -> None:
    ev = rules(
        'digest_minutes = 60\n[[rule]]\nid = "low"\ncategories = ["abusive_language"]\ndigest = true\n'
    )
    s = CustomerAlertState()
    for n in range(3):
        assert ev.on_indicator(ind(n, "abusive_language", "low"), s, NOW + n) == []
    assert ev.flush_digests("c_abc", s, NOW + 3599) == []
    restored = CustomerAlertState.from_bytes(s.to_bytes())  # survives the changelog
    out = ev.flush_digests("c_abc", restored, NOW + 3600)
    assert len(out) == 1
    digest = out[0]
    assert digest.kind == "digest" and len(digest.items) == 3 and digest.team == "Tokyo-2"
    assert ev.flush_digests("c_abc", restored, NOW + 7200) == []
    # Same items → same digest id (a re-flush after a restart is deduplicable).
    s2 = CustomerAlertState()
    for n in reversed(range(3)):
        ev.on_indicator(ind(n, "abusive_language", "low"), s2, NOW)
    assert ev.flush_digests("c_abc", s2, NOW, force=True)[0].alert_id == digest.alert_id


def test_escalation_rules_fire_only_on_the_way_up() -> None:
    ev = rules('[[rule]]\nid = "esc"\non = "escalation"\nstages = ["review"]\n')
    s = CustomerAlertState()

    def esc(stage: str, previous: str, n: int) -> dict[str, Any]:
        return {
            "escalation_id": f"esc-{n}",
            "customer_key": "c_abc",
            "stage": stage,
            "previous_stage": previous,
            "risk": 6.5,
            "crossed_at": rfc3339(T0),
            "detected_at": rfc3339(T0),
            "indicator_ids": ["ind-1"],
            "event_ids": ["ev-1"],
            "categories": ["violence_threat"],
        }

    up = ev.on_escalation(esc("review", "warn", 1), s, NOW)
    assert len(up) == 1 and up[0].stage == "review" and up[0].kind == "escalation"
    assert ev.on_escalation(esc("warn", "review", 2), s, NOW) == []
    assert ev.on_escalation(esc("warn", "watch", 3), s, NOW) == []


def test_alert_wire_round_trip() -> None:
    ev = rules('[[rule]]\nid = "v"\ncategories = ["violence_threat"]\n')
    alert = ev.on_indicator(ind(1), CustomerAlertState(), NOW)[0]
    assert Alert.from_wire(alert.to_wire()) == alert
    assert "detected_at" not in alert.content()


def test_state_stays_small_when_throttles_expire() -> None:
    ev = rules('[[rule]]\nid = "v"\ncategories = ["violence_threat"]\nthrottle_minutes = 10\n')
    s = CustomerAlertState()
    ev.expire(s, T0.timestamp())
    ev.on_indicator(ind(0), s, NOW)
    ev.expire(s, (T0 + timedelta(hours=1)).timestamp())
    assert s.throttles == {} and s.alerted  # the id is still remembered
    # A customer quiet for more than two weeks: the value becomes idle (deleted).
    ev.expire(s, (T0 + timedelta(days=15)).timestamp())
    assert s.is_idle()
    restored = CustomerAlertState.from_bytes(s.to_bytes())
    assert restored.last_ts == s.last_ts

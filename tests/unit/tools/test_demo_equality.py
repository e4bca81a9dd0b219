"""The demo's "matches batch replay" is equality of indicators and escalations."""

from __future__ import annotations

from mamori.tools.demo import replay_differences

IND = {"i1": ("abusive_language", "high", "c1", ("e1",)), "i2": ("contact_flood", "low", "c2", ())}
ESC = {"x1": ("c1", "watch", "none", ("i1",))}


def test_equal_output_has_no_differences() -> None:
    assert replay_differences(IND, dict(IND), ESC, dict(ESC)) == []


def test_a_superset_is_not_a_match() -> None:
    # The old check ("every expected id present") passed this: extra escalations.
    more = {**ESC, "x2": ("c1", "warn", "watch", ("i1",))}
    assert replay_differences(IND, IND, ESC, more) == ["escalations: 1 extra (e.g. x2)"]
    extra_ind = {**IND, "i3": ("repetition", "medium", "c1", ("e9",))}
    assert replay_differences(IND, extra_ind, ESC, ESC) == ["indicators: 1 extra (e.g. i3)"]


def test_missing_and_different_content_are_reported() -> None:
    changed = {**IND, "i1": ("abusive_language", "low", "c1", ("e1",))}
    assert replay_differences(IND, changed, ESC, {}) == [
        "indicators: 1 different (e.g. i1)",
        "escalations: 1 missing (e.g. x1)",
    ]

"""Alert rules file: the shipped defaults load, and a bad file says where it is bad."""

from __future__ import annotations

from pathlib import Path

import pytest

from mamori.alerts.rules import RulesError, load_rules, parse_rules
from mamori.domain.taxonomy import Category


def test_shipped_defaults_load_and_carry_the_ccaj_thresholds() -> None:
    rules = load_rules(None)
    by_id = {r.id: r for r in rules.rules}
    assert by_id["prolonged-contact-1h"].min_duration_minutes == 60
    assert by_id["repeat-contacts-3-per-day"].min_per_day == 3
    assert by_id["violence-threat"].categories == (Category.VIOLENCE_THREAT,)
    assert by_id["escalation-review"].on == "escalation"
    assert by_id["escalation-review"].stages == ("review",)
    assert by_id["low-severity-digest"].digest
    # Japanese comments come first in the file (documented in Japanese first).
    from importlib import resources

    text = resources.files("mamori.alerts").joinpath("default_rules.toml").read_text("utf-8")
    assert text.startswith("# Mamori 既定のアラートルール")


def test_syntax_error_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "alerts.toml"
    path.write_text('version = 1\n\n[[rule]]\nid = "x"\nmin_severity = high\n')
    with pytest.raises(RulesError) as err:
        load_rules(path)
    message = str(err.value)
    assert str(path) in message and "not valid TOML" in message and "line 5" in message


def test_unknown_category_names_the_rule_and_field() -> None:
    text = """
[[rule]]
id = "ok"
categories = ["violence_threat"]

[[rule]]
id = "typo"
categories = ["violense_threat"]
min_severity = "urgent"
"""
    with pytest.raises(RulesError) as err:
        parse_rules(text, "site.toml")
    message = str(err.value)
    assert "site.toml" in message
    assert '[[rule]] #2 (id = "typo"): categories.0' in message
    assert '[[rule]] #2 (id = "typo"): min_severity' in message


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('id = "a"\non = "escalation"\n', "needs stages"),
        (
            'id = "a"\non = "escalation"\nstages = ["review"]\ncategories = ["repetition"]\n',
            "cannot use categories",
        ),
        ('id = "a"\nstages = ["review"]\n', "only for on = 'escalation'"),
        ('id = "A b"\n', "id"),
        ('id = "a"\nthrottle_minutes = -1\n', "throttle_minutes"),
        ('id = "a"\nunknown_key = 1\n', "unknown_key"),
    ],
)
def test_meaning_errors_are_clear(body: str, expected: str) -> None:
    with pytest.raises(RulesError, match=expected):
        parse_rules("[[rule]]\n" + body)


def test_duplicate_ids_and_bad_timezone_are_refused() -> None:
    with pytest.raises(RulesError, match="used twice"):
        parse_rules('[[rule]]\nid = "a"\n[[rule]]\nid = "a"\n')
    with pytest.raises(RulesError, match="unknown time zone"):
        parse_rules('timezone = "Mars/Olympus"\n')


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(RulesError, match="cannot read"):
        load_rules(tmp_path / "nope.toml")


def test_a_rule_naming_an_unconfigured_destination_is_refused() -> None:
    from mamori.alerts.config import AlertsConfigError, check_rule_destinations
    from mamori.alerts.evaluate import AlertEvaluator

    ev = AlertEvaluator(parse_rules('[[rule]]\nid = "a"\ndestinations = ["slack"]\n'))
    with pytest.raises(AlertsConfigError, match=r"\['slack'\].*configured: none"):
        check_rule_destinations(ev, {})

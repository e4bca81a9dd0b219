"""Validation and deterministic ids of recorded human decisions (no ClickHouse)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from click.testing import CliRunner

from mamori.cli.review import decide_command
from mamori.reporting.decisions import ACTIONS, RESTRICTIVE_ACTIONS, build_decision

AT = datetime(2026, 8, 1, 3, 4, 5, 678901, tzinfo=UTC)


def test_fixed_action_list() -> None:
    assert ACTIONS == (
        "keep_watching",
        "contact_customer",
        "warning_letter",
        "refuse_service",
        "involve_police",
        "close_case",
        "false_positive",
    )
    assert set(ACTIONS) >= RESTRICTIVE_ACTIONS


def test_id_is_deterministic_from_inputs_and_time() -> None:
    a = build_decision("ck1", "warning_letter", "lead", "3回目の警告", None, AT)
    b = build_decision("ck1", "warning_letter", "lead", "3回目の警告", None, AT)
    assert a.decision_id == b.decision_id and len(a.decision_id) == 32
    assert a.restrictive
    different = [
        build_decision("ck2", "warning_letter", "lead", "3回目の警告", None, AT),
        build_decision("ck1", "close_case", "lead", "3回目の警告", None, AT),
        build_decision("ck1", "warning_letter", "other", "3回目の警告", None, AT),
        build_decision("ck1", "warning_letter", "lead", "別の理由", None, AT),
        build_decision("ck1", "warning_letter", "lead", "3回目の警告", "esc1", AT),
        build_decision(
            "ck1", "warning_letter", "lead", "3回目の警告", None, AT + timedelta(seconds=1)
        ),
    ]
    assert len({d.decision_id for d in different} | {a.decision_id}) == 7


def test_time_is_utc_milliseconds() -> None:
    jst = timezone(timedelta(hours=9))
    d = build_decision("ck1", "keep_watching", "lead", "様子見", None, AT.astimezone(jst))
    assert d.decided_at == datetime(2026, 8, 1, 3, 4, 5, 678000, tzinfo=UTC)
    assert d.decided_at.tzinfo == UTC


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"action": "ban_forever"}, "unknown action"),
        ({"customer_key": "  "}, "customer key"),
        ({"customer_key": "a b"}, "customer key"),
        ({"decided_by": " "}, "--by"),
        ({"decided_by": "x" * 201}, "--by"),
        ({"note": ""}, "--note"),
        ({"note": "x" * 4001}, "--note"),
    ],
)
def test_invalid_inputs_are_refused(kwargs: dict[str, str], message: str) -> None:
    args = {"customer_key": "ck1", "action": "keep_watching", "decided_by": "lead", "note": "ok"}
    args.update(kwargs)
    with pytest.raises(ValueError, match=message):
        build_decision(**args)


def test_cli_refuses_unknown_action_before_touching_clickhouse() -> None:
    result = CliRunner().invoke(
        decide_command, ["ck1", "--action", "ban", "--by", "lead", "--note", "x"]
    )
    assert result.exit_code == 2 and "ban" in result.output


def test_cli_refuses_empty_note_before_touching_clickhouse() -> None:
    result = CliRunner().invoke(
        decide_command, ["ck1", "--action", "keep_watching", "--by", "lead", "--note", "  "]
    )
    assert result.exit_code == 2 and "--note" in result.output

"""`mamori evaluate` scores events whose source ids the worker replaces by a keyed hash
(Message-IDs, paths): the labels name the source ids, the indicators the hashed ones."""

from __future__ import annotations

import json
from pathlib import Path

import orjson
import pytest
from click.testing import CliRunner

from mamori.cli.evaluate import evaluate_command
from mamori.domain.pseudonym import Pseudonymizer, is_opaque_event_id
from mamori.tools.evaluate import with_source_ids

KEY = "5f0c1b9e7a3d2c4b8e6f1a0d9c7b5e3a2f4d6c8b0a1e3f5d7c9b2a4e6f8d0c1b"
IDS = ("<20261001.4f2a@mail.customer.example>", "sns/1800088994048138369", "ev-0001")


def _event(event_id: str, customer: str, text: str) -> dict[str, object]:
    return {
        "event_id": event_id,
        "occurred_at": "2026-10-01T10:00:00+09:00",
        "channel": "email",
        "direction": "inbound",
        "customer_id": customer,
        "text": text,
    }


def test_hashed_ids_are_translated_back() -> None:
    pseudo = Pseudonymizer(bytes.fromhex(KEY))
    assert [is_opaque_event_id(i) for i in IDS] == [False, False, True]
    lines = [orjson.dumps(_event(i, "c1", "x")) for i in IDS]
    indicators = [{"category": "abusive_language", "event_ids": [pseudo.event_id(i) for i in IDS]}]
    assert with_source_ids(indicators, lines, pseudo.event_id)[0]["event_ids"] == list(IDS)


def test_evaluate_counts_events_under_their_source_ids(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MAMORI_PSEUDONYM_KEY", KEY)
    events = tmp_path / "events.jsonl"
    events.write_bytes(
        b"".join(
            orjson.dumps(_event(i, f"cust-{n}", "You are a useless idiot and I hate you.")) + b"\n"
            for n, i in enumerate(IDS)
        )
    )
    labels = tmp_path / "labels.json"
    labels.write_text(
        json.dumps(
            {
                "events": {i: ["abusive_language"] for i in IDS},
                "customers": {
                    f"cust-{n}": {"profile": "harasser", "behaviors": ["abusive_language"]}
                    for n in range(len(IDS))
                },
            }
        )
    )
    result = CliRunner().invoke(evaluate_command, [str(events), str(labels), "--json"])
    assert result.exit_code == 0, result.output
    code = json.loads(result.output)["codes"]["abusive_language"]
    assert (code["precision"], code["recall"]) == (1.0, 1.0)

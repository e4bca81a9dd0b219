"""The pseudonymisation key, Message-ID-style event ids and the staff directory."""

from __future__ import annotations

import csv
import io
import secrets
from pathlib import Path

import pytest
from click.testing import CliRunner
from pydantic import SecretStr, ValidationError

from mamori.domain.pseudonym import Pseudonymizer, is_opaque_event_id
from mamori.settings import ClickHouseSettings, Settings, key_strength

STRONG = secrets.token_hex(32)


@pytest.mark.parametrize(
    "key",
    ["", "short", "replay-test-key-0123456789abcdef", "a" * 80, secrets.token_hex(24),
     "0123456789" * 6],
)  # fmt: skip
def test_weak_or_missing_keys_are_refused_with_a_clear_error(key: str) -> None:
    settings = Settings(pseudonym_key=SecretStr(key))
    with pytest.raises(RuntimeError, match="MAMORI_PSEUDONYM_KEY.*(not set|too weak)"):
        settings.pseudonym_secret()


@pytest.mark.parametrize(
    "key", [secrets.token_hex(32), "Zm9v" + secrets.token_urlsafe(40), secrets.token_urlsafe(43)]
)
def test_keys_of_32_random_bytes_are_accepted(key: str) -> None:
    assert key_strength(key) >= 32
    assert Settings(pseudonym_key=SecretStr(key)).pseudonym_secret() == key.encode()


def test_the_demo_generates_a_compliant_key(tmp_path: Path) -> None:
    from mamori.devstack.secrets import ensure_local_secrets

    values = ensure_local_secrets(tmp_path / "secrets.env")
    assert Settings(pseudonym_key=SecretStr(values["MAMORI_PSEUDONYM_KEY"])).pseudonym_secret()
    for role in ("WRITER", "REVIEWER", "SEALER", "DASHBOARD", "READER", "ADMIN"):
        assert values[f"MAMORI_CLICKHOUSE__{role}_PASSWORD"]
        assert values[f"MAMORI_CLICKHOUSE__{role}_USER"] == f"mamori_{role.lower()}"


def test_production_fails_at_start_without_key_or_with_the_default_user(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # "Without a key" means without one anywhere: not in the environment, and not in the
    # .local/secrets.env that the README's first command (the demo) writes.
    monkeypatch.delenv("MAMORI_PSEUDONYM_KEY", raising=False)
    with pytest.raises(ValidationError, match="MAMORI_PSEUDONYM_KEY"):
        Settings(profile="production", _env_file=None)
    with pytest.raises(ValidationError, match="WRITER_USER may not be 'default'"):
        Settings(
            profile="production",
            pseudonym_key=SecretStr(STRONG),
            clickhouse=ClickHouseSettings(writer_user="default"),
            _env_file=None,
        )
    assert (
        Settings(
            profile="production",
            pseudonym_key=SecretStr(STRONG),
            _env_file=None,
        ).profile
        == "production"
    )


def test_no_role_defaults_to_the_default_user() -> None:
    c = ClickHouseSettings()
    for role in ("writer", "reviewer", "sealer", "dashboard", "reader", "admin"):
        assert getattr(c, f"{role}_user") == f"mamori_{role}"


@pytest.mark.parametrize(
    ("raw", "opaque"),
    [("3f2b7c1e-8d6a-4e2b-9a51-0c7d2e4f6a10", True), ("01HZX3K9Q8", True),
     ("ticket-123456", True), ("<20261201.4f2a@mail.tanaka-shoten.example>", False),
     ("taro.yamada@example.co.jp", False), ("crm/export/yamada taro/17", False),
     ("x" * 65, False)],
)  # fmt: skip
def test_only_opaque_event_ids_pass_unchanged(raw: str, opaque: bool) -> None:
    pseudo = Pseudonymizer(STRONG.encode())
    assert is_opaque_event_id(raw) is opaque
    out = pseudo.event_id(raw)
    if opaque:
        assert out == raw
    else:
        assert out.startswith("e_") and is_opaque_event_id(out)
        assert "yamada" not in out and "example" not in out and "tanaka" not in out
        assert pseudo.event_id(raw) == out  # stable: redelivery and replay agree


def test_pseudonymise_staff_writes_keys_and_drops_personal_columns(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mamori.cli.staff import pseudonymise_staff_command
    from mamori.reporting.export.queries import read_teams
    from mamori.settings import get_settings

    staff = tmp_path / "staff.csv"
    staff.write_text(
        "agent_id,name,email,team\n"
        "yamada@callcenter.example,山田 太郎,taro.yamada@callcenter.example,東京\n"
        "s-0042,Olivia Brennan,olivia@callcenter.example,Osaka\n",
        encoding="utf-8-sig",
    )
    monkeypatch.setenv("MAMORI_PSEUDONYM_KEY", STRONG)
    get_settings.cache_clear()
    out = tmp_path / "staff_keys.csv"
    try:
        result = CliRunner().invoke(pseudonymise_staff_command, [str(staff), "--out", str(out)])
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 0, result.output
    text = out.read_text("utf-8")
    for personal in ("山田", "yamada", "Olivia", "Brennan", "callcenter", "s-0042"):
        assert personal not in text
    rows = list(csv.DictReader(io.StringIO(text)))
    pseudo = Pseudonymizer(STRONG.encode())
    assert [r["agent_key"] for r in rows] == [
        pseudo.agent("yamada@callcenter.example"),
        pseudo.agent("s-0042"),
    ]
    # Analysts use it without the key: the same teams as the worker-side directory.
    assert read_teams(out) == read_teams(staff, lambda: STRONG.encode())


def test_pseudonymise_staff_refuses_a_weak_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mamori.cli.staff import pseudonymise_staff_command
    from mamori.settings import get_settings

    staff = tmp_path / "staff.csv"
    staff.write_text("agent_id,team\na1,x\n", encoding="utf-8")
    monkeypatch.setenv("MAMORI_PSEUDONYM_KEY", "too-short")
    get_settings.cache_clear()
    try:
        result = CliRunner().invoke(pseudonymise_staff_command, [str(staff)])
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 1 and "too weak" in result.output

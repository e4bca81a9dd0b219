"""The wheel is self-contained: built from the checkout, installed into a fresh venv
outside the repository with the locked dependencies, it replays the sample and applies
the migrations without any file of the repository (schemas, SQL, lexicons, templates
and the dashboards bundle travel inside the package)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import uuid
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import clickhouse_connect
import orjson
import pytest

from mamori.devstack.paths import REPO_ROOT
from mamori.storage.migrations import discover
from mamori.tools.synthetic import synthetic_lines

pytestmark = [pytest.mark.clickhouse, pytest.mark.slow]

UV = REPO_ROOT / ".tools" / "bin" / "uv"
SHARED_SAMPLE = REPO_ROOT.parent / "shared" / "data" / "sample" / "events.jsonl"


def _run(cmd: list[str], *, cwd: Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=600, check=False
    )
    assert done.returncode == 0, f"{cmd[:3]} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A venv outside the repository with the built wheel and the locked dependencies."""
    if not UV.exists():
        pytest.fail(f"{UV} missing: run scripts/bootstrap.sh")
    root = tmp_path_factory.mktemp("wheel")
    assert REPO_ROOT not in root.parents
    dist = root / "dist"
    _run([str(UV), "build", "--wheel", "-o", str(dist), str(REPO_ROOT)], cwd=root)
    (wheel,) = dist.glob("mamori-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for shipped in (
        "mamori/data/schemas/contact_event.v1.schema.json",
        "mamori/data/sql/0001_core_tables.up.sql",
        "mamori/data/sql/cluster/0001_core_tables.up.sql",
        "mamori/data/dashboards/metadata.yaml",
        "mamori/detect/lexicon/ja.yaml",
        "mamori/detect/learned.bin",
        "mamori/reporting/templates/review.html.j2",
    ):
        assert shipped in names, f"{shipped} not in the wheel"
    venv = root / "venv"
    _run([str(UV), "venv", "-q", "--python", sys.executable, str(venv)], cwd=root)
    _run(
        [
            str(UV),
            "pip",
            "install",
            "-q",
            "--python",
            str(venv / "bin" / "python"),
            "-c",
            str(REPO_ROOT / "requirements" / "lock.txt"),
            str(wheel),
        ],
        cwd=root,
    )
    yield venv
    shutil.rmtree(root, ignore_errors=True)


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MAMORI_", "PYTHON"))}
    env.pop("VIRTUAL_ENV", None)
    return {
        **env,
        "MAMORI_PSEUDONYM_KEY": "9a8b7c6d5e4f30211f2e3d4c5b6a79880a1b2c3d4e5f60718293a4b5c6d7e8f9",
        **extra,
    }


def test_installed_package_is_the_wheel(installed: Path) -> None:
    out = _run(
        [str(installed / "bin" / "python"), "-c", "import mamori; print(mamori.__file__)"],
        cwd=installed.parent,
        env=_env(),
    )
    assert Path(out.strip()).is_relative_to(installed), out


def test_default_alert_rules_ship_in_the_wheel(installed: Path) -> None:
    code = "from mamori.alerts.rules import load_rules; print(len(load_rules(None).rules))"
    out = _run([str(installed / "bin" / "python"), "-c", code], cwd=installed.parent, env=_env())
    assert int(out.strip()) == 11


def test_replay_from_the_wheel_matches_the_checkout(installed: Path, tmp_path: Path) -> None:
    events = tmp_path / "events.jsonl"
    if SHARED_SAMPLE.exists():
        shutil.copy(SHARED_SAMPLE, events)
    else:
        events.write_bytes(b"\n".join(synthetic_lines(2000, customers=100, seed=7)) + b"\n")
    env = _env()
    wheel_out = tmp_path / "wheel.jsonl"
    repo_out = tmp_path / "repo.jsonl"
    _run(
        [str(installed / "bin" / "mamori"), "replay", str(events), "-o", str(wheel_out)],
        cwd=tmp_path,
        env=env,
    )
    _run(
        [sys.executable, "-m", "mamori", "replay", str(events), "-o", str(repo_out)],
        cwd=tmp_path,
        env=env,
    )
    wheel_lines = wheel_out.read_bytes().splitlines()
    assert wheel_lines, "the replay produced no indicators"
    assert any(orjson.loads(line).get("category") for line in wheel_lines)
    assert wheel_lines == repo_out.read_bytes().splitlines()


def test_migrate_from_the_wheel(installed: Path, clickhouse_server: Any, tmp_path: Path) -> None:
    database = f"mamori_wheel_{uuid.uuid4().hex[:10]}"
    env = _env(**clickhouse_server.client_env("mamori_unused"))
    try:
        out = _run(
            [str(installed / "bin" / "mamori"), "migrate", "--database", database],
            cwd=tmp_path,
            env=env,
        )
        assert [f"applied {m.up.name}" for m in discover()] == [
            line for line in out.splitlines() if line.startswith("applied")
        ]
    finally:
        clickhouse_connect.get_client(
            host="127.0.0.1",
            port=clickhouse_server.http_port,
            username=env["MAMORI_CLICKHOUSE__ADMIN_USER"],
            password=env["MAMORI_CLICKHOUSE__ADMIN_PASSWORD"],
        ).command(f"DROP DATABASE IF EXISTS {database}")

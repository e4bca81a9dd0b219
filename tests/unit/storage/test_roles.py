"""The dashboard reader can read every dataset Superset is given, and only counts."""

from __future__ import annotations

from pathlib import Path

import yaml

from mamori.resources import DASHBOARDS_DIR
from mamori.storage.roles import DASHBOARD_COLUMNS, DASHBOARD_TABLES, ROLES, grants


def dataset_tables() -> set[str]:
    return {
        yaml.safe_load(p.read_text("utf-8"))["table_name"]
        for p in Path(DASHBOARDS_DIR, "datasets").rglob("*.yaml")
    }


def test_every_dataset_is_readable_by_the_dashboard_reader() -> None:
    # A new dataset (e.g. a view of migration 0007) must be added to DASHBOARD_TABLES.
    readable = set(DASHBOARD_TABLES) | set(DASHBOARD_COLUMNS)
    assert dataset_tables() <= readable, dataset_tables() - readable


def test_the_dashboard_reader_gets_no_excerpts_notes_or_details() -> None:
    assert not {"indicators", "decisions", "escalations", "evidence_chain",
                "sealed_indicators"} & set(DASHBOARD_TABLES)  # fmt: skip
    assert "detail" not in DASHBOARD_COLUMNS["dead_letters"]


def test_only_the_sealer_and_admin_may_write_the_chain() -> None:
    for role in ROLES:
        writes_chain = any(
            "INSERT" in g and ("evidence_chain" in g or "sealed_indicators" in g)
            for g in grants(role, "mamori")
        ) or any(g.startswith("GRANT ALL") for g in grants(role, "mamori"))
        assert writes_chain == (role in ("sealer", "admin")), role

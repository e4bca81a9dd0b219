"""Superset dashboards as code.

``dashboards/`` holds Superset's export format as normalised YAML (``metadata.yaml``,
``databases/``, ``datasets/``, ``charts/``, ``dashboards/``), linked by stable UUIDs,
without passwords or ``query_context``, keys sorted. ``mamori dashboards import``
zips it and imports it through ``/api/v1/assets/import/``, which overwrites every
asset type (a dashboard import alone keeps already-imported charts and datasets,
superset#19502), then deletes Mamori charts and datasets that are no longer in the
bundle, so a re-import leaves exactly the bundle. ``mamori dashboards export`` turns
a live export back into the normalised YAML. ``mamori dashboards retention`` changes
the TTLs of the raw rows and the rollups.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import yaml

from mamori.dashboards.superset_client import (
    ADMIN_USER,
    DATABASE_FILE,
    DATABASE_UUID,
    ClickHouseTarget,
    SupersetClient,
    SupersetEndpoint,
    database_config,
)
from mamori.resources import DASHBOARDS_DIR

if TYPE_CHECKING:
    from mamori.settings import ClickHouseSettings

#: Every chart and dataset of the bundle is certified by this name; the import owns them.
CERTIFIED_BY: Final = "Mamori"
KINDS: Final = ("databases", "datasets", "charts", "dashboards")
#: Fields a live export carries that change on every export or hold no intent.
_VOLATILE: Final = frozenset({"query_context"})


@dataclass(frozen=True)
class ImportResult:
    dashboards: int
    charts: int
    datasets: int
    deleted_charts: int
    deleted_datasets: int


def bundle_uuids(files: dict[str, str]) -> dict[str, set[str]]:
    """kind (``charts`` …) → UUIDs of that kind in the bundle."""
    out: dict[str, set[str]] = {k: set() for k in KINDS}
    for name, text in files.items():
        kind = name.split("/", 1)[0]
        if kind in out:
            out[kind].add(str(yaml.safe_load(text)["uuid"]))
    return out


def for_target(files: dict[str, str], target: ClickHouseTarget) -> dict[str, str]:
    """The bundle with its database entry pointing at ``target`` (password still masked)."""
    out = {n: t for n, t in files.items() if not n.startswith("databases/")}
    out[DATABASE_FILE] = dump_yaml(database_config(target))
    return out


def dump_yaml(doc: Any) -> str:
    return yaml.safe_dump(doc, allow_unicode=True, sort_keys=True, width=100)


def target_from_settings(ch: ClickHouseSettings) -> ClickHouseTarget:
    return ClickHouseTarget(
        host=ch.host,
        http_port=ch.http_port,
        database=ch.database,
        # The dashboard reader: counts only (mamori.storage.roles).
        user=ch.dashboard_user,
        password=ch.dashboard_password.get_secret_value(),
    )


def import_files(
    client: SupersetClient, files: dict[str, str], target: ClickHouseTarget
) -> ImportResult:
    """Import (overwrite) the bundle, then remove Mamori charts/datasets not in it."""
    client.import_assets(for_target(files, target), {DATABASE_FILE: target.password})
    wanted = bundle_uuids(files)
    deleted_charts = 0
    for row in client.list_all("chart", ["id", "uuid", "certified_by"]):
        if row.get("certified_by") == CERTIFIED_BY and str(row["uuid"]) not in wanted["charts"]:
            client.request("DELETE", f"/api/v1/chart/{row['id']}")
            deleted_charts += 1
    deleted_datasets = 0
    for row in client.list_all("dataset", ["id", "uuid", "database.uuid"]):
        database = row.get("database") or {}
        if (
            str(database.get("uuid")) == DATABASE_UUID
            and str(row["uuid"]) not in wanted["datasets"]
        ):
            client.request("DELETE", f"/api/v1/dataset/{row['id']}")
            deleted_datasets += 1
    return ImportResult(
        dashboards=len(client.list_all("dashboard", ["id"])),
        charts=len(client.list_all("chart", ["id"])),
        datasets=len(client.list_all("dataset", ["id"])),
        deleted_charts=deleted_charts,
        deleted_datasets=deleted_datasets,
    )


# -- export: a live export back into the normalised YAML ------------------------------
def _strip(doc: Any) -> Any:
    if isinstance(doc, dict):
        return {k: _strip(v) for k, v in doc.items() if k not in _VOLATILE}
    if isinstance(doc, list):
        return [_strip(v) for v in doc]
    return doc


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_") or "asset"


def normalise_export(zip_bytes: bytes, current: dict[str, str]) -> dict[str, str]:
    """Mamori's assets of a Superset export as bundle files: stable names (kept from
    the current bundle by UUID), ``query_context`` dropped, the database entry in its
    repository form, keys sorted."""
    names_by_uuid = {
        str(yaml.safe_load(text)["uuid"]): name
        for name, text in current.items()
        if name.split("/", 1)[0] in KINDS
    }
    docs: dict[str, Any] = {}
    with zipfile.ZipFile(io.BytesIO(zip_bytes)) as zf:
        for info in zf.infolist():
            parts = info.filename.split("/", 1)
            if len(parts) == 2 and parts[1].split("/", 1)[0] in KINDS:
                docs[parts[1]] = yaml.safe_load(zf.read(info))
    datasets = {
        str(d["uuid"])
        for n, d in docs.items()
        if n.startswith("datasets/") and str(d.get("database_uuid")) == DATABASE_UUID
    }
    tables = {
        str(d["uuid"]): str(d["table_name"]) for n, d in docs.items() if n.startswith("datasets/")
    }
    charts = {
        str(d["uuid"])
        for n, d in docs.items()
        if n.startswith("charts/") and str(d.get("dataset_uuid")) in datasets
    }
    out = {"metadata.yaml": current["metadata.yaml"]}
    for name, doc in sorted(docs.items()):
        kind = name.split("/", 1)[0]
        uuid = str(doc["uuid"])
        if kind == "databases":
            if uuid == DATABASE_UUID:
                out[DATABASE_FILE] = current.get(DATABASE_FILE, dump_yaml(doc))
            continue
        if kind == "datasets" and uuid not in datasets:
            continue
        if kind == "charts" and uuid not in charts:
            continue
        if kind == "dashboards" and not str(doc.get("slug") or "").startswith("mamori-"):
            continue
        if kind == "charts" and isinstance(doc.get("params"), dict):
            # Superset rewrites the numeric id on import; keep the table name instead.
            table = tables.get(str(doc.get("dataset_uuid")), "dataset")
            doc["params"]["datasource"] = f"__{table}__table"
        if kind == "dashboards":
            # Numeric ids differ per Superset; the import links charts by meta.uuid.
            for node in (doc.get("position") or {}).values():
                if isinstance(node, dict) and node.get("type") == "CHART":
                    node.setdefault("meta", {})["chartId"] = 0
            meta = doc.get("metadata") or {}
            meta["chart_configuration"] = {}
            meta.get("global_chart_configuration", {})["chartsInScope"] = []
        if kind == "datasets":
            doc["columns"] = sorted(doc.get("columns") or [], key=lambda c: c["column_name"])
            doc["metrics"] = sorted(doc.get("metrics") or [], key=lambda m: m["metric_name"])
        label = doc.get("table_name") or doc.get("slice_name") or doc.get("slug") or uuid
        fallback = (
            f"{kind}/Mamori_ClickHouse/{_slug(label)}.yaml"
            if kind == "datasets"
            else f"{kind}/{_slug(label)}_{uuid[:8]}.yaml"
        )
        out[names_by_uuid.get(uuid, fallback)] = dump_yaml(_strip(doc))
    return out


def write_files(files: dict[str, str], root: Path) -> None:
    """Replace the bundle's asset folders with ``files``."""
    for kind in KINDS:
        for old in (root / kind).rglob("*.yaml"):
            old.unlink()
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")


# -- counts ---------------------------------------------------------------------------
#: Refreshable materialized views (sql/0006) that turn the uniq states into counts
#: and materialise the review worklist.
COUNT_VIEWS: Final = (
    "indicators_daily_counts_mv",
    "indicators_channel_counts_mv",
    "hour_of_week_counts_mv",
    "agent_weekly_counts_mv",
    "recurrence_worklist_mv",
)


def refresh_counts(ch: Any, database: str) -> None:
    """Refresh the dashboard counts now instead of within the minute (tests, demo)."""
    for view in COUNT_VIEWS:
        ch.command(f"SYSTEM REFRESH VIEW {database}.{view}")
    for view in COUNT_VIEWS:
        ch.command(f"SYSTEM WAIT VIEW {database}.{view}")


# -- retention ------------------------------------------------------------------------
#: table → TTL expression (without the interval); "raw" tables vs "aggregate" rollups.
RAW_TTL: Final = {
    "indicators": "toDateTime(anchor_at)",
    "agent_exposure_daily": "day",
    "customer_category_summary": "toDateTime(last_seen)",
    "customer_stage": "toDateTime(last_crossed)",
}
AGGREGATE_TTL: Final = {"indicators_daily": "day", "indicators_hour_of_week": "day"}


def retention_statements(database: str, raw_days: int, aggregate_days: int) -> list[str]:
    """``ALTER TABLE … MODIFY TTL`` for the pseudonymous rows (raw indicators and the
    rollups keyed by a customer or staff pseudonym) and the anonymous count rollups."""
    if raw_days < 1 or aggregate_days < 1:
        raise ValueError("retention must be at least one day")
    stmts = [
        f"ALTER TABLE {database}.{table} MODIFY TTL {expr} + INTERVAL {raw_days} DAY"
        for table, expr in RAW_TTL.items()
    ]
    stmts += [
        f"ALTER TABLE {database}.{table} MODIFY TTL {expr} + INTERVAL {aggregate_days} DAY"
        for table, expr in AGGREGATE_TTL.items()
    ]
    return stmts


class BundleError(ValueError):
    """The bundle or its target cannot be used (shown to the user as is)."""


def load_files(root: Path = DASHBOARDS_DIR) -> dict[str, str]:
    """relative path → YAML text of every file in the bundle."""
    files = {p.relative_to(root).as_posix(): p.read_text("utf-8") for p in root.rglob("*.yaml")}
    if "metadata.yaml" not in files:
        raise BundleError(f"{root} is not a bundle: metadata.yaml missing")
    return files


def import_bundle(
    superset: SupersetEndpoint | None = None,
    *,
    url: str | None = None,
    user: str = ADMIN_USER,
    password: str | None = None,
    target: ClickHouseTarget | None = None,
    root: Path = DASHBOARDS_DIR,
) -> ImportResult:
    """Import ``dashboards/`` into a Superset (a running server's endpoint, or a URL)."""
    if superset is not None:
        url = url or superset.url
        password = password or superset.admin_password
        target = target or superset.clickhouse
    if not url or not password:
        raise BundleError("Superset URL and admin password are required")
    if target is None:
        from mamori.settings import get_settings

        target = target_from_settings(get_settings().clickhouse)
    return import_files(SupersetClient(url, user, password), load_files(root), target)

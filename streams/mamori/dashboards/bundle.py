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
import json
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

#: Every asset of the bundle is certified by this name with these details: the marker
#: by which the import recognises what it owns (an analyst's own assets never carry it).
CERTIFIED_BY: Final = "Mamori"
CERTIFICATION_DETAILS: Final = "dashboards/ bundle"
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


def _certified(by: Any, details: Any) -> bool:
    return bool(by == CERTIFIED_BY and details == CERTIFICATION_DETAILS)


def _dataset_certified(row: dict[str, Any]) -> bool:
    try:
        extra = json.loads(row.get("extra") or "{}")
    except ValueError:
        return False
    cert = extra.get("certification") or {} if isinstance(extra, dict) else {}
    return _certified(cert.get("certified_by"), cert.get("details"))


def import_files(
    client: SupersetClient, files: dict[str, str], target: ClickHouseTarget
) -> ImportResult:
    """Import (overwrite) the bundle, then remove Mamori's own charts/datasets that are
    no longer in it. Only assets carrying the bundle's certification marker are ever
    deleted: an analyst's own datasets and charts on the Mamori connection stay."""
    client.import_assets(for_target(files, target), {DATABASE_FILE: target.password})
    link_filter_scopes(client, files)
    wanted = bundle_uuids(files)
    deleted_charts = 0
    for row in client.list_all("chart", ["id", "uuid", "certified_by", "certification_details"]):
        if (
            _certified(row.get("certified_by"), row.get("certification_details"))
            and str(row["uuid"]) not in wanted["charts"]
        ):
            client.request("DELETE", f"/api/v1/chart/{row['id']}")
            deleted_charts += 1
    deleted_datasets = 0
    for row in client.list_all("dataset", ["id", "uuid", "database.uuid", "extra"]):
        database = row.get("database") or {}
        if (
            str(database.get("uuid")) == DATABASE_UUID
            and _dataset_certified(row)
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


def _chart_ids(position: dict[str, Any]) -> dict[str, int]:
    """chart UUID → chartId in a dashboard's position."""
    return {
        str(node["meta"]["uuid"]): int(node["meta"].get("chartId") or 0)
        for node in position.values()
        if isinstance(node, dict) and node.get("type") == "CHART" and "uuid" in node.get("meta", {})
    }


def _rescope(metadata: dict[str, Any], id_map: dict[int, int], on_dashboard: list[int]) -> None:
    """Rewrite the chart ids of native-filter and cross-filter scopes through ``id_map``
    and recompute ``chartsInScope`` (charts on the dashboard minus the excluded ones)."""
    scoped = [metadata.get("global_chart_configuration") or {}]
    scoped += list(metadata.get("native_filter_configuration") or [])
    for item in scoped:
        scope = item.get("scope") or {}
        excluded = [id_map.get(int(i), int(i)) for i in scope.get("excluded") or []]
        if "excluded" in scope:
            scope["excluded"] = sorted(excluded)
        if "chartsInScope" in item:
            item["chartsInScope"] = sorted(i for i in on_dashboard if i not in excluded)


def link_filter_scopes(client: SupersetClient, files: dict[str, str]) -> None:
    """After an import: Superset maps a native filter's excluded chart ids to the new ids
    but leaves ``chartsInScope`` (which the front end reads) with the bundle's ids; set it
    from the live chart ids of each Mamori dashboard."""
    for name, text in files.items():
        if not name.startswith("dashboards/"):
            continue
        doc = yaml.safe_load(text)
        live = client.request("GET", f"/api/v1/dashboard/{doc['slug']}")["result"]
        metadata = json.loads(live.get("json_metadata") or "{}")
        position = json.loads(live.get("position_json") or "{}")
        ids = sorted(_chart_ids(position).values())
        before = json.dumps(metadata, sort_keys=True)
        _rescope(metadata, {}, ids)
        if json.dumps(metadata, sort_keys=True) != before:
            client.request(
                "PUT", f"/api/v1/dashboard/{live['id']}", {"json_metadata": json.dumps(metadata)}
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
    bundle_ids: dict[str, int] = {}
    for name, text in current.items():
        if name.startswith("dashboards/"):
            bundle_ids.update(_chart_ids(yaml.safe_load(text).get("position") or {}))
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
            # Numeric ids differ per Superset: the bundle keeps a stable id per chart
            # (its own numbering, by UUID) and filter scopes refer to those; the import
            # maps them to the live ids (Superset for `excluded`, link_filter_scopes for
            # `chartsInScope`).
            position = doc.get("position") or {}
            live = _chart_ids(position)
            id_map = {live_id: bundle_ids.get(uuid, live_id) for uuid, live_id in live.items()}
            for node in position.values():
                if isinstance(node, dict) and node.get("type") == "CHART":
                    meta = node.setdefault("meta", {})
                    meta["chartId"] = id_map.get(int(meta.get("chartId") or 0), 0)
            meta = doc.get("metadata") or {}
            meta["chart_configuration"] = {}
            # Colour state Superset records as series render (UI cache, not content).
            meta.pop("map_label_colors", None)
            _rescope(meta, id_map, sorted(id_map.values()))
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
    # sql/0007: staff per day with teams, the review worklist with its customers' days
    "agent_daily_counts_mv",
    "worklist_activity_mv",
)


def refresh_counts(ch: Any, database: str) -> None:
    """Refresh the dashboard counts now instead of within the minute (tests, demo)."""
    for view in COUNT_VIEWS:
        ch.command(f"SYSTEM REFRESH VIEW {database}.{view}")
    for view in COUNT_VIEWS:
        ch.command(f"SYSTEM WAIT VIEW {database}.{view}")


def load_teams(ch: Any, database: str, teams: dict[str, str]) -> int:
    """Replace the staff directory (agent pseudonym → team) the dashboards filter by,
    and refresh the tables that carry the team. Returns the number of agents."""
    ch.command(f"TRUNCATE TABLE {database}.staff_teams")
    if teams:
        ch.insert(
            f"{database}.staff_teams",
            sorted(teams.items()),
            column_names=["agent_key", "team"],
        )
    for view in ("agent_daily_counts_mv", "worklist_activity_mv"):
        ch.command(f"SYSTEM REFRESH VIEW {database}.{view}")
        ch.command(f"SYSTEM WAIT VIEW {database}.{view}")
    return len(teams)


# -- retention ------------------------------------------------------------------------
#: table → TTL expression (without the interval); "raw" tables vs "aggregate" rollups.
#: The 0003 rollups by anchor_at are history since migration 0011 (the ``*_by_event``
#: rollups, by the time of the event that fired each indicator, feed the dashboards);
#: their retention still applies.
RAW_TTL: Final = {
    "indicators": "toDateTime(anchor_at)",
    "agent_exposure_daily": "day",
    "agent_exposure_daily_by_event": "day",
    "customer_category_summary": "toDateTime(last_seen)",
    "customer_stage": "toDateTime(last_crossed)",
    "incidents": "toDateTime(episode_at)",
}
AGGREGATE_TTL: Final = {
    "indicators_daily": "day",
    "indicators_hour_of_week": "day",
    "indicators_daily_by_event": "day",
    "indicators_hour_of_week_by_event": "day",
}


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

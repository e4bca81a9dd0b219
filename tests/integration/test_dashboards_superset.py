"""The dashboard bundle against a real Superset 6.1 reading a real ClickHouse engine:
imports are idempotent and leave no stale assets, and every chart's query runs."""

from __future__ import annotations

import uuid

import pytest
import yaml

from integration.dashboards_support import chart_data_errors
from mamori.dashboards import import_files, load_files
from mamori.localsvc.superset import SupersetServer

pytestmark = [pytest.mark.superset, pytest.mark.clickhouse, pytest.mark.slow]


def _counts(superset: SupersetServer) -> dict[str, int]:
    client = superset.client()
    return {k: len(client.list_all(k, ["id"])) for k in ("dashboard", "chart", "dataset")}


def test_bundle_shape() -> None:
    files = load_files()
    kinds = {name.split("/", 1)[0] for name in files}
    assert kinds == {"metadata.yaml", "databases", "datasets", "charts", "dashboards"}
    docs = {name: yaml.safe_load(text) for name, text in files.items()}
    uuids = [d["uuid"] for n, d in docs.items() if n != "metadata.yaml"]
    assert len(uuids) == len(set(uuids))
    dataset_uuids = {d["uuid"] for n, d in docs.items() if n.startswith("datasets/")}
    chart_uuids = {d["uuid"] for n, d in docs.items() if n.startswith("charts/")}
    on_dashboards = set()
    for name, doc in docs.items():
        assert "query_context" not in doc or doc["query_context"] is None, name
        assert "password" not in files[name].lower().replace("xxxxxxxxxx", ""), name
        assert files[name] == yaml.safe_dump(doc, allow_unicode=True, sort_keys=True, width=100)
        if name.startswith("charts/"):
            assert doc["dataset_uuid"] in dataset_uuids, name
            assert doc["certified_by"] == "Mamori"
        if name.startswith("dashboards/"):
            on_dashboards |= {
                v["meta"]["uuid"]
                for v in doc["position"].values()
                if isinstance(v, dict) and v.get("type") == "CHART"
            }
    assert on_dashboards == chart_uuids  # every chart is shown, none is missing
    titles = sorted(d["dashboard_title"] for n, d in docs.items() if n.startswith("dashboards/"))
    assert len(titles) == 5 and all(t[0] > "\u3000" for t in titles)  # Japanese first


def test_import_twice_is_idempotent_and_removes_stale(superset_dashboards: SupersetServer) -> None:
    from mamori.dashboards import import_bundle

    first = _counts(superset_dashboards)
    assert first["dashboard"] == 5 and first["chart"] == 29 and first["dataset"] == 10
    result = import_bundle(superset_dashboards)
    assert _counts(superset_dashboards) == first
    assert (result.deleted_charts, result.deleted_datasets) == (0, 0)

    # A bundle that still had an extra chart, imported before the current one: the
    # re-import of the current bundle must delete it.
    files = load_files()
    name, text = next((n, t) for n, t in files.items() if n.startswith("charts/"))
    doc = yaml.safe_load(text)
    doc["uuid"] = str(uuid.uuid4())
    doc["slice_name"] = "stale chart"
    old = {**files, "charts/stale.yaml": yaml.safe_dump(doc, allow_unicode=True)}
    client = superset_dashboards.client()
    assert superset_dashboards.clickhouse is not None
    import_files(client, old, superset_dashboards.clickhouse)
    assert _counts(superset_dashboards)["chart"] == first["chart"] + 1
    result = import_bundle(superset_dashboards)
    assert result.deleted_charts == 1
    assert _counts(superset_dashboards) == first
    names = {r["slice_name"] for r in client.list_all("chart", ["slice_name"])}
    assert "stale chart" not in names


def test_every_chart_returns_data(superset_dashboards: SupersetServer) -> None:
    results = chart_data_errors(superset_dashboards.client())
    assert len(results) == 29
    failed = [(name, err) for name, err, _ in results if err]
    assert not failed
    empty = [name for name, _, rows in results if rows == 0]
    assert not empty


def test_clickhouse_connection_is_read_only(superset_dashboards: SupersetServer) -> None:
    client = superset_dashboards.client()
    db = next(
        d
        for d in client.list_all("database", ["id", "database_name"])
        if d["database_name"] == "Mamori ClickHouse"
    )
    conn = client.request("GET", f"/api/v1/database/{db['id']}/connection")["result"]
    assert conn["sqlalchemy_uri"].startswith("clickhousedb://mamori_reader:XXXXXXXXXX@127.0.0.1:")
    assert not conn["allow_dml"]


def test_export_round_trips_to_the_bundle(superset_dashboards: SupersetServer) -> None:
    from mamori.dashboards import normalise_export

    files = load_files()
    exported = normalise_export(superset_dashboards.client().export_assets(), files)
    assert exported == files

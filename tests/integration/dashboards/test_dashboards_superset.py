"""The dashboard bundle against a real Superset 6.1 reading a real ClickHouse engine:
imports are idempotent and leave no stale assets, and every chart's query runs."""

from __future__ import annotations

import json
import uuid
from typing import Any

import pytest
import yaml

from integration.dashboards_support import chart_data_errors
from mamori.dashboards.bundle import import_files, load_files
from mamori.devstack.superset import SupersetServer

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
    from mamori.dashboards.bundle import import_bundle

    first = _counts(superset_dashboards)
    assert first["dashboard"] == 5 and first["chart"] == 31 and first["dataset"] == 11
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
    # ... and a dataset the bundle used to own (certified like every bundle dataset)
    ds_name, ds_text = next((n, t) for n, t in files.items() if n.startswith("datasets/"))
    ds = yaml.safe_load(ds_text)
    ds["uuid"] = str(uuid.uuid4())
    ds["table_name"] = "indicators_daily"
    old = {
        **files,
        "charts/stale.yaml": yaml.safe_dump(doc, allow_unicode=True),
        "datasets/Mamori_ClickHouse/stale.yaml": yaml.safe_dump(ds, allow_unicode=True),
    }
    client = superset_dashboards.client()
    assert superset_dashboards.clickhouse is not None
    import_files(client, old, superset_dashboards.clickhouse)
    assert _counts(superset_dashboards)["chart"] == first["chart"] + 1
    assert _counts(superset_dashboards)["dataset"] == first["dataset"] + 1
    result = import_bundle(superset_dashboards)
    assert (result.deleted_charts, result.deleted_datasets) == (1, 1)
    assert _counts(superset_dashboards) == first
    names = {r["slice_name"] for r in client.list_all("chart", ["slice_name"])}
    assert "stale chart" not in names


def test_import_leaves_an_analysts_own_dataset_and_chart(
    superset_dashboards: SupersetServer,
) -> None:
    """An analyst's own dataset on the Mamori connection, and a chart on it, survive a
    re-import (the import deletes only what carries the bundle's marker)."""
    from mamori.dashboards.bundle import import_bundle

    client = superset_dashboards.client()
    db = next(
        d
        for d in client.list_all("database", ["id", "database_name"])
        if d["database_name"] == "Mamori ClickHouse"
    )
    dataset = client.request(
        "POST",
        "/api/v1/dataset/",
        {
            "database": db["id"],
            "table_name": "analyst_weekly_customers",
            "sql": "SELECT toMonday(day) AS week, uniqExact(customer_key) AS customers"
            " FROM customer_activity GROUP BY week",
        },
    )["id"]
    chart = client.request(
        "POST",
        "/api/v1/chart/",
        {
            "slice_name": "analyst's own chart",
            "viz_type": "table",
            "datasource_id": dataset,
            "datasource_type": "table",
            "params": json.dumps(
                {"viz_type": "table", "query_mode": "raw", "all_columns": ["week"]}
            ),
        },
    )["id"]
    try:
        before = _counts(superset_dashboards)
        result = import_bundle(superset_dashboards)
        assert (result.deleted_charts, result.deleted_datasets) == (0, 0)
        assert _counts(superset_dashboards) == before
        assert client.request("GET", f"/api/v1/dataset/{dataset}")["result"]["table_name"] == (
            "analyst_weekly_customers"
        )
        assert client.request("GET", f"/api/v1/chart/{chart}")["result"]["slice_name"] == (
            "analyst's own chart"
        )
    finally:
        client.request("DELETE", f"/api/v1/chart/{chart}")
        client.request("DELETE", f"/api/v1/dataset/{dataset}")


def test_native_filters_reach_the_live_chart_ids(superset_dashboards: SupersetServer) -> None:
    """After the import every filter's chartsInScope/excluded name charts of its own
    dashboard by their live ids, split exactly as the bundle scopes them."""
    client = superset_dashboards.client()
    files = load_files()
    for name, text in files.items():
        if not name.startswith("dashboards/"):
            continue
        doc = yaml.safe_load(text)
        bundle_ids = {
            n["meta"]["uuid"]: n["meta"]["chartId"]
            for n in doc["position"].values()
            if isinstance(n, dict) and n.get("type") == "CHART"
        }
        live = client.request("GET", f"/api/v1/dashboard/{doc['slug']}")["result"]
        position = json.loads(live["position_json"])
        live_ids = {
            n["meta"]["uuid"]: n["meta"]["chartId"]
            for n in position.values()
            if isinstance(n, dict) and n.get("type") == "CHART"
        }
        to_live = {bundle_ids[u]: live_ids[u] for u in bundle_ids}
        metadata = json.loads(live["json_metadata"])
        live_filters = {f["id"]: f for f in metadata["native_filter_configuration"]}
        for f in doc["metadata"]["native_filter_configuration"]:
            got = live_filters[f["id"]]
            assert sorted(got["chartsInScope"]) == sorted(to_live[i] for i in f["chartsInScope"])
            assert sorted(got["scope"]["excluded"]) == sorted(
                to_live[i] for i in f["scope"]["excluded"]
            )


def test_every_chart_returns_data(superset_dashboards: SupersetServer) -> None:
    results = chart_data_errors(superset_dashboards.client())
    assert len(results) == 31
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
    from mamori.dashboards.bundle import normalise_export

    files = load_files()
    exported = normalise_export(superset_dashboards.client().export_assets(), files)
    assert exported == files


def test_weekly_charts_filter_by_day_not_by_week_start(
    superset_dashboards: SupersetServer, superset_database: str, clickhouse_server: Any
) -> None:
    """A date range that starts and ends mid-week counts exactly the days inside it.

    Superset names the week bucket after its column (``toMonday(...) AS day``), and
    ClickHouse reads an alias before a column of the same name in WHERE: bucketed on
    ``day`` itself, the range was applied to week starts and the edge weeks gained or
    lost days."""
    from datetime import date, timedelta

    import clickhouse_connect
    from bench.bench_dashboards import query_context

    client = superset_dashboards.client()
    chart = next(
        c
        for c in client.list_all("chart", ["id", "slice_name"])
        if c["slice_name"] == "週別・カテゴリ別の指標数"
    )
    params = json.loads(client.request("GET", f"/api/v1/chart/{chart['id']}")["result"]["params"])
    ds_id = int(params["datasource"].split("__")[0])
    ch = clickhouse_connect.get_client(
        host="127.0.0.1",
        port=clickhouse_server.http_port,
        username="mamori_admin",
        password=clickhouse_server.passwords["mamori_admin"],
    )
    first, last = ch.query(
        f"SELECT min(day), max(day) FROM {superset_database}.indicators_daily_counts"
    ).result_rows[0]
    # From the first Wednesday a week into the data to a Thursday four weeks later.
    start: date = first + timedelta(days=7 + (2 - first.weekday()) % 7)
    end = start + timedelta(days=29)
    assert end < last
    expected = ch.query(
        f"SELECT sum(indicators) FROM {superset_database}.indicators_daily_counts"
        f" WHERE day >= '{start}' AND day < '{end}'"
    ).result_rows[0][0]
    context = query_context(ds_id, params, time_range=f"{start} : {end}")
    rows = client.request("POST", "/api/v1/chart/data", context)["result"][0]["data"]
    assert expected > 0
    assert sum(r["indicator_count"] for r in rows) == expected

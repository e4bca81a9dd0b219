"""Helpers for the dashboard tests: a chart's query context rebuilt from its params
(the bundle strips ``query_context``; the front end builds it the same way), and a
run of every Mamori chart through ``/api/v1/chart/data``."""

from __future__ import annotations

from bench.bench_dashboards import query_context

from mamori.dashboards.superset_client import SupersetClient


def chart_data_errors(client: SupersetClient) -> list[tuple[str, str | None, int]]:
    """(chart name, error or None, row count) for every chart certified by Mamori."""
    import json

    out = []
    for row in client.list_all("chart", ["id", "slice_name", "certified_by"]):
        if row.get("certified_by") != "Mamori":
            continue
        chart = client.request("GET", f"/api/v1/chart/{row['id']}")["result"]
        params = json.loads(chart["params"])
        ds_id = int(params["datasource"].split("__")[0])
        try:
            result = client.request("POST", "/api/v1/chart/data", query_context(ds_id, params))
        except Exception as exc:  # noqa: BLE001 - reported per chart
            out.append((row["slice_name"], str(exc)[:500], 0))
            continue
        q = result["result"][0]
        out.append((row["slice_name"], q.get("error"), int(q.get("rowcount") or 0)))
    return out

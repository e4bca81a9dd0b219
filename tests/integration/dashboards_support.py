"""Helpers for the dashboard tests: a chart's query context rebuilt from its params
(the bundle strips ``query_context``; the front end builds it the same way), and a
run of every Mamori chart through ``/api/v1/chart/data``."""

from __future__ import annotations

from typing import Any

from mamori.dashboards.superset_client import SupersetClient


def _axis(params: dict[str, Any]) -> list[Any]:
    x = params.get("x_axis")
    if not x:
        return []
    grain = params.get("time_grain_sqla")
    if grain:
        return [
            {
                "timeGrain": grain,
                "columnType": "BASE_AXIS",
                "sqlExpression": x,
                "label": x,
                "expressionType": "SQL",
            }
        ]
    return [x]


def query_context(datasource_id: int, params: dict[str, Any]) -> dict[str, Any]:
    """The query context the chart's front-end plugin would send, for our chart kinds."""
    groupby = params.get("groupby") or []
    if isinstance(groupby, str):  # heatmap_v2 takes one column
        groupby = [groupby]
    metrics = list(params.get("metrics") or [])
    if params.get("metric"):
        metrics.append(params["metric"])
    orderby: list[Any] = []
    if params.get("query_mode") == "raw":
        columns: list[Any] = list(params["all_columns"])
        metrics = []
        orderby = [[c, False] for c in ("stage_level", "last_contact") if c in columns]
    else:
        columns = _axis(params) + list(groupby)
        if metrics:
            orderby = [[metrics[0], False]]
    query = {
        "columns": columns,
        "metrics": metrics,
        "orderby": orderby,
        "row_limit": params.get("row_limit", 1000),
        "filters": [],
        "extras": {"having": "", "where": ""},
        "time_range": params.get("time_range", "No filter"),
    }
    return {
        "datasource": {"id": datasource_id, "type": "table"},
        "force": True,
        "queries": [query],
        "form_data": params,
        "result_format": "json",
        "result_type": "full",
    }


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

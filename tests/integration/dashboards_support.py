"""Helpers for the dashboard tests: a chart's query context rebuilt from its params
(the bundle strips ``query_context``; the front end builds it the same way), and a
run of every Mamori chart through ``/api/v1/chart/data``."""

from __future__ import annotations

from typing import Any

from mamori.localsvc.superset import SupersetClient


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


def _filters(params: dict[str, Any]) -> list[dict[str, Any]]:
    """The chart's simple adhoc filters as query filters (TEMPORAL_RANGE included: its
    value is replaced by the query's ``time_range``, as a dashboard time filter does)."""
    return [
        {"col": f["subject"], "op": f["operator"], "val": f["comparator"]}
        for f in params.get("adhoc_filters") or []
        if f.get("expressionType") == "SIMPLE"
    ]


def query_context(
    datasource_id: int,
    params: dict[str, Any],
    *,
    time_range: str | None = None,
    filters: list[dict[str, Any]] | None = None,
    result_type: str = "full",
) -> dict[str, Any]:
    """The query context the chart's front-end plugin would send, for our chart kinds,
    with the dashboard's native filters applied: ``time_range`` (a time filter's value)
    and ``filters`` (``{"col", "op": "IN", "val"}`` of the select filters)."""
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
        "filters": _filters(params) + list(filters or []),
        "extras": {"having": "", "where": ""},
        "time_range": time_range or params.get("time_range", "No filter"),
    }
    if params.get("timeseries_limit_metric") and params.get("query_mode") != "raw":
        orderby = [[params["timeseries_limit_metric"], not params.get("order_desc", True)]]
        query["orderby"] = orderby
    return {
        "datasource": {"id": datasource_id, "type": "table"},
        "force": True,
        "queries": [query],
        "form_data": params,
        "result_format": "json",
        "result_type": result_type,
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

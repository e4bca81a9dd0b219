"""The bundle's native filters, read from the YAML alone: every dashboard has its
filters, every filter's scope names charts of its own dashboard whose datasets carry
the filtered column (or a time column for the time range), and the drill-down links
name filters that exist on the review dashboard."""

from __future__ import annotations

import re
from typing import Any

import pytest
import yaml

from mamori.dashboards.bundle import load_files

FILES = load_files()
DOCS: dict[str, Any] = {n: yaml.safe_load(t) for n, t in FILES.items()}
DATASETS = {d["uuid"]: d for n, d in DOCS.items() if n.startswith("datasets/")}
CHARTS = {d["uuid"]: d for n, d in DOCS.items() if n.startswith("charts/")}
DASHBOARDS = {d["slug"]: d for n, d in DOCS.items() if n.startswith("dashboards/")}

#: What each dashboard must let an analyst narrow by (issue 15).
REQUIRED = {
    "mamori-trends": {"time", "channel", "category", "severity", "daytype"},
    "mamori-when-where": {"time", "channel", "category", "severity", "daytype"},
    "mamori-staff-impact": {"time", "category", "severity", "team", "daytype"},
    "mamori-recurrence-review": {
        "time",
        "channel",
        "category",
        "severity",
        "team",
        "daytype",
        "stage",
    },
    "mamori-pipeline-health": {"time"},
}


def _charts_on(dashboard: dict[str, Any]) -> dict[int, dict[str, Any]]:
    """bundle chart id → chart, for the charts placed on ``dashboard``."""
    return {
        int(node["meta"]["chartId"]): CHARTS[node["meta"]["uuid"]]
        for node in dashboard["position"].values()
        if isinstance(node, dict) and node.get("type") == "CHART"
    }


def _columns(chart: dict[str, Any]) -> set[str]:
    return {c["column_name"] for c in DATASETS[chart["dataset_uuid"]]["columns"]}


def _time_filtered(chart: dict[str, Any]) -> bool:
    return any(
        f.get("operator") == "TEMPORAL_RANGE" and f["subject"] in _columns(chart)
        for f in chart["params"].get("adhoc_filters") or []
    )


def test_chart_ids_are_unique_and_stable() -> None:
    ids: dict[int, str] = {}
    for dashboard in DASHBOARDS.values():
        for cid, chart in _charts_on(dashboard).items():
            assert cid > 0
            assert ids.setdefault(cid, chart["uuid"]) == chart["uuid"], cid


@pytest.mark.parametrize("slug", sorted(REQUIRED))
def test_every_filter_is_scoped_to_charts_that_carry_its_column(slug: str) -> None:
    dashboard = DASHBOARDS[slug]
    charts = _charts_on(dashboard)
    filters = dashboard["metadata"]["native_filter_configuration"]
    kinds = {f["id"].rsplit("-", 1)[1] for f in filters}
    assert REQUIRED[slug] <= kinds
    assert len({f["id"] for f in filters}) == len(filters)
    for f in filters:
        in_scope = set(f["chartsInScope"])
        excluded = set(f["scope"]["excluded"])
        assert in_scope | excluded == set(charts), f["id"]  # ids of this dashboard only
        assert not in_scope & excluded and in_scope, f["id"]
        if f["filterType"] == "filter_time":
            assert all(_time_filtered(charts[c]) for c in in_scope), f["id"]
            assert not any(_time_filtered(charts[c]) for c in excluded), f["id"]
            continue
        (target,) = f["targets"]
        column = target["column"]["name"]
        assert column in _columns({"dataset_uuid": target["datasetUuid"]}), f["id"]
        assert all(column in _columns(charts[c]) for c in in_scope), f["id"]
        # every chart that could be filtered by it is
        assert not any(column in _columns(charts[c]) for c in excluded), f["id"]


def test_default_time_range_is_the_current_and_previous_quarter() -> None:
    for slug, dashboard in DASHBOARDS.items():
        (time,) = [
            f
            for f in dashboard["metadata"]["native_filter_configuration"]
            if f["filterType"] == "filter_time"
        ]
        default = time["defaultDataMask"]["extraFormData"]["time_range"]
        assert time["defaultDataMask"]["filterState"]["value"] == default
        if slug == "mamori-pipeline-health":
            assert default == "Last day"
            assert dashboard["metadata"]["refresh_frequency"] == 60
        else:
            # JST = UTC+9; from the start of the previous quarter to the end of this one
            assert "DATEADD(DATETIME('now'), 9, hour), -1, quarter), quarter)" in default
            assert "DATEADD(DATETIME('now'), 9, hour), 1, quarter), quarter)" in default


def test_category_filter_lists_japanese_labels_grouped_by_axis() -> None:
    for dashboard in DASHBOARDS.values():
        for f in dashboard["metadata"]["native_filter_configuration"]:
            if f["id"].endswith("-category"):
                assert f["targets"][0]["column"]["name"] == "category_label"
                assert f["controlValues"]["sortAscending"]  # "A · …" before "B · …"
    for ds in DATASETS.values():
        for c in ds["columns"]:
            if c["column_name"] == "category_label":
                assert c["expression"].startswith("concat(")
                assert "過度な要求" in c["expression"]


def test_drill_down_links_name_filters_of_the_review_dashboard() -> None:
    review = {
        f["id"]: f
        for f in DASHBOARDS["mamori-recurrence-review"]["metadata"]["native_filter_configuration"]
    }
    # metrics, so that the link is built once per row of the chart, not per table row
    links = [
        m
        for ds in DATASETS.values()
        for m in ds["metrics"]
        if m["metric_name"].startswith("drill_")
    ]
    assert {m["metric_name"] for m in links} == {"drill_category", "drill_week", "drill_agent"}
    for m in links:
        assert "/superset/dashboard/mamori-recurrence-review/?native_filters=" in m["expression"]
        fids = set(re.findall(r"NATIVE_FILTER-[a-z]+-[a-z]+", m["expression"]))
        assert fids and fids <= set(review), fids
        # the value the link carries is a column the review filter filters on
        for fid in fids:
            column = review[fid].get("targets", [{}])[0].get("column", {}).get("name")
            assert column is None or f"col:{column}," in m["expression"], (fid, column)
    charts = [
        c
        for c in CHARTS.values()
        if {"drill_category", "drill_week", "drill_agent"} & set(c["params"].get("metrics") or [])
    ]
    assert len(charts) == 3 and all(c["params"]["allow_render_html"] for c in charts)


def test_worklist_rows_say_how_to_open_the_review_pack() -> None:
    (worklist,) = [
        c
        for c in CHARTS.values()
        if c["params"].get("groupby") and "review_command" in c["params"]["groupby"]
    ]
    column = next(
        c
        for c in DATASETS[worklist["dataset_uuid"]]["columns"]
        if c["column_name"] == "review_command"
    )
    assert column["expression"] == "concat('mamori review ', customer_key)"


def test_every_dashboard_shows_its_data_age() -> None:
    for slug, dashboard in DASHBOARDS.items():
        tables = {DATASETS[c["dataset_uuid"]]["table_name"] for c in _charts_on(dashboard).values()}
        assert "refresh_status" in tables, slug

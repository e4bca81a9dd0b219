"""Quarterly export: quarter arithmetic, table folding and the written files (no ClickHouse)."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from pathlib import Path

import openpyxl
import pytest

from mamori.domain.taxonomy import Category
from mamori.reporting.export.model import NO_AGENT, Cell, Quarter, build_report
from mamori.reporting.export.render import table_csv, write_export


def test_quarter_bounds_follow_tokyo() -> None:
    q = Quarter.parse("2026Q3")
    assert (q.year, q.q, str(q)) == (2026, 3, "2026Q3")
    assert q.start.astimezone(UTC) == datetime(2026, 6, 30, 15, 0, tzinfo=UTC)
    assert q.end.astimezone(UTC) == datetime(2026, 9, 30, 15, 0, tzinfo=UTC)
    assert q.months() == [202607, 202608, 202609]
    assert q.date_range == "2026-07-01 – 2026-09-30"
    assert Quarter(2026, 1).date_range == "2026-01-01 – 2026-03-31"
    assert q.previous() == Quarter(2026, 2)
    assert Quarter.parse("2026q1").previous() == Quarter(2025, 4)
    assert Quarter.parse("2025-Q4").next() == Quarter(2026, 1)
    assert Quarter(2025, 4).end == Quarter(2026, 1).start


@pytest.mark.parametrize("text", ["2026Q5", "2026", "Q3", "26Q3", "2026Q3x"])
def test_bad_quarters_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        Quarter.parse(text)


def cell(month: int, category: str = "abusive_language", count: int = 1, **kw: str) -> Cell:
    base = {"axis": "A" if category == "excessive_demand" else "B", "severity": "medium",
            "channel": "phone", "agent_key": "ak1"}  # fmt: skip
    base.update(kw)
    return Cell(
        month, category, base["axis"], base["severity"], base["channel"], base["agent_key"], count
    )


def sample() -> list[Cell]:
    return [
        cell(202604, "abusive_language", 2),
        cell(202605, "excessive_demand", 4, channel="email"),
        cell(202607, "abusive_language", 3, severity="high"),
        cell(202607, "excessive_demand", 1, agent_key=""),
        cell(202609, "legal_threat", 5, channel="chat", agent_key="ak2"),
        cell(202609, "mystery_code", 1, axis="B", channel="fax"),  # unknown: kept, not dropped
        cell(202601, "abusive_language", 100),  # neither quarter
        cell(202610, "abusive_language", 100),
    ]


def test_tables_fold_counts_with_quarter_over_quarter_change() -> None:
    report = build_report(Quarter(2026, 3), sample(), customers=(2, 3))
    cat = {r.key: r for r in report.table("by_category").rows}
    assert (cat["abusive_language"].previous, cat["abusive_language"].current) == (2, 3)
    assert cat["abusive_language"].change == 1 and cat["abusive_language"].change_pct == 50.0
    assert (cat["excessive_demand"].previous, cat["excessive_demand"].current) == (4, 1)
    assert cat["excessive_demand"].change_pct == -75.0
    assert cat["legal_threat"].change_pct is None  # nothing before: no percentage
    assert cat["mystery_code"].current == 1
    assert cat["sexual_harassment"].current == 0  # every taxonomy code listed
    assert list(cat)[:15] == [c.value for c in Category]
    for t in report.tables:
        assert (t.total_previous, t.total_current) == (6, 10), t.name
    axis = {r.key: (r.previous, r.current) for r in report.table("by_axis").rows}
    assert axis == {"A": (4, 1), "B": (2, 9)}
    chan = {r.key: (r.previous, r.current) for r in report.table("by_channel").rows}
    assert chan["phone"] == (2, 4) and chan["email"] == (4, 0) and chan["fax"] == (0, 1)
    sev = {r.key: (r.previous, r.current) for r in report.table("by_severity").rows}
    assert sev == {"low": (0, 0), "medium": (6, 7), "high": (0, 3)}
    month = [(r.key, r.previous, r.current) for r in report.table("by_month").rows]
    assert month == [("2026-07", 2, 4), ("2026-08", 4, 0), ("2026-09", 0, 6)]


def test_team_is_agent_key_unless_a_directory_maps_it() -> None:
    by_agent = build_report(Quarter(2026, 3), sample()).table("by_team")
    assert [r.key for r in by_agent.rows] == ["ak2", "ak1", NO_AGENT]
    assert by_agent.title_en.startswith("By agent")
    teams = build_report(Quarter(2026, 3), sample(), teams={"ak1": "Tokyo", "ak2": "Tokyo"})
    rows = {r.key: (r.previous, r.current) for r in teams.table("by_team").rows}
    assert rows == {"Tokyo": (6, 9), NO_AGENT: (0, 1)}
    assert teams.teams_source == "staff directory"


def test_csv_has_bom_free_text_and_total_row() -> None:
    text = table_csv(build_report(Quarter(2026, 3), sample()).table("by_axis"))
    rows = list(csv.reader(text.splitlines()))
    assert rows[0] == [
        "key",
        "label_ja",
        "label_en",
        "previous_quarter",
        "current_quarter",
        "change",
        "change_pct",
    ]
    assert rows[1][:1] + rows[1][3:] == ["A", "4", "1", "-3", "-75.0"]
    assert rows[-1][0] == "total" and rows[-1][3:5] == ["6", "10"]


def test_written_files_agree(tmp_path: Path) -> None:
    report = build_report(Quarter(2026, 3), sample(), customers=(2, 3))
    report.chain = {"head_seq": 3, "head_hash": "c" * 64}
    paths = write_export(report, tmp_path)
    names = {p.name for p in paths}
    assert {"2026Q3_by_category.csv", "2026Q3_by_team.csv", "2026Q3_by_month.csv",
            "2026Q3_report.xlsx", "2026Q3_report.html", "2026Q3_report.json"} <= names  # fmt: skip
    raw = (tmp_path / "2026Q3_by_category.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM for Excel
    manifest = json.loads((tmp_path / "2026Q3_report.json").read_text("utf-8"))
    assert manifest["previous_quarter"] == "2026Q2"
    assert manifest["range"] == ["2026-06-30T15:00:00.000Z", "2026-09-30T15:00:00.000Z"]
    assert manifest["evidence_chain"]["head_hash"] == "c" * 64

    wb = openpyxl.load_workbook(tmp_path / "2026Q3_report.xlsx")
    assert wb.sheetnames[0] == "概要 Summary"
    for t in report.tables:
        ws = wb[t.name]
        got = {
            ws.cell(i, 1).value: (ws.cell(i, 4).value, ws.cell(i, 5).value)
            for i in range(4, 4 + len(t.rows))
        }
        assert got == {r.key: (r.previous, r.current) for r in t.rows}
        assert ws.cell(4 + len(t.rows), 4).value == t.total_previous
        assert ws._charts, t.name  # a chart on every table sheet

    html = (tmp_path / "2026Q3_report.html").read_text("utf-8")
    assert html.count("<svg") >= len(report.tables) and "<script" not in html
    assert "http://" not in html.replace("http://www.w3.org", "") and "https://" not in html
    assert "2026Q2" in html and "区分別" in html
    assert "2026-07-01 – 2026-09-30" in html and "2026-04-01 – 2026-06-30" in html


def test_staff_directory_by_key_or_by_raw_id(tmp_path: Path) -> None:
    from mamori.domain.pseudonym import Pseudonymizer
    from mamori.reporting.export.queries import read_teams

    by_key = tmp_path / "keys.csv"
    by_key.write_text("agent_key,team\na_1,東京\n,ignored\n", encoding="utf-8-sig")
    assert read_teams(by_key) == {"a_1": "東京"}
    secret = b"s" * 32
    by_id = tmp_path / "ids.csv"
    by_id.write_text("agent_id,team\nyamada@example.jp,大阪\n", encoding="utf-8")
    expected = Pseudonymizer(secret).agent("yamada@example.jp")
    assert read_teams(by_id, lambda: secret) == {expected: "大阪"}
    with pytest.raises(ValueError, match="secret"):
        read_teams(by_id)
    bad = tmp_path / "bad.csv"
    bad.write_text("name,team\nx,y\n", encoding="utf-8")
    with pytest.raises(ValueError, match="columns"):
        read_teams(bad)


HOSTILE = ['=HYPERLINK("http://evil.example/","x")', "+81 3", "-2+3", "@SUM(A1)",
           "\t=1+1", "\r=1+1", " =1+1", "＝1+1"]  # fmt: skip


def test_formula_like_team_names_and_labels_stay_inert_text(tmp_path: Path) -> None:
    cells = [cell(202607, agent_key=f"ak{i}") for i in range(len(HOSTILE))]
    cells.append(cell(202608, category="=cmd|'/c calc'!A0"))  # unknown label: kept as key
    teams = {f"ak{i}": name for i, name in enumerate(HOSTILE)}
    report = build_report(Quarter(2026, 3), cells, teams=teams)
    write_export(report, tmp_path)

    csv_text = (tmp_path / "2026Q3_by_team.csv").read_bytes().decode("utf-8-sig")
    team_keys = [r[0] for r in csv.reader(io.StringIO(csv_text, newline=""))][1:-1]
    assert sorted(team_keys) == sorted("'" + n for n in HOSTILE)
    cat_text = (tmp_path / "2026Q3_by_category.csv").read_bytes().decode("utf-8-sig")
    assert "'=cmd|" in cat_text and "\r\n=cmd" not in cat_text and ",=cmd" not in cat_text

    wb = openpyxl.load_workbook(tmp_path / "2026Q3_report.xlsx")
    seen = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                # openpyxl reads a formula cell as data_type "f"; text stays "s".
                assert c.data_type != "f", (ws.title, c.coordinate, c.value)
                if isinstance(c.value, str):
                    seen.append(c.value)
    for name in HOSTILE:  # XLSX may store the control characters encoded: compare stripped
        assert any(v.startswith("'") and v[1:].strip() == name.strip() for v in seen), name
    assert "'=cmd|'/c calc'!A0" in seen


def test_neutralise_leaves_ordinary_text_alone() -> None:
    from mamori.reporting.export.render import neutralise

    for ok in ("東京", "Tokyo team", "abusive_language", "2026-07", "a=b", ""):
        assert neutralise(ok) == ok
    assert neutralise("=1") == "'=1" and neutralise("-") == "'-"

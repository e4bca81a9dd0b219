"""Writers of a quarterly report: CSV tables, one XLSX workbook with charts, a
self-contained HTML report and the JSON manifest."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Final

from mamori.reporting.export.model import (
    COUNTING_RULE_EN,
    COUNTING_RULE_JA,
    TEAM_RULE_EN,
    QuarterReport,
    Table,
)
from mamori.reporting.labels import COMPANY_TZ, local_time
from mamori.reporting.review.render import template_environment

#: First characters that make a spreadsheet read a cell as a formula (OWASP CSV
#: injection): ``=HYPERLINK(...)`` in a team name would be live in Excel/LibreOffice.
FORMULA_TRIGGERS: Final = (
    "=",
    "+",
    "-",
    "@",
    "\t",
    "\r",
    "\n",
    "\uff1d",
    "\uff0b",
    "\uff0d",
    "\uff20",
)


def neutralise(text: str) -> str:
    """``text`` safe to put in a spreadsheet cell: a leading apostrophe when it starts
    with a formula trigger (also after leading spaces, which Excel skips), so it stays
    inert text. Applied to every text cell of the CSV and XLSX files (labels, team
    names, keys); numbers are written as numbers and need nothing."""
    if text.lstrip(" ").startswith(FORMULA_TRIGGERS):
        return "'" + text
    return text


CSV_HEADER: Final = [
    "key",
    "label_ja",
    "label_en",
    "previous_quarter",
    "current_quarter",
    "change",
    "change_pct",
]


def table_csv(table: Table) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(CSV_HEADER)
    for r in table.rows:
        pct = "" if r.change_pct is None else f"{r.change_pct:.1f}"
        w.writerow(
            [
                neutralise(r.key),
                neutralise(r.label_ja),
                neutralise(r.label_en),
                r.previous,
                r.current,
                r.change,
                pct,
            ]
        )
    w.writerow(["total", "合計", "total", table.total_previous, table.total_current,
                table.total_current - table.total_previous, ""])  # fmt: skip
    return buf.getvalue()


def write_xlsx(report: QuarterReport, path: Path) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    bold = wb.add_format({"bold": True})
    head = wb.add_format({"bold": True, "bg_color": "#EEEEEE", "border": 1, "text_wrap": True})
    num = wb.add_format({"num_format": "#,##0", "border": 1})
    pct = wb.add_format({"num_format": '+0.0"%";-0.0"%";0.0"%"', "border": 1})
    text = wb.add_format({"border": 1})
    cur, prev = str(report.quarter), str(report.previous)

    ws = wb.add_worksheet("概要 Summary")
    ws.set_column(0, 0, 34)
    ws.set_column(1, 1, 90)
    info = [
        ("四半期 Quarter", cur),
        ("比較対象 Previous quarter", prev),
        (f"期間 Range ({COMPANY_TZ.key})", report.quarter.date_range),
        ("比較期間 Previous range", report.previous.date_range),
        ("作成 Generated", f"{local_time(report.generated_at)} {COMPANY_TZ.key}"),
        ("集計ルール Counting rule", f"{COUNTING_RULE_JA} / {COUNTING_RULE_EN}"),
        ("チーム Team", f"{report.teams_source}: {TEAM_RULE_EN}"),
        ("顧客数 Customers (distinct keys)", f"{prev}: {report.customers[0]}, {cur}: {report.customers[1]}"),
    ]  # fmt: skip
    if report.chain is not None:
        info.append(("証跡チェーン Evidence chain head", f"seq {report.chain['head_seq']} {report.chain['head_hash']}"))  # fmt: skip
    for i, (k, v) in enumerate(info):
        # write_string, never write(): write() turns a leading "=" into a formula.
        ws.write_string(i, 0, neutralise(k), bold)
        ws.write_string(i, 1, neutralise(v))

    for t in report.tables:
        ws = wb.add_worksheet(t.name)
        ws.set_column(0, 0, 22)
        ws.set_column(1, 2, 40)
        ws.set_column(3, 6, 12)
        ws.write_string(0, 0, neutralise(f"{t.title_ja} / {t.title_en}"), bold)
        headers = [
            "key",
            "区分 label (ja)",
            "label (en)",
            prev,
            cur,
            "増減 change",
            "増減率 change %",
        ]
        ws.write_row(2, 0, headers, head)
        for i, r in enumerate(t.rows, start=3):
            ws.write_string(i, 0, neutralise(r.key), text)
            ws.write_string(i, 1, neutralise(r.label_ja), text)
            ws.write_string(i, 2, neutralise(r.label_en), text)
            ws.write_number(i, 3, r.previous, num)
            ws.write_number(i, 4, r.current, num)
            ws.write_number(i, 5, r.change, num)
            if r.change_pct is None:
                ws.write_blank(i, 6, None, text)
            else:
                ws.write_number(i, 6, r.change_pct, pct)
        last = 2 + len(t.rows)
        ws.write_string(last + 1, 0, "total", head)
        ws.write_string(last + 1, 1, "合計", head)
        ws.write_number(last + 1, 3, t.total_previous, num)
        ws.write_number(last + 1, 4, t.total_current, num)
        ws.write_number(last + 1, 5, t.total_current - t.total_previous, num)
        if t.rows:
            chart = wb.add_chart({"type": "bar"})
            for col, name, color in ((3, prev, "#A6A6A6"), (4, cur, "#2F5597")):
                chart.add_series(
                    {
                        "name": name,
                        "categories": [t.name, 3, 1, last, 1],
                        "values": [t.name, 3, col, last, col],
                        "fill": {"color": color},
                    }
                )
            chart.set_title({"name": t.title_en})
            chart.set_y_axis({"reverse": True})
            chart.set_size({"width": 720, "height": max(260, 26 * len(t.rows) + 120)})
            ws.insert_chart(last + 3, 1, chart)
    wb.close()


def render_html(report: QuarterReport) -> str:
    return (
        template_environment()
        .get_template("export.html.j2")
        .render(
            report=report,
            counting_rule_ja=COUNTING_RULE_JA,
            counting_rule_en=COUNTING_RULE_EN,
            team_rule=TEAM_RULE_EN,
            tz=str(COMPANY_TZ),
        )
    )


def write_export(report: QuarterReport, out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    q = str(report.quarter)
    written: list[Path] = []
    for t in report.tables:
        path = out_dir / f"{q}_{t.name}.csv"
        # BOM: Excel opens UTF-8 CSV with Japanese labels correctly only with it.
        path.write_text(table_csv(t), encoding="utf-8-sig", newline="")
        written.append(path)
    xlsx = out_dir / f"{q}_report.xlsx"
    write_xlsx(report, xlsx)
    html = out_dir / f"{q}_report.html"
    html.write_text(render_html(report), encoding="utf-8")
    manifest = out_dir / f"{q}_report.json"
    manifest.write_text(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n", "utf-8")
    return [*written, xlsx, html, manifest]

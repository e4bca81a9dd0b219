"""Rendering of a review pack: printable HTML (Jinja templates) and JSON files."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jinja2

from mamori.reporting.labels import (
    ACTION_LABELS_EN,
    ACTION_LABELS_JA,
    CHANNEL_LABELS,
    COMPANY_TZ,
    NOTICE_EN,
    NOTICE_JA,
    SEVERITY_LABELS_JA,
    STAGE_LABELS_JA,
    _label_en,
    _label_ja,
    local_time,
)
from mamori.reporting.review.model import ReviewPack
from mamori.resources import TEMPLATES_DIR


def template_environment() -> jinja2.Environment:
    """Jinja2 over ``mamori/templates`` with HTML autoescaping (evidence is untrusted text)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES_DIR),
        autoescape=jinja2.select_autoescape(["html", "j2"]),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["local_time"] = local_time
    return env


def render_html(pack: ReviewPack) -> str:
    return (
        template_environment()
        .get_template("review.html.j2")
        .render(
            pack=pack,
            notice_ja=NOTICE_JA,
            notice_en=NOTICE_EN,
            action_ja=ACTION_LABELS_JA,
            action_en=ACTION_LABELS_EN,
            stage_ja=STAGE_LABELS_JA,
            severity_ja=SEVERITY_LABELS_JA,
            channel_ja={k: v[0] for k, v in CHANNEL_LABELS.items()},
            label_ja=_label_ja,
            label_en=_label_en,
            tz=str(COMPANY_TZ),
        )
    )


def render_json(pack: ReviewPack) -> str:
    return json.dumps(pack.to_dict(), ensure_ascii=False, indent=2)


def safe_file_stem(customer_key: str) -> str:
    return "review-" + (re.sub(r"[^A-Za-z0-9_.-]", "_", customer_key)[:120] or "_")


def write_pack(pack: ReviewPack, out_dir: Path, fmt: str) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = safe_file_stem(pack.customer_key)
    written = []
    if fmt in ("json", "both"):
        path = out_dir / f"{stem}.json"
        path.write_text(render_json(pack) + "\n", encoding="utf-8")
        written.append(path)
    if fmt in ("html", "both"):
        path = out_dir / f"{stem}.html"
        path.write_text(render_html(pack), encoding="utf-8")
        written.append(path)
    return written

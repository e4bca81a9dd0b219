"""Keep only the customer's own words.

Call and visit transcripts carry both speakers (「担当: …」「客: …」, ``Agent:`` /
``Customer:`` and other labels); staff saying 「申し訳ございません」 must not read as the
customer demanding an apology. E-mails may quote earlier replies (``>`` lines, or
everything after ``-----Original Message-----`` / 「以下、引用」 / ``On … wrote:``).
Unlabelled text before any speaker label (headers such as 「（留守番電話）」) is kept.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

_CUSTOMER_LABELS: Final = frozenset(
    {
        "客",
        "お客",
        "お客様",
        "お客さま",
        "顧客",
        "相手",
        "発信者",
        "来店者",
        "来店客",
        "お客さん",
        "相談者",
        "申出者",
        "customer",
        "caller",
        "client",
        "cust",
        "user",
        "guest",
        "visitor",
        "buyer",
        "c",
        "u",
    }
)
_STAFF_LABELS: Final = frozenset(
    {
        "担当",
        "担当者",
        "オペ",
        "店長",
        "sv",
        "supervisor",
        "manager",
        "associate",
        "advisor",
        "adviser",
        "specialist",
        "オペレーター",
        "オペレータ",
        "op",
        "係",
        "係員",
        "店員",
        "スタッフ",
        "サポート",
        "窓口",
        "受付",
        "対応者",
        "当社",
        "弊社",
        "cs",
        "agent",
        "rep",
        "representative",
        "staff",
        "support",
        "operator",
        "clerk",
        "a",
        "s",
    }
)
# Up to 20 characters before a colon at the start of a line: a speaker label candidate.
_LABEL: Final = re.compile(r"^\s*[\[【(（]?([^:：\n]{1,24}?)[\]】)）]?\s*[:：]\s?")
_QUOTE_START: Final = re.compile(
    r"^\s*(?:-{2,}\s*(?:original message|元のメッセージ|転送メッセージ|forwarded message)\s*-{2,}"
    r"|以下[、,]?\s*引用|引用開始|on .{4,120} wrote:\s*$|.{1,80}(?:さんは書きました|wrote):\s*$)",
    re.IGNORECASE,
)
_QUOTED_LINE: Final = re.compile(r"^\s*(?:>|＞|&gt;)")


# A qualifier after the role ("(Sato)", 「（田中様）」), a number or a single letter.
_LABEL_NOISE: Final = re.compile(r"[(\[【].*$|\s*[0-9]+$|(?<=[^a-z\s])[a-z]$|\s+[a-z]$")
_MARKS: Final = (":", "：", ">", "＞", "引用", "-----", "wrote")


def _label_kind(raw: str) -> str | None:
    # 「担当（佐藤）」, "Agent (Sato)", "Customer 1", 「お客様A」 → the role word.
    label = _LABEL_NOISE.sub("", unicodedata.normalize("NFKC", raw).lower()).strip()
    if label in _CUSTOMER_LABELS:
        return "customer"
    if label in _STAFF_LABELS:
        return "staff"
    return None


def customer_lines(text: str) -> str:
    """The customer's part of ``text`` (lines joined by newlines)."""
    if not text:
        return ""
    if not any(mark in text for mark in _MARKS):
        return text  # fast path: plain message, nothing to strip
    kept: list[str] = []
    speaker = "customer"
    for line in text.splitlines():
        if _QUOTED_LINE.match(line):
            continue
        if _QUOTE_START.match(line):
            break  # the rest is an earlier message
        m = _LABEL.match(line)
        if m is not None:
            kind = _label_kind(m.group(1))
            if kind is not None:
                speaker = kind
                line = line[m.end() :]
        if speaker == "customer":
            kept.append(line)
    return "\n".join(kept)

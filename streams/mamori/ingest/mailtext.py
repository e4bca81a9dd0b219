"""A mail body as the customer's new text: HTML converted, quoted replies, forwarded
copies and signatures stripped.

Quote markers are the ones real clients write: ``>`` lines; Outlook's
``-----Original Message-----`` / 「-----元のメッセージ-----」; Gmail's ``On … wrote:`` and
「20XX年X月X日(火) 10:00 山田 <…>:」; Thunderbird's 「… さんは書きました:」; forward
headers (``---------- Forwarded message ---------`` / 「転送メッセージ」). Signatures:
the RFC 3676 ``-- `` delimiter, a rule line (─── ━━━ ＝＝＝ ---- ****) in the last lines,
and mobile footers (``Sent from my iPhone`` / 「iPhoneから送信」).
No maintained library does this for Japanese mail; these rules are tested on both.
"""

from __future__ import annotations

import re
from typing import Final

import html2text

_CUT_AT: Final = re.compile(
    r"^\s*(?:"
    r"-{2,}\s*(?:original message|forwarded message|元のメッセージ|転送メッセージ|転送されたメッセージ)\s*-{2,}"
    r"|begin forwarded message:"
    r"|from:\s.+|差出人[:：].+|送信者[:：].+"
    r"|on\s.{4,200}\swrote:"
    r"|.{0,120}(?:さんは書きました|wrote)\s*[:：]"
    # Gmail's Japanese attribution: 「2026年7月5日(日) 18:02 山田 <a@example.jp>:」 (a
    # date, a time and an address; a customer's own 「7月5日の件について：」 is kept).
    r"|\d{4}年\d{1,2}月\d{1,2}日.{0,40}\d{1,2}:\d{2}.{0,120}[@<].{0,120}[:：]"
    r"|以下[、,]?\s*引用|引用開始"
    r")\s*$",
    re.IGNORECASE,
)
_QUOTED: Final = re.compile(r"^\s*(?:>|＞|&gt;)")
_SIG_DASHES: Final = re.compile(r"^-- ?$")
_RULE: Final = re.compile(r"^\s*([-─━=＝_＿*＊~〜・.]){8,}\s*$")
_MOBILE: Final = re.compile(
    r"^\s*(?:sent from my .{1,40}|.{1,20}から送信|get outlook for .{1,20})\s*$", re.IGNORECASE
)
#: A rule line this close to the end starts a signature block (not a section divider).
_SIGNATURE_TAIL_LINES: Final = 12


def html_to_text(html: str) -> str:
    converter = html2text.HTML2Text()
    converter.body_width = 0  # no hard wrapping: lines stay as the sender wrote them
    converter.ignore_links = True
    converter.ignore_images = True
    converter.ignore_emphasis = True
    converter.unicode_snob = True
    converter.single_line_break = True
    return converter.handle(html).strip()


def strip_quotes_and_signature(text: str) -> str:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept: list[str] = []
    for line in lines:
        if _CUT_AT.match(line) or _SIG_DASHES.match(line) or _MOBILE.match(line):
            break
        if _QUOTED.match(line):
            continue
        kept.append(line)
    # A rule line among the last lines starts a signature (name, company, phone).
    for i in range(len(kept) - 1, max(-1, len(kept) - 1 - _SIGNATURE_TAIL_LINES), -1):
        if _RULE.match(kept[i]) and any(line.strip() for line in kept[:i]):
            kept = kept[:i]
            break
    while kept and not kept[-1].strip():
        kept.pop()
    while kept and not kept[0].strip():
        kept.pop(0)
    return "\n".join(kept)

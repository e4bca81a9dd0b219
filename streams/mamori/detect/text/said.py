"""What the customer said in a message, for the repetition detector.

Repetition compares the customer's *words* from one message to the next
(:mod:`mamori.detect.sketch`, :mod:`mamori.detect.gist`). Two wrappers around those
words are not theirs, and either hide a demand pasted again or make different contacts
look alike:

- **an agent's record of a call or visit.** Staff write 「【応対メモ】本日2回目の入電。前回と
  同じ内容の確認で約36分。」, 「着信後すぐ切断（無言）。」, "Caller hung up after 10 seconds";
  four such notes of one day are the same *note*, not the same demand. A record is
  recognised by the narration of the contact (入電, 着信, 来庁, 来訪, 終話, 「…」と述べた,
  お客様は…, caller, hung up, call summary) in what a call or visit's text gives as the
  customer's (a labelled transcript gives the customer's own lines, which do not
  narrate the call). In a record, the
  customer's words are only the speech it quotes (「…」, "…"); a record quoting nothing
  has none.
- **annotations in brackets.** Headers and notes that are not speech: 【留守番電話・自動
  文字起こし】, （無音）, （録音終了）, [スタンプ], a chat export's [2026/02/16 14:24:11].
  Short bracketed spans (【】 ［］ [] （） 〔〕, up to 30 characters) are dropped.

Speaker labels, quoted e-mail and legal notices are removed first
(:func:`mamori.detect.text.transcript.customer_lines`), then a letter's wrapping —
salutation, closing, signature, reference lines, a forwarded message
(:func:`mamori.detect.text.letter.letter_body`).
"""

from __future__ import annotations

import re
from typing import Final

from mamori.detect.text.letter import letter_body
from mamori.detect.text.transcript import customer_lines

#: Channels whose text staff write: a call or a visit is recorded by the agent.
_RECORDED_CHANNELS: Final = frozenset({"phone", "visit"})
#: The narration of a contact by the staff who took it (Japanese and English).
_NARRATION: Final = re.compile(
    r"入電|着信|架電|来庁|来訪|終話|声を荒げ"
    r"|[」』](?:と|旨を?)(?:だけ|のみ)?(?:大声で|強い口調で|一言)?"
    r"(?:述べ|申し出|話し|言っ|言い|叫|怒鳴|一言)"
    r"|(?:お客様|お客さま|来庁者|来訪者|来店者|相談者|申出者)(?:は|より)"
    r"|(?i:\bcaller\b|\bcall\s+(?:summary|note|log|lasted|ended|dropped)\b"
    r"|\bhung\s+up\b|\bvisit\s+(?:note|summary|record)\b"
    r"|\bthe\s+(?:customer|visitor|member|passenger)\s+(?:said|stated|asked|demanded|"
    r"insisted|shouted|called|visited|repeated)\b)"
)
#: Quoted speech: 「…」 (『』 nest inside), “…”, "…".
_QUOTED: Final = re.compile(r"「([^「」]*)」|『([^『』]*)』|“([^“”]*)”|\"([^\"\n]*)\"")
#: Annotations: short bracketed spans that are not speech.
_ANNOTATION: Final = re.compile(
    r"【[^【】\n]{0,30}】|［[^［］\n]{0,30}］|\[[^\[\]\n]{0,30}\]|（[^（）\n]{0,30}）|〔[^〔〕\n]{0,30}〕"
)


def said(text: str, channel: str = "") -> str:
    """The customer's own words in ``text`` (lines joined by newlines)."""
    lines = letter_body(customer_lines(text))
    if not lines:
        return ""
    if channel in _RECORDED_CHANNELS and _NARRATION.search(lines):
        lines = "\n".join("".join(m.groups(default="")) for m in _QUOTED.finditer(lines))
    return _ANNOTATION.sub(" ", lines)


def said_kind(channel: str) -> str:
    """The channels :func:`said` reads alike: its result depends on this and the text."""
    return "recorded" if channel in _RECORDED_CHANNELS else ""


# Not here: a web form's field labels (「Name: … / お問い合わせ種別 / 内容:」). Reading only
# the free text after the last empty label was measured on 2026-12-04: it moved no
# sample figure, but in the third blind stream it revealed two legitimate complainers
# pasting one polite request four times (medium) and lost a harasser whose ping
# messages matched only through the labels — the stream's figures fell, so the labels
# stay part of the compared text.

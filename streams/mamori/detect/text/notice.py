"""Legal notices under an e-mail's signature are not the customer's words.

Company mail systems append a confidentiality notice or disclaimer to every message:
"If you are not the intended recipient, any disclosure … may result in legal action",
「本メールの内容を許可なく第三者に開示した場合、損害賠償を請求させていただくことが
あります」. Read as the customer's text they are a legal threat on every e-mail a
business customer sends. A notice is recognised by what it is about — the message
itself and who may read it — not by its wording:

- it stands in the signature block: after a delimiter line (``--``, a rule of dashes,
  bars or equals signs) or a sign-off line ("Best regards,", 「よろしくお願いいたします」),
  or it opens with a notice heading ("CONFIDENTIALITY NOTICE:", 「【免責事項】」);
- a notice sentence names the message (this e-mail, the information contained in this
  message, 本メール, このメール) together with a word of the notice genre
  (confidential, intended recipient, in error, unauthorised, 機密, 誤って受信, 第三者,
  無断転載) and has no first-person-singular subject: a customer's own "I will send
  this e-mail to the press" stays text.

From a notice sentence (or heading) to the end of its paragraph everything is dropped:
a disclaimer's later sentences ("We reserve the right to sue for any breach") need not
name the message again.
"""

from __future__ import annotations

import re
from typing import Final

#: Cheap test first: most messages have none of these words.
_NOTICE_WORD: Final = re.compile(
    r"(?i:confidential|privileged|intended\s+(?:solely\s+)?(?:for|recipient)|addressee|"
    r"in\s+error|disclaimer|unauthori[sz]ed|legal\s+notice)"
    r"|機密|秘密情報|誤って受信|誤送信|誤って送信|第三者に開示|無断転載|無断で転載|"
    r"送信専用|免責|転送を禁"
)
#: The message itself as the notice's subject.
_THE_MESSAGE: Final = re.compile(
    r"(?i:\b(?:this|the)\s+(?:e-?mail|message|communication|transmission)s?\b|"
    r"\binformation\s+contained\b|\battachments?\b)"
    r"|本メール|このメール|当メール|本メッセージ|このメッセージ|本め[ーえ]?る|本書面|本文書"
)
_HEADING: Final = re.compile(
    r"^\s*[【\[<＜(（*]*\s*(?i:confidentiality\s+notice|confidential|disclaimer|"
    r"legal\s+notice|privacy\s+notice|important\s+notice|notice)\b"
    r"|^\s*[【\[<＜(（*※]*\s*(?:免責事項|機密保持|秘密保持|ご注意|注意事項|機密)"
)
_FIRST_PERSON: Final = re.compile(
    r"(?i:\bI\b|\bI'(?:ll|m|ve|d)\b|\bmy\b|\bme\b)|私|俺|僕|わたし|あたし|自分"
)
_DELIMITER: Final = re.compile(r"^\s*(?:--\s*|[-‐―—–─━=_＿~〜＝]{4,}\s*)$")
_SIGN_OFF: Final = re.compile(
    r"^\s*(?i:(?:best|kind|warm|warmest)\s+regards|regards|thanks\s+and\s+regards|"
    r"many\s+thanks|sincerely|yours\s+(?:sincerely|faithfully|truly)|cheers|best)"
    r"[\s,.!]*$"
    r"|^\s*(?:以上、?)?(?:何卒|なにとぞ)?(?:よろしく|宜しく)お願い(?:いた|致)?(?:します|申し上げます)。?\s*$"
)
_SENTENCE_END: Final = re.compile(r"(?<=[。．！？!?])|(?<=\.)(?=\s+[A-Z※*])")


def without_notices(text: str) -> str:
    """``text`` without the legal notices of its signature block."""
    if "\n" not in text or _NOTICE_WORD.search(text) is None:
        return text
    lines = text.split("\n")
    out: list[str] = []
    in_signature = False
    dropping = False
    for line in lines:
        if not line.strip():
            dropping = False  # a notice ends with its paragraph
            out.append(line)
            continue
        if dropping:
            continue
        if _DELIMITER.match(line) or _SIGN_OFF.match(line):
            in_signature = True
            out.append(line)
            continue
        if _HEADING.match(line) and _NOTICE_WORD.search(line):
            dropping = True
            continue
        if not in_signature:
            out.append(line)
            continue
        kept = _kept_part(line)
        if kept is None:
            out.append(line)
        else:
            out.append(kept)
            dropping = True
    return "\n".join(out)


def _kept_part(line: str) -> str | None:
    """The part of a signature line before its first notice sentence (None: no notice)."""
    pos = 0
    for sentence in _sentences(line):
        if (
            _NOTICE_WORD.search(sentence)
            and _THE_MESSAGE.search(sentence)
            and not _FIRST_PERSON.search(sentence)
        ):
            return line[:pos].rstrip()
        pos += len(sentence)
    return None


def _sentences(line: str) -> list[str]:
    """``line`` cut after each sentence end; the pieces join back to ``line``."""
    parts = [p for p in _SENTENCE_END.split(line) if p]
    return parts or [line]

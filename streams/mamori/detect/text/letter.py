"""The body of a letter without its wrapping, for the repetition detector.

E-mails and web forms wrap what a customer asks in the same boilerplate every time:
a salutation (「〇〇株式会社 ご担当者様」「お世話になっております。」, "Dear Sir or
Madam,", "Hello team,"), a line naming the order or account ("Order ref 12345",
「注文番号：12345」, "Re: Account of …"), a closing formula (「よろしくお願いいたしま
す。」, "Kind regards,"), a signature block (name, company, phone, address) and an
earlier message quoted or forwarded below. Compared as characters, that wrapping is
most of a short message: two *different* questions of one customer look like the same
message, and the same demand in another wrapping looks different. The repetition
detector compares what :func:`letter_body` leaves: the customer's own sentences.

Removed, in English and Japanese:

- **salutations**: a greeting word and the addressee up to its comma ("Dear Ms
  Tanaka,", "Hi there!", "To whom it may concern:") — the rest of the line stays; a
  line addressed to a company or desk (「…御中」「…ご担当者様」「…各位」); greeting
  sentences (お世話になっております, 突然のご連絡失礼いたします, "I hope this email
  finds you well") and self-introductions (「山田と申します。」, "My name is …");
- **closings**: a sign-off line ("Kind regards, Ana", "Thanks!", "Sincerely yours")
  and the short lines after it (the signature: name, company, phone, address);
  closing sentences (よろしくお願いいたします, 以上です, 取り急ぎご連絡まで, "Thank you
  for your time", "I look forward to your reply"); the ``--`` signature delimiter and
  what follows; a block between separator lines (━━━, ----, ====) holding a phone,
  e-mail or postal address; lines that are only contact details ("Tel: 03-…",
  「〒150-0001 東京都…」, "Sent from my iPhone");
- **references**: a line that is only a label and an identifier ("Order ref 12345",
  "Ticket #A-2291", 「お問い合わせ番号：R-0042」) or that echoes the subject ("Re:",
  "Fwd:", 「件名：」);
- **earlier messages**: a forwarded or quoted message's header block (Outlook's
  "From:/Sent:/To:/Subject:", 「差出人：/送信日時：/件名：」, "Begin forwarded message:",
  a mail client's "date … <address>:" line) and everything below it. ``>`` lines and
  ``-----Original Message-----`` / 「---- 元のメッセージ ----」 are removed before, with
  the speaker labels (:func:`mamori.detect.text.transcript.customer_lines`).

What a customer writes in the body stays, even when it repeats itself word for word:
a closing formula is dropped only as a whole sentence or line ("thanks for nothing,
refund me" stays), and a signature only after a sign-off or between separators. A
message that is nothing but wrapping has no body, and is compared with nothing.
"""

from __future__ import annotations

import re
from typing import Final

from mamori.detect.text.signoff import SIGNOFF

# --- earlier messages ----------------------------------------------------------------

#: The first line of a forwarded or quoted message's header block.
_HEADER_FROM: Final = re.compile(r"^\s*[*_]*(?i:from|差出人|送信者|送信元)[*_]*\s*[:：]")
#: Its other lines: at least one follows the first within three lines.
_HEADER_REST: Final = re.compile(
    r"^\s*[*_]*(?i:sent|date|to|cc|subject|送信日時|日時|日付|宛先|件名)[*_]*\s*[:：]"
)
#: A header line that opens an earlier message on its own.
_EARLIER: Final = re.compile(
    r"^\s*(?i:begin\s+forwarded\s+message\s*:?"
    r"|-{2,}\s*(?:forwarded|original|転送|元の)\s*(?:message|メッセージ|メール)?\s*-{2,}"
    # A mail client's quotation header: "2026年12月1日(火) 10:15 窓口 <desk@example.jp>:"
    r"|.{0,120}<[^<>\s]+@[^<>\s]+>\s*(?:wrote|のメッセージ|さんは書きました|は書きました|書きました)?"
    r"\s*[:：]\s*)$"
)

# --- salutations ---------------------------------------------------------------------

#: A greeting word, the addressee (names, titles, a team) and its punctuation.
_EN_SALUTATION: Final = re.compile(
    r"^\s*(?i:dear|hello|hi|hiya|hey|good\s+(?:morning|afternoon|evening|day)|greetings"
    r"|to\s+whom\s+it\s+may\s+concern|attn\.?|attention)"
    r"(?:\s+(?:(?i:sir|madam|sirs|or|and|team|there|all|everyone|folks|support|customer"
    r"|service|services|care|help\s*desk|desk|department|dept\.?|manager|staff|mr\.?|mrs\.?"
    r"|ms\.?|miss|dr\.?|the|to|whom|it|may|concern|of|at)\b|[A-Z][\w.'’&-]+))*"
    r"\s*(?:[,:!;—–-]+|$)"
)
#: A line addressed to a company or a desk: 「〇〇株式会社 ご担当者様」「サポート御中」;
#: a person's name with 様/殿 only on a line without particles (「お客様は神様」 is said).
_JA_ADDRESSEE: Final = re.compile(
    r"^[^。！？!?\n]{0,40}(?:御中|各位|ご担当者様|ご担当者さま|ご担当の方|担当者様|ご担当様"
    r"|担当者各位|係御中)\s*[、,：:]?$"
    r"|^[^。！？!?\nはがをにでもと]{1,24}(?:様|さま|殿)\s*[、,：:]?$"
)
#: A name (of a person or a company), with no particle in it: 「杉浦 恵」, not 「返金がまだ」.
_NAME_JA: Final = r"[^。｡！？!?\n\s　がをにはでもへやとの、､,]{1,8}(?:[ 　][^。｡！？!?\n\s　がをにはでもへやとの、､,]{1,6})?"
#: Greeting and self-introduction sentences of a Japanese letter.
_JA_OPENING: Final = (
    # The greeting, and the sender's name said right after it (「〇〇の山田です。」).
    r"(?:(?:いつも|大変|たいへん)?(?:お世話に|御世話に)(?:なって(?:おり|い)ます|なります)"
    r"|お世話様です|お疲れ様です|お疲れさまです)"
    r"(?:\s*[。｡．！!、､,]\s*(?:[^。！？!?\n]{0,25}の\s*)?" + _NAME_JA + r"\s*(?:です|でございます)"
    r"(?=[。｡．!！\s]|$))?"
    r"|(?:突然|とつぜん)?(?:の)?(?:ご連絡|メール|お問い合わせ)(?:を)?(?:失礼|申し訳)"
    r"(?:いたします|致します|します|ございません)"
    r"|(?:初めて|はじめて)(?:ご連絡|メール|お問い合わせ)(?:を)?(?:いたします|致します|します|させていただきます)"
    r"|(?:初めまして|はじめまして|こんにちは|こんばんは|おはようございます|夜分に?失礼いたします"
    r"|夜分遅くに?失礼いたします)"
    r"|[^。！？!?\n]{1,25}と申します"
    # A form's or a mail's opening line: 「お問い合わせです。」「質問です」.
    r"|(?:お問い?合わ?せ|問い?合わ?せ|ご?質問|ご?相談)(?:です|があります|がございます|いたします"
    r"|させてください|させていただきます)"
)
#: Closing sentences of a Japanese letter: よろしくお願いいたします and its variants,
#: 以上です, 取り急ぎご連絡まで, ご返信お待ちしております.
_JA_CLOSING: Final = (
    r"(?:以上[、,]?\s*)?"
    # Cushions before the formula: お忙しいところ恐れ入りますが, お手数ですが.
    r"(?:(?:お忙しい(?:ところ|中|なか)|お手数(?:を|ですが|をおかけしますが|をおかけいたしますが)?"
    r"|恐れ入りますが|恐縮ですが|申し訳(?:ございませんが|ありませんが))[、,]?\s*)*"
    r"(?:何卒|なにとぞ|どうぞ|どうか|引き続き|今後とも)?[、,]?\s*"
    r"(?:(?:ご確認|ご検討|ご対応|ご回答|ご返信|ご連絡|ご査収)(?:の(?:ほど|程))?[、,]?\s*)?"
    r"(?:よろしく|宜しく|よろしゅう)(?:お願い|御願い)?(?:いたします|致します|します|申し上げます"
    r"|いたしたく|できますでしょうか)?"
    r"|以上(?:です|となります|になります)?"
    r"|取り急ぎ[^。！？!?\n]{0,10}まで"
    r"|(?:ご返信|ご返事|ご連絡|ご回答|お返事|ご返答)(?:を)?(?:お待ちして(?:おり|い)ます|お待ち申し上げております)"
)
_JA_FORMULA: Final = re.compile(
    r"(?<![^\s。｡．！？!?、､,\n])(?:"
    + _JA_OPENING
    + "|"
    + _JA_CLOSING
    + r")(?:\s*[。｡．！!…]+|\s*[、､,]\s*|\s*(?=\s|$))"
)
#: Every Japanese formula holds one of these.
_JA_FORMULA_WORDS: Final = (
    "世話",
    "疲れ",
    "申します",
    "失礼",
    "申し訳",
    "よろし",
    "宜し",
    "以上",
    "取り急ぎ",
    "待ち",
    "初め",
    "はじめ",
    "こんにち",
    "こんばん",
    "おはよう",
    "問い合わせ",
    "問合せ",
    "質問",
    "相談",
)
_JA_CLOSING_SENTENCE: Final = re.compile(r"(?<![^\s。｡．！？!?、､,\n])(?:" + _JA_CLOSING + ")")

# --- closings -------------------------------------------------------------------------

#: A sign-off on a line, with the sender's name after it.
_EN_CLOSING_LINE: Final = re.compile(
    r"^\s*(?:"
    + SIGNOFF
    + r"|(?i:yours\s+(?:faithfully|truly|sincerely)|sincerely\s+yours|respectfully(?:\s+yours)?"
    r"|take\s+care|thanks\s+(?:again|so\s+much|a\s+lot|in\s+advance)|thank\s+you\s+(?:again"
    r"|so\s+much|very\s+much|in\s+advance)|with\s+(?:kind|best|warm)\s+regards|br|rgds|thx))"
    r"\s*[,.!;—–-]*(?:\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*[.,]?)?\s*$"
)
#: English letter formulas that say nothing about the request, wherever they stand.
_EN_FORMULA: Final = re.compile(
    r"(?i:\bi\s+hope\s+(?:this|my)\s+(?:e-?mail|message|note|letter)\s+finds\s+you\s+well"
    r"|\b(?:i\s+)?hope\s+(?:you\s+are|you're|all\s+is)\s+(?:doing\s+)?well"
    r"|\bthank(?:s|\s+you)\s+(?:in\s+advance|(?:so\s+much\s+|very\s+much\s+)?for\s+your"
    r"\s+(?:time|help|assistance|attention|understanding|consideration|patience|support))"
    r"(?:\s+(?:in\s+this\s+matter|with\s+this))?"
    r"|\b(?:i\s+)?(?:am\s+)?look(?:ing)?\s+forward\s+to\s+(?:hearing\s+from\s+you"
    r"|your\s+(?:prompt\s+|kind\s+|early\s+)?(?:reply|response|answer))(?:\s+soon)?"
    r"|\bmy\s+name\s+is\s+[A-Za-z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
    r"|\bi\s+am\s+writing\s+(?:to\s+you\s+)?(?:regarding|about|concerning|in\s+connection\s+with)\b)"
    r"\s*[.!]*"
)
#: Every English formula holds one of these.
_EN_FORMULA_WORDS: Final = ("hope", "thank", "forward", "name", "writing")
#: The English formulas that close a letter (a signature may follow them).
_CLOSING_FORMULA: Final = re.compile(r"(?i:\bthank|\blook(?:ing)?\s+forward)")
#: The conventional signature delimiter, and a mail app's tag line.
_SIG_DELIMITER: Final = re.compile(r"^(?:--|—)\s*$")
_SENT_FROM: Final = re.compile(
    r"^\s*(?i:sent\s+from\s+my\s+\w+|get\s+outlook\s+for\s+\w+"
    r"|[\w\s]{1,20}から送信|(?:iphone|android|スマートフォン|スマホ)から送信)"
)
#: A separator line (━━━, ----, ====, ＊＊＊, ~~~).
_SEPARATOR: Final = re.compile(r"^\s*[-=_*~#＝＊ー━─―—–・.]{4,}\s*$")
#: A line that is only contact details: an optional label, then a phone number, an
#: e-mail address, a link or a postal code and address.
_CONTACT: Final = re.compile(
    r"^\s*(?:(?i:tel|phone|mobile|mob|cell|fax|e-?mail|mail|web|url|address|addr|住所|電話"
    r"|電話番号|携帯|携帯電話|メール|メールアドレス|ファックス|連絡先)\.?\s*[:：]?\s*)?"
    r"(?:\+?[\d(][\d\s()\-‐－.]{7,}\d|[\w.+-]+@[\w.-]+\.\w+|(?i:https?://)\S+|(?i:www\.)\S+"
    r"|〒\s*\d{3}[-‐－]?\d{4}.*)\s*$"
)
#: A postscript: the customer's words again after a signature.
_POSTSCRIPT: Final = re.compile(r"^\s*(?i:p\.?\s?s\b|追伸|なお、|尚、)")

# --- references -------------------------------------------------------------------------

#: A line that only names the order or account: a label and an identifier with a digit.
_REFERENCE: Final = re.compile(
    r"^\s*[\[【(（]?(?:(?i:(?:your\s+|my\s+|our\s+)?(?:order|ticket|case|reference|ref|account"
    r"|acct|invoice|booking|reservation|customer|member(?:ship)?|contract|policy|claim"
    r"|tracking|inquiry|enquiry|request|application|serial|model|pnr|confirmation)"
    r"(?:\s*(?:no\.?|number|num|#|id|ref(?:erence)?|code))?)"
    r"|(?:ご?注文|受付|お?問い?合わ?せ|会員|お客様|顧客|契約|予約|伝票|追跡|お?荷物|請求書?|管理"
    r"|申込|お申込み?|アカウント|製品|型|シリアル)(?:番号|No\.?|ID|ＩＤ|コード|記号))"
    r"[\]】)）]?\s*[:：#.＃]?\s*[\w\-‐－/#＃.]*\d[\w\-‐－/#＃.]*\s*$"
)
#: A subject echoed in the body: "Re: …", "Fwd: …", 「件名：…」.
_SUBJECT: Final = re.compile(r"^\s*(?i:re|fw|fwd|aw|sv|subject|件名|re\[\d+\])\s*[:：]")

#: What joins two formulas on a line ("Thank you for your time and I look forward…").
_JOINERS: Final = re.compile(r"(?i:\b(?:and|so)\b)")
#: A line that is only a name: capitalised words, or a Japanese name.
_NAME_LINE: Final = re.compile(
    r"^(?:[A-Z][\w.'’-]*(?:[\s,|/&]+[A-Z][\w.'’-]*){0,5}"
    r"|[\u4e00-\u9fff々\u30a0-\u30ff]{1,8}(?:[ 　][\u4e00-\u9fff々\u30a0-\u30ff]{1,8})?)\s*$"
)
#: A question anywhere, or a sentence's end: no signature line.
_SENTENCE_END: Final = re.compile(r"[?？]|[!！。｡]\s*$")
#: Lines above an addressee that may be the company's name and address.
_ADDRESS_LINES: Final = 3
#: A signature line after a sign-off: short, not a question or an exclamation.
_SIGNATURE_MAX: Final = 64


def letter_body(text: str) -> str:
    """``text`` (the customer's lines) without its salutation, closing, signature,
    reference lines and any earlier message below it (lines joined by newlines)."""
    if not text:
        return text
    lines = _before_earlier(text.splitlines())
    lines = _without_framed_signatures(lines)
    kept: list[str] = []
    signing = False
    for k, line in enumerate(lines):
        if _SIG_DELIMITER.match(line):
            break  # "-- " and the signature under it
        stripped = line.strip()
        if not stripped:
            continue
        if signing:
            if _POSTSCRIPT.match(line) is None and _signature_line(stripped):
                continue
            signing = False
        if (
            _CONTACT.match(line)
            or _SENT_FROM.match(line)
            or _REFERENCE.match(line)
            or (not kept and _SUBJECT.match(line))
        ):
            continue
        if (
            len(kept) < _ADDRESS_LINES
            and _JA_ADDRESSEE.match(stripped)
            and all(_signature_line(h) for h in kept)
        ):
            # An addressee heads the letter, under the company's name and address:
            # 「お客様は神様」 further down is said.
            kept.clear()
            continue
        closing = _EN_CLOSING_LINE.match(line) is not None
        rest = "" if closing else _without_formulas(line)
        if not kept:
            rest = _EN_SALUTATION.sub("", rest, count=1)
        if _JOINERS.sub("", rest).strip(" \u3000、､,.。｡!！"):
            kept.append(rest)
        elif closing or _CLOSING_FORMULA.search(line) or _JA_CLOSING_SENTENCE.search(line):
            # A line of closing formulas: the short lines below it are the signature.
            # Above the customer's first sentence, only names and contact details
            # are a signature ("Thanks\nwhere is my refund" is not signed).
            signing = _signature_below(lines[k + 1 :], names_only=not kept)
    return "\n".join(kept)


def _without_formulas(line: str) -> str:
    """``line`` without its greeting and closing sentences. Each pattern is tried only on
    a line holding one of its words (a scan of every position costs tens of µs)."""
    folded = line.casefold()
    if any(w in folded for w in _EN_FORMULA_WORDS):
        line = _EN_FORMULA.sub(" ", line)
    if not line.isascii() and any(w in line for w in _JA_FORMULA_WORDS):
        line = _JA_FORMULA.sub("", line)
    return line


def _signature_below(after: list[str], names_only: bool = False) -> bool:
    """Whether the lines after a closing are a signature: short lines only (a name,
    a company, an address), or a block holding contact details."""
    rest = []
    for a in after:
        if _POSTSCRIPT.match(a):
            break  # the customer writes again below the signature
        if a.strip():
            rest.append(a.strip())
    rest = rest[:8]
    if names_only:
        return all(_NAME_LINE.match(a) or _signature_line(a, short=False) for a in rest)
    return all(_signature_line(a) for a in rest) or any(_CONTACT.match(a) for a in rest)


def _signature_line(line: str, short: bool = True) -> bool:
    """A line of a signature: contact details, a separator or (``short``) a short line
    that ends no sentence."""
    if _CONTACT.match(line) or _SENT_FROM.match(line) or _SEPARATOR.match(line):
        return True
    return short and len(line) <= _SIGNATURE_MAX and _SENTENCE_END.search(line) is None


def _before_earlier(lines: list[str]) -> list[str]:
    """The lines above a forwarded or quoted message's header block."""
    above = False  # a header with nothing above it heads the message itself
    for k, line in enumerate(lines):
        if above and (
            _EARLIER.match(line)
            or (
                _HEADER_FROM.match(line)
                and any(_HEADER_REST.match(n) for n in lines[k + 1 : k + 4])
            )
        ):
            return lines[:k]
        above = above or bool(
            line.strip()
            and not _EARLIER.match(line)
            and not _HEADER_FROM.match(line)
            and not _HEADER_REST.match(line)
        )
    return lines


def _without_framed_signatures(lines: list[str]) -> list[str]:
    """Without a block between separator lines (or after the last one) that holds
    contact details and only signature lines."""
    marks = [k for k, line in enumerate(lines) if _SEPARATOR.match(line)]
    if not marks:
        return lines
    drop: set[int] = set()
    bounds = [*marks, len(lines)]
    for start, end in zip(bounds, bounds[1:], strict=False):
        block = [b.strip() for b in lines[start + 1 : end] if b.strip()]
        if (
            block
            and any(_CONTACT.match(b) for b in block)
            and all(_signature_line(b) for b in block)
        ):
            drop.update(range(start, end + (1 if end < len(lines) else 0)))
    return [line for k, line in enumerate(lines) if k not in drop]

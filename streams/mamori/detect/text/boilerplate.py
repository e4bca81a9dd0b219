"""The frame of an e-mail, for the repetition detector.

An e-mail wraps what the customer asks in lines that are not the request: a salutation
("Dear Sir or Madam,", "Hi team", 「○○株式会社 ご担当者様」, 「いつもお世話になって
おります。山田です。」), reference lines ("Re: …", "Ref: 55120", "Order number: …",
「件名：」「お客様番号：」), a closing and a signature ("Kind regards," and a name,
"Sent from my iPhone", 「よろしくお願いいたします。」, a name and telephone block
after "--"), and the header of a quoted earlier mail. One customer writes every mail
in the same frame, so two *different* questions look alike in their character
trigrams, and a real repeat in a new frame looks less alike than it is.

The frame is recognised by its form, not by a list of messages:

- **position**: a salutation, an addressee line and a self-introduction count only
  at the head of the message (before its first line of its own); a signature only
  after a closing or a separator line, and only when what follows is a few short
  lines;
- **whole lines and whole sentences**: a greeting or closing formula is dropped only
  when the line (or the first/last sentence of the first/last line) is nothing but
  the formula — "Thanks, I still need the invoice" keeps its request;
- **reference lines**: a ``Re:``/``Ref:``/``Subject:``/「件名：」 line, or a label
  naming a reference (order, account, policy, 番号) with an identifier as its value;
- **quote headers** left by reply layouts that the customer's-lines pass keeps:
  「2026/03/03 10:15 サポート <support@…>:」, an Outlook "From: … Sent: …" block, an
  "On … wrote:" split over two lines.

Only e-mail is read this way (:func:`mamori.detect.text.said.said`): chat lines,
transcripts and web forms are compared as they are. The content detector never sees
this: it reads the whole message.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Final

from mamori.detect.text.notice import opens_with_notice

# --- the head: salutation, addressee, greeting sentence, self-introduction -------------

_EN_GREETING_WORD: Final = (
    r"(?:dear|hi|hello|hey|hiya|howdy|hallo|greetings|good\s+(?:morning|afternoon|evening|day)"
    r"|g'?day|morning|afternoon|evening|attn|attention|to\s+whom\s+it\s+may\s+concern|to)"
)
#: Words an addressee is made of after a greeting word ("Dear Sir or Madam", "Hi team",
#: "Hello Asahi support"): names (capitalised) and these.
_ADDRESSEE_WORDS: Final = frozenset(
    [
        "sir",
        "sirs",
        "madam",
        "madame",
        "or",
        "and",
        "team",
        "teams",
        "support",
        "all",
        "there",
        "everyone",
        "everybody",
        "folks",
        "guys",
        "friends",
        "people",
        "customer",
        "customers",
        "client",
        "clients",
        "service",
        "services",
        "care",
        "department",
        "dept",
        "desk",
        "help",
        "helpdesk",
        "the",
        "to",
        "whom",
        "it",
        "may",
        "concern",
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "mx",
        "valued",
        "colleagues",
        "billing",
        "claims",
        "accounts",
        "account",
        "complaints",
        "staff",
        "manager",
        "managers",
        "officer",
        "officers",
        "center",
        "centre",
        "cs",
        "of",
        "at",
        "again",
        "once",
    ]
)
_EN_GREETING: Final = re.compile(
    r"^\s*" + _EN_GREETING_WORD + r"\b:?(?P<rest>[^,:;!?.\n]{0,60}?)\s*(?P<end>[,:;!.—–-]+|$)",
    re.IGNORECASE,
)
#: Greeting sentences that ask nothing ("I hope this e-mail finds you well").
_EN_GREETING_SENTENCE: Final = re.compile(
    r"^(?:i\s+)?hope\s+(?:this|my|the)\s+(?:e-?mail|message|note)\s+finds\s+you\s+well"
    r"|^(?:i\s+)?hope\s+(?:you\s+are|you're|you\s+have\s+been|all\s+is)\s+(?:well|good|"
    r"doing\s+well|keeping\s+well|having\s+a\s+good\s+\w+)"
    r"|^(?:i\s+am|i'm)\s+(?:writing|contacting\s+you|reaching\s+out)\s*(?:to\s+you)?$",
    re.IGNORECASE,
)
#: An addressee line of a Japanese mail: 「○○株式会社 ご担当者様」「お客様センター御中」
#: 「カスタマーサポート各位」「佐藤様」.
_JA_ADDRESSEE: Final = re.compile(r"^[^。！？!?]{0,40}(?:様|さま|殿|御中|各位)(?:へ)?[、,:：]?$")
#: Greeting sentences of a Japanese mail (the whole sentence, without its 。).
_JA_GREETING: Final = re.compile(
    r"^(?:(?:いつも|平素より|平素は|日頃より|日頃は)[、,]?)?(?:大変|たいへん|本当に)?(?:"
    r"お世話(?:に|様|さま)(?:なって(?:おり|い)ます|なります|です)?"
    r"|お世話(?:様|さま)(?:です|でございます)"
    r"|お疲れ(?:様|さま)(?:です|でございます)"
    r"|はじめまして|初めまして"
    r"|初めて(?:ご連絡|ご連絡を|連絡|メール)(?:を)?(?:いた|致|さ)?し?(?:ます|ました)"
    r"|突然の(?:ご連絡|メール|連絡)[^。]{0,16}"
    r"|こんにちは|こんばんは|おはようございます"
    r"|(?:いつも)?(?:大変)?ありがとうございます"
    r"|ご無沙汰(?:いた|致)?して(?:おり)?ます"
    r"|(?:夜分|夜遅く|朝早く)(?:遅く)?に?(?:失礼(?:いた|致)?します|すみません|申し訳(?:ありません|ございません))"
    r"|お忙しい(?:ところ|中)[^。]{0,16}(?:失礼|恐れ入|すみません|申し訳)[^。]{0,12}"
    r"|(?:ご愛顧|お引き立て)[^。]{0,20}(?:ございます|申し上げます)"
    r"|(?:お|ご)?(?:問い?合わ?せ|問合せ|質問|相談|連絡|依頼)(?:です|になります|がございます|があります"
    r"|(?:いた|致|さ)し(?:ます|ました)|させて(?:いただき|頂き)(?:ます|ました))"
    r")[!！〜~ー]*$"
)
#: A self-introduction after the greeting: 「山田です」「契約番号123の山田でございます」
#: 「○○株式会社の佐藤と申します」 — before the ending, no hiragana but の.
_JA_SELF: Final = re.compile(r"^(?P<who>[^。]{1,30}?)(?:です|でございます|と申します)$")
_HIRAGANA: Final = re.compile(r"[ぁ-んゔ]")
_HONORIFIC_LABEL: Final = re.compile(r"お客様|お客さま|ご契約|ご利用|の")
#: An English self-introduction: "My name is Dana Ortiz", "This is Ken from Osaka".
_EN_SELF: Final = re.compile(
    r"^(?:my\s+name\s+is|this\s+is|it'?s|i\s+am|i'm)\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}$"
)

# --- the tail: closing, signature ----------------------------------------------------

_EN_CLOSING: Final = (
    r"(?i:(?:kind|best|warm|warmest|kindest|many|with|fond)\s+(?:regards|wishes|thanks)"
    r"|(?:thanks|thank\s+you|many\s+thanks)\s*(?:and|&|n)\s*(?:best\s+|kind\s+)?regards"
    r"|(?:with\s+)?(?:best|kind|warm)\s+regards|regards\s+and\s+thanks"
    r"|regards|best|cheers|thanks|thank\s+you|thx|many\s+thanks|thanks\s+a\s+lot"
    r"|thanks\s+(?:again|in\s+advance)|thank\s+you\s+(?:again|in\s+advance|kindly)"
    r"|(?:yours\s+)?(?:sincerely|faithfully|truly)|respectfully|(?:very\s+)?respectfully\s+yours"
    r"|take\s+care|all\s+the\s+best|speak\s+soon|talk\s+soon)"
)
#: A closing line: the formula, perhaps a name after it ("Thanks, Priya").
_EN_CLOSING_LINE: Final = re.compile(
    r"^\s*" + _EN_CLOSING + r"[\s,.!:;-]*(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?[\s.!]*$"
)
#: Closing sentences that end a mail without closing it for good (dropped as lines).
_EN_CLOSING_SENTENCE: Final = re.compile(
    r"^(?:(?:i|we)\s+)?(?:look|am\s+looking|looking)\s+forward\s+to\s+(?:your\s+(?:prompt\s+|"
    r"quick\s+|early\s+|kind\s+|swift\s+)?(?:reply|response|answer)|hearing\s+(?:back\s+)?"
    r"from\s+you(?:\s+soon)?)"
    r"|^(?:i\s+)?hope\s+to\s+hear\s+(?:back\s+)?from\s+you(?:\s+soon)?"
    r"|^(?:thanks|thank\s+you|many\s+thanks)\s+(?:so\s+much\s+|very\s+much\s+)?(?:for|in)\s+"
    r"(?:your\s+|the\s+)?(?:help|time|assistance|attention|understanding|support|"
    r"patience|consideration|cooperation|advance|(?:(?:quick|prompt|kind|swift|speedy|fast|"
    r"detailed)\s+)?(?:reply|response|answer|e-?mail|message))"
    r"(?:\s+(?:in|with|on)\s+this(?:\s+matter)?)?"
    r"|^(?:sent|envoyé)\s+from\s+my\s+[\w -]{2,30}|^get\s+outlook\s+for\s+\w+"
    r"|^(?:please\s+)?(?:do\s+)?let\s+me\s+know\s+if\s+you\s+need\s+(?:any(?:thing)?\s+)?"
    r"(?:more|further|else|other)(?:\s+information|\s+details)?",
    re.IGNORECASE,
)
#: Courtesy that leads into a Japanese closing: 「お手数をおかけしますが」「ご確認のほど」.
_JA_CLOSING_LEAD: Final = (
    r"(?:お手数(?:を)?(?:おかけ|お掛け)(?:いた|致)?し(?:ます|ますが|て(?:申し訳)?[^。、]{0,12}が)"
    r"|お手数(?:です|ではございます|ではあります|とは存じます|をおかけしますが)?が"
    r"|お忙しい(?:ところ|中)[^。、]{0,12}が"
    r"|ご(?:確認|対応|検討|回答|返信|返答|連絡|査収|教示)(?:の|を)?(?:ほど)?"
    r"|取り急ぎ)[、,]?\s*"
)
_JA_ADVERB: Final = r"(?:どうぞ|何卒|なにとぞ|引き続き|今後とも|今後ともどうぞ|重ねて)?\s*"
_JA_PLEASE: Final = r"(?:お願い|おねがい)(?:(?:いた|致)?します|申し上げます|しますね|頼みます)?"
#: Closing formulae of a Japanese mail (the whole sentence, without its 。).
_JA_CLOSING: Final = re.compile(
    r"^(?:以上[、,]?\s*)?(?:(?:"
    + _JA_CLOSING_LEAD
    + r"){0,2}"
    + _JA_ADVERB
    + r"(?:よろしく|宜しく|よろしゅう)(?:"
    + _JA_PLEASE
    + r"|です|ね|どうぞ)?"
    + r"|(?:"
    + _JA_CLOSING_LEAD
    + r"){1,2}"
    + _JA_ADVERB
    + _JA_PLEASE
    + r"|敬具|草々|かしこ|以上(?:です|になります|となります)?"
    r"|取り急ぎ[^。]{0,10}まで|失礼(?:いた|致)?します"
    r"|[\w ]{1,20}から送信|[\w ]{1,20}で送信しました"
    r")[!！〜~ー]*$"
)
#: A line that separates a signature: "--", "-- ", a rule of dashes, bars, equals signs.
_SEPARATOR: Final = re.compile(r"^\s*(?:--\s*|[-‐‑–—―─━=＝_＿*＊~〜ー・.]{3,}\s*)$")
#: "P.S." and 追伸 after a closing: the customer's words again.
_POSTSCRIPT: Final = re.compile(r"^\s*(?:p\.?\s?s\.?|追伸|二伸)", re.IGNORECASE)
#: A name signed at the end on a line of its own: "Tom", "J. Miller", "— Dana", 「佐藤」.
_EN_NAME_LINE: Final = re.compile(r"^\s*[-–—~]*\s*[A-Z][\w'’-]*\.?(?:\s+[A-Z][\w'’-]*\.?){0,2}\s*$")
#: (A given name in kana stands after a space: 「返金しろ」 is no name.)
_JA_NAME_LINE: Final = re.compile(
    r"^\s*[-–—~]*\s*[一-龥々]{1,4}(?:[ \u3000][一-龥々ぁ-んァ-ヶ]{1,4}|[一-龥々]{1,3})?\s*$"
)
#: A signature holds a few short lines (a name, a title, a company, a telephone).
_SIGNATURE_LINES: Final = 8
_SIGNATURE_WIDTH: Final = 70
#: The first line of a signature after a separator: a name, a company, a title.
_SIGNATURE_HEAD: Final = 40
#: A sentence end: a signature line has none.
_SENTENCE_MARK: Final = re.compile(r"[。！？!?]")
#: Lower-case words inside a name, a title or a company ("Head of Sales").
_NAME_PARTICLES: Final = frozenset(
    [
        "of",
        "and",
        "the",
        "at",
        "for",
        "de",
        "da",
        "van",
        "von",
        "der",
        "la",
        "le",
        "del",
        "y",
        "bin",
    ]
)

# --- reference lines ---------------------------------------------------------------------

_REFERENCE_HEADER: Final = re.compile(
    r"^\s*[■●◆◇□・*>\-]*\s*(?:re|fwd?|fw|aw|tr|ref|reference|your\s+ref(?:erence)?|our\s+ref"
    r"(?:erence)?|subject|件名|題名|用件)\s*[:：]",
    re.IGNORECASE,
)
_REFERENCE_LABEL: Final = re.compile(
    r"^\s*[■●◆◇□・*\-]*\s*(?:(?:my|your|our|the)\s+)?(?:"
    r"(?:[A-Za-z][\w'-]*\s+){0,2}(?:account|acct|order|policy|contract|customer|member(?:ship)?"
    r"|client|ticket|case|claim|invoice|booking|reservation|reference|ref|tracking|serial"
    r"|confirmation|application|parcel|shipment|meter)(?:\s*(?:no\.?|number|num|id|#|code))?"
    r"|no\.?|number|id|ref"
    r"|[^\s:：]{0,10}(?:番号|ID|No\.?|コード))"
    r"\s*(?:[:：#]\s*|\s+|(?<=番号)|(?<=ID))#?"
    r"(?P<value>(?=[A-Za-z0-9./_-]*\d)[A-Za-z0-9./_-]{1,30}(?:[ -]\d[\d./-]*){0,3})[。.]?$",
    re.IGNORECASE,
)
#: 「注文番号12345の件です」「ORD-5521の件でご連絡しました」 — nothing but the reference.
_JA_REFERENCE_SENTENCE: Final = re.compile(
    r"^[^\s。]{0,12}?\s*[:：]?\s*(?=[A-Za-z0-9-]*\d)[A-Za-z0-9-]+\s*の件(?:です|でございます"
    r"|について|で(?:ご)?連絡(?:いた|致|さ)?し(?:ます|ました)|でメール(?:いた|致)?し(?:ます|ました))?$"
)
#: "I am writing regarding account 4471." — nothing but the reference.
_EN_REFERENCE_SENTENCE: Final = re.compile(
    r"^(?:(?:i\s+am|i'm|we\s+are)\s+(?:writing|contacting\s+you|emailing|e-mailing)\s+"
    r"(?:to\s+you\s+)?)?(?:regarding|about|concerning|re|in\s+(?:relation|reference|regard)\s+to"
    r"|with\s+(?:regard|reference)\s+to)\s+(?:my\s+|our\s+|the\s+)?(?:account|order|policy|"
    r"contract|claim|ticket|case|booking|reservation|invoice|membership|reference|application)"
    r"(?:\s+(?:no\.?|number|#))?\s*[:#]?\s*[\w./-]*\d[\w./-]*$",
    re.IGNORECASE,
)

# --- quote headers --------------------------------------------------------------------------

#: A reply's header line: a date or time, then who wrote, ending with ">:" or "wrote:".
_QUOTE_HEADER: Final = re.compile(
    r"^\s*(?=.*\d).{4,160}(?:>\s*[:：]|wrote\s*[:：]?|書きました\s*[:：]?|のメッセージ\s*[:：])\s*$",
    re.IGNORECASE,
)
#: "On Mon, 3 Mar 2026 at 10:00, Support <" left when "wrote:" went to the next line.
_ON_DATE: Final = re.compile(
    r"^\s*(?:on|le|am)\s+(?:mon|tue|wed|thu|fri|sat|sun|\d|jan|feb|mar|apr|may|jun|jul|aug"
    r"|sep|oct|nov|dec)[^.!?]{4,160}$",
    re.IGNORECASE,
)
_MAIL_FROM: Final = re.compile(r"^\s*(?:from|差出人|送信者)\s*[:：]", re.IGNORECASE)
_MAIL_HEADER: Final = re.compile(
    r"^\s*(?:from|sent|date|to|cc|subject|差出人|送信者|送信日時|日付|宛先|件名)\s*[:：]",
    re.IGNORECASE,
)

_JA_SENTENCE: Final = re.compile(r"[^。！？!?]+[。！？!?]*")
_EN_SENTENCE: Final = re.compile(r"\S.*?(?:[.!?]+(?=\s|$)|$)")
_JA_CHAR: Final = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
#: Trailing marks and emoji that do not change a formula (「。😊」, "!!").
_COLON_OR_DIGIT: Final = re.compile(r"[:：\d]")
_TRAILING_MARKS: Final = " \t\u3000。．.、,，!！?？〜~ー♪☆★\ufe0f"


def without_frame(text: str) -> str:
    """``text`` (the customer's lines of an e-mail) without its salutation, reference
    lines, closing, signature and quote headers; empty when nothing else is there.
    Lines that are not frame are returned as they came."""
    if not text:
        return ""
    lines = _before_quote_header(text.splitlines())
    lines = _before_notice(lines)
    lines = _before_signature(lines)
    lines = _after_head(lines)
    kept = [_without_salutation(line) for line in lines if not _is_frame_line(line)]
    _trim_tail_sentence(kept)
    return "\n".join(kept).strip()


@lru_cache(maxsize=4096)  # a customer's frame lines come back in every mail
def _clean(line: str) -> str:
    """The line for formula tests: NFKC, without trailing marks and emoji."""
    out = unicodedata.normalize("NFKC", line).strip().rstrip(_TRAILING_MARKS)
    while out and _is_emoji(out[-1]):
        out = out[:-1].rstrip(_TRAILING_MARKS)
    return out


def _is_emoji(char: str) -> bool:
    code = ord(char)
    return 0x1F300 <= code <= 0x1FAFF or 0x2600 <= code <= 0x27BF


def _before_quote_header(lines: list[str]) -> list[str]:
    """Cut at a quote header that the customer's-lines pass left (the quoted lines
    themselves are gone): 「2026/03/03 10:15 サポート <…>:」, "On … wrote:" split over
    two lines, an Outlook "From: … Sent: …" block."""
    for k, line in enumerate(lines):
        if k == 0:
            continue  # a message that opens with one quotes everything: nothing to cut to
        if _QUOTE_HEADER.match(line) or (
            _ON_DATE.match(line) and not any(rest.strip() for rest in lines[k + 1 :])
        ):
            return lines[:k]
        if _MAIL_FROM.match(line):
            following = lines[k + 1 : k + 5]
            if sum(1 for f in following if _MAIL_HEADER.match(f)) >= 2:
                return lines[:k]
    return lines


def _before_notice(lines: list[str]) -> list[str]:
    """Without a last paragraph that opens with a legal notice (「※本メールは機密情報を
    含む…」 under the message with no signature before it)."""
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    start = end
    while start and lines[start - 1].strip():
        start -= 1
    if start and start < end and opens_with_notice(lines[start].strip()):
        return lines[:start]
    return lines


def _before_signature(lines: list[str]) -> list[str]:
    """Cut at the first closing line or signature separator that follows words of the
    message's own and is followed only by a signature (:func:`_signature_block`); a
    P.S. after it stays."""
    content_seen = False
    for k, line in enumerate(lines):
        if not line.strip():
            continue
        separator = _SEPARATOR.match(line) is not None
        boundary = separator or _is_closing(line)
        # A rule before any words of the message's own frames a heading, not a signature.
        if (
            boundary
            and (content_seen or not separator)
            and _signature_block(lines[k + 1 :], separator)
        ):
            rest = lines[k + 1 :]
            ps = next((i for i, r in enumerate(rest) if _POSTSCRIPT.match(r)), None)
            return lines[:k] + (rest[ps:] if ps is not None else [])
        if not boundary and not _is_opening(line):
            content_seen = True
    return _without_signed_name(lines)


def _signature_block(rest: list[str], separated: bool) -> bool:
    """A few short lines up to a P.S. (or none), the first a name, a title, a company,
    a rule or a contact line — not a sentence of the message. After a separator line
    the first needs only to be no sentence (「有限会社ひまわり企画」)."""
    block: list[str] = []
    for r in rest:
        if _POSTSCRIPT.match(r):
            break
        if r.strip():
            block.append(r.strip())
    if len(block) > _SIGNATURE_LINES or any(len(b) > _SIGNATURE_WIDTH for b in block):
        return False
    if not block:
        return True
    if separated:
        return len(block[0]) <= _SIGNATURE_HEAD and not _SENTENCE_MARK.search(block[0])
    return _signature_line(block[0])


def _signature_line(line: str) -> bool:
    """A line a signature opens with: a name, a title or company, a rule, contact
    details (a name has no sentence in it)."""
    clean = _clean(line)
    if not clean or _SEPARATOR.match(line) or _is_name_line(clean) or _is_closing(line):
        return True
    if _SENTENCE_MARK.search(line):
        return False
    if _JA_CHAR.search(clean):
        return _HIRAGANA.search(clean) is None  # 「株式会社ミナト精機 総務部」「TEL 052-…」
    words = re.findall(r"[^\s|/,&()]+", clean)
    return len(words) <= 8 and all(
        not w[:1].isalpha() or w[:1].isupper() or not w.isascii() or w.lower() in _NAME_PARTICLES
        for w in words
    )


def _without_signed_name(lines: list[str]) -> list[str]:
    """Without a closing, a name alone on the last line after an empty line."""
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    if end >= 3 and not lines[end - 2].strip() and _is_name_line(_clean(lines[end - 1])):
        return lines[: end - 1]
    return lines[:end]


def _is_name_line(clean: str) -> bool:
    return bool(_EN_NAME_LINE.match(clean) or _JA_NAME_LINE.match(clean))


@lru_cache(maxsize=4096)
def _is_closing(line: str) -> bool:
    """A closing line: a formula that ends a mail (it may carry the sender's name)."""
    clean = _clean(line)
    if not clean:
        return False
    if _JA_CHAR.search(clean) is None:
        return _EN_CLOSING_LINE.match(clean) is not None
    return _JA_CLOSING.match(clean) is not None


@lru_cache(maxsize=4096)
def _is_opening(line: str) -> bool:
    """A line of the head that is nothing but frame: an addressee, a salutation, a
    greeting, a reference."""
    clean = _clean(line)
    if not clean:
        return True
    if _JA_ADDRESSEE.match(clean) or _is_reference(clean):
        return True
    rest, _ = _without_greeting(line, greeted=True)
    return not rest


def _after_head(lines: list[str]) -> list[str]:
    """Without the head: empty lines, company and addressee lines, salutations,
    greeting sentences and a self-introduction, up to the first words of the message's
    own (whose leading greeting, "Hi team, …", goes too)."""
    k = 0
    addressee_at = next(
        (i for i, line in enumerate(lines[:4]) if _JA_ADDRESSEE.match(_clean(line) or "-")),
        None,
    )
    if addressee_at is not None and all(
        len(_clean(line)) <= 30 and not re.search(r"[。！？!?]", line)
        for line in lines[:addressee_at]
    ):
        k = addressee_at + 1  # 「あさひ損害保険\nお客様センター ご担当者様」
    greeted = False
    while k < len(lines):
        line = lines[k]
        clean = _clean(line)
        if not clean or _is_reference(clean) or _JA_ADDRESSEE.match(clean):
            k += 1
            continue
        rest, greeted = _without_greeting(line, greeted)
        if rest:
            return [line if rest == line.strip() else rest, *lines[k + 1 :]]
        greeted = True
        k += 1
    return []


@lru_cache(maxsize=4096)
def _without_greeting(line: str, greeted: bool) -> tuple[str, bool]:
    """The line without its leading salutation and greeting sentences (and, after a
    greeting, a self-introduction), and whether a greeting was seen."""
    text = line.strip()
    m = _EN_GREETING.match(text)
    if (
        m is not None
        and _is_addressee(m.group("rest"))
        and (m.group("end") or m.end() == len(text))
    ):
        text = text[m.end() :].strip()
        greeted = True
    while text:
        first = _sentences(text)[0]
        clean = _clean(first)
        if not (
            _is_greeting_sentence(clean)
            or (greeted and _is_self_introduction(clean))
            or _is_reference(clean)
        ):
            break
        text = text[len(first) :].strip() if text.startswith(first) else ""
        greeted = True
    return text, greeted


def _without_salutation(line: str) -> str:
    """A paragraph that opens with its own salutation ("Hi sir, how do I …") without
    it; any other line as it came."""
    m = _EN_GREETING.match(line)
    if m is None or not m.group("end") or not _is_addressee(m.group("rest")):
        return line
    rest = line[m.end() :].strip()
    return rest or line


def _is_addressee(rest: str) -> bool:
    """Whether the words after a greeting word name the addressee ("Sir or Madam",
    "support team", "Ms Okafor") rather than start the request ("I want a refund")."""
    words = rest.replace("/", " ").split()
    if len(words) > 6:
        return False
    return all(
        w.lower().strip(".'’") in _ADDRESSEE_WORDS or (w[:1].isupper() and w != "I") for w in words
    )


def _is_greeting_sentence(clean: str) -> bool:
    """A sentence that greets and says nothing else (no self-introduction)."""
    if not clean:
        return True
    if _JA_CHAR.search(clean):
        return _JA_GREETING.match(clean) is not None
    if _EN_GREETING_SENTENCE.match(clean):
        return True
    m = _EN_GREETING.match(clean)
    return m is not None and not clean[m.end() :].strip() and _is_addressee(m.group("rest"))


def _is_self_introduction(clean: str) -> bool:
    """「山田です」「契約番号1234の山田でございます」, "My name is Dana Ortiz"."""
    if _EN_SELF.match(clean):
        return True
    m = _JA_SELF.match(clean)
    if m is None:
        return False
    # 「お客様番号：…の」 names the customer's number, not a sentence.
    return _HIRAGANA.search(_HONORIFIC_LABEL.sub("", m.group("who"))) is None


def _is_reference(clean: str) -> bool:
    # Every reference line has a colon or an identifier's digit.
    if len(clean) > 100 or _COLON_OR_DIGIT.search(clean) is None:
        return False
    return bool(
        _REFERENCE_HEADER.match(clean)
        or _REFERENCE_LABEL.match(clean)
        or _EN_REFERENCE_SENTENCE.match(clean)
        or _JA_REFERENCE_SENTENCE.match(clean)
    )


def _is_closing_sentence(sentence: str) -> bool:
    return _is_closing(sentence) or _EN_CLOSING_SENTENCE.match(_clean(sentence)) is not None


@lru_cache(maxsize=4096)
def _is_frame_line(line: str) -> bool:
    """A line that is frame wherever it stands: greeting and closing formulae, a
    reference line, a mobile signature."""
    clean = _clean(line)
    if not clean:
        return False
    if _is_reference(clean) or _is_closing(line):
        return True
    sentences = _sentences(clean)
    return all(_is_greeting_sentence(_clean(s)) or _is_closing_sentence(s) for s in sentences)


def _trim_tail_sentence(lines: list[str]) -> None:
    """Drop closing sentences at the end of the last line ("Please refund me. Thanks.",
    「返金してください。よろしくお願いします。」)."""
    while lines and not lines[-1].strip():
        lines.pop()
    if not lines:
        return
    sentences = _sentences(lines[-1])
    kept = len(sentences)
    while kept > 1 and _is_closing_sentence(sentences[kept - 1]):
        kept -= 1
    if kept < len(sentences):
        joiner = "" if _JA_CHAR.search(lines[-1]) else " "
        lines[-1] = joiner.join(sentences[:kept])


@lru_cache(maxsize=4096)
def _sentences(text: str) -> tuple[str, ...]:
    """The sentences of one line (Japanese: up to 。！？; English: up to . ! ? and a
    space)."""
    text = text.strip()
    if not text:
        return ()
    pattern = _JA_SENTENCE if _JA_CHAR.search(text) else _EN_SENTENCE
    return tuple(s.strip() for s in pattern.findall(text) if s.strip())

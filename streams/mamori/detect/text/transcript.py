"""Keep only the customer's own words.

Call and visit transcripts carry both speakers; staff saying 「申し訳ございません」
must not read as the customer demanding an apology. Transcripts come in many
shapes, and every one of them is recognised:

- a role word with a separator: 「担当: …」「客：…」, ``Agent: …``, ``agent - …``,
  ``担当「…」``; decorated: 「担当（佐藤）:」, ``Agent (Sato):``, 「お客様A:」;
- a bracketed role without a colon: 【お客様】, ``[Agent]``, （オペレーター）, ``<Caller>``;
- a bare role word and a space (「担当　…」) — only in a dialogue, i.e. when at least
  two lines carry labels of two speakers, so "Customer service is terrible" stays text;
- WebVTT voice tags (``<v Customer>…</v>``) and WebVTT/SRT cue numbers and timings;
- numbered speakers of speech-to-text services (``spk_0:``, ``Speaker 1:``,
  ``SPEAKER_00:``, 「話者1：」, ``ch_0:``), with or without a leading ``[00:00:05]``:
  the speaker who talks like the company (「お電話ありがとうございます」,
  "thank you for calling") is staff; without any such phrase, the first speaker is
  the one who answered, i.e. staff;
- several turns on one line (「客：返金しろ 担当：できません」);
- a label this module does not know, resolved by the dialogue: beside known customer
  labels only, another label said twice (or once in the company's words) is the
  staff's (「当方：」 beside 「相手：」, "AGT:" beside "CUST:"); beside staff labels only,
  the customer's; beside both, the staff's only if it talks like the company;
- a call log's OP / CS pair (operator, customer): "CS" is customer support beside a
  customer label, but beside another staff label only it is the customer, unless it
  talks like the company more than the other (:func:`_ambiguous_customer`).

E-mails may quote earlier replies (``>`` lines, or everything after
``-----Original Message-----`` / 「以下、引用」 / ``On … wrote:``). Unlabelled text
before any speaker label (headers such as 「（留守番電話）」) is kept, and text with no
speaker label at all is returned unchanged: it is the customer's.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Final, Literal

from mamori.detect.text.notice import without_notices

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
        # clinics' and schools' words for the caller
        "飼い主",
        "患者",
        "保護者",
        "customer",
        "caller",
        "client",
        "cust",
        # the call-log pair OP / CU (operator, customer), as the company's side is "op"
        "cu",
        "user",
        "guest",
        "visitor",
        "buyer",
        "c",
        "u",
        # 客 (kyaku) in romaji: a Japanese call log's S / K pair (staff, customer)
        "k",
        # Other sectors' words for the customer (banks, utilities, clinics, travel).
        "member",
        "patient",
        "tenant",
        "subscriber",
        "policyholder",
        "account holder",
        "passenger",
        "shopper",
        "consumer",
        "complainant",
        "cx",
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
        # a clinic's staff on the line
        "看護師",
        "獣医",
        "獣医師",
        "医師",
        "当社",
        "弊社",
        # "CS" is customer support, but a call log's OP / CS pair is operator and
        # customer: resolved by the dialogue (:func:`_ambiguous_customer`).
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
        # Other names for the company's side (BPO and help-desk exports).
        "csr",
        "cse",
        "executive",
        "exec",
        "tech",
        "consultant",
        "officer",
        "teller",
        "receptionist",
        "helpdesk",
        "help desk",
        "service desk",
        "team lead",
        "team leader",
        "tl",
        "bot",
        "assistant",
        "virtual assistant",
    }
)
#: Staff labels that are the customer's in call-log shorthand (OP / CS): beside another
#: staff label and no customer label, the one that does not talk like the company is
#: the customer (:func:`_ambiguous_customer`).
_AMBIGUOUS_LABELS: Final = frozenset({"cs"})
#: Role words that may start a turn in the middle of a line (single letters may not).
_INLINE_ROLES: Final = sorted(
    (w for w in _CUSTOMER_LABELS | _STAFF_LABELS if len(w) > 1 or not w.isascii()),
    key=lambda w: (-len(w), w),  # longest first; ties in a fixed order, not the set's
)
_ROLE_ALT: Final = "|".join(re.escape(w) for w in _INLINE_ROLES)
_SPEAKER_ALT: Final = r"spk_\d{1,2}|ch_\d|speaker[ _]?[0-9a-z]{1,2}|話者\s?[0-9a-zA-Z]{1,2}"
_OPEN: Final = "[【\\[(（<＜《〈]"
_CLOSE: Final = "[】\\])）>＞》〉]"

# Start of a line: a label candidate of up to 24 characters and a separator.
_LABEL_SEP: Final = re.compile(
    r"^\s*" + _OPEN + r"?([^:：\n「]{1,24}?)" + _CLOSE + r"?\s*(?:[:：>＞]|\s[-–—]\s|(?=「))\s*"
)
# Start of a line: a bracketed label without a separator (【お客様】…).
_LABEL_BRACKET: Final = re.compile(
    r"^\s*" + _OPEN + r"\s*([^\n】\])）>＞》〉]{1,24}?)\s*" + _CLOSE + r"\s*"
)
# Start of a line: a bare word and a space (only trusted inside a dialogue).
_LABEL_BARE: Final = re.compile(r"^\s*([^\s:：]{1,14}(?:\s[0-9a-zA-Z]{1,2})?)[ \t\u3000]+(?=\S)")
# WebVTT voice span: <v Customer>…</v>, <v.loud Operator Sato>…
_VOICE: Final = re.compile(r"^\s*<v(?:\.[\w.-]+)?\s+([^>]{1,40})>\s*")
_VOICE_END: Final = re.compile(r"</v>\s*$")
_TIMESTAMP: Final = re.compile(r"^\s*[\[(（]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])）]?\s+")
_CUE_TIMING: Final = re.compile(r"-->")
_CUE_NUMBER: Final = re.compile(r"^\s*\d+\s*$")
# A turn starting inside a line: a bracketed role anywhere, or a role and a colon after
# a space or a sentence end. Found from the separators (rare) looking backwards.
_SEPARATOR: Final = re.compile(r"[:：】\])）>＞》〉]")
_BEFORE_COLON: Final = re.compile(
    r"(?:^|(?<=[\s。．.!！?？、,」』)）]))(?:" + _ROLE_ALT + "|" + _SPEAKER_ALT + r")\s*$",
    re.IGNORECASE,
)
_BEFORE_CLOSE: Final = re.compile(_OPEN + r"\s*(?:" + _ROLE_ALT + r")\s*$", re.IGNORECASE)
_LOOKBACK: Final = 24
# Could any line start with a label (cheap checks before the line-by-line pass)? A
# bracket, a separator within 24 characters, a time stamp...
_MAYBE_LABEL: Final = re.compile(
    r"^[ \t]*(?:" + _OPEN + r"|[^\n:：「>＞]{1,24}[:：「>＞]|\d{1,2}:\d{2})", re.MULTILINE
)
# ...or, in a text of several lines (a dialogue), a bare role word and a space.
_MAYBE_BARE: Final = re.compile(
    r"^[ \t]*(?:" + _ROLE_ALT + "|" + _SPEAKER_ALT + r")[ \t\u3000]", re.MULTILINE | re.IGNORECASE
)
#: A label candidate holds one of these (an opening bracket, a separator, the colon of a
#: time): a text without any has none, and the label pattern is not tried at each line.
_LABEL_MARK: Final = re.compile(_OPEN + r"|[:：「>＞]")
#: A bare role word is followed by one of these: a text without any holds none (most
#: Japanese texts), and the long role alternation is not tried at each line.
_HAS_SPACE: Final = re.compile(r"[ \t\u3000]")
_QUOTE_MARKS: Final = (">", "＞", "&gt;", "引用", "wrote", "-----", "書きました")
_QUOTE_START: Final = re.compile(
    r"^\s*(?:-{2,}\s*(?:original message|元のメッセージ|転送メッセージ|forwarded message)\s*-{2,}"
    r"|以下[、,]?\s*引用|引用開始|on .{4,120} wrote:\s*$|.{1,80}(?:さんは書きました|wrote):\s*$)",
    re.IGNORECASE,
)
_QUOTED_LINE: Final = re.compile(r"^\s*(?:>|＞|&gt;)")

# A qualifier after the role ("(Sato)", 「（田中様）」), a number or a single letter.
_LABEL_NOISE: Final = re.compile(r"[(\[【（].*$|\s*[0-9]+$|(?<=[^a-z\s])[a-z]$|\s+[a-z]$")
#: Emphasis around a label in chat exports and Markdown ("**Agent:**", "_Customer_").
_EMPHASIS: Final = "*_~ "
_QUALIFIER: Final = re.compile(r"[(\[（【]\s*([^()\[\]（）【】]{1,20})\s*[)\]）】]?\s*$")
#: An English speaker's id of letters needs its separator ("Speaker A", "spk_b"): run
#: into the word it is no speaker ("[chat]" is a channel tag, not speaker "at" of "ch").
_SPEAKER: Final = re.compile(
    r"^(?:(?:spk|ch|speaker)(?:[\s_-]?([0-9]{1,2})|[\s_-]([a-z]{1,2}))|(?:話者|発話者)[\s_-]?([0-9a-z]{1,2}))$"
)
#: Anything that may start a label, a voice tag or a quote: texts without any of
#: these characters (most messages) skip the line-by-line pass.
_MARKS: Final = re.compile(r"[:：>＞】\]）)》〉」]|\n|\s-\s|引用|wrote|-->|-----")
#: Japanese formulae only the company's side of a call says.
_STAFF_FORMULAE_JA: Final = (
    "お電話ありがとうございます",
    "お待たせいたしました",
    "でございます",
    "かしこまりました",
    "承知いたしました",
    "申し訳ございません",
    "恐れ入ります",
    "少々お待ち",
)
#: Phrases by which the company's side of a call gives itself away.
_STAFF_PHRASES: Final = (
    *_STAFF_FORMULAE_JA,
    "お待たせしました",
    "承知しました",
    "ご用件",
    "担当の",
    "センターの",
    "thank you for calling",
    "thanks for calling",
    "how can i help",
    "how may i help",
    "how can i assist",
    "my name is",
    "speaking",
    "apologi",
    "for the inconvenience",
    "let me check",
    "one moment",
    "anything else",
    "your account",
    "for your patience",
)

Kind = Literal["customer", "staff", "speaker"]


@dataclass(slots=True)
class _Turn:
    text: str
    #: None: no label (continues the previous speaker).
    kind: Kind | None = None
    #: Speaker id of numbered speakers (``spk_0`` → "0").
    speaker: str = ""
    #: A bare role word without separator: trusted only inside a dialogue.
    weak: bool = False
    #: The segment as it came (kept whole when its weak label is not trusted).
    raw: str = ""
    #: A label this module does not know ("AGT:", 「当方：」, "[応答者] -"), folded, and
    #: the words after it: resolved by the dialogue around it (:func:`_unknown_kinds`).
    unknown: str = ""
    after: str = ""
    #: A known label that was a bare "A" (the answer of a Q / A export, or the agent).
    answer: bool = False


@lru_cache(maxsize=4096)  # transcripts repeat their few labels on every line
def _label_kind(raw: str) -> tuple[Kind, str] | None:
    # 「担当（佐藤）」, "Agent (Sato)", "Customer 1", 「お客様A」 → the role word.
    folded = unicodedata.normalize("NFKC", raw).lower().strip().strip(_EMPHASIS)
    m = _SPEAKER.match(folded)
    if m is not None:
        return "speaker", m.group(1) or m.group(2) or m.group(3)
    # "Priya (Agent)", "John [Customer]": the role may be the qualifier of a name.
    qualifier = _QUALIFIER.search(folded)
    inner = qualifier.group(1).strip() if qualifier is not None else folded
    # "Agent Priya", "Customer 2": the role word first, then a name or a number — not
    # a sentence that starts with a role word ("Tech support was awful: …").
    rest = unicodedata.normalize("NFKC", raw).strip().strip(_EMPHASIS).split()[1:]
    named = len(rest) <= 2 and all(_name_like(w) for w in rest)
    first = folded.split(" ")[0] if named else folded
    for candidate in (folded, first, inner):
        label = _LABEL_NOISE.sub("", candidate).strip()
        if label in _CUSTOMER_LABELS:
            return "customer", ""
        if label in _STAFF_LABELS:
            # An ambiguous label keeps its word (as a speaker id) for the dialogue.
            return "staff", label if label in _AMBIGUOUS_LABELS else ""
    return None


def _name_like(word: str) -> bool:
    """A word after a role that continues the label: a name, a number, a qualifier."""
    head = word[:1]
    return head.isupper() or head.isdigit() or head in "(（[【" or not word.isascii()


def _parse_turn(segment: str) -> _Turn:
    """One line or inline segment: its label (if any) and its words."""
    line = segment
    m = _VOICE.match(line)
    if m is not None:
        kind = _label_kind(m.group(1))
        if kind is not None:
            return _Turn(_VOICE_END.sub("", line[m.end() :]), kind[0], kind[1])
    unknown: _Turn | None = None
    for pattern in (_LABEL_SEP, _LABEL_BRACKET):
        m = pattern.match(line)
        if m is not None:
            kind = _label_kind(m.group(1))
            if kind is not None:
                words = line[m.end() :]
                if m.group(1).lstrip()[:1] in ("*", "_"):
                    words = words.lstrip(_EMPHASIS)  # "**Customer:** …"
                if words.startswith("「") and words.endswith("」"):
                    words = words[1:-1]
                answer = m.group(1).strip().strip(_EMPHASIS).lower() == "a"
                return _Turn(words, kind[0], kind[1], answer=answer)
            if unknown is None and _SPEAKER_MARK.search(m.group(0)) is not None:
                label = _unknown_label(m.group(1))
                if label:
                    unknown = _Turn(segment, unknown=label, after=line[m.end() :])
    m = _LABEL_BARE.match(line)
    if m is not None:
        kind = _label_kind(m.group(1))
        if kind is not None and (len(m.group(1)) > 1 or not m.group(1).isascii()):
            return _Turn(line[m.end() :], kind[0], kind[1], weak=True, raw=segment)
    return unknown if unknown is not None else _Turn(segment)


#: A label candidate ends in a separator or a closing bracket (not 「 — 「彼は「…」」 is
#: speech reported in a sentence).
_SPEAKER_MARK: Final = re.compile(r"[:：>＞\-–—】\])）》〉]\s*$")
#: What an unknown label may look like: a short word or two, not a number, a link or a
#: field of a form whose value follows ("Order no:", "URL:").
_UNKNOWN_LABEL: Final = re.compile(r"^[^\d\s/.@]{1,8}(?: [^\d\s/.@]{1,8})?$")


def _unknown_label(raw: str) -> str:
    folded = unicodedata.normalize("NFKC", raw).lower().strip().strip(_EMPHASIS)
    folded = folded.strip("[]()<>【】（）《》〈〉").strip()
    return folded if _UNKNOWN_LABEL.match(folded) else ""


def _unknown_kinds(turns: list[_Turn], known: set[Kind]) -> dict[str, Kind]:
    """Labels this module does not know, resolved by the dialogue they are part of: in
    a transcript whose known labels are all the customer's (「相手：」 beside 「当方：」,
    "CUST:" beside "AGT:"), another label said twice — or once, in the company's words —
    is the staff's; beside staff labels only, the customer's. Beside both, a label is
    the staff's only when it talks like the company; else it stays unresolved (its line
    continues the previous speaker, as before)."""
    count: dict[str, int] = {}
    company: dict[str, int] = {}
    for t in turns:
        if t.kind is None and t.unknown:
            count[t.unknown] = count.get(t.unknown, 0) + 1
            company[t.unknown] = company.get(t.unknown, 0) + _company_words(t.after)
    kinds: dict[str, Kind] = {}
    for label, n in count.items():
        if n < 2 and not company[label]:
            continue
        if known == {"customer"}:
            kinds[label] = "staff"
        elif known == {"staff"}:
            kinds[label] = "customer"
        elif company[label]:
            kinds[label] = "staff"
    return kinds


def _ambiguous_customer(labelled: list[_Turn]) -> None:
    """In a dialogue of staff labels only, an ambiguous one (「OP> …」 / 「CS> …」, the
    call log's operator and customer) is the customer's when another staff label is
    there and talks like the company at least as much: two parties of a call are not
    both the company. Beside a customer label it stays the staff's ("CS:" is customer
    support beside "Customer:")."""
    ambiguous = [t for t in labelled if t.kind == "staff" and t.speaker]
    if not ambiguous or any(t.kind == "customer" for t in labelled if not t.weak):
        return
    others = [t for t in labelled if t.kind == "staff" and not t.speaker and not t.weak]
    if not others:
        return
    if sum(map(_company_words, (t.text for t in ambiguous))) > sum(
        map(_company_words, (t.text for t in others))
    ):
        return
    for t in ambiguous:
        t.kind, t.speaker = "customer", ""


#: Words by which one side of a Q / A export shows it speaks for the company: the
#: company's phrases, its "our" ("our engineers are on it", "our policy") and the
#: customer addressed ("sir", "ma'am").
_QA_COMPANY: Final = re.compile(r"\b(?:our|sir|ma'?am|madam)\b", re.IGNORECASE)


def _qa_company(words: str) -> int:
    return _company_words(words) + len(_QA_COMPANY.findall(words))


def _question_answer(turns: list[_Turn]) -> None:
    """A Q / A export ("Q: … A: …") says who asked and who answered, not who is the
    company: "A" is read as the agent, but when the customer answers the company's
    questions ("Q: How can I help? A: By having your manager at my door"), the Q side
    talks like the company. The side that does so more is the staff's; at a tie "A"
    stays the agent's."""
    qs = [t for t in turns if t.unknown == "q"]
    answers = [t for t in turns if t.answer and t.kind == "staff"]
    others = [t for t in turns if t.kind is not None and t not in qs and t not in answers]
    if not qs or not answers or others:
        return
    # (a question said once, in no company words, is left unresolved: its words are
    # read as after a label, "Q:" dropped)
    if sum(_qa_company(t.after) for t in qs) <= sum(_qa_company(t.text) for t in answers):
        return
    for t in qs:
        t.kind, t.text = "staff", t.after
    for t in answers:
        t.kind = "customer"


def _unstamped(line: str) -> str:
    """The line without a leading ``[00:01:02]`` time stamp (when a label follows)."""
    stamp = _TIMESTAMP.match(line)
    if stamp is None:
        return line
    rest = line[stamp.end() :]
    return rest if _parse_turn(rest).kind is not None else line


def _inline_starts(line: str) -> list[int]:
    """Where new speakers' turns start inside ``line`` (「客：… 担当：…」, 「…【担当】…」)."""
    starts: list[int] = []
    for sep in _SEPARATOR.finditer(line):
        end = sep.start()
        lo = max(0, end - _LOOKBACK)
        pattern = _BEFORE_COLON if sep.group() in ":：" else _BEFORE_CLOSE
        m = pattern.search(line, lo, end)
        # A match at a cut-off window start has no known left neighbour: not a turn.
        if m is None or (m.start() == lo and lo > 0 and pattern is _BEFORE_COLON):
            continue
        if m.start() > 0 and (not starts or m.start() > starts[-1]):
            if not starts and _NAME_FIRST.match(line, 0, m.start()):
                continue  # "Priya (Agent): …": the role qualifies the name that opens the line
            starts.append(m.start())
    return starts


#: One or two capitalised words at the start of a line: a name before its role.
_NAME_FIRST: Final = re.compile(r"\s*[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?\s*$")


def _split_inline(line: str) -> list[str]:
    """Cut a line where a new speaker's turn starts (「客：… 担当：…」)."""
    starts = _inline_starts(line)
    if not starts:
        return [line]
    bounds = [0, *starts, len(line)]
    return [
        line[a:b].strip() for a, b in zip(bounds, bounds[1:], strict=False) if line[a:b].strip()
    ]


def _company_words(words: str) -> int:
    """How many of the company's own phrases (:data:`_STAFF_PHRASES`) a turn says."""
    low = unicodedata.normalize("NFKC", words).lower()
    return sum(1 for p in _STAFF_PHRASES if p in low)


def _staff_speakers(turns: list[_Turn]) -> set[str]:
    """Which numbered speakers are staff: the one talking like the company, else the first."""
    order: list[str] = []
    score: dict[str, int] = {}
    for t in turns:
        if t.kind != "speaker":
            continue
        if t.speaker not in score:
            order.append(t.speaker)
            score[t.speaker] = 0
        score[t.speaker] += _company_words(t.text)
    if not order:
        return set()
    best = max(score.values())
    if best == 0:
        return {order[0]}
    return {s for s, v in score.items() if v == best}


#: The marks that open a quoted line (``>``, ``>>``, ``> >``).
_QUOTE_PROMPT: Final = re.compile(r"^\s*(?:(?:>|＞|&gt;)\s*)+(?=(?:>|＞|&gt;))")


#: A line of a letter's frame (a salutation or a sign-off): a quoted e-mail holds one.
_LETTER_LINE: Final = re.compile(
    r"^\s*(?:dear\b|hi\b|hello\b|good (?:morning|afternoon|evening)\b|"
    r"(?:kind |best |warm )?regards\b|sincerely\b|yours\b|best wishes\b|"
    r"thank you for (?:contacting|your)\b)",
    re.IGNORECASE,
)


def _marked_narrative(text: str) -> bool:
    """Every line opens with one ``>`` and none is a letter's frame or a speaker's turn:
    lines of a narrative each marked by the writer (the message board's "greentext",
    ">be me / >order pizza / >demand a refund"), not an earlier e-mail quoted in a
    reply — a reply holds words of its own outside the quote, and a quoted e-mail its
    salutation or sign-off. At least three lines, so that a one-line paste of another
    message (">you said 5 days") stays a quote."""
    n = 0
    for line in text.splitlines():
        if not line.strip():
            continue
        if _QUOTED_LINE.match(line) is None or _QUOTE_PROMPT.match(line) is not None:
            return False
        rest = _QUOTED_LINE.sub("", line).strip()
        if _LETTER_LINE.match(rest) or _QUOTE_START.match(rest):
            return False
        turn = _parse_turn(_unstamped(rest))
        if turn.kind is not None and not turn.weak:
            return False  # a labelled turn ("> Agent: …"); a bare role word is narrative
        n += 1
    return n >= 3


def _prompted_dialogue(text: str) -> bool:
    """Every line opens with ``>`` (or ``>>``) and, without the marks, the lines are
    labelled turns of two speakers (``>> agent: …`` / ``>> customer: …``): a chat or
    call export that prompts each turn, not an earlier e-mail quoted in a reply (a
    reply holds words of its own outside the quote)."""
    kinds: set[Kind] = set()
    for line in text.splitlines():
        if not line.strip():
            continue
        if _QUOTED_LINE.match(line) is None:
            return False
        rest = _QUOTED_LINE.sub("", _QUOTE_PROMPT.sub("", line)).strip()
        turn = _parse_turn(_unstamped(rest))
        if turn.kind is not None and not turn.weak:
            kinds.add(turn.kind)
    return len(kinds) >= 2


#: A call transcript with no labels opens with the company's greeting (after a header line
#: or a hesitation: 「んー、お電話ありがとうございます」).
_CALL_GREETING: Final = re.compile(r"^(?:[^\n]{0,40}\n)?[^\n]{0,8}?お電話ありがとうございます")
#: A pause of speech-to-text output: a space between two Japanese characters.
_JA_PAUSE: Final = re.compile(r"(?<=[^\x00-\x7f\s])[ \u3000]+(?=[^\x00-\x7f\s])")
#: Utterances only the company's side says (a customer's complaint does not open a call or
#: apologise in these words).
_STAFF_UTTERANCES: Final = (*_STAFF_FORMULAE_JA, "お詫び申し上げます", "いたしかねます")


#: Hesitations and discourse fillers of speech-to-text output between the words of a
#: formula ("thank um you for calling", "how may i like help").
_F: Final = r"(?:(?:uh+|um+|hmm+|erm|like|you know|so)[,.]?\s+)*"


def _formula(*words: str) -> str:
    return (r"\s+" + _F).join(words)


#: The agent's scripted formulae of an English call (greeting, verification, closing,
#: apology for the inconvenience): in a transcript without labels each stands as a
#: sentence of its own, so their questions ("how may i help", "may i have your …") no
#: longer make the customer's demand beside them a question.
_EN_AGENT_FORMULAE: Final = re.compile(
    "|".join(
        [
            _formula(r"(?:thank|thanks)\.?", "you", "for", "calling")
            + r"\b.{0,80}?\bhow\s+"
            + _F
            + _formula(r"(?:may|can)", "i", r"(?:help|assist)")
            + r"(?:\s+"
            + _F
            + r"you)?(?:\s+"
            + _F
            + r"today)?",
            _formula(r"(?:for", r"verification\s+)?may", "i", "have", "your"),
            _formula("is", "there", "anything", "else", "i", "can", "help", "you", "with")
            + r"(?:\s+"
            + _F
            + r"today)?",
            _formula(
                r"(?:i\.?\s+am|i'?m)",
                r"(?:very\s+|so\s+|really\s+)?sorry",
                "for",
                "the",
                "inconvenience",
            ),
            _formula("i", r"(?:completely\s+)?understand", "your", "frustration"),
            _formula("one", "moment", "please"),
        ]
    ),
    re.IGNORECASE,
)
_EN_CALL_GREETING: Final = re.compile(
    r"^(?:[^\n]{0,40}\n)?[^\n]{0,12}?(?:thank|thanks)\.?\s+"
    + _F
    + r"you\s+"
    + _F
    + r"for\s+"
    + _F
    + "calling",
    re.IGNORECASE,
)


def _own_sentence(m: re.Match[str]) -> str:
    return "\n" + m.group(0) + "\n"


def _unlabelled_call(text: str) -> str:
    """An English call transcript without speaker labels (opening with "thank you for
    calling"): the agent's scripted formulae stand as sentences of their own
    (:data:`_EN_AGENT_FORMULAE`).
    A Japanese call transcript without speaker labels (speech-to-text output opening
    with 「お電話ありがとうございます」): its pauses (spaces) part the utterances, and the
    utterances in the company's own words are dropped, so a question or an apology of
    the agent no longer shares a sentence with the customer's demand. Anything else is
    returned as it is."""
    if "calling" in text and _EN_CALL_GREETING.match(text) is not None:
        return _EN_AGENT_FORMULAE.sub(_own_sentence, text)
    if "お電話ありがとう" not in text or _CALL_GREETING.match(text) is None:
        return text
    parts = _JA_PAUSE.sub("\n", text).split("\n")
    kept = [p for p in parts if not any(w in p for w in _STAFF_UTTERANCES)]
    return "\n".join(kept)


#: A single-letter head at the start of a line or of a sentence ("S: … O: … A: … P: …").
_LETTER_HEAD: Final = re.compile(
    r"(?:^|(?<=[.!?;)\n])|(?<=[.!?;)] ))[ \t]*([A-Za-z]):[ \t]", re.MULTILINE
)
_NOTE_ORDER: Final = "soap"


def _clinical_note(text: str) -> bool:
    """A note written in a chart's SOAP heads (subjective, objective, assessment, plan):
    its "A:" is the assessment, not an agent answering, and no head is a speaker. Its
    single-letter heads are the note's only ones, "A" with another, in the note's order
    ("Q: … A: …" is a Q / A export, "A: … C: …" a dialogue)."""
    heads = [m.group(1).lower() for m in _LETTER_HEAD.finditer(text)]
    if "a" not in heads or any(h not in _NOTE_ORDER for h in heads):
        return False
    first = list(dict.fromkeys(heads))
    return len(first) >= 2 and first == sorted(first, key=_NOTE_ORDER.index)


# Memoised for the last few texts: the content detector and the repetition sketch both
# read the customer's part of each message, one right after the other.
@lru_cache(maxsize=64)
def customer_lines(text: str) -> str:
    """The customer's part of ``text`` (lines joined by newlines)."""
    if not text:
        return ""
    text = without_notices(text)
    if _MARKS.search(text) is None:
        return _unlabelled_call(text)  # fast path: plain one-line message, nothing to strip
    if (
        not any(mark in text for mark in _QUOTE_MARKS)
        and "-->" not in text
        and (not _LABEL_MARK.search(text) or _MAYBE_LABEL.search(text) is None)
        and ("\n" not in text or not _HAS_SPACE.search(text) or _MAYBE_BARE.search(text) is None)
        and not _inline_starts(text)
    ):
        return _unlabelled_call("\n".join(text.splitlines()))  # no label, no quote: all of it
    is_cued = _CUE_TIMING.search(text) is not None  # WebVTT / SRT
    prompted = _prompted_dialogue(text) or _marked_narrative(text)
    lines: list[str] = []
    for line in text.splitlines():
        if prompted:
            line = _QUOTED_LINE.sub("", _QUOTE_PROMPT.sub("", line))
        if _QUOTED_LINE.match(line):
            continue
        if _QUOTE_START.match(line):
            break  # the rest is an earlier message
        if is_cued and (
            _CUE_TIMING.search(line) or _CUE_NUMBER.match(line) or line.strip() == "WEBVTT"
        ):
            continue
        lines.append(line)
    if _clinical_note(text):
        return _unlabelled_call("\n".join(lines))  # a note's heads are no speakers
    turns = [_parse_turn(seg) for line in lines for seg in _split_inline(_unstamped(line))]
    labelled = [t for t in turns if t.kind is not None]
    if labelled:
        known: set[Kind] = {
            t.kind for t in labelled if t.kind is not None and t.kind != "speaker" and not t.weak
        }
        resolved = _unknown_kinds(turns, known) if known else {}
        for t in turns:
            if t.kind is None and t.unknown in resolved:
                t.kind, t.text = resolved[t.unknown], t.after
        labelled = [t for t in turns if t.kind is not None]
        _ambiguous_customer(labelled)
        _question_answer(turns)
    kinds = {(t.kind, t.speaker) for t in labelled}
    dialogue = len(labelled) >= 2 and len(kinds) >= 2
    if not labelled or (not dialogue and all(t.weak for t in labelled)):
        return _unlabelled_call("\n".join(lines))  # no speaker labels: all the customer's
    staff_ids = _staff_speakers(turns)
    kept: list[str] = []
    speaker: Kind = "customer"
    for t in turns:
        if t.kind is not None and (dialogue or not t.weak):
            if t.kind == "speaker":
                speaker = "staff" if t.speaker in staff_ids else "customer"
            else:
                speaker = t.kind
            if speaker == "customer":
                kept.append(t.text)
        elif speaker == "customer":
            kept.append(t.raw if t.weak else t.text)
    return "\n".join(kept)

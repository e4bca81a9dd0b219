"""Staff names signed under an earlier message that the customer replies to.

A reply quotes the agent's sign-off ("> Kind regards,", "> Marguerite (Customer
Care)", "— Dariusz, Support") and then turns on that name ("Marguerite, I'm done
with you", "not Dariusz again"). The name is on no roster, but the sign-off says it
is a staff member's: within the message it counts like a roster name. Each such name
in the customer's part is written as :data:`SIGNED_NAME`, a name the detector adds
to every roster (so the staff_naming rules read it and evidence masks it).

Only a name with a role after it (a team, a desk, an advisor title) on a quoted,
dash-led or sign-off line is taken: the customer's own "Thanks, John" is no staff
member's signature. Names that are also common English words ("Will", "Hope") are
left alone, since replacing them would change the sentence.
"""

from __future__ import annotations

import re
from typing import Final

#: The stand-in for a signed name in the analysed text (one token, no suffix the
#: lemmatiser would strip, no letter repeated).
SIGNED_NAME: Final = "Xsig"

_LEAD: Final = r"^\s*(?:(?:>|＞|&gt;)\s*)*"
#: A sign-off formula ("Kind regards", "Thanks", "Cheers"); also read by
#: :mod:`mamori.detect.text.letter`.
SIGNOFF: Final = (
    r"(?i:kind\s+regards|best\s+regards|warm(?:est)?\s+regards|regards|best\s+wishes|"
    r"all\s+the\s+best|many\s+thanks|thanks|thank\s+you|cheers|sincerely|"
    r"yours\s+sincerely|with\s+thanks|best)"
)
_NAME: Final = r"(?P<name>[A-Z][a-z'’\-]{1,20}(?:\s+[A-Z][a-z'’\-]{1,20}){0,2})"
_ROLE: Final = (
    r"(?i:(?:the\s+)?(?:[a-z]+\s+){0,3}?"
    r"(?:support|care|service|services|help\s*desk|desk|team|advisor|adviser|agent|"
    r"representative|specialist|associate|relations|complaints)\b)"
)
#: Quote marks, then a dash or a sign-off (or a quote mark alone), the name, its role.
_SIGNATURE: Final = re.compile(
    _LEAD
    + r"(?:(?:[-–—]{1,2}\s*)|(?:"
    + SIGNOFF
    + r"[\s,.!:-]*))?"
    + _NAME
    + r"\s*(?:[,|/–—(-]\s*|\s(?i:from)\s+)"
    + _ROLE
)
#: Lines where a signature may stand: quoted, dash-led or opening with a sign-off.
_SIGN_LINE: Final = re.compile(_LEAD + r"(?:[-–—]|" + SIGNOFF + r"\b)")
#: A sign-off on a line of its own: the name is on the next line.
_SIGNOFF_ONLY: Final = re.compile(_LEAD + SIGNOFF + r"[\s,.!]*$")
_QUOTE_MARK: Final = re.compile(r"^\s*(?:>|＞|&gt;)")
_NOT_NAMES: Final = frozenset(
    ["The", "Your", "Our", "Customer", "Support", "Team", "Client", "Care", "Service", "Dear"]
    + ["Hi", "Hello", "Regards", "Thanks", "Best", "Kind", "Many", "Cheers", "Sincerely"]
)
#: Given names that are everyday English words: replacing them changes the sentence.
_WORD_NAMES: Final = frozenset(
    ["will", "may", "hope", "grace", "joy", "faith", "mark", "bill", "rose", "june", "april"]
    + ["august", "sue", "frank", "pat", "rich", "guy", "dawn", "summer", "sky", "amber", "ruby"]
    + ["art", "max", "jack", "ray", "chance", "hunter", "chase", "page", "lane", "holly", "ivy"]
    + ["daisy", "iris", "penny", "crystal", "angel", "star", "river", "robin", "jay", "drew"]
    + ["glen", "bob", "cliff", "dean", "earl", "grant", "lee", "miles", "norman", "reed", "rod"]
    + ["victor", "wade", "ward", "hazel", "sage", "brook", "autumn", "honey", "melody"]
    + ["cherry", "ginger", "olive", "pearl", "violet", "willow", "destiny", "harmony"]
    + ["trinity", "misty", "sunny", "gay"]
)


def signed_names(text: str) -> tuple[str, ...]:
    """The staff names signed in ``text`` (full names first, then their parts)."""
    if not text or ("\n" not in text and not _QUOTE_MARK.match(text)):
        return ()
    found: list[str] = []
    lines = text.splitlines()
    for k, line in enumerate(lines):
        candidates = []
        if _SIGN_LINE.match(line) or _QUOTE_MARK.match(line):
            candidates.append(line)
        if _SIGNOFF_ONLY.match(line) and k + 1 < len(lines):
            # "> Kind regards," then "> Marguerite (Customer Care)"
            nxt = lines[k + 1]
            lead = "> " if _QUOTE_MARK.match(nxt) else "— "
            candidates.append(lead + nxt.lstrip("> ＞"))
            if k + 2 < len(lines):
                # "> Marguerite" then "> Customer Care Team" on the line after
                role = lines[k + 2].lstrip("> ＞")
                candidates.append(lead + nxt.lstrip("> ＞").rstrip() + ", " + role)
        for cand in candidates:
            m = _SIGNATURE.match(cand)
            if m is None:
                continue
            parts = [p for p in m.group("name").split() if p not in _NOT_NAMES]
            if not parts or parts[0].lower() in _WORD_NAMES:
                continue
            found.append(" ".join(parts))
            found.extend(p for p in parts if len(p) >= 3 and p.lower() not in _WORD_NAMES)
    return tuple(dict.fromkeys(found))


def mark_signed(text: str | None, part: str) -> str:
    """``part`` (the customer's lines of ``text``) with each name signed in ``text``
    written as :data:`SIGNED_NAME`."""
    names = signed_names(text or "")
    if not names or not part:
        return part
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")
    return pattern.sub(SIGNED_NAME, part)

"""The fixed indicator taxonomy of the wire contract (section 3).

Codes are part of the contract and never change; labels may be localised.
Axis A = the demand's content is not appropriate; axis B = the means or manner
is not socially acceptable (MHLW customer-harassment manual).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Final, Literal


class Category(StrEnum):
    EXCESSIVE_DEMAND = "excessive_demand"
    APOLOGY_DEMAND = "apology_demand"
    IN_PERSON_DEMAND = "in_person_demand"
    VIOLENCE_THREAT = "violence_threat"
    ABUSIVE_LANGUAGE = "abusive_language"
    LEGAL_THREAT = "legal_threat"
    ONLINE_DEFAMATION_THREAT = "online_defamation_threat"
    SEXUAL_HARASSMENT = "sexual_harassment"
    PRIVACY_INTRUSION = "privacy_intrusion"
    STAFF_NAMING = "staff_naming"
    PRESSURE_LANGUAGE = "pressure_language"
    REPETITION = "repetition"
    OFF_HOURS_CONTACT = "off_hours_contact"
    CONTACT_FLOOD = "contact_flood"
    PROLONGED_CONTACT = "prolonged_contact"


Axis = Literal["A", "B"]
Severity = Literal["low", "medium", "high"]
SEVERITIES: Final[tuple[Severity, ...]] = ("low", "medium", "high")

AXIS: Final[dict[Category, Axis]] = {
    Category.EXCESSIVE_DEMAND: "A",
    Category.APOLOGY_DEMAND: "A",
    Category.IN_PERSON_DEMAND: "A",
    **{
        c: "B"
        for c in Category
        if c not in (Category.EXCESSIVE_DEMAND, Category.APOLOGY_DEMAND, Category.IN_PERSON_DEMAND)
    },
}

#: Codes decided from one event's text alone.
CONTENT_CATEGORIES: Final[tuple[Category, ...]] = tuple(list(Category)[:11])
#: Codes decided from per-customer windowed state.
STATEFUL_CATEGORIES: Final[tuple[Category, ...]] = tuple(list(Category)[11:])

LABELS_JA: Final[dict[Category, str]] = {
    Category.EXCESSIVE_DEMAND: "過度な要求（補償・返金・契約外対応）",
    Category.APOLOGY_DEMAND: "不当な謝罪要求",
    Category.IN_PERSON_DEMAND: "対面・訪問の要求",
    Category.VIOLENCE_THREAT: "暴力・脅迫・威嚇",
    Category.ABUSIVE_LANGUAGE: "暴言・侮辱・人格否定",
    Category.LEGAL_THREAT: "法的措置・監督官庁をちらつかせる威圧",
    Category.ONLINE_DEFAMATION_THREAT: "SNS・ネットでの誹謗中傷（示唆・実行）",
    Category.SEXUAL_HARASSMENT: "セクシャルハラスメント",
    Category.PRIVACY_INTRUSION: "従業員のプライバシー侵害・つきまとい",
    Category.STAFF_NAMING: "不必要な名指し",
    Category.PRESSURE_LANGUAGE: "高圧的・誇張した表現",
    Category.REPETITION: "同一内容の執拗な繰り返し",
    Category.OFF_HOURS_CONTACT: "時間外・休日の要求の常態化",
    Category.CONTACT_FLOOD: "短時間の大量連絡",
    Category.PROLONGED_CONTACT: "長時間の拘束",
}

LABELS_EN: Final[dict[Category, str]] = {
    Category.EXCESSIVE_DEMAND: "Excessive demand (compensation, refund, beyond contract)",
    Category.APOLOGY_DEMAND: "Unreasonable apology demand",
    Category.IN_PERSON_DEMAND: "Demand to meet or visit in person",
    Category.VIOLENCE_THREAT: "Violence, threat, intimidation",
    Category.ABUSIVE_LANGUAGE: "Abusive language, insult, contempt",
    Category.LEGAL_THREAT: "Legal or regulator threat used as pressure",
    Category.ONLINE_DEFAMATION_THREAT: "Online defamation (threatened or done)",
    Category.SEXUAL_HARASSMENT: "Sexual harassment",
    Category.PRIVACY_INTRUSION: "Intrusion on staff privacy, stalking",
    Category.STAFF_NAMING: "Unnecessary naming of staff",
    Category.PRESSURE_LANGUAGE: "High-pressure, exaggerated language",
    Category.REPETITION: "Same demand repeated persistently",
    Category.OFF_HOURS_CONTACT: "Habitual out-of-hours contact",
    Category.CONTACT_FLOOD: "Flood of contacts in a short time",
    Category.PROLONGED_CONTACT: "Prolonged contact (long calls or visits)",
}

#: Short Japanese labels for charts: the label without its parenthetical detail
#: (「過度な要求（補償・返金・契約外対応）」 → 「過度な要求」). The dashboards' category
#: columns are generated from these (``mamori.dashboards.expressions``).
LABELS_JA_SHORT: Final[dict[Category, str]] = {
    c: label.split("（", 1)[0] for c, label in LABELS_JA.items()
}

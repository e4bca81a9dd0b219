"""A street address is found in the text as the rules read it.

The address is cut from the text as written and looked for in the folded text; folding
drops the space after a comma or a full stop, so an address with its flat number
("27 Kings Court, Apt 4") was never found and its words fired as a lawsuit."""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from unit.detect.support import assert_clear, assert_fires


def test_address_with_its_unit_is_a_place(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "legal_threat",
        [
            "Please deliver the parcel to 27 Kings Court, Apt 4 before Friday.",
            "The new tenant is at 3B Westfield Court, Suite 210. Can you move the meter reading?",
            "Bill goes to 8 Crown Court. Thanks for sorting it out.",
        ],
    )


def test_a_lawsuit_beside_an_address_still_counts(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "legal_threat",
        ["I live at 27 Kings Court, Apt 4 and I will take you to court if this is not fixed."],
    )

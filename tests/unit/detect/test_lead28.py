"""Found by the lead at the thirteenth session's merge (docs/quality.md): the retrain
cost a line the model had carried, a weapon the customer keeps named and tagged as a
warning. Every sentence here is written for these tests, none is a set's line.

- a weapon the speaker keeps ("I've still got my old hunting rifle"), then a tag that
  closes the thought as a warning ("just so you know", "keep that in mind", "just
  sayin"), in the same sentence or the next: violence threat;
- the same tag opening news ("Just so you know, the scope is faulty"), goods a weapon
  word names (a gun safe, a glue gun) or a tag after anything but a weapon stays clear."""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from unit.detect.support import assert_clear, assert_fires


def test_a_weapon_kept_then_tagged_as_a_warning_is_a_threat(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        [
            "Ive still got my old hunting rifle. Just so you know.",
            "We keep a shotgun behind the door, bear that in mind before you cut us off.",
            "i got a crossbow in the garage lol just sayin",
            "Refund me. I own several firearms, thats all im saying.",
        ],
    )


def test_the_tag_opening_news_or_goods_named_by_a_weapon_word_stays_clear(
    detector: LexiconDetector,
) -> None:
    assert_clear(
        detector,
        "violence_threat",
        [
            "I own a rifle for the deer season. Just so you know, the scope you sent is cracked.",
            "I have a gun safe on order and it arrived dented, just so you know.",
            "Ive got a glue gun from your craft range that leaks, just saying.",
            "I still have the receipt and the box. Just so you know.",
            "We keep our bikes in the shed, keep that in mind when you deliver.",
        ],
    )

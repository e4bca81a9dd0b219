"""Where anyone lives, said as a service's condition, is no question about the listener's
home: 「どこに住んでいても申し込めますか」 (a concession, 〜ても) and 「どこに住んでいる人が
対象ですか」 (a relative clause on 人/方). The same interrogative aimed at the listener
still fires.

Written for these tests, not taken from a corpus.
"""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from unit.detect.support import assert_clear, assert_fires


def test_where_anyone_lives_as_a_condition_stays_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "privacy_intrusion",
        [
            "このプランって、どこに住んでいても申し込めますか？",
            "どこに住んでいる人が補助の対象になるんでしょうか。",
            "どこに住んでても同じ料金ですか",
            "どこに住んでいようと配送料は変わりませんか？",
            "割引はどこに住んでいる方でも使えますか。",
        ],
    )


def test_where_the_listener_lives_still_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "privacy_intrusion",
        [
            "あんたどこに住んでんの？",
            "君、どこ住んでるの？教えてよ",
            "オペレーターさん、どこに住んでいるんですか？",
        ],
    )

"""A low rating given by other people, read and told (「星1をつけている人がいて驚いた」),
is no threat to post one: the contract's "mentioning reviews or posts one has read is
not". The writer's own rating threatened still fires.

Written for these tests, not taken from a corpus.
"""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from unit.detect.support import assert_clear, assert_fires


def test_ratings_other_people_gave_stay_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "online_defamation_threat",
        [
            "レビューで星1をつけている人がいて驚きました。実際の使い心地はどうですか？",
            "低評価をつけた方が多いようですが、改善されたのでしょうか。",
            "星ひとつを付けてたレビューを読んで不安になりました",
        ],
    )


def test_the_writers_own_rating_still_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "online_defamation_threat",
        [
            "対応してくれないなら星1つけてやるからな",
            "このままなら口コミに星ひとつで全部書きます",
        ],
    )

"""Found by the lead at the twelfth session's merge (docs/quality.md): the retrain cost
a line the model had carried, a staff member's off-duty routine told back. Every
sentence here is written for these tests, none is a set's line.

- a staff member's private routine (where they park, walk the dog, drink, fetch their
  children) at an off-duty time, told back to the company, shows their life outside
  work is watched: privacy intrusion;
- the same at the customer's own place (a van left on their lawn) is a complaint about
  the work, and a friendly sighting with a wave stays clear;
- a thread announced in the plain non-past with a particle of intent (「スレ立てるわ」)
  is the speaker's next step told as a warning, like 「スレ立てたるわ」; asked about
  or asked to stop, it stays clear;
- a named person's home or address asked for, however politely (「〇〇様のご自宅の
  ご住所を伺えますか」), is privacy intrusion; a delivery to a named recipient's home
  is not;
- the honorific れる/られる after a verb of the listener's own day (「お仕事が終わられ
  たら」) is no passive: the question about their private life stays medium; only an act
  of following or watching, in the passive, is suffered."""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from unit.detect.support import assert_clear, assert_fires


def test_off_duty_routine_told_back_is_privacy_intrusion(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "privacy_intrusion",
        [
            "Not a threat or anything, but your technician parks his silver van on Birch Lane most evenings.",
            "i know ur cashier drinks at the Crown most weekends lol",
            "Saw your agent Priya walking her dog by the canal last night. Small world.",
            "fyi your driver drops his kids off at Hillside Primary on the school run",
        ],
    )


def test_routine_at_the_customers_place_or_a_friendly_sighting_is_clear(
    detector: LexiconDetector,
) -> None:
    assert_clear(
        detector,
        "privacy_intrusion",
        [
            "Your engineer parked his van on my lawn last night and left tyre marks.",
            "Your courier parks his van outside our house most evenings and blocks the road.",
            "Your driver parks his truck across my driveway most mornings, please stop it.",
            "Your nurse walked her dog past our surgery in the evening and waved, so sweet.",
            "Your technician goes home at 6 so please book the visit before then.",
        ],
    )


def test_thread_announced_in_the_plain_non_past_is_a_defamation_threat(
    detector: LexiconDetector,
) -> None:
    assert_fires(
        detector,
        "online_defamation_threat",
        [
            "対応せんなら掲示板にスレ立てるぞ",
            "もうええわ、晒しスレ立てるけん",
            "まとめスレ立てるからな、覚悟しとけ",
        ],
    )
    assert_clear(
        detector,
        "online_defamation_threat",
        [
            "スレを立てるには会員登録が必要ですか",
            "勝手にスレ立てるのはやめてください",
            "スレ立てるわけではないのですが質問です",
        ],
    )


def test_named_persons_home_asked_for_politely_is_privacy_intrusion(
    detector: LexiconDetector,
) -> None:
    assert_fires(
        detector,
        "privacy_intrusion",
        [
            "恐れ入りますが、村井様のご自宅のご住所をお教えいただけますか。",
            "高木さんの家ってどこなん？教えてくれん？",
            "井上様のご実家の場所を伺えますでしょうか。直接お礼がしたいので。",
        ],
    )
    assert_clear(
        detector,
        "privacy_intrusion",
        [
            "村井様のご自宅への配送日を変更できますか。",
            "高木さんの家に届けるので、住所を確認させてください。",
        ],
    )


def test_honorific_rareru_on_the_listeners_day_is_no_stalking_suffered(
    detector: LexiconDetector,
) -> None:
    assert_fires(
        detector,
        "privacy_intrusion",
        ["受付の方はお仕事が終わられたら、どちらへお帰りになるんですか"],
    )
    assert_clear(
        detector,
        "privacy_intrusion",
        ["帰り道に知らない男に後をつけられたので、防犯カメラの映像を確認してもらえますか"],
    )

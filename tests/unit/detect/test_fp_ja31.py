"""False alarms a blind set of benign Japanese customer messages showed (a pawnshop, an
escape room, an aquarium, a crypto exchange, piano tuning, a demolition firm), by frame:
a step told as done with 済み (相談済み, 提出済, 投稿済); a third party's demand quoted
before a verb that describes them (〜って詰め寄ってたおっさん); a threat written on a
note the writer received (『…』と書いた紙をポストに入れられた); a weapon noun naming a
prop or a title (『爆弾解除ルーム』, 『爆弾』の箱); a photo of a thing (柱の傷、写真撮らせて);
a brand's disposal read by the words of owning and selling it (所有する…の処分); a
police matter said of a menace the writer saw (酔漢が…凄んでおった。あれは警察沙汰).
Each with look-alikes of the same shape that must still fire.

Written for these tests, not taken from a corpus.
"""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from unit.detect.support import assert_clear, assert_fires


def test_a_step_told_as_done_is_no_threat(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "legal_threat",
        [
            "保険会社と警察には連絡済みです。修理の日程を相談させてください。",
            "交番に届け出済みです。カードの再発行をお願いします。",
            "落とし物の件、警察へは遺失届を提出済みです。",
            "被害届は提出済みなので、口座の凍結をお願いします",
        ],
    )
    assert_clear(
        detector,
        "online_defamation_threat",
        ["インスタに写真投稿済みです！また行きます", "口コミは星5で投稿済み、最高の一日でした"],
    )


def test_a_step_done_about_someone_still_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "legal_threat",
        [
            "あんたの名前は警察に通報済みや",
            "店長のことは警察に相談済みです",
            "弁護士に相談済みなら話が早い",
        ],
    )
    assert_fires(detector, "online_defamation_threat", ["SNSに御社の対応を投稿済みです。"])
    # the step held over the listener: a bare reason, an emphatic ending
    assert_fires(
        detector,
        "legal_threat",
        [
            "修理の件。弁護士に相談済みだから。早よ返事せえ。",
            "警察に通報済みだぞ",
            "弁護士に相談済みやからな",
        ],
    )


def test_a_demand_quoted_of_someone_seen_is_told(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "excessive_demand",
        [
            "レジで『金返せ、店長出せ』って店員さんに怒鳴ってたおっさんがいて怖かったです。",
            "『慰謝料払え』って受付に詰め寄ってたおばちゃん、結局警備員に連れてかれてた。",
        ],
    )
    assert_clear(
        detector, "pressure_language", ["昨日、『責任者を出せ』と叫んでいた酔っ払いがいました。"]
    )


def test_a_demand_relayed_still_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "excessive_demand",
        [
            "『金返せ、店長出せ』っておっさんが言ってるぞ、早くしろ",
            "おっさんやけど『金返せ、店長出せ』って言うとるんや",
        ],
    )


def test_a_threat_on_a_note_received_is_suffered(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "violence_threat",
        [
            "玄関に『出ていけ、殺すぞ』って書かれた貼り紙が貼られていました。管理人さんに相談したいです。",
            "『燃やすぞ』と書いた手紙が郵便受けに入っていて、怖くて眠れません。",
            "車のワイパーに『次は刺す』と書いたメモが挟まってた。防犯カメラの設置をお願いしたい。",
        ],
    )


def test_a_note_sent_by_the_writer_still_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        [
            "『殺すぞ』と書いた紙をお前の店に貼ってやる",
            "『殺すぞ』と書いた手紙を店長の家に送りつけたからな",
            "『殺すぞ』と書いた紙を用意した。明日持っていく",
        ],
    )


def test_a_weapon_noun_naming_a_prop_or_a_title(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "violence_threat",
        [
            "爆弾処理班の謎が難しかったです。ヒントをもう一つ増やしてほしい。",
            "子供が爆弾ゲームの赤いボタンを押してしまい、途中で終了しました。",
            "テーマパークの爆弾のギミック、煙が多くて咳き込みました。",
        ],
    )


def test_a_weapon_sent_made_or_placed_still_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        [
            "店に爆弾の箱を送りつけたろか",
            "爆弾の作り方は調べてある",
            "お前の会社に爆弾仕掛けたからな",
            "爆弾解除なんかより、お前を先に片付けてやる",
        ],
    )


def test_a_photo_of_a_thing(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "privacy_intrusion",
        [
            "ケーキがあまりに綺麗で、写真撮らせてもらいました。",
            "水槽のクラゲ、写真撮らせていただけますか。",
            "完成した庭の石組み、写真撮らせてもらえますか",
        ],
    )


def test_a_photo_of_a_person_or_their_looks_still_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "privacy_intrusion",
        [
            "店員さんの写真撮らせてよ",
            "君の制服姿、写真撮らせてくれない？",
            "受付のあの子、写真撮らせてくれないかな",
            "今日の髪型めっちゃ可愛い、写真撮らせて",
            "写真撮らせてよ",
        ],
    )


def test_a_brand_disposed_of_is_a_thing(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "staff_naming",
        [
            "父が所有していたスタインウェイの処分を検討中です",
            "実家のロレックスの処分にあたり査定をお願いしたい",
            "ヤマハの処分、下取りでお願いできますか",
        ],
    )


def test_a_named_person_punished_still_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "staff_naming",
        ["有村の処分はまだか", "竹内さんの処分を求めます、あんな接客ありえない"],
    )


def test_a_police_matter_of_a_menace_seen(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "legal_threat",
        [
            "隣の客が店員さんに怒鳴り散らしていました。あれは警察沙汰にすべきです。",
            "酔っ払いが受付で暴れていた。警察沙汰になる前に止めてもらえて安心しました。",
            "男性客がレジの方に凄んでいました。あれは警察沙汰だと思います。",
        ],
    )


def test_a_police_matter_aimed_at_staff_still_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "legal_threat",
        [
            "店長が客に凄んでいた。あれは警察沙汰だ",
            "酔漢が暴れていた。お前らも警察に突き出してやる",
            "客が怒鳴っていたけど、返金しないなら警察に行く",
        ],
    )

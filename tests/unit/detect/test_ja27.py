"""Benign frames behind the false alarms of a set of legitimate Japanese customer
messages read for the first time (reviews, 知恵袋-style questions, school, clinic and
game-support messages); every sentence here is written for these tests, in other
registers than the set's.

- words named by a quote (「『死ね』という言葉」「『殺す』って暴言」「…という書き込み」)
  are mentioned, nobody says them; quotes listed one after another (「『死ね』『ゴミ』と」)
  are one report, and a passive verb of saying a few words on (「と何度もチャットで暴言を
  吐かれました」) still reports them;
- a godan imperative followed by the potential's endings (「辛すぎて死ねます」「死ねた」)
  is the potential, no order — 「死ねばいいのに」「死ねや」 stay abuse;
- the speaker's own wish (「もう死にたい」「辞めたい」) is wished on nobody; asked of the
  listener (「死にたいんか」) it stays;
- a thing likened to a bomb (「爆弾みたいな」「爆弾級」) and a quality multiplied (「辛さ10倍」)
  are similes and measures, no weapon and no sum;
- compensation asked about (「補填の予定はありますか」) is a question, no demand;
- stalking in the passive (「後をつけられる」「待ち伏せされた」) is suffered, told;
- posting named as a means or a subject (「レビュー投稿で」「という書き込みが多い」) and the
  review being written now (「クーポン目当てで書いてます」) threaten nothing; a post to a
  place (「口コミに書いてますから」「ネットに投稿するぞ」) stays.
"""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from unit.detect.support import assert_clear, assert_fires


def test_words_named_or_reported_in_listed_quotes_are_no_abuse(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "abusive_language",
        [
            "部活で「死ね」って言葉を冗談みたいに使う子がいて、娘が怖がっています。",
            "学童で「キモい」「消えろ」という悪口が広まっているようなので、ご指導をお願いします。",
            "オンライン対戦で相手から「ゴミ」「死ね」とボイスチャットで何度も言われました。通報を受け付けてください。",
            "配信のコメント欄で「ばか」、「死ね」と繰り返し書き込まれています。削除をお願いできますか。",
        ],
    )
    assert_clear(
        detector,
        "violence_threat",
        [
            "うちの子のクラスで「殺すぞ」「ぶっ殺す」という言葉がはやってて、先生に相談したいんです。",
        ],
    )
    assert_fires(
        detector,
        "abusive_language",
        ["お前なんか死ね。二度と電話してくんな。", "「死ね」、これがお前への返事だ"],
    )
    assert_fires(detector, "violence_threat", ["次も同じことしたら殺すぞ。"])


def test_the_potential_is_no_order(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "abusive_language",
        [
            "激辛ソース、一滴で死ねます。辛党の方はぜひ。",
            "この坂道、自転車で上ると本気で死ねますね笑",
            "甘さ控えめって書いてあるのに甘すぎて死ねた。",
        ],
    )
    assert_fires(
        detector, "abusive_language", ["死ねばいいのに、あんたみたいな店員。", "はよ死ねや"]
    )


def test_the_speakers_own_wish_is_wished_on_nobody(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "abusive_language",
        [
            "疲れすぎて、正直もう消えたいです。カウンセリングの予約は取れますか。",
            "最近は死にたいと思う日もあって、受診を考えています。",
            "今のバイト、辞めたいんですけど相談できますか？",
        ],
    )
    assert_fires(
        detector, "abusive_language", ["お前、死にたいんか？", "あんたなんか消えてほしい。"]
    )


def test_a_simile_and_a_measure_are_no_weapon_and_no_sum(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "violence_threat",
        [
            "爆弾級のボリュームのハンバーグ、完食できませんでした。",
            "爆弾おにぎりが名物のお店です。",
        ],
    )
    assert_clear(
        detector,
        "excessive_demand",
        [
            "明るさ2倍のLEDに替えたら部屋が見違えました。",
            "辛さ3倍でも普通に食べられました。",
            "次は2倍くらいがちょうどいいかも。",
        ],
    )
    assert_fires(detector, "violence_threat", ["店に爆弾仕掛けたるからな。"])
    assert_fires(detector, "excessive_demand", ["代金は10倍にして返せ。"])


def test_compensation_asked_about_is_no_demand(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "excessive_demand",
        [
            "サーバー障害でログインボーナスを取り逃しました。補填はありますか？",
            "メンテ延長の件、補填の対象になるのか知りたいです。",
        ],
    )
    assert_fires(detector, "excessive_demand", ["損した分、全額補填しろ。"])


def test_stalking_suffered_is_told(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "privacy_intrusion",
        [
            "通学路で子どもが知らない人につきまとわれたと聞きました。見回りを増やしてください。",
            "駅からの帰りに後をつけられたことがあり、防犯カメラの設置を要望します。",
        ],
    )
    assert_fires(
        detector,
        "privacy_intrusion",
        ["あんたの帰り道、後をつけたるからな。", "仕事終わるまで裏口で待っとくわ。"],
    )


def test_posting_named_or_this_review_written_threatens_nothing(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "online_defamation_threat",
        [
            "口コミ投稿でポイントがもらえるので、せっかくなので書いてます。",
            "「すぐ壊れた」という口コミが多くて迷ってますが、保証はどうなってますか？",
            "SNS投稿で割引になるキャンペーンはまだやってますか？",
        ],
    )
    assert_fires(
        detector,
        "online_defamation_threat",
        [
            "この対応、口コミに書いてますから。",
            "ネットに投稿するぞ。",
            "対応ひどすぎ。レビューに全部書いてやる。",
            "口コミ、星1で埋めたるわ。",
        ],
    )

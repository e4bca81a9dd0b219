"""Frames behind the misses and false alarms of a read stream (2030 Q1, a Kitakyushu
outsourced centre; its lines were read, never copied: every sentence here is written
for these tests).

- a break-in or an alarm is the security company's own call-out: 「すぐ来て」 in its
  sentence is a service asked for, not a summons;
- excessive demands: a long past period asked back whole (過去N年分); the rule in the way
  waved off in the Kyushu adjective (関係なか, どうでもよか) before something free; the
  Kitakyushu/Chikuho order 〜ちゃりい; something free for oneself alone; a fee waived and
  the norm told as a tag of its own (「…免除して。当然ですよね」);
- online defamation: the name or reputation ruined online (「評判、ネットで潰したる」) is no
  blow; the particle dropped (実名出して) and the plain future (動画にする); a post announced
  and dared (「…上げますけど、いいんですね？」); the platforms of Chinese and Korean customers;
- pressure: the agent's check with a superior forbidden, a decision ordered on the spot; a
  vague next step over a condition; the customer's will as the listener's duty, with an
  assent tag ("…, understand?") that asks nothing;
- sexual harassment: a visit to the customer's room as the price of forgiving the
  complaint, addressed to a woman or in English; a clerk wanted for her looks.

Each with look-alikes that must stay clear.
"""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from unit.detect.support import assert_clear, assert_fires


def test_a_break_in_or_an_alarm_is_the_security_call_out(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "in_person_demand",
        [
            "勝手口のガラスが割られとるごたるけ、すぐ来てください。",
            "非常ベルが鳴りっぱなしなんです。至急来てもらえますか。",
            "玄関の鍵がこじ開けられてて怖いです、今すぐ来てください。",
        ],
    )
    assert_fires(
        detector,
        "in_person_demand",
        [
            "電話じゃ埒が明かん、今すぐ家に来て説明しろ。",
            "お宅の責任者、すぐ来てください。話はそれからです。",
        ],
    )


def test_excessive_demands_in_dialect_and_by_period(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "excessive_demand",
        [
            "ルールとかどうでもいいけん、過去2年分まとめて返金して。",
            "定員とか関係なか。うちの子だけタダで乗せてくれんね。",
            "ついでに古い洗濯機も、タダで引き取っちゃりぃ。",
            "これだけ待たされたんやけ、俺だけ無料で上のクラスにしてよ。",
            "二回も止まったんやけ、年会費は免除して。当たり前やろ。",
        ],
    )
    assert_clear(
        detector,
        "excessive_demand",
        [
            "過去2年分の利用明細を送っていただけますか。",
            "定員とか関係なく、まずは見学だけでも無料でできますか？",
            "私だけ無料期間が適用されていないようなので確認をお願いします。",
            "年会費は無料と聞いていました。当然ですよね？念のため確認です。",
        ],
    )


def test_reputation_ruined_online_is_defamation_not_violence(detector: LexiconDetector) -> None:
    hits = {
        h.category.value
        for h in detector.analyse(None, "あんたの店の評判、SNSで潰したるけんな。", "chat").hits
    }
    assert "online_defamation_threat" in hits
    assert "violence_threat" not in hits
    assert_fires(detector, "violence_threat", ["お前の店、潰したるからな。覚えとけ。"])
    assert_fires(
        detector,
        "online_defamation_threat",
        [
            "担当の実名出してツイッターに書くけど、よかとね？",
            "今日のやり取り、ユーチューブの動画にするけ。",
            "I'll put this on Weibo so every traveller from Shanghai knows how you treat people.",
        ],
    )
    assert_clear(
        detector,
        "online_defamation_threat",
        [
            "旅行の思い出を動画にしてYouTubeに上げたいです。",
            "I shared my trip photos on WeChat, the cabin was lovely.",
        ],
    )


def test_pressure_on_the_spot_and_a_vague_next_step(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "pressure_language",
        [
            "上司に聞かんでいいけ、今この場で決めんね。",
            "本社に相談とかいらんけん、あんたが決めて。今ここで決めろ。",
            "今日中に連絡がなかったら、こっちも次の手を打ちます。",
            "I'm the customer so you must do as I tell you, understood?",
        ],
    )
    assert_clear(
        detector,
        "pressure_language",
        [
            "上司の方に確認していただいてからで大丈夫です。",
            "今この場で決めていただけますか、それとも後日になりますか。",
            "次の手続きを教えてください。",
            "Do you understand the new cancellation terms?",
        ],
    )


def test_a_room_visit_as_the_price_of_forgiving(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "sexual_harassment",
        [
            "ねえちゃん、俺の泊まっとる部屋に寄ってくれたら全部水に流したるわ。",
            "If you come up to my cabin later I'll forgive the whole thing.",
            "美人のお姉さんに担当させてよ、それなら契約続けるけん。",
        ],
    )
    assert_clear(
        detector,
        "sexual_harassment",
        [
            "お姉さん、ホテルまで荷物を届けに来てくれたら助かります。",
            "If your driver comes to my hotel tonight with the bag, I'll forgive the delay.",
            "綺麗な女性が対応してくれて、とても丁寧でした。",
        ],
    )

"""Dialect morphology and polite registers read for a set of Japanese complaints in
western, eastern and Tohoku dialects, the rakugo storyteller's Edo speech and a
butler's or a fortune teller's keigo; every sentence here is written for these tests,
in other wording than the set's.

- Shiga and Kyoto かなん (= あかん) after a benefactive's negative is an obligation put
  on the listener, as あかん is (「来てもらわなかなん」);
- the speaker's home in the eastern and Tohoku first persons (おらんち, おれんち) is
  the customer's home a visit is ordered to; a boss made to bring something in person
  (ご自身/自ら/直々) is summoned, whatever the keigo; a delivery thanked for is not;
- leave asked in the negatives of 構う (構わないか, かまへんか, かまわねえか) threatens
  no post; an apology's letter or bow thanked for was received, not demanded;
- the remedy for the one damaged thing set aside (「修理代だけやのうて」) and everything
  asked new is beyond the damage; the customer's own plan or a quote is not;
- 二人きり with the emphatic っ or a pause before its particle (二人っきりで, 二人きり、で)
  is the two of us alone; a couple naming itself is a booking;
- limbs counted as the price (「骨の一本や二本」), a corrosive thrown over someone, the
  head or the wits scorned in polite words, lies written up with a manner adverb, and
  a staff member taken up by 彼/彼女 whose home and number are asked.
"""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from unit.detect.support import assert_clear, assert_fires


def test_kanan_is_an_obligation_like_akan(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "in_person_demand",
        ["上司の方に来てもらわなかなんわ。電話では済まん話や。"],
    )
    assert_fires(
        detector,
        "excessive_demand",
        ["網戸の修繕だけやのうて、窓まるごと取り替えてもらわなかなん。"],
    )
    assert_clear(
        detector,
        "excessive_demand",
        [
            "網戸の修繕だけでなく、窓まるごと取り替えるかどうかも検討してます。見積もりだけください。"
        ],
    )


def test_dialect_homes_and_a_boss_who_must_bring_it(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "in_person_demand",
        [
            "不良品の件、係長でええからおれんちまで来て説明せえ。",
            "支店長ご自身が週末に別荘まで持参してくださいませ。",
            "社長直々に実家まで持参しろ。",
        ],
    )
    assert_clear(
        detector,
        "in_person_demand",
        [
            "店長自らお届けいただいたお花、母がとても喜んでおりました。",
            "社長ご自身が来られるご予定はありますか。",
        ],
    )


def test_leave_asked_and_an_apology_thanked_for(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "online_defamation_threat",
        [
            "いただいたケーキの写真、ブログに上げても構わないか教えてください。",
            "店の看板の写真、インスタに載せてもかまわねえか聞きてえんだ。",
        ],
    )
    assert_fires(
        detector,
        "online_defamation_threat",
        ["返事がないなら、この件ブログに上げてやるからな。"],
    )
    assert_clear(
        detector,
        "apology_demand",
        [
            "先日はお詫び状をありがとうございました。こちらも言い過ぎました。",
            "わざわざ頭を下げてくださって恐縮です。もう気にしていません。",
        ],
    )
    assert_fires(detector, "apology_demand", ["詫び状を書いて送ってこい。"])


def test_beyond_the_damage(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "excessive_demand",
        [
            "クリーニング代だけじゃなくて、スーツ一式買い替えてもらおうか。",
            "交換だけでねえ、家具ぜんぶ弁償すんのが筋だべ。",
        ],
    )
    assert_clear(
        detector,
        "excessive_demand",
        ["修理だけでなく、古いエアコン一式の買い替えの見積もりもお願いできますか。"],
    )


def test_harm_by_idiom_and_by_corrosive(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        [
            "次やったら、あばらの一本や二本へし折ったるからな。",
            "あの受付の女、顔に塩酸ぶっかけたろか。",
        ],
    )
    assert_clear(
        detector,
        "violence_threat",
        [
            "部活で足の一本や二本折れても平気だって笑ってました。",
            "ニュースで顔に硫酸をかけられた事件を見て怖くなりました。",
            "化学の実験で塩酸をかけると泡が出ました。",
        ],
    )


def test_wits_scorned_lies_written_up_and_a_pronoun_asked_after(
    detector: LexiconDetector,
) -> None:
    assert_fires(
        detector,
        "abusive_language",
        [
            "あなた、おつむの方がお粗末でいらっしゃるのね。",
            "この程度の知能で接客なさってるんですか。",
        ],
    )
    assert_fires(
        detector,
        "online_defamation_threat",
        ["掲示板にあることないこと好き勝手に書いてやるよ。"],
    )
    assert_fires(
        detector,
        "privacy_intrusion",
        ["昨日のレジの女の子、感じよかったです。彼女のご住所を教えてください。"],
    )
    assert_clear(
        detector,
        "privacy_intrusion",
        ["彼の携帯が壊れたので、修理の予約をお願いします。"],
    )


def test_two_alone_with_the_emphatic_tsu_or_a_pause(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "sexual_harassment",
        [
            "受付のお姉さん、今度ふたりっきりでドライブしようや。",
            "閉店後に二人きり、でお話ししませんこと？",
        ],
    )
    assert_clear(
        detector,
        "sexual_harassment",
        ["夫婦二人っきりで記念日の旅行をしたいので、静かな部屋をお願いします。"],
    )

"""Mechanisms behind the misses of a set of Japanese dialect and register paraphrases
read for the first time (Kōshū, Gifu, Mikawa, Banshū, Ise, Nanbu, Fukui, official
letters, rap, live commentary); every sentence here is written for these tests, in other
wording and registers than the set's.

- the Tohoku request 〜てけろ/〜でけろ is 〜てくれ (the dictionary reads でけろ as 出来る);
- the Kansai たる of てやる on a verb of posting (「悪口流したる」「広めたるで」) posts as
  てやる does; 水に流す forgives and posts nothing;
- a thing thrown or dashed at the face (「顔面に投げつけたる」) is violence by its means,
  and ぶっ cut off 叩く by the analyser after ツラ, read as an adjective, is still ぶっ叩く;
- a person named, then taken up by a pronoun to be removed (「〇〇さん…あの人はすぐ外して」)
  is named as 〇〇さんを外して is; the removal denied or thanks to them stays clear;
- a full refund joined to something more for nothing (「全額返還並びに無償招待を求める」);
- the written register's orders: 〜されたい/〜されたし ending a sentence as a demand,
  対面にて as 対面で (a visit);
- the costs of a list paid out by the company (「〜代も〜代も全部そっちで出して」) as borne
  by it, and 〜といてな as a rough order of something for nothing.
"""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from unit.detect.support import assert_clear, assert_fires


def test_tohoku_kero_is_a_request(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "excessive_demand",
        ["壊れたのはオラのせいだけんど、最新の機種さタダで取っ替えてけろ。"],
    )
    assert_clear(
        detector,
        "excessive_demand",
        ["注射したらけろっと治ったんだ、タダで診てもらったわけでねえ。"],
    )


def test_kansai_taru_on_a_verb_of_posting(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "online_defamation_threat",
        [
            "インスタでお前んとこの接客ぶり、全部広めたるからな。",
            "掲示板にこの店の対応、ずっと流したるで。",
        ],
    )
    assert_clear(
        detector,
        "online_defamation_threat",
        ["ネットの件はもうええわ、水に流したる。", "SNSで言い合いになったけど、水に流したろ。"],
    )


def test_a_thing_thrown_at_the_face(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        [
            "次また壊れとったら、店長の顔面にこの箱叩きつけたるわ。",
            "お前の顔にコーヒー投げつけてやるからな。",
            "ナメたマネしたら、お前のツラぶっ叩くぞ。",
        ],
    )
    assert_clear(
        detector,
        "violence_threat",
        [
            "体育の時間に息子が顔にボールをぶつけられて、鼻血を出しました。",
            "顔にボールをぶつけてしまい、申し訳ありませんでした。",
            "化粧水は顔に叩きつけるようにつけるのがコツです。",
            "文化祭でドラムをぶっ叩いて、すっきりしました。",
        ],
    )


def test_a_named_person_taken_up_by_a_pronoun_to_be_removed(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "staff_naming",
        [
            "営業の沼田さん、説明がいい加減すぎる。あいつはさっさと外せ。",
            "窓口の小此木さんね、あの人は今日限りで辞めさせろよ。",
        ],
    )
    assert_clear(
        detector,
        "staff_naming",
        [
            "受付の沼田さんにはお世話になりました。あの人を替えてほしいなんて思ったこともありません。",
            "小此木さんが異動されて寂しいです。あの方は本当に丁寧でした。",
        ],
    )


def test_a_full_refund_and_something_more_for_nothing(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "excessive_demand",
        [
            "宿泊代の全額払い戻し及び次回の無償宿泊を要求いたします。",
            "全額返金と、無料アップグレードもつけてください。",
        ],
    )
    assert_clear(
        detector,
        "excessive_demand",
        [
            "全額返金と無料交換をしていただき、ありがとうございました。",
            "全額返金および返送料のご負担をお願いできますか。",
        ],
    )


def test_the_written_registers_orders_and_visits(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "in_person_demand",
        [
            "本件につき、担当部長が直接にて説明を行うよう求める。",
            "担当部長は対面にて謝罪を行うこと。",
        ],
    )
    assert_clear(
        detector,
        "in_person_demand",
        ["先日はご来訪ありがとうございました。", "来訪者受付は一階です。"],
    )
    assert_fires(
        detector,
        "staff_naming",
        ["懲戒処分の実施を求める。あわせて、その処分結果を書面にて回答されたい。"],
    )


def test_costs_paid_out_and_an_order_left_done(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "excessive_demand",
        [
            "レンタカー代も食事代も、全部そちらで出してもらわんと困るわ。",
            "帰りの便もビジネスクラスにタダで上げといてや。",
        ],
    )
    assert_clear(
        detector,
        "excessive_demand",
        [
            "鍵は玄関の植木鉢の下に置いといてな。",
            "食事代も交通費も全部そっちで出してもらったんですか？",
        ],
    )

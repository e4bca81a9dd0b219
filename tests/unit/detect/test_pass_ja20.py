"""Japanese detection, twentieth pass: violence told by its means rather than by a
verb of killing — blows by their compound verbs in any dialect tail (張り倒す,
ひっぱたく, 〜たらなかん), a body part broken or bent out of shape, a person seized by
the collar or dragged out, premises set alight in any script, a weapon offered as a
welcome; the polite notice 〜ますので closing a threat; a て-form told in the past is
no threat — and the look-alikes that stay clear.

Written for these tests, not taken from a corpus.
"""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from unit.detect.support import assert_clear, assert_fires


# ------------------------------------------------ blows by compound verbs, dialect tails
def test_blows_by_compound_verbs_in_any_tail(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        [
            "今度会うたら一発殴ったらんとあかんな",
            "あの店員、次見かけたら蹴り入れたるけぇの",
            "そいつの横っ面ひっぱたいてやるわ",
            "次にやったら張り倒しますからね",
            "一発食らわしたるぞ",
            "あの係長、しばいたらなかんわ",
            "窓口の兄ちゃん、一発どついたらなかんな",
        ],
    )


def test_blows_told_or_harmless_stay_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "violence_threat",
        [
            "男が店員を殴って逃げました",
            "キーボードを叩いて入力しました",
            "ボールを投げ飛ばしたら窓に当たりました",
        ],
    )


# ------------------------------------------------ a body broken, a person seized or dragged
def test_body_broken_or_person_seized(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        [
            "あいつの鼻の骨へし折ったるからな",
            "前歯全部へし折ってやるよ",
            "首根っこ捕まえて外に放り出してやる",
            "襟首つかんで店の外まで引っ張り出しますよ",
            "次会うたら胸倉ひっつかんだるけえ",
            "そいつの顔の形変えたるけんな",
            "窓口から引きずり出したろか",
        ],
    )


def test_body_and_collar_look_alikes_stay_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "violence_threat",
        [
            "子供が転んで鼻の骨を折ってしまいました",
            "息子の襟首をつかんで道路から引っ張り出しました",
            "大根をへし折って漬物にしました",
            "彼のために骨を折ってやるつもりです",
            "ドアの取っ手を引っ張り出してください",
            "指を折って数えてみました",
        ],
    )


# ------------------------------------------------ arson in any script
def test_premises_set_alight(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        [
            "倉庫にガソリンまいて火つけてやる",
            "みせに ひ つけたる",
            "支店に火を点けに行きますので",
            "事務所に火付けに行くからな",
            "営業所に火を放ったるけんね",
        ],
    )


def test_fire_lit_for_ordinary_ends_stays_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "violence_threat",
        [
            "ストーブに火をつけに行ってきます",
            "仏壇のろうそくに火をつけに行った",
            "店のコンロに火がつかないので見に来てほしい",
        ],
    )


# ------------------------------------------------ a weapon as the welcome
def test_weapon_offered_as_welcome(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        [
            "次に来たら金属バットで歓迎したるわ",
            "木刀持って待っとるけぇ",
            "出刃包丁でお相手しますよ",
            "スタンガン用意して出迎えてやる",
            "次は木刀でお出迎えしますので、そのおつもりで。",
            "ゴルフクラブでご挨拶に伺います",
        ],
    )


def test_tools_for_their_use_stay_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "violence_threat",
        [
            "包丁で野菜を切ってください",
            "バットで素振りをしに行きます",
            "ゴルフクラブを持って練習場に行きます",
            "鉄パイプで棚を組み立てました",
            "ハンマーを持って作業に伺います",
            "包丁研ぎのサービスでお迎えにあがります",
        ],
    )


# ------------------------------------------------ the polite notice 〜ますので
def test_polite_notice_is_no_reason_before_a_request(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "violence_threat",
        [
            "修理に伺いますので、ご在宅ください",
            "明日お店に行きますので、よろしくお願いします",
        ],
    )


# ------------------------------------------------ contempt by metaphor and by function
def test_head_said_hollow_or_soft(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "abusive_language",
        [
            "脳みそカニ味噌でできてんのか",
            "頭の中お花畑かよ",
            "おたくの社員さん、頭ちゃんとついてはります？",
            "首の上に乗っとるのは飾りか",
            "担当さんの脳みそ、おからでできとるんやないと",
        ],
    )


def test_head_look_alikes_stay_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "abusive_language",
        [
            "頭が痛いので今日は休みます",
            "カニ味噌を追加で注文したいです",
            "頭を空っぽにして楽しめる映画でした",
            "頭にゴミがついてますよ",
            "頭の中が真っ白になりました",
        ],
    )


def test_reduced_to_a_menial_function(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "abusive_language",
        [
            "頭下げるしか能がないんか",
            "電話取るしか能がない連中",
            "マニュアル読むしか能のない人ばっかりやね",
        ],
    )
    assert_clear(
        detector,
        "abusive_language",
        ["私は料理しか能がないので", "息子は食べることしか能がないと笑っています"],
    )

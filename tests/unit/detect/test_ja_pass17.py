"""Japanese detection, seventeenth pass: Okinawan put-downs and the listener's head
questioned, keigo that denies a basic skill or measures the listener against an animal,
dying of joy after praise (clear), a staff member's presence made the reason never to
return, removal pressed by daily visits, the boss's full name, a named person kept away
and their discipline reported, a home and way home known in keigo, waiting at the staff
entrance, out-of-spec work for free, demands stacked with +, "not consideration but
acceptance", "otherwise my life is over" after a demand, an apology on video, lawyers in
katakana and counted, a recording with a wise decision expected, and a rampage and
casualties disowned in hiragana split by spaces — each with look-alikes that stay clear.

Written for these tests, not taken from a corpus.
"""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from unit.detect.support import assert_clear, assert_fires


# ------------------------------------------------ Okinawan put-downs (フラー, 〜ば, 〜さー) and the listener's head questioned
def test_okinawan_putdowns_and_the_head_questioned_abusive_language_fires(
    detector: LexiconDetector,
) -> None:
    assert_fires(
        detector,
        "abusive_language",
        [
            "いゃーフラーか、何回言えば分かるば",
            "ほんとにフラーやさ、この店員",
            "あんたはフラーさー",
            "お前の頭の中には何が詰まってるんだよ",
            "あんたの頭ん中何入っとると？",
            "一体頭の中に何が入っていらっしゃるのでしょうか",
            "おたくの頭、何が詰まっとるん？",
            "ねえ頭に何入ってんの？まじで",
            "あの店員フラーだな",
        ],
    )


def test_okinawan_putdowns_and_the_head_questioned_abusive_language_clear(
    detector: LexiconDetector,
) -> None:
    assert_clear(
        detector,
        "abusive_language",
        [
            "ふらふらして転びそうになりました",
            "フラダンスの教室はどこですか",
            "フラメンコのチケットを予約したい",
            "フライパンがすぐ焦げます",
            "ふらっと寄ったら閉まってました",
            "子供が頭に何が入ってるのって聞いてきた",
            "ヘルメットの頭に何か入ってる感じがする",
            "フラーかどうかは知らん",
            "フラーベルのケーキが好き",
        ],
    )


# ------------------------------------------------ keigo that denies the listener a basic skill
def test_keigo_denying_a_basic_skill_abusive_language_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "abusive_language",
        [
            "敬語を身につけていらっしゃらないようですね",
            "文章をお読みになれないのでしょうか",
            "基本的な計算がおできにならないようで",
            "日本語をご理解いただけないのでしょうか",
            "そちらの担当者は社会常識を身につけていらっしゃらないのでしょうか",
            "漢字の読み書きを習っておられないのですか",
        ],
    )


def test_keigo_denying_a_basic_skill_abusive_language_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "abusive_language",
        [
            "漢字を習得されていない方にもわかる説明書はありますか",
            "日本語がお分かりにならないのですね、英語で大丈夫ですよ",
            "母は日本語の読み書きを習得されていないのですが、対応できますか",
        ],
    )


# ------------------------------------------------ a lesser being (猿でも) in honorific form
def test_a_lesser_being_in_honorific_form_abusive_language_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "abusive_language",
        [
            "チンパンジーでもご理解いただける内容かと存じますが",
            "幼稚園児でもおできになることでございます",
            "犬でもわかる話でございます",
            "小学生でもお分かりになるかと存じますが",
        ],
    )


def test_a_lesser_being_in_honorific_form_abusive_language_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "abusive_language",
        [
            "子供でもできる簡単な操作で助かりました",
            "小学生でもわかる内容かと思いますが、私には難しくて",
            "猿でもわかる経理入門という本を探しています",
        ],
    )


# ------------------------------------------------ 死ねる about oneself after praise (clear) and 死ね still an insult
def test_dying_of_joy_after_praise_abusive_language_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "abusive_language",
        [
            "このコスメ可愛すぎて死ねる",
            "店員さん神対応すぎて死にそう",
            "うれしくて死ねる",
        ],
    )


def test_dying_of_joy_after_praise_abusive_language_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "abusive_language",
        [
            "お前みたいなやつは死ね",
            "無能すぎ、死ねよ",
        ],
    )


# ------------------------------------------------ presence as the reason never to return, removal pressed by daily visits, the boss's full name, a named person kept away and their discipline reported
def test_named_staff_removed_kept_away_or_their_boss_named_staff_naming_fires(
    detector: LexiconDetector,
) -> None:
    assert_fires(
        detector,
        "staff_naming",
        [
            "山田さんがいる限り、もう二度とこちらでは買いません",
            "あの店長が働いとるうちは二度と来んけんね",
            "あいつがおる限り金輪際ここは使わへん",
            "あの人を担当から外すまで毎日電話しますので",
            "辞めさせるまで毎日通うけん覚えとき",
            "上司のフルネームと部署を教えろ",
            "課長の氏名を名乗らせろ",
            "Suzuki様には今後一切弊社の案件に関わらせないでいただきたい",
            "担当者の方には二度と対応させないでください",
            "本件の担当者に対する社内処分の結果を文書でご回答ください",
            "こんな職員がいる限り、二度とこの窓口には来ません",
            "あの係長を外すまで何度でも電話しますからね",
            "あいつを担当から外せ。外すまで毎日通うぞ",
            "佐藤さんがいる限り二度と利用いたしません",
        ],
    )


def test_named_staff_removed_kept_away_or_their_boss_named_staff_naming_clear(
    detector: LexiconDetector,
) -> None:
    assert_clear(
        detector,
        "staff_naming",
        [
            "佐藤さんがいる限りまた来ますね",
            "子供がいる限り二度と夜には行けません",
            "部品を交換するまで毎日電話します",
            "店長さんのフルネームを教えてください、お礼の手紙を書きたいので",
            "社内処分があったとニュースで見ました",
            "今後一切ダイレクトメールを送らないでください",
            "上司の方のお名前を伺ってもよろしいですか",
            "佐藤さんがいる限り、この店に通い続けます",
        ],
    )


# ------------------------------------------------ a staff member's home and way home known, in keigo or with an owner
def test_a_home_and_way_home_known_in_keigo_violence_threat_fires(
    detector: LexiconDetector,
) -> None:
    assert_fires(
        detector,
        "violence_threat",
        [
            "あなたのご自宅の場所も把握しております",
            "担当の方の通勤経路は調べがついております",
            "あんたの帰り道はもう知っとるけんね",
            "佐藤様のお住まいは駅の南口の方だと存じております。次回はきちんとしたご対応を期待しております。",
            "中村様がお帰りの際の道順もだいたい把握しておりますので",
        ],
    )


def test_a_home_and_way_home_known_in_keigo_privacy_intrusion_fires(
    detector: LexiconDetector,
) -> None:
    assert_fires(
        detector,
        "privacy_intrusion",
        [
            "担当の方の通勤経路は調べがついております",
        ],
    )


def test_a_home_and_way_home_known_in_keigo_violence_threat_clear(
    detector: LexiconDetector,
) -> None:
    assert_clear(
        detector,
        "violence_threat",
        [
            "御社の店舗までの道順は把握しております",
            "帰り道は知っているので大丈夫です",
            "実家の場所は知ってるので直接送ります",
            "自宅の場所は把握しておりますので迎えは不要です",
        ],
    )


def test_a_home_and_way_home_known_in_keigo_privacy_intrusion_clear(
    detector: LexiconDetector,
) -> None:
    assert_clear(
        detector,
        "privacy_intrusion",
        [
            "ご自宅への配送ルートは把握しております",
        ],
    )


# ------------------------------------------------ waiting at the staff entrance
def test_waiting_at_the_staff_entrance_privacy_intrusion_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "privacy_intrusion",
        [
            "あの子が終わるまで従業員出口で待っとくけん",
            "裏口の前で待ってるからね",
            "仕事終わるまで裏口で張っとるけん",
        ],
    )


def test_waiting_at_the_staff_entrance_privacy_intrusion_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "privacy_intrusion",
        [
            "納品の際は通用口でお待ちしています",
            "面接は通用口で待っていればいいですか",
            "通用口で待っていてくださいと言われました",
        ],
    )


# ------------------------------------------------ out-of-spec work for free, demands stacked with +, not consideration but acceptance, otherwise my life is over
def test_out_of_spec_free_stacked_demands_and_otherwise_excessive_demand_fires(
    detector: LexiconDetector,
) -> None:
    assert_fires(
        detector,
        "excessive_demand",
        [
            "契約範囲外の改修を無償にて実施いただきたい",
            "不具合のお詫びとして追加機能を無料で開発してください",
            "返金＋送料＋慰謝料で手を打つわ",
            "交換＋ポイント＋商品券よろ",
            "全額返金＋迷惑料＋菓子折りで許したる",
            "返品＋全額返金＋ポイント倍つけて",
            "仕様にない機能を無償で追加していただき、今後の保守費用も免除願います",
        ],
    )


def test_out_of_spec_free_stacked_demands_and_otherwise_pressure_language_fires(
    detector: LexiconDetector,
) -> None:
    assert_fires(
        detector,
        "pressure_language",
        [
            "ご検討ではなく、ご決断をお願いします",
            "検討じゃなくて即答して",
            "今すぐ交換してよ。じゃなきゃ人生終わる",
            "明日までにお願いします、そうでないと路頭に迷います",
            "マジ今日中に返金して、じゃないと人生おわた",
            "早く返金してください。でないと人生終わります",
        ],
    )


def test_out_of_spec_free_stacked_demands_and_otherwise_excessive_demand_clear(
    detector: LexiconDetector,
) -> None:
    assert_clear(
        detector,
        "excessive_demand",
        [
            "追加機能は無料で使えますか",
            "代金+送料で3000円でした",
            "返金+送料でお願いします",
            "商品代金＋送料の返金をお願いします",
        ],
    )


def test_out_of_spec_free_stacked_demands_and_otherwise_pressure_language_clear(
    detector: LexiconDetector,
) -> None:
    assert_clear(
        detector,
        "pressure_language",
        [
            "ご検討いただきありがとうございました",
            "就職できないと人生詰む。お願いだから受かってほしい",
            "社内でも検討ではなく実行の段階です",
        ],
    )


# ------------------------------------------------ an apology on video, face shown
def test_an_apology_on_video_apology_demand_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "apology_demand",
        [
            "謝罪動画撮ってアップしろ",
            "カメラの前で謝って",
            "生配信で謝罪してください",
            "顔出しで謝罪動画アップして",
        ],
    )


def test_an_apology_on_video_apology_demand_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "apology_demand",
        [
            "芸能人の謝罪動画ってよく炎上するよね",
        ],
    )


# ------------------------------------------------ lawyers in katakana, lawyers counted, a recording and a wise decision
def test_lawyers_in_katakana_counted_and_recording_with_wise_decision_legal_threat_fires(
    detector: LexiconDetector,
) -> None:
    assert_fires(
        detector,
        "legal_threat",
        [
            "弁護士が何人かおりますので",
            "知り合いに弁護士が数名おりまして",
            "ロイヤーに相談するけん",
            "ミーのロイヤーがソショーの準備してるよ",
            "リーガルチームからレター送るから",
            "全て録音しております。弁護士とも相談の上、賢明なご判断を期待しております",
            "顧問のロイヤーにソショーの相談してるから",
            "べんごしに そうだん するからな",
        ],
    )


def test_lawyers_in_katakana_counted_and_recording_with_wise_decision_pressure_language_fires(
    detector: LexiconDetector,
) -> None:
    assert_fires(
        detector,
        "pressure_language",
        [
            "会話は録音しております。賢明なご判断をお願いいたします",
        ],
    )


def test_lawyers_in_katakana_counted_and_recording_with_wise_decision_legal_threat_clear(
    detector: LexiconDetector,
) -> None:
    assert_clear(
        detector,
        "legal_threat",
        [
            "ロイヤルホストで食事しました",
            "ロイヤリティの支払いについて",
            "賢明なご判断ありがとうございました",
            "ロイヤルカナンのフードを注文したい",
        ],
    )


# ------------------------------------------------ a rampage and casualties disowned, also in hiragana split by spaces
def test_rampage_and_casualties_disowned_in_kana_violence_threat_fires(
    detector: LexiconDetector,
) -> None:
    assert_fires(
        detector,
        "violence_threat",
        [
            "店に乗り込んで暴れたるからな",
            "おたくの じむしょに おしかけて あばれるぞ",
            "死人が出ても知らんぞ",
            "あんたの みせ のりこんで あばれたる",
            "おまえの みせに いって あばれるからな",
            "けがにん でても しらないよ",
        ],
    )


def test_rampage_and_casualties_disowned_in_kana_violence_threat_clear(
    detector: LexiconDetector,
) -> None:
    assert_clear(
        detector,
        "violence_threat",
        [
            "子供が店に行って暴れてしまいすみません",
            "このままだと怪我人が出ますよ、対策してください",
            "怪我人が出ても保険は使えますか",
            "子供が暴れたら怪我人が出てもおかしくないので柵をつけてください",
        ],
    )

"""Japanese detection, fifteenth pass: platform names spelt in kana, recurring free
benefits, staff sent to the customer's home, remarks on a body part and a complaint
traded for company, keigo put-downs of schooling, upbringing and hiring, hands that
"might slip", and a threat quoted in play by someone else — each with the look-alikes
that must stay clear.

Written for these tests, not taken from a corpus.
"""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from mamori.detect.text.normalize import fold
from unit.detect.support import assert_clear, assert_fires, severity


# ------------------------------------------------ platform names spelt in kana
def test_letters_spelt_in_kana_keep_their_first_vowel() -> None:
    # After an e-row kana an え lengthens (「ねえ」); before another letter name it is a letter.
    assert "えすえぬえす" in fold("スクショしてえすえぬえすに")
    assert "えっくす" in fold("全部してえっくすに")
    assert fold("使えねえ") == "使えね"
    assert fold("てめえすげえ") == "てめすげ"


def test_kana_platforms_and_kana_posting_verbs_threaten(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "online_defamation_threat",
        [
            "ぜんぶすくしょしてえすえぬえすにのせるからな",
            "このやりとり、ぜんぶえすえぬえすにのせたるわ",
            "いんすたにかいてやるけんね",
            "えっくすにかいたるからな",
            "ねっとに評判をかいときますね",
            "えすえぬえすでばらすからな",
        ],
    )


def test_kana_platforms_named_without_a_threat_are_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "online_defamation_threat",
        [
            "えすえぬえすで商品を知りました",
            "えすえぬえすの使い方を教えてください",
            "えっくすで見ました",
            "説明書にかいてある通りにしました",
            "パソコンをばらすのはSNSで見た方法でいいですか",
        ],
    )


# ------------------------------------------------ recurring or perpetual free benefits
def test_recurring_benefit_demanded(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "excessive_demand",
        [
            "毎月の点検を無料でやれ",
            "毎年の更新料は無料にしてもらわんと困る",
            "これからは毎月半額にしてくださいね",
            "永年無料にしろ",
            "毎回送料無料にしてや",
            "十年間保守無料にしてくれんと困るわ",
        ],
    )


def test_recurring_benefit_asked_about_or_had_is_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "excessive_demand",
        [
            "毎月の点検は無料ですか",
            "毎月無料で点検してもらっています",
            "毎月の会費が割引になるプランはありますか",
            "永年会員は年会費無料と聞きました",
            "1年間無料のプランに入っています",
            "3年間無料ですか",
            "毎回送料無料なのは助かります",
            "2年間無料って書いてあったのに請求されました",
        ],
    )


# ------------------------------------------------ staff sent to the customer's home
def test_staff_sent_or_made_to_come_home(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "in_person_demand",
        [
            "あの店員をうちに寄こしなさい",
            "自宅に担当をよこしてくれ",
            "あの姉ちゃん、わしの家に寄越さんかい",
            "あの姉ちゃんをうちに来させろ",
            "担当さ おらほさ来い",
            "おらほさ担当よこせ",
            "そちらの社員をうちさ来させろ",
            "その担当、家さよこせ",
        ],
    )


def test_service_visits_and_thanks_are_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "in_person_demand",
        [
            "修理の人をうちに寄こしてもらえますか",
            "配達員を自宅に来させないでください",
            "業者さんを寄こしてもらえると助かります",
            "おらほさ来てけでありがとうございました",
            "自宅に代替機を寄越してください",
            "家に代わりの商品を寄越すと言われました",
        ],
    )


# ------------------------------------------------ body remarks, complaint for company
def test_body_part_remarks_and_quid_pro_quo(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "sexual_harassment",
        [
            "あの店員さん胸おっきいね",
            "受付の姉ちゃん、尻エロいな",
            "苦情を取り下げる代わりに一晩お付き合いしてもらえますか",
            "許してやる代わりに今夜付き合えや",
            "お胸が大きくていらっしゃいますね",
            "訴えるのやめてもいいけど、そのかわり二人で食事してくれる？",
        ],
    )


def test_sizes_meat_pain_and_settlements_are_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "sexual_harassment",
        [
            "胸が痛いので病院に行きます",
            "鶏の胸肉が大きいですね",
            "椅子の脚が大きくて邪魔です",
            "お尻が大きく見えないパンツを探してます",
            "胸ポケットの大きいシャツはありますか",
            "苦情を取り下げる代わりに返金してください",
            "取り下げる代わりに食事券をください",
            "お尻が大きいのが悩みです",
        ],
    )


# ------------------------------------------------ keigo put-downs
def test_schooling_upbringing_and_hiring_put_downs(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "abusive_language",
        [
            "義務教育は受けましたか",
            "義務教育受けてきはったん？",
            "親の顔が見てみたいものですね",
            "どんな育てられ方をしたらそうなるんですか",
            "どういう育ち方をしたらそうなるのかしら",
            "こんな人を雇えるなんて、御社は懐が深いですね",
            "よくあんな奴雇ってんな",
            "出来損ないの店員しかおらんのか",
            "ご両親はどういう教育をなさったのかしら",
            "親御さんの顔が見てみたいですわ",
            "どういう躾をされてきたんでしょうね",
            "学校で何を習ってきたんですか",
            "御社はこういう人しか雇えないんですか",
            "あんたみたいなのを雇う会社も会社やな",
            "まともな教育を受けてこなかったんでしょうね",
            "ほんまに親の顔見てみたいわ",
            "ようこんなんで社員になれたな",
            "人としてどうかしてますよ",
        ],
    )


def test_school_family_and_hiring_talk_is_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "abusive_language",
        [
            "親の顔を見に帰省します",
            "親の顔が見たくて実家に帰りました",
            "義務教育の教材を探しています",
            "娘が義務教育を終えたので",
            "どんな教育を受けられるコースですか",
            "こんな人材を採用したいです",
            "あんな方を採用してくださって感謝しています",
            "出来損ないのケーキで申し訳ない",
            "子供が学校で何を習ってるのか知りたい",
            "どんな躾をされていますか、うちの犬に",
            "親としてどんな教育をすればいいでしょうか",
            "あなたみたいな優秀な方を雇える会社は羨ましいです",
            "久しぶりに親の顔を見てみたいので休みます",
            "息子がこんな会社の社員になれたなんて",
            "人としてどう生きるべきか考えさせられる本ですね",
            "そんな状態で正社員になれるんですか",
            "どんな教育を受けてきたかは関係ないと思います",
            "親の顔が見られるテレビ電話を買いたい",
        ],
    )


# ------------------------------------------------ hands that might slip
def test_hands_that_might_slip_threaten(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        [
            "次会ったらつい手が出てしまっても知りませんよ",
            "これ以上言われたら手が出るかもしれません",
            "これ以上待たされたら手が出てしまいそうです",
            "わいもつい手ぇ出てまうかもしれへんで",
            "次やったら手ぇ出るで",
            "我慢できずに手が出てしまうかもしれませんね",
            "いい加減にしないとこっちも手が出ますよ",
        ],
    )


def test_tempting_prices_and_other_hands_are_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "violence_threat",
        [
            "手が出ない値段ですね",
            "高くて手が出ない",
            "つい手が出ちゃうお菓子ですね",
            "このセールなら手が出るかもしれません",
            "子供がつい手が出てしまうので相談です",
            "株に手を出してしまった",
            "手が出るぞってくらい安い",
            "この値段なら手が出ますよ",
            "手が出そうになるほど可愛いデザインですね",
            "思わず手が出てしまうほどの出来栄え",
        ],
    )


# ------------------------------------------------ a threat quoted in play
def test_threat_quoted_in_play_by_family_is_low(detector: LexiconDetector) -> None:
    assert severity(detector, "息子が『訴えてやる』ってふざけて言うんです", "legal_threat") == "low"
    assert (
        severity(
            detector, "うちの子が「晒したるで」ってふざけて言うてますわ", "online_defamation_threat"
        )
        == "low"
    )
    assert (
        severity(
            detector, "夫が「ネットに晒すぞ」と冗談で言っていました", "online_defamation_threat"
        )
        == "low"
    )


def test_threat_relayed_in_earnest_stays(detector: LexiconDetector) -> None:
    assert_fires(detector, "legal_threat", ["主人が「訴える」と言っています"])

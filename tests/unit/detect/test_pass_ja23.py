"""Japanese detection, twenty-third pass: benign look-alikes first — a bow as a measure
of thanks (土下座レベルで感謝), the company's own notice (告知文), a customer wondering
whether to consult an office (相談した方がいいのかな), a good review promised in a
thank-you message, 大人しく (quietly) beside an advance — then the frames that were
missed: a sequel (〜した上で) read as past, a maybe (〜かも) after a condition, old
character forms (旧字体), a child or a beginner who would do better, a title one dares to
claim, a named staff member removed later in the message, goods for one's own account
alone, a refund with a free extra on top, duty hours told back, fuel carried to the
premises, the letter register of a summons home.

Written for these tests, not taken from a corpus.
"""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from mamori.detect.text.normalize import fold
from unit.detect.support import assert_clear, assert_fires


# ------------------------------------------------ benign look-alikes
def test_bow_as_a_measure_of_thanks_stays_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "apology_demand",
        [
            "先生には土下座ものの感謝です、本当にありがとう",
            "店長さんに土下座レベルでお礼を言いたいです",
            "夜間に対応してもらえて、どげざ級のありがたさでした",
        ],
    )


def test_bow_demanded_as_a_measure_still_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "apology_demand",
        [
            "社長に土下座レベルで謝ってもらうからな",
            "土下座しろ",
        ],
    )


def test_company_notice_named_is_no_post(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "online_defamation_threat",
        [
            "アプデの告知が分かりにくかったです。掲示板でもそう言われてますね",
            "まとめサイトで見ました。告知文の書き方を見直してほしいです",
            "告知の仕方、ブログでも話題でしたよ。改善お願いします",
        ],
    )


def test_post_put_out_in_a_threatening_form_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "online_defamation_threat",
        [
            "店長の顔写真をインスタで出すよ",
            "このやり取り、掲示板に出したるわ",
            "返事がなかったら、ネットに書くかも",
        ],
    )


def test_wondering_whether_to_consult_stays_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "legal_threat",
        [
            "消費者センターに相談した方がいいのかな、どうしたらいいでしょう",
            "弁護士に相談すべきか悩んでいます。返品の手続きを教えてください",
            "国民生活センターに相談しようか迷ってて、まずはこちらに連絡しました",
        ],
    )


def test_consulting_with_a_condition_or_resolve_still_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "legal_threat",
        [
            "返金しないなら消費者センターに相談します",
            "消費者センターに相談します",
            "説明がなかったら、消費者庁に通報したうえで、口コミに書き込むけんね",
        ],
    )


def test_good_review_promised_in_thanks_stays_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "online_defamation_threat",
        [
            "担当の山田さん、本当に丁寧でした。レビューにも書いておきますね、ありがとうございました",
            "楽しい時間をありがとうございました！ブログにも書きますね",
            "先日は記念日の飾りつけを手伝ってくださって感謝しています。口コミに書いときます(^^)",
        ],
    )


def test_thanks_beside_hostility_or_a_condition_keeps_the_post(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "online_defamation_threat",
        [
            "ありがとうございました。最悪の対応だったので口コミに書いておきますね",
            "ありがとうございます。でも返金しないなら口コミに書きます",
        ],
    )


def test_quietly_is_no_companion(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "sexual_harassment",
        [
            "スリーサイズ教えてくれたら大人しく待つけぇ",
            "受付のお姉さんのカップ数教えてくれたら、大人しゅう帰るわ",
        ],
    )
    assert_clear(
        detector,
        "sexual_harassment",
        ["大人と子供でホテルに行こうと思ってます"],
    )


# ------------------------------------------------ frames: sequel, maybe after a condition
def test_sequel_is_no_past(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "legal_threat",
        [
            "誠意がないなら、警察に通報したうえで弁護士にも頼む",
            "保健所に通報した上で、そっちの本社にも行くからな",
        ],
    )
    assert_clear(
        detector,
        "legal_threat",
        ["当て逃げされたので、警察に通報した上で、保険会社にも連絡しました"],
    )


def test_maybe_after_a_condition_threatens(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        [
            "次また待たされたら、店のガラス割っちゃうかも",
            "今度同じことされたら、事務所の窓割っちゃうかもね",
            "返事が来なかったら、会社の看板ぶっ壊すかも",
        ],
    )
    assert_clear(
        detector,
        "violence_threat",
        [
            "台風が来たら、窓ガラス割れちゃうかも",
            "この値段なら買っちゃうかも",
            "店のガラス割っちゃうかもしれないくらい強い風でした",
        ],
    )


# ------------------------------------------------ old character forms
def test_old_character_forms_fold() -> None:
    assert fold("親の顏が見たい") == fold("親の顔が見たい")
    assert fold("御來訪") == fold("御来訪")
    assert fold("無學") == fold("無学")


def test_old_style_letter_reads(detector: LexiconDetector) -> None:
    assert_fires(detector, "abusive_language", ["窓口の若造、禮儀を知らず、親の顏が見たいものなり"])
    assert_fires(
        detector,
        "in_person_demand",
        ["支店長殿自ら拙宅へ御來訪の上、御説明あるべし", "部長殿には小宅へ御来訪を乞う"],
    )
    assert_clear(
        detector,
        "in_person_demand",
        ["先日は拙宅へ御來訪いただき、誠にありがとうございました"],
    )


# ------------------------------------------------ insults without an insult word
def test_a_child_would_do_better(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "abusive_language",
        [
            "小学生でももっとまともな説明できるよ",
            "新人でももうちょっとましな対応するわ",
            "うちの孫でも、もう少しちゃんと話せますわ",
        ],
    )
    assert_clear(
        detector,
        "abusive_language",
        [
            "子供でももっと簡単に使えるアプリがほしい",
            "小学生でももっと楽しめる教材はありますか",
        ],
    )


def test_a_title_one_dares_to_claim(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "abusive_language",
        ["よくそれでプロなんて名乗れますね", "あの程度でよう専門家を名乗れるな"],
    )
    assert_clear(
        detector,
        "abusive_language",
        ["よく来てくださいました。先生と名乗る方から電話がありました"],
    )


# ------------------------------------------------ staff named, then removed later
def test_named_staff_removed_in_a_later_sentence(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "staff_naming",
        [
            "田中さん、まだいらっしゃるんですか。次もあの方だったら担当を替えてもらいます",
            "窓口の佐々木さん、あの人は別の部署に移った方がいいですよ",
            "受付の大野さん。あいつ次も出てきたら外してもらうからな",
        ],
    )
    assert_clear(
        detector,
        "staff_naming",
        [
            "田中さんを担当から外さないでください、あの方はとても良い方です",
            "山本さんが異動されると聞きました。寂しくなります",
        ],
    )


# ------------------------------------------------ demands beyond the matter
def test_goods_for_ones_own_account_alone(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "excessive_demand",
        ["俺のアカだけに石配って", "私のアカウントにだけ補填しろ", "うちの垢だけにガチャ券送って"],
    )
    assert_clear(
        detector,
        "excessive_demand",
        [
            "私だけポイント届いてないので送ってください",
            "うちのアカだけ石が反映されてないので付与してください",
        ],
    )


def test_refund_with_a_free_extra_on_top(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "excessive_demand",
        ["宿泊代全部返して、あとクーポンも付けてよ", "代金全額返して、食事券もつけてちょう"],
    )
    assert_clear(
        detector,
        "excessive_demand",
        [
            "返金していただけたら嬉しいです。クーポンもつけてくれたら助かります",
            "全額返してもらえますか",
        ],
    )


# ------------------------------------------------ privacy, violence, summons
def test_duty_hours_told_back(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "privacy_intrusion",
        ["あの子明日も早番やろ？知っとるで", "そいつ明日も8時台の乗務だろ"],
    )
    assert_clear(
        detector,
        "privacy_intrusion",
        ["あの人も夜勤でしょうし大変ですね", "あの運転手さん、早番で大変だろうけど頑張って"],
    )


def test_fuel_carried_to_the_premises(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        ["会社の場所わかってるからな。明日灯油持って行くからな", "店にガソリン撒いてやる"],
    )
    assert_clear(
        detector,
        "violence_threat",
        ["ガス欠になったのでガソリン持ってきてください", "石油ストーブ用に灯油持っていきます"],
    )


def test_home_summons_without_a_particle(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "in_person_demand",
        ["今すぐ家来てよ、電話じゃ埒あかん", "今から事務所来い"],
    )
    assert_clear(
        detector,
        "in_person_demand",
        ["今から家来てもらえますか、水漏れがひどくて修理をお願いしたいです"],
    )


# ------------------------------------------------ keigo misused, letters, a child's voice
def test_misused_keigo_and_letters(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "in_person_demand",
        ["支店長様が自宅のほうに参られて、直接ご説明いただくようお願い申し上げます"],
    )
    assert_fires(detector, "abusive_language", ["本当におつむの弱いお方でございますね"])
    assert_fires(detector, "abusive_language", ["ご両親のお顔を拝見されたいものです"])
    assert_fires(
        detector,
        "online_defamation_threat",
        ["対応いかんでは、掲示板の方にご掲載させていただきます"],
    )
    assert_fires(
        detector,
        "legal_threat",
        ["誠意あるご回答がない場合、法的措置を取らざるを得ません"],
    )
    assert_clear(
        detector,
        "in_person_demand",
        ["先日は自宅のほうに参られて、ご説明いただきありがとうございました"],
    )
    assert_clear(
        detector,
        "online_defamation_threat",
        [
            "御社のサイトにご掲載いただいている情報について質問です",
            "ホームページの掲載内容が古いです",
        ],
    )
    assert_clear(detector, "abusive_language", ["おつむの体操という本を探しています"])
    assert_clear(detector, "legal_threat", ["法的措置を取るつもりはございません"])


def test_apology_words_dictated(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "apology_demand",
        ["すみませんって言えよ", "ごめんなさいっていって！"],
    )
    assert_clear(
        detector,
        "apology_demand",
        ["子供にごめんなさいって言ってって教えてます", "息子にごめんって言いなさいと叱りました"],
    )


def test_two_people_drinking_in_digits(detector: LexiconDetector) -> None:
    assert_fires(detector, "sexual_harassment", ["受付のお姉さん、今度2人で飲みに行こうよ"])
    assert_clear(
        detector,
        "sexual_harassment",
        ["夫婦2人で食事できるお店を予約したいです"],
    )

"""Japanese detection, twenty-sixth pass: the western ちゃる of てやる read as てやる in
any dialect; a て-form step sharing the intent of the verb it leads to (「晒して燃やし
ときます」); the old register's orders (せよ, すべし, べき, くだされ, より for から) for a
dismissal, a visit; the whole price back and more free on top; a private account or a
street number asked, a station found out; being human given up, suggested; regional
words for a fool; bathing together asked — and the look-alikes that stay clear: a
degree measured by a potential verb (「人殺せるくらい美味しい」), a past visit naming
a thing (「家に来て契約した浄水器」), a service's touch worried about, an assembly job
booked, a legal errand told with 〜につき, a refund given or one of two choices, a bath
shared with one's own family.

Written for these tests, not taken from a corpus.
"""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from mamori.detect.text import endings
from unit.detect.support import assert_clear, assert_fires


# ------------------------------------------------ the western ちゃる of てやる
def test_charu_respelt_as_teyaru() -> None:
    assert endings.respell("書いちゃる") == "書いてやる"
    assert endings.respell("呼んじゃる") == "呼んでやる"
    assert endings.respell("ばらしちゃろか") == "ばらしてやろか"
    # Kii's drawn-out ちゃーる (= てある) and the copula じゃろ stay as written
    assert endings.respell("書いちゃーる") == "書いちゃーる"
    assert endings.respell("ええじゃろ") == "ええじゃろ"
    assert endings.respell("ないんじゃろ") == "ないんじゃろ"


def test_charu_threats_fire(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "online_defamation_threat",
        [
            "こげな対応するんなら、掲示板にもツイッターにもなんぼでも書いちゃるけえの",
            "返事せんのやったら、ネットに洗いざらい書いちゃるき覚悟しちょき",
        ],
    )
    assert_fires(
        detector,
        "violence_threat",
        [
            "今度おうたら階段から突き落としちゃるけえな",
            "次もこげなことしたら川に突き落とすぞ",
        ],
    )


def test_charu_lookalikes_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "online_defamation_threat",
        [
            "チケットに返金可って書いちゃーったさか、返金お願いできる？",
            "いい口コミ書いちゃるね、ありがとう！",
        ],
    )
    assert_clear(detector, "violence_threat", ["崖から突き落とされる夢を見てうなされた"])


# ------------------------------------------------ a て-form step and its intent
def test_te_step_shares_intent(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "online_defamation_threat",
        [
            "チャットのログ全部晒して燃やしときますね",
            "このやり取り晒して炎上させといたるわ",
        ],
    )
    assert_clear(
        detector,
        "online_defamation_threat",
        ["やり取りのスクショ全部晒して燃やしました、と友達が言ってた話を聞いた"],
    )


# ------------------------------------------------ a degree, no threat
def test_ability_measured_is_no_threat(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "violence_threat",
        [
            "この唐揚げのためなら人殺せるくらいやわ（笑）",
            "あのプリンのためなら殴れるほど並べるで",
            "美味しすぎて人殺せるくらいの勢いで食べた",
        ],
    )
    assert_fires(detector, "violence_threat", ["今度来たらぶん殴ったるからな", "店員ぶっ殺すぞ"])


# ------------------------------------------------ the old register's orders
def test_bungo_dismissal_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "staff_naming",
        [
            "窓口の佐々木、即刻解任せよ",
            "担当の岡田を担当より外すべし",
            "受付の森田は即刻更迭すべきである",
        ],
    )


def test_bungo_visit_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "in_person_demand",
        [
            "責任者自ら拙宅まで詫びに参るべし",
            "支配人が家まで謝りに来るべきやろ",
        ],
    )
    assert_clear(detector, "in_person_demand", ["来るべき決算期に備えて資料を準備しております"])


# ------------------------------------------------ the whole price back and more free
def test_refund_then_free_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "excessive_demand",
        [
            "ツアー代金は全額返金したうえで、次のツアーも無料で招待してくれんね",
            "会費を全部返して、来月分もタダにしとけや",
            "購入代金の全額返還に加へ、新品を無償にて送付されたし",
        ],
    )


def test_refund_then_free_lookalikes_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "excessive_demand",
        [
            "全額返金か、無料で交換のどちらかでお願いできますか",
            "全額返金していただきました。次回から送料無料で助かります",
            "代金を全額返金してください。返送料は無料でしょうか？",
        ],
    )


# ------------------------------------------------ privacy: accounts, street numbers
def test_private_account_and_address_asked(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "privacy_intrusion",
        [
            "店員さん、裏アカもあるなら教えてほしいな",
            "お姉さんのご実家の住所もお教えくだされ",
            "推しの子の通ってる駅を特定したでござる",
        ],
    )
    assert_clear(
        detector,
        "privacy_intrusion",
        ["裏垢の作り方を教えてください", "自宅の住所を変更したので新しいものをお伝えします"],
    )


# ------------------------------------------------ abuse: human given up, regional fools
def test_human_given_up_and_regional_fools(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "abusive_language",
        [
            "そんなこともできんのなら人間辞めちまえ",
            "あんたみたいなばかたれが担当とか最悪やわ",
            "おめえみてえなたくらんけに何がわかる",
        ],
    )
    assert_clear(
        detector,
        "abusive_language",
        ["タバコやめたら？体に悪いよ", "ダイエット中やけど甘いもんやめたらストレスたまるわ"],
    )


# ------------------------------------------------ sexual: bathing together
def test_bathing_together_asked(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "sexual_harassment",
        ["仲居さん、今夜一緒に露天風呂入ろうや", "お姉さんも一緒に温泉に入ってくれへん？"],
    )
    assert_clear(
        detector,
        "sexual_harassment",
        [
            "子どもと一緒にお風呂に入っても大丈夫ですか？",
            "家族と一緒に温泉入ろうと思って予約しました",
            # the customer's own group, named with で (a real benign customer request
            # read when the two bath rules met)
            "みんなで一緒にお風呂に入りたいのですが、大浴場はありますか?",
            "友達と一緒に温泉入りたいんですけど貸切風呂ありますか",
            "仲間で一緒に露天風呂に入れるプランを探しています",
        ],
    )
    assert_fires(
        detector, "sexual_harassment", ["俺と一緒に風呂入ろうや", "おじさんと混浴しよっか"]
    )


def test_service_touch_worry_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "sexual_harassment",
        [
            "マッサージの時に体に触るのがちょっと苦手なので、女性の方に代えてほしいです",
            "施術中に体を触られるのが苦手で、担当を変えてもらえますか",
        ],
    )
    assert_fires(detector, "sexual_harassment", ["お姉さん、体触らせてよ"])


# ------------------------------------------------ visits: a past one naming a thing, a booked job
def test_visit_lookalikes_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "in_person_demand",
        [
            "この前うちに来て工事した業者さんの名前を教えてください。クーリングオフしたいので",
            "去年家に来て点検した人、またお願いしたいです",
            "家具の組立てサービスを申し込んだので、来週うちまで来てもらえますか",
        ],
    )
    assert_fires(detector, "in_person_demand", ["今日中に家に来て説明しろ"])


# ------------------------------------------------ legal errands in the old register
def test_legal_errand_with_nitsuki_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "legal_threat",
        [
            "相続の件につき、司法書士に手続きを委任せり。書類は同事務所宛てに送付願いたく候",
            "亡母の名義変更につき、行政書士に一任しております",
        ],
    )


# ------------------------------------------------ full, yet wanted anyway
def test_full_yet_wanted_anyway(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "excessive_demand",
        [
            "完売？知らんがな、どうにかしてチケット一枚確保しろや",
            "満室やと？何が何でも部屋を空けえ",
        ],
    )
    assert_clear(
        detector,
        "excessive_demand",
        [
            "満室とのことですが、何としてもお部屋を取っていただけないでしょうか？",
            "満席でしたので別の日にします。何としてでも行きたいので",
        ],
    )


# ------------------------------------------------ a home job booked earlier in the message
def test_booked_job_visit_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "in_person_demand",
        [
            "エアコンの取り付けを申し込んだんやけど、連絡まだなんよ。日曜の午後にうちまで来てもらえるかな？",
        ],
    )
    assert_fires(
        detector,
        "in_person_demand",
        ["修理の件で謝りもしない。今すぐ店長が家まで来て説明しろ"],
    )


# ------------------------------------------------ privacy: waited for outside until out
def test_listener_waited_for_outside_until_they_come_out(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "privacy_intrusion",
        [
            "じゃあ出てくるまで駐車場で待ってるわ",
            "担当：お答えできません\n客：ほんなら出てくるまで店の前で待っとくけん",
            "あんたが帰るまで会社の前で待ってるからね",
        ],
    )
    assert_clear(
        detector,
        "privacy_intrusion",
        [
            "子供が上がるまで駐車場で待ってます",
            "荷物が出てくるまで車で待っています",
            "修理が終わるまで店の前で待ってます",
            "順番が来るまで車で待っててもいいですか",
            "主人が帰るまで車の中で待たせてもらってもいいですか",
        ],
    )

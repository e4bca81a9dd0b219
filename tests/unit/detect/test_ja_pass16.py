"""Japanese detection, sixteenth pass: legal steps in the register of a company letter,
a named staff member made the only contact (no roster), a life at stake and speed
slang, net slang for turning up and beating up, a blog "introduction" and a thread put
up, next term's fees waived, a clerk's home asked for under a pretext, an ominous
world after a warning for the way home, Kansai put-downs of the listener's head, and
a customer telling of someone else's shouted order — each with the look-alikes that
must stay clear.

Written for these tests, not taken from a corpus.
"""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from unit.detect.support import assert_clear, assert_fires, severity


# ------------------------------------------------ legal steps in business register
def test_legal_steps_announced_in_business_register(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "legal_threat",
        [
            "損害賠償請求訴訟の提起も視野に入れております。",
            "誠意あるご回答がない場合は、訴訟の提起も検討しております。",
            "貴社のご回答いかんによっては、直ちに所定の法的手続きに移行させていただきます。",
            "法的措置に移行いたします。",
            "ご回答次第では、即時手続きに入ります。",
            "弊社顧問弁護士と協議の上、対応を決めさせていただきます。",
            "本件は弁護士に一任しております。",
        ],
    )


def test_legal_words_as_a_thing_or_an_own_errand_are_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "legal_threat",
        [
            "訴訟の提起のニュースを見ました。",
            "返金いただけない場合は解約手続きに入ります。",
            "解約手続きに入りますので書類を送ってください。",
            "顧問弁護士に確認したところ、問題ないとのことでした。",
            "弁護士に一任するかどうか迷っています。",
        ],
    )


# ------------------------------------------------ a named staff member as the only contact
def test_named_staff_made_the_only_contact(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "staff_naming",
        [
            "今後の窓口は必ず榊原さんでお願いします。",
            "榊原様以外からのご連絡は一切受け付けません。",
            "榊原さん以外からの電話には一切出ません",
            "榊原さん以外の方には対応しません",
            "窓口は高柳さん一人に限定してください。",
            "担当は絶対に榊原さんにしてくれ",
            "榊原以外はええわ。",
            "あの人を外すなら話は終わりだ。",
            "あの村瀬っちゅう担当、もういっぺん出してちょう。",
            "あの村瀬って奴、はよ出してこい",
        ],
    )


def test_named_staff_mentioned_or_others_welcome_are_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "staff_naming",
        [
            "窓口は榊原さんでした。",
            "榊原さん以外の方でも構いません。",
            "榊原さん以外にも親切な方がいました。",
            "榊原さんを担当から外していただきありがとうございました。",
            "このカバーを外すなら解約ですか",
            "店長っちゅう人、出してちょう",
            "あの村瀬っちゅう担当さん、親切やったわ",
            "村瀬って人が書類を出してくれました",
            "担当は必ずしも榊原さんでなくて構いません",
            "榊原さん以外は電話を取らないのですか",
            "榊原さん以外の方からの電話にも出ました",
        ],
    )


# ------------------------------------------------ a life at stake, speed slang
def test_life_at_stake_and_speed_slang_press(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "pressure_language",
        [
            "今日中になんとかしてくんないとマジで人生終わるんだけど",
            "明日までに直してくれないと人生詰む",
            "今すぐ！秒で！",
            "はよ！秒で！",
            "秒で返金しろ",
        ],
    )


def test_own_stakes_and_seconds_counted_are_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "pressure_language",
        [
            "宝くじ当たらないと人生終わるわー",
            "今日中に届かないと困るんですが、人生初のプレゼントなので",
            "30秒で終わる作業です",
            "秒で売り切れていました",
        ],
    )


# ------------------------------------------------ turning up and beating up, in net slang
def test_raid_and_beating_in_slang(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        [
            "今から凸ってボコすわ",
            "店に凸ったるからな",
            "今度店に凸ってボコしたるわ",
            "覚えとけ、ボコすぞ",
        ],
    )


def test_bumpy_roads_and_convex_lenses_are_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "violence_threat",
        [
            "道がでこぼこすぎて自転車がパンクしました",
            "凸レンズの在庫はありますか",
            "凸版印刷の件で問い合わせです",
            "ボコボコの箱で届きました",
        ],
    )


# ------------------------------------------------ a blog "introduction", a thread put up
def test_blog_introduction_and_thread_threaten(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "online_defamation_threat",
        [
            "数万の読者を有する私のブログにて、本件を事実のまま詳細にご紹介させていただく予定です。",
            "10万人のフォロワーに向けて、事実をありのまま詳しくご紹介させていただく所存です",
            "5chに社員の対応まとめたスレ立てといたわ",
            "専用スレ立てといたからな",
        ],
    )


def test_features_asked_done_or_read_are_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "online_defamation_threat",
        [
            "御社の商品をブログで紹介させていただいてもよろしいですか",
            "ブログで紹介されていた商品を買いました",
            "ブログで新商品を紹介させていただきました、とても良い商品でした",
            "5chでスレが立ってたので心配です",
            "スレを立てるのは初めてです",
        ],
    )


# ------------------------------------------------ next term's fees waived
def test_next_term_waived_is_demanded(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "excessive_demand",
        [
            "本日17時までに全額返金および来期保守費用の無償化にてご対応ください。",
            "今月末までに全額返金のうえ、次年度の保守料金を無償にしてください",
            "次年度の年会費を免除してください",
        ],
    )


def test_next_term_asked_about_or_heard_is_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "excessive_demand",
        [
            "来期の保守費用は無償ですか",
            "来年度から保守が無償化されると聞きました",
            "来期の保守費用の見積もりをください",
            "来期から保守費用が無償化されるプランを申し込みたいです",
        ],
    )


# ------------------------------------------------ a clerk's home or contact, under a pretext
def test_clerk_private_life_sought(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "privacy_intrusion",
        [
            "先日ご対応いただいた女性スタッフの方に、個人的にお礼を申し上げたく、ご住所かご連絡先をお教えいただけないでしょうか。",
            "住所をこっそり教えてくれんか",
            "あの背の低い眼鏡の子、何曜日が出勤？会いに行きたい",
            "レジの若い女の子って何曜日にいる？",
            "あの子の住んどるとこ知りたいんよ、家まで行きたいんじゃ",
        ],
    )


def test_shop_address_and_stock_days_are_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "privacy_intrusion",
        [
            "スタッフの方に個人的にお礼を言いたいので、店舗の住所を教えてください",
            "個人的にお礼がしたいので、御社の住所を教えてください",
            "女の子用のリュックは何曜日に入荷しますか",
            "お姉さんに何曜日に入荷するか聞きました",
            "こっそり値引きしてくれませんか",
            "祖母の家まで行きたいので、住所を教えてもらったバス停を探しています",
        ],
    )


# ------------------------------------------------ an ominous world after a warning
def test_ominous_world_after_a_warning_for_the_way(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        [
            "日々の通勤路もくれぐれもお気をつけて…何が起きるか分からない世の中でございますから。",
            "お帰りの道中、くれぐれもお気をつけくださいませ。一寸先は闇と申しますので。",
        ],
    )


def test_weather_warnings_and_crime_worries_are_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "violence_threat",
        [
            "台風が来ていますので、帰り道はお気をつけて。何が起きるか分からないですから。",
            "最近物騒な世の中ですね、防犯カメラの設置をお願いしたいです",
            "夜道は暗いので、お気をつけてお帰りください",
        ],
    )


# ------------------------------------------------ Kansai put-downs of the listener's head
def test_listener_head_and_job_put_down(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "abusive_language",
        [
            "兄ちゃん、ほんまに頭まわってへんのちゃうか、こんなんもわからんと、ようお客の相手しとるわ",
            "あんた頭回ってないんじゃないの",
            "お前ほんま頭働いてへんやろ",
            "よくそれで客の相手が務まるな",
            "ほんまようお客の相手しとるわ",
            "よくそんなんで仕事してるな",
        ],
    )


def test_own_tired_head_and_thanks_are_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "abusive_language",
        [
            "寝不足で頭が回らないので、もう一度説明していただけますか",
            "頭が回っていなくて申し訳ありません、注文番号を間違えました",
            "よくお客さんの相手をしてくださって、いつも感謝しています",
            "よく仕事してくれる方です",
            "このようにお客様の対応ができる店は少ない",
            "ご迷惑をかけないようお客様の対応ができる体制を整えてください",
        ],
    )


# ------------------------------------------------ someone else's shouted order, told
def test_order_shouted_by_someone_seen_is_told(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "apology_demand",
        [
            "先日来店した際、ほかのお客様が『土下座しろ』と店員さんに詰め寄っている場面に遭遇しました。店員さんが気の毒でなりません。",
            "レジで『土下座しろ』と叫んでいるお客さんがいました。スタッフの方、大丈夫でしたか。",
            "先日、御社の店舗で、ある客が店員さんに対して『土下座しろ』と大声を上げていました。",
            "店員さんに『土下座しろ』と迫る客を見て、気分が悪くなりました。",
            "ある男性客が「今すぐ土下座しろ」と要求しているのを見ました。",
        ],
    )


def test_own_order_quoted_still_demands(detector: LexiconDetector) -> None:
    assert severity(detector, "『土下座しろ』と要求します。", "apology_demand") == "high"
    assert severity(detector, "俺は『土下座しろ』と言っているんだ", "apology_demand") == "high"
    assert severity(detector, "土下座しろと大声で言わせてもらう", "apology_demand") == "high"

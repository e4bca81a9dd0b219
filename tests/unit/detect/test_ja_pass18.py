"""Japanese detection, eighteenth pass: dialect endings on threats (Kagoshima っど / ど,
Ibaraki っぺ, with Okinawan 〜さー / 〜よー and Nagoya 〜がや / 〜でゃあ / 〜したる beside
them), premises wrecked, exposure in western ちゃる; sexual harassment without a sexual
word (looks and a private invitation, a clerk's body praised or called sexy, a short
skirt ordered); a named staff member taken off or dismissed at any politeness; a keigo
trip to explain in person; every past fee of a period claimed back — and the look-alikes
that stay clear: a lawyer consulted about one's own will or estate, 訴える that appeals
to a sense, a home visit booked, a window broken by accident.

Written for these tests, not taken from a corpus.
"""

from __future__ import annotations

import pytest

from mamori.detect.content import LexiconDetector
from mamori.detect.text import endings
from unit.detect.support import assert_clear, assert_fires


# ------------------------------------------------ the endings respelt
@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("割ってやっど", "割ってやるぞ"),
        ("ばらしちゃっど", "ばらしてやるぞ"),  # ちゃる read as てやる too (ja pass 26)
        ("窓割っど。", "窓割るぞ。"),
        ("ころすど", "ころすぞ"),
        ("割ってやっぺよ", "割ってやるべよ"),
        ("殴っぺ", "殴るべ"),
        ("通報すっど", "通報するぞ"),
        ("通報すっぺ", "通報するべ"),
    ],
)
def test_kagoshima_and_ibaraki_endings_read_as_standard(written: str, read: str) -> None:
    assert endings.respell(written) == read


@pytest.mark.parametrize(
    "text",
    [
        "べっど",
        "へっどほん",
        "ぱっどを",
        "めそっど",
        "ばらすじゃっど",
        "まどがらす",
        "これいっぺん",
        "いど",
    ],
)
def test_loan_words_and_the_copula_keep_their_spelling(text: str) -> None:
    assert endings.respell(text) == text


# ------------------------------------------------ threats with dialect endings, premises wrecked
def test_dialect_threats_violence_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        [
            # Kagoshima っど / ど
            "店ん窓ば全部割ってやっど",
            "看板ば叩っ壊しちゃっど",
            "そげん態度なら殴っど",
            "事務所んドアば蹴破っど",
            # Okinawan 〜さー / 〜よー
            "窓ガラス全部割ってやるさー",
            "受付のガラス、叩き割ってやるよー",
            # Nagoya 〜がや / 〜でゃあ / 〜したる
            "店のガラス割ったるでよ",
            "事務所ぶっ壊したるでゃあ",
            "看板叩き割ったるがや",
            # Ibaraki 〜っぺ / 〜だっぺ
            "窓割ってやっぺ",
            "ぶっ飛ばしてやっぺよ",
            "店ごと燃やしてやるだっぺ",
            # standard and keigo-free plain register
            "受付のガラスを全部割ってやる",
            "お前んとこのクリニックの窓、叩き割ってやる",
            "事務所のドア蹴破ってやるぞ",
            "返金せんなら店のショーケースぶち割ったる",
            # a fate dealt (Nagoya, Kansai) and Okinawan たっくるす (to beat up)
            "どえりゃあ目にあわしたるでよ",
            "えらい目にあわせたるからな",
            "やー、たっくるすよー",
        ],
    )


def test_dialect_threats_violence_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "violence_threat",
        [
            "窓ガラスを割ってしまいました、修理をお願いします",
            "子供が窓ガラスを割ったので弁償します",
            "店の窓を割ってしまったので弁償します",
            "会社の備品を壊してしまいました",
            "ガラスを割ってやるなんて冗談でも言いません",
            "店の前で卵を割ってやる料理ショーがありました",
            "明日また行っど",
            "ありがとうございもした、また来っど",
            "ベッドのマットを交換してほしいっど",
            "ヘッドホンが壊れたけど直るど？",
            "これ美味しいさー",
            "来週そっち行くがや",
            "ご飯食べっぺ",
            "明日は雨だっぺ",
            "えらい目にあいました",
            "このごじゃっぺが",
        ],
    )


def test_dialect_exposure_defamation_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "online_defamation_threat",
        [
            "YouTubeとSNSで全部ばらしてやる",
            "ネットに全部ばらしちゃっど",
            "インスタに晒しちゃるけんね",
            "ツイッターに全部書いたるがや",
            "ネットにさらしてやっぺ",
            "SNSに全部書いてやるさー",
        ],
    )


def test_dialect_exposure_defamation_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "online_defamation_threat",
        [
            "YouTubeで使い方を全部見ました",
            "パソコンをばらして掃除しました",
            "インスタの写真をばらして整理しました",
        ],
    )


# ------------------------------------------------ sexual harassment without a sexual word
def test_looks_body_and_skirt_sexual_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "sexual_harassment",
        [
            "べっぴんな看護師さんやなあ、今夜わしの部屋に来てええことしよう",
            "若い女の人、今夜うちに来てくれんか",
            "美人の店員さん、仕事終わったらホテルの部屋に来てよ",
            "可愛い看護婦さん、わしの膝に座らんか",
            "めんこい受付の娘っこ、俺の車さ乗ってけ。二人っきりでドライブすっぺ",
            "先生の体が好きです。二人だけで個室で会いたいです",
            "あなたのからだ、とてもきれい。わたしのへやにきてください",
            "カノジョ、カラダもセクシーだね",
            "女性スタッフはミニスカートで対応させろ",
            "あの姉ちゃん、次は短いスカート履いてこいや",
            "受付の女の子には生足で接客させろよ",
        ],
    )


def test_looks_body_and_skirt_sexual_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "sexual_harassment",
        [
            "かわいい看護師さんがとても親切でした",
            "かわいい看護師さんが二人だけで話を聞いてくれて助かりました",
            "若い人に担当してもらえて良かった、また予約します",
            "美人の店員さんに膝の上の子供をあやしてもらいました",
            "若いスタッフさんが多い店ですね。今夜は家族で伺います",
            "個室を予約したいです",
            "膝の上に猫が座ってくる",
            "先生の体調が心配です",
            "先生の体験談が好きです",
            "あなたの体が心配です。無理しないでください",
            "体を動かすのが好きです",
            "体がだるくてたまらない",
            "ミニスカートのサイズ交換をお願いします",
            "娘にミニスカートを履かせたいのでサイズを教えてください",
        ],
    )


# ------------------------------------------------ a named staff member taken off or dismissed
def test_named_and_dismissed_staff_naming_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "staff_naming",
        [
            "佐々木様におかれましては、担当を降りていただくのが当然かと存じます",
            "中村様には本件からご退任いただきたく存じます",
            "渡辺様につきましては、ご退職いただくのが筋でございます",
            "金城さん、クビにしてよー",
            "仲宗根さん、辞めさせてくださいね",
            "加藤さん、辞めさせたってちょー",
            "有村さんを辞めさせっくいやい",
            "飯田さん、辞めさせてくんねえか",
            "轟氏は担当から外していただきたい",
        ],
    )


def test_named_and_dismissed_staff_naming_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "staff_naming",
        [
            "田中さんが辞められると聞いて寂しいです",
            "比嘉さん、辞めないでよー",
            "山田様の退職祝いを贈りたい",
            "山田様、ご退職おめでとうございます",
            "担当さんを替えてもらえますか",
            "看護師さん、この点滴を外してもらえますか",
            "母が施設の田中さんに首にタオルを巻いてもらいました",
            "中村さんにパスワードの設定を外してもらいました",
            "皆さん、辞めさせられた人の話を聞いてください",
        ],
    )


# ------------------------------------------------ a trip in keigo to explain in person
def test_keigo_trip_in_person_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "in_person_demand",
        [
            "社長様に当方までご足労いただき、直接ご説明いただきたく存じます",
            "支店長様には弊宅へご足労願い、じかにご説明を賜りたく存じます",
            "ご担当の役員の方に拙宅までお運びいただき、ご謝罪を頂戴したく存じます",
            "責任者の方に拙宅へお越しいただき、直接ご説明願います",
        ],
    )


def test_keigo_trip_in_person_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "in_person_demand",
        [
            "先日はご足労いただきありがとうございました",
            "先日は拙宅までご足労いただき、ありがとうございました",
            "説明会にお越しいただく際は受付へお声がけください",
            "修理の件で自宅へお越しいただく日程を調整したいです",
        ],
    )


# ------------------------------------------------ every past fee of a period back
def test_past_fees_back_excessive_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "excessive_demand",
        [
            "これまでの手数料は全部返してもらう",
            "去年からの保守料、全部返してもらう",
            "これまでの振込手数料は全額お返しいただきます",
            "入会してからの会費、耳そろえて全額返せや",
        ],
    )


def test_past_fees_back_excessive_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "excessive_demand",
        [
            "これまでの手数料の明細を全部見せてください",
            "これまでの手数料の明細を送ってください",
            "過去の会費の支払い状況を確認したいです",
        ],
    )


# ------------------------------------------------ look-alikes: own affairs, appeals, visits booked
def test_own_affairs_and_appeals_legal_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "legal_threat",
        [
            "相続のことで司法書士さんに相談しとるんやけど、必要な書類を教えて",
            "母の遺産の件で弁護士さんに相談しとったら、この書類が要るって",
            "離婚の件で弁護士さんに相談していて、住所変更を急ぎたいです",
            "視覚に訴えるデザインが素敵です",
            "五感に訴える展示でした",
            "感性に訴える作品ですね",
            "心に訴えるような手紙をいただきました",
        ],
    )


def test_the_dispute_itself_stays_a_legal_threat(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "legal_threat",
        [
            "この件は弁護士に相談しとるからな",
            "訴えるで、ほんまに",
            "お宅を訴えるで",
            "警察に通報すっど",
            "警察さ通報すっぺ",
        ],
    )


def test_home_visits_booked_in_person_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "in_person_demand",
        [
            "往診ありがとうございました。来月も家に来てもらえるよう予約したいです",
            "訪問看護で家に来てもらって本当に助かります。来週もうちに来てもらえるよう予約お願いします",
            "先生に往診で自宅に来ていただけて安心しました。次回の往診も予約したいです",
        ],
    )

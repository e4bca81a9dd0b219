"""Japanese detection, twenty-first pass: benign look-alikes first — a service visit
booked or asked about (an estimate, measuring, a pick-up, how far a service reaches),
a visit the speaker was told of, an intent to sue denied with a strong particle, the
speaker's own bow as a measure of thanks, what rides on it for the customer told
beside a request made only on the company's error — then the phrasings that were
missed: a staff member pointed at (あの人/その子) and their home or number asked for,
a named person taken off their post in any dialect's order, the regulator of the
trade, a hashtag raised against the company, a masked word written word by word.

Written for these tests, not taken from a corpus.
"""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from unit.detect.support import assert_clear, assert_fires


# ------------------------------------------------ a service visit is booked, not summoned
def test_service_visits_stay_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "in_person_demand",
        [
            "引っ越しの見積もりをお願いしたいので、日曜に家に来てもらえますか",
            "採寸のために来週うちに来てもらえますか",
            "下見に自宅まで来ていただくことはできますか",
            "出張買取って、どのエリアまで来てくれるんですか？",
            "送り迎えはどこまで来てもらえるんでしょうか",
            "無料の出張査定で、平日の夕方に自宅に来ていただけますか",
        ],
    )


def test_visit_told_of_stays_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "in_person_demand",
        [
            "夏休み明けに担任の先生が家庭訪問に来てくださると伺っています。",
            "来月、保育士さんが家庭訪問してくださると聞きました。",
        ],
    )


def test_summons_still_fire(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "in_person_demand",
        [
            "見積もりが高すぎる、今すぐうちに来て説明しろ",
            "査定額に納得いかない、責任者がうちまで来い",
            "担任と教頭で家庭訪問してください。",
            "店長が自宅まで来て説明してください",
        ],
    )


# ------------------------------------------------ an intent denied with a strong particle
def test_denied_intent_stays_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "legal_threat",
        [
            "裁判にするつもりは毛頭ございません。",
            "訴える気なんてさらさらないです、説明だけください",
        ],
    )
    assert_clear(
        detector,
        "online_defamation_threat",
        ["ネットに書く気なんか全くないけど、ちょっと残念でした"],
    )


def test_intent_declared_still_fires(detector: LexiconDetector) -> None:
    assert_fires(detector, "legal_threat", ["返金しないなら訴えるからな", "訴えるつもりです"])


# ------------------------------------------------ the speaker's own bow as thanks
def test_bow_of_thanks_stays_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "apology_demand",
        [
            "ほんまに助かりました、頭下げてお礼申し上げたいです",
            "土下座したいほど感謝しとるばい",
            "頭を下げたくなるくらい丁寧な対応でした",
        ],
    )


def test_bow_demanded_still_fires(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "apology_demand",
        [
            "土下座して謝れ",
            "土下座してお詫びしろ",
            "頭下げて謝るのが筋やろ",
            "社長が土下座するくらいのことはしてもらわんと",
        ],
    )


# ------------------------------------------------ stakes told beside a fair request
def test_stakes_with_fair_request_stay_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "pressure_language",
        [
            "うちは商売かかってるんで、そちらのミスでしたら返金お願いします",
            "生活がかかってるので、請求の誤りであれば訂正してください",
            "年金暮らしで生活かかっとるけえ、手違いじゃったら戻してくれんかね",
        ],
    )


def test_stakes_held_over_still_fire(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "pressure_language",
        [
            "こっちは命かかってんだよ",
            "生活かかってんだぞ、間違いなら今すぐ全額返せ",
            "商売かかっとんねん。ミスやったら金返せや",
        ],
    )


# ------------------------------------------------ a staff member pointed at, their details asked
def test_that_person_details_asked(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "privacy_intrusion",
        [
            "さっきの配達の人のことだけど、あの人の住所教えでけろ",
            "あの子の電話番号教えてくれたら、個人的に相談するけん",
            "その人の携帯番号、こっそり教えてくれない？",
        ],
    )


def test_that_person_look_alikes_stay_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "privacy_intrusion",
        [
            "あの店の住所教えてください",
            "あの人の対応はとても丁寧でした、お名前を教えてください",
            "その人の連絡先は私の携帯に登録してあります",
        ],
    )


# ------------------------------------------------ a named person taken off their post, any dialect
def test_named_removal_in_dialect_orders(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "staff_naming",
        [
            "受付の大濠って子、はよクビにしちゃり",
            "主任の佐藤、今週中に担任から外したってちょう。",
            "鈴木さんを現場から外しんさい",
            "トレーナーの天神って人、明日からクビにしたって",
        ],
    )


def test_removal_look_alikes_stay_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "staff_naming",
        [
            "佐藤さんのおかげで助かりました、担任から外れても頑張って",
            "天神って人は前にクビになったらしいです",
        ],
    )


# ------------------------------------------------ the regulator of the trade
def test_trade_regulator_reported_to(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "legal_threat",
        [
            "対応せんかったら教育委員会に全部言うけんね",
            "金融庁に報告させていただきます",
            "このままなら運輸局に言いつけますよ",
        ],
    )
    assert_clear(
        detector,
        "legal_threat",
        [
            "教育委員会の方針について教えてください",
            "教育委員会に相談したら、学校と話すように言われました",
        ],
    )


# ------------------------------------------------ a hashtag raised against the company
def test_hashtag_campaign(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "online_defamation_threat",
        [
            "次やったら #サポート最悪 ってタグ流行らせるから",
            "みんなでハッシュタグ作って拡散しよっかな〜",
            "トレンド入りさせたるわ",
        ],
    )
    assert_clear(
        detector,
        "online_defamation_threat",
        ["今日のトレンドはなんですか", "ハッシュタグの付け方を教えてください"],
    )


# ------------------------------------------------ a masked word written word by word in kana
def test_mask_across_spaces(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        ["てんいんの　やつ　こ○して　やる", "あした　こ○しに　いくけん"],
    )
    assert_clear(
        detector,
        "violence_threat",
        ["○ する ところに チェックを いれて ください", "きょうは　○ねん　まえの　はなし"],
    )


# ------------------------------------------------ a better class or a redo owed for nothing
def test_free_upgrade_or_redo_as_owed(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "excessive_demand",
        [
            "次回の旅行はビジネスクラスへの無償アップグレードが当然の対応でしょう",
            "挙式を無料でやり直して当然やろ",
        ],
    )
    assert_clear(
        detector,
        "excessive_demand",
        [
            "無料アップグレードありがとうございました",
            "それくらい当然です、気にしないでください",
            "無料でやり直していただけるのは当然ではないと思いますが、ありがたいです",
            "当然のことをしたまでです",
        ],
    )

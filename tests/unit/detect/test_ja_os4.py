"""Japanese mechanisms read from the fourth other-style stream's errors (travel, a
municipal office, a mobile game), each tested with phrasings written for these tests,
not the stream's lines:

- a verb of harm whose object is no person (a game's enemy, a pest, time) threatens
  nobody; aimed at the listener, staff or a name it stays violence;
- arson and wrecking premises offered or announced (「火でもつけたろか」) is violence,
  and the volitional やろう is no 野郎;
- posts and reviews the customer read (「書き込みを見ました」) threaten no post;
- something free, fee-less, ahead of the queue or a prize not won, ordered roughly, or
  any order under the rules waved away, is an excessive demand; a status claim or the
  haste grounding it is part of it (one cue, one code);
- a sanction after the condition of a demand (「クビにしないなら毎日電話する」) is the
  demand's own;
- a casual meeting off the line, or a place the listener is presumed able to reach,
  is an in-person demand;
- a line written wholly in katakana as Japanese is read as such (names, particles).
"""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from mamori.detect.text.kana import katakana_as_hiragana
from unit.detect.support import assert_clear, assert_fires, serious, severity


# ------------------------------------------------ harm aimed at a thing, not a person
def test_harm_of_a_game_enemy_pest_or_time_is_no_threat(detector: LexiconDetector) -> None:
    texts = [
        "ラスボスを殴り倒すまで今日は寝ません",
        "あの敵キャラ絶対ぶっ殺す、でもまたフリーズした",
        "ゾンビをぶっ殺してたら急に落ちました",
        "裏ボスしばき倒したのに報酬が反映されてない",
        "モンスターを全部殺したのにクエストが終わらない",
        "ゴキブリ殺すスプレーが全然効かない",
        "息を殺して抽選を待ってたのに外れました",
    ]
    for text in texts:
        assert severity(detector, text, "violence_threat") is None, text


def test_harm_of_a_person_stays_violence(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        [
            "お前をぶっ殺す",
            "担当者ぶっ殺すぞ",
            "お前のボスをぶっ殺す",
            "スタッフもゾンビもぶっ殺す",
            "ボス戦の前にお前を殺す",
            "あの店員絶対しばき倒したる",
            "佐藤をぶっ殺す",
        ],
    )


# ------------------------------------------------ arson and premises wrecked
def test_arson_and_wrecking_offered_or_announced_is_violence(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        [
            "こんな役所、火でもつけたろか",
            "火もつけてやるぞ、あの店",
            "お前んとこの店、火つけたろか",
            "支店の窓ガラス全部叩き割ってやる",
            "そっちの事務所ぶっ壊しに行くぞ",
        ],
    )


def test_fire_and_breakage_told_or_owned_stay_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "violence_threat",
        [
            "キャンプで火をつけるのに苦労しました",
            "タバコに火をつけたら警報が鳴った",
            "店の窓ガラスが割れていました",
            "店舗の看板を壊してしまいました、弁償します",
            "火の元に気をつけます",
            "ライターで火もつけられない不良品です",
        ],
    )


def test_the_volitional_yarou_is_no_insult(detector: LexiconDetector) -> None:
    for text in ["手伝ってやろうか", "教えてやろうか、使い方", "火でもつけてやろうか、あの建物"]:
        assert severity(detector, text, "abusive_language") is None, text
    for text in ["このやろう", "なにしてんだこのやろう", "この野郎"]:
        assert severity(detector, text, "abusive_language") == "low", text


# ------------------------------------------------ posts read, not written
def test_posts_and_reviews_read_are_no_threat(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "online_defamation_threat",
        [
            "レビューサイトで似たような書き込みを読みました",
            "ツイッターで同じような書き込みを目にしました",
            "掲示板で同じ症状の書き込みを見かけたので連絡しました",
            "口コミの投稿を見たけど、みんな困ってるみたい",
            "I read reviews saying the same bug happens to everyone",
            "I saw posts on reddit about this crash too",
        ],
    )


def test_own_posts_threatened_still_fire(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "online_defamation_threat",
        [
            "ネットに書き込んでやる",
            "口コミに書き込むからな",
            "掲示板に書き込みしてやる",
            "口コミ見てから書き込むからな",
            "この件、口コミに投稿します",
        ],
    )


# ------------------------------------------------ excessive demands by construction
def test_free_priority_prize_or_rules_waved_orders_are_excessive(
    detector: LexiconDetector,
) -> None:
    assert_fires(
        detector,
        "excessive_demand",
        [
            "期限切れだろうが知るか、延長料金なしで貸し出せ",
            "送料ゼロで再発送しろや",
            "手数料なしで解約させろ",
            "受付番号とか知らん、わしの分を一番先にやれ",
            "最優先で処理しろ",
            "イベントの上位報酬よこせよ",
            "対象外だろうが関係ない、新品持ってこい",
            "ゲンテイキャラ タダデ ヨコセ",
        ],
    )


def test_polite_or_told_free_service_is_no_excessive_demand(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "excessive_demand",
        [
            "無料で直してください",
            "無料で修理してもらえますか",
            "送料無料で届いたので満足です",
            "延滞料なしでお願いできますか",
            "順番抜かしはやめてほしい",
            "ただでさえ遅いのに早くしろ",
        ],
    )


def test_a_status_claim_or_haste_grounding_the_demand_is_part_of_it(
    detector: LexiconDetector,
) -> None:
    for text in [
        "会費払ってるんだから延滞料なんかタダにしろ",
        "こっちは客だぞ、送料ゼロで送り直せ",
        "至急、最優先で処理しろ",
    ]:
        codes = serious(detector, text)
        assert "excessive_demand" in codes, text
        assert "pressure_language" not in codes, text
    # without a demand of another code the status claim is pressure
    assert_fires(detector, "pressure_language", ["こっちは客なんだぞ、早く対応しろ"])


# ------------------------------------------------ a demand's conditional sanction
def test_the_sanction_of_a_dismissal_demand_is_staff_naming(detector: LexiconDetector) -> None:
    for text in [
        "石田をクビにしないなら毎日電話するからな",
        "工藤を辞めさせないなら何回でも電話するぞ",
    ]:
        codes = serious(detector, text)
        assert "staff_naming" in codes, text
        assert "pressure_language" not in codes, text
    assert_fires(
        detector, "pressure_language", ["返金しないなら何度でも電話する", "何度でも電話するからな"]
    )


# ------------------------------------------------ meeting off the line, casually
def test_a_casual_meeting_or_a_reachable_place_is_in_person(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "in_person_demand",
        [
            "運営さん、リアルで会って謝ってよ",
            "サポートの人さ、一回オフで会おうや",
            "梅田くらい来れるやろ",
            "駅前まで来られるでしょ？",
        ],
    )


def test_a_meeting_had_or_asked_about_stays_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "in_person_demand",
        [
            "先日は直接会って説明していただきありがとうございました",
            "オフ会で会った人に教えてもらいました",
            "新宿まで来れますか",
        ],
    )


# ------------------------------------------------ katakana-only Japanese
def test_katakana_lines_as_japanese_are_read_in_hiragana() -> None:
    assert katakana_as_hiragana("スギヤマヲ ダセ") == "すぎやまを だせ"
    assert katakana_as_hiragana("オマエ ホントニ バカダナ\nok") == "おまえ ほんとに ばかだな\nok"
    for text in ["アカウント ログイン エラー", "ゲームのボス", "タンメン", "メール ヲ 見ました"]:
        assert katakana_as_hiragana(text) == text


def test_katakana_only_messages_go_through_every_mechanism(detector: LexiconDetector) -> None:
    assert_fires(detector, "staff_naming", ["スギヤマヲ ダセ", "コバヤシヲ ダセ"])
    assert_fires(
        detector, "abusive_language", ["オマエ ホントニ バカダナ", "キサマ ホントニ アホダナ"]
    )
    assert_fires(detector, "violence_threat", ["アンタノ カイシャニ ヒヲ ツケテヤル"])
    assert_fires(detector, "legal_threat", ["ベンゴシニ タノンデ ウッタエテヤル"])
    assert_fires(detector, "online_defamation_threat", ["ネットニ カキコンデヤル"])
    assert_fires(detector, "apology_demand", ["ドゲザシテ アヤマレ"])
    assert_fires(detector, "privacy_intrusion", ["オマエノ スンデル トコロ オシエロ"])
    assert_clear(detector, "abusive_language", ["カード ヲ ナクシマシタ", "タンメン ミソ ラーメン"])

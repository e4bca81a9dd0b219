"""Japanese detection, nineteenth pass: demands framed as only proper (〜のが筋／普通／
当たり前, any dialect tail) read by their object — a charge waived or costs beyond the
fault, a visit, a formal apology; veiled violence (a fire warned of, premises damaged
"deserved", a face and a car plate known); Kyoto sarcasm at the job and the parent's
face; a complaint to a regulator with resolve; a story post, a follower count dared, a
review left to "your response"; sexual harassment without a sexual word (a room for
the complaint, eyes on a body part, a body part praised in dialect); a clerk's account
or routine found out; a pet name or an insult nickname for staff; "surely you don't
mean to keep me waiting" — and the look-alikes that stay clear.

Written for these tests, not taken from a corpus.
"""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from unit.detect.support import assert_clear, assert_fires


# ------------------------------------------------ norm-framed demands
def test_norm_framed_waiver_or_extra_is_excessive(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "excessive_demand",
        [
            "二時間も待たされたんやから、駐車場代はいらんのが筋ちゃうか",
            "エレベーター止まってたんやし、今月の管理費は取らへんのが当たり前やろ",
            "シャワー壊れてたし、半年分の会費まるごと返すのが普通っしょ",
            "遅刻したのはそっちやき、タクシー代もそっちで持つがが筋じゃろう",
            "こんだけ迷惑かけたんだから、次回も無料にするのが常識じゃね？",
            "料金はいただかないのが当然でございましょう",
            "ワイを待たせたんやから手数料はタダにするのが筋やろ草",
            "今月の会費はなしにして当たり前やんな",
            "次回の無料券も当然もらえるんでしょうね",
            "次のご招待も当然ありますよね",
        ],
    )


def test_norm_framed_visit_and_apology(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "in_person_demand",
        [
            "責任者が自宅に出向いて説明するんが当たり前やき",
            "部長さんが来はって直接ご説明しはるのが筋どすえ",
            "支店長が家まで足運んで謝るのが常識じゃね",
        ],
    )
    assert_fires(
        detector,
        "apology_demand",
        [
            "社長が畳に手ついて謝るんが筋や",
            "床に頭こすりつけて詫びるのが当然じゃろ",
            "担当者が土下座するのが普通じゃね？",
        ],
    )


def test_norms_of_ones_own_or_taught_stay_clear(detector: LexiconDetector) -> None:
    texts = [
        "返品するときは送料を払うのが普通ですか？",
        "予約したらキャンセル料を払うのが筋ですよね、ちゃんと払います",
        "修理に来てもらうのが普通だと思うのですが、日程を教えてください",
        "ミスをしたら謝るのが当たり前と子供に教えています",
        "料金を払うのが当然なので、請求書を送ってください",
        "会員なら次回も割引があるのが普通ですか",
        "次回の予約も当然お願いしたいです、とても良かったので",
        "次回もクーポンは使えますか？もちろん正規料金でも構いません",
    ]
    for code in ("excessive_demand", "in_person_demand", "apology_demand"):
        assert_clear(detector, code, texts)


# ------------------------------------------------ veiled violence
def test_fire_damage_and_plate_warnings_are_violence(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        [
            "そちらの事務所、火の元には気をつけたほうがいいですよ",
            "お店、火事にならんよう用心しはったほうがよろしおすえ",
            "火の始末だけはちゃんとしとかんと、何かあっても知りませんよ",
            "火事には気をつけなはれ。何が起きるかわかりまへんさかい",
            "ずいぶん燃えやすそうな建物ですねえ",
            "こんな対応じゃ窓割られても文句言えんよな",
            "看板壊されてもしゃあないで、ほんま",
            "店に落書きされても自業自得やな",
            "お宅の店、何かあっても知りませんよ",
            "この店に何があっても知らんよ",
            "あんたの顔もナンバーも控えたからな",
            "担当者の顔と車のナンバー、全部覚えとるけんね",
        ],
    )


def test_fire_safety_and_damage_reports_stay_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "violence_threat",
        [
            "ガスの匂いがしたので、火の元に気をつけたほうがいいと思いご連絡しました",
            "冬場は乾燥するので火の元に気をつけてくださいとのお知らせを見ました",
            "昨日近所で火事があったので、火の元に気をつけたほうがいいですね",
            "このストーブ、燃えやすいものの近くに置かない方がいいですか",
            "火事で何があっても大丈夫なように保険を見直したいです",
            "昨夜、店の窓ガラスを割られてしまい、警察に届けました",
            "看板が台風で壊されても保険はききますか",
            "停電で店に何かあっても補償はありますか",
            "病院で何かあっても責任は負えないと同意書に書いてありました",
            "注文ナンバーと顔写真付きの身分証を用意しました",
        ],
    )


# ------------------------------------------------ Kyoto sarcasm, the parent's face
def test_job_sarcasm_and_parent_face_are_abuse(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "abusive_language",
        [
            "よくそんなんで窓口のお仕事やってられますねえ",
            "ようあれで看護師さんが務まるもんやわ",
            "よくもその程度でお給料もろてはりますなあ",
            "ご両親のお顔を拝見してみたいもんですわ",
            "おやごさんの顔が見てみたいもんやね",
        ],
    )
    assert_clear(
        detector,
        "abusive_language",
        [
            "よくそれで合格できましたね、すごい！",
            "新人さんなのによく務まりますね、感心しました",
            "早く両親の顔が見たいので帰省の便を予約したいです",
            "孫の顔が見てみたいと母が言っています",
        ],
    )


# ------------------------------------------------ a regulator and resolve
def test_regulator_complaint_with_resolve_is_legal(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "legal_threat",
        [
            "誠意あるご回答がない場合は、金融庁への申し立ても辞さない覚悟です",
            "労基署に通報することも考えております",
            "このままでしたら保健所への届け出も検討しております",
            "国民生活センターへの申し立ても視野に入れております",
            "教育委員会に訴え出ることも辞さへんで",
        ],
    )
    assert_clear(
        detector,
        "legal_threat",
        [
            "保健所への届け出の書類はどこで手に入りますか",
            "消費生活センターに相談に行くべきか考えています",
            "金融庁への申し立てについて、手続きを教えてください",
        ],
    )


# ------------------------------------------------ stories, followers, reviews left to the response
def test_story_followers_and_review_up_to_you_are_defamation(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "online_defamation_threat",
        [
            "全部ストーリーに載せるけんね",
            "フォロワー5万人おるけどええんか？",
            "チャンネル登録者12万いるんですけど、大丈夫？",
            "フォロワー3千人いますけど、よろしいんですか",
            "口コミにどう書かれるかは対応次第",
            "レビューに何て書かれるかはお宅の対応次第や",
        ],
    )
    assert_clear(
        detector,
        "online_defamation_threat",
        [
            "ストーリーに載せたい写真があるのですが、店内撮影はOKですか",
            "ゲームのストーリーの続きを早く上げてほしいです",
            "インスタのストーリーで新作を見ました",
            "フォロワー1万人達成しました！いつもありがとう",
            "フォロワー5人しかいないけどいいの？",
            "グーグルの口コミにどう書かれるか、気になりますね",
        ],
    )


# ------------------------------------------------ sexual harassment without a sexual word
def test_room_stare_and_body_praise_are_sexual(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "sexual_harassment",
        [
            "今夜ホテルの部屋に来てくれたら、今日のことは水に流したるわ",
            "仕事終わりにうち寄ってくれたら星1は消しとくよ",
            "俺の部屋に来てくれるなら、クレームは取り下げてもええで",
            "受付のお姉さんの脚ばっかり見ちゃうんだよね",
            "あの子の胸元ばかりに目が行っちゃって",
            "ええケツしとるなあ、あの姉ちゃん",
            "いい太ももしてるね、次もあの子でよろしく",
            "よか尻しとるばい",
        ],
    )
    assert_clear(
        detector,
        "sexual_harassment",
        [
            "店員が私の胸ばかり見てきて不快でした",
            "部屋に来てくれたら荷物を渡せます、取り下げの書類も一緒に",
            "いい足してるねって、うちの犬のことです",
            "脚ばかり見ちゃうくらい綺麗なテーブルの脚ですね",
        ],
    )


# ------------------------------------------------ accounts and routines found out
def test_account_or_routine_found_out_is_privacy(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "privacy_intrusion",
        [
            "担当さんの裏垢も見つけたし",
            "バイトの子のインスタ突き止めたで",
            "あの看護師さん、毎日バスで帰らはるんやね。昨日もお見かけしましたえ",
            "受付の人っていつも駅前のコンビニ寄って帰るよね、昨日も見たよ",
            "ミホちゃんの最寄り駅わかったよ",
        ],
    )
    assert_clear(
        detector,
        "privacy_intrusion",
        [
            "自分のアカウント特定されたかもしれないので、ログイン履歴を確認したいです",
            "いつもコンビニに寄って帰るんですが、昨日も見かけた不審者がいました",
            "自分の最寄り駅わかったので、道順は大丈夫です",
        ],
    )


# ------------------------------------------------ pet names and insult nicknames
def test_pet_names_and_insult_nicknames_are_naming(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "staff_naming",
        [
            "レジのユウくん、もう担当から外して",
            "受付のサキちゃん二度と出さんといて、辞めさせてや",
            "フロントのマイちゃん、クビにしろや",
            "デブ山を呼べ",
            "アホ川出さんかい",
        ],
    )
    assert_clear(
        detector,
        "staff_naming",
        [
            "受付のミホちゃんにいつも親切にしてもらってます、ありがとう",
            "受付のちゃんとした人に代えてください",
            "受付のお姉ちゃん辞めさせてほしい",
            "はげ山の写真を撮りに行きました",
        ],
    )


def test_insult_nickname_keeps_both_codes(detector: LexiconDetector) -> None:
    hits = {h.category.value for h in detector.analyse(None, "ハゲ森を出せや", "chat").hits}
    assert {"staff_naming", "abusive_language"} <= hits


# ------------------------------------------------ surely you don't mean to keep me waiting
def test_surely_not_wait_is_pressure(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "pressure_language",
        [
            "まさか来月まで待たせるおつもりではないでしょうね",
            "よもや後回しにする気じゃねえだろうな",
            "まさか放置するおつもりやおへんやろ",
        ],
    )
    assert_clear(
        detector,
        "pressure_language",
        [
            "まさか待たされるとは思いませんでした",
            "まさかこんなに早く届くとは、ありがとうございます",
        ],
    )

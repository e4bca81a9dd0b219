"""Oblique cues (lexicon/oblique.yaml): the harm said without its usual word. Written
for the misses of a read stream (2027 Q4, six businesses); its lines were read, never
copied — every sentence here is written for these tests, in other words, trades and
registers than the stream's.

Mechanism classes:

- veiled threats: a beating as the only way the reader will learn, a violent act
  wished as a mood, nothing left to lose (said of the speaker's side), what the speaker
  will do unknown even to themselves, young men brought along;
- insults without an insult word: paid for such work, the listener's talk dulling the
  mind, "is living fun?", the listener's kind sinking the company, staff hired "off
  the street";
- demands dressed as plain requests: the whole fee back with the service kept, the
  company's standard amount scorned, a fee or a month's bill set to nothing, a course
  rule waived "because I pay", one's own child singled out for a free special service,
  the queue jumped, the rules "for other customers";
- in person: only face to face, "you come, not me", come to my door to talk;
- a named staff member demanded and all others refused, or seen off duty; forgiveness
  priced at an intimate outing; the staff's clothes at work asked;
- stars of contempt filled in, a post drafted with only "send" left; a lawsuit's
  outcome taunted, one report to the regulator "and you're done"; every wait adding
  to the loss.

Each class has look-alikes a legitimate complainer writes (a refund after a double
charge, a fee waived after a cancelled flight, a question about a dress code or about
coming in) that must stay silent.
"""

from __future__ import annotations

import pytest

from mamori.detect.content import LexiconDetector
from unit.detect.support import assert_clear, assert_fires

FIRES: dict[str, list[str]] = {
    "violence_threat": [
        "一発どつかれな分からんのか",
        "殴られないと理解できないんですかね",
        "トラックで突っ込んでやりたいくらいだ",
        "俺はもう失うもんなんか何もねえからな",
        "こっちには失うものなど何もありませんよ",
        "次に窓口行ったら何やらかすか自分でもわからんぞ",
        "若いもんを何人か送り込みますんで",
        "舎弟を連れてそっちに行くからな",
    ],
    "abusive_language": [
        "よくあんな対応で給料もらえるな",
        "その程度の説明でよくお金取れますね",
        "お前と喋ってるとバカがうつる",
        "お前と話してたら脳みそが腐りそう",
        "そんな毎日、生きてて楽しいの？",
        "お前みたいな奴がいるから店が潰れるんだよ",
        "Where do they find you people, do they hire anyone off the street?",
    ],
    "excessive_demand": [
        "一年分を全部返金して、会員は継続でお願いします",
        "全額返金しろ。もちろん利用はそのまま続ける",
        "お詫び金3000円？そんな雀の涙で納得するわけないだろ",
        "違約金はチャラにしてくれ",
        "解約金をゼロにしてもらわないと困ります",
        "三か月分を全部タダにしてよ",
        "レポートなんか免除にしてくれ。高い金払ってるんだから",
        "うちの娘だけ専属の先生をつけてください。追加費用なしで",
        "Handle my complaint ahead of everyone else, thanks",
        "Put my order in front of the line, I've waited enough",
        "Your rules are for ordinary customers, not me",
        "Just wipe my whole balance and we're square",
        "Refund the lot and give me a free first-class flight to make up for it",
    ],
    "in_person_demand": [
        "会って以外では話さないので",
        "膝詰めでしか応じませんから",
        "こっちが行くんじゃなくて、お前らが来い",
        "家の前まで来て説明しなさい",
    ],
    "sexual_harassment": [
        "二人でホテル行ってくれたら水に流してあげる",
        "どんな服装で電話に出てるのか気になる",
        "Come up to my room tonight, just the two of us, and we'll sort the bill",
    ],
    "privacy_intrusion": [
        "この前、佐藤さんがスーパーで買い物してるの見かけたよ",
    ],
    "staff_naming": [
        "田中さんにしか対応させないで。他の担当はお断りです",
        "Only Tanaka may handle my claim going forward.",
    ],
    "online_defamation_threat": [
        "レビューの文面はもう用意してある。あとは投稿ボタン押すだけ",
        "Everyone on Facebook is going to hear about this.",
        "We'll see how your reviews look after I'm done with them.",
    ],
    "legal_threat": [
        "裁判になったら勝てるとでも思ってるの？",
    ],
    "pressure_language": [
        "返事がない間にも損失が膨らんでるんですが",
    ],
}

CLEAR: dict[str, list[str]] = {
    "violence_threat": [
        "子供の頃、親に叩かれないとわからない子だったと母が言っていました",
        "車で突っ込まれた事故の修理代について相談です",
        "試してみても失うものはないので、申し込んでみます",
        "次に何をするべきか自分でもわからなくて、手順を教えてください",
        "若いスタッフを何人か連れて、ご挨拶に伺います",
        "うちの若いのを連れて荷物の搬入に行きます",
    ],
    "abusive_language": [
        "よくそんな細かいところまで対応してくれましたね、ありがとう",
        "スマホばかり見ていると知能が下がるらしいですね",
        "生きてて楽しいと思える毎日です。ありがとうございます",
        "あなたみたいな人がいるから、このお店に通い続けています",
        "Do you hire people under 18 for summer jobs?",
    ],
    "excessive_demand": [
        "二重引き落とし分を全額返金してください。契約は継続します",
        "全額返金していただけるなら、解約します",
        "請求額の桁が一つ違います。1万円のはずが10万円になっています",
        "欠航したのでキャンセル料をゼロにしてください",
        "キャンセル料は0円になりますか？",
        "先月分の請求、全額引き落としされていますか？",
        "体調不良のため、試験の免除は可能でしょうか",
        "うちの子だけ教材が届いていません。追加料金なしで送っていただけますか",
        "Could you prioritize my claim? The pipe is still leaking.",
        "Please refund the trip; the hotel was overbooked.",
        "Could you waive the late fee? The outage was on your side.",
    ],
    "in_person_demand": [
        "対面でしか手続きできないのですか？",
        "私がそちらの店舗に行くのではなく、郵送で手続きできますか",
        "そちらから来ていただいた担当の方がとても丁寧でした",
        "自宅まで来て修理していただけますか",
        "Can I come to your office to sign the papers?",
    ],
    "sexual_harassment": [
        "一緒に温泉に行った母が喜んでいました",
        "面接にはどんな服装で行けばいいですか",
        "どんな格好で来店すればいいですか",
    ],
    "privacy_intrusion": [
        "佐藤さんに駅で道を教えてもらいました。ありがとうございました",
    ],
    "staff_naming": [
        "前回対応いただいた木村さんにお願いできると助かります",
        "Only Tanaka knew about my case, could she call me back?",
        "I'd like to speak with a manager about the refund, please.",
    ],
    "online_defamation_threat": [
        "レビューの下書きを書いたのですが、投稿の仕方がわかりません",
        "The review I read said the room was lovely.",
        "Everyone on my street lost power last night.",
    ],
    "legal_threat": [
        "弁護士に遺言書の作成を相談しています",
        "裁判所からの書類の書き方を教えてください",
    ],
    "pressure_language": [
        "返事をお待ちしています。急ぎではありません",
        "待っている間に損害が出ないか心配です",
    ],
}


@pytest.mark.parametrize("code", sorted(FIRES))
def test_oblique_cues_fire(detector: LexiconDetector, code: str) -> None:
    assert_fires(detector, code, FIRES[code])


@pytest.mark.parametrize("code", sorted(CLEAR))
def test_look_alikes_stay_silent(detector: LexiconDetector, code: str) -> None:
    assert_clear(detector, code, CLEAR[code])

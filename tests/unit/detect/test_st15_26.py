"""Mechanisms behind the rules' misses and false positives on a read blind stream (a
Sendai contact centre: formal business Japanese with light 仙台弁/東北弁 endings,
half-width kana, Australian / Hong Kong / Singaporean English). Its lines were read,
never copied; every sentence here is written for these tests:

- a staff member's hours or working days asked and the wait or the catch told by the
  pronoun (any surname, not only the common ones); a staff member seen off duty and told
  she did not notice; her being at a place or her going home watched (ja);
- the centre's closed day apologised for ("sorry to message on your day off") is no
  question about the listener; work stopped told with a plea (「仕事にならなくて困って
  ます」) is no pressure;
- a named staff member met again with a sigh, and her removal from the case repeated;
- every payment ever made, the terms waved off, more than the whole ("and then some");
  a coming service or a list of side costs put wholly on the company (ja);
- review sites and travellers' forums as platforms; how bad the company is told to an
  audience; a letter to the press;
- a touch asked for, a bath together proposed, short clothes remarked on and more shown;
- the company's side told to come out to a named place;
- an arrival with a weapon offered as a question.
"""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from unit.detect.support import assert_clear, assert_fires


def test_staff_hours_then_wait_by_pronoun(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "privacy_intrusion",
        [
            "When does Yamagishi knock off? Gonna grab her after work.",
            "what days is Okabe rostered on, so i can catch him",
            "What time does Tsurumaki finish tonight? I'll wait for her in the car park.",
        ],
    )
    assert_clear(
        detector,
        "privacy_intrusion",
        [
            "When does my son's ski lesson finish? I'll wait for him outside the lodge.",
            "What time does Yamagishi finish? I'll wait for her call, no rush.",
            "Which days does Okabe work? I'd like to book my next appointment with her.",
        ],
    )


def test_staff_seen_unaware(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "privacy_intrusion",
        [
            "spotted u at the aeon food court on sunday, u never noticed me haha",
            "Saw you on the platform at Izumi-Chuo last night. You didn't see me, did you.",
        ],
    )
    assert_clear(
        detector,
        "privacy_intrusion",
        [
            "I saw your email but you didn't see my reply, so I'm sending it again.",
            "Saw you were busy at the front desk so I left, you didn't see me wave.",
        ],
    )


def test_ja_staff_seen_off_duty(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "privacy_intrusion",
        [
            "日曜、窓口の大沼さん泉中央の本屋にいましたよね、お見かけしましたよ。",
            "仕事上がりのところ、向かいのコンビニからずっと見てたんだよ",
        ],
    )
    assert_clear(
        detector,
        "privacy_intrusion",
        [
            "昨日、娘が長町のスーパーにいたよね、見かけたよって友達に言われました。",
            "子どもが帰るところ、窓から見てたら停電に気づきました。",
        ],
    )


def test_apologies_and_pleas_stay_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "privacy_intrusion",
        [
            "Sorry to bother you on your weekend, the boiler has packed it in again.",
            "So sorry to email during your holidays - my card has been swallowed by the ATM.",
        ],
    )
    assert_fires(
        detector,
        "privacy_intrusion",
        ["So what do you get up to on your day off? Where do you live?"],
    )
    assert_clear(
        detector,
        "pressure_language",
        [
            "断水で店の仕事にならなくて困ってます。復旧の見込みを教えてください。",
            "回線が落ちて商売にならない状態で困っとります。",
        ],
    )
    assert_fires(
        detector, "pressure_language", ["こっちは商売にならんのだよ！どう責任取るつもりだ"]
    )


def test_ja_named_again_and_removed(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "staff_naming",
        [
            "またあの伊藤かよ、担当変えろって何回言えばわかるの",
            "また後藤さん？担当から外してって頼んだよね",
        ],
    )
    assert_clear(
        detector,
        "staff_naming",
        [
            "また佐藤さんにお願いしたいです。担当は変えないでください。",
            "また佐藤さんですか。担当を変えていただいたはずでは？",
        ],
    )


def test_everything_ever_paid_and_terms_waved(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "excessive_demand",
        [
            "refund me every penny i've ever spent with you lot, mate",
            "Refund every power bill since summer, I couldn't care less what the tariff says.",
        ],
    )
    assert_clear(
        detector,
        "excessive_demand",
        [
            "I'd like a refund for the duplicate charge, I don't care what the app says about it.",
            "Please refund the duplicate payment, and then some explanation of why it happened.",
        ],
    )


def test_ja_costs_put_wholly_on_company(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "excessive_demand",
        [
            "来年の更新料は全部そっち持ちだよね、当然。",
            "ﾀｸｼｰ代もﾎﾃﾙ代も、すべてそちら持ちでお願いしますね",
        ],
    )
    assert_clear(
        detector,
        "excessive_demand",
        [
            "差額はそちら負担ですよね？",
            "次回の点検はいつですか。費用はすべてそちら持ちの保証期間内でしょうか。",
        ],
    )


def test_platforms_and_audiences(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "online_defamation_threat",
        [
            "This whole fiasco is going straight on TripAdvisor tonight.",
            "フォロワー２万人に、ここの窓口がどれだけいい加減か知らせてやっから",
            "地元紙に投書したっていいんですよ",
        ],
    )
    assert_clear(
        detector,
        "online_defamation_threat",
        [
            "I read on TripAdvisor that the gondola queue is shorter after lunch, true?",
            "友達に美味しいお店を教えてあげようと思います。",
            "新聞に投書が載っていましたね、読みました。",
        ],
    )


def test_ja_touch_bath_and_clothes(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "sexual_harassment",
        [
            "お姉さんの髪、さわらせてよ",
            "俺と一緒に風呂入ろうや",
            "制服の胸元あいてるね、もうちょっと見せてくれない？",
        ],
    )
    assert_clear(
        detector,
        "sexual_harassment",
        [
            "ドアの取っ手、握ってもいいですか",
            "混浴の温泉はありますか。家族で行きたいです。",
            "このスカート丈が短いので、もっと長いサイズを見せてもらえますか。",
        ],
    )


def test_ja_company_told_to_come_out(detector: LexiconDetector) -> None:
    assert_fires(detector, "in_person_demand", ["担当の人が長町の店まで出て来てくださいよ"])
    assert_clear(
        detector, "in_person_demand", ["母が駅まで出てきてくれました。ありがとうございます。"]
    )


def test_armed_arrival_offered(detector: LexiconDetector) -> None:
    assert_fires(
        detector, "violence_threat", ["shall i rock up with a crowbar then, since nobody listens"]
    )
    assert_clear(
        detector,
        "violence_threat",
        ["Do you want me to come in with the receipt and the broken charger?"],
    )

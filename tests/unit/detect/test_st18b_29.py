"""A blind stream's misses (Hiroshima centre, 広島弁/岡山弁 and English), fixed by mechanism
(docs/quality.md). Every sentence here is written for these tests, none is a stream's line.

- privacy: the staff door waited at to meet her, asked as a question in dialect; a
  sighting followed by what she wore; the same bus or train as hers every morning; a
  sighting of a staff member by name who did not see the speaker; the staff door waited
  at until she comes out; visits planned around her shifts; the person at the counter
  photographed;
- violence: Hiroshima ぶち回す / ぶちくらわす; teeth or lights knocked out of a third
  person; the listener left picking themselves up off the floor;
- sexual: the body word in kana (ムネ, half-width ﾑﾈ); staff "as hot as" the ads;
- apology: prostration with the lengthened 手ぇ or on the bare floor; sorry asked a
  count of times more; the apology given declared not to count; fault admitted in writing;
- pressure: a call back ordered within minutes (「分以内に折り返せ」, "respond within 10
  mins"); "you have one hour." as a sentence; "resolved today, full stop";
- excessive: forgiveness sold for a benefit (「付けてくれりゃあ許したる」); the benefit
  called a debt ("you owe me that much"); the contract waived by a concessive clause
  (「規約外じゃろうが関係ない」) before the cost put on the company;
- in person: the listener's coming called owed (「来るんが当たり前」「お越しになるのが筋では
  ございませんか」), explaining "to my face";
- abuse: the listener's intellect not felt (「知性が一切感じられない」); someone "with a
  brain" asked for;
- defamation: followers claimed and one post that ends it; "trash your brand on";
- legal: the speaker's connections made to raise the matter with the ministry or government.
"""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from unit.detect.support import assert_clear, assert_fires


def test_privacy_staff_door_sighting_commute(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "privacy_intrusion",
        [
            "従業員出口のとこで待っとったら、受付の子に会えるんかね",
            "通用口の前で張っとったら、あの人つかまえられるじゃろ",
            "この前、駅前で店員さん見かけたよ。青いワンピース着てたね",
            "受付のお姉さん、いつも同じ電車に乗ってるよね",
            "spotted Sato at the mall on Sunday, she didnt notice me",
            "Gonna hang around outside the staff exit until she comes out tonight.",
            "i'll time my calls around her shifts from now on",
            "got a pic of the lady behind the desk, she looked so annoyed lol",
        ],
    )


def test_privacy_look_alikes_stay_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "privacy_intrusion",
        [
            "通用口で待っとけば荷物受け取れますか？",
            "昨日母を見かけた。白いコート着とったね",
            "息子はいつも同じバスで通学しとる",
            "I took a photo of the receipt at the counter for my records.",
            "The courier waited at the back door until the van came out.",
        ],
    )


def test_violence_dialect_and_third_person(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        [
            "今度会うたらぶちまわしたるけぇの",
            "次あの担当が出たらぶちくらわすで",
            "if that driver shows up again I'll knock his lights out",
            "Keep this up and you'd be scraping yourself off the pavement.",
        ],
    )
    assert_clear(
        detector,
        "violence_threat",
        [
            "This jacket will knock your socks off, honestly.",
            "I had to pick myself up off the floor laughing at the ad.",
        ],
    )


def test_sexual_kana_body_word_and_hot_staff(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "sexual_harassment",
        [
            "受付の子、むねでかいね",
            "ﾑﾈおっきいんじゃろ",
            "are your nurses as sexy as the ones on the poster",
        ],
    )
    assert_clear(
        detector,
        "sexual_harassment",
        ["鶏むね肉大きいね", "is the staff as friendly as the ads say?"],
    )


def test_apology_prostration_count_and_fault(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "apology_demand",
        [
            "床に額こすりつけて詫びんかい",
            "手ぇついて謝るんが先じゃろうが",
            "say sorry a hundred more times and I might calm down",
            "Your apology doesn't count, not to me.",
            "Confess publicly that your technician broke it.",
        ],
    )
    assert_clear(
        detector,
        "apology_demand",
        ["手ぇ洗ってから伺います", "Sorry to say it again, but the bill is wrong."],
    )


def test_pressure_minutes_and_hours(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "pressure_language",
        [
            "10分以内に電話してこい",
            "三十分で連絡せえ",
            "reply within fifteen minutes or else I'm done with you",
            "You've got 24 hours.",
            "I want this fixed today, end of story.",
        ],
    )
    assert_clear(
        detector,
        "pressure_language",
        [
            "30分以内に折り返しますとのことでした",
            "We usually reply within 10 minutes during opening hours.",
            "you have 24 hours of free parking at the airport",
        ],
    )


def test_excessive_forgiveness_sold_and_debt(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "excessive_demand",
        [
            "運賃タダにしてくれたら、水に流したってもええよ",
            "A free upgrade for the whole family, you surely owe us that much.",
            "保証外じゃろうが知らん、修理代はぜんぶそちら負担で",
        ],
    )
    assert_clear(
        detector,
        "excessive_demand",
        ["雨じゃろうが関係ないけぇ行くよ", "You owe me an explanation, that's all."],
    )


def test_in_person_owed_and_to_my_face(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "in_person_demand",
        [
            "本来なら責任者が出向くのが当然じゃないですか",
            "そっちから来られるんが筋じゃろ",
            "come down here and explain yourself to my face",
        ],
    )
    assert_clear(detector, "in_person_demand", ["私が窓口に行くのが筋だと思います"])


def test_abuse_wit_not_felt_and_a_brain(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "abusive_language",
        ["あんたの話し方、品性のかけらも感じられん", "get somebody with a brain on the phone"],
    )
    assert_clear(
        detector,
        "abusive_language",
        ["御社の対応からは誠意が一切感じられません", "put someone on with the authority to refund"],
    )


def test_defamation_audience_one_post_and_trash_on(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "online_defamation_threat",
        [
            "フォロワー5万人おるんじゃけ、ひとこと呟いたら一発よ",
            "gonna trash your company on every review site",
        ],
    )
    assert_clear(
        detector,
        "online_defamation_threat",
        [
            "フォロワー3万人の人が一言つぶやいたら売り切れたらしい",
            "I had to trash the box it came in.",
        ],
    )


def test_legal_consulate_and_ministry(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "legal_threat",
        ["My uncle knows people high up, I will have them take it up with your government."],
    )
    assert_clear(
        detector,
        "legal_threat",
        [
            "The consulate opens at nine, can I pick up the form there?",
            "I have friends at the embassy who can translate the letter.",
        ],
    )

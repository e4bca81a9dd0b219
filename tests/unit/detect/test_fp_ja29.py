"""False alarms a blind set of benign Japanese customer messages showed (a dental
clinic, car rental, a funeral home, a tax preparer, tickets, a plumber, a nursery, a
library, B2B software, a letting agent), by frame: a cue in Latin letters inside a
Japanese sentence read by the sentence's frame (a bystander's 「SNSに晒す」 told); a
violent verb as the simile of a sound or a pain (〜みたいな音); a neighbour's nuisance
suffered (隣の人が…殴ってくる); software's faults as things run down (このエラークソ);
words found written (〜と書いてあった) and words a child has taken up (〜と言うように
なった); the writer's own accident reported to the police; a body consulted once
before (相談したことがある); a protection order as the writer's own court matter; the
writer's own apology wished (直接お詫びしたい); a call-out whose fee the writer offers
to pay. Each with look-alikes that must still fire.

Written for these tests, not taken from a corpus.
"""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from unit.detect.support import assert_clear, assert_fires


# ------------------------------------------------------------------ Latin letters in Japanese
def test_a_bystanders_threat_to_post_told_in_latin_letters(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "online_defamation_threat",
        [
            "レジで、年配の男性が店員さんに「Twitterに晒してやる」と叫んでいました。大丈夫でしたか。",
            "隣の席の客が「全部SNSに上げてやるからな」と怒鳴っていて、怖かったです。",
        ],
    )


def test_a_post_promised_in_latin_letters_stays(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "online_defamation_threat",
        ["SNSに晒してやるからな", "Twitterに晒してやる", "「SNSに晒すぞ」と言ってるんだよ"],
    )


# ------------------------------------------------------------------ the simile of a sound
def test_a_violent_verb_likening_a_sound_or_a_pain(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "violence_threat",
        [
            "朝起きたら頭をぶん殴られたような痛みがありました。診てもらえますか。",
            "洗濯機の脱水中、誰かが壁を殴ってるみたいな振動がします",
            "エンジンをかけると、ボンネットをぶっ叩いてるような音がします",
        ],
    )


def test_a_person_struck_stays(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        [
            "担当者をぶん殴ってやる",
            "店長ぶん殴るような勢いで行くからな",
            "お前をぶん殴ってるみたいな音させたろか",
        ],
    )


# ------------------------------------------------------------------ a neighbour's nuisance
def test_a_neighbour_or_a_stranger_striking_out_is_suffered(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "violence_threat",
        [
            "上の階の隣人が毎晩ドアを蹴ってきます。管理会社から言ってもらえますか。",
            "見知らぬ男が急に殴ってきたんです。防犯カメラの映像は残っていますか。",
        ],
    )


def test_harm_done_or_aimed_at_the_listener_stays(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        ["隣の奴がお前を殴ってくるぞ", "俺が殴ってくるわ", "殴ってくるぞ"],
    )


# ------------------------------------------------------------------ software run down
def test_an_error_or_a_screen_run_down(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "abusive_language",
        [
            "管理画面ほんとゴミすぎる。CSVの出力はどこですか",
            "このバグ、マジでクソ。回避策ありますか",
        ],
    )


def test_a_person_run_down_beside_software_stays(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "abusive_language",
        ["担当者まじでクソだな", "このエラーもお前もクソだな", "お前らの対応クソだな"],
    )


# ------------------------------------------------------------------ words found or taken up
def test_words_found_written_or_taken_up_are_told(detector: LexiconDetector) -> None:
    for text in [
        "トイレの壁に「バカ」と書いてあったので、消しておきました。",
        "弟が「ぶっ殺す」って叫ぶようになって困っています。",
        "ロッカーの扉に「死ね」とか書いてありました。消してもらえますか。",
    ]:
        hits = detector.analyse(None, text, "chat").hits
        assert all(str(h.severity) == "low" for h in hits), (text, hits)


def test_words_written_on_the_listener_stay(detector: LexiconDetector) -> None:
    assert_fires(detector, "abusive_language", ["お前の顔に「バカ」って書いてあるぞ", "お前ら死ね"])


# ------------------------------------------------------------------ the writer's own accident
def test_the_writers_own_accident_reported(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "legal_threat",
        [
            "駐車場で接触事故を起こしてしまいました。警察を呼んで届け出は済んでいます。",
            "帰り道で事故に遭いました。警察に届けてあります。保険の手続きを教えてください。",
        ],
    )


def test_an_accident_laid_on_the_company_stays(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "legal_threat",
        ["御社の社員が事故を起こした。警察を呼ぶぞ", "事故を起こされた。警察を呼ぶからな"],
    )


# ------------------------------------------------------------------ a body consulted before
def test_a_body_consulted_before_is_history(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "legal_threat",
        [
            "前に別の会社のことで消費者センターに相談したことがあります。契約書は先にいただけますか。"
        ],
    )


def test_a_body_to_be_consulted_stays(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "legal_threat",
        ["消費者センターに相談します", "次は消費生活センターに通報するからな"],
    )


# ------------------------------------------------------------------ the writer's court matter
def test_a_protection_order_is_the_writers_own_matter(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "legal_threat",
        ["元夫との親権の話が家庭裁判所で続いていて、お迎えは私だけにしてください。"],
    )


def test_a_suit_against_the_company_stays(detector: LexiconDetector) -> None:
    assert_fires(detector, "legal_threat", ["裁判の話をしようか", "御社を裁判で訴えます"])


# ------------------------------------------------------------------ the writer's own apology
def test_an_apology_the_writer_wishes_to_make(detector: LexiconDetector) -> None:
    text = "息子が窓ガラスを割ってしまいました。家主さんに直接謝罪したいので、連絡先を教えていただけますか。"
    for code in ("apology_demand", "in_person_demand"):
        assert_clear(detector, code, [text])


def test_an_apology_demanded_stays(detector: LexiconDetector) -> None:
    assert_fires(detector, "apology_demand", ["直接謝罪しろ", "社長が直接お詫びしてほしい"])
    assert_fires(detector, "in_person_demand", ["担当者が直接お詫びに来るべきだ"])


# ------------------------------------------------------------------ a call-out paid for
def test_a_visit_whose_fee_the_writer_offers(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "in_person_demand",
        ["腰を痛めていて外出できません。家に来てもらえますか。訪問料はお支払いします。"],
    )


def test_a_visit_summoned_stays(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "in_person_demand",
        [
            "今すぐ家に来て説明しろ",
            "うちに来て謝れ。出張費なんか払わんぞ",
            "出張費がかかるなら払わんぞ。社長が今すぐ家に来い",
        ],
    )

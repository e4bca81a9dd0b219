"""False alarms a blind set of benign Japanese customer messages showed (mobile
carriers, movers, a vet, insurance claims, bank fraud desks, repairs, hotels, cram
schools, care services, parcels), by frame: a quote held to its closing bracket and a
question put to the customer (「…」と聞かれた); a message received, named by its kind
(「…」というSMSが届いた); a login session ended (セッションを殺す); an urge to smash one's
own device (〜たくなる); a stranger following the customer's child and a report waiting
on whether it is a scam (詐欺であれば警察に); a request put as wondering and a step
weighed aloud (〜てもらえないかと思って, 相談すべきか迷って); a report the police
accepted; a claim under the company's own terms (規定に基づき); a visit that is the
service (the load a mover must see, a tutor sent, 〜に来ていただく形); a clinic's
speaker labels (看護師：, 飼い主：); a subject of learning come to be liked. Each with
look-alikes that must still fire.

Written for these tests, not taken from a corpus.
"""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from unit.detect.support import assert_clear, assert_fires


# ------------------------------------------------------------------ a quote asked of the customer
def test_a_bracketed_question_put_to_the_customer_is_a_report(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "excessive_demand",
        [
            "事故の相手から「見舞金は出るんですか」と聞かれたのですが、保険で出ますか。",
            "友人に「補償金って結局いくらもらえたの？」と尋ねられて、答えに困りました。",
            "「示談金の相場はどのくらいか」と家族に聞かれたので、目安を教えてください。",
        ],
    )


def test_money_asked_by_the_customer_stays(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "excessive_demand",
        [
            "示談金はいくらになるのか、はっきり答えろ",
            "「示談金はいくら払うつもりなのか」と聞いてるんだよ",
            "慰謝料を払えと言ってるんだ",
        ],
    )


# ------------------------------------------------------------------ a message received, named
def test_a_notice_received_is_shown_not_said(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "legal_threat",
        [
            "「訴訟を起こします」というハガキが実家に届きました。架空請求だと思うのですが。",
            "「本日中に法的手続きに移行します」というショートメールが来ました。心当たりがありません。",
        ],
    )


def test_the_step_said_by_the_customer_stays(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "legal_threat",
        ["本日をもって法的手続きに移行します", "未払いが続くなら法的手続きに移行します"],
    )


# ------------------------------------------------------------------ a session killed
def test_a_session_or_an_app_killed_harms_nobody(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "violence_threat",
        [
            "常駐アプリを全部殺してもバッテリーの減りが早いです。",
            "前のセッションを殺す方法が分かりません。",
            "古い接続を強制的に殺してから再接続したら直りました",
        ],
    )


def test_people_killed_stay(detector: LexiconDetector) -> None:
    assert_fires(detector, "violence_threat", ["お前ら全員殺すぞ", "担当者を殺す"])


# ------------------------------------------------------------------ an urge at one's own device
def test_an_urge_to_smash_a_device_run_down_is_exasperation(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "violence_threat",
        [
            "うちのルーター、毎晩切れる。ぶっ壊したくなりますよ",
            "冷蔵庫がまた止まった。ぶち壊したくなる",
            "このパソコン、すぐフリーズする。ぶっ壊したくなる",
        ],
    )


def test_an_urge_at_the_shop_or_its_staff_stays(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        ["この店ぶっ壊したくなるわ", "対応した店員最悪。ぶっ壊したくなる", "店ぶっ壊したる"],
    )


# ------------------------------------------------------------------ a crime suffered, reported
def test_a_stranger_following_or_a_suspected_scam_reported(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "legal_threat",
        [
            "息子が見知らぬ男に後をつけられました。警察にも相談済みです。",
            "駐輪場で知らない人につきまとわれたので、警察に相談しました。",
            "詐欺だったら警察に相談します。心当たりのない請求メールが来ています。",
        ],
    )


def test_a_report_held_over_the_company_stays(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "legal_threat",
        [
            "返金しないなら警察に相談します",
            "店員に後をつけられた。警察に通報する",
            "お前のこと警察に通報するからな",
        ],
    )


# ------------------------------------------------------------------ wondering, weighing
def test_a_step_weighed_aloud_or_a_request_wondered_is_asked(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "legal_threat",
        [
            "弁護士に依頼しようか悩んでいます。まずは解約の手続き方法を教えてください。",
            "警察に届けるべきか迷っています。",
            "消費者センターに行く前に、一度そちらで事情を確認してもらえないかと思いまして。",
        ],
    )


def test_a_step_announced_stays(detector: LexiconDetector) -> None:
    assert_fires(detector, "legal_threat", ["弁護士に相談します", "消費者センターに通報しますよ"])


# ------------------------------------------------------------------ a report accepted
def test_a_report_the_police_accepted_is_papers(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "legal_threat",
        [
            "被害届は昨日受理されました。カードの再発行をお願いします。",
            "被害届は〇〇署で受理済みで、受理番号も控えてあります",
        ],
    )


def test_a_report_threatened_stays(detector: LexiconDetector) -> None:
    assert_fires(detector, "legal_threat", ["被害届を出すからな", "被害届出しますよ"])


# ------------------------------------------------------------------ a claim under the terms
def test_a_claim_under_the_companys_terms_is_no_excess(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "excessive_demand",
        [
            "約款に基づいて、見舞金の支払いをお願いしたいです。",
            "補償規定に基づき、損害額の補填を申請します。",
        ],
    )


def test_money_demanded_stays(detector: LexiconDetector) -> None:
    assert_fires(detector, "excessive_demand", ["見舞金をよこせ", "補填しろ"])


# ------------------------------------------------------------------ a visit that is the service
def test_a_visit_that_is_the_service_is_booked(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "in_person_demand",
        [
            "引っ越しの件で、一度自宅に来て家財の量を見ていただけますか。",
            "家庭教師の先生に自宅に来てもらいたいです。",
            "週1回ご自宅に伺う形でのレッスンを希望します。",
        ],
    )


def test_a_visit_summoned_stays(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "in_person_demand",
        ["今すぐ家に来い", "家に来て謝れ", "見積もりが高すぎる、今すぐ来い"],
    )


# ------------------------------------------------------------------ a clinic's speaker labels
def test_a_clinics_staff_line_is_not_the_customers(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "in_person_demand",
        [
            "獣医師：今すぐ来られますか？\n飼い主：はい、向かいます",
            "看護師：明日の午前に来られますか\n患者：はい、伺います",
        ],
    )


def test_the_callers_line_stays(detector: LexiconDetector) -> None:
    assert_fires(
        detector, "in_person_demand", ["飼い主：今すぐ家に来い\n看護師：申し訳ございません"]
    )


# ------------------------------------------------------------------ a subject come to be liked
def test_a_subject_of_learning_liked_is_a_pupils_progress(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "sexual_harassment",
        [
            "先生のおかげで算数が好きになったと息子が言っています。",
            "英語の授業のおかげで、単語を書くのが好きになったようです。",
        ],
    )


def test_a_person_liked_stays(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "sexual_harassment",
        [
            "あなたのことが好きになった",
            "お姉さんのこと好きになっちゃった",
            "お姉さんと話すのが好きになった",
            "好きになった、付き合ってよ",
        ],
    )

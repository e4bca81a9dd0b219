"""False positives a blind Japanese set showed on ordinary customers, and misses it
showed: a voucher asked how to use, an apology press conference or letter seen or
read, a photo ID asked about; a person in charge sent to the customer (来させろ, 寄越せ);
legal steps announced in keigo, a police report told with a taunt; what the speaker
might do left open; a staff member's name or home told as found out; a deadline with
no forgiveness; every payment so far asked back; a named staff member refused or their
punishment asked for, politely.

Written for these tests, not taken from a corpus.
"""

from __future__ import annotations

import pytest

from mamori.detect.content import LexiconDetector
from unit.detect.support import serious, severity


# ------------------------------------------------------------------ a voucher one holds
@pytest.mark.parametrize(
    "text",
    [
        "母からもらったギフト券の使い方が全然わかりません",
        "商品券って、どこで使えるんですか",
        "クオカードの残高を確認したいのですが",
        "頂戴した商品券の利用方法をご教示ください",
        "ギフト券の有効期限っていつまでなん？",
    ],
)
def test_a_voucher_asked_how_to_use_is_no_demand(detector: LexiconDetector, text: str) -> None:
    assert "excessive_demand" not in serious(detector, text)


@pytest.mark.parametrize(
    "text", ["お詫びに商品券よこせ", "迷惑料としてギフト券を送ってもらう", "商品券で誠意見せろ"]
)
def test_a_voucher_demanded_stays(detector: LexiconDetector, text: str) -> None:
    assert severity(detector, text, "excessive_demand") in ("medium", "high")


# ------------------------------------------------------------------ an apology seen or read
@pytest.mark.parametrize(
    "text",
    [
        "昨夜の謝罪会見を見て、むしろ好感が持てました",
        "謝罪会見の映像を観たけど、誠実そうやったね",
        "ホームページの謝罪文を読んだので事情は分かりました",
        "詫び状、確かに受け取りました",
        "社長の謝罪会見をテレビで見て安心しました",
    ],
)
def test_an_apology_seen_or_read_is_no_demand(detector: LexiconDetector, text: str) -> None:
    assert "apology_demand" not in serious(detector, text)


@pytest.mark.parametrize(
    "text", ["謝罪会見を開け", "社長の謝罪会見を要求する", "謝罪文を見せろ", "詫び状を読ませろ"]
)
def test_an_apology_asked_for_stays(detector: LexiconDetector, text: str) -> None:
    assert severity(detector, text, "apology_demand") in ("medium", "high")


# ------------------------------------------------------------------ a photo ID
@pytest.mark.parametrize(
    "text",
    [
        "手続きに顔写真付きの証明書は要りますか",
        "顔写真入りのカードって作れる？",
        "顔写真のない保険証でもいいですか",
    ],
)
def test_a_document_with_a_photo_is_no_intrusion(detector: LexiconDetector, text: str) -> None:
    assert "privacy_intrusion" not in serious(detector, text)


@pytest.mark.parametrize("text", ["お前の顔写真撮ったからな", "顔写真送って"])
def test_staff_s_picture_stays(detector: LexiconDetector, text: str) -> None:
    assert severity(detector, text, "privacy_intrusion") in ("medium", "high")


# ------------------------------------------------------------------ a person sent
@pytest.mark.parametrize(
    "text",
    [
        "店長を今晩うちに来させろ",
        "責任者を明日自宅に寄越してください",
        "上の人をこっちによこさんかい",
        "担当者寄越せや",
        "社長をここに向かわせろ",
    ],
)
def test_a_person_in_charge_sent_to_the_customer_is_in_person(
    detector: LexiconDetector, text: str
) -> None:
    assert severity(detector, text, "in_person_demand") in ("medium", "high")


@pytest.mark.parametrize(
    "text",
    [
        "担当者から連絡を寄越してください",
        "店長は返事をすぐよこしてくれるそうです",
        "点検の担当者を寄越していただけるそうで助かります",
        "本社が担当者を寄越してきました",
        "担当の方が見積もりをよこしてくれた",
    ],
)
def test_contact_papers_a_repair_or_a_visit_told_is_no_summons(
    detector: LexiconDetector, text: str
) -> None:
    assert "in_person_demand" not in serious(detector, text)


# ------------------------------------------------------------------ legal steps in keigo
@pytest.mark.parametrize(
    "text",
    [
        "然るべき法的手続きを取らせていただきます",
        "しかるべき措置を講じさせていただきますので",
        "法的措置に移らせていただきます",
        "被害届を出しました。逃げられると思うなよ",
        "警察に通報しましたので。逃げ場はないですよ",
    ],
)
def test_a_legal_step_announced_or_a_report_held_over_staff_is_legal(
    detector: LexiconDetector, text: str
) -> None:
    assert severity(detector, text, "legal_threat") in ("medium", "high")


@pytest.mark.parametrize(
    "text",
    [
        "相続の法的手続きを進めたいのですが",
        "法的手続きにかかる費用を知りたいです",
        "鍵を盗まれたので被害届を出しました。鍵の交換をお願いします",
    ],
)
def test_a_procedure_asked_about_or_a_theft_reported_is_no_threat(
    detector: LexiconDetector, text: str
) -> None:
    assert "legal_threat" not in serious(detector, text)


# ------------------------------------------------------------------ what I might do
@pytest.mark.parametrize(
    "text",
    [
        "何をするか分かりませんので、そのおつもりで",
        "私も何をするか分かりませんので",
        "こっちも何しでかすか分からへんで",
        "何をするか分かりません。ご覚悟ください",
    ],
)
def test_what_the_speaker_might_do_left_open_is_a_threat(
    detector: LexiconDetector, text: str
) -> None:
    assert severity(detector, text, "violence_threat") in ("medium", "high")


@pytest.mark.parametrize(
    "text",
    [
        "息子が何をするか分からないので、ご承知おきください",
        "猫が何をするか分からないので留守番が心配です",
        "私も何をしたらいいか分かりません",
    ],
)
def test_someone_else_s_unknown_acts_are_no_threat(detector: LexiconDetector, text: str) -> None:
    assert "violence_threat" not in serious(detector, text)


# ------------------------------------------------------------------ doxxing told as done
@pytest.mark.parametrize(
    "text",
    [
        "あの店員のこと色々調べた。家もだいたい分かった",
        "担当者の本名、もう割れとるで",
        "お前の住所はもう突き止めたからな",
        "店長の勤務先も実家も把握しております",
    ],
)
def test_a_staff_member_s_name_or_home_found_out_is_intrusion(
    detector: LexiconDetector, text: str
) -> None:
    assert severity(detector, text, "privacy_intrusion") in ("medium", "high")


@pytest.mark.parametrize(
    "text",
    [
        "家もだいたい分かったので、今度遊びに行きます",
        "犯人の顔が割れたらしいです",
        "担当者さんのおかげで住所の書き方が分かった",
        "御社の住所はもう分かったので大丈夫です",
    ],
)
def test_an_address_learnt_or_a_culprit_named_is_no_intrusion(
    detector: LexiconDetector, text: str
) -> None:
    assert "privacy_intrusion" not in serious(detector, text)


# ------------------------------------------------------------------ a deadline, or else
@pytest.mark.parametrize(
    "text",
    [
        "今日中に対応しなかったら絶対に許さないから",
        "明日までに返金がなければ、許しませんよ",
        "今夜中に電話してこんかったら許さんで",
    ],
)
def test_a_deadline_with_no_forgiveness_is_pressure(detector: LexiconDetector, text: str) -> None:
    assert severity(detector, text, "pressure_language") in ("medium", "high")


@pytest.mark.parametrize(
    "text",
    [
        "今日中に出さないと部長が許さないので、早めに送ってもらえますか",
        "明日までに片付けないと許さないよ、と息子に言いました",
    ],
)
def test_someone_else_s_deadline_is_no_pressure(detector: LexiconDetector, text: str) -> None:
    assert "pressure_language" not in serious(detector, text)


# ------------------------------------------------------------------ every payment back
@pytest.mark.parametrize(
    "text",
    [
        "これまで払ってきた会費、全部返せ",
        "今までの月額料金を全額返金してもらいます",
        "今まで支払った分、まとめて返してください",
    ],
)
def test_every_payment_so_far_asked_back_is_excessive(detector: LexiconDetector, text: str) -> None:
    assert severity(detector, text, "excessive_demand") in ("medium", "high")


@pytest.mark.parametrize(
    "text",
    [
        "今までの支払いで二重に引き落とされた分を返金してください",
        "これまで払った分の領収書を全部ください",
        "今まで払った分って返金されるんですか",
    ],
)
def test_a_refund_owed_or_asked_about_is_no_excess(detector: LexiconDetector, text: str) -> None:
    assert "excessive_demand" not in serious(detector, text)


# ------------------------------------------------------------------ a named person, politely
@pytest.mark.parametrize(
    "text",
    [
        "佐々木様からのご連絡は一切お断りします",
        "佐々木様の処分内容をご報告ください",
        "中村さんからの電話は今後一切不要です",
        "中村さんに対する厳正な処分を求めます",
    ],
)
def test_a_named_person_refused_or_punished_is_naming(detector: LexiconDetector, text: str) -> None:
    assert severity(detector, text, "staff_naming") in ("medium", "high")


@pytest.mark.parametrize(
    "text",
    [
        "佐々木様からのご連絡をお待ちしております",
        "中村さんからの電話は夕方なら大丈夫です",
        "古い家具の処分について小林さんに伺いました",
    ],
)
def test_a_named_person_awaited_or_consulted_is_no_naming(
    detector: LexiconDetector, text: str
) -> None:
    assert "staff_naming" not in serious(detector, text)

"""A letter's wrapping is not what the customer repeats (:mod:`mamori.detect.text.letter`).

E-mails and web forms wrap every message of a customer in the same salutation,
reference line, closing and signature, and often quote the earlier exchange below.
The repetition detector compares the body's own sentences: different questions in one
wrapping are different messages, one demand in different wrappings is the same demand,
and a quoted earlier message does not make a new question a copy of it.

Texts are written for these tests (furniture, a language school, a gym, a pharmacy,
a rail pass, a photo lab), in several letter styles of each language, with the stub
analyser of ``test_repetition`` (every message carries a demand cue).
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from mamori.detect.text.letter import letter_body
from mamori.detect.text.said import said
from mamori.domain.contract import ContactEvent

from .test_repetition import START, engine, ev, repetitions

# --- wrappings: the same long greeting and signature, several styles --------------------

EN_FORMAL = (
    "Dear Sir or Madam,\n\n"
    "I hope this email finds you well. My name is Harriet Olsen.\n"
    "Order ref 55120-B\n\n"
    "{body}\n\n"
    "Thank you for your time and I look forward to your reply.\n\n"
    "Kind regards,\n"
    "Harriet Olsen\n"
    "Flat 4, 22 Bramble Road\n"
    "Leeds LS6 2QT\n"
    "Tel: +44 113 496 0321\n"
)
EN_CASUAL = (
    "Hello team,\n"
    "Re: Account of Devika Raman, membership no. GYM-88412\n"
    "{body}\n"
    "Thanks in advance!\n"
    "Cheers,\n"
    "Devika\n"
    "--\n"
    "Devika Raman | Senior Analyst, Regional Freight Planning | Northwind Logistics\n"
    "4th Floor, Prestige Towers, Residency Road, Bengaluru 560025\n"
    "m: +91 98450 12345 | devika.raman@northwind.example\n"
    "Sent from my iPhone\n"
)
JA_BUSINESS = (
    "株式会社サンプル家具\n"
    "カスタマーサポート ご担当者様\n\n"
    "いつもお世話になっております。\n"
    "有限会社ミドリ印刷の山田と申します。\n"
    "注文番号：A-20931\n\n"
    "{body}\n\n"
    "お忙しいところ恐れ入りますが、よろしくお願いいたします。\n\n"
    "━━━━━━━━━━━━━━━━\n"
    "有限会社ミドリ印刷 総務部\n"
    "山田 花子\n"
    "〒150-0001 東京都渋谷区神宮前1-2-3\n"
    "TEL：03-1234-5678\n"
    "Mail：hanako@midori.example.jp\n"
    "━━━━━━━━━━━━━━━━\n"
)
JA_PLAIN = (
    "お客様相談室 御中\n"
    "お世話になります。会員番号 K7730215 の佐々木です。\n"
    "{body}\n"
    "以上、ご確認のほどよろしくお願い申し上げます。\n"
    "佐々木 恒一（ささき こういち）\n"
    "神奈川県横浜市港北区新横浜三丁目2番1号 グリーンハイツ405号室\n"
    "携帯：090-8765-4321\n"
)
JA_FORM = (
    # Half-width punctuation (｡ ､), as some mail clients and forms send it.
    "お問い合わせです｡\n\n{body}\n\n以上､よろしくお願いいたします｡\n\n"
    "株式会社ハヤシ工務店 経理部\n林 由美子\nTEL 06-1234-9876 / FAX 06-1234-9877\n"
    "大阪府大阪市北区梅田2-4-9 梅田センタービル12F\n"
)

#: Four different questions per language (none repeats another).
EN_QUESTIONS = (
    "Could you tell me whether the walnut bookshelf can be assembled without a drill?",
    "Is it possible to pay the remaining balance by bank transfer instead of card?",
    "Do you deliver to a second floor flat with no lift, and is there an extra fee?",
    "What is the width of the matching side table, the catalogue does not say?",
)
#: The casual wrapping's gym: short questions, as such mails are.
EN_GYM_QUESTIONS = (
    "any parking at the Riverside branch?",
    "can I freeze my plan for June?",
    "is the sauna open on Sundays?",
    "do you sell day passes for guests?",
)
JA_QUESTIONS = (
    "組み立て式の本棚は電動ドリルがなくても組み立てられますか。",
    "残りの代金をカードではなく銀行振込で支払うことはできますか。",
    "エレベーターのない二階への配送は可能でしょうか、追加料金はかかりますか。",
    "同じシリーズのサイドテーブルの幅を教えてください、カタログに載っていません。",
)


def _four(texts: list[str]) -> list[ContactEvent]:
    return [ev(i, START + timedelta(days=i, hours=i), t) for i, t in enumerate(texts)]


@pytest.mark.parametrize(
    ("wrapping", "questions"),
    [
        (EN_FORMAL, EN_QUESTIONS),
        (EN_CASUAL, EN_GYM_QUESTIONS),
        (JA_BUSINESS, JA_QUESTIONS),
        (JA_PLAIN, JA_QUESTIONS),
        (JA_FORM, JA_QUESTIONS),
    ],
)
def test_different_questions_in_one_wrapping_are_not_a_repeat(
    wrapping: str, questions: tuple[str, ...]
) -> None:
    texts = [wrapping.format(body=q) for q in questions]
    assert repetitions(engine(), _four(texts)) == []


# --- the same demand in different wrappings ---------------------------------------------

EN_DEMAND = "Cancel my lesson package and refund the unused twelve lessons to my card this week."
JA_DEMAND = "レッスンパックを解約して、未受講の12回分を今週中にカードへ返金してください。"

EN_WRAPPINGS = (
    "Hi there,\n{body}\nThanks,\nMarco\nMarco Bellini, Fourth-year student (Evening Japanese B2)",
    "To whom it may concern:\n\nBooking number: LS-40917\n\n{body}\n\n"
    "Yours faithfully,\nMarco Bellini\n12 Quay Street, Galway\nPhone: 091 555 0142",
    "Good morning Ms Tanaka,\n\nI hope you are doing well.\n{body}\n"
    "I look forward to hearing from you.\n\nBest wishes\nM. Bellini\nmarco.b@mailbox.example\n"
    "Apartment 3C, Harbour View Residences, Dock Road\nwww.marcobellini-photo.example",
    "{body}\n\nSent from my Android\n\n"
    "On Tue, 8 Jul 2026 at 09:14, Lingua School <office@lingua.example> wrote:\n"
    "> Dear Marco, thank you for contacting Lingua School.\n"
    "> We will get back to you shortly.",
)
JA_WRAPPINGS = (
    "語学スクール ご担当者様\n突然のご連絡失礼いたします。\n{body}\nよろしくお願いします。",
    "いつもお世話になっております。ベリーニと申します。\n"
    "受付番号：R-0042\n{body}\n何卒よろしくお願い申し上げます。\n"
    "-----\nマルコ・ベリーニ\n電話：080-1111-2222\n-----",
    "お疲れ様です。\n{body}\nご返信お待ちしております。\n\nベリーニ\niPhoneから送信",
    "{body}\n以上です。\n\n2026年7月8日(水) 9:14 語学スクール <office@lingua.example.jp>:\n"
    "> いつもご利用ありがとうございます。\n> 担当者より改めてご連絡いたします。",
)


@pytest.mark.parametrize(
    ("wrappings", "demand"), [(EN_WRAPPINGS, EN_DEMAND), (JA_WRAPPINGS, JA_DEMAND)]
)
def test_one_demand_in_different_wrappings_is_still_a_repeat(
    wrappings: tuple[str, ...], demand: str
) -> None:
    texts = [w.format(body=demand) for w in wrappings]
    assert [(r.severity, len(r.event_ids)) for r in repetitions(engine(), _four(texts))] == [
        ("medium", 4)
    ]


# --- an earlier message quoted or forwarded below a new question ------------------------

EN_OLD = (
    "Please send the pharmacy invoice for my November prescriptions to my work address, "
    "not to my home, because my employer reimburses it and needs the original paper copy."
)
JA_OLD = (
    "十一月分の処方薬の領収書を自宅ではなく勤務先の住所宛てに郵送してください。"
    "会社の健康保険組合に提出するので、コピーではなく原本が必要です。"
    "宛名は個人名ではなく部署名でお願いします。"
)
EN_NEW = "Open on Saturday?"
JA_NEW = "土曜日は営業してる？"

EN_QUOTES = (
    # Outlook: a header block, the earlier message unmarked below it.
    "{new}\n\n________________________________\nFrom: Priya Nair <priya@home.example>\n"
    "Sent: Monday, July 6, 2026 10:02 AM\nTo: Pharmacy Orders <orders@pharm.example>\n"
    "Subject: invoice\n\n{old}",
    # A forward with its own header.
    "{new}\n\nBegin forwarded message:\n\nFrom: Priya Nair <priya@home.example>\n"
    "Date: 6 July 2026\nSubject: invoice\n\n{old}",
)
JA_QUOTES = (
    "{new}\n\n差出人: 中村 美咲 <misaki@home.example.jp>\n送信日時: 2026年7月6日 10:02\n"
    "宛先: 調剤薬局 <orders@pharm.example.jp>\n件名: 領収書\n\n{old}",
    "{new}\n\n2026年7月6日(月) 10:02 中村 美咲 <misaki@home.example.jp>:\n{old}",
)


@pytest.mark.parametrize(
    ("quote", "old", "new"),
    [(q, EN_OLD, EN_NEW) for q in EN_QUOTES] + [(q, JA_OLD, JA_NEW) for q in JA_QUOTES],
)
def test_a_quoted_earlier_message_does_not_make_a_new_question_a_repeat(
    quote: str, old: str, new: str
) -> None:
    # The demand three times, then a new question with the demand quoted below it: the
    # new question is not the fourth.
    texts = [old, old, old, quote.format(new=new, old=old)]
    assert repetitions(engine(), _four(texts)) == []


# --- what stays ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        ("Hi Dana, the adapter still sparks. Replace it.", "the adapter still sparks", "Dana"),
        ("Thanks for nothing. Refund me today.", "Thanks for nothing", ""),
        ("お客様は神様だろ。返金しろ。\nよろしく", "お客様は神様", "よろしく"),
        ("Regards,\nTom\nP.S. I still want the photo prints reprinted.", "reprinted", "Tom"),
        ("以上の理由から、全額返金を求めます。", "以上の理由から", ""),
        ("Order 55120 arrived broken, I want a new one.", "arrived broken", ""),
        ("Kindly call me back at 090-2222-3333 today.", "090-2222-3333", ""),
        ("Dear me, this is the third time I ask for the refund.", "third time", ""),
        # A sign-off above the first sentence: what follows is no signature.
        ("Thanks\nwhere is my refund", "where is my refund", ""),
        ("よろしく\n返金しろ", "返金しろ", ""),
        ("お世話になっております。先日お願いした返金がまだです。", "返金がまだ", "世話"),
    ],
)
def test_the_customers_own_sentences_stay(text: str, kept: str, gone: str) -> None:
    body = letter_body(text)
    assert kept in body
    if gone:
        assert gone not in body


def test_a_message_that_is_only_wrapping_has_no_body() -> None:
    assert said("Dear team,\n\nKind regards,\nAnna Berg\nTel: 0171 555 0199", "email") == ""
    assert said("お世話になっております。\nよろしくお願いいたします。\n田中", "web_form") == ""


def test_a_forward_with_nothing_above_it_keeps_the_forwarded_text() -> None:
    # A customer forwarding their own earlier demand as it was sends that demand again.
    text = f"Begin forwarded message:\n\nFrom: Priya <p@home.example>\nDate: 6 July\n\n{EN_OLD}"
    assert "pharmacy invoice" in said(text, "email")

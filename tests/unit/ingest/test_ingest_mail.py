"""E-mail → ContactEvent on real-world shapes built with the standard library:
ISO-2022-JP, Shift_JIS (cp932 characters), quoted-printable, base64,
multipart/alternative, HTML only, replies, forwards, signatures, attachments, and
broken messages that fail alone with a clear reason."""

from __future__ import annotations

import base64
import mailbox
from datetime import UTC, datetime
from email.header import Header
from email.message import EmailMessage, Message
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path

import orjson
import pytest

from mamori.domain.contract import ContactEvent
from mamori.domain.validation import Limits, decode_contact_event
from mamori.ingest.batch import Accepted, Rejected
from mamori.ingest.mail import MailConfig, MailError, parse_message
from mamori.ingest.mailbox import item_of, read_maildir, read_mbox
from mamori.ingest.submit import verdicts_of

CONFIG = MailConfig.of(["support@example.co.jp", "info@example.co.jp"], "mail-test")
DATE = "Mon, 06 Jul 2026 10:15:00 +0900"


def _headers(msg: Message, mid: str = "<a1@mail.example.jp>", **extra: str) -> Message:
    msg["From"] = extra.pop("From", "山田 太郎 <Taro.Yamada@example.jp>")
    msg["To"] = extra.pop("To", "サポート <support@example.co.jp>")
    msg["Date"] = DATE
    msg["Message-ID"] = mid
    for k, v in extra.items():
        msg[k.replace("_", "-")] = v
    return msg


def test_iso_2022_jp_plain_text_inbound() -> None:
    body = "注文した商品がまだ届きません。\n至急対応してください。\n"
    msg = MIMEText(body, "plain", "iso-2022-jp")
    msg["Subject"] = Header("配送について", "iso-2022-jp")
    raw = _headers(msg).as_bytes()
    assert b"\x1b$B" in raw  # really ISO-2022-JP on the wire
    ev = parse_message(raw, CONFIG)
    assert ev["subject"] == "配送について"
    assert ev["text"] == body.strip()
    assert ev["direction"] == "inbound"
    assert ev["customer_id"] == "taro.yamada@example.jp"
    assert ev["agent_id"] is None
    assert ev["channel"] == "email" and ev["source"] == "mail-test"
    assert ev["occurred_at"] == "2026-07-06T01:15:00.000Z"
    assert ev["event_id"].startswith("mail-")
    assert ev["thread_id"].startswith("mail-thread-")
    assert isinstance(decode_contact_event(orjson.dumps(ev)), ContactEvent)


def test_shift_jis_base64_with_cp932_characters() -> None:
    body = "①返金を要求します。～本日中に～\r\n"
    msg = Message()
    msg["Content-Type"] = 'text/plain; charset="Shift_JIS"'
    msg["Content-Transfer-Encoding"] = "base64"
    msg.set_payload(base64.encodebytes(body.encode("cp932")).decode())
    msg["Subject"] = "=?Shift_JIS?B?" + base64.b64encode("返金".encode("cp932")).decode() + "?="
    ev = parse_message(_headers(msg).as_bytes(), CONFIG)
    assert ev["text"] == "①返金を要求します。～本日中に～"
    assert ev["subject"] == "返金"


def test_quoted_printable_utf8() -> None:
    msg = EmailMessage()
    msg.set_content(
        "ご担当者様\n\n対応が遅すぎます。責任者から電話をください。", cte="quoted-printable"
    )
    raw = _headers(msg).as_bytes()
    assert b"=E5" in raw.upper() or b"=E3" in raw.upper()
    ev = parse_message(raw, CONFIG)
    assert ev["text"] == "ご担当者様\n\n対応が遅すぎます。責任者から電話をください。"


def test_multipart_alternative_prefers_plain_and_html_only_is_converted() -> None:
    alt = MIMEMultipart("alternative")
    alt.attach(MIMEText("plain version", "plain", "utf-8"))
    alt.attach(MIMEText("<p>html <b>version</b></p>", "html", "utf-8"))
    assert parse_message(_headers(alt).as_bytes(), CONFIG)["text"] == "plain version"

    html = MIMEText(
        "<html><body><p>今すぐ<b>返金</b>しろ。</p><p>Call me <a href='http://x'>here</a></p>"
        "<img src='cid:logo'></body></html>",
        "html",
        "utf-8",
    )
    text = parse_message(_headers(html, "<h1@x>").as_bytes(), CONFIG)["text"]
    assert "今すぐ返金しろ。" in text and "Call me here" in text
    assert "<" not in text and "http://x" not in text


def test_reply_thread_strips_quotes_and_signature() -> None:
    root = "<root-1@mail.example.jp>"
    body = "まだ返事がありません。どうなっているのですか。\n\n--\n山田 太郎\n090-1234-5678\n"
    quoted = (
        body.split("--")[0] + "2026年7月5日(日) 18:02 サポート <support@example.co.jp>:\n"
        "> お問い合わせありがとうございます。\n"
        "> 確認いたします。\n"
    )
    first = parse_message(
        _headers(MIMEText("最初の問い合わせ", "plain", "utf-8"), root).as_bytes(), CONFIG
    )
    reply_msg = MIMEText(quoted + "\n--\n山田 太郎\n090-1234-5678\n", "plain", "utf-8")
    reply = parse_message(
        _headers(
            reply_msg,
            "<r2@mail.example.jp>",
            In_Reply_To="<s1@example.co.jp>",
            References=f"{root} <s1@example.co.jp>",
        ).as_bytes(),
        CONFIG,
    )
    assert reply["text"] == "まだ返事がありません。どうなっているのですか。"
    assert reply["thread_id"] == first["thread_id"]  # root of References
    assert reply["event_id"] != first["event_id"]

    signature_rule = MIMEText(
        "I want a refund today.\n\n-----Original Message-----\nFrom: support\nWe are sorry",
        "plain",
    )
    assert parse_message(_headers(signature_rule, "<o1@x>").as_bytes(), CONFIG)["text"] == (
        "I want a refund today."
    )
    ja_sig = MIMEText(
        "請求書の件、至急連絡ください。\n\n━━━━━━━━━━━━━━\n株式会社サンプル\n山田 太郎\nTEL 03-1234-5678\n",
        "plain",
        "utf-8",
    )
    assert parse_message(_headers(ja_sig, "<o2@x>").as_bytes(), CONFIG)["text"] == (
        "請求書の件、至急連絡ください。"
    )
    gmail = MIMEText(
        "Still waiting.\n\nOn Mon, Jul 6, 2026 at 10:00 AM Support <support@example.co.jp> wrote:\n> ok\n\nSent from my iPhone",
        "plain",
    )
    assert parse_message(_headers(gmail, "<o3@x>").as_bytes(), CONFIG)["text"] == "Still waiting."


def test_forward_keeps_only_the_new_note() -> None:
    msg = MIMEText(
        "これを見てください。ひどい対応です。\n\n---------- Forwarded message ---------\n"
        "From: 別の人 <other@example.jp>\nSubject: 以前の件\n\n以前の本文\n",
        "plain",
        "utf-8",
    )
    msg["Subject"] = "Fwd: 以前の件"
    ev = parse_message(_headers(msg, "<f1@x>").as_bytes(), CONFIG)
    assert ev["text"] == "これを見てください。ひどい対応です。"
    assert ev["subject"] == "Fwd: 以前の件"


def test_attachments_listed_by_name_and_size_only() -> None:
    outer = MIMEMultipart("mixed")
    outer.attach(MIMEText("写真を添付します。", "plain", "utf-8"))
    pdf = MIMEApplication(b"%PDF-1.4 secret invoice content" * 10, "pdf")
    pdf.add_header("Content-Disposition", "attachment", filename=("utf-8", "", "請求書.pdf"))
    outer.attach(pdf)
    img = MIMEApplication(b"\x89PNG" + b"\x00" * 100, "png")
    img.add_header("Content-Disposition", "attachment", filename="photo.png")
    outer.attach(img)
    ev = parse_message(_headers(outer, "<att@x>").as_bytes(), CONFIG)
    assert ev["attachments"] == [
        {"name": "請求書.pdf", "size": 310},
        {"name": "photo.png", "size": 104},
    ]
    assert ev["text"] == "写真を添付します。"
    assert "secret" not in orjson.dumps(ev).decode()


def test_outbound_from_support_address() -> None:
    msg = MIMEText("ご連絡ありがとうございます。", "plain", "utf-8")
    ev = parse_message(
        _headers(
            msg, "<out@x>", From="Support <Support@Example.co.jp>", To="Taro <taro@example.jp>"
        ).as_bytes(),
        CONFIG,
    )
    assert ev["direction"] == "outbound"
    assert ev["customer_id"] == "taro@example.jp"
    assert ev["agent_id"] == "support@example.co.jp"


def test_same_message_same_event() -> None:
    raw = _headers(MIMEText("hello", "plain")).as_bytes()
    assert parse_message(raw, CONFIG) == parse_message(raw, CONFIG)
    other = _headers(MIMEText("hello", "plain"), "<different@x>").as_bytes()
    assert parse_message(other, CONFIG)["event_id"] != parse_message(raw, CONFIG)["event_id"]


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "empty message"),
        (b"\x00\x01\x02 binary junk without headers", "no header block"),
        (b"From: a@example.jp\r\nDate: " + DATE.encode() + b"\r\n\r\nno id", "no Message-ID"),
        (b"Message-ID: <x@y>\r\nDate: " + DATE.encode() + b"\r\n\r\nno sender", "no sender"),
        (
            b"Message-ID: <x@y>\r\nFrom: a@example.jp\r\nDate: someday\r\n\r\nbad date",
            "Date header",
        ),
    ],
)
def test_malformed_messages_fail_with_a_clear_reason(raw: bytes, reason: str) -> None:
    with pytest.raises(MailError, match=reason):
        parse_message(raw, CONFIG)


def test_missing_date_uses_the_arrival_time() -> None:
    raw = b"Message-ID: <x@y>\r\nFrom: a@example.jp\r\n\r\nhello"
    at = datetime(2026, 7, 6, 3, 0, tzinfo=UTC)
    assert parse_message(raw, CONFIG, received_at=at)["occurred_at"] == "2026-07-06T03:00:00.000Z"


def test_mbox_and_maildir_one_broken_message_the_rest_continue(tmp_path: Path) -> None:
    good = [_headers(MIMEText(f"message {i}", "plain"), f"<m{i}@x>") for i in range(3)]
    broken = Message()
    broken["From"] = "a@example.jp"
    broken.set_payload("no message id")
    box = mailbox.mbox(tmp_path / "inbox.mbox")
    for m in (good[0], broken, good[1], good[2]):
        box.add(m)
    box.flush()
    box.close()
    items = [item_of(raw, where, CONFIG) for where, raw in read_mbox(tmp_path / "inbox.mbox")]
    verdicts = list(verdicts_of(items, limits=Limits()))
    assert [type(v) for v in verdicts] == [Accepted, Rejected, Accepted, Accepted]
    bad = verdicts[1]
    assert isinstance(bad, Rejected) and bad.reason == "mail_unparseable"
    assert "Message-ID" in bad.detail and bad.where.endswith("#1")
    assert b"no message id" in bad.value  # the original bytes, for the dead-letter topic

    md = mailbox.Maildir(tmp_path / "Maildir")
    for m in good:
        md.add(m)
    md.close()
    again = [item_of(raw, w, CONFIG) for w, raw in read_maildir(tmp_path / "Maildir")]
    assert sorted(i.event["event_id"] for i in again if i.event) == sorted(
        i.event["event_id"] for i in items if i.event
    )


def test_customer_lines_that_look_like_markers_are_kept() -> None:
    from mamori.ingest.mailtext import strip_quotes_and_signature

    text = "2026年7月5日に注文した件について：\nまだ届きません。\nAs I said before: refund it."
    assert strip_quotes_and_signature(text) == text

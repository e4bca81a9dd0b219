"""Legal notices in an e-mail's signature block are not the customer's words
(``mamori.detect.text.notice``); every sentence here is written for these tests."""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from mamori.detect.text.notice import without_notices
from mamori.detect.text.transcript import customer_lines
from unit.detect.support import assert_fires, serious

EN_NOTICE = (
    "Hello,\n\nCould you move my meter reading appointment to Friday?\n\n"
    "Kind regards,\nTomasz Nowak\nFacilities Coordinator | Harbourside Ltd\n"
    "NOTICE: This email and its attachments are confidential. If you received it in "
    "error, please delete it; any disclosure may result in legal action. We will sue "
    "for any misuse."
)
JA_NOTICE = (
    "お世話になっております。\n請求書の再発行をお願いできますでしょうか。\n\n"
    "――――――――――\n北浜運輸株式会社 経理部\n小西 真一\n"
    "このメールには機密情報が含まれています。誤って受信された方は削除してください。"
    "本メールを無断で第三者に開示した場合、法的措置を講じることがあります。"
)


def test_the_notice_goes_and_the_message_stays() -> None:
    assert without_notices(EN_NOTICE).rstrip().endswith("Harbourside Ltd")
    assert "Friday" in without_notices(EN_NOTICE)
    kept = without_notices(JA_NOTICE)
    assert "再発行" in kept and "小西" in kept and "法的措置" not in kept
    assert "法的措置" not in customer_lines(JA_NOTICE)


def test_a_notice_heading_starts_the_notice_wherever_it_stands() -> None:
    text = "Refund the deposit please.\n\nDISCLAIMER: the contents of this message are "
    text += "privileged. Unauthorised use may lead to claims for damages."
    assert "damages" not in without_notices(text)


def test_no_indicator_for_a_business_customers_notice(detector: LexiconDetector) -> None:
    assert not serious(detector, EN_NOTICE)
    assert not serious(detector, JA_NOTICE)


def test_the_customers_own_words_about_the_message_stay(detector: LexiconDetector) -> None:
    # In the signature block, but first person: the customer's threat, not a notice.
    text = (
        "Still no refund.\n\nRegards,\nMick\nI will forward this email to my lawyer and "
        "sue you, and it is not confidential."
    )
    assert "sue you" in without_notices(text)
    assert_fires(detector, "legal_threat", [text])
    # Outside a signature block, a sentence about "this e-mail" is the message.
    body = "Unauthorised charges again. This email is your last warning: I will sue."
    assert without_notices(body + "\nthanks") == body + "\nthanks"
    assert_fires(detector, "legal_threat", [body])
    ja = "返金しろ。\n\n――――\n山田\n本メールの内容は弁護士に見せてあるからな、訴えるぞ。"
    assert_fires(detector, "legal_threat", [ja])

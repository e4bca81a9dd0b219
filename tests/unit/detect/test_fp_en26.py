"""English false alarms of benign customer messages read for the first time
(docs/quality.md), fixed by mechanism. Every sentence here is written for these tests,
none is a set's line.

- someone else's legal trouble passed on as news the customer came upon ("I read that
  your firm is being sued over the recall — is my unit affected?") is no legal threat;
  the speaker's side, a modal, a condition, an order or a lawyer after the source keeps
  it one;
- a platform's name before what the company publishes or sells there ("your Instagram
  ad", "your tiktok live", "ur insta story") is the company's channel, not someone's
  private account;
- a post the customer wishes to make and asks the company's consent or rules for in
  the next sentence ("… Do you have brand guidelines or an approval process?"), the
  speaker's own team as its makers, threatens nothing; announced, hostile, the
  exchange itself or the listener's people in it, it still does;
- a yes/no question whether a named member still works there ("Is Tanaka still working
  there?") is an inquiry, not a call for their removal; "why is … still …" and
  disbelief after it stay;
- how someone feels ("why are you feeling crap") is no insult of them."""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from unit.detect.support import assert_clear, assert_fires


def test_legal_trouble_heard_as_news_is_no_threat(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "legal_threat",
        [
            "My brother read online that your firm is being sued over the dehumidifier fires. Should I stop using ours?",
            "i heard ur getting taken to court about the data leak, is my card info safe??",
            "Saw on the local news that the company was fined by the regulator last spring - does that change my contract?",
            "Apparently your parent company is facing a class action in the States; will UK orders still ship?",
            "A neighbour said the developer is in court over the cladding, any idea when our flats get looked at?",
        ],
    )
    # The speaker's side, a modal, a condition, an order, a lawyer, or no source: a threat.
    assert_fires(
        detector,
        "legal_threat",
        [
            "I read your so-called final response and I am taking you to court.",
            "I heard what your manager said, so see you in court.",
            "My solicitor read the file and says we will sue.",
            "I saw the news, you are going to be sued by me and everyone else you ripped off.",
            "I read your reply. If the refund is not here by Friday, you'll be in small claims court.",
            "Your company is being taken to court over this, mark my words.",
        ],
    )


def test_platform_before_company_publication_is_no_private_account(
    detector: LexiconDetector,
) -> None:
    assert_clear(
        detector,
        "privacy_intrusion",
        [
            "Your facebook advert showed the sofa in grey but only beige is on the website, which one is right?",
            "the discount code from ur tiktok live doesnt work at checkout",
            "Saw the giveaway on ur insta story - how do I enter?",
            "Your Instagram shop still lists size 8 as in stock, is that correct?",
            "I followed the link in your twitter post and got a 404.",
        ],
    )
    assert_fires(
        detector,
        "privacy_intrusion",
        [
            "whats your instagram? you seem fun",
            "drop your snapchat so we can talk after your shift",
            "What's your insta account, I want to follow you",
            "send me ur snap babe",
        ],
    )


def test_post_asked_consent_for_is_no_threat(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "online_defamation_threat",
        [
            "Our comms team would like to showcase your software in a webinar and post the slides on LinkedIn. Is there an approval process for that?",
            "We'd love to share our wedding photos with your cake on Instagram. Who should we ask for permission?",
            "I'm hoping to post a video review of the mixer on YouTube. Do I need your approval to show the logo?",
            "My team wants to post the case study on twitter. What's the sign-off process on your side?",
        ],
    )
    # Announced, hostile, the exchange itself or the listener's people: still a threat.
    assert_fires(
        detector,
        "online_defamation_threat",
        [
            "I'll post this whole conversation on twitter. Do you have guidelines for that?",
            "We'd love to post about your rude staff on facebook. Do we need your approval?",
            "We would like to share the recording of your agent on LinkedIn. Do you have guidelines?",
            "Refund me or I'll post it on LinkedIn. Do you have an approval process for refunds?",
        ],
    )


def test_asking_whether_a_named_member_still_works_there_is_no_naming(
    detector: LexiconDetector,
) -> None:
    assert_clear(
        detector,
        "staff_naming",
        [
            "Is Tanaka still working there?",
            "Does Nakamura still work at the Leeds branch? She did my kitchen plans.",
            "hi is Yamada still there? he fitted my boiler last year and I'd like him again",
        ],
    )
    assert_fires(
        detector,
        "staff_naming",
        [
            "Why is Tanaka still working there?",
            "How is Nakamura still working there after what she did?",
            "Is Suzuki still working there after the way he spoke to me?",
            "Tanaka is still working there. Fire him.",
        ],
    )


def test_how_someone_feels_is_no_insult(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "abusive_language",
        ["why are you feeling crap", "u r feelin like crap again? get well soon"],
    )
    assert_fires(
        detector,
        "abusive_language",
        ["you look like crap", "you are crap at this", "you're a piece of crap and you know it"],
    )

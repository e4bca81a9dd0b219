"""False positives of a contact-centre stream read for the first time (docs/quality.md),
fixed by mechanism. Every sentence here is written for these tests, none is a stream's
line.

- good news passed on to a named staff member ("please tell Aiko the move went
  smoothly", "… we could never have managed it without him") is no staff naming;
- a post the customer wishes to make and asks leave for in the next sentence ("we'd
  like to put our video on YouTube. Would that be alright?") threatens nothing;
- a deadline read somewhere and compared ("the deadline in the prospectus says March")
  is no deadline set;
- someone's lawyer told as having asked for papers ("the other driver's solicitor
  requested the rental agreement") is no legal pressure;
- the polite negative question 〜ませんか (「〜しないといけませんか」「来ませんか」) is
  no Kansai rhetorical order (「謝らんかい」);
- a word of shame told as the speaker's own feeling (「親戚の前で情けなかったです」
  「情けない思いをしました」) is no insult."""

from __future__ import annotations

from mamori.detect import clauses as cl
from mamori.detect.content import LexiconDetector
from mamori.detect.morph import Analyser
from unit.detect.support import assert_clear, assert_fires


def codes(det: LexiconDetector, text: str) -> set[str]:
    """Every code of ``text``'s indicators, low included."""
    return {h.category.value for h in det.analyse(None, text, "email").hits}


def test_good_news_passed_on_to_a_named_member_is_no_naming(detector: LexiconDetector) -> None:
    for text in [
        "Please tell Tanaka the cremation went smoothly. The whole family is grateful.",
        "Tell Suzuki it all turned out beautifully.",
        "Can you tell Kimura the surgery went perfectly",
        "Tell Tanaka the day came off without a hitch.",
    ]:
        assert "staff_naming" not in codes(detector, text), text
    # The outcome denied, blame beside it, a condition, or no word passed on: still naming.
    assert_fires(
        detector,
        "staff_naming",
        [
            "Tell Tanaka nothing went smoothly and she should be fired.",
            "Tell Tanaka the paperwork went smoothly but she is useless.",
            "tell tanaka everything went fine, if she wants to keep her job",
            "Tell Tanaka she'd better call me back today.",
            "Fire Tanaka. We couldn't have lost more money without her.",
        ],
    )


def test_post_asked_leave_for_is_no_threat(detector: LexiconDetector) -> None:
    for text in [
        "We'd like to put the video of our ceremony on YouTube and tag you. Would that be alright?",
        "We'd love to post our engagement shots on Instagram. Is that OK?",
        "I was hoping to post the photos on facebook and tag you. Do you mind?",
    ]:
        assert "online_defamation_threat" not in codes(detector, text), text
    # Announced, the listener's people in it, or hostile: the question changes nothing.
    assert_fires(
        detector,
        "online_defamation_threat",
        [
            "I'll post this whole mess on twitter and tag you. Is that fine?",
            "I want to put the recording of your receptionist on tiktok. Is that ok?",
            "We'd love to post about your rude staff on facebook. Is that OK?",
            "I want to post what you did on twitter. Is that ok?",
        ],
    )


def test_deadline_read_somewhere_is_no_deadline_set(detector: LexiconDetector) -> None:
    for text in [
        "The deadline in the prospectus says March but the portal says April. Which applies?",
        "The deadline stated in your email conflicts with the form.",
        "Is the deadline listed on the letter still valid?",
    ]:
        assert "pressure_language" not in codes(detector, text), text
    assert_fires(
        detector,
        "pressure_language",
        [
            "This is your final deadline, fix it by noon.",
            "You have until Friday, that is my deadline.",
            "I'm setting a deadline on this: Friday.",
        ],
    )


def test_lawyer_who_asked_for_papers_is_no_threat(detector: LexiconDetector) -> None:
    for text in [
        "The other driver's solicitor requested the rental agreement last week, could you send me a copy?",
        "Our insurer's lawyer wanted the repair invoices.",
    ]:
        assert "legal_threat" not in codes(detector, text), text
    assert_fires(
        detector,
        "legal_threat",
        [
            "My lawyer asked me to sue you over the contract.",
            "My solicitor has asked for the contract and will be filing a claim.",
            "My lawyer will be asking for the contract.",
        ],
    )


def test_polite_negative_question_is_no_rhetorical_order(analyser: Analyser) -> None:
    def frame(text: str, word: str) -> frozenset[str]:
        a = analyser.analyse(text)
        toks = a.tokens
        head = next(i for i, t in enumerate(toks) if t.surface == word)
        return cl.frame(toks, a.lang, head, cl.clause_of(cl.clauses(toks, a.lang), head))

    for text, word in [
        ("返却の前に洗車しないといけませんか", "し"),
        ("書類を出さないといけませんか", "出さ"),
        ("一緒に見学に来ませんか", "来"),
    ]:
        f = frame(text, word)
        assert cl.IMPERATIVE not in f and cl.QUESTION in f, text
    # The plain 〜んか(い) still orders; a benefactive asked politely keeps its request.
    for text, word in [("はよ謝らんかい", "謝ら"), ("さっさと帰らんか", "帰ら")]:
        assert cl.IMPERATIVE in frame(text, word), text
    assert cl.REQUEST in frame("ちょっと待ってくれませんか", "待っ")


def test_shame_felt_by_the_speaker_is_no_insult(detector: LexiconDetector) -> None:
    for text in [
        "式の最中、親戚一同の前で本当に情けなかったです。",
        "あの日は情けない思いをしました。",
    ]:
        assert "abusive_language" not in codes(detector, text), text
    assert_fires(detector, "abusive_language", ["情けない対応しかできない店員だな。"])
    for text in [
        "お前、客の前で情けなかったぞ。",
        "担当者が客の前で情けなかった",
        "あの担当者、みんなの前で情けなかったわ。",
    ]:
        assert "abusive_language" in codes(detector, text), text
    assert_clear(detector, "abusive_language", ["自分が情けないです。"])

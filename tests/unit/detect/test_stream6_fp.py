"""False positives of the sixth other-style stream, fixed by mechanism. Every sentence
here is written for these tests, none is a stream's line.

- a consumer body or a lawyer who sent the customer to the company first is reported
  advice, no sanction announced;
- the refund or repair the terms give, claimed as one's entitlement, is no excessive
  demand (an extra on top of it still is);
- an everyday insult word that is the subject of a passive ("trash was dumped at the
  gate") names a thing acted upon, not the listener; refuse named with its collection
  is refuse."""

from __future__ import annotations

from mamori.detect.content import LexiconDetector


def codes(det: LexiconDetector, text: str) -> dict[str, str]:
    """Every code of ``text``'s indicators with its severity, low included."""
    return {h.category.value: h.severity for h in det.analyse(None, text, "email").hits}


def serious(det: LexiconDetector, text: str) -> set[str]:
    return {c for c, s in codes(det, text).items() if s in ("medium", "high")}


def test_adviser_sending_the_customer_to_the_company_first(detector: LexiconDetector) -> None:
    for text in [
        "The ombudsman told me to give you a chance to put it right.",
        "Consumer protection advised us to contact you first about the overcharge.",
        "Trading standards suggested I raise it with you before anything else.",
        "The regulator encouraged me to write to you directly, so here is my complaint.",
    ]:
        assert "legal_threat" not in serious(detector, text), text


def test_adviser_frame_leaves_real_threats(detector: LexiconDetector) -> None:
    for text in [
        "I will report you to consumer affairs if this is not fixed today.",
        "Give you a chance to fix it or I go to the regulator.",
        "The ombudsman told me to contact you first, and if you ignore this I'm suing.",
    ]:
        assert "legal_threat" in serious(detector, text), text


def test_entitlement_under_the_terms_is_no_excess(detector: LexiconDetector) -> None:
    for text in [
        "My aunt is a solicitor and she says we are entitled to a full refund under the terms.",
        "I read the policy twice and I am entitled to the replacement, please arrange it.",
        "As far as I can tell I was entitled to a repair within the warranty year.",
    ]:
        assert "excessive_demand" not in serious(detector, text), text


def test_extras_beyond_the_entitlement_still_fire(detector: LexiconDetector) -> None:
    for text in [
        "I'm entitled to the refund and compensation for my stress.",
        "I'm entitled to a voucher on top of everything.",
    ]:
        assert "excessive_demand" in serious(detector, text), text


def test_refuse_as_a_thing_is_no_insult(detector: LexiconDetector) -> None:
    for text in [
        "Trash was dumped by our gate again last night.",
        "Our garbage wasn't taken on Tuesday or Friday.",
        "Garbage pickup was skipped on our road for the third week.",
        "All the trash has been left outside the flats since Monday.",
    ]:
        assert "abusive_language" not in serious(detector, text), text


def test_insults_at_the_listener_still_fire(detector: LexiconDetector) -> None:
    for text in [
        "You are garbage.",
        "Garbage, that's what you are.",
        "Liar, you were told twice.",
        "Useless. Absolutely useless.",
    ]:
        assert "abusive_language" in serious(detector, text), text

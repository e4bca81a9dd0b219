"""Property tests: no input crashes the content detector, and its output stays bounded."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mamori.detect.content import LexiconDetector
from mamori.detect.text.normalize import fold
from mamori.detect.text.transcript import customer_lines

DETECTOR = LexiconDetector.load()

# Any Unicode (surrogates excluded: not valid in UTF-8 JSON), plus mixes of the
# characters the rules care about, so that matching paths are exercised too.
_pieces = st.sampled_from(
    [
        "客:",
        "担当:",
        "\n",
        "。",
        "?",
        "!",
        "殺す",
        "ない",
        "訴える",
        "佐藤",
        "を出せ",
        "you",
        "not",
        "sue",
        "idiot",
        "ー",
        "〜",
        "ぁ",
        " ",
        ">",
        "-----Original Message-----",
        "ORD-1234567",
        "\x00",
        "\u200b",
        "🙂",
        "ｶﾀｶﾅ",
        "Ａ",
    ]
)
_text = st.one_of(
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=400),
    st.lists(_pieces, max_size=60).map("".join),
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(subject=st.one_of(st.none(), _text), text=st.one_of(st.none(), _text))
def test_any_text_is_analysed(subject: str | None, text: str | None) -> None:
    a = DETECTOR.analyse_uncached(subject, text, "email")
    assert len({h.category for h in a.hits}) == len(a.hits)
    for h in a.hits:
        assert 0.0 <= h.score <= 1.0
        assert h.severity in ("low", "medium", "high")
        assert len(h.evidence) <= 80
    assert isinstance(a.customer_text, str)
    assert fold(a.customer_text) == a.customer_text or a.customer_text == ""


def test_huge_and_degenerate_texts() -> None:
    for text in ("殺す" * 100_000, "\x00" * 50_000, "a" * 200_000, "。" * 10_000, "客:\n" * 5_000):
        DETECTOR.analyse_uncached(None, text, "phone")
    assert DETECTOR.analyse(None, None, "email").hits == ()
    assert DETECTOR.analyse("", "", "email").hits == ()


@given(st.text(max_size=300))
def test_fold_and_transcript_never_raise(text: str) -> None:
    fold(text)
    customer_lines(text)

"""The content detector's memo: texts whose customer part is the same share one
analysis (transcripts differ in the agent's lines), and a memoised result is always
the one the text gives on its own."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mamori.detect import content
from mamori.detect.content import LexiconDetector

DETECTOR = LexiconDetector.load()


def test_transcripts_differing_in_the_agents_lines_are_analysed_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    detector = LexiconDetector.load()
    folded: list[str] = []
    real_fold = content.fold

    def counting_fold(text: str) -> str:
        folded.append(text)
        return real_fold(text)

    monkeypatch.setattr(content, "fold", counting_fold)
    customer = "Customer: I want a refund right now or I'll sue you."
    first = detector.analyse(None, f"Agent: This is Sato speaking.\n{customer}", "phone")
    second = detector.analyse(None, f"Agent: This is Tanaka, sorry.\n{customer}", "phone")
    assert len(folded) == 1
    assert second is first
    assert first.hits, "the customer's line must give a hit"


_lines = st.lists(
    st.tuples(
        st.sampled_from(["Agent: ", "Customer: ", "担当:", "客:", ""]),
        st.sampled_from(
            [
                "I want a refund right now",
                "you idiot",
                "I'll sue you",
                "thank you for calling",
                "訴えるぞ",
                "土下座しろ",
                "ありがとうございました",
                "少々お待ちください",
            ]
        ),
    ),
    min_size=1,
    max_size=5,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines=_lines, subject=st.sampled_from([None, "", "Re: order", "至急"]))
def test_a_memoised_analysis_is_the_texts_own(
    lines: list[tuple[str, str]], subject: str | None
) -> None:
    text = "\n".join(label + words for label, words in lines)
    assert DETECTOR.analyse(subject, text, "phone") == DETECTOR.analyse_uncached(
        subject, text, "phone"
    )

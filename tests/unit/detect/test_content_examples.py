"""The lexicon detector on our own labelled examples (not the shared sample).

tests/data/content_examples_{ja,en}.jsonl hold positives and hard negatives written
for these tests: dialect, casual forms, typos, angry-but-legitimate complaints,
negations, legal questions, praise of named staff. Per-code recall and precision
must stay high and no hard negative may get a medium or high hit.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from mamori.detect.content import LexiconDetector
from mamori.detect.rules import LexiconError
from mamori.domain.taxonomy import CONTENT_CATEGORIES

DATA = Path(__file__).resolve().parents[2] / "data"
FILES = ("content_examples_ja.jsonl", "content_examples_en.jsonl")


def _examples() -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for name in FILES:
        for line in (DATA / name).read_text("utf-8").splitlines():
            if line.strip():
                rows.append(json.loads(line))
    return rows


def test_fixture_files_are_big_and_varied() -> None:
    rows = _examples()
    assert len(rows) >= 150
    kinds = Counter(str(r["kind"]) for r in rows)
    assert kinds["hard_negative"] >= 50
    codes = Counter(c for r in rows for c in r["codes"])  # type: ignore[attr-defined]
    for cat in CONTENT_CATEGORIES:
        assert codes[cat.value] >= 6, f"too few examples of {cat.value}"


def test_per_code_recall_and_precision(detector: LexiconDetector) -> None:
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    misses: list[str] = []
    for row in _examples():
        want = set(row["codes"])  # type: ignore[call-overload]
        got = {h.category.value for h in detector.analyse(None, str(row["text"]), "email").hits}
        for code in want:
            if code in got:
                tp[code] += 1
            else:
                fn[code] += 1
                misses.append(f"miss {code}: {row['text']}")
        for code in got - want:
            fp[code] += 1
            misses.append(f"extra {code}: {row['text']}")
    for cat in CONTENT_CATEGORIES:
        c = cat.value
        recall = tp[c] / (tp[c] + fn[c])
        precision = tp[c] / (tp[c] + fp[c]) if tp[c] + fp[c] else 1.0
        assert recall >= 0.85, (c, recall, misses)
        assert precision >= 0.85, (c, precision, misses)


def test_hard_negatives_get_no_medium_or_high(detector: LexiconDetector) -> None:
    bad = []
    for row in _examples():
        if row["kind"] != "hard_negative":
            continue
        hits = detector.analyse(None, str(row["text"]), "email").hits
        bad.extend((row["text"], h.category.value, h.rule) for h in hits if h.severity != "low")
    assert bad == []


@pytest.mark.parametrize(
    "text",
    [
        "急ぎではありません",
        "返品の法的な期限を教えてください",
        "is there a legal warranty period?",
        "I'm not going to sue anyone",
        "担当の佐藤さんにはとても親切にしていただきました",
        "届いた商品が壊れていた、どうなってるんですか",
        "this is the third time the delivery is late, I'm really disappointed",
        "返品・交換をお願いします",
    ],
)
def test_issue_negatives_have_no_hits(detector: LexiconDetector, text: str) -> None:
    a = detector.analyse(None, text, "email")
    assert a.hits == ()
    assert not a.is_urgent


def test_staff_apology_in_transcript_is_not_customer_demand(detector: LexiconDetector) -> None:
    text = "担当: 大変申し訳ございません、謝罪文をお送りします。\n客: わかりました。"
    assert detector.analyse(None, text, "phone").hits == ()
    text = "Agent: we will send a written apology and come to your house\nCustomer: ok"
    assert detector.analyse(None, text, "phone").hits == ()


def test_demand_plus_sanction_is_high(detector: LexiconDetector) -> None:
    for text in ("今日中に返金しないと訴える", "If you don't refund me by Friday I'll sue you"):
        hits = {h.category.value: h for h in detector.analyse(None, text, "email").hits}
        assert hits["legal_threat"].severity == "high", text


def test_plain_legal_threat_is_medium_and_question_is_low(detector: LexiconDetector) -> None:
    hit = detector.analyse(None, "訴えます", "email").hits[0]
    assert (hit.category.value, hit.severity) == ("legal_threat", "medium")
    # Asking whether to see a lawyer is no pressure (contract §3): at most low. The
    # analyser reads the question frame, so the benign-frame check may drop it entirely.
    hits = detector.analyse(None, "弁護士に相談した方がいいですか？", "email").hits
    assert all(h.severity == "low" for h in hits)


def test_flags_demand_and_urgency(detector: LexiconDetector) -> None:
    a = detector.analyse(None, "至急返金してください", "email")
    assert a.is_demand and a.is_urgent
    a = detector.analyse(None, "急ぎではありませんが、返金をお願いします", "email")
    assert a.is_demand and not a.is_urgent
    a = detector.analyse(None, "Not urgent at all, thanks", "email")
    assert not a.is_urgent
    a = detector.analyse(None, "ありがとうございました", "email")
    assert not a.is_demand and not a.is_urgent


def test_customer_text_is_folded_customer_words(detector: LexiconDetector) -> None:
    a = detector.analyse("件名", "担当: 申し訳ございません\n客: ヘンキン　シテクダサイ", "phone")
    assert a.customer_text == "件名\nへんきんしてください"
    assert "申し訳" not in a.customer_text


def test_evidence_is_short_and_redacted(detector: LexiconDetector) -> None:
    text = (
        "注文番号ORD-1234567の件。連絡先は090-1111-2222、a@example.com です。"
        + "長い前置き" * 30
        + "お前の家まで行くからな、覚えとけ。"
        + "続き" * 40
    )
    hits = detector.analyse(None, text, "email").hits
    assert hits
    for h in hits:
        assert len(h.evidence) <= 80
        assert "1234567" not in h.evidence and "example.com" not in h.evidence
        assert 0.0 <= h.score <= 1.0
        assert h.rule


def test_at_most_one_hit_per_category(detector: LexiconDetector) -> None:
    text = "殺すぞ。ぶっ殺す。しばくぞ。覚えとけ。"
    cats = [h.category for h in detector.analyse(None, text, "chat").hits]
    assert len(cats) == len(set(cats)) == 1


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("轟さんを出せ", True),  # a surname the list does not know
        ("西園寺とかいう奴をクビにしろ", True),
        ("鬼塚くんに代わってよ", True),
        ("担当さんを出せ", False),  # a role, not a name
        ("店長さんを呼んでください", False),
        ("お姉さんに代わって", False),
    ],
)
def test_unknown_names_by_structure(detector: LexiconDetector, text: str, named: bool) -> None:
    cats = {h.category.value for h in detector.analyse(None, text, "email").hits}
    assert ("staff_naming" in cats) is named


def test_configured_staff_names_extend_the_list() -> None:
    text = "轟を出せ"  # no honorific: only a configured name makes this staff_naming
    assert LexiconDetector.load(learned=False).analyse(None, text, "email").hits == ()
    det = LexiconDetector.load(staff_names=["轟", "Todoroki"], learned=False)
    assert [h.category.value for h in det.analyse(None, text, "email").hits] == ["staff_naming"]
    hits = det.analyse(None, "put Todoroki on the phone", "email").hits
    assert [h.category.value for h in hits] == ["staff_naming"]


def test_company_lexicon_dir_adds_and_disables_rules(tmp_path: Path) -> None:
    (tmp_path / "company.yaml").write_text(
        "version: 1\n"
        "rules:\n"
        "  - id: acme.excessive.points\n"
        "    category: excessive_demand\n"
        "    severity: medium\n"
        "    terms: [ポイント永久倍増]\n"
        "  - id: ja.apology.strong\n"
        "    category: apology_demand\n"
        "    enabled: false\n",
        "utf-8",
    )
    det = LexiconDetector.load(extra_dirs=[tmp_path], learned=False)
    # A demand only the company's rule knows (「ポイント百万よこせ」 is a sum of money
    # demanded, which ja.excessive.money reads whatever the company adds).
    hits = det.analyse(None, "ポイント永久倍増よこせ", "email").hits
    assert [h.rule for h in hits] == ["acme.excessive.points"]
    assert det.analyse(None, "土下座しろ", "email").hits == ()


@pytest.mark.parametrize(
    "body",
    [
        "rules:\n  - id: x\n    category: nonsense\n    terms: [a]\n",
        "rules:\n  - id: x\n    category: repetition\n    terms: [a]\n",
        "rules:\n  - id: x\n    category: legal_threat\n    all: [no_such_group]\n",
        "rules:\n  - id: x\n    category: legal_threat\n    severity: huge\n    terms: [a]\n",
        "rules: [1, 2",
        "rules:\n  - id: x\n    category: legal_threat\n    scope: page\n    terms: [a]\n",
        "rules:\n  - id: x\n    category: legal_threat\n    boost: [high]\n    terms: [a]\n",
        "rules:\n  - id: x\n    category: legal_threat\n    anchor: b\n    terms: [a]\n",
        # A key named twice: YAML would keep the second silently.
        "rules:\n  - id: x\n    category: legal_threat\n    terms: [a]\n    terms: [b]\n",
        "groups:\n  g: [a]\n  g: [b]\nrules:\n  - id: x\n    category: legal_threat\n    all: [g]\n",
        # One rule id twice in one file (a later file may redefine it on purpose).
        "rules:\n  - id: x\n    category: legal_threat\n    terms: [a]\n"
        "  - id: x\n    category: legal_threat\n    terms: [b]\n",
    ],
)
def test_bad_lexicon_files_are_rejected(tmp_path: Path, body: str) -> None:
    (tmp_path / "bad.yaml").write_text(body, "utf-8")
    with pytest.raises(LexiconError):
        LexiconDetector.load(extra_dirs=[tmp_path])


def test_memo_returns_the_same_analysis(detector: LexiconDetector) -> None:
    a = detector.analyse(None, "土下座しろ", "email")
    b = detector.analyse(None, "土下座しろ", "email")
    assert a is b
    assert detector.analyse_uncached(None, "土下座しろ", "email") == a

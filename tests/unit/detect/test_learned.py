"""The learned indicator model (mamori.detect.learned) and its place in the detector."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from mamori.detect import learned
from mamori.detect.config import DetectionConfig
from mamori.detect.content import LexiconDetector

ROOT = Path(__file__).resolve().parents[3]
PARA = ROOT / "tests" / "data" / "paraphrases"
ALLOWED_SOURCES = {
    "paraphrases",
    "content_examples",
    "training_text",
    "streams",
    "convabuse_train",
    "asdc",
    "sample",
}


@pytest.fixture(scope="module")
def det() -> LexiconDetector:
    return LexiconDetector.load(staff_names=("Okabe", "岡部"))


def _fake(gram: str, code: str = "privacy_intrusion", char: bool = False) -> learned.LearnedModel:
    """A model that finds ``code`` in any text with the word (or character n-gram)
    ``gram`` and nothing else."""
    bucket = learned._char_bucket(gram) if char else learned._word_bucket(gram)
    idf = np.zeros(learned.BUCKETS, dtype=np.float32)
    idf[bucket] = 1.0
    rows = np.full(learned.BUCKETS, -1, dtype=np.int32)
    rows[bucket] = 0
    return learned.LearnedModel(
        codes=(code,),
        idf=idf,
        rows=rows,
        weights=np.array([[5.0]]),
        biases=np.zeros(1),
        thresholds=(1.0,),
        metadata={},
    )


def _with(det: LexiconDetector, model: learned.LearnedModel | None) -> LexiconDetector:
    return LexiconDetector(
        det._c,
        words=det._words,
        analyser=det._analyser,
        staff_names=det._staff_names,
        learned_model=model,
    )


def test_artefact_loads_with_its_sources_and_licences() -> None:
    m = learned.load()
    # "A few MB at most" (issue 10): 4.15 MB after the eleventh session's sets joined
    # the pool (150 k active buckets); the bound rose 4 → 5 MB then.
    assert learned.MODEL_PATH.stat().st_size < 5_000_000
    assert set(m.codes) <= {
        "excessive_demand",
        "apology_demand",
        "in_person_demand",
        "violence_threat",
        "abusive_language",
        "legal_threat",
        "online_defamation_threat",
        "sexual_harassment",
        "privacy_intrusion",
        "staff_naming",
        "pressure_language",
    }
    sources = m.metadata["sources"]
    assert set(sources) <= ALLOWED_SOURCES
    assert "Curry, Abercrombie & Rieser" in sources["convabuse_train"]["licence"]
    assert all(s["licence"] for s in sources.values())
    text = json.dumps(m.metadata)
    assert "blind" not in text
    assert not any(judge in text for judge in ("stream5", "stream12"))
    assert len(m.thresholds) == len(m.biases) == len(m.codes)


_SCORES = """
import json, sys
from mamori.detect import learned
m = learned.load()
texts = ["you useless idiot, I will find where you live", "返金してください。誠意を見せろ",
         "I'll post this all over twitter tonight"]
print(json.dumps([m.decisions(m.features(t)) for t in texts]))
"""


def test_scores_do_not_depend_on_the_hash_seed() -> None:
    outs = []
    for seed in ("1", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        run = subprocess.run(
            [sys.executable, "-c", _SCORES], env=env, capture_output=True, text=True, check=True
        )
        outs.append(run.stdout)
    assert outs[0] == outs[1]
    assert json.loads(outs[0])[0]


def test_ngrams_are_built_as_scikit_learn_builds_them() -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer

    chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 4), lowercase=False)
    words = TfidfVectorizer(
        analyzer="word", ngram_range=(1, 2), lowercase=False, token_pattern=r"(?u)\b[a-z][a-z']+\b"
    )
    for text in ("ab  c", "you're a\tcomplete fool, aren't you", "返金しろ。 今すぐ!", "x"):
        assert list(learned._char_ngrams(text)) == chars.build_analyzer()(text)
        assert list(learned._word_ngrams(text)) == words.build_analyzer()(text)


def test_features_are_l2_normalised_per_kind() -> None:
    m = learned.load()
    buckets, values = m.features("you are a complete fool")
    chars = float(values[buckets < learned.CHAR_BUCKETS] @ values[buckets < learned.CHAR_BUCKETS])
    words = float(values[buckets >= learned.CHAR_BUCKETS] @ values[buckets >= learned.CHAR_BUCKETS])
    assert chars == pytest.approx(1.0) and words == pytest.approx(1.0)


def test_a_learned_hit_is_low_with_redacted_evidence(det: LexiconDetector) -> None:
    d = _with(det, _fake("zorblax"))
    text = (
        "Hello, this is about my account.\n"
        "Tell Okabe on 090-3141-5926 that the zorblax business is not finished.\n"
        "Thanks."
    )
    hits = [h for h in d.analyse(None, text, "chat").hits if h.rule.startswith("learned.")]
    assert len(hits) == 1
    hit = hits[0]
    assert hit.rule == "learned.privacy_intrusion" and hit.severity == "low"
    assert "zorblax" in hit.evidence and "business" in hit.evidence
    assert "Okabe" not in hit.evidence and "3141" not in hit.evidence
    assert "Hello" not in hit.evidence  # the sentence that drove it, not the whole text
    ja = "お世話になっております。岡部さんの携帯 080-2718-2818 にぞるぶらの件を伝えて。"
    d = _with(det, _fake("ぞるぶら", code="sexual_harassment", char=True))
    (h,) = [h for h in d.analyse(None, ja, "chat").hits if h.rule.startswith("learned.")]
    assert h.rule == "learned.sexual_harassment" and h.severity == "low"
    assert "ぞるぶら" in h.evidence and "お世話" not in h.evidence
    assert "岡部" not in h.evidence and "2718" not in h.evidence


def test_top_terms_name_the_words_that_drove_a_score() -> None:
    m = _fake("zorblax")
    assert m.top_terms("please pass the zorblax note on", "privacy_intrusion")[:1] == ["zorblax"]
    assert m.top_terms("nothing to see here", "privacy_intrusion") == []
    real = learned.load()
    folded = "i know where you live and i know your kids school"
    (code, _), *_ = real.codes_of(folded) or [("privacy_intrusion", 0.0)]
    terms = real.top_terms(folded, code, n=8)
    # Word pairs skip one-letter words ("and know" from "and i know"): each of a
    # term's words is in the text.
    assert terms and all(w in folded for t in terms for w in t.split())


def test_the_features_are_the_hashed_tfidf_of_the_text() -> None:
    idf = np.ones(learned.BUCKETS, dtype=np.float32)
    buckets, values = learned.sparse("ab ab", idf)
    assert list(buckets) == sorted(buckets)
    # " ab " n-grams each appear twice; the word "ab" twice, "ab ab" once.
    word = dict(zip(buckets.tolist(), values.tolist(), strict=True))
    w1, w2 = learned._word_bucket("ab"), learned._word_bucket("ab ab")
    assert word[w1] / word[w2] == pytest.approx(1.0 + np.log(2.0))


def test_a_code_the_rules_found_is_not_added_again(det: LexiconDetector) -> None:
    d = _with(det, _fake("moron", code="abusive_language"))
    hits = d.analyse(None, "You are a moron and a useless idiot.", "chat").hits
    abuse = [h for h in hits if h.category.value == "abusive_language"]
    assert len(abuse) == 1 and not abuse[0].rule.startswith("learned.")


def test_the_switch_turns_it_off(det: LexiconDetector) -> None:
    text = "Please pass the zorblax note to the team."
    on = _with(det, _fake("zorblax")).analyse(None, text, "chat").hits
    off = _with(det, None).analyse(None, text, "chat").hits
    assert any(h.rule == "learned.privacy_intrusion" for h in on)
    assert not any(h.rule.startswith("learned.") for h in off)
    assert DetectionConfig().content.learned is True
    cfg = DetectionConfig.model_validate({"content": {"learned": False}})
    assert cfg.content.learned is False
    assert det._learned is not None  # on by default


@pytest.mark.parametrize("name", ["en.jsonl", "ja.jsonl"])
def test_never_adds_a_code_to_a_look_alike(det: LexiconDetector, name: str) -> None:
    rows = [json.loads(line) for line in (PARA / name).read_text("utf-8").splitlines() if line]
    benign = [r["text"] for r in rows if not r["codes"]]
    assert len(benign) > 10
    flagged = [
        t
        for t in benign
        if any(h.rule.startswith("learned.") for h in det.analyse(None, t, "chat").hits)
    ]
    assert flagged == []


def _trainer() -> ModuleType:
    path = ROOT / "scripts" / "train_learned_model.py"
    spec = importlib.util.spec_from_file_location("train_learned_model", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules["train_learned_model"] = mod
    spec.loader.exec_module(mod)
    return mod


def test_training_is_deterministic(det: LexiconDetector) -> None:
    train = _trainer()
    rows = []
    for name in ("en.jsonl", "ja.jsonl"):
        rows += [json.loads(line) for line in (PARA / name).read_text("utf-8").splitlines()]
    folded = [det.analyse(None, r["text"], "chat").customer_text for r in rows]
    codes = [frozenset(r["codes"]) for r in rows]
    hard = [not r["codes"] for r in rows]
    fitted = [True] * len(rows)
    a = train.fit(folded, codes, hard, fitted)
    b = train.fit(folded, codes, hard, fitted)
    assert a.codes == b.codes and a.codes
    for field in ("buckets", "idf", "weights", "biases", "thresholds"):
        assert np.array_equal(getattr(a, field), getattr(b, field))
    # The run time reads what training wrote, and agrees on every hard negative.
    model = learned.decode(train.artefact(a, [], "2000-01-01"))
    assert model.codes == a.codes
    for f, h in zip(folded, hard, strict=True):
        if h:
            assert model.codes_of(f) == []


def test_the_artefact_keeps_every_weight_and_refuses_one_it_would_round() -> None:
    """Weights are stored as float16 and bucket gaps instead of buckets: decoding gives
    back exactly what was encoded, and a weight float16 cannot hold is an error, never
    a silent rounding."""
    buckets = [3, 70, 71, 4_000, learned.BUCKETS - 1]
    idf = [1.5, 2.25, 0.125, 3.0, 1.0]
    weights = [float(np.float16(v)) for v in np.linspace(-2.0, 3.0, len(buckets) * 2)]
    blob = learned.encode(("a", "b"), idf, buckets, weights, [0.5, -0.25], [0.0, 0.1], {})
    model = learned.decode(blob)
    assert np.flatnonzero(model.rows >= 0).tolist() == buckets
    assert model.idf[buckets].tolist() == idf
    assert model.weights.reshape(-1).tolist() == weights
    with pytest.raises(ValueError, match="float16"):
        learned.encode(("a", "b"), idf, buckets, [0.1] * 10, [0.0, 0.0], [0.0, 0.0], {})


def test_a_learned_hit_adds_low_risk_once_and_changes_no_stateful_rule(
    det: LexiconDetector,
) -> None:
    """Through the engine: the indicator is low, the customer's risk grows by the low
    weight once per indicator (a redelivery adds nothing), and the stateful rules
    decide the same with or without the model."""
    from datetime import UTC, datetime, timedelta, timezone

    from mamori.detect.engine import DetectionEngine
    from mamori.detect.escalation import risk_at
    from mamori.detect.state import CustomerState
    from mamori.domain.contract import ContactEvent
    from mamori.domain.pseudonym import Pseudonymizer

    config = DetectionConfig()
    engine = DetectionEngine(config, _with(det, _fake("zorblax")), Pseudonymizer(b"k" * 32))
    start = datetime(2026, 7, 6, 10, 0, tzinfo=timezone(timedelta(hours=9)))  # a Monday
    now = datetime(2026, 11, 1, tzinfo=UTC)

    def event(n: int, minutes: int) -> ContactEvent:
        return ContactEvent(
            event_id=f"z{n}",
            occurred_at=start + timedelta(minutes=minutes),
            channel="chat",
            direction="inbound",
            customer_id="cus-learned",
            agent_id="agt-1",
            text="Please pass the zorblax note to the team again.",
        )

    first = engine.process(event(0, 0), None, now)
    (ind,) = first.indicators
    assert ind.severity == "low" and ind.category.value == "privacy_intrusion"
    state = CustomerState.from_bytes(first.state.to_bytes())
    at = int(ind.occurred_at.timestamp())
    assert risk_at(state, at, config.risk) == pytest.approx(config.risk.weight_low)
    again = engine.process(event(0, 0), state, now)  # the same event delivered again
    assert again.indicators == [] or again.indicators == first.indicators
    state = CustomerState.from_bytes(again.state.to_bytes())
    assert risk_at(state, at, config.risk) == pytest.approx(config.risk.weight_low)

    # The same words day after day: whatever the stateful rules make of them (a
    # repeated message is repetition whatever its wording), the model's low hits
    # change none of it.
    def stateful(model: learned.LearnedModel | None) -> list[tuple[str, str]]:
        eng = DetectionEngine(config, _with(det, model), Pseudonymizer(b"k" * 32))
        st: CustomerState | None = None
        seen = []
        for n in range(8):
            out = eng.process(event(n, 24 * 60 * n), st, now)
            st = CustomerState.from_bytes(out.state.to_bytes())
            seen += [(i.category.value, i.severity) for i in out.indicators]
        return [s for s in seen if s[0] != "privacy_intrusion"]

    assert stateful(_fake("zorblax")) == stateful(None)


@pytest.mark.parametrize("path", sorted((ROOT / "tests" / "data" / "training").glob("*.jsonl")))
def test_training_text_is_well_formed(path: Path) -> None:
    """Text written for the model: content codes only, no repeated text, hard negatives."""
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    codes = set(learned.load().codes)
    assert len({r["text"] for r in rows}) == len(rows)
    assert all(set(r["codes"]) <= codes and r["register"] for r in rows)
    assert sum(not r["codes"] for r in rows) >= 0.25 * len(rows)


def test_texts_too_short_to_judge_get_no_learned_code() -> None:
    """Fragments ("you are", "really?") carry nothing to weigh: the model stays silent
    on them, and training sets no threshold on them (learned.MIN_CHARS)."""
    m = _fake("zorblax")
    assert not learned.judged("zorblax") and not learned.judged("yes  you  do")
    assert m.codes_of("zorblax") == []
    assert [c for c, _ in m.codes_of("the zorblax note")] == ["privacy_intrusion"]
    assert learned.judged("お前ほんまにアホやな、ほんま")


def test_the_fast_feature_paths_match_the_reference_n_grams() -> None:
    """The run time builds a word's n-grams with slices and hashes them in one pass; it
    must give what the reference generator gives, short words (padded to 3 or 4
    characters: no longer n-grams) and unspaced Japanese sentences alike."""
    for word in ("a", "ab", "abc", "abcd", "返金", "今すぐ返金しろ。二度と来ない!", "it's"):
        assert learned._word_char_ngrams(word) == list(learned._char_ngrams(word))
        want = [learned._char_bucket(g) for g in learned._char_ngrams(word)]
        learned._WORD_MEMO.clear()
        assert learned._word_char_buckets(word).tolist() == want  # computed
        assert learned._word_char_buckets(word).tolist() == want  # memoised
    text = "you're a  complete\tfool, aren't you 返金しろ"
    chars, words = learned.hashed_buckets(text)
    assert chars == [learned._char_bucket(g) for g in learned._char_ngrams(text)]
    assert words == [learned._word_bucket(g) for g in learned._word_ngrams(text)]
    assert learned.sparse("", np.ones(learned.BUCKETS, dtype=np.float32))[0].size == 0


def test_decisions_skip_buckets_without_a_row() -> None:
    """A bucket the features carry but the weights have no row for adds nothing."""
    m = _fake("zorblax")
    b = np.array([learned._word_bucket("zorblax"), learned._word_bucket("other")])
    assert m.decisions((b, np.array([0.5, 0.5]))) == [2.5]
    assert m.decisions((b[1:], np.array([0.5])), bias=False) == [0.0]


def test_the_evidence_sentence_is_the_only_one_without_weighing() -> None:
    m = _fake("zorblax")
    assert m.best_sentence(["", "  ", "no zorblax here"], "privacy_intrusion") == 2
    assert m.best_sentence(["", " "], "privacy_intrusion") == 0
    assert m.best_sentence(["fine", "the zorblax", "ok"], "privacy_intrusion") == 1
    with pytest.raises(ValueError):
        m.best_sentence(["one"], "abusive_language")

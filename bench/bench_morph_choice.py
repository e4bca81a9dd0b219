"""SudachiPy (core, mode C) against fugashi + unidic-lite: speed and orthography folding.

    PYTHONPATH=<scratch dir with fugashi and unidic-lite> .venv/bin/python bench/bench_morph_choice.py

fugashi and unidic-lite are not dependencies; install them into a scratch directory
(``uv pip install --target DIR fugashi==1.5.2 unidic-lite==1.0.8``) to repeat the
measurement behind the choice in docs/benchmarks.md. Speed: CPU µs per sentence of
30–50 characters from the Japanese development corpora (read from
``../shared/data/real``), reading surface, lemma, POS, conjugation and reading from
Python (best of 5). Orthography: every one-word kanji entry of
``detect/lexicon/words.yaml`` is spelt in hiragana and in katakana (its reading);
counted is how often the analyser returns one token that matches the kanji word the
way the word layer matches (same lemma, or same reading), and by lemma alone.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from pathlib import Path

import jaconv
import yaml

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT.parent / "shared" / "data" / "real"
Tok = tuple[str, str, str, str, str]  # surface, lemma, pos, conjugation form, reading


def _sentences(limit: int = 1000) -> list[str]:
    out: list[str] = []
    for name in ("ja_inspection.jsonl", "ja_asdc_customer.jsonl"):
        for line in (REAL / name).read_text("utf-8").splitlines():
            for s in json.loads(line)["text"].split("\n"):
                s = s.strip()
                if len(s) >= 30:
                    out.append(s[:50])
    return out[:limit]


def main() -> None:
    import fugashi  # type: ignore[import-not-found]
    from sudachipy import Dictionary, SplitMode  # type: ignore[import-untyped]

    tok = Dictionary(dict="core").tokenizer(mode=SplitMode.C)
    tagger = fugashi.Tagger()

    def sudachi(t: str) -> list[Tok]:
        return [
            (
                m.surface(),
                m.normalized_form(),
                m.part_of_speech()[0],
                m.part_of_speech()[5],
                m.reading_form(),
            )
            for m in tok.tokenize(t)
        ]

    def unidic(t: str) -> list[Tok]:
        return [
            (
                w.surface,
                w.feature.lemma or w.surface,
                w.feature.pos1,
                w.feature.cForm or "",
                w.feature.kana or "",
            )
            for w in tagger(t)
        ]

    texts = _sentences()
    print(f"{len(texts)} sentences, mean {sum(map(len, texts)) / len(texts):.1f} characters")
    doc = yaml.safe_load((ROOT / "streams/mamori/detect/lexicon/words.yaml").read_text("utf-8"))
    words = [
        str(w)
        for e in doc["entries"]
        if str(e["id"]).startswith("ja.")
        for w in (e.get("words") or e.get("patterns"))
        if " " not in str(w) and "{" not in str(w) and re.search(r"[\u4e00-\u9fff]", str(w))
    ]
    analysers: dict[str, Callable[[str], list[Tok]]] = {
        "sudachipy+core (C)": sudachi,
        "fugashi+unidic-lite": unidic,
    }
    for name, fn in analysers.items():
        fn("テスト")
        best = float("inf")
        for _ in range(5):
            t = time.process_time()
            for s in texts:
                fn(s)
            best = min(best, time.process_time() - t)
        either = lemma_only = n = 0
        for w in words:
            base = fn(w)
            if len(base) != 1 or not base[0][4]:
                continue
            lemma, reading = base[0][1], jaconv.kata2hira(base[0][4])
            for variant in (reading, jaconv.hira2kata(reading)):
                n += 1
                v = fn(variant)
                one = len(v) == 1
                lemma_only += one and v[0][1] == lemma
                either += one and (v[0][1] == lemma or jaconv.kata2hira(v[0][4]) == reading)
        print(
            f"{name}: {best / len(texts) * 1e6:.0f} µs/sentence; kana spellings matched "
            f"{either}/{n} (lemma or reading), {lemma_only}/{n} (lemma alone)"
        )


if __name__ == "__main__":
    main()

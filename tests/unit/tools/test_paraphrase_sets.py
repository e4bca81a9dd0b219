"""The independent paraphrase sets (tests/data/paraphrases/{ja,en}.jsonl): their
format and coverage, and that the per-code x register report runs on them.

No recall floors here on purpose: detection is being rewritten on another branch;
today's figures are recorded in docs/quality.md.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Final

import pytest

from mamori.detect.step import DetectionStep, build_engine, limits_from
from mamori.settings import Settings
from mamori.tools.corpus_eval import CONTENT_CODES, evaluate_file, parse_paraphrases

PARAPHRASES: Final = Path(__file__).parents[2] / "data" / "paraphrases"
REGISTERS: Final = {
    "ja": {
        "casual",
        "dialect",
        "kana",
        "run-on",
        "polite-threat",
        "transcript",
        "standard",
        "romaji",
    },
    "en": {"casual", "dialect", "text-speak", "run-on", "polite-threat", "transcript", "formal"},
}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_fixture_format_and_coverage(lang: str) -> None:
    path = PARAPHRASES / f"{lang}.jsonl"
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    per_code: Counter[str] = Counter()
    negatives: Counter[str] = Counter()
    texts: set[str] = set()
    for row in rows:
        assert set(row) <= {"text", "codes", "register", "looks_like"}, row
        assert isinstance(row["text"], str) and row["text"].strip(), row
        assert row["text"] not in texts, f"duplicate text {row['text']!r}"
        texts.add(row["text"])
        assert set(row["codes"]) <= CONTENT_CODES, row
        assert row["register"] in REGISTERS[lang], row
        if row["codes"]:
            per_code.update(row["codes"])
        else:
            assert row.get("looks_like") in CONTENT_CODES, row
            negatives[row["looks_like"]] += 1
    assert set(per_code) == CONTENT_CODES
    # Abuse and threats have the most mechanisms (insults, taunts, disparagement, veiled
    # and regional threats, insults without an insult word, masked words, and the same
    # in romaji): more lines.
    assert all(8 <= n <= 70 for n in per_code.values()), per_code
    assert set(negatives) == CONTENT_CODES and min(negatives.values()) >= 3, negatives
    # Every register of the language appears among the positives.
    registers = {r["register"] for r in rows if r["codes"]}
    assert registers == REGISTERS[lang]
    parse_paraphrases(path.read_bytes().splitlines(), path.name)  # the scorer accepts it


def test_report_runs_on_both_sets() -> None:
    settings = Settings(
        pseudonym_key="a6c9e2f5b8d1a4c7e0f3b6d9a2c5e8f1b4d7a0c3e6f9b2d5a8c1e4f7b0d3a6c9"
    )  # type: ignore[arg-type]
    step = DetectionStep(build_engine(settings), limits_from(settings))
    for lang in ("ja", "en"):
        report = evaluate_file(PARAPHRASES / f"{lang}.jsonl", step, paraphrases=True)
        assert report.rejected == 0
        assert {code for code, _ in report.code_register_recall} == CONTENT_CODES
        assert set(report.register_recall) == REGISTERS[lang]
        assert report.recall.total > 0 and report.fp.total > 0
        assert "| code \\ register |" in report.as_markdown()


#: Held-out sets written by the lead, never shown to the lexicon's authors as lines
#: (docs/quality.md says which were later used to describe mechanisms to fix).
HELDOUT: Final = (
    "en_heldout",
    "en_heldout2",
    "en_heldout3",
    "en_heldout4",
    "en_heldout5",
    "en_heldout6",
    "en_heldout7",
    "en_heldout8",
    "en_heldout9",
    "en_heldout10",
    "en_heldout11",
    "en_heldout12",
    "en_heldout13",
    "en_heldout14",
    "en_heldout15",
    "ja_heldout",
    "ja_heldout2",
    "ja_heldout3",
    "ja_heldout4",
    "ja_heldout5",
    "ja_heldout6",
    "ja_heldout7",
    "ja_heldout8",
    "ja_heldout9",
    "ja_heldout10",
    "ja_heldout11",
    "ja_heldout12",
    "ja_heldout13",
    "ja_heldout14",
    "en_heldout16",
    "ja_heldout15",
    "en_heldout17",
    "ja_heldout16",
    "en_heldout18",
    "ja_heldout17",
    "en_heldout19",
    "ja_heldout18",
    "en_heldout20",
    "ja_heldout19",
    "en_heldout21",
    "ja_heldout20",
    "en_heldout22",
    "ja_heldout21",
    "en_heldout23",
    "ja_heldout22",
    "en_heldout24",
    "ja_heldout23",
    "en_heldout25",
    "ja_heldout24",
    "en_heldout26",
    "ja_heldout25",
)


@pytest.mark.parametrize("name", HELDOUT)
def test_heldout_format(name: str) -> None:
    path = PARAPHRASES / f"{name}.jsonl"
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    assert len({r["text"] for r in rows}) == len(rows), "duplicate text"
    for row in rows:
        assert set(row["codes"]) <= CONTENT_CODES, row
        assert isinstance(row["register"], str) and row["register"], row
    assert {c for r in rows for c in r["codes"]} == CONTENT_CODES
    assert sum(1 for r in rows if not r["codes"]) >= 20  # benign look-alikes
    parse_paraphrases(path.read_bytes().splitlines(), path.name)


#: Benign sets written blind (2026-12-05, eleventh session): customer messages that look
#: like a code and are none, in ten styles each. They measure false alarms on
#: legitimate customers; each file's ceiling is the count of lines flagged at medium or
#: high when it was last measured (docs/quality.md), so a new false alarm fails here.
BENIGN_CEILING: Final = {
    "en_benign1": 0,
    "ja_benign1": 0,
    # Written blind at the start of the twelfth session (2026-12-05): reviews, brand
    # tweets, help-desk tickets, clinic and school messages; 楽天・食べログ風, 知恵袋,
    # 自治体への要望, ゲーム運営. Blind on main cd2be6c: 16/200 and 9/200.
    # After the passes that read them (2026-12-05): en_benign2 16 → 0 (a review's own
    # rating, a lawyer's errand and its purpose, the police who may ask for footage, a
    # sum the law sets, a scam's gift cards, a polite apology for another; a verdict
    # alone in its clause, praise, a clinical body word, a food's heat); ja_benign2
    # 9 → 0 (quoted words named or reported, the potential, the speaker's own wish,
    # similes and measures, compensation asked about, stalking suffered, posting named).
    "en_benign2": 0,
    "ja_benign2": 0,
    # Written blind at the start of the thirteenth session (2026-12-06): a vet clinic,
    # a garage, a gym, a bank's fraud desk, energy bills, hotels, an online course,
    # wedding vendors, telehealth, movers; 携帯キャリア, 引越し, 動物病院, 保険金請求,
    # 不正利用, 家電修理, 旅館, 塾, 介護, 宅配便. Blind on main 4418872: 15/200 and 12/200.
    # After the passes that read them (2026-12-06): en_benign3 15 → 0 (a street
    # address's words, a pet's wound licked, lingerie as a shoot or goods, a hazard's
    # idiom and warning, the speaker's own thinking, the company's number spoofed, a
    # covered call-out, a screenshot as a document or material licensed, the speaker's
    # own act "now!", an insult word before a machine, a verb's -s after "just", a
    # lawyer's paperwork advice and a property sale); ja_benign3 12 → 0 (a quote held
    # to its bracket and asked of the customer, a message received named by its kind, a
    # session ended, an urge at one's own device, a crime suffered from a stranger,
    # wondering and weighing as questions, a report accepted, a claim under the terms, a
    # visit that is the service, a clinic's speaker labels, a subject of learning come
    # to be liked).
    "en_benign3": 0,
    "ja_benign3": 0,
    # Written blind at the start of the fourteenth session (2026-12-06): a dental
    # clinic, car rental, a funeral home, a tax preparer, concert tickets, a plumber, a
    # nursery, a public library, B2B SaaS support, a letting agent; 歯科医院, レンタカー,
    # 葬儀社, 税理士, チケット販売, 水道修理, 保育園, 図書館, 業務用SaaS, 賃貸仲介.
    # Blind on main 9218be6: 12/200 and 11/200.
    # After the pass that read it (2026-12-06): en_benign4 12 → 0 (an insult word in a
    # capitalised band name, the speaker's own plan to learn English, a sexy car after a
    # determiner, watching and a police report done by others to the speaker or about a
    # third person, screenshots someone else posted, a fine taken off, a lawyer's or a
    # legal team's papers, the police as a topic of study, a home visit asked by who
    # cannot travel, the customer's own date of birth).
    # After the pass that read ja_benign4 (2026-12-06): 11 → 0 (a cue in Latin letters
    # read by its Japanese sentence's frame, a violent verb likening a sound, a
    # neighbour's nuisance suffered (〜てくる), software's faults run down, words found
    # written and words a child has taken up, the writer's own accident reported, a body
    # consulted before, a protection order as the writer's own court matter, the
    # writer's own apology wished, a call-out whose fee the writer offers).
    "en_benign4": 0,
    "ja_benign4": 0,
    # Written blind at the start of the fifteenth session (2026-12-06): pest control, a
    # driving school, self-storage, a pet groomer, an optician, a print shop, a photo
    # studio, a ski resort, a language school, hearing aids, solar panels, a ferry; the
    # same in Japanese (眼鏡店, 教習所, 害虫駆除, トランクルーム, ...), in styles never
    # used before (Mumsnet, screenplay, Guyanese, Doric; 小倉弁, 庄内弁, 法話調, ツンデレ).
    # Blind on main 923d940: 8/200 and 14/200.
    # After the passes that read them (2026-12-06): en_benign5 8 → 1 (a name that
    # spells "sue", the speaker's own wish to die, a voucher asked what it covers, the
    # customer's own lingerie for her own shoot, a driving test, a deadline with its
    # reason, photos for the company's own channel, a lawyer's errand; the one left is a
    # pet's habit warned of in Guyanese Creolese — the frame holds in English, but the
    # roles are not read on a respelt dialect); ja_benign5 14 → 0 (an English line named
    # as a line, Tohoku 〜てけで, words found written, a job ordered with the visit as
    # its means, pests before a kill verb, a death told as what a fall would cause).
    "en_benign5": 1,
    "ja_benign5": 0,
    # Written blind at the start of the sixteenth session (2026-12-06): a pawn shop, a
    # tattoo studio, a piano tuner, a golf course, a marathon, an aquarium, boat hire,
    # a tailor, a crypto exchange, blood donation, an escape room, a bowling alley; the
    # same kinds in Japanese (質屋, 献血ルーム, 解体業者, 寺社, 鉄道の忘れ物センター …),
    # in styles never used before (1920s slang, nurse charting, TTY relay, West
    # Country; 花街言葉, 申し送り, バグ報告, 明治の書生言葉). Blind on main 3da92c2:
    # 18/200 and 9/200. After the passes that read them (fp-en31, fp-ja31): 1 and 0
    # (docs/quality.md lists the frames).
    "en_benign6": 1,
    "ja_benign6": 0,
}


@pytest.mark.parametrize("name", sorted(BENIGN_CEILING))
def test_benign_set_format(name: str) -> None:
    path = PARAPHRASES / f"{name}.jsonl"
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    assert len(rows) >= 150
    assert len({r["text"] for r in rows}) == len(rows), "duplicate text"
    assert all(r["codes"] == [] and r["register"] for r in rows)
    assert len({r["register"].split("/")[0] for r in rows}) >= 8  # many styles
    parse_paraphrases(path.read_bytes().splitlines(), path.name)


@pytest.fixture(scope="module")
def benign_step() -> DetectionStep:
    settings = Settings(
        pseudonym_key="7d2e9a1c4b6f8e0d3a5c7b9e1f2d4a6c8b0e3f5a7d9c1b2e4f6a8d0c3e5b7a9f"
    )  # type: ignore[arg-type]
    return DetectionStep(build_engine(settings), limits_from(settings))


@pytest.mark.parametrize("name", sorted(BENIGN_CEILING))
def test_benign_set_false_alarms_stay_under_their_ceiling(
    name: str, benign_step: DetectionStep
) -> None:
    report = evaluate_file(PARAPHRASES / f"{name}.jsonl", benign_step, paraphrases=True)
    assert report.rejected == 0
    assert report.recall.total == 0 and report.fp.total >= 150
    assert report.fp.hits <= BENIGN_CEILING[name], report.as_markdown()

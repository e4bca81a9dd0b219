"""The file cache of lexicon readings (start-up, issue 14): the same compiled lexicons
as without it, never a reading computed by other code, safe when files are broken,
missing or written by several starts at once."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import orjson
import pytest

from mamori.detect import readings
from mamori.detect.content import LexiconDetector


class _Counting:
    """A reading function that counts its calls."""

    def __init__(self, suffix: str = "") -> None:
        self.calls = 0
        self.suffix = suffix

    def __call__(self, phrase: str) -> str | None:
        self.calls += 1
        return None if phrase == "none" else phrase + self.suffix


def _items(automaton: Any) -> list[Any]:
    return [] if automaton is None else sorted(automaton.items())


def test_compiled_lexicons_equal_with_and_without_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MAMORI_CACHE_DIR", "off")
    plain = LexiconDetector.load()._c
    monkeypatch.setenv("MAMORI_CACHE_DIR", str(tmp_path))
    first = LexiconDetector.load()._c  # computes and writes the file
    assert len(list(tmp_path.glob("readings-*.json"))) == 1
    second = LexiconDetector.load()._c  # reads it
    for compiled in (first, second):
        assert _items(compiled.automaton) == _items(plain.automaton)
        assert sorted(compiled.lazy) == sorted(plain.lazy)
        for group, automaton in plain.lazy.items():
            assert _items(compiled.lazy[group]) == _items(automaton)


def test_second_start_reads_nothing_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAMORI_CACHE_DIR", str(tmp_path))
    first, second = _Counting(), _Counting()
    with readings.cached(first) as reading:
        assert [reading(p) for p in ("殴る", "none", "殴る")] == ["殴る", None, "殴る"]
    with readings.cached(second) as reading:
        assert [reading(p) for p in ("殴る", "none")] == ["殴る", None]
        assert reading("蹴る") == "蹴る"  # a new phrase: computed, then stored
    assert (first.calls, second.calls) == (2, 1)
    (path,) = tmp_path.glob("readings-*.json")
    assert orjson.loads(path.read_bytes()) == {"殴る": "殴る", "none": None, "蹴る": "蹴る"}


def test_other_code_or_dictionary_uses_another_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code = tmp_path / "detect"
    code.mkdir()
    (code / "morph.py").write_text("A = 1\n")
    monkeypatch.setattr(readings, "_DETECT_DIR", code)
    before = readings.fingerprint()
    (code / "morph.py").write_text("A = 2\n")
    after_code = readings.fingerprint()
    monkeypatch.setattr(readings, "_DISTRIBUTIONS", ("sudachipy", "no-such-dictionary"))
    after_dictionary = readings.fingerprint()
    assert len({before, after_code, after_dictionary}) == 3

    monkeypatch.setenv("MAMORI_CACHE_DIR", str(tmp_path / "cache"))
    with readings.cached(_Counting("-old")) as reading:
        reading("殴る")
    (code / "morph.py").write_text("A = 3\n")
    new = _Counting("-new")
    with readings.cached(new) as reading:
        assert reading("殴る") == "殴る-new"
    assert new.calls == 1


@pytest.mark.parametrize("content", [b"", b"{not json", b"[1, 2]", b'{"a": 1}'])
def test_broken_file_is_ignored_and_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: bytes
) -> None:
    monkeypatch.setenv("MAMORI_CACHE_DIR", str(tmp_path))
    path = tmp_path / f"readings-{readings.fingerprint()}.json"
    path.write_bytes(content)
    with readings.cached(_Counting()) as reading:
        assert reading("a") == "a"
    assert orjson.loads(path.read_bytes()) == {"a": "a"}


def test_unwritable_or_disabled_cache_only_costs_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    for setting in (str(blocker / "cache"), "off"):
        monkeypatch.setenv("MAMORI_CACHE_DIR", setting)
        counting = _Counting()
        for _ in range(2):
            with readings.cached(counting) as reading:
                assert reading("a") == "a"
        assert counting.calls == 2
    assert list(tmp_path.iterdir()) == [blocker]


def test_concurrent_starts_leave_a_whole_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MAMORI_CACHE_DIR", str(tmp_path))
    phrases = [f"語{n}" for n in range(2000)]
    errors: list[BaseException] = []

    def start(offset: int) -> None:
        try:
            with readings.cached(_Counting()) as reading:
                for p in phrases[offset:] + phrases[:offset]:
                    reading(p)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=start, args=(n * 100,)) for n in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    (path,) = tmp_path.glob("readings-*.json")
    assert orjson.loads(path.read_bytes()) == {p: p for p in phrases}
    assert not list(tmp_path.glob(".readings-*"))  # no temporary file left


def test_old_versions_files_are_pruned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAMORI_CACHE_DIR", str(tmp_path))
    for n in range(6):
        (tmp_path / f"readings-old{n}.json").write_bytes(b"{}")
    with readings.cached(_Counting()) as reading:
        reading("a")
    assert len(list(tmp_path.glob("readings-*.json"))) == readings._KEEP

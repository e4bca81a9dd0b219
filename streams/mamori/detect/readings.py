"""A file cache of the kana readings of lexicon terms, kept between starts.

Compiling the lexicons reads every term written with kanji through Sudachi to add its
kana writing (:func:`mamori.detect.rules.compile_lexicons`): about 27,000 terms, most
of a second at every ``mamori`` command and worker start. A reading is a pure function
of the phrase, the analyser's code and the dictionary, so it is cached in a file whose
name is a hash of everything it depends on: every file of the ``mamori.detect`` package
(code and lexicons), the Python, sudachipy, dictionary and simplemma versions, and the
dictionary file's size and modification time. A change to any of them names another
file: a cached reading is never used by code or a dictionary that did not compute it.
A phrase the file lacks (a company lexicon, a new term) is read by the analyser, and
the file is written again with it.

The directory is ``$MAMORI_CACHE_DIR``, else ``$XDG_CACHE_HOME/mamori``, else
``~/.cache/mamori``; ``MAMORI_CACHE_DIR=off`` turns the cache off. A file is written
under a temporary name and renamed, so concurrent starts read a whole file or none;
a cache that cannot be read or written costs only the time it would have saved.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.metadata
import importlib.util
import logging
import os
import sys
import tempfile
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Final

import orjson

log = logging.getLogger(__name__)

Reading = Callable[[str], str | None]

#: Cache files kept per directory (other versions' files beyond it are removed).
_KEEP: Final = 4
_PREFIX: Final = "readings-"
#: The package whose files the readings depend on (the analyser and its text helpers).
_DETECT_DIR: Final = Path(__file__).resolve().parent
_DISTRIBUTIONS: Final = ("sudachipy", "sudachidict_core", "simplemma")


def cache_dir() -> Path | None:
    """Where cache files live, None when the cache is off."""
    configured = os.environ.get("MAMORI_CACHE_DIR")
    if configured is not None:
        return None if configured.strip().lower() in ("", "off", "0", "false") else Path(configured)
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg else Path.home() / ".cache"
    return base / "mamori"


def fingerprint() -> str:
    """A hash of everything a reading depends on besides the phrase."""
    h = hashlib.sha256()

    def part(data: bytes) -> None:
        h.update(len(data).to_bytes(8, "big"))
        h.update(data)

    part(sys.version.encode())
    part(unicodedata.unidata_version.encode())
    for name in _DISTRIBUTIONS:
        try:
            version = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            version = "-"
        part(f"{name}={version}".encode())
    for path in _dictionary_files():
        st = path.stat()
        part(f"{path.name}:{st.st_size}:{st.st_mtime_ns}".encode())
    for path in sorted(p for p in _DETECT_DIR.rglob("*") if p.is_file()):
        if "__pycache__" in path.parts:
            continue
        part(path.relative_to(_DETECT_DIR).as_posix().encode())
        part(path.read_bytes())
    return h.hexdigest()[:32]


def _dictionary_files() -> list[Path]:
    spec = importlib.util.find_spec("sudachidict_core")
    if spec is None or spec.origin is None:
        return []
    return sorted(Path(spec.origin).parent.rglob("*.dic"))


@contextlib.contextmanager
def cached(reading: Reading) -> Iterator[Reading]:
    """``reading`` answered from the cache file where it has the phrase; on leaving,
    the file is written again if some phrase was missing."""
    path = _path()
    known = _load(path) if path is not None else {}
    added: dict[str, str | None] = {}

    def lookup(phrase: str) -> str | None:
        if phrase in known:
            return known[phrase]
        if phrase not in added:
            added[phrase] = reading(phrase)
        return added[phrase]

    yield lookup
    if path is not None and added:
        _store(path, {**known, **added})


def _path() -> Path | None:
    try:
        directory = cache_dir()
        if directory is None:
            return None
        return directory / f"{_PREFIX}{fingerprint()}.json"
    except (OSError, RuntimeError) as exc:  # RuntimeError: no home directory
        log.debug("reading cache off: %s", exc)
        return None


def _load(path: Path) -> dict[str, str | None]:
    try:
        data = orjson.loads(path.read_bytes())
    except FileNotFoundError:
        return {}
    except (OSError, orjson.JSONDecodeError) as exc:
        log.debug("reading cache %s not read: %s", path, exc)
        return {}
    if not isinstance(data, dict) or not all(
        isinstance(v, str) or v is None for v in data.values()
    ):
        return {}
    return data


def _store(path: Path, readings: dict[str, str | None]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".readings-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(orjson.dumps(readings, option=orjson.OPT_SORT_KEYS))
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
    except OSError as exc:
        log.debug("reading cache %s not written: %s", path, exc)
        return
    with contextlib.suppress(OSError):  # another start may be pruning too
        _prune(path)


def _prune(current: Path) -> None:
    """Remove the oldest files of other versions beyond :data:`_KEEP`."""
    others = [p for p in current.parent.glob(_PREFIX + "*.json") if p != current]
    others.sort(key=lambda p: p.stat().st_mtime_ns, reverse=True)
    for old in others[_KEEP - 1 :]:
        with contextlib.suppress(OSError):
            old.unlink()

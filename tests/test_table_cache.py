"""The drift tables' cache (aligner/drift/table_cache.py): built once, read back the same,
rebuilt whenever what it was made from changes or the file is damaged. The word lists
here were written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from aligner.drift import antonyms, opposite_senses, opposite_words, synonyms, table_cache


@pytest.fixture()
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ALIGNER_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache" / "tables"


class _Builder:
    """Reads a two-column list into {word: frozenset(opposites)}, counting its calls."""

    def __init__(self, source: Path):
        self.source = source
        self.calls = 0

    def __call__(self) -> dict[str, frozenset[str]]:
        self.calls += 1
        out: dict[str, set[str]] = {}
        for line in self.source.read_text(encoding="utf-8").splitlines():
            a, b = line.split("\t")
            out.setdefault(a, set()).add(b)
        return {k: frozenset(v) for k, v in out.items()}


def _lists(tmp_path: Path) -> tuple[Path, Path]:
    source = tmp_path / "pairs.tsv"
    source.write_text("early\tlate\nopen\tshut\n", encoding="utf-8")
    code = tmp_path / "reader.py"
    code.write_text("# the reader's code, version one\n", encoding="utf-8")
    return source, code


def _get(build: _Builder, source: Path, code: Path, settings: object = None):
    return table_cache.cached_table("pairs", build, [str(source)], [str(code)], settings)


def test_built_once_then_read_back(tmp_path: Path, cache_dir: Path) -> None:
    source, code = _lists(tmp_path)
    build = _Builder(source)
    first = _get(build, source, code)
    assert first == {"early": frozenset({"late"}), "open": frozenset({"shut"})}
    # a later process (a new builder: nothing in memory) reads the file, builds nothing
    again = _Builder(source)
    assert _get(again, source, code) == first
    assert (build.calls, again.calls) == (1, 0)
    assert len(list(cache_dir.glob("pairs-*.marshal"))) == 1


def test_a_changed_list_code_or_setting_is_rebuilt(tmp_path: Path, cache_dir: Path) -> None:
    source, code = _lists(tmp_path)
    _get(_Builder(source), source, code)
    # the same size, one word changed: a new table, never the cached one
    source.write_text("early\tlate\nopen\tshot\n", encoding="utf-8")
    build = _Builder(source)
    assert _get(build, source, code)["open"] == frozenset({"shot"})
    assert build.calls == 1
    # the old file is gone: one file a table
    assert len(list(cache_dir.glob("pairs-*.marshal"))) == 1
    code.write_text("# the reader's code, version two\n", encoding="utf-8")
    build = _Builder(source)
    _get(build, source, code)
    assert build.calls == 1
    build = _Builder(source)
    _get(build, source, code, settings=("common opposites", False))
    assert build.calls == 1


@pytest.mark.parametrize("damage", ["truncated", "one byte changed", "garbage", "empty"])
def test_a_damaged_file_is_rebuilt_not_trusted(
    tmp_path: Path, cache_dir: Path, damage: str
) -> None:
    source, code = _lists(tmp_path)
    good = _get(_Builder(source), source, code)
    (path,) = cache_dir.glob("pairs-*.marshal")
    blob = path.read_bytes()
    if damage == "truncated":
        blob = blob[: len(blob) - 5]
    elif damage == "one byte changed":
        blob = blob[:-3] + bytes([blob[-3] ^ 1]) + blob[-2:]
    elif damage == "garbage":
        blob = b"not a table at all\n" * 3
    else:
        blob = b""
    path.write_bytes(blob)
    build = _Builder(source)
    assert _get(build, source, code) == good
    assert build.calls == 1
    # and written again: the next process reads it
    again = _Builder(source)
    assert _get(again, source, code) == good and again.calls == 0


def test_an_unwritable_cache_is_no_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source, code = _lists(tmp_path)
    blocker = tmp_path / "a file, not a folder"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("ALIGNER_CACHE_DIR", str(blocker))
    build = _Builder(source)
    assert _get(build, source, code)["early"] == frozenset({"late"})
    assert _get(build, source, code)["early"] == frozenset({"late"})
    assert build.calls == 2


_TABLES = (
    (opposite_senses._tables, opposite_senses._build),
    (synonyms._table, synonyms._build),
    (antonyms._tables, antonyms._build),
    (opposite_words._opposites_by_pos, opposite_words._build_by_pos),
)


def test_the_drift_tables_read_back_equal_to_built(cache_dir: Path) -> None:
    """The shipped tables, through the cache (written, then read as a later process
    would), are the tables the data files give: the drift checks read the same words."""
    for cached, _build in _TABLES:
        cached.cache_clear()
    try:
        for cached, build in _TABLES:
            cached()  # written
            cached.cache_clear()
            read = cached()  # read back
            assert read == build() and read
        assert len(list(cache_dir.glob("*.marshal"))) == len(_TABLES)
    finally:
        for cached, _build in _TABLES:
            cached.cache_clear()


def test_collector_paused_restores_its_state() -> None:
    import gc

    assert gc.isenabled()
    with table_cache.collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with table_cache.collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()

"""One Apertium process per direction for `aligner check` / `aligner qa` on short texts.

The alignment translates the source for its confidences and the drift checks translate
it again (with its clauses, names and speakers): inside one run the second call now
finds those texts done (aligner.alignment.mt.shared_translations). Real Apertium, no
mocks: the processes are counted by a wrapper on PATH that logs each start and runs the
installed ``apertium``. The sentences were written for these tests.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
from pathlib import Path

import pytest

from aligner.alignment.mt import (
    Apertium,
    Translation,
    TranslationCache,
    installed_modes,
    shared_translations,
    translating_ahead,
)
from tests.conftest import run_cli

needs_pair = pytest.mark.skipif(
    not {"spa-eng", "eng-spa"} <= installed_modes(), reason="apertium-eng-spa is not installed"
)

# Written for these tests: a name, a speaker with a quote and a clause, so the drift
# checks' batch holds more than the sentences the alignment translates.
ES = [
    "La alcaldesa Marta Ibáñez dijo que el puente no abrirá hasta marzo.",
    "«Las obras van bien, aunque falta dinero», explicó el ingeniero del proyecto.",
    "El ayuntamiento pagará la mitad del coste y la región pondrá el resto.",
]
EN = [
    "Mayor Marta Ibáñez said the bridge will not open until March.",
    '"The works are going well, although money is short," the project\'s engineer explained.',
    "The city council will pay half the cost and the region will provide the rest.",
]


@pytest.fixture(autouse=True)
def _cold_cache(own_cache):
    """These tests count Apertium's starts: none of their texts may be in the cache."""


def _counting_path(tmp_path) -> tuple[dict[str, str], str]:
    """An environment whose ``apertium`` logs its arguments, one line a start."""
    real = shutil.which("apertium")
    assert real is not None
    log = tmp_path / "starts.log"
    wrapper = tmp_path / "bin" / "apertium"
    wrapper.parent.mkdir()
    wrapper.write_text(f'#!/bin/sh\necho "$*" >> "{log}"\nexec "{real}" "$@"\n')
    wrapper.chmod(wrapper.stat().st_mode | stat.S_IXUSR)
    return {"PATH": f"{wrapper.parent}{os.pathsep}{os.environ['PATH']}"}, str(log)


def _starts(log: str) -> list[str]:
    with open(log, encoding="utf-8") as fh:
        return [line.strip() for line in fh if line.strip() != "-l"]


@needs_pair
@pytest.mark.parametrize("command", ["check", "qa"])
def test_one_run_starts_each_direction_once(tmp_path, monkeypatch, command):
    env, log = _counting_path(tmp_path)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    (tmp_path / "a.es.txt").write_text("\n".join(ES) + "\n", encoding="utf-8")
    (tmp_path / "a.en.txt").write_text("\n".join(EN) + "\n", encoding="utf-8")
    out = str(tmp_path / ("out.jsonl" if command == "check" else "out.html"))
    extra = ["--format", "jsonl"] if command == "check" else []
    args = (command, str(tmp_path / "a.es.txt"), str(tmp_path / "a.en.txt"),
            "--no-embeddings", "-o", out, *extra)  # fmt: skip
    result = run_cli(*args)
    assert result.returncode == 0, result.stderr
    # Before: spa-eng twice (the alignment's confidences, then the drift checks).
    assert sorted(_starts(log)) == ["eng-spa", "spa-eng"]
    if command == "check":
        with open(out, encoding="utf-8") as fh:
            beads = [json.loads(line) for line in fh]
        assert [b["src_text"] for b in beads] == ES  # the run did check every sentence
    # The same run again finds every translation in the cache: no Apertium at all, and
    # the same output (before session 29, texts under 20,000 characters were not kept).
    first = Path(out).read_bytes()
    again = run_cli(*args)
    assert again.returncode == 0, again.stderr
    assert sorted(_starts(log)) == ["eng-spa", "spa-eng"]
    if command == "check":
        assert Path(out).read_bytes() == first


@needs_pair
def test_a_shared_run_translates_only_what_it_has_not():
    alone = Apertium("es", "en").translate_marked(ES)
    translator = Apertium("es", "en")
    # What one run remembers, so the translation cache (which keeps every text) is off.
    translator.cache = TranslationCache("")
    with shared_translations():
        first = translator.translate_marked(ES[:2])
        assert translator.calls == 1
        again = translator.translate_marked([ES[1], "", ES[0]])
        assert translator.calls == 1  # all done already: no process
        more = translator.translate_marked([ES[0], ES[2]])
        assert translator.calls == 2  # one process, for the one new sentence
    assert first == alone[:2]
    assert again == [alone[1], Translation("", ()), alone[0]]
    assert more == [alone[0], alone[2]]
    translator.translate_marked(ES[:1])
    assert translator.calls == 3  # outside the block nothing is remembered


@needs_pair
def test_texts_wanted_later_go_with_the_first_call_from_their_language():
    translator, backward = Apertium("es", "en"), Apertium("en", "es")
    translator.cache = backward.cache = TranslationCache("")  # the run's memory alone
    with shared_translations():
        with translating_ahead("es", lambda: [ES[2], "  "]):
            backward.translate_marked(EN[:1])  # out of English: not the one to take them
            translator.translate_marked(ES[:1])
        assert translator.calls == 1
        later = translator.translate_marked(ES[2:] + ES[:1])
        assert translator.calls == 1
        asked: list[int] = []
        with translating_ahead("es", lambda: asked.append(1) or [ES[0]]):
            pass  # no call inside the block (an alignment without MT): never read
        translator.translate_marked(ES[1:2])
        assert translator.calls == 2 and not asked
    assert later == Apertium("es", "en").translate_marked(ES[2:] + ES[:1])

"""Runs forked from the worker's CLI server (tests/cli_server.py) are the runs a new
interpreter makes: same exit status, same stdout and stderr, same files. The texts were
written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import run_cli

ES = "El alcalde dijo que «el puente abrirá en marzo».\nLa obra costó 12 millones.\n"
EN = 'The mayor said "the bridge will open in May."\nThe work cost 12 million.\n'


def _both(monkeypatch, *args: str):
    forked = run_cli(*args)
    monkeypatch.setenv("ALIGNER_TEST_FRESH_CLI", "1")
    fresh = run_cli(*args)
    monkeypatch.delenv("ALIGNER_TEST_FRESH_CLI")
    assert type(forked).__name__ == "Finished"  # the server ran it, not a new interpreter
    assert type(fresh).__name__ == "CompletedProcess"
    return forked, fresh


@pytest.mark.parametrize(
    "case",
    ["check", "bad-input", "output-file", "usage"],
)
def test_a_forked_run_is_a_fresh_run(tmp_path, monkeypatch, case):
    es, en = tmp_path / "a.es.txt", tmp_path / "a.en.txt"
    es.write_text(ES, encoding="utf-8")
    en.write_text(EN, encoding="utf-8")
    if case == "check":
        args = ("check", str(es), str(en), "--no-embeddings", "--format", "json")
        forked, fresh = _both(monkeypatch, *args)
        assert '"number"' in forked.stdout  # May for marzo: the run did check
    elif case == "bad-input":
        (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00bad\x00")
        forked, fresh = _both(monkeypatch, "align", str(tmp_path / "bad.txt"), str(en))
        assert forked.returncode == 2 and "bad.txt" in forked.stderr
    elif case == "output-file":
        out = tmp_path / "out.jsonl"
        args = ("align", str(es), str(en), "--no-embeddings", "--format", "jsonl", "-o", str(out))
        forked = run_cli(*args)
        written = out.read_bytes()
        out.unlink()
        monkeypatch.setenv("ALIGNER_TEST_FRESH_CLI", "1")
        fresh = run_cli(*args)
        assert type(forked).__name__ == "Finished" and "marzo" in written.decode()
        assert out.read_bytes() == written
    else:
        forked, fresh = _both(monkeypatch, "align", "--no-such-option")
        assert forked.returncode == 2 and "Usage:" in forked.stderr
    assert (forked.returncode, forked.stdout, forked.stderr) == (
        fresh.returncode,
        fresh.stdout,
        fresh.stderr,
    )

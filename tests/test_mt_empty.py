"""An Apertium pipeline with a stage missing answers with nothing, and exits 0: the
it→es mode without cg3's ``cg-proc`` once gave the proxies empty Spanish sources, which a
cache then kept. Real Apertium here, with ``cg-proc`` taken off its path (docs/drift.md,
"Session 10"). Fixture sentences written here.
"""

from __future__ import annotations

import json
import os
import sys

import pytest

from aligner.alignment.mt import Apertium, MtFailed, find_mode
from aligner.drift.checks import DriftRun, analyse_pairs

MODE = find_mode("it", "es")
pytestmark = pytest.mark.skipif(
    MODE is None or not os.path.exists("/usr/bin/cg-proc"),
    reason="Apertium's it→es pair (with cg3) is not installed",
)


@pytest.fixture
def without_cg3(tmp_path, monkeypatch, own_cache):
    """Every program of /usr/bin but cg-proc, as Apertium's and the shell's path (and a
    translation cache that cannot hold these texts from another test)."""
    folder = tmp_path / "bin"
    folder.mkdir()
    for name in os.listdir("/usr/bin"):
        if name != "cg-proc":
            os.symlink(os.path.join("/usr/bin", name), folder / name)
    monkeypatch.setenv("PATH", str(folder))
    monkeypatch.setenv("APERTIUM_PATH", str(folder))


def test_no_text_from_a_broken_pipeline_is_a_failure(without_cg3) -> None:
    # Apertium's chunked calls name the chunk that failed and why.
    with pytest.raises(MtFailed, match="returned no text"):
        Apertium("it", "es", MODE).translate(["Il gatto dorme sul divano."])
    # The drift checks report it and run without MT, instead of comparing with nothing.
    run = DriftRun()
    analyse_pairs(
        [("Il gatto non dorme.", "El gato duerme.")], "it", "es", embedder=None, mt="auto", run=run
    )
    assert any("returned no text" in p for p in run.problems)


def test_the_proxy_cache_never_keeps_an_empty_translation(
    without_cg3, tmp_path, monkeypatch
) -> None:
    sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "bench"))
    try:
        import drift_public
    finally:
        sys.path.pop(0)
    monkeypatch.setattr(drift_public, "PROXY_CACHE", str(tmp_path / "proxy"))
    with pytest.raises(MtFailed, match="returned no text"):
        drift_public._to_spanish(["Il gatto dorme."], "it", "demetr-it>es")
    assert not (tmp_path / "proxy").exists()
    # A cache file written before the refusal, with an empty entry, is not used.
    assert drift_public.empty_translations({"Il gatto dorme.": " ", "Sì.": "Sí."}) == [
        "Il gatto dorme."
    ]
    (tmp_path / "proxy").mkdir()
    monkeypatch.undo()
    monkeypatch.setattr(drift_public, "PROXY_CACHE", str(tmp_path / "proxy"))
    import hashlib

    key = hashlib.sha256(b"Il gatto dorme.").hexdigest()[:16]
    stale = tmp_path / "proxy" / f"demetr-it-to-es-{key}.json"
    stale.write_text(json.dumps({"Il gatto dorme.": ""}), encoding="utf-8")
    assert "gato" in drift_public._to_spanish(["Il gatto dorme."], "it", "demetr-it>es")[0]
    assert "gato" in json.loads(stale.read_text(encoding="utf-8"))["Il gatto dorme."]

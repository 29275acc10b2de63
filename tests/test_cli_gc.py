"""The `aligner` process's cycle collector (aligner/cli/app.py's main): what the imports
made is frozen out of its passes and it waits for more young objects before one, so a
short run spends less time in passes that find nothing (docs/benchmarks.md, Session 28)."""

from __future__ import annotations

import os
import subprocess
import sys

from aligner.cli.app import GC_YOUNG

# Reports the collector's settings as the process ends, after the command ran.
_REPORT = (
    "import atexit, gc, sys\n"
    "atexit.register(lambda: sys.stderr.write("
    "f'GC {gc.get_threshold()[0]} {gc.get_freeze_count()}\\n'))\n"
    "from aligner.cli import main\n"
    "main()\n"
)


def test_main_freezes_the_imports_and_raises_the_young_threshold(tmp_path) -> None:
    (tmp_path / "es.txt").write_text("Hoy llueve en la ciudad.\n", encoding="utf-8")
    (tmp_path / "en.txt").write_text("It is raining in the city today.\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", _REPORT, "align", "es.txt", "en.txt", "--no-embeddings"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "Hoy llueve" in done.stdout  # the command ran as before
    (line,) = [x for x in done.stderr.splitlines() if x.startswith("GC ")]
    threshold, frozen = map(int, line.split()[1:])
    assert threshold == GC_YOUNG > 700
    # the imports' objects (tens of thousands) are frozen, not scanned by each pass
    assert frozen > 10_000


def test_python_m_aligner_runs_the_same_command_line(tmp_path) -> None:
    # `python -m aligner` is the entry for users without the script on PATH: the same
    # commands, the same one-line error and exit code for a missing file.
    (tmp_path / "en.txt").write_text("It is raining.\n", encoding="utf-8")
    run = [sys.executable, "-m", "aligner", "align", "missing-es.txt", "en.txt"]
    done = subprocess.run(run, capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == ["aligner: error: missing-es.txt: no such file"]
    assert "Traceback" not in done.stderr
    helped = subprocess.run(
        [sys.executable, "-m", "aligner", "--help"], capture_output=True, text=True, timeout=300
    )
    assert helped.returncode == 0 and "check" in helped.stdout and "export" in helped.stdout

import os
import signal
import stat
import subprocess
import sys

import pytest

from aligner.errors import OutputError
from aligner.io.atomic import atomic_writer, write_text_atomic


def test_output_gets_ordinary_permissions(tmp_path):
    path = tmp_path / "out.txt"
    write_text_atomic(str(path), "hola\n")
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~mask


def test_a_failure_midway_leaves_neither_file_nor_temp(tmp_path):
    path = tmp_path / "out.txt"
    with pytest.raises(RuntimeError), atomic_writer(str(path)) as handle:
        handle.write("half")
        raise RuntimeError("boom")
    assert os.listdir(tmp_path) == []


def test_an_existing_file_survives_a_failed_rewrite(tmp_path):
    path = tmp_path / "out.txt"
    path.write_text("old\n")
    with pytest.raises(KeyboardInterrupt), atomic_writer(str(path)) as handle:
        handle.write("new")
        raise KeyboardInterrupt
    assert path.read_text() == "old\n"


def test_missing_folder_is_an_output_error(tmp_path):
    with pytest.raises(OutputError, match="output folder does not exist"):
        write_text_atomic(str(tmp_path / "nope" / "out.txt"), "x")


# --------------------------------------------------------------------------- interrupts
# A signal is handled between two Python steps. One handled after an atomic writer has
# created its temp file but before the caller's ExitStack has taken the writer skips the
# writer's own cleanup (seen in CI: a batch worker stopped by the driver left
# `.aligner-*.tmp` in the output folder). This start-up hook (written here, for tests
# only) sends SIGTERM at exactly that step, in a batch worker or in the CLI's process.
STOP_WHILE_UNOWNED = """
import os
import signal
import sys


def _stop_while_a_writer_is_unowned(frame, event, arg):
    if event == "call" and frame.f_code.co_name == "_push_cm_exit":
        cm = frame.f_locals.get("cm")
        if getattr(getattr(cm, "gen", None), "__name__", "") == "atomic_writer":
            import multiprocessing

            in_worker = multiprocessing.parent_process() is not None
            if in_worker == (os.environ["ALIGNER_TEST_STOP_UNOWNED"] == "worker"):
                sys.setprofile(None)
                os.kill(os.getpid(), signal.SIGTERM)


sys.setprofile(_stop_while_a_writer_is_unowned)
"""


def stopped_run(tmp_path, where: str, *args: str) -> subprocess.CompletedProcess:
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(STOP_WHILE_UNOWNED, encoding="utf-8")
    paths = [str(hook), *os.environ.get("PYTHONPATH", "").split(os.pathsep)]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in paths if p),
           "ALIGNER_TEST_STOP_UNOWNED": where}  # fmt: skip
    command = [sys.executable, "-c", "from aligner.cli import main; main()", *args]
    return subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True,
                          timeout=300)  # fmt: skip


def two_documents(tmp_path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for doc in ("a", "b"):  # sentences written here
        (corpus / f"{doc}.es.txt").write_text(
            "El ayuntamiento aprobó el presupuesto.\nLa oposición votó en contra.\n",
            encoding="utf-8")  # fmt: skip
        (corpus / f"{doc}.en.txt").write_text(
            "The council approved the budget.\nThe opposition voted against it.\n",
            encoding="utf-8")  # fmt: skip


def test_a_worker_stopped_before_its_writer_is_owned_leaves_no_temp_file(tmp_path):
    two_documents(tmp_path)
    done = stopped_run(tmp_path, "worker", "batch", "corpus", "-o", "out", "--presegmented",
                       "--workers", "2", "--no-embeddings")  # fmt: skip
    assert "failed: worker process died" in done.stderr  # the hook did stop the worker
    assert done.returncode != 0
    assert [n for n in os.listdir(tmp_path / "out") if n.endswith(".tmp")] == []


def test_the_cli_stopped_before_its_writer_is_owned_leaves_no_temp_file(tmp_path):
    two_documents(tmp_path)
    source, target = "corpus/a.es.txt", "corpus/a.en.txt"
    done = stopped_run(tmp_path, "main", "export", source, target, "--no-embeddings",
                       "--to", "tmx", "-o", "out.tmx")  # fmt: skip
    assert done.returncode == 128 + signal.SIGTERM, done.stderr
    assert "aligner: interrupted" in done.stderr
    assert sorted(os.listdir(tmp_path)) == ["corpus", "hook"]  # no output, no temp file

"""The `aligner` command run in a fresh process forked from one that already imported it.

Most CLI tests spend more CPU starting Python and importing aligner (~260 modules,
their regular expressions and dataclasses) than running the command. Each pytest
worker therefore keeps one server process that has imported every aligner module and
nothing else: no command ran in it, no cache, model or table is loaded. For each
``run_cli`` it forks a child that takes the test's arguments, environment, working
folder and stdin, runs the real ``main()`` and exits with its status, with stdout and
stderr in files the test reads. So each run is still its own process, started from the
state a real process has after its imports; only the imports are shared.

A run whose environment changes what happens at start-up (a PYTHON* variable, the
locale, BLAS threads, ALIGNER_WORDNET) gets a server started under that environment
(the old one stopped); every run gets a plain new interpreter when
ALIGNER_TEST_FRESH_CLI=1. tests/test_cli_server.py checks the two ways
write the same bytes.
"""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import tempfile
from dataclasses import dataclass

# Read by Python or by a module at start-up, before any test's environment could apply.
STARTUP_VARIABLES = (
    "LANG",
    "LANGUAGE",
    "OPENBLAS_NUM_THREADS",
    "OMP_NUM_THREADS",
    "ALIGNER_WORDNET",
)

_SERVER = r"""
import atexit, importlib, json, os, pkgutil, sys, traceback
import aligner
from aligner.cli import main
for info in pkgutil.walk_packages(aligner.__path__, "aligner."):
    importlib.import_module(info.name)
sys.stdout.flush(); sys.stderr.flush()

def _line():
    chunks = []
    while True:
        byte = os.read(0, 1)
        if not byte:
            return None
        if byte == b"\n":
            return b"".join(chunks)
        chunks.append(byte)

def _child(request):
    for fd, path, flags in (
        (0, request["stdin"] or os.devnull, os.O_RDONLY),
        (1, request["stdout"], os.O_WRONLY | os.O_TRUNC),
        (2, request["stderr"], os.O_WRONLY | os.O_TRUNC),
    ):
        opened = os.open(path, flags)
        os.dup2(opened, fd)
        os.close(opened)
    os.chdir(request["cwd"])
    os.environ.clear()
    os.environ.update(request["env"])
    sys.argv = ["-c", *request["argv"]]
    code = 0
    try:
        main()
    except SystemExit as stop:
        if stop.code is None:
            code = 0
        elif isinstance(stop.code, int):
            code = stop.code
        else:
            print(stop.code, file=sys.stderr)
            code = 1
    except BaseException:
        traceback.print_exc()
        code = 1
    try:
        atexit._run_exitfuncs()
        sys.stdout.flush()
        sys.stderr.flush()
    finally:
        os._exit(code)

while (raw := _line()) is not None:
    request = json.loads(raw)
    pid = os.fork()
    if pid == 0:
        _child(request)
    os.write(1, f"{pid}\n".encode())
    _, status = os.waitpid(pid, 0)
    os.write(1, f"{os.waitstatus_to_exitcode(status)}\n".encode())
"""


@dataclass
class Finished:
    """What ``subprocess.run(..., capture_output=True, text=True)`` gives a test."""

    args: list[str]
    returncode: int
    stdout: str
    stderr: str


class _Server:
    def __init__(self, env: dict[str, str]) -> None:
        self.env = dict(env)
        self.process = subprocess.Popen(
            [sys.executable, "-c", _SERVER],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=self.env,
        )
        self.pending = b""

    def stop(self) -> None:
        """End the server and wait for it, so that its CPU time (and its children's) is
        counted in the test run's, as a new interpreter's would be."""
        if self.process.poll() is None:
            self.process.stdin.close()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def fits(self, env: dict[str, str]) -> bool:
        """Whether a run in ``env`` starts the way a run in the server's own would."""
        keys = {k for k in (*env, *self.env) if k.startswith("PYTHON") or k.startswith("LC_")}
        return all(env.get(k) == self.env.get(k) for k in (*keys, *STARTUP_VARIABLES))

    def run(self, argv, env, cwd, stdin, timeout) -> Finished:
        with tempfile.TemporaryDirectory(prefix="aligner-cli-") as folder:
            paths = {name: os.path.join(folder, name) for name in ("stdin", "stdout", "stderr")}
            for name in ("stdout", "stderr"):
                open(paths[name], "w").close()
            if stdin is not None:
                with open(paths["stdin"], "w", encoding="utf-8") as fh:
                    fh.write(stdin)
            request = {
                "argv": list(argv),
                "env": env,
                "cwd": cwd or os.getcwd(),
                "stdin": paths["stdin"] if stdin is not None else None,
                "stdout": paths["stdout"],
                "stderr": paths["stderr"],
            }
            self.process.stdin.write(json.dumps(request).encode() + b"\n")
            self.process.stdin.flush()
            pid = int(self._reply(timeout=60))
            try:
                code = int(self._reply(timeout=timeout))
            except subprocess.TimeoutExpired:
                os.kill(pid, signal.SIGKILL)
                self._reply(timeout=60)
                raise
            with open(paths["stdout"], encoding="utf-8") as out:
                stdout = out.read()
            with open(paths["stderr"], encoding="utf-8") as err:
                stderr = err.read()
        return Finished(["aligner", *argv], code, stdout, stderr)

    def _reply(self, timeout: float) -> str:
        # Unbuffered: a buffered reader could take both reply lines in one read, and
        # select would then wait for a second line already read.
        fd = self.process.stdout.fileno()
        while b"\n" not in self.pending:
            ready, _, _ = select.select([fd], [], [], timeout)
            if not ready:
                raise subprocess.TimeoutExpired("aligner (forked)", timeout)
            chunk = os.read(fd, 64)
            if not chunk:
                raise RuntimeError("the CLI server stopped; rerun with ALIGNER_TEST_FRESH_CLI=1")
            self.pending += chunk
        line, _, self.pending = self.pending.partition(b"\n")
        return line.decode()


_server: _Server | None = None


def stop_server() -> None:
    """At the end of a worker's session (conftest.py's pytest_sessionfinish)."""
    if _server is not None:
        _server.stop()


def run_forked(argv, env: dict[str, str], cwd: str | None, stdin: str | None, timeout: float):
    """Run ``aligner *argv`` forked from the worker's server (None with
    ALIGNER_TEST_FRESH_CLI=1: the caller then starts a new interpreter)."""
    global _server
    if os.environ.get("ALIGNER_TEST_FRESH_CLI") == "1":
        return None
    if _server is not None and _server.process.poll() is None and not _server.fits(env):
        # The environment changed what a start-up reads (a test set the locale or BLAS
        # threads, in this process or for this run): a server started under it instead.
        _server.stop()
        _server = None
    if _server is None or _server.process.poll() is not None:
        _server = _Server(env)
    return _server.run(argv, env, cwd, stdin, timeout)

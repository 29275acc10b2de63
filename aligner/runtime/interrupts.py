"""How a run stops: Ctrl-C, SIGTERM and SIGHUP all end it the same clean way.

SIGTERM and SIGHUP raise KeyboardInterrupt in the main thread, so the code that cleans
up after Ctrl-C (atomic writers removing their temp files, batch recording finished
documents) serves all three; :func:`exit_interrupted` then ends helper processes and
exits with 128 + the signal number. :func:`signals_deferred` holds these signals
around foreign code that must not be interrupted halfway, and
:func:`threads_leave_signals_to_main` keeps them away from every other thread.
"""

from __future__ import annotations

import contextlib
import gc
import os
import signal
import sys
import threading
from collections.abc import Iterator
from typing import NoReturn

import click

# Signals that stop a run the way Ctrl-C does; the exit code is 128 + the signal number.
STOP_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)
)
_received: int | None = None  # the stop signal that arrived, if any
_installed_by = -1  # the process that installed the handler
_exiting = False  # interrupted and cleaned up: further signals are not to break off the exit
# Ctrl-C and the stop signals: the main thread alone is to receive them.
HELD_FOR_MAIN = (signal.SIGINT, *STOP_SIGNALS)


def _stop(signum: int, frame: object) -> None:
    global _received
    if os.getpid() != _installed_by:
        # A forked helper that kept this handler: die as if it had none, leaving the
        # cleanup to the process that owns the outputs.
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)
        return
    if _exiting:
        return
    _received = signum
    # Raised in the main thread wherever it is: atomic_writer removes its temp file,
    # batch records the finished documents, exactly as for Ctrl-C.
    raise KeyboardInterrupt


def _defaults_in_child() -> None:
    """A forked helper (qa's drift worker) gets the default dispositions back.

    The kernel then ends it on SIGTERM even when its Python is stuck, e.g. on a lock
    a thread of the parent held at the fork. The forking thread may have held the
    signals for the main thread (:func:`threads_leave_signals_to_main`); the child's
    only thread takes them again.
    """
    unblock_stop_signals()
    for signum in (signal.SIGINT, *STOP_SIGNALS):
        with contextlib.suppress(ValueError, OSError):
            if signal.getsignal(signum) is _stop:
                default = signal.default_int_handler if signum == signal.SIGINT else None
                signal.signal(signum, default or signal.SIG_DFL)


@contextlib.contextmanager
def threads_leave_signals_to_main() -> Iterator[None]:
    """Threads started inside the block block Ctrl-C and the stop signals, Python's own
    and a library's native ones (numpy starts its BLAS thread when it is imported).

    The kernel may hand a signal sent to the process to any thread that does not block
    it; Python runs its handler in the main thread only, and only when that thread next
    runs Python, so a signal another thread took leaves the main thread in its blocking
    call (a batch driver once waited a minute for the next document so). The main
    thread's own mask is as before after the block. Processes forked inside inherit the
    mask: they take the signals again (:func:`unblock_stop_signals`).
    """
    if not hasattr(signal, "pthread_sigmask") or (
        threading.current_thread() is not threading.main_thread()
    ):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, HELD_FOR_MAIN)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def unblock_stop_signals() -> None:
    """In a new process (a pool's initializer, a fork): its thread takes the signals."""
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, HELD_FOR_MAIN)


def install_stop_handlers() -> None:
    """SIGTERM and SIGHUP raise KeyboardInterrupt in the main thread, as Ctrl-C does."""
    global _installed_by
    if _installed_by == -1:
        os.register_at_fork(after_in_child=_defaults_in_child)
    _installed_by = os.getpid()
    for signum in STOP_SIGNALS:
        try:
            if signal.getsignal(signum) == signal.SIG_DFL:  # an ignored signal stays ignored
                signal.signal(signum, _stop)
        except (ValueError, OSError):  # not the main thread: signals are not ours
            return


def stop_helpers() -> None:
    """Stop the helper processes an interrupted command left running (qa's drift worker).

    Their results are no longer wanted. A multiprocessing pool still running at exit
    prints a traceback about a closed pipe; one interrupted while it was being built
    left no object to terminate, and its thread would start a new worker at exit, an
    orphan that never ends.
    """
    if "multiprocessing.pool" not in sys.modules:
        return
    import multiprocessing
    import threading
    from multiprocessing import pool

    for obj in gc.get_objects():
        if isinstance(obj, pool.Pool):
            with contextlib.suppress(Exception):
                obj.terminate()
    for thread in threading.enumerate():
        if getattr(getattr(thread, "_target", None), "__name__", "") == "_handle_workers":
            thread._state = pool.TERMINATE  # type: ignore[attr-defined]  # ends its loop
    for child in multiprocessing.active_children():
        with contextlib.suppress(Exception):
            child.terminate()
            child.join(10)


# How long ending the helpers may take before the exit stops waiting for it.
_EXIT_GRACE = 15.0


def _exit_anyway_after(seconds: float, code: int) -> None:
    """A stopped run must end even if ending its helpers hangs (a multiprocessing pool's
    terminate can wait forever on a lock its threads hold, seen once in CI under load):
    after ``seconds`` the helpers known now are killed and the process exits. The
    command's own cleanup (temp files) has already run by then."""
    children = []
    if "multiprocessing" in sys.modules:
        import multiprocessing

        with contextlib.suppress(Exception):
            children = [c.pid for c in multiprocessing.active_children() if c.pid]

    def give_up() -> None:
        for pid in children:
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
        os._exit(code)

    timer = threading.Timer(seconds, give_up)
    timer.daemon = True
    timer.start()


def exit_interrupted() -> NoReturn:
    """After an interrupted command has cleaned up: end its helpers, say so, exit."""
    global _exiting
    _exiting = True  # the command has cleaned up: a repeated signal is not to break off
    with contextlib.suppress(ValueError, OSError):
        if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
            signal.signal(signal.SIGINT, _stop)
    signum = _received or signal.SIGINT
    _exit_anyway_after(_EXIT_GRACE, 128 + signum)
    stop_helpers()
    try:
        if signum == signal.SIGINT and sys.stderr.isatty():
            click.echo(err=True)  # end the line the terminal's "^C" is on
        click.echo("aligner: interrupted", err=True)
    except OSError:  # a hung-up terminal: nobody is there to read it
        pass
    sys.exit(128 + signum)


_DEFERRED_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)


@contextlib.contextmanager
def signals_deferred() -> Iterator[None]:
    """Hold Ctrl-C and friends until the block ends, then handle them as usual.

    find_numbers calls back into Python for every token; a KeyboardInterrupt raised
    inside such a callback becomes a Rust panic that prints its own message. Masking
    the signal at the OS level is not enough (another thread may receive it and
    Python still runs the handler here), so the Python handlers are swapped for one
    that only takes note, and the real ones run once the call is over.
    """
    if threading.current_thread() is not threading.main_thread():
        yield  # handlers run in the main thread only: nothing can interrupt us here
        return
    noted: list[tuple[int, object]] = []
    previous: dict[int, object] = {}

    def note(signum: int, frame: object) -> None:
        noted.append((signum, frame))

    # signal.signal() first runs the handlers of signals already pending, so a real
    # handler may raise in the middle of swapping or restoring. The swap sits inside the
    # try so whatever was swapped is restored, and the restore goes on to the last
    # signal before re-raising, so no handler is left noting forever.
    try:
        for sig in _DEFERRED_SIGNALS:
            handler = signal.getsignal(sig)
            if callable(handler) or handler == signal.SIG_DFL:
                previous[sig] = signal.signal(sig, note)
        yield
    finally:
        raised: BaseException | None = None
        for sig, handler in previous.items():
            while True:
                try:
                    signal.signal(sig, handler)
                    break
                except BaseException as exc:  # a pending signal's handler raised
                    raised = raised or exc
        if raised is not None:
            raise raised
        for signum, frame in noted:
            handler = previous[signum]
            if callable(handler):
                handler(signum, frame)
            else:  # the default action (e.g. terminate), now that the handler is back
                signal.raise_signal(signum)

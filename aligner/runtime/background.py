"""Calls run one after another in a thread beside the caller's, for work that releases
the GIL (the e5 model's C code) while the caller goes on with Python work.

On two cores a model call keeps both busy, but the Python steps between model calls
(choosing the next regions' spans, aligning the last ones again) run on one: with the
model's calls in this thread, the other core does them meanwhile. The calls keep their
order and never overlap each other (two model calls at once would fight over the same
cores), and an exception raised in one is raised again by its future's ``result()``,
in the caller's thread, as the same exception.
"""

from __future__ import annotations

import contextvars
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

from aligner.runtime.interrupts import threads_leave_signals_to_main

T = TypeVar("T")


class SerialThread:
    """A daemon thread running submitted calls in order (``with`` stops it after them).

    Daemon, so a command interrupted while a call runs exits at once instead of waiting
    for that call at interpreter exit (its result is no longer wanted). The caller's
    context variables go with each call, as ``contextvars.copy_context`` at submission.
    """

    def __init__(self, name: str = "aligner-background") -> None:
        self.name = name
        self._queue: queue.SimpleQueue[tuple[Future, contextvars.Context, Callable, tuple] | None]
        self._queue = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._futures: list[Future] = []

    def submit(self, fn: Callable[..., T], *args: Any) -> Future[T]:
        future: Future[T] = Future()
        self._futures.append(future)
        self._queue.put((future, contextvars.copy_context(), fn, args))
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name=self.name, daemon=True)
            with threads_leave_signals_to_main():
                self._thread.start()
        return future

    def _run(self) -> None:
        while (item := self._queue.get()) is not None:
            future, context, fn, args = item
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(context.run(fn, *args))
            except BaseException as exc:  # handed to the caller as it is
                future.set_exception(exc)

    def close(self) -> None:
        """No more calls: the thread ends after those submitted (it is not waited for)."""
        if self._thread is not None:
            self._queue.put(None)

    def __enter__(self) -> SerialThread:
        return self

    def __exit__(self, kind: type[BaseException] | None, *rest: object) -> None:
        if kind is not None:  # the caller failed: the calls not started are not wanted
            for future in self._futures:
                future.cancel()
        self.close()

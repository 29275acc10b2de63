"""Write outputs all-or-nothing: a temp file in the target folder, then rename."""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Iterator
from typing import IO

from aligner.errors import OutputError

# The output's disk (or the user's share of it) can take no more: every later write to
# the same place fails too, so a run writing many files should stop (see aligner/batch/run.py).
DISK_FULL = frozenset({errno.ENOSPC, errno.EDQUOT})


class WriteError(OutputError):
    """The operating system refused the write; ``errno`` says why (e.g. ENOSPC, EFBIG)."""

    def __init__(self, path: str, problem: str, code: int | None):
        super().__init__(path, problem)
        self.errno = code


@contextlib.contextmanager
def atomic_writer(path: str, encoding: str = "utf-8") -> Iterator[IO[str]]:
    """Yield a text handle; the file appears at ``path`` only if the block succeeds.

    On any exception (including KeyboardInterrupt) the temp file is removed, so a
    reader never sees half an output, and a file already at ``path`` is left as it
    was. A refused write (disk full, file too large, permission) is an
    :class:`OutputError` naming ``path``, whether the write, the flush, the fsync or
    the close reported it.
    """
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise OutputError(path, "output folder does not exist")
    fd, tmp, handle = -1, "", None
    try:
        # Named before it exists and listed in _unfinished first: a signal handled at any
        # moment after the file is created (even before this block or a caller's ExitStack
        # owns it) leaves a name that remove_unfinished() can delete.
        fd, tmp = _create_temp(folder)
        handle = os.fdopen(fd, "w", encoding=encoding, newline="\n")
        yield handle
        handle.flush()
        os.fsync(handle.fileno())
        # close() can fail too (a network file system reports a full disk there).
        handle.close()
        os.replace(tmp, path)
    except OSError as exc:
        _discard(handle, fd, tmp)
        problem = "cannot write here" if fd < 0 else "write failed"
        raise WriteError(path, f"{problem} ({_reason(exc)})", exc.errno) from None
    except BaseException:
        _discard(handle, fd, tmp)
        raise
    finally:
        _unfinished.discard(tmp)


# Temp files of this process's writes in progress. An interrupt handled between two
# statements (after the file exists, before a ``with`` or ExitStack has taken the writer)
# skips the writer's own cleanup; a process that then exits at once (a batch worker's
# os._exit) deletes these first.
_unfinished: set[str] = set()


def remove_unfinished() -> None:
    """Delete the temp files of writes an interrupt broke off (before the process exits)."""
    for tmp in list(_unfinished):
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        _unfinished.discard(tmp)


def _create_temp(folder: str) -> tuple[int, str]:
    """A new private-named temp file in ``folder``, open for writing.

    Mode 0o666 under the user's umask: the output gets the permissions a file the user
    created would have (rename keeps them).
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    for _attempt in range(100):
        tmp = os.path.join(folder, f".aligner-{secrets.token_hex(6)}.tmp")
        _unfinished.add(tmp)
        try:
            return os.open(tmp, flags, 0o666), tmp
        except FileExistsError:  # another writer's name: take another
            _unfinished.discard(tmp)
        except OSError:
            _unfinished.discard(tmp)
            raise
    raise FileExistsError(errno.EEXIST, "no free temp file name", folder)


def write_text_atomic(path: str, text: str) -> None:
    with atomic_writer(path) as handle:
        handle.write(text)


def _reason(exc: OSError) -> str:
    """'no space left on device', 'file too large', 'permission denied'..."""
    reason = exc.strerror or str(exc)
    return reason[:1].lower() + reason[1:]


def _discard(handle: IO[str] | None, fd: int, tmp: str) -> None:
    """Close (without raising: the buffered rest may not fit either) and delete the temp file."""
    if not tmp:
        return  # the temp file was never created
    if handle is None:
        with contextlib.suppress(OSError):
            if fd >= 0:
                os.close(fd)
    elif not handle.closed:
        # A failing flush inside close() still closes the descriptor.
        with contextlib.suppress(OSError, ValueError):
            handle.close()
    with contextlib.suppress(OSError):
        os.unlink(tmp)

"""Write outputs all-or-nothing: a temp file in the target folder, then rename."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
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
    try:
        fd, tmp = tempfile.mkstemp(prefix=".aligner-", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise WriteError(path, f"cannot write here ({_reason(exc)})", exc.errno) from None
    handle = None
    try:
        # mkstemp makes the file private (0600); an output should get the usual
        # permissions, as if the user had created it. Some file systems (FAT, some
        # network shares) refuse chmod: the output is still worth writing.
        with contextlib.suppress(OSError):
            os.fchmod(fd, 0o666 & ~_umask())
        handle = os.fdopen(fd, "w", encoding=encoding, newline="\n")
        yield handle
        handle.flush()
        os.fsync(handle.fileno())
        # close() can fail too (a network file system reports a full disk there).
        handle.close()
        os.replace(tmp, path)
    except OSError as exc:
        _discard(handle, fd, tmp)
        raise WriteError(path, f"write failed ({_reason(exc)})", exc.errno) from None
    except BaseException:
        _discard(handle, fd, tmp)
        raise


def write_text_atomic(path: str, text: str) -> None:
    with atomic_writer(path) as handle:
        handle.write(text)


def _reason(exc: OSError) -> str:
    """'no space left on device', 'file too large', 'permission denied'..."""
    reason = exc.strerror or str(exc)
    return reason[:1].lower() + reason[1:]


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _discard(handle: IO[str] | None, fd: int, tmp: str) -> None:
    """Close (without raising: the buffered rest may not fit either) and delete the temp file."""
    if handle is None:
        with contextlib.suppress(OSError):
            os.close(fd)
    elif not handle.closed:
        # A failing flush inside close() still closes the descriptor.
        with contextlib.suppress(OSError, ValueError):
            handle.close()
    with contextlib.suppress(OSError):
        os.unlink(tmp)

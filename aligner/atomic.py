"""Write outputs all-or-nothing: a temp file in the target folder, then rename."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from typing import IO

from aligner.errors import OutputError


@contextlib.contextmanager
def atomic_writer(path: str, encoding: str = "utf-8") -> Iterator[IO[str]]:
    """Yield a text handle; the file appears at ``path`` only if the block succeeds.

    On any exception (including KeyboardInterrupt) the temp file is removed, so a
    reader never sees half an output.
    """
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise OutputError(path, "output folder does not exist")
    try:
        fd, tmp = tempfile.mkstemp(prefix=".aligner-", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise OutputError(path, f"cannot write here ({exc.strerror})") from None
    try:
        # mkstemp makes the file private (0600); an output should get the usual
        # permissions, as if the user had created it.
        os.chmod(tmp, 0o666 & ~_umask())
        with os.fdopen(fd, "w", encoding=encoding, newline="\n") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        _remove_quietly(tmp)
        raise OutputError(path, f"write failed ({exc.strerror or exc})") from None
    except BaseException:
        _remove_quietly(tmp)
        raise


def write_text_atomic(path: str, text: str) -> None:
    with atomic_writer(path) as handle:
        handle.write(text)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _remove_quietly(path: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)

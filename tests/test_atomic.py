import os
import stat

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

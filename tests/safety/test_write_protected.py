"""A letter the user may not write is never replaced (issue 10, item 5): renaming over a file
needs only write access to its folder, so without this check a 0444 file, or a colleague's
file in a shared folder, was silently overwritten."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from answerletter.fileformat import load_letter, save_letter
from answerletter.model.synthetic import generate_letter
from answerletter.safety.saving import (
    WriteProtectedError,
    backup_path,
    may_write,
    save_letter_with_backup,
)

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
TIMEOUT = 120  # seconds the helper process may take on a busy machine before the test fails


@posix_only
@pytest.mark.parametrize("mode", [0o444, 0o400, 0o000])
def test_a_file_without_write_permission_is_not_replaced(tmp_path, mode):
    path = tmp_path / "brief.kvb"
    save_letter(generate_letter(2, seed=1), path)
    before = path.read_bytes()
    path.chmod(mode)
    assert not may_write(path)
    with pytest.raises(WriteProtectedError) as caught:
        save_letter_with_backup(generate_letter(3, seed=2), path, keep_backup=True)
    assert str(caught.value) == (
        "brief.kvb is read-only (write-protected): it was not changed. "
        "Save your changes under another name with Save As"
    )
    path.chmod(0o644)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.kvb"]
    assert not backup_path(path).exists()


@posix_only
def test_a_writable_file_and_a_new_file_may_be_written(tmp_path):
    path = tmp_path / "brief.kvb"
    assert may_write(path)  # not there yet: the folder decides
    save_letter_with_backup(generate_letter(2, seed=1), path, keep_backup=True)
    path.chmod(0o644)
    assert may_write(path)
    save_letter_with_backup(generate_letter(3, seed=2), path, keep_backup=True)
    assert load_letter(path) == generate_letter(3, seed=2)


_AS_ANOTHER_USER = """
import os, sys
from pathlib import Path
from answerletter.model.synthetic import generate_letter
from answerletter.safety.saving import WriteProtectedError, may_write, save_letter_with_backup

os.setgid(65534)
os.setuid(65534)  # nobody, from here on: a colleague without write access to the file
path = Path(sys.argv[1])
print("may write:", may_write(path))
try:
    save_letter_with_backup(generate_letter(4, seed=9), path, keep_backup=True)
    print("saved")
except WriteProtectedError as error:
    print("refused:", error)
"""


@pytest.mark.skipif(os.name != "posix" or os.geteuid() != 0, reason="needs root to switch user")
def test_another_user_with_only_folder_access_cannot_overwrite_the_file():
    folder = Path(tempfile.mkdtemp(prefix="al-gedeeld-"))  # outside root's private tmp
    try:
        folder.chmod(0o777)  # a shared folder everyone may write in
        path = folder / "brief.kvb"
        save_letter(generate_letter(2, seed=1), path)
        path.chmod(0o644)  # the owner's file: others may read it, not write it
        before = path.read_bytes()
        result = subprocess.run(
            [sys.executable, "-c", _AS_ANOTHER_USER, str(path)],
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        assert result.stdout.splitlines() == [
            "may write: False",
            "refused: brief.kvb is read-only (write-protected): it was not changed. "
            "Save your changes under another name with Save As",
        ]
        assert path.read_bytes() == before
        assert path.stat().st_uid == 0
        assert sorted(p.name for p in folder.iterdir()) == ["brief.kvb"]
    finally:
        for item in folder.iterdir():
            item.unlink()
        folder.rmdir()

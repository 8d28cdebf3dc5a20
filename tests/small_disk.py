"""A real, small filesystem for full-disk tests: a tmpfs the test mounts (as root).

``fill`` writes a filler file until the filesystem says ENOSPC; ``free`` removes it. Writes
then truly fail the way they do on a full disk, inside SQLite as anywhere else.
"""

from __future__ import annotations

import errno
import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

FILLER = ".filler"


@contextmanager
def small_disk(folder: Path, size: str = "1m") -> Iterator[Path]:
    """``folder`` with a tmpfs of ``size`` mounted on it for the block (root only)."""
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0777", "tmpfs",
                           str(folder)], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.fail(f"a full-disk test mounts a small tmpfs and needs root: {done.stderr}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path) -> None:
    """Fill the filesystem of ``folder`` to the last byte."""
    fd = os.open(folder / FILLER, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        for size in (65536, 4096, 512, 1):  # down to the last partial block
            try:
                while os.write(fd, b"\0" * size):
                    pass
            except OSError as exc:
                if exc.errno != errno.ENOSPC:
                    raise
    finally:
        os.close(fd)
    assert os.statvfs(folder).f_bavail == 0


def free(folder: Path) -> None:
    (folder / FILLER).unlink()

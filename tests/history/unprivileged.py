"""Running a test body as an unprivileged user, so file permissions really apply.

As root, ``chmod`` stops nobody: the body then runs in a child process that imports what
it needs and drops to uid/gid 65534 ("nobody") before touching the files. As a normal user
it runs in a child process unchanged. The folder handed to the body belongs to that user.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

NOBODY = 65534
SKIP = 77  # exit status of a child that could not become unprivileged

_PRELUDE = """
import json, os, sys
from datetime import datetime, timezone
from pathlib import Path
from footwork.history.recorder import SafeRecorder
from footwork.history.store import Store
from footwork.session.results import ExerciseResult, SideResult

FOLDER = Path(os.environ["FOOTWORK_TEST_FOLDER"])
if os.geteuid() == 0:
    try:
        os.setgroups([])
        os.setgid({nobody})
        os.setuid({nobody})
    except OSError:
        sys.exit({skip})
try:
    os.listdir(FOLDER)
except OSError:
    sys.exit({skip})
out = {{}}
"""


@pytest.fixture
def unprivileged_folder() -> Iterator[Path]:
    """A fresh folder the unprivileged user owns, outside pytest's root-only tmp folders."""
    if not hasattr(os, "geteuid"):
        pytest.fail("POSIX permissions are needed for this test")
    folder = Path(tempfile.mkdtemp(prefix="footwork-history-test-"))
    if os.geteuid() == 0:
        os.chown(folder, NOBODY, NOBODY)
    try:
        yield folder
    finally:
        for root, dirs, files in os.walk(folder):
            for name in dirs + files:
                target = Path(root, name)
                if not target.is_symlink():
                    target.chmod(stat.S_IRWXU)
        shutil.rmtree(folder)


def run_unprivileged(folder: Path, body: str) -> dict[str, Any]:
    """Run ``body`` (which fills the dict ``out``) unprivileged; ``out`` read back."""
    code = _PRELUDE.format(nobody=NOBODY, skip=SKIP) + textwrap.dedent(body) \
        + "\nprint(json.dumps(out))\n"
    env = {**os.environ, "FOOTWORK_TEST_FOLDER": str(folder)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env, cwd=folder, timeout=120)
    if done.returncode == SKIP:
        pytest.fail("cannot run as an unprivileged user here "
                    "(need root to drop to uid 65534, or a normal user)")
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout)
    return result

"""Nothing in Footwork ever ``open()``s the history file, its ``-wal`` or ``-shm``.

Closing any descriptor of a file drops every POSIX lock the process holds on it, so one plain
``open()`` while a connection lives lets another process's SQLite delete the ``-wal`` still in
use. A Python audit hook sees every ``open``/``os.open``; the test drives every path the code
has to the history file (create, reopen, a broken file kept aside, a folder it cannot use,
recording with a reader open, read-only export, the command line, the one owner shared by
the recorder, the daily backup, restoring one in the app and on the command line) in a fresh
process and fails on any plain open of the file, its companions, its backups and the copy
kept aside by a restore.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

SCENARIO = textwrap.dedent("""
    import io, json, os, sys
    from datetime import datetime, timezone
    from pathlib import Path

    base = Path(sys.argv[1])
    opened = []

    def hook(event, args):
        if event == "open" and isinstance(args[0], (str, bytes, os.PathLike)):
            name = os.path.basename(os.fsdecode(args[0]))
            if name.startswith("history"):
                opened.append(name)

    sys.addaudithook(hook)

    from footwork.cli import main
    from footwork.history import SafeRecorder, Store, export
    from footwork.history.errors import os_reason
    from footwork.history.owner import HistoryOwner
    from footwork.session.results import ExerciseResult, SideResult

    path = base / "data" / "history.sqlite3"
    side = SideResult(side="left", planned_sets=1, achieved_sets=1, planned_count=10,
                      achieved_count=10, planned_seconds=50.0, achieved_seconds=50.0)
    started = datetime.now(timezone.utc).astimezone()
    with Store.open(path) as store:                       # a new file
        store.record(store.begin_session("r", "h", started), ExerciseResult("e", "hold", 0,
                                                                            (side,)))
    reader = Store.open(path)                             # an existing file, kept open
    recorder = SafeRecorder(path)                         # a second connection beside it
    recorder.begin("r", "h", started)
    recorder.record(ExerciseResult("e", "hold", 0, (side,)))
    os_reason(path)                                       # why a write failed
    with Store.open_read_only(path) as read_only:         # another reader
        export(read_only, "csv", io.StringIO())
    os.environ["FOOTWORK_DATA_DIR"] = str(path.parent)
    sys.stdout = io.StringIO()
    main(["export", "--format", "json"])                  # the command line
    sys.stdout = sys.__stdout__
    recorder.finish("completed", started)
    recorder.close()
    reader.close()

    owner = HistoryOwner(path, path.parent / "backups")   # the app: one owner, a daily backup
    shared = SafeRecorder.sharing(owner)
    shared.begin("r", "h", started)
    shared.record(ExerciseResult("e", "hold", 1, (side,)))
    owner.get().saved_parts(shared.session_id)
    main(["backup"])                                      # a backup from the command line
    backup = sorted((path.parent / "backups").iterdir())[0]
    owner.get().restore(backup)                           # restoring in the app
    owner.close()
    sys.stdout = io.StringIO()
    main(["restore", str(backup)])                        # and on the command line
    sys.stdout = sys.__stdout__
    assert list(path.parent.glob("history.sqlite3.before-restore-*")), "kept aside"

    broken = base / "broken" / "history.sqlite3"          # a damaged file kept aside
    broken.parent.mkdir()
    broken.write_bytes(b"not a database" * 300)         # written before the hook counts
    opened.clear()
    Store.open(broken).close()
    print(json.dumps(opened))
""")


def test_no_code_path_opens_the_history_file_with_open(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-c", SCENARIO, str(tmp_path)], capture_output=True,
                          text=True, check=False, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.splitlines()[-1]) == []
    kept = [p.name for p in (tmp_path / "broken").iterdir()]
    assert any(name.startswith("history.sqlite3.corrupt-") for name in kept), kept


def test_the_audit_hook_sees_a_plain_open(tmp_path: Path) -> None:
    """The detector itself works: a plain open of the file is reported."""
    code = SCENARIO.split("from footwork.cli")[0] + textwrap.dedent("""
        path = base / "history.sqlite3"
        path.write_bytes(b"")
        print(json.dumps(opened))
    """)
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True,
                          text=True, check=True, timeout=60)
    assert json.loads(done.stdout.splitlines()[-1]) == ["history.sqlite3"]


APP = textwrap.dedent("""
    import json, os, sys
    from pathlib import Path

    opened = []

    def hook(event, args):
        if event == "open" and isinstance(args[0], (str, bytes, os.PathLike)):
            if os.path.basename(os.fsdecode(args[0])).startswith("history"):
                opened.append(os.path.basename(os.fsdecode(args[0])))

    sys.addaudithook(hook)
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["FOOTWORK_DATA_DIR"] = sys.argv[1]
    from PySide6.QtWidgets import QApplication
    from footwork.app import create_window
    app = QApplication([])
    for start in ("ball-roll", None):                    # a workout saved, then a second start
        window = create_window(start)                    # with its daily backup and resume offer
        window.controller and window.controller.stop()
        window.show_history()                            # the History page reads the same store
        window.close()
    print(json.dumps(opened))
""")


def test_the_app_never_opens_the_history_file_with_open(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-c", APP, str(tmp_path)], capture_output=True,
                          text=True, check=False, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.splitlines()[-1]) == []
    assert list((tmp_path / "backups").iterdir())  # the second start made the daily backup

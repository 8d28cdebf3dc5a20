"""PySide6 6.12.0 on Python 3.11 aborts after a few thousand calls of a method returning None
("Fatal Python error: none_dealloc"). The workout page updates labels every second for half
an hour, so this must never be the Qt we run on: the pin in pyproject.toml keeps it out, and
this test fails if it ever comes back."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_fifty_thousand_label_updates_survive() -> None:
    code = textwrap.dedent("""
        import os
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtWidgets import QApplication, QLabel
        app = QApplication([])
        label = QLabel()
        for n in range(50_000):
            label.setText(str(n))
            label.setVisible(True)
        print(label.text())
    """)
    # A separate process: an abort here must fail this test, not end the whole run.
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "49999"

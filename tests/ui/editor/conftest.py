"""No modal dialog may open unasked in these tests: it would wait for a click forever."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"a modal dialog would open: {args[1:3]}")

    for owner, name in ((QMessageBox, "question"), (QMessageBox, "warning"),
                        (QFileDialog, "getSaveFileName"), (QFileDialog, "getOpenFileNames")):
        monkeypatch.setattr(owner, name, refuse)

"""The routine's own fields: name, id, description, get-ready and switch times."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from footwork.ui.editor.fields import NumberField, ProseField, TextField
from footwork.ui.editor.form import Form

translate = QCoreApplication.translate


def routine_form() -> Form:
    form = Form()
    form.setObjectName("routineForm")
    form.add(translate("Editor", "Name"), TextField("name"))
    form.add(translate("Editor", "Id"), TextField("id"))
    form.add(translate("Editor", "Description"), ProseField("description"))
    form.add(translate("Editor", "Get ready"), NumberField("prepare", 5))
    form.add(translate("Editor", "Switch sides"), NumberField("switch", 5))
    return form

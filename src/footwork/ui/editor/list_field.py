"""A list of texts (sequence items, check choices, equipment): edit in place, add, remove."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from footwork.ui.editor.fields import Field

EDITABLE = (
    Qt.ItemFlag.ItemIsEnabled
    | Qt.ItemFlag.ItemIsSelectable
    | Qt.ItemFlag.ItemIsEditable
    | Qt.ItemFlag.ItemIsDragEnabled
)


class TextListField(Field):
    """Texts one per line; with ``optional``, an empty list removes the key."""

    def __init__(self, key: str, optional: bool = False, parent: QWidget | None = None) -> None:
        super().__init__((key,), parent)
        self.optional = optional
        self.list = QListWidget()
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.list.setMaximumHeight(110)
        self.add = QPushButton(self.tr("Add"))
        self.remove = QPushButton(self.tr("Remove"))
        buttons = QVBoxLayout()
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        self.row.addWidget(self.list, 1)
        self.row.addLayout(buttons)
        self.add.clicked.connect(self.add_entry)
        self.remove.clicked.connect(self.remove_entry)
        self.list.itemChanged.connect(self._emit)
        self.list.model().rowsMoved.connect(self._emit)

    def values(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    def _emit(self) -> None:
        values = self.values()
        self.edited.emit(self.keys[0], None if self.optional and not values else values)

    def _item(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(EDITABLE)
        return item

    def add_entry(self, text: str = "") -> None:
        """A new entry at the end, open for typing."""
        item = self._item(text if isinstance(text, str) else "")
        self.list.blockSignals(True)
        self.list.addItem(item)
        self.list.blockSignals(False)
        self.list.setCurrentItem(item)
        self._emit()
        if self.list.isVisible():
            self.list.editItem(item)

    def remove_entry(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            row = self.list.count() - 1
        if row >= 0:
            self.list.takeItem(row)
            self._emit()

    def show_values(self, table: dict[str, Any]) -> None:
        self.list.clear()
        value = table.get(self.keys[0], [])
        for text in value if isinstance(value, list) else []:
            self.list.addItem(self._item(str(text)))

"""Edit the list of touchpoints: add the shop's own, rename, hide ones it does not use."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QInputDialog, QListWidget,
                               QListWidgetItem, QPushButton, QVBoxLayout)

from desktop.cases.queries import TouchpointRow
from desktop.ui.labels import touchpoint_name

__all__ = ["TouchpointDialog"]


class TouchpointDialog(QDialog):
    add_requested = Signal(str)
    """A new touchpoint name."""
    rename_requested = Signal(str, str)
    """(key, new name)."""
    hide_requested = Signal(str)
    """Key of a touchpoint to hide from new cases."""

    def __init__(self, touchpoints: list[TouchpointRow], parent=None):
        super().__init__(parent)
        self.list_widget = QListWidget(self)
        self.add_button = QPushButton(self)
        self.rename_button = QPushButton(self)
        self.hide_button = QPushButton(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.add_button, self.rename_button, self.hide_button):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list_widget)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.add_button.clicked.connect(self._on_add)
        self.rename_button.clicked.connect(self._on_rename)
        self.hide_button.clicked.connect(self._on_hide)
        self.list_widget.currentRowChanged.connect(self._update_buttons)
        self.set_touchpoints(touchpoints)
        self.translate_ui()

    def translate_ui(self) -> None:
        self.setWindowTitle(self.tr("Touchpoints"))
        self.add_button.setText(self.tr("Add…"))
        self.rename_button.setText(self.tr("Rename…"))
        self.hide_button.setText(self.tr("Hide"))
        self.hide_button.setToolTip(self.tr("Hidden touchpoints are not offered for new cases; "
                                            "cases already tagged keep them."))

    def set_touchpoints(self, touchpoints: list[TouchpointRow]) -> None:
        self.list_widget.clear()
        for tp in touchpoints:
            if tp.archived:
                continue
            item = QListWidgetItem(touchpoint_name(tp.key, tp.name))
            item.setData(Qt.ItemDataRole.UserRole, tp.key)
            self.list_widget.addItem(item)
        self._update_buttons()

    def _current_key(self) -> str | None:
        item = self.list_widget.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _update_buttons(self, *_args) -> None:
        key = self._current_key()
        self.rename_button.setEnabled(key is not None)
        self.hide_button.setEnabled(key is not None and key != "other")

    def _on_add(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add a touchpoint"),
                                        self.tr("Name (for example: Parking, Packaging):"))
        if ok and name.strip():
            self.add_requested.emit(name.strip())

    def _on_rename(self) -> None:
        key, item = self._current_key(), self.list_widget.currentItem()
        if key is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename touchpoint"), self.tr("New name:"),
                                        text=item.text())
        if ok and name.strip():
            self.rename_requested.emit(key, name.strip())

    def _on_hide(self) -> None:
        key = self._current_key()
        if key is not None and key != "other":
            self.hide_requested.emit(key)

"""Settings: the Replies tab (how replies are signed and checked, the rule for abusive comments)
plus the pages the caller adds (Accounts, Platform apps)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QLabel, QLineEdit, QTabWidget, QVBoxLayout, QWidget)

from desktop.app.preferences import ReplySettings

__all__ = ["SettingsDialog"]


class SettingsDialog(QDialog):
    save_requested = Signal(object)
    """The owner pressed Save: the new ReplySettings."""

    def __init__(self, values: ReplySettings, parent=None, pages: tuple[tuple[str, QWidget], ...] = ()):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.signature_edit = QLineEdit(values.signature, self)
        self.signature_edit.setMaxLength(80)
        self.signature_edit.setPlaceholderText(self.tr("for example: – Limah (ML)"))
        self.shop_edit = QLineEdit(values.shop_name, self)
        self.shop_edit.setMaxLength(80)
        self.prefer_combo = QComboBox(self)
        self.prefer_combo.addItem(self.tr("Malay (Malaysia)"), "ms")
        self.prefer_combo.addItem(self.tr("Indonesian (Indonesia)"), "id")
        self.prefer_combo.setCurrentIndex(max(0, self.prefer_combo.findData(values.prefer)))
        self.name_check = QCheckBox(self.tr("Warn when a reply does not greet the customer by name"), self)
        self.name_check.setChecked(values.require_name)
        self.signature_check = QCheckBox(self.tr("Warn when a reply is not signed"), self)
        self.signature_check.setChecked(values.require_signature)
        self.hide_check = QCheckBox(self.tr("Hide abusive comments automatically"), self)
        self.hide_check.setChecked(values.auto_hide_abuse)
        hide_note = QLabel(self.tr("Off: abusive comments are only marked, and you decide. On: "
                                   "Balas asks the platform to hide each new comment with "
                                   "abusive words; the writer and their friends still see it."),
                           self)
        hide_note.setWordWrap(True)
        hide_note.setTextFormat(Qt.TextFormat.PlainText)
        form = QFormLayout()
        form.addRow(self.tr("Sign replies with:"), self.signature_edit)
        form.addRow(self.tr("Shop name in replies:"), self.shop_edit)
        form.addRow(self.tr("When Malay and Indonesian look alike, read it as:"), self.prefer_combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        replies = QWidget(self)
        replies_layout = QVBoxLayout(replies)
        replies_layout.addLayout(form)
        replies_layout.addWidget(self.name_check)
        replies_layout.addWidget(self.signature_check)
        replies_layout.addWidget(self.hide_check)
        replies_layout.addWidget(hide_note)
        replies_layout.addStretch(1)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(replies, self.tr("Replies"))
        for title, page in pages:
            self.tabs.addTab(page, title)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def values(self) -> ReplySettings:
        return ReplySettings(signature=self.signature_edit.text().strip(),
                             shop_name=self.shop_edit.text().strip(),
                             prefer=self.prefer_combo.currentData(),
                             require_name=self.name_check.isChecked(),
                             require_signature=self.signature_check.isChecked(),
                             auto_hide_abuse=self.hide_check.isChecked())

    def _on_save(self) -> None:
        self.save_requested.emit(self.values())
        self.accept()

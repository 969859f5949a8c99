"""The small dialogs of Settings → Accounts: choosing one of several Pages, pasting a token."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QVBoxLayout, QWidget)

from desktop.platforms import PLATFORMS
from desktop.ui.labels import channel_name
from desktop.ui.text import one_line

__all__ = ["ChooseAccountDialog", "PasteTokenDialog", "plain_label"]


def plain_label(text: str, parent: QWidget) -> QLabel:
    """Wrapped plain text (customer and platform words never render as HTML)."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class ChooseAccountDialog(QDialog):
    chosen = Signal(object)

    def __init__(self, choices: list, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose a Page"))
        self.choices = choices
        self.combo = QComboBox(self)
        for choice in choices:
            self.combo.addItem(one_line(choice.name or choice.external_id, 80))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("Your sign-in can answer on several Pages. Which one should "
                                              "Balas connect? You can connect another one later."), self))
        layout.addWidget(self.combo)
        layout.addWidget(buttons)

    def _on_ok(self) -> None:
        self.chosen.emit(self.choices[self.combo.currentIndex()])
        self.accept()


class PasteTokenDialog(QDialog):
    """For owners who already have a token (from the platform's developer tools)."""

    paste_requested = Signal(str, str, str)
    """(platform, token, refresh token or "")."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Paste a token"))
        self.platform_combo = QComboBox(self)
        for platform in PLATFORMS:
            self.platform_combo.addItem(channel_name(platform), platform)
        self.token_edit = QPlainTextEdit(self)
        self.token_edit.setPlaceholderText(self.tr("Paste the access token here"))
        self.token_edit.setTabChangesFocus(True)
        self.refresh_edit = QLineEdit(self)
        self.refresh_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.refresh_edit.setPlaceholderText(self.tr("X only, optional: lets Balas renew the sign-in"))
        self.error_label = plain_label("", self)
        self.error_label.setStyleSheet("color: #a4262c;")
        self.error_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.connect_button = buttons.addButton(self.tr("Check and connect"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._on_connect)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Platform:"), self.platform_combo)
        form.addRow(self.tr("Access token:"), self.token_edit)
        form.addRow(self.tr("Refresh token:"), self.refresh_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("Balas checks the token with the platform and keeps it only in "
                                              "this computer's keyring. A Facebook user token lets you pick "
                                              "one of your Pages."), self))
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def _on_connect(self) -> None:
        token = self.token_edit.toPlainText().strip()
        if not token:
            self.show_error(self.tr("Paste the token first."))
            return
        self.error_label.hide()
        self.paste_requested.emit(self.platform_combo.currentData(), token, self.refresh_edit.text().strip())

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

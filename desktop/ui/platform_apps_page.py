"""Settings → Platform apps: the IDs of the owner's own registered apps (kept in the settings)
and their secrets (kept only in the keyring), and the redirect address to register."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QFormLayout, QGroupBox, QHBoxLayout, QLineEdit, QPushButton, QSpinBox,
                               QVBoxLayout, QWidget)

from desktop.app.accounts_controller import AccountsView
from desktop.app.preferences import PlatformApps
from desktop.ui.account_dialogs import plain_label

__all__ = ["PlatformAppsPage", "callback_address"]


def callback_address(port: int) -> str:
    return f"http://127.0.0.1:{port}/callback"


class PlatformAppsPage(QWidget):
    """The owner's own registered apps: IDs kept in the settings, secrets only in the keyring."""

    forget_requested = Signal(str)
    """The owner wants the keyring to forget this app secret (its name)."""

    def __init__(self, apps: PlatformApps, parent: QWidget | None = None):
        super().__init__(parent)
        self.facebook_id = self._id_edit(apps.facebook_app_id)
        self.facebook_secret = self._secret_edit()
        self.facebook_client_token = self._secret_edit()
        self.instagram_id = self._id_edit(apps.instagram_app_id)
        self.instagram_secret = self._secret_edit()
        self.x_client_id = self._id_edit(apps.x_client_id)
        self.port_spin = QSpinBox(self)
        self.port_spin.setRange(1024, 65535)
        self.port_spin.setValue(apps.port)
        self.callback_edit = QLineEdit(callback_address(apps.port), self)
        self.callback_edit.setReadOnly(True)
        self.port_spin.valueChanged.connect(lambda port: self.callback_edit.setText(callback_address(port)))
        copy = QPushButton(self.tr("Copy"), self)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.callback_edit.text()))
        self.secret_edits = {"facebook/secret": self.facebook_secret,
                             "facebook/client_token": self.facebook_client_token,
                             "instagram/secret": self.instagram_secret}
        self.forget_buttons = {name: QPushButton(self.tr("Forget"), self) for name in self.secret_edits}
        for name, button in self.forget_buttons.items():
            button.setToolTip(self.tr("Remove this secret from the keyring"))
            button.clicked.connect(lambda _=False, n=name: self.forget_requested.emit(n))

        intro = plain_label(self.tr("Balas signs in through apps you register yourself on each platform, so "
                                     "your data goes from the platform straight to this computer. The README's "
                                     "“Connect your accounts” section shows every step. Secrets are kept "
                                     "only in this computer's keyring."), self)
        callback_row = QHBoxLayout()
        callback_row.addWidget(self.callback_edit, 1)
        callback_row.addWidget(copy)
        general = QFormLayout()
        general.addRow(self.tr("Sign-in port:"), self.port_spin)
        general.addRow(self.tr("Redirect address to register:"), callback_row)
        facebook = QGroupBox(self.tr("Facebook (Pages)"), self)
        form = QFormLayout(facebook)
        form.addRow(self.tr("App ID:"), self.facebook_id)
        form.addRow(self.tr("App secret:"), self._secret_row("facebook/secret"))
        form.addRow(self.tr("Client token:"), self._secret_row("facebook/client_token"))
        form.addRow(plain_label(self.tr("With the app secret you sign in in the browser; with only the "
                                         "client token you type a code at facebook.com/device."), facebook))
        instagram = QGroupBox(self.tr("Instagram (professional account)"), self)
        form = QFormLayout(instagram)
        form.addRow(self.tr("Instagram app ID:"), self.instagram_id)
        form.addRow(self.tr("Instagram app secret:"), self._secret_row("instagram/secret"))
        x = QGroupBox(self.tr("X"), self)
        form = QFormLayout(x)
        form.addRow(self.tr("OAuth 2.0 client ID:"), self.x_client_id)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(general)
        layout.addWidget(facebook)
        layout.addWidget(instagram)
        layout.addWidget(x)
        layout.addStretch(1)
        self.show_saved(frozenset())

    def _id_edit(self, value: str) -> QLineEdit:
        edit = QLineEdit(value, self)
        edit.setMaxLength(200)
        return edit

    def _secret_edit(self) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setMaxLength(500)
        return edit

    def _secret_row(self, name: str) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.secret_edits[name], 1)
        row.addWidget(self.forget_buttons[name])
        return row

    def show_saved(self, saved: frozenset) -> None:
        """Which secrets the keyring already holds (never their values)."""
        for name, edit in self.secret_edits.items():
            edit.setPlaceholderText(self.tr("saved in the keyring — type to replace") if name in saved
                                    else self.tr("not set"))
            self.forget_buttons[name].setEnabled(name in saved)

    def apps(self) -> PlatformApps:
        return PlatformApps(self.facebook_id.text().strip(), self.instagram_id.text().strip(),
                            self.x_client_id.text().strip(), self.port_spin.value())

    def show_saved_from(self, view: AccountsView) -> None:
        self.show_saved(view.saved_secrets)

    def take_new_secrets(self) -> dict[str, str]:
        """The secrets the owner typed (empty boxes keep what the keyring holds); the boxes empty,
        as the keyring has them from now on."""
        typed = {name: edit.text().strip() for name, edit in self.secret_edits.items() if edit.text().strip()}
        for name in typed:
            self.secret_edits[name].clear()
        return typed

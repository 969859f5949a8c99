"""Settings → Accounts and Settings → Platform apps: connect, sign in again or sign out each
account and see how it stands; the IDs and secrets of the owner's own platform apps."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from desktop.app.accounts_controller import AccountsController, AccountsView
from desktop.app.preferences import SYNC_MINUTES_RANGE, PlatformApps
from desktop.cases.vocab import AccountStatus
from desktop.platforms.base import ErrorKind, PlatformError
from desktop.ui.messages import explain_error
from desktop.ui.text import fill, one_line, recent_time

__all__ = ["AccountsPage", "PlatformAppsPage", "PasteTokenDialog", "PLATFORM_NAMES", "callback_address"]

PLATFORM_NAMES = {"facebook": "Facebook", "instagram": "Instagram", "x": "X"}


def callback_address(port: int) -> str:
    return f"http://127.0.0.1:{port}/callback"


def open_in_browser(url: str) -> None:
    QDesktopServices.openUrl(QUrl(url))


def _plain_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class AccountsPage(QWidget):
    """The connected accounts with their status, and the buttons to connect more."""

    def __init__(self, accounts: AccountsController, sync_minutes: int, port: Callable[[], int],
                 open_url: Callable[[str], None] = open_in_browser, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = accounts
        self._port = port
        self._open_url = open_url
        self.view: AccountsView | None = None
        self._choice_dialog: QDialog | None = None
        self.paste_dialog: PasteTokenDialog | None = None
        self.before_sign_in: Callable[[], None] | None = None  # e.g. keep the app details just typed

        self.keyring_banner = _plain_label("", self)
        self.keyring_banner.setObjectName("keyringBanner")
        self.keyring_banner.setStyleSheet("QLabel#keyringBanner { background: #fff4ce; color: #3b2f00;"
                                          " padding: 8px; border-radius: 4px; }")
        self.keyring_banner.hide()
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Platform"), self.tr("Account"), self.tr("Status")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Connected accounts"))
        self.empty_label = _plain_label(self.tr("No account is connected yet. Connect your Facebook Page, "
                                                "Instagram or X account below; comments then arrive in the "
                                                "inbox by themselves."), self)

        self.connect_buttons = {
            "facebook": QPushButton(self.tr("Connect a Facebook Page…"), self),
            "instagram": QPushButton(self.tr("Connect Instagram…"), self),
            "x": QPushButton(self.tr("Connect X…"), self),
        }
        for platform, button in self.connect_buttons.items():
            button.clicked.connect(lambda _=False, p=platform: self.start_sign_in(p))
        self.paste_button = QPushButton(self.tr("Paste a token…"), self)
        self.paste_button.clicked.connect(self.open_paste_dialog)
        self.again_button = QPushButton(self.tr("Sign in again"), self)
        self.again_button.clicked.connect(self._sign_in_again)
        self.sign_out_button = QPushButton(self.tr("Sign out"), self)
        self.sign_out_button.setToolTip(self.tr("Balas forgets this sign-in; the comments, cases and "
                                                "waiting replies stay."))
        self.sign_out_button.clicked.connect(self._sign_out)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        # shown while a sign-in runs
        self.progress = QFrame(self)
        self.progress.setFrameShape(QFrame.Shape.StyledPanel)
        self.progress_label = _plain_label("", self.progress)
        self.code_label = QLabel(self.progress)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.code_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.code_label.setFont(font)
        self.copy_code_button = QPushButton(self.tr("Copy the code"), self.progress)
        self.copy_code_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.code_label.text()))
        self.cancel_button = QPushButton(self.tr("Cancel sign-in"), self.progress)
        self.cancel_button.clicked.connect(accounts.cancel)
        code_row = QHBoxLayout()
        code_row.addWidget(self.code_label)
        code_row.addWidget(self.copy_code_button)
        code_row.addStretch(1)
        code_row.addWidget(self.cancel_button)
        progress_layout = QVBoxLayout(self.progress)
        progress_layout.addWidget(self.progress_label)
        progress_layout.addLayout(code_row)
        self.progress.hide()
        self.message = _plain_label("", self)
        self.message.setAccessibleName(self.tr("Sign-in message"))

        self.interval_spin = QSpinBox(self)
        self.interval_spin.setRange(*SYNC_MINUTES_RANGE)
        self.interval_spin.setValue(sync_minutes)
        self.interval_spin.setSuffix(self.tr(" min"))
        self.interval_spin.setAccessibleName(self.tr("Minutes between syncs"))

        connect_row = QHBoxLayout()
        for button in (*self.connect_buttons.values(), self.paste_button):
            connect_row.addWidget(button)
        connect_row.addStretch(1)
        manage_row = QHBoxLayout()
        manage_row.addWidget(self.again_button)
        manage_row.addWidget(self.sign_out_button)
        manage_row.addStretch(1)
        interval_row = QHBoxLayout()
        interval_row.addWidget(QLabel(self.tr("Look for new comments every:"), self))
        interval_row.addWidget(self.interval_spin)
        interval_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.keyring_banner)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(manage_row)
        layout.addLayout(connect_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addLayout(interval_row)

        accounts.loaded.connect(self.show_accounts)
        accounts.browser_wanted.connect(self._on_browser_wanted)
        accounts.device_code.connect(self._on_device_code)
        accounts.choices.connect(self._on_choices)
        accounts.connected.connect(self._on_connected)
        accounts.sign_in_ended.connect(self._on_sign_in_ended)
        accounts.failed.connect(self._on_failed)
        self._update_buttons()
        accounts.load()

    # -- showing ---------------------------------------------------------------------------
    def show_accounts(self, view: AccountsView) -> None:
        selected = self.selected_account()
        self.view = view
        if view.keyring_problem:
            self.keyring_banner.setText(fill(self.tr(
                "Balas cannot use this computer's password store (keyring), so it cannot keep a "
                "sign-in. Accounts cannot sync, but everything else works offline. To fix it, sign in "
                "to your computer's keyring (or install one) and open Settings again. Details: %1"),
                one_line(view.keyring_problem, 200)))
        self.keyring_banner.setVisible(bool(view.keyring_problem))
        self.table.setRowCount(len(view.accounts))
        for row, account in enumerate(view.accounts):
            name = account.display_name or (f"@{account.handle}" if account.handle else account.external_id)
            if account.handle and account.display_name and account.platform != "facebook":
                name = fill(self.tr("%1 (@%2)"), account.display_name, account.handle)
            cells = (PLATFORM_NAMES.get(account.platform, account.platform), one_line(name, 80),
                     self.status_text(account))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, account.id)
                if column == 2 and account.last_error:
                    item.setToolTip(one_line(account.last_error, 300))
                self.table.setItem(row, column, item)
            if account.id == selected:
                self.table.selectRow(row)
        self.table.resizeColumnsToContents()
        self.empty_label.setVisible(not view.accounts)
        for button in (*self.connect_buttons.values(), self.paste_button):
            button.setEnabled(not view.keyring_problem and not self.controller.signing_in)
        self._update_buttons()

    def status_text(self, account) -> str:
        synced = (fill(self.tr("synced %1"), recent_time(account.last_sync_at)) if account.last_sync_at
                  else self.tr("not synced yet"))
        if account.status == AccountStatus.SIGNED_OUT:
            return self.tr("Signed out")
        if account.status == AccountStatus.NEEDS_RELOGIN:
            return self.tr("Needs you to sign in again")
        if account.status == AccountStatus.OFFLINE:
            return fill(self.tr("Offline · %1"), synced)
        if account.error_kind == ErrorKind.RATE_LIMITED and account.retry_at:
            return fill(self.tr("Connected · the platform asked Balas to wait until %1"),
                        recent_time(account.retry_at))
        if account.error_kind:
            return fill(self.tr("Connected · the last sync failed, Balas tries again · %1"), synced)
        return fill(self.tr("Connected · %1"), synced)

    def selected_account(self) -> int | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _selected_row(self):
        account_id = self.selected_account()
        if self.view is None or account_id is None:
            return None
        return next((a for a in self.view.accounts if a.id == account_id), None)

    def _update_buttons(self) -> None:
        account = self._selected_row()
        busy = self.controller.signing_in
        usable = self.view is not None and not self.view.keyring_problem
        self.again_button.setEnabled(account is not None and usable and not busy)
        self.sign_out_button.setEnabled(account is not None and usable and not busy
                                        and account.status != AccountStatus.SIGNED_OUT)

    # -- signing in ------------------------------------------------------------------------
    def start_sign_in(self, platform: str) -> None:
        self.message.clear()
        if self.before_sign_in is not None:
            self.before_sign_in()
        self._show_progress(fill(self.tr("Finish signing in to %1 in your browser, then come back here. "
                                         "Balas waits up to 10 minutes."), PLATFORM_NAMES[platform]))
        self.controller.sign_in(platform, self.tr("Balas has your sign-in. You can close this tab and go "
                                                  "back to Balas."))
        self._update_buttons()

    def open_paste_dialog(self) -> PasteTokenDialog:
        self.paste_dialog = PasteTokenDialog(self)
        self.paste_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.paste_dialog.paste_requested.connect(self._on_paste)
        self.paste_dialog.open()
        return self.paste_dialog

    def _on_paste(self, platform: str, token: str, refresh_token: str) -> None:
        self.message.clear()
        if self.before_sign_in is not None:
            self.before_sign_in()
        self._show_progress(self.tr("Checking the token with the platform…"))
        self.controller.paste(platform, token, refresh_token)

    def _sign_in_again(self) -> None:
        account = self._selected_row()
        if account is not None:
            self.start_sign_in(account.platform)

    def _sign_out(self) -> None:
        account_id = self.selected_account()
        if account_id is not None:
            self.controller.sign_out(account_id)

    def _show_progress(self, text: str) -> None:
        self.progress_label.setText(text)
        self.code_label.hide()
        self.copy_code_button.hide()
        self.progress.show()
        for button in (*self.connect_buttons.values(), self.paste_button):
            button.setEnabled(False)

    def _on_browser_wanted(self, url: str) -> None:
        self._open_url(url)

    def _on_device_code(self, device) -> None:
        self.progress_label.setText(fill(self.tr("Open %1 in your browser (Balas has opened it), type this "
                                                 "code and allow Balas. The code works for %2 minutes."),
                                         device.verification_uri, max(1, device.expires_in // 60)))
        self.code_label.setText(device.user_code)
        self.code_label.show()
        self.copy_code_button.show()

    def _on_sign_in_ended(self) -> None:
        self.progress.hide()
        if self.view is not None:
            self.show_accounts(self.view)

    def _on_choices(self, choices: list) -> None:
        dialog = ChooseAccountDialog(choices, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(self.controller.connect_choice)
        self._choice_dialog = dialog
        dialog.open()

    def _on_connected(self, account) -> None:
        if self.paste_dialog is not None and self.paste_dialog.isVisible():
            self.paste_dialog.accept()
        name = account.display_name or account.handle or account.external_id
        self.message.setText(fill(self.tr("%1 is connected. Balas syncs it now and every few minutes."),
                                  one_line(name, 80)))

    def _on_failed(self, what: str, error: BaseException) -> None:
        text = self.explain(error)
        if self.paste_dialog is not None and self.paste_dialog.isVisible() and what == "sign_in":
            self.paste_dialog.show_error(text)  # the token stays in the box
        self.message.setText(text)

    def explain(self, error: BaseException) -> str:
        from desktop.secrets import KeyringUnavailable

        if isinstance(error, KeyringUnavailable):
            return fill(self.tr("This computer's password store (keyring) cannot be used, so the sign-in "
                                "was not kept. Everything else works offline. Details: %1"),
                        one_line(error.reason, 200))
        if isinstance(error, PlatformError):
            return self._explain_platform(error)
        from desktop.platforms.signin import Problem, SignInError

        if not isinstance(error, SignInError):
            return explain_error(error)
        port = self._port()
        texts = {
            Problem.NOT_SET_UP: self.tr("Fill in this platform's app details on the “Platform apps” tab "
                                        "first. The README explains, step by step, how to get them.")
            if error.detail != "token" else self.tr("Paste the token first."),
            Problem.PORT_BUSY: fill(self.tr("Another program is using port %1 on this computer, where the "
                                            "sign-in comes back to. Close that program, or choose another "
                                            "port on the “Platform apps” tab and register the new address "
                                            "with the platform."), port),
            Problem.DENIED: self.tr("The sign-in was cancelled on the platform's page. Nothing changed."),
            Problem.TIMED_OUT: fill(self.tr("Nothing came back from the browser in time. If the platform "
                                            "showed an error, check that your app's ID and the address %1 "
                                            "are registered exactly as shown, then try again."),
                                    callback_address(port)),
            Problem.CANCELLED: self.tr("Sign-in cancelled. Nothing changed."),
            Problem.BAD_ANSWER: self.tr("The browser came back with an answer that does not belong to this "
                                        "sign-in, so Balas did not use it. Please try again."),
            Problem.NO_ACCOUNTS: self.tr("You signed in, but this account may not moderate any Facebook "
                                         "Page. Ask the Page's admin for full control or for moderating "
                                         "access, then try again."),
            Problem.CODE_EXPIRED: self.tr("The code ran out before it was entered. Start again to get a "
                                          "new one."),
        }
        return texts[error.problem]

    def _explain_platform(self, error: PlatformError) -> str:
        if error.kind == ErrorKind.NEEDS_RELOGIN:
            return self.tr("The platform did not accept this sign-in: the token is wrong, has run out, or "
                           "lacks a permission. Sign in again and allow everything Balas asks for.")
        if error.kind == ErrorKind.RATE_LIMITED:
            return fill(self.tr("The platform asks Balas to wait before trying again (until %1)."),
                        recent_time(error.retry_at)) if error.retry_at else self.tr(
                "The platform asks Balas to wait a while before trying again.")
        if error.offline:
            return self.tr("Balas cannot reach the platform. Check the internet connection and try again.")
        if error.kind == ErrorKind.TEMPORARY:
            return self.tr("The platform had a problem answering. Please try again in a few minutes.")
        return fill(self.tr("The platform refused: “%1”. Check your app's details on the “Platform apps” "
                            "tab."), one_line(error.message, 300) or "?")


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
        layout.addWidget(_plain_label(self.tr("Your sign-in can answer on several Pages. Which one should "
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
        for platform, name in PLATFORM_NAMES.items():
            self.platform_combo.addItem(name, platform)
        self.token_edit = QPlainTextEdit(self)
        self.token_edit.setPlaceholderText(self.tr("Paste the access token here"))
        self.token_edit.setTabChangesFocus(True)
        self.refresh_edit = QLineEdit(self)
        self.refresh_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.refresh_edit.setPlaceholderText(self.tr("X only, optional: lets Balas renew the sign-in"))
        self.error_label = _plain_label("", self)
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
        layout.addWidget(_plain_label(self.tr("Balas checks the token with the platform and keeps it only in "
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


class PlatformAppsPage(QWidget):
    """The owner's own registered apps: IDs kept in the settings, secrets only in the keyring."""

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

        intro = _plain_label(self.tr("Balas signs in through apps you register yourself on each platform, so "
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
        form.addRow(self.tr("App secret:"), self.facebook_secret)
        form.addRow(self.tr("Client token:"), self.facebook_client_token)
        form.addRow(_plain_label(self.tr("With the app secret you sign in in the browser; with only the "
                                         "client token you type a code at facebook.com/device."), facebook))
        instagram = QGroupBox(self.tr("Instagram (professional account)"), self)
        form = QFormLayout(instagram)
        form.addRow(self.tr("Instagram app ID:"), self.instagram_id)
        form.addRow(self.tr("Instagram app secret:"), self.instagram_secret)
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

    def show_saved(self, saved: frozenset) -> None:
        """Which secrets the keyring already holds (never their values)."""
        for name, edit in self.secret_edits.items():
            edit.setPlaceholderText(self.tr("saved in the keyring — type to replace") if name in saved
                                    else self.tr("not set"))

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

"""Settings → Accounts: connect, sign in again or sign out each account and see how it stands;
how often to sync."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QHBoxLayout, QLabel, QPushButton,
                               QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from desktop.app.accounts_controller import AccountsController, AccountsView
from desktop.app.preferences import SYNC_MINUTES_RANGE
from desktop.cases.vocab import AccountStatus
from desktop.platforms.base import ErrorKind, PlatformError
from desktop.ui.account_dialogs import ChooseAccountDialog, PasteTokenDialog, plain_label
from desktop.ui.labels import channel_name
from desktop.ui.messages import explain_error
from desktop.ui.platform_apps_page import callback_address
from desktop.ui.text import fill, one_line, recent_time

__all__ = ["AccountsPage", "open_in_browser"]


def open_in_browser(url: str) -> None:
    QDesktopServices.openUrl(QUrl(url))


class AccountsPage(QWidget):
    """The connected accounts with their status, and the buttons to connect more."""

    def __init__(self, accounts: AccountsController, sync_minutes: int, port: Callable[[], int],
                 open_url: Callable[[str], None] = open_in_browser, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = accounts
        self._port = port
        self._open_url = open_url
        self.view: AccountsView | None = None
        self.paste_dialog: PasteTokenDialog | None = None
        self.before_sign_in: Callable[[], None] | None = None  # e.g. keep the app details just typed

        self.keyring_banner = plain_label("", self)
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
        self.empty_label = plain_label(self.tr("No account is connected yet. Connect your Facebook Page, "
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
        self.progress_label = plain_label("", self.progress)
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
        self.message = plain_label("", self)
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
        if accounts.signing_in:  # Settings was closed during a sign-in that has not stopped yet
            self._show_progress(self.tr("Stopping the last sign-in…"))
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
            cells = (channel_name(account.platform), one_line(name, 80),
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
                                         "Balas waits up to 10 minutes."), channel_name(platform)))
        self.controller.sign_in(platform, self.tr("Balas has received the platform's answer. You can close "
                                                  "this tab and go back to Balas."))
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
        minutes = max(1, device.expires_in // 60)
        self.progress_label.setText(fill(self.tr("Open %1 in your browser (Balas has opened it), type this "
                                                 "code and allow Balas. The code works for %n minute(s).",
                                                 "", minutes), device.verification_uri))
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

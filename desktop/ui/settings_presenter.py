"""Opens Settings and applies what the owner saves: reply settings, how often to sync, the
platform apps (IDs in the settings, secrets in the keyring); accounts act at once."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QObject, Qt

from desktop.ui.text import fill

if TYPE_CHECKING:  # the pages load when Settings first opens, not with the window
    from desktop.app.accounts_controller import AccountsController
    from desktop.app.autostart import Autostart
    from desktop.app.preferences import Preferences
    from desktop.app.reminders_controller import RemindersController
    from desktop.app.sync_controller import SyncController
    from desktop.ui.main_window import MainWindow
    from desktop.ui.platform_apps_page import PlatformAppsPage
    from desktop.ui.reminders_page import RemindersPage

__all__ = ["SettingsPresenter"]


def _default_wordings():
    """Balas's own wordings, read when Settings opens (three small files)."""
    from desktop.triage.playbooks import Playbooks

    return Playbooks().variants


class SettingsPresenter(QObject):
    def __init__(self, window: MainWindow, preferences: Preferences, accounts: AccountsController,
                 sync: SyncController, reminders: RemindersController, autostart: Autostart,
                 start_command: Callable[[], list[str]] | None, open_url: Callable[[str], None] | None = None,
                 parent=None):
        super().__init__(parent)
        self.reminders = reminders
        self.autostart = autostart
        self.start_command = start_command  # how to start at login; None: never (demo)
        self.window = window
        self.preferences = preferences
        self.accounts = accounts
        self.sync = sync
        self.open_url = open_url  # None: the system's browser; tests put a stand-in here
        self.dialog = None
        window.settings_requested.connect(self.open_dialog)
        window.accounts_requested.connect(lambda: self.open_dialog("accounts"))

    def open_dialog(self, tab: str = "replies"):
        from desktop.ui.accounts_page import AccountsPage, open_in_browser
        from desktop.ui.platform_apps_page import PlatformAppsPage
        from desktop.ui.playbooks_page import PlaybooksPage
        from desktop.ui.reminders_page import RemindersPage
        from desktop.ui.settings_dialog import SettingsDialog

        if self.dialog is not None:
            if tab == "accounts":
                self.dialog.tabs.setCurrentWidget(self.dialog.accounts_page)
            self.dialog.raise_()
            return self.dialog
        apps = PlatformAppsPage(self.preferences.platform_apps())
        accounts = AccountsPage(self.accounts, self.preferences.sync_minutes(), lambda: apps.apps().port,
                                self.open_url or open_in_browser)
        accounts.before_sign_in = lambda: self._keep_apps(apps)
        apps.forget_requested.connect(lambda name: self.accounts.save_secrets({name: ""}))
        self.accounts.loaded.connect(apps.show_saved_from)
        reminders = RemindersPage(self.autostart.is_enabled(), autostart_allowed=self.start_command is not None)
        playbooks = PlaybooksPage(self.preferences.reply_playbooks(), _default_wordings())
        self.reminders.targets_loaded.connect(reminders.show_targets)
        self.reminders.load_targets()
        dialog = SettingsDialog(self.preferences.replies(), self.window,
                                pages=((self.tr("Suggested replies"), playbooks), (self.tr("Reminders"), reminders),
                                       (self.tr("Accounts"), accounts), (self.tr("Platform apps"), apps)))
        dialog.accounts_page, dialog.apps_page, dialog.reminders_page = accounts, apps, reminders
        dialog.playbooks_page = playbooks
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.save_requested.connect(self._on_saved)
        dialog.finished.connect(self._on_closed)
        if tab == "accounts":
            dialog.tabs.setCurrentWidget(accounts)
        elif tab == "reminders":
            dialog.tabs.setCurrentWidget(reminders)
        elif tab == "playbooks":
            dialog.tabs.setCurrentWidget(playbooks)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_closed(self, _result) -> None:
        self.accounts.cancel()  # a sign-in still waiting for the browser is not wanted any more
        self.dialog = None

    def _keep_apps(self, apps: PlatformAppsPage) -> None:
        """A sign-in uses the app details on the page now, so they are kept before it starts."""
        self.preferences.save_platform_apps(apps.apps())
        self.accounts.save_secrets(apps.take_new_secrets())  # queued before the sign-in: read by it

    def _keep_reminders(self, page: RemindersPage) -> None:
        targets = page.targets()
        if targets is not None and targets != page.loaded_targets:
            self.reminders.save_targets(targets)
        wanted = page.autostart_check.isChecked()
        if self.start_command is None or wanted == self.autostart.is_enabled():
            return
        try:
            self.autostart.enable(self.start_command()) if wanted else self.autostart.disable()
        except OSError as error:
            self.window.show_status(fill(self.tr("Could not change starting with the computer: %1"),
                                         error.strerror or str(error)), notice=True)

    def _on_saved(self, values) -> None:
        dialog = self.dialog
        self.preferences.save_replies(values)
        if dialog is not None:
            minutes = dialog.accounts_page.interval_spin.value()
            self.preferences.save_sync_minutes(minutes)
            self.sync.set_interval(minutes)
            self._keep_apps(dialog.apps_page)
            self._keep_reminders(dialog.reminders_page)
            self.preferences.save_reply_playbooks(dialog.playbooks_page.values())
        panel = self.window.case_panel
        if panel.detail is not None:  # the signature or the checks may have changed
            panel.reply_editor.check_requested.emit(panel.reply_editor.text(),
                                                    panel.reply_editor.language())
        self.window.show_status(self.tr("Settings saved."), notice=True)

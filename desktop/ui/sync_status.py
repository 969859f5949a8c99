"""Says in the status bar where sync stands, and starts a sync when the owner refreshes."""

from __future__ import annotations

from PySide6.QtCore import QObject

from desktop.app.sync_controller import SyncController
from desktop.cases.vocab import AccountStatus
from desktop.ui.labels import channel_name
from desktop.ui.main_window import MainWindow
from desktop.ui.text import fill, one_line, recent_time

__all__ = ["SyncStatus"]

class SyncStatus(QObject):
    def __init__(self, window: MainWindow, sync: SyncController, reload_inbox, parent=None):
        super().__init__(parent)
        self.window = window
        self.sync = sync
        sync.sync_started.connect(self._on_started)
        sync.sync_progress.connect(self._on_progress)
        sync.sync_finished.connect(self._on_finished)
        sync.sync_failed.connect(self._on_failed)
        sync.cases_arrived.connect(reload_inbox)
        window.refresh_requested.connect(sync.sync_now)

    def _on_started(self) -> None:
        if self.sync.last_summary is None or self.sync.last_summary.accounts:
            self.window.show_sync(self.tr("Syncing…"))

    def _on_progress(self, name: str, fetched: int) -> None:
        self.window.show_sync(fill(self.tr("Syncing %1… %2 comments read"), one_line(name, 40), fetched))

    def _on_failed(self, error) -> None:
        self.window.show_sync(self.tr("Sync stopped on an unexpected problem; Balas tries again in a "
                                      "few minutes. Your cases and replies are safe."))

    def _on_finished(self, summary) -> None:
        text, details = self.describe(summary)
        self.window.show_sync(text, details)

    def describe(self, summary) -> tuple[str, str]:
        """(one status-bar line, a tooltip with a line per account)."""
        waiting = summary.outbox.waiting
        details = "\n".join(self._account_line(a) for a in summary.accounts)
        if summary.keyring or summary.outbox.keyring:
            return (self.tr("Accounts cannot sync: this computer's keyring cannot be used. "
                            "Everything else works."), summary.keyring or summary.outbox.keyring or "")
        offline = summary.outbox.offline or any(a.status == AccountStatus.OFFLINE for a in summary.accounts)
        if offline:
            if waiting:
                return self.tr("Offline — %n reply(s) waiting", "", waiting), details
            return self.tr("Offline — Balas syncs again when the connection is back"), details
        relogin = [a for a in summary.accounts if a.status == AccountStatus.NEEDS_RELOGIN]
        if relogin:
            return fill(self.tr("%1 needs you to sign in again (Settings → Accounts)"),
                        self._name(relogin[0])), details
        if summary.outbox.failed:
            return self.tr("%n reply(s) could not be posted — open the case to see why", "",
                           summary.outbox.failed), details
        if not summary.accounts:
            return (self.tr("%n reply(s) waiting for a connected account", "", waiting) if waiting else "",
                    details)
        synced = fill(self.tr("Synced at %1"), recent_time(self.sync.last_sync_at))
        if waiting:
            synced = fill(self.tr("%1 · %2"), synced, self.tr("%n reply(s) waiting", "", waiting))
        return synced, details

    def _name(self, account) -> str:
        return one_line(account.name, 40) or channel_name(account.platform)

    def _account_line(self, account) -> str:
        name = fill(self.tr("%1 (%2)"), self._name(account), channel_name(account.platform))
        if account.status == AccountStatus.NEEDS_RELOGIN:
            return fill(self.tr("%1: sign in again"), name)
        if account.status == AccountStatus.OFFLINE:
            return fill(self.tr("%1: offline"), name)
        if account.error_kind == "rate_limited":
            return fill(self.tr("%1: the platform asked Balas to wait a while"), name)
        if account.error_kind:
            return fill(self.tr("%1: could not sync this time (%2)"), name, one_line(account.error or "", 120))
        return fill(self.tr("%1: %2 new, %3 changed"), name, account.new, account.updated)

"""Background sync for the window: a timer, a "sync now", the network lane, and what the
status bar needs to say (progress, last sync, offline with replies waiting)."""

from __future__ import annotations

import gc
import logging
import threading
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.app.tasks import TaskRunner
from desktop.cases.db import Database

__all__ = ["SyncController", "SYNC_EVERY_MINUTES", "RETRY_OFFLINE_SECONDS"]

log = logging.getLogger(__name__)

SYNC_EVERY_MINUTES = 5
RETRY_OFFLINE_SECONDS = 60   # while offline with replies waiting, look for the network this often
FIRST_SYNC_DELAY_MS = 3000   # let the window settle first


class SyncController(QObject):
    sync_started = Signal()
    """A run began (fetching, then sending)."""
    sync_progress = Signal(str, int)
    """(account name, comments fetched so far) while a run goes on; emitted from the worker."""
    sync_finished = Signal(object)
    """The run's SyncSummary."""
    sync_failed = Signal(object)
    """A run broke on something unexpected (the error); the next run tries again."""
    cases_arrived = Signal()
    """The run opened or changed cases: the inbox should reload."""

    def __init__(self, database: Database, runner: TaskRunner, data_dir: Path,
                 rules: Callable[[], object] | None = None, triage=None,
                 parent: QObject | None = None, interval_minutes: int = SYNC_EVERY_MINUTES):
        super().__init__(parent)
        self._db = database
        self._runner = runner
        self._data_dir = Path(data_dir)
        self._rules = rules
        self._triage = triage  # the app's SharedTriage: one loaded model for replies and sync
        self._service = None  # built on the network lane (imports requests, keyring, triage)
        self._stop = threading.Event()
        self._running = False
        self._again = False
        self.last_summary = None
        self.last_sync_at: datetime | None = None
        self._interval_ms = max(1, interval_minutes) * 60_000
        self._looking_for_network = False
        self._timer = QTimer(self)
        self._timer.setInterval(self._interval_ms)
        self._timer.timeout.connect(self.sync_now)

    @property
    def running(self) -> bool:
        return self._running

    def set_interval(self, minutes: int) -> None:
        """How often to sync from now on (the owner's setting)."""
        self._interval_ms = max(1, minutes) * 60_000
        if not self._looking_for_network:
            self._timer.setInterval(self._interval_ms)

    def start(self) -> None:
        self._timer.start()
        QTimer.singleShot(FIRST_SYNC_DELAY_MS, self.sync_now)

    def close(self) -> None:
        """Stop between pages and sends; the lane is drained by the runner's close."""
        self._stop.set()
        self._timer.stop()

    def sync_now(self) -> None:
        """Fetch every account and send the outbox, unless a run is on (then one more follows)."""
        if self._stop.is_set():
            return
        if self._running:
            self._again = True
            return
        self._running = True
        self.sync_started.emit()
        rules = self._rules() if self._rules is not None else None  # read here: QSettings is not thread-safe
        self._runner.network(self._run, rules, callback=self._on_done)

    # -- worker side -----------------------------------------------------------------------
    def _run(self, rules):
        if self._service is None:
            self._service = self._build_service()
        if rules is not None:
            self._service.rules = rules
        return self._service.sync_once(progress=self.sync_progress.emit, should_stop=self._stop.is_set)

    def _build_service(self):
        from desktop.paths import default_data_dir
        from desktop.sync.accounts import AccountStore, vault_for
        from desktop.sync.service import SyncService

        accounts = AccountStore(self._db, vault_for(self._data_dir, default_data_dir()))
        triage = self._triage.get().triage if self._triage is not None else None
        service = SyncService(self._db, accounts, triage=triage)
        service.triage  # noqa: B018  (loaded now, before the freeze below)
        # The loaded word lists, libraries and windows live as long as the app: a full garbage
        # collection that walks them all holds every thread (the UI's too) for ~60 ms.
        gc.freeze()
        return service

    # -- UI thread -------------------------------------------------------------------------
    def _on_done(self, summary, error) -> None:
        self._running = False
        if error is not None:
            log.error("sync failed: %s", type(error).__name__)
            self.sync_failed.emit(error)
        else:
            self.last_summary = summary
            self.last_sync_at = datetime.now(timezone.utc)
            # Offline with replies waiting: look for the network every minute, so the outbox
            # empties by itself soon after it is back.
            self._looking_for_network = bool(summary.to_json()["offline"] and summary.outbox.waiting)
            self._timer.setInterval(RETRY_OFFLINE_SECONDS * 1000 if self._looking_for_network
                                    else self._interval_ms)
            self.sync_finished.emit(summary)
            if any(a.new or a.updated or a.deleted for a in summary.accounts) or summary.outbox.sent:
                self.cases_arrived.emit()
        if self._again and not self._stop.is_set():
            self._again = False
            self.sync_now()

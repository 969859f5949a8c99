"""The running app below the windows: QApplication, language, the case log, workers, backups.

The ui layer builds its windows on top of an AppSession; nothing here imports desktop.ui.
"""

from __future__ import annotations

import getpass
import logging
from datetime import datetime
from pathlib import Path
from typing import Callable, NamedTuple

from PySide6.QtCore import QByteArray, QObject, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from desktop import APP_NAME, __version__
from desktop.app.accounts_controller import AccountsController
from desktop.app.i18n import install_translators, pick_language
from desktop.app.inbox_controller import InboxController
from desktop.app.patterns_controller import PatternsController
from desktop.app.people_controller import PeopleController
from desktop.app.preferences import Preferences, ReplySettings
from desktop.app.reminders_controller import RemindersController
from desktop.app.reply_controller import ReplyController, SharedTriage
from desktop.app.reports_controller import ReportsController
from desktop.app.saved_replies_controller import SavedRepliesController
from desktop.app.sync_controller import SyncController
from desktop.app.tasks import TaskRunner
from desktop.cases.clock import utcnow
from desktop.cases.db import Database, open_database
from desktop.paths import DB_FILENAME, resources_dir

__all__ = ["GuiOptions", "AppSession", "create_application", "open_case_log", "open_demo",
           "latest_backup", "restore_backup", "WindowState"]

log = logging.getLogger(__name__)


class GuiOptions(NamedTuple):
    data_dir: Path
    demo: bool = False
    language: str | None = None
    smoke: bool = False
    extra_cases: int = 0
    minimized: bool = False  # started with the computer: only the tray icon


def create_application(argv: list[str], language: str | None) -> QApplication:
    """The QApplication with its name, icon and translations (`language` None = the system's)."""
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "balas.png")))
    chosen = pick_language(language)
    app.setProperty("balas_language", chosen)
    app._balas_translators = install_translators(app, chosen)
    log.info("Balas %s starting (language %s)", __version__, chosen)
    return app


def open_case_log(data_dir: Path) -> Database:
    """Open the owner's case log; raises a DatabaseProblem the caller explains."""
    return open_database(data_dir / DB_FILENAME)


def open_demo(data_dir: Path, extra_cases: int = 0) -> Database:
    """A fresh demo shop in its own folder (never the owner's case log), triaged as it arrives."""
    from desktop.cases.demo import build_demo_database

    from desktop.sync.intake import triage_all

    return build_demo_database(data_dir, utcnow(), extra_cases, prepare=triage_all)


def latest_backup(data_dir: Path) -> Path | None:
    from desktop.cases import backups

    return backups.latest_backup(data_dir / DB_FILENAME)


def restore_backup(data_dir: Path, backup: Path) -> Path:
    """Put `backup` in place; returns where the original was moved (it is never overwritten)."""
    from desktop.cases import backups

    return backups.restore_backup(data_dir / DB_FILENAME, backup, utcnow())


def _demo_defaults() -> ReplySettings:
    from desktop.cases.demo import load_demo_shop

    shop = load_demo_shop()["shop"]
    return ReplySettings(signature=shop.get("signature", ""), shop_name=shop.get("name", ""))


class WindowState:
    """Window geometry and splitter/column layouts, kept apart from the owner's preferences."""

    def __init__(self):
        self._settings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                                   APP_NAME, "window")

    def load(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) else None

    def save(self, values: dict[str, QByteArray]) -> None:
        for key, value in values.items():
            self._settings.setValue(key, value)
        self._settings.sync()


class AppSession(QObject):
    """One open case log with its workers and controllers; the windows sit on top."""

    def __init__(self, app: QApplication, database: Database, demo: bool = False,
                 clock: Callable[[], datetime] | None = None):
        super().__init__(app)
        self.app = app
        self.database = database
        self.demo = demo
        self.clock = clock = clock or utcnow
        self.runner = TaskRunner(self)
        actor = getpass.getuser()[:16]
        self.preferences = Preferences(demo=demo, defaults=_demo_defaults() if demo else ReplySettings())
        triage = SharedTriage()
        self.controller = InboxController(database, self.runner, actor=actor, clock=clock,
                                          triage=triage, rules=self.preferences.intake_rules)
        self.replies = ReplyController(self.runner, triage, self.preferences.replies,
                                       ui_language=app.property("balas_language") or "en",
                                       custom=self.preferences.reply_playbooks)
        self.sync = SyncController(database, self.runner, database.path.parent,
                                   rules=self.preferences.intake_rules, triage=triage, parent=self,
                                   interval_minutes=self.preferences.sync_minutes())
        self.controller.outbox_queued.connect(self.sync.sync_now)  # send it at once
        self.accounts = AccountsController(database, self.runner, database.path.parent,
                                           self.preferences, parent=self)
        self.accounts.connected.connect(lambda _account: self.sync.sync_now())
        self.reminders = RemindersController(database, self.runner, actor, clock=clock, parent=self)
        self.reports = ReportsController(database, self.runner, clock=clock, parent=self)
        self.patterns = PatternsController(database, self.runner, clock=clock, parent=self)
        self.people = PeopleController(database, self.runner, clock=clock, parent=self)
        self.saved_replies = SavedRepliesController(database, self.runner, triage, self.preferences.replies,
                                                    clock=clock, parent=self)
        self.people.cases_changed.connect(self.controller.cases_changed)
        self.controller.cases_changed.connect(self.patterns.cases_changed)
        self.controller.case_added.connect(self.patterns.cases_changed)
        self.sync.cases_arrived.connect(self.patterns.cases_changed)
        self.reminders.cases_changed.connect(self.controller.cases_changed)
        self.controller.cases_changed.connect(lambda _ids: self.reminders.check())
        self.controller.case_added.connect(lambda _id: self.reminders.check())
        self.sync.cases_arrived.connect(self.reminders.check)
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(60 * 60 * 1000)  # Balas may stay open for days
        self._backup_timer.timeout.connect(self.backup_if_due)

    def started(self) -> None:
        """The inbox is up: import the ORM and load the triage for the first save, take the
        daily backup."""
        self.controller.warm_up()
        self.replies.warm_up()
        self.backup_if_due()
        self._backup_timer.start()
        self.sync.start()
        self.reminders.start()
        self.patterns.start()

    def backup_if_due(self) -> None:
        """Take the daily backup on the write lane (never while a write is half done)."""
        from desktop.cases import backups

        path = self.database.path

        def backup():
            if backups.daily_backup_due(path, utcnow()):
                return backups.make_backup(path, utcnow(), reason="daily")
            return None

        def done(made, error):
            if error is not None:
                log.warning("daily backup failed: %s", error)
            elif made is not None:
                log.info("daily backup written: %s", made.name)

        self.runner.write(backup, callback=done)

    def shutdown(self) -> None:
        self._backup_timer.stop()
        self.reminders.close()
        self.patterns.close()
        self.accounts.close()
        self.sync.close()
        self.runner.close()
        self.controller.close()
        self.database.dispose()
        self.deleteLater()  # the controllers and their timers go on the UI thread, never from a GC elsewhere

"""Starts the window: QApplication, language, the case log (with its problems explained), the inbox."""

from __future__ import annotations

import getpass
import logging
import sys
from typing import NamedTuple
from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from desktop import APP_NAME, __version__
from desktop.app.i18n import install_translators, pick_language
from desktop.app.inbox_controller import InboxController
from desktop.app.tasks import TaskRunner
from desktop.app.window_controller import WindowController
from desktop.cases import backups
from desktop.cases.db import Database, open_database
from desktop.cases.errors import DatabaseProblem
from desktop.paths import DB_FILENAME, resources_dir
from desktop.ui.database_problem_dialog import RESTORE, RETRY, DatabaseProblemDialog
from desktop.ui.inbox_model import InboxModel
from desktop.ui.main_window import MainWindow

__all__ = ["GuiOptions", "Gui", "run"]

log = logging.getLogger(__name__)


class GuiOptions(NamedTuple):
    data_dir: Path
    demo: bool = False
    language: str | None = None
    smoke: bool = False
    extra_cases: int = 0


def _now() -> datetime:
    return datetime.now(timezone.utc)


class Gui:
    """Everything one running window needs; tests build it without entering the event loop."""

    def __init__(self, app: QApplication, database: Database, demo: bool = False):
        self.app = app
        self.database = database
        self.runner = TaskRunner(app)
        self.controller = InboxController(database, self.runner, actor=getpass.getuser()[:16])
        self.model = InboxModel()
        self.window = MainWindow(self.model, demo=demo)
        self.wiring = WindowController(self.window, self.controller)

    def start(self) -> None:
        self._restore_window_state()
        self.wiring.inbox_ready.connect(self._after_start)
        self.wiring.start()  # the first page is read while the window maps
        self.window.show()
        self._backup_timer = QTimer(self.window)
        self._backup_timer.setInterval(60 * 60 * 1000)  # Balas may stay open for days
        self._backup_timer.timeout.connect(self.backup_if_due)
        self._backup_timer.start()

    def _after_start(self) -> None:
        """Once the inbox is up: build the case panel, import the ORM, take the daily backup."""
        _ = self.window.case_panel
        self.controller.warm_up()
        self.backup_if_due()

    def backup_if_due(self) -> None:
        """Take the daily backup on the write lane (never while a write is half done)."""
        path = self.database.path

        def backup():
            if backups.daily_backup_due(path, _now()):
                return backups.make_backup(path, _now(), reason="daily")
            return None

        def done(made, error):
            if error is not None:
                log.warning("daily backup failed: %s", error)
            elif made is not None:
                log.info("daily backup written: %s", made.name)

        self.runner.write(backup, callback=done)

    def _window_settings(self) -> QSettings:
        return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, "window")

    def _restore_window_state(self) -> None:
        settings = self._window_settings()
        for key, restore in (("geometry", self.window.restoreGeometry),
                             ("splitter", self.window.splitter.restoreState),
                             ("columns", self.window.table.horizontalHeader().restoreState)):
            value = settings.value(key)
            if value is not None:
                restore(value)

    def save_window_state(self) -> None:
        settings = self._window_settings()
        settings.setValue("geometry", self.window.saveGeometry())
        settings.setValue("splitter", self.window.splitter.saveState())
        settings.setValue("columns", self.window.table.horizontalHeader().saveState())
        settings.sync()

    def shutdown(self) -> None:
        self.save_window_state()
        self.runner.wait_idle()
        self.controller.close()
        self.database.dispose()


def _application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "balas.png")))
    return app


def open_with_dialogs(path: Path) -> Database | None:
    """Open the case log; on a problem, explain it and offer restore / retry. None = quit."""
    while True:
        try:
            return open_database(path)
        except DatabaseProblem as problem:
            log.warning("cannot open %s: %s", path, problem.code)
            backup = backups.latest_backup(path)
            dialog = DatabaseProblemDialog(problem.code, path, backup)
            dialog.exec()
            if dialog.choice == RESTORE and backup is not None:
                backups.restore_backup(path, backup, _now())
            elif dialog.choice != RETRY:
                return None


def run(options: GuiOptions, argv: list[str] | None = None, exec_: bool = True) -> int | Gui:
    """Start the app. With `exec_` False, return the running Gui instead of entering the loop."""
    app = _application(argv or sys.argv[:1])
    language = pick_language(options.language)
    app._balas_translators = install_translators(app, language)
    log.info("Balas %s starting (language %s, demo %s)", __version__, language, options.demo)
    if options.demo:
        from desktop.cases.demo import build_demo_database

        database = build_demo_database(options.data_dir, _now(), options.extra_cases)
    else:
        database = open_with_dialogs(options.data_dir / DB_FILENAME)
        if database is None:
            return 1
    gui = Gui(app, database, demo=options.demo)
    gui.start()
    if not exec_:
        return gui
    if options.smoke:
        gui.wiring.controller.ids_loaded.connect(lambda *_a: QTimer.singleShot(0, app.quit))
        QTimer.singleShot(20_000, app.quit)
    code = app.exec()
    gui.shutdown()
    return code

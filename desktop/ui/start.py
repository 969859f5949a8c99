"""Opens the window: the app session below, the main window and its presenter on top."""

from __future__ import annotations

import logging
import sys

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from desktop.app import session as app_session
from desktop.app.session import AppSession, GuiOptions, WindowState
from desktop.app.single_instance import SingleInstance
from desktop.cases.errors import DatabaseProblem
from desktop.ui.inbox_model import InboxModel
from desktop.ui.inbox_presenter import InboxPresenter
from desktop.ui.main_window import MainWindow
from desktop.ui.text import csv_delimiter

__all__ = ["Gui", "run", "open_with_dialogs"]

log = logging.getLogger(__name__)


class Gui:
    """One running window on an AppSession; tests build it without entering the event loop."""

    def __init__(self, app: QApplication, database, demo: bool = False, clock=None,
                 tray_available: bool | None = None):
        self.session = AppSession(app, database, demo=demo, clock=clock)
        self.app, self.database, self.demo = app, database, demo
        self.runner, self.controller = self.session.runner, self.session.controller
        self.model = InboxModel()
        self.window = MainWindow(self.model, demo=demo)
        self.wiring = InboxPresenter(self.window, self.controller, self.session.replies,
                                     self.session.reminders)
        self.window.quit_requested.connect(app.quit)
        self.window.reports_requested.connect(self.open_reports)
        self.window.export_list_requested.connect(self.export_list)
        self.session.reports.list_exported.connect(self._on_list_exported)
        self.session.reports.failed.connect(self._on_export_failed)
        self.saved_replies_dialog = None
        self.window.case_panel_created.connect(
            lambda panel: panel.reply_editor.saved_replies_requested.connect(self.open_saved_replies))
        self.session.saved_replies.filled.connect(self._on_saved_reply_filled)
        self.session.saved_replies.failed.connect(self._on_saved_reply_failed)
        # Owned by the window, so Qt deletes them with it on the UI thread; left to Python, a
        # garbage collection on a worker thread could delete their timers from the wrong thread.
        self.wiring.setParent(self.window)
        # Built by finish_start(), once the inbox is on screen: start-up paints first.
        self.sync_status = self.settings = self.tray = self.people = self.patterns = None
        self._tray_available = tray_available
        self.finished_start = False
        self.reports_window = None
        self.instance = None  # the SingleInstance claim, when started by run()
        self._window_state = WindowState()

    def start(self, minimized: bool = False) -> None:
        """Show the window, or with `minimized` (started with the computer) only the tray icon."""
        self._restore_window_state()
        self.wiring.inbox_ready.connect(self._after_start)
        self.wiring.start()  # the first screen of rows is read now: the window shows with them
        if minimized:
            self.wiring.load_all()
            self.finish_start()
            if self.tray.icon is None:
                self.window.showMinimized()  # no tray to wait in: the task bar it is
        else:
            # The whole inbox is read once the first screen is painted: read alongside, its
            # Python work would hold the paint back (the GIL). A window the desktop keeps
            # hidden is never painted: then a second later all the same.
            self._first_paint = _FirstPaint(self.window.table,
                                            lambda: QTimer.singleShot(0, self._after_first_paint))
            QTimer.singleShot(1000, self.wiring.load_all)
            self.window.show()

    def _after_first_paint(self) -> None:
        self.wiring.load_all()
        self.finish_start()

    def finish_start(self) -> None:
        """What the first paint does not need: the tray, Settings, sync status, customer data,
        patterns, and answering a second start. Runs once, right after the inbox is on screen."""
        if self.finished_start:
            return
        self.finished_start = True
        from desktop.app.autostart import Autostart
        from desktop.ui.patterns_presenter import PatternsPresenter
        from desktop.ui.people_presenter import PeoplePresenter
        from desktop.ui.settings_presenter import SettingsPresenter
        from desktop.ui.sync_status import SyncStatus
        from desktop.ui.tray import ReminderTray

        session, window = self.session, self.window
        window.finish()
        self.sync_status = SyncStatus(window, session.sync, self.wiring.reload)
        self.settings = SettingsPresenter(window, session.preferences, session.accounts, session.sync,
                                          session.reminders, Autostart(),
                                          None if self.demo else lambda: _start_command(self.database.path.parent))
        self.tray = ReminderTray(window, session.reminders, session.preferences,
                                 open_case=self.wiring.open_case, show_overdue=window.filter_bar.show_overdue,
                                 quit_app=self.app.quit, tray_available=self._tray_available)
        self.people = PeoplePresenter(window, session.people)
        self.patterns = PatternsPresenter(window, session.patterns, self.controller,
                                          lambda: self.wiring.current_case, self._touchpoint_names)
        for presenter in (self.sync_status, self.settings, self.tray, self.people, self.patterns):
            presenter.setParent(window)
        self.tray.tell_no_tray_once()
        if self.instance is not None:
            self.instance.listen()

    def open_reports(self):
        """The reports window (built on first use: start-up stays light)."""
        if self.reports_window is None:
            from desktop.ui.reports_window import ReportsWindow

            self.reports_window = ReportsWindow(self.session.reports, self._touchpoint_names, parent=self.window)
            self.reports_window.cases_requested.connect(self._show_cases)
        self.reports_window.show()
        self.reports_window.raise_()
        self.reports_window.activateWindow()
        return self.reports_window

    def export_list(self, path=None) -> None:
        """The inbox as filtered, to CSV (asks where, unless `path` is given)."""
        path = path or self.window.ask_export_path()
        if path is not None:
            self.window.show_writing()
            self.session.reports.export_list(self.wiring.filter, path, csv_delimiter())

    def _on_list_exported(self, path: str, count: int) -> None:
        self.window.tell_exported(path, count)

    def _on_export_failed(self, what: str, error) -> None:
        if what == "list":
            from desktop.ui.messages import explain_error

            self.window.show_status(explain_error(error), notice=True)

    def open_saved_replies(self):
        """The owner's saved replies, for the case shown (built on first use)."""
        from desktop.ui.saved_replies_dialog import SavedRepliesDialog

        panel = self.window.case_panel
        if panel.detail is None:
            return None
        editor, case_id = panel.reply_editor, panel.detail.id
        dialog = SavedRepliesDialog(self.session.saved_replies, editor.language(), editor.text(),
                                    panel.detail.person.name, parent=self.window)
        name = panel.detail.person.name
        dialog.insert_requested.connect(lambda text, lang: self.session.saved_replies.fill(case_id, text, lang, name))
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: setattr(self, "saved_replies_dialog", None))
        self.saved_replies_dialog = dialog
        dialog.open()
        return dialog

    def _on_saved_reply_filled(self, case_id: int, text: str, lang: str) -> None:
        panel = self.window.case_panel
        if panel.detail is not None and panel.detail.id == case_id:  # never into another customer's reply
            panel.reply_editor.insert_saved(text, lang)

    def _on_saved_reply_failed(self, what: str, error) -> None:
        if what == "fill" or self.saved_replies_dialog is None:  # else the dialog says it
            from desktop.ui.messages import explain_error

            self.window.show_status(explain_error(error), notice=True)

    def _touchpoint_names(self) -> dict:
        return {tp.key: tp.name for tp in self.wiring.touchpoints}

    def _show_cases(self, case_ids, label: str) -> None:
        self.window.filter_bar.show_cases(case_ids, label)
        self.window.bring_to_front()

    def _after_start(self) -> None:
        self.finish_start()  # the inbox may be complete before its first paint
        self.window.case_panel  # noqa: B018  (built now, so the first click is instant)
        self.session.started()

    def _restore_window_state(self) -> None:
        for key, restore in (("geometry", self.window.restoreGeometry),
                             ("splitter", self.window.splitter.restoreState),
                             ("columns", self.window.table.horizontalHeader().restoreState)):
            value = self._window_state.load(key)
            if value is not None:
                restore(value)

    def save_window_state(self) -> None:
        self._window_state.save({"geometry": self.window.saveGeometry(),
                                 "splitter": self.window.splitter.saveState(),
                                 "columns": self.window.table.horizontalHeader().saveState()})

    def shutdown(self) -> None:
        self.save_window_state()
        if self.tray is not None:
            self.tray.hide()
        self.session.shutdown()
        if self.instance is not None:
            self.instance.release()


class _FirstPaint(QObject):
    """Calls `then` once, as `widget` is first painted (its children, such as a table's rows,
    paint right after it in the same pass; a table gets its own Paint for its frame). Watching
    the table, not its viewport: asking for the viewport makes PySide set up every QtWidgets
    class (about 14 ms)."""

    def __init__(self, widget, then):
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self._then()
        return False


def open_with_dialogs(options: GuiOptions):
    """Open the owner's case log; on a problem explain it and offer restore / retry. None = quit."""
    while True:
        try:
            return app_session.open_case_log(options.data_dir)
        except DatabaseProblem as problem:
            from desktop.ui.database_problem_dialog import RESTORE, RETRY, DatabaseProblemDialog

            log.warning("cannot open the case log: %s", problem.code)
            backup = app_session.latest_backup(options.data_dir)
            dialog = DatabaseProblemDialog(problem.code, problem.path, backup)
            dialog.exec()
            if dialog.choice == RESTORE and backup is not None:
                app_session.restore_backup(options.data_dir, backup)
            elif dialog.choice != RETRY:
                return None


def _start_command(data_dir) -> list[str]:
    """How to start this Balas at login: with --data-dir only when it is not the usual folder."""
    from desktop.app.autostart import start_command
    from desktop.paths import default_data_dir

    usual = data_dir.resolve() == default_data_dir().resolve()
    return start_command(None if usual else data_dir)


def _hand_over(instance: SingleInstance, options: GuiOptions) -> int:
    """Balas already runs on this case log: bring its window forward instead of starting again."""
    if instance.hand_over({"minimized": options.minimized}):
        log.info("Balas already runs on %s; its window was brought forward", options.data_dir)
        return 0
    from PySide6.QtWidgets import QMessageBox

    log.warning("Balas already runs on %s but does not answer", options.data_dir)
    if not options.minimized:
        QMessageBox.warning(None, QApplication.translate("Start", "Balas is already running"),
                            QApplication.translate("Start", "Balas is already open on this computer but "
                                                   "does not answer. Look for its icon in the tray or "
                                                   "its window in the task bar; if it hangs, end it in "
                                                   "the task manager and start Balas again."))
    return 1


def run(options: GuiOptions, argv: list[str] | None = None, exec_: bool = True) -> int | Gui:
    """Start the app. With `exec_` False, return the running Gui instead of entering the loop."""
    app = app_session.create_application(argv or sys.argv[:1], options.language)
    instance = SingleInstance(options.data_dir)
    if not instance.claim():
        return _hand_over(instance, options)
    database = (app_session.open_demo(options.data_dir, options.extra_cases) if options.demo
                else open_with_dialogs(options))
    if database is None:
        instance.release()
        return 1
    gui = Gui(app, database, demo=options.demo)
    gui.instance = instance
    instance.activated.connect(lambda wish: None if wish.get("minimized") else gui.window.bring_to_front())
    gui.start(minimized=options.minimized)
    if not exec_:
        return gui
    if options.smoke:
        gui.controller.ids_loaded.connect(lambda *_a: QTimer.singleShot(0, app.quit))
        QTimer.singleShot(20_000, app.quit)
    code = app.exec()
    gui.shutdown()
    return code

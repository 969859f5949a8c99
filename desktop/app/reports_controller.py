"""Builds reports, finds the cases behind a figure and writes the CSV export, all off the UI
thread; only the latest report asked for is passed on."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, Signal

from desktop.app.tasks import TaskRunner
from desktop.cases.clock import utcnow
from desktop.cases.db import Database

__all__ = ["ReportsController"]


class ReportsController(QObject):
    report_ready = Signal(object)
    """A Report for the period last asked for."""
    cases_found = Signal(object, str, object)
    """(case ids, figure, key): the cases behind one figure or bar."""
    exported = Signal(str, int)
    """(file, how many cases): the period's CSV is written."""
    list_exported = Signal(str, int)
    """(file, how many cases): the inbox's list, as filtered, is written."""
    failed = Signal(str, object)
    """(what: report / cases / csv / list, error)."""

    def __init__(self, database: Database, runner: TaskRunner, clock: Callable[[], datetime] = utcnow,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._db = database
        self._runner = runner
        self._clock = clock

    def load(self, period) -> None:
        """The report for a Period (desktop.cases.reports); the latest period asked for wins."""
        now = self._clock()

        def read():
            from desktop.cases.reports import build_report  # imported on first use: start-up stays light

            with self._db.connect() as conn:
                return build_report(conn, period, now)

        def done(report, error):
            if error is not None:
                self.failed.emit("report", error)
            else:
                self.report_ready.emit(report)

        self._runner.read_latest((id(self), "report"), read, done)

    def cases_behind(self, period, figure: str, key: str | None = None) -> None:
        now = self._clock()

        def read():
            from desktop.cases.reports import report_case_ids

            with self._db.connect() as conn:
                return report_case_ids(conn, period, now, figure, key)

        def done(ids, error):
            if error is not None:
                self.failed.emit("cases", error)
            else:
                self.cases_found.emit(ids, figure, key)

        self._runner.read(read, callback=done)

    def export_csv(self, period, path: Path, delimiter: str = ",") -> None:
        def write():
            from desktop.cases.export import CASE_COLUMNS, period_case_rows, write_csv

            with self._db.connect() as conn:
                return write_csv(path, CASE_COLUMNS, period_case_rows(conn, period), delimiter)

        def done(count, error):
            if error is not None:
                self.failed.emit("csv", error)
            else:
                self.exported.emit(str(path), count)

        self._runner.read(write, callback=done)

    def export_list(self, case_filter, path: Path, delimiter: str = ",") -> None:
        """The cases the inbox shows (its filter and search), in its order, to CSV."""
        now = self._clock()

        def write():
            from desktop.cases.export import CASE_COLUMNS, case_rows, write_csv
            from desktop.cases.queries import find_case_ids

            with self._db.connect() as conn:
                return write_csv(path, CASE_COLUMNS, case_rows(conn, find_case_ids(conn, case_filter, now)),
                                 delimiter)

        def done(count, error):
            if error is not None:
                self.failed.emit("list", error)
            else:
                self.list_exported.emit(str(path), count)

        self._runner.read(write, callback=done)

"""Looks for patterns off the UI thread: complaints like the shown case, the groups of the
week, and bursts that may be organised. Checked at start, after new cases, and every few
minutes; only the latest reading of a case is passed on."""

from __future__ import annotations

from datetime import datetime
from typing import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.app.tasks import TaskRunner
from desktop.cases.clock import utcnow
from desktop.cases.db import Database

__all__ = ["PatternsController", "CHECK_MINUTES"]

CHECK_MINUTES = 5
_SETTLE_MS = 2000  # new cases often come in a batch: look once they have settled


class PatternsController(QObject):
    updated = Signal(object, object)
    """(pattern groups, possible attacks) of the week and the last hours."""
    case_described = Signal(int, object)
    """(case id, its Similarity or None)."""
    failed = Signal(str, object)

    def __init__(self, database: Database, runner: TaskRunner, clock: Callable[[], datetime] = utcnow,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._db = database
        self._runner = runner
        self._clock = clock
        self._checking = self._again = self._closed = False
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MINUTES * 60_000)
        self._timer.timeout.connect(self.check)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(_SETTLE_MS)
        self._settle.timeout.connect(self.check)

    def start(self) -> None:
        self.check()
        self._timer.start()

    def close(self) -> None:
        self._closed = True
        self._timer.stop()
        self._settle.stop()

    def cases_changed(self, *_args) -> None:
        """Look again once a batch of new or changed cases has settled."""
        if not self._closed:
            self._settle.start()

    def check(self) -> None:
        if self._closed:
            return
        if self._checking:
            self._again = True
            return
        self._checking = True
        now = self._clock()

        def read():
            from desktop.cases.patterns import pattern_groups, possible_attacks

            with self._db.connect() as conn:
                return pattern_groups(conn, now), possible_attacks(conn, now)

        def done(result, error):
            self._checking = False
            if error is not None:
                self.failed.emit("patterns", error)
            else:
                self.updated.emit(*result)
            if self._again:
                self._again = False
                self.check()

        self._runner.read(read, callback=done)

    def describe(self, case_id: int) -> None:
        now = self._clock()

        def read():
            from desktop.cases.patterns import similar_to

            with self._db.connect() as conn:
                return similar_to(conn, case_id, now)

        def done(similarity, error):
            if error is not None:
                self.failed.emit("similar", error)
            else:
                self.case_described.emit(case_id, similarity)

        self._runner.read_latest((id(self), "describe"), read, done)

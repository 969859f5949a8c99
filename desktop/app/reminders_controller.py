"""Runs the reminder engine off the UI thread on a timer and says what is due and what just
fell due (once each); snooze, done and pause go through the write lane."""

from __future__ import annotations

import logging
import threading
from datetime import datetime
from typing import TYPE_CHECKING, Callable, Iterable

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.app.tasks import TaskRunner
from desktop.cases.clock import utcnow
from desktop.cases.db import Database

if TYPE_CHECKING:
    from desktop.cases.reminders import ReminderEngine, ReminderSnapshot

__all__ = ["RemindersController", "CHECK_SECONDS", "TOP"]

log = logging.getLogger(__name__)

CHECK_SECONDS = 30
TOP = 5
"""How many of the most urgent reminders come with their details (the tray menu's five)."""


class RemindersController(QObject):
    updated = Signal(object)
    """A fresh ReminderSnapshot."""
    fell_due = Signal(object)
    """A FellDue: reminders that just fell due (or whose snooze ran out); notify once, as one message."""
    cases_changed = Signal(object)
    """A snooze or "done" changed these cases (a set of ids)."""
    targets_loaded = Signal(object, object)
    """(the owner's Targets, the time zones to choose from), read for the settings."""
    targets_saved = Signal(int)
    """New targets are kept; this many open cases got a new due time."""
    case_described = Signal(int, object, object)
    """(case id, its Reminder or None when it waits for nothing, the time it was read at)."""
    failed = Signal(str, object)
    """(what, error): a check or a change could not be made; the owner is told in plain words."""

    def __init__(self, database: Database, runner: TaskRunner, actor: str,
                 clock: Callable[[], datetime] = utcnow, parent: QObject | None = None):
        super().__init__(parent)
        self._runner = runner
        self._actor = actor
        self._clock = clock
        self._database = database
        self._engine: ReminderEngine | None = None  # loaded with the first use, after the first paint
        self._engine_lock = threading.Lock()
        self._gate = None
        self._checking = False
        self._again = False
        self._snapshot: ReminderSnapshot | None = None
        self._started_at = clock()  # what the empty snapshot before the first check is dated
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_SECONDS * 1000)
        self._timer.timeout.connect(self.check)

    @property
    def engine(self) -> ReminderEngine:
        with self._engine_lock:  # first used on the UI thread or a worker, whichever comes first
            if self._engine is None:
                from desktop.cases.reminders import NotificationGate, ReminderEngine

                self._engine = ReminderEngine(self._database, clock=self._clock)
                self._gate = NotificationGate()
            return self._engine

    @property
    def snapshot(self) -> ReminderSnapshot:
        """What was due at the last check (nothing before the first one)."""
        if self._snapshot is None:
            from desktop.cases.reminders import ReminderSnapshot

            self._snapshot = ReminderSnapshot(self._started_at)
        return self._snapshot

    def start(self) -> None:
        self.check()
        self._timer.start()

    def close(self) -> None:
        self._timer.stop()

    def check(self) -> None:
        """Read what is due now (at most one read at a time; a request meanwhile runs after)."""
        if self._checking:
            self._again = True
            return
        self._checking = True
        now = self._clock()
        engine = self.engine
        # on the read lane, one check at a time (the gate is only ever used there)
        self._runner.read(lambda: engine.check(self._gate, now, TOP), callback=self._on_checked)

    def _on_checked(self, result, error) -> None:
        self._checking = False
        if error is not None:
            self.failed.emit("check", error)
        else:
            self._snapshot = result.snapshot
            self.updated.emit(result.snapshot)
            if result.fell_due is not None:
                self.fell_due.emit(result.fell_due)
        if self._again:
            self._again = False
            self.check()

    def describe(self, case_id: int) -> None:
        """Read one case's reminder (due time, how late, snooze) for the case panel; only the
        latest answer is passed on (two reads may finish out of order)."""
        now = self._clock()

        def done(found, error):
            if error is not None:
                self.failed.emit("describe", error)
            else:
                self.case_described.emit(case_id, found[0] if found else None, now)

        self._runner.read_latest((id(self), "describe"), lambda: self.engine.reminders([case_id], now), done)

    # -- the owner's answers -------------------------------------------------------------
    def _write(self, what: str, fn: Callable, changed: Iterable[int] = ()) -> None:
        ids = set(changed)

        def done(_result, error):
            if error is not None:
                self.failed.emit(what, error)
            elif ids:
                self.cases_changed.emit(ids)
            self.check()

        self._runner.write(fn, callback=done)

    def snooze(self, case_ids: Iterable[int], choice: str) -> None:
        ids = list(case_ids)
        if ids:
            self._write("snooze", lambda: self.engine.snooze(ids, choice, self._actor), ids)

    def snooze_all(self, choice: str) -> None:
        """Snooze every reminder that is waiting now."""
        self.snooze(self.snapshot.waiting, choice)

    def done(self, case_id: int, kind: str | None = None) -> None:
        """The owner did what the case's reminder asks (`kind`: the one they were shown)."""
        self._write("done", lambda: self.engine.done(case_id, self._actor, kind), [case_id])

    def pause_today(self) -> None:
        self._write("pause", self.engine.pause_today)

    def resume(self) -> None:
        self._write("pause", self.engine.resume)

    # -- settings --------------------------------------------------------------------------
    def load_targets(self) -> None:
        def read():
            from zoneinfo import available_timezones

            return self.engine.targets(), sorted(available_timezones())

        def done(result, error):
            if error is not None:
                self.failed.emit("targets", error)
            else:
                self.targets_loaded.emit(*result)

        self._runner.read(read, callback=done)

    def save_targets(self, targets) -> None:
        def done(moved, error):
            if error is not None:
                self.failed.emit("targets", error)
                return
            self.targets_saved.emit(moved)
            self.cases_changed.emit(set())
            self.check()

        self._runner.write(lambda: self.engine.save_targets(targets), callback=done)

"""The shown case's reminder: what it waits for, by when or how late, with Snooze and Done."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMenu, QPushButton

from desktop.cases.deadlines import ReminderKind
from desktop.cases.reminders import Reminder, SnoozeChoice
from desktop.ui.labels import reminder_name
from desktop.ui.text import fill, local_time, span

__all__ = ["CaseReminderBar"]

# Calm colours: a soft red when late, a plain tint while there is time, grey while snoozed.
_BACKGROUND = {"overdue": "#fbe3e1", "due_soon": "#eef3fa", "snoozed": "#eeeeee"}


class CaseReminderBar(QFrame):
    snooze_requested = Signal(int, str)
    """(case id, SnoozeChoice)."""
    done_requested = Signal(int, str)
    """(case id, reminder kind): the owner did what it asks, outside Balas (by phone, in the shop)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("case_reminder")
        self.case_id: int | None = None
        self.reminder: Reminder | None = None
        self.now: datetime | None = None
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.snooze_button = QPushButton(self)
        self.snooze_button.setObjectName("snooze_case")
        self.snooze_menu = QMenu(self)
        self.snooze_actions = {}
        for choice in (SnoozeChoice.QUARTER_HOUR, SnoozeChoice.HOUR, SnoozeChoice.NEXT_OPENING):
            action = self.snooze_menu.addAction("")
            action.triggered.connect(lambda _checked=False, c=choice: self._snooze(c))
            self.snooze_actions[choice] = action
        self.snooze_button.setMenu(self.snooze_menu)
        self.done_button = QPushButton(self)
        self.done_button.setObjectName("reminder_done")
        self.done_button.clicked.connect(self._done)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 4, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.snooze_button)
        row.addWidget(self.done_button)
        self.translate_ui()
        self.clear()

    def translate_ui(self) -> None:
        self.snooze_button.setText(self.tr("Snooze"))
        self.snooze_button.setToolTip(self.tr("Quiet this reminder for a while; it comes back after."))
        self.snooze_actions[SnoozeChoice.QUARTER_HOUR].setText(self.tr("For 15 minutes"))
        self.snooze_actions[SnoozeChoice.HOUR].setText(self.tr("For 1 hour"))
        self.snooze_actions[SnoozeChoice.NEXT_OPENING].setText(self.tr("Until the shop opens next"))
        self.done_button.setText(self.tr("Done"))
        if self.reminder is not None:
            self._fill()

    def clear(self) -> None:
        """Nothing to show (no case, or the case waits for nothing)."""
        self.case_id = self.reminder = None
        self.hide()

    def show_reminder(self, case_id: int, reminder: Reminder | None, now: datetime) -> None:
        self.case_id, self.reminder, self.now = case_id, reminder, now
        if reminder is None:
            self.hide()
            return
        self._fill()
        self.enable()
        self.show()

    def enable(self) -> None:
        """Ready for the owner again (after a reading, or after a change that failed)."""
        self.snooze_button.setEnabled(True)
        self.done_button.setEnabled(True)

    def _fill(self) -> None:
        reminder, now = self.reminder, self.now
        status = reminder.status(now)
        what = reminder_name(reminder.kind)
        if status == "snoozed":
            text = fill(self.tr("%1: snoozed until %2 (due %3)"), what,
                        local_time(reminder.snoozed_until), local_time(reminder.due_at))
        elif status == "overdue":
            text = fill(self.tr("%1: overdue by %2 of opening time (due %3)"), what,
                        span(reminder.overdue_by), local_time(reminder.due_at))
        else:
            text = fill(self.tr("%1: due by %2"), what, local_time(reminder.due_at))
        self.label.setText(text)
        self.snooze_button.setVisible(status != "due_soon")  # nothing to quiet before it is due
        self.setStyleSheet(f"#case_reminder {{ background: {_BACKGROUND[status]}; border-radius: 6px }}"
                           " #case_reminder QLabel { color: #1f1f1f }")
        self.done_button.setToolTip({
            ReminderKind.FIRST_RESPONSE: self.tr("You answered another way (by phone, a message, in "
                                                 "the shop): the case is marked acknowledged."),
            ReminderKind.UPDATE: self.tr("You told the customer how things stand: the update "
                                         "clock starts again."),
            ReminderKind.FOLLOW_UP: self.tr("You checked back with the customer: the case is "
                                            "marked followed up."),
        }[reminder.kind])

    def _snooze(self, choice: str) -> None:
        if self.case_id is not None and self.reminder is not None:
            self.snooze_button.setEnabled(False)  # until the case is read again
            self.snooze_requested.emit(self.case_id, choice)

    def _done(self) -> None:
        if self.case_id is not None and self.reminder is not None:
            self.done_button.setEnabled(False)
            self.done_requested.emit(self.case_id, self.reminder.kind)

"""Balas in the system tray: an icon with the number of waiting reminders, a menu of the most
urgent ones, one notification when a reminder falls due, and the window kept alive on close.
Where the desktop has no tray, the window shows the reminders instead (a banner and a count
in its title), and closing the window quits as usual."""

from __future__ import annotations

from typing import Callable

import sys

from PySide6.QtCore import QObject, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from desktop.app.desktop_notifications import DesktopNotifications
from desktop.app.preferences import Preferences
from desktop.app.reminders_controller import RemindersController
from desktop.cases.reminders import FellDue, ReminderSnapshot, SnoozeChoice
from desktop.ui.labels import reminder_name
from desktop.ui.main_window import MainWindow
from desktop.ui.text import fill, local_time, number, one_line, span

__all__ = ["ReminderTray", "count_icon", "MENU_ITEMS"]

MENU_ITEMS = 5
NOTIFICATION_MS = 15_000


def count_icon(base: QIcon, count: int, size: int = 64) -> QIcon:
    """The app icon with a red badge carrying `count` (none at zero; 99+ past 99)."""
    pixmap = base.pixmap(size, size)
    if count <= 0:
        return QIcon(pixmap)
    pixmap = pixmap.copy()
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    text = "99+" if count > 99 else str(count)
    badge = QRectF(size * 0.38, size * 0.38, size * 0.62, size * 0.62)
    painter.setBrush(QColor("#d93025"))
    painter.setPen(QColor("white"))
    painter.drawEllipse(badge)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(size * (0.26 if len(text) > 2 else 0.36)))
    painter.setFont(font)
    painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return QIcon(pixmap)


class _Clicks(QObject):
    """Brings the notifier thread's answers to the UI thread."""

    clicked = Signal(object, str)
    """(tag, action key) from a notification."""
    undelivered = Signal(str, str, object)
    """(title, text, tag): no notification service took it."""


class ReminderTray(QObject):
    def __init__(self, window: MainWindow, reminders: RemindersController, preferences: Preferences,
                 open_case: Callable[[int], None], show_overdue: Callable[[], None],
                 quit_app: Callable[[], None], tray_available: bool | None = None, parent=None):
        super().__init__(parent)
        self.window = window
        self.reminders = reminders
        self.preferences = preferences
        self.open_case = open_case
        self.show_overdue = show_overdue
        self.quit_app = quit_app
        self.available = (QSystemTrayIcon.isSystemTrayAvailable() if tray_available is None
                          else tray_available)
        self.base_icon = QApplication.windowIcon()
        if self.base_icon.isNull():
            from desktop.paths import resources_dir

            self.base_icon = QIcon(str(resources_dir() / "icons" / "balas.png"))
        self.snapshot: ReminderSnapshot | None = None
        self.count = 0
        self.notifications: list[tuple[str, str]] = []  # (title, text) raised, newest last
        self._on_click: Callable[[], None] = window.bring_to_front  # what the last Qt message opens
        self._clicks = _Clicks(self)
        self._clicks.clicked.connect(self._on_notification_clicked)
        self._clicks.undelivered.connect(self._show_qt_message)
        self._notifier: DesktopNotifications | None = None
        self.icon: QSystemTrayIcon | None = None
        self.menu: QMenu | None = None
        if self.available:
            self._build_tray()
        reminders.updated.connect(self._on_updated)
        reminders.fell_due.connect(self._on_fell_due)
        reminders.failed.connect(self._on_failed)
        window.close_requested.connect(self._on_close_requested)
        window.overdue_requested.connect(self._open_overdue)
        window.snooze_all_requested.connect(lambda: self.reminders.snooze_all(SnoozeChoice.HOUR))
        QApplication.instance().setQuitOnLastWindowClosed(not self.available)

    # -- building ----------------------------------------------------------------------------
    def _build_tray(self) -> None:
        self.icon = QSystemTrayIcon(count_icon(self.base_icon, 0), self)
        self.menu = QMenu()
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_activated)
        self.icon.messageClicked.connect(self._on_message_clicked)
        self._fill_menu()
        self.icon.setToolTip(self.tr("Balas"))
        self.icon.show()

    def _fill_menu(self) -> None:
        menu, snapshot = self.menu, self.snapshot
        menu.clear()
        menu.addAction(self.tr("Open Balas"), self.window.bring_to_front)
        menu.addSeparator()
        waiting = snapshot.waiting if snapshot else ()
        if not waiting:
            menu.addAction(self.tr("Nothing is overdue")).setEnabled(False)
        for reminder in snapshot.top[:MENU_ITEMS] if snapshot else ():
            action = menu.addAction(self._item_text(reminder))
            action.setData(reminder.case_id)
            action.triggered.connect(lambda _c=False, case_id=reminder.case_id: self._open(case_id))
        if len(waiting) > MENU_ITEMS:
            menu.addAction(fill(self.tr("All %1 overdue…"), number(len(waiting))), self._open_overdue)
        menu.addSeparator()
        self.snooze_action = menu.addAction(self.tr("Snooze all for 1 hour"),
                                            lambda: self.reminders.snooze_all(SnoozeChoice.HOUR))
        self.snooze_action.setEnabled(bool(waiting))
        if snapshot is not None and snapshot.paused_until is not None:
            self.pause_action = menu.addAction(self.tr("Resume reminders"), self.reminders.resume)
        else:
            self.pause_action = menu.addAction(self.tr("Pause reminders for today"), self.reminders.pause_today)
        menu.addSeparator()
        menu.addAction(self.tr("Quit Balas"), self.quit_app)

    def _item_text(self, reminder) -> str:
        late = span(reminder.overdue_by) if reminder.overdue else ""
        name = one_line(reminder.person, 40)
        return (fill(self.tr("%1 · %2 · %3 late"), name, reminder_name(reminder.kind), late) if late
                else fill(self.tr("%1 · %2"), name, reminder_name(reminder.kind)))

    # -- answers ----------------------------------------------------------------------------
    def _on_updated(self, snapshot: ReminderSnapshot) -> None:
        self.snapshot = snapshot
        waiting = snapshot.waiting
        self.count = len(waiting)
        summary = self._summary(snapshot)
        if self.icon is not None:
            self.icon.setIcon(count_icon(self.base_icon, self.count))
            self.icon.setToolTip(summary)
            self._fill_menu()
        else:
            self.window.show_reminders(summary if waiting else "",
                                       number(self.count) if self.count else "")

    def _summary(self, snapshot: ReminderSnapshot) -> str:
        waiting = snapshot.waiting
        if not waiting:
            text = self.tr("Balas — nothing is overdue")
        else:
            text = fill(self.tr("Balas — %1"), self.tr("%n reminder(s) waiting", "", len(waiting)))
            if snapshot.top:
                text += "\n" + self._item_text(snapshot.top[0])
        if snapshot.snoozed:
            text += "\n" + self.tr("%n snoozed", "", snapshot.snoozed)
        if snapshot.paused_until is not None:
            text += "\n" + fill(self.tr("Notifications paused until %1"), local_time(snapshot.paused_until))
        return text

    def _on_fell_due(self, fresh: FellDue) -> None:
        """One notification however many fell due at once: never a flood."""
        count = len(fresh.case_ids)
        if count == 1 and fresh.first:
            reminder = fresh.first[0]
            title = fill(self.tr("%1: %2"), reminder_name(reminder.kind), one_line(reminder.person, 60))
            text = one_line(reminder.snippet, 120)
        else:
            title = self.tr("%n reminder(s) fell due", "", count)
            people = list(dict.fromkeys(one_line(r.person, 30) for r in fresh.first))  # a name once
            if not people:  # answered or closed between the two reads
                text = self.tr("Open Balas to see who is waiting.")
            else:
                others = len(people) > 3 or count > len(fresh.first)
                text = fill(self.tr("%1 and others are waiting for you.") if others
                            else self.tr("%1 are waiting for you."), ", ".join(people[:3]))
        self.notify(title, text, fresh.case_ids)

    def notify(self, title: str, text: str, case_ids: tuple = ()) -> None:
        """A notification; a click opens the case (one), the overdue list (several) or the window."""
        self.notifications.append((title, text))
        if self.icon is None:
            self.window.show_status(fill(self.tr("%1 — %2"), title, text), notice=True)
            QApplication.alert(self.window)  # the task bar button asks for attention
            return
        notifier = self._desktop_notifier()
        if notifier is None:
            self._show_qt_message(title, text, case_ids)
            return
        actions = [("default", self.tr("Open"))]
        if case_ids:
            actions.append(("snooze", self.tr("Snooze 1 hour")))
        notifier.notify(title, text, actions, NOTIFICATION_MS, tag=case_ids)

    def _desktop_notifier(self) -> DesktopNotifications | None:
        """On Linux, notifications with an "open" click and a snooze button (Qt's have neither)."""
        if not sys.platform.startswith("linux"):
            return None
        if self._notifier is None:
            from desktop.paths import resources_dir

            self._notifier = DesktopNotifications(
                QApplication.applicationName() or "Balas", str(resources_dir() / "icons" / "balas.png"),
                on_action=self._clicks.clicked.emit, on_undelivered=self._clicks.undelivered.emit)
            self._notifier.start()
        return self._notifier if self._notifier.working else None

    def _show_qt_message(self, title: str, text: str, case_ids) -> None:
        self._on_click = lambda: self._open_target(case_ids)
        self.icon.showMessage(title, text, count_icon(self.base_icon, self.count), NOTIFICATION_MS)

    def _on_notification_clicked(self, case_ids, key: str) -> None:
        if key == "snooze" and case_ids:
            self.reminders.snooze(case_ids, SnoozeChoice.HOUR)
        else:
            self._open_target(case_ids)

    def _open_target(self, case_ids) -> None:
        if not case_ids:
            self.window.bring_to_front()
        elif len(case_ids) == 1:
            self._open(case_ids[0])
        else:
            self._open_overdue()

    def _on_failed(self, what: str, error: BaseException) -> None:
        from desktop.ui.messages import explain_error

        self.window.show_status(fill(self.tr("Reminders: %1"), explain_error(error)), notice=True)

    # -- the owner's clicks -------------------------------------------------------------------
    def _open(self, case_id: int) -> None:
        self.window.bring_to_front()
        self.open_case(case_id)

    def _open_overdue(self) -> None:
        self.window.bring_to_front()
        self.show_overdue()

    def _on_message_clicked(self) -> None:
        self._on_click()

    def _on_activated(self, reason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            if self.window.isVisible() and not self.window.isMinimized() and self.window.isActiveWindow():
                self.window.hide()
            else:
                self.window.bring_to_front()

    def _on_close_requested(self, event) -> None:
        """Closing the window keeps Balas in the tray (told once); without a tray it quits."""
        if self.icon is None:
            return
        event.ignore()
        self.window.hide()
        if not self.preferences.told("closed_to_tray"):
            self.preferences.mark_told("closed_to_tray")
            self.notify(self.tr("Balas is still running"),
                        self.tr("It keeps reminding you from this icon. To stop it, choose "
                                "Quit Balas in the icon's menu."))

    def tell_no_tray_once(self) -> None:
        """Without a tray the owner learns once that reminders show in the window."""
        if self.icon is None and not self.preferences.told("no_tray"):
            self.preferences.mark_told("no_tray")
            self.window.show_status(self.tr("This desktop has no system tray: reminders show at the "
                                            "top of this window, and closing it stops them."), notice=True)

    def hide(self) -> None:
        if self._notifier is not None:
            self._notifier.close()
        if self.icon is not None:
            self.icon.hide()

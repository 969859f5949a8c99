"""Connects the main window's intents to the inbox controller and its answers back to the views."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QObject, QTimer, Signal

from desktop.cases.queries import CaseFilter, Summary
from desktop.ui.messages import explain_error
from desktop.ui.text import fill, number

if TYPE_CHECKING:
    from desktop.app.inbox_controller import InboxController
    from desktop.app.reminders_controller import RemindersController
    from desktop.app.reply_controller import ReplyController
    from desktop.ui.main_window import MainWindow

__all__ = ["InboxPresenter"]


class InboxPresenter(QObject):
    inbox_ready = Signal()
    """The whole inbox is loaded for the first time (start-up is over)."""

    def __init__(self, window: MainWindow, controller: InboxController, replies: ReplyController,
                 reminders: RemindersController, parent=None):
        super().__init__(parent)
        self.window = window
        self.controller = controller
        self.replies = replies
        self.reminders = reminders
        self.model = window.model
        self.filter = window.filter_bar.current_filter()
        self.current_case: int | None = None
        self.pending_select: int | None = None
        self.log_dialog = None  # the open LogCaseDialog, if any
        self.touchpoints: list = []
        self._want_another: int | None = None  # the case whose owner asked for another wording
        self.inbox_complete = False
        self.started = False
        self._all_asked = False

        c, w = controller, window
        c.ids_loaded.connect(self._on_ids_loaded)
        c.rows_loaded.connect(self.model.add_rows)
        c.detail_loaded.connect(self._on_detail_loaded)
        c.summary_loaded.connect(self._on_summary_loaded)
        c.cases_changed.connect(self._on_cases_changed)
        c.case_added.connect(self._on_case_added)
        c.note_added.connect(self._on_note_added)
        c.reply_saved.connect(self._on_reply_saved)
        c.failed.connect(self._on_failed)
        replies.insight_ready.connect(self._on_insight)
        replies.failed.connect(self._on_failed)
        reminders.updated.connect(self._describe_reminder)  # how late moves with the clock
        reminders.case_described.connect(self._on_reminder_described)
        self.model.rows_needed.connect(c.request_rows)
        w.filter_bar.filter_changed.connect(self._on_filter_changed)
        w.case_selected.connect(self._on_case_selected)
        w.refresh_requested.connect(self.reload)
        w.log_case_requested.connect(self.open_log_dialog)
        w.case_panel_created.connect(self._on_case_panel_created)
        self._summary_timer = QTimer(self)
        self._summary_timer.setInterval(60_000)
        self._summary_timer.timeout.connect(self._on_minute)
        self._summary_timer.start()

    def start(self) -> None:
        """A screenful of the newest cases, read now so the window shows with them; the whole
        inbox follows with load_all()."""
        self.window.show_status(self.tr("Opening your cases…"))
        first = self.controller.first_screen(self.filter)
        if first is not None:
            ids, rows = first
            self.model.add_rows(rows)
            self._on_ids_loaded(0, ids, complete=False)

    def load_all(self) -> None:
        """The whole inbox, once, after start() (then the counts)."""
        if not self._all_asked:
            self._all_asked = True
            self.controller.load(self.filter)

    def reload(self) -> None:
        self.controller.invalidate()
        self.model.mark_stale()
        self._load()
        self.controller.load_summary()
        if self.current_case is not None:
            self.controller.load_detail(self.current_case)

    def _load(self) -> None:
        self._all_asked = True  # this load reads the whole list: load_all() has nothing to add
        self.inbox_complete = False
        busy = self.tr("Searching…") if self.filter.search.strip() else self.tr("Loading cases…")
        self.window.show_status(busy)
        self.controller.load(self.filter)

    def _on_case_panel_created(self, panel) -> None:
        panel.action_requested.connect(self._on_action_requested)
        panel.note_requested.connect(self._on_note_requested)
        panel.case_requested.connect(self.open_case)
        panel.type_change_requested.connect(self._on_type_change_requested)
        panel.hide_requested.connect(self._on_hide_requested)
        panel.reply_requested.connect(self._on_reply_requested)
        editor = panel.reply_editor
        editor.check_requested.connect(
            lambda text, lang: self.replies.check(text, lang, panel.detail.person.name
                                                  if panel.detail else ""))
        editor.suggestion_requested.connect(self._on_suggestion_requested)
        self.replies.issues_ready.connect(editor.show_issues)
        bar = panel.reminder_bar
        bar.snooze_requested.connect(lambda case_id, choice: self.reminders.snooze([case_id], choice))
        bar.done_requested.connect(self.reminders.done)
        self.reminders.failed.connect(lambda _what, _error: bar.enable())  # the tray says what failed

    # -- answers ---------------------------------------------------------------------
    def _on_ids_loaded(self, _generation: int, ids: list, complete: bool) -> None:
        # The controller hands on the newest load's answers only.
        self.model.set_ids(ids)
        self.window.update_empty_hint()
        if complete:
            if not self.started:
                self.started = True
                self.controller.load_summary()
                self.controller.load_touchpoints(self._on_touchpoints)
                self.inbox_ready.emit()
            self.inbox_complete = True
            if self.filter.search.strip():
                self.window.show_status(self.tr("%n case(s) found.", "", len(ids)))
            else:
                self.window.show_status(self.tr("%n case(s) shown.", "", len(ids)))
        target = self.pending_select or self.current_case
        if target is not None and self.window.select_case(target):
            self.pending_select = None

    def _on_detail_loaded(self, detail) -> None:
        if detail is None or detail.id == self.current_case:
            panel = self.window.case_panel
            fresh = detail is not None and (panel.detail is None or panel.detail.id != detail.id
                                            or panel.detail.complainant_type != detail.complainant_type)
            panel.show_detail(detail)
            if fresh:
                self.replies.describe(detail)
            self._describe_reminder()

    def _describe_reminder(self, *_snapshot) -> None:
        if self.current_case is not None and self.window.case_panel.detail is not None:
            self.reminders.describe(self.current_case)

    def _on_reminder_described(self, case_id: int, reminder, now) -> None:
        panel = self.window.case_panel
        if case_id == self.current_case and panel.detail is not None and panel.detail.id == case_id:
            panel.reminder_bar.show_reminder(case_id, reminder, now)

    def _on_insight(self, insight) -> None:
        another, self._want_another = self._want_another == insight.case_id, None
        self.window.case_panel.show_insight(insight, replace=another)

    def _on_suggestion_requested(self, lang: str, avoid: int) -> None:
        """'Suggest another wording' (avoid >= 0) or another reply language (avoid -1)."""
        panel = self.window.case_panel
        if panel.detail is None:
            return
        if avoid >= 0:
            self._want_another = panel.detail.id
        self.replies.describe(panel.detail, lang=lang, variant_from=avoid)

    def _on_summary_loaded(self, summary: Summary) -> None:
        self.window.show_counts(fill(self.tr("%1 open · %2 overdue · %3 new"), number(summary.open),
                                     number(summary.overdue), number(summary.new)))

    def _on_cases_changed(self, ids: set) -> None:
        self.model.mark_stale(ids)
        self._load()
        self.controller.load_summary()
        if self.current_case in ids:
            self.controller.load_detail(self.current_case)
        self.window.show_status(self.tr("Saved."))

    def _on_case_added(self, case_id: int) -> None:
        self.pending_select = case_id
        self.current_case = case_id
        self.controller.load_detail(case_id)
        if self.log_dialog is not None:
            self.log_dialog.saved()
            self.log_dialog = None

    def _on_type_change_requested(self, person_id: int, kind) -> None:
        self.window.show_status(self.tr("Saving…"))
        self.controller.set_person_type(person_id, kind)

    def _on_hide_requested(self, case_id: int, comment_id: int) -> None:
        self.window.show_status(self.tr("Saving…"))
        self.controller.hide_comment(case_id, comment_id)

    def _on_reply_requested(self, case_id: int, text: str, reply_to) -> None:
        self.window.show_status(self.tr("Saving…"))
        self.controller.save_reply(case_id, text, reply_to)

    def _on_reply_saved(self, case_id: int, outbox_id) -> None:
        self.window.case_panel.reply_saved(case_id)
        self.window.show_status(self.tr("Reply saved; it waits in the outbox and is posted when "
                                        "this account is connected.") if outbox_id is not None
                                else self.tr("Reply logged on the case."), notice=True)

    def _on_failed(self, what: str, error: BaseException) -> None:
        message = explain_error(error)
        if what in ("add_case", "touchpoints", "people") and self.log_dialog is not None:
            self.log_dialog.show_error(message)
        elif what == "note":
            self.window.case_panel.note_edit.setFocus()  # the note is still there
        elif what == "rows":
            QTimer.singleShot(5000, lambda: self.model.mark_stale(set()))  # ask again, calmly
        self.window.show_status(message, notice=True)

    # -- intents -----------------------------------------------------------------------
    def _on_filter_changed(self, case_filter: CaseFilter) -> None:
        self.filter = case_filter
        self._load()

    def _on_case_selected(self, case_id: int) -> None:
        self.current_case = case_id
        self.controller.load_detail(case_id)

    def open_case(self, case_id: int) -> None:
        """Show a case (from the person's history), selecting it in the inbox when it is listed."""
        self._on_case_selected(case_id)
        self.window.select_case(case_id)

    def _on_action_requested(self, case_id: int, action: str, reason) -> None:
        self.window.show_status(self.tr("Saving…"))
        self.controller.apply_action(case_id, action, reason)

    def _on_note_requested(self, case_id: int, text: str) -> None:
        self.window.show_status(self.tr("Saving…"))
        self.controller.add_note(case_id, text)

    def _on_note_added(self, case_id: int) -> None:
        if self.current_case == case_id:
            self.window.case_panel.note_saved()

    def _on_minute(self) -> None:
        """Overdue marks move with the clock."""
        self.model.mark_stale(set())
        self.controller.load_summary()

    def _on_touchpoints(self, rows: list) -> None:
        self.touchpoints = rows
        self.model.set_touchpoint_names({tp.key: tp.name for tp in rows})
        if self.log_dialog is not None:
            self.log_dialog.set_touchpoints(rows)

    # -- dialogs -------------------------------------------------------------------------
    def open_log_dialog(self):
        """Open the dialog for logging a complaint by hand (imported on first use: start-up stays light)."""
        from desktop.ui.log_case_dialog import LogCaseDialog

        dialog = LogCaseDialog(self.controller.find_people, self.touchpoints, self.window)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.save_requested.connect(lambda fields: self.controller.add_case(**fields))
        dialog.edit_touchpoints_requested.connect(self.open_touchpoint_dialog)
        dialog.finished.connect(lambda _r: setattr(self, "log_dialog", None))
        self.log_dialog = dialog
        self.controller.load_touchpoints(self._on_touchpoints)  # the list may have changed
        dialog.open()
        return dialog

    def open_touchpoint_dialog(self):
        from desktop.ui.touchpoint_dialog import TouchpointDialog

        dialog = TouchpointDialog(self.touchpoints, self.log_dialog or self.window)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        refresh = lambda *_a: self.controller.load_touchpoints(  # noqa: E731
            lambda rows: (self._on_touchpoints(rows), dialog.set_touchpoints(rows)))
        dialog.add_requested.connect(lambda name: self.controller.add_touchpoint(name, refresh))
        dialog.rename_requested.connect(lambda key, name: self.controller.rename_touchpoint(key, name, refresh))
        dialog.hide_requested.connect(lambda key: self.controller.archive_touchpoint(key, refresh))
        dialog.open()
        return dialog

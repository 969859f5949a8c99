"""The case beside the inbox: the complaint, the person's history, the timeline, notes, next steps."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QInputDialog, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QMenu, QPlainTextEdit, QPushButton,
                               QTabWidget, QToolButton, QVBoxLayout, QWidget)

from desktop.cases.queries import CaseDetail, EventRow
from desktop.cases.states import PRIMARY_ACTION, Action
from desktop.cases.vocab import SOCIAL_CHANNELS, ComplainantType
from desktop.ui.case_reminder import CaseReminderBar
from desktop.ui.labels import (action_name, channel_name, outbox_action_name, reminder_name, state_name,
                               touchpoint_name, type_name)
from desktop.ui.reply_editor import ReplyEditor
from desktop.ui.text import fill, local_time, number, one_line

__all__ = ["CasePanel", "PREVIEW_CHARS"]

# Laying out a megabyte of text takes Qt about a second; show the start, the rest on request.
PREVIEW_CHARS = 20_000
# Calm colours per type: the chip tells the owner at a glance who they are answering.
TYPE_COLOURS = {"active_hater": "#f6d5d3", "extreme_critic": "#fbe3c4", "lapsed_loyal": "#e4dcf3",
                "loyal_fan": "#d4edda", "newcomer": "#dbe8f6"}


def source_comment(detail: CaseDetail):
    """The customer's comment that opened a social case (the one a reply or hide goes to)."""
    if detail.channel not in SOCIAL_CHANNELS:
        return None
    return next((c for c in detail.comments if not c.by_page and not c.deleted), None)


def _plain_label(parent) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)  # customer text is never rendered as HTML
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class CasePanel(QWidget):
    action_requested = Signal(int, str, object)
    """(case id, action, reason or None): the owner pressed a next-step button."""
    note_requested = Signal(int, str)
    """(case id, note text): the owner added a note."""
    case_requested = Signal(int)
    """The owner opened another case from the person's history."""
    type_change_requested = Signal(int, object)
    """(person id, complainant type or None to let Balas decide again)."""
    hide_requested = Signal(int, int)
    """(case id, comment id): the owner asked to hide the customer's comment."""
    export_person_requested = Signal(int, str)
    """(person id, name): save everything held about this customer."""
    erase_person_requested = Signal(int, str)
    """(person id, name): erase this customer's data (asks first)."""
    similar_requested = Signal(object, str)
    """(case ids, what they are): list this case and the ones like it in the inbox."""
    reply_requested = Signal(int, str, object)
    """(case id, reviewed reply text, comment id to answer on its platform or None)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.detail: CaseDetail | None = None
        self.title_label = _plain_label(self)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title_label.setFont(font)
        self.meta_label = _plain_label(self)
        self.reminder_bar = CaseReminderBar(self)
        self.pattern_label = _plain_label(self)
        self.pattern_label.setObjectName("pattern_line")
        self.pattern_button = QPushButton(self)
        self.pattern_button.setObjectName("show_similar")
        self.pattern_button.clicked.connect(self._on_pattern_clicked)
        self.similar_ids: tuple[int, ...] = ()
        self.type_chip = QLabel(self)
        self.type_chip.setObjectName("type_chip")
        self.type_combo = QComboBox(self)
        self.type_combo.addItem("", None)
        for kind in ComplainantType:
            self.type_combo.addItem("", kind.value)
        self.person_button = QToolButton(self)
        self.person_button.setObjectName("customer_data")
        self.person_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.person_menu = QMenu(self.person_button)
        self.export_person_action = self.person_menu.addAction("", self._on_export_person)
        self.erase_person_action = self.person_menu.addAction("", self._on_erase_person)
        self.person_button.setMenu(self.person_menu)
        self.reasons_label = _plain_label(self)
        self.tip_label = _plain_label(self)
        self.tip_label.setStyleSheet("color: palette(placeholder-text)")
        self.abuse_label = _plain_label(self)
        self.abuse_label.setStyleSheet("color: #b3261e")
        self.hide_button = QPushButton(self)
        self.hide_button.setObjectName("hide_comment")
        self.drafts: dict[int, str] = {}
        self.reply_editor = ReplyEditor(self)
        self.complaint_view = QPlainTextEdit(self)
        self.complaint_view.setReadOnly(True)
        self.long_text_label = _plain_label(self)
        self.show_all_button = QPushButton(self)
        self.show_all_button.clicked.connect(self._on_show_all_clicked)
        self.tabs = QTabWidget(self)
        self.timeline_list = QListWidget(self)
        self.history_list = QListWidget(self)
        self.conversation_list = QListWidget(self)
        for view in (self.timeline_list, self.history_list, self.conversation_list):
            view.setWordWrap(True)
            view.setAlternatingRowColors(True)
        self.tabs.addTab(self.reply_editor, "")
        self.tabs.addTab(self.timeline_list, "")
        self.tabs.addTab(self.history_list, "")
        self.tabs.addTab(self.conversation_list, "")
        self.note_edit = QLineEdit(self)
        self.note_button = QPushButton(self)
        self.action_row = QHBoxLayout()
        self.action_buttons: dict[str, QPushButton] = {}
        self.empty_label = QLabel(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        self.body = QWidget(self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.title_label)
        body.addWidget(self.meta_label)
        body.addWidget(self.reminder_bar)
        pattern_row = QHBoxLayout()
        pattern_row.addWidget(self.pattern_label, 1)
        pattern_row.addWidget(self.pattern_button)
        body.addLayout(pattern_row)
        type_row = QHBoxLayout()
        type_row.addWidget(self.type_chip)
        type_row.addStretch(1)
        type_row.addWidget(self.type_combo)
        type_row.addWidget(self.person_button)
        body.addLayout(type_row)
        body.addWidget(self.reasons_label)
        body.addWidget(self.tip_label)
        abuse_row = QHBoxLayout()
        abuse_row.addWidget(self.abuse_label, 1)
        abuse_row.addWidget(self.hide_button)
        body.addLayout(abuse_row)
        body.addWidget(self.complaint_view, 1)
        long_row = QHBoxLayout()
        long_row.addWidget(self.long_text_label, 1)
        long_row.addWidget(self.show_all_button)
        body.addLayout(long_row)
        body.addWidget(self.tabs, 3)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note_edit, 1)
        note_row.addWidget(self.note_button)
        body.addLayout(note_row)
        self.action_row.addStretch(1)
        body.addLayout(self.action_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.body)

        self.note_button.clicked.connect(self._on_note_clicked)
        self.note_edit.returnPressed.connect(self._on_note_clicked)
        self.history_list.itemActivated.connect(self._on_history_activated)
        self.type_combo.activated.connect(self._on_type_chosen)
        self.hide_button.clicked.connect(self._on_hide_clicked)
        self.reply_editor.send_requested.connect(self._on_send_requested)
        self.translate_ui()
        self.show_detail(None)

    def translate_ui(self) -> None:
        self.tabs.setTabText(0, self.tr("Reply"))
        self.tabs.setTabText(1, self.tr("Timeline"))
        self.tabs.setTabText(2, self.tr("Customer history"))
        self.tabs.setTabText(3, self.tr("Conversation"))
        self.type_combo.setItemText(0, self.tr("Type: let Balas decide"))
        for row in range(1, self.type_combo.count()):
            self.type_combo.setItemText(row, fill(self.tr("Type: %1"),
                                                  type_name(self.type_combo.itemData(row))))
        self.type_combo.setToolTip(self.tr("Set this customer's type yourself; your choice "
                                           "always wins over Balas's guess."))
        self.person_button.setText(self.tr("Customer data"))
        self.person_button.setToolTip(self.tr("Everything Balas holds about this customer: save it for them, "
                                              "or erase it when they ask"))
        self.export_person_action.setText(self.tr("Save this customer's data…"))
        self.erase_person_action.setText(self.tr("Erase this customer's data…"))
        self.hide_button.setText(self.tr("Hide comment"))
        self.hide_button.setToolTip(self.tr("Hide the comment on the platform: the customer and "
                                            "their friends still see it, others do not."))
        self.reply_editor.translate_ui()
        self.reminder_bar.translate_ui()
        self.pattern_button.setText(self.tr("Show them"))
        self.pattern_button.setToolTip(self.tr("List this case and the ones like it in the inbox"))
        self.note_edit.setPlaceholderText(self.tr("Write a note for this case…  (Ctrl+M)"))
        self.note_button.setText(self.tr("Add note"))
        self.show_all_button.setText(self.tr("Show all"))
        self.empty_label.setText(self.tr("Pick a case on the left to see it here.\n"
                                         "Press Ctrl+N to log a complaint that came by phone, "
                                         "letter, WhatsApp or at the counter."))
        if self.detail is not None:
            self.show_detail(self.detail)

    # -- showing ---------------------------------------------------------------------------
    def show_detail(self, detail: CaseDetail | None) -> None:
        previous = self.detail.id if self.detail else None
        if previous is not None and (detail is None or detail.id != previous):
            self._keep_draft(previous)
        self.detail = detail
        self.empty_label.setVisible(detail is None)
        self.body.setVisible(detail is not None)
        if detail is None:
            return
        self.title_label.setText(one_line(detail.person.name, 120) or self.tr("Erased customer"))
        bits = [channel_name(detail.channel), local_time(detail.received_at),
                touchpoint_name(detail.touchpoint), state_name(detail.state)]
        if detail.ignore_reason:
            bits.append(fill(self.tr("ignored because: %1"), one_line(detail.ignore_reason, 120)))
        if detail.person.contact:
            bits.append(one_line(detail.person.contact, 80))
        self.meta_label.setText(" · ".join(b for b in bits if b))
        if previous != detail.id:
            self.reminder_bar.clear()  # until its reminder is read
            self.show_similar(None)  # until the week's complaints are compared
            self._show_text(detail.text, full=len(detail.text) <= PREVIEW_CHARS)
            self.reasons_label.clear()
            self.tip_label.clear()
            self.reply_editor.start(self.drafts.get(detail.id, ""), detail.language,
                                    source_comment(detail) is not None)
        self._fill_type(detail)
        self._fill_abuse(detail)
        self._fill_timeline(detail.events)
        self._fill_history(detail)
        self._fill_conversation(detail)
        self._fill_actions(detail)

    def _fill_type(self, detail: CaseDetail) -> None:
        kind = detail.complainant_type
        self.type_chip.setText(type_name(kind) if kind else self.tr("Type not known yet"))
        self.type_chip.setStyleSheet(
            f"background: {TYPE_COLOURS.get(kind, '#eeeeee')}; color: #1f1f1f;"
            " border-radius: 8px; padding: 2px 8px; font-weight: bold")
        self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(detail.person.manual_type)))

    def _fill_abuse(self, detail: CaseDetail) -> None:
        terms = detail.abusive_terms
        self.abuse_label.setVisible(bool(terms))
        if terms:
            self.abuse_label.setText(fill(self.tr("Abusive words: %1. Nothing is hidden unless "
                                                  "you choose to."), one_line(", ".join(terms), 120)))
        comment = source_comment(detail)
        self.hide_button.setVisible(bool(terms) and comment is not None and not comment.hidden)

    def show_insight(self, insight, replace: bool = False) -> None:
        """Why the case has its type, a tip, and the suggested reply (from the reply controller)."""
        if self.detail is None or insight.case_id != self.detail.id:
            return
        manual = self.detail.person.manual_type
        reasons = [self.tr("you set this type yourself")] if manual else insight.reasons
        self.reasons_label.setText(fill(self.tr("Why: %1"), "; ".join(reasons)) if reasons else "")
        self.tip_label.setText(insight.tip)
        self.tip_label.setVisible(bool(insight.tip) and not insight.advice)  # advice says it
        if replace:
            self.reply_editor.replace_with_suggestion(insight.reply, insight.reply_lang,
                                                      insight.variant, insight.advice)
        else:
            self.reply_editor.offer(insight.reply, insight.reply_lang, insight.variant, insight.advice)

    def show_similar(self, similarity, touchpoint_label: str = "") -> None:
        """One complaint is rarely alone: say how many others this week said the same."""
        text, alike = "", []
        if similarity is not None and self.detail is not None and similarity.case_id == self.detail.id:
            if similarity.touchpoint_people:
                text = fill(self.tr("%n other customer(s) mentioned “%1” this week.", "",
                                    similarity.touchpoint_people), touchpoint_label)
                alike = [c.case_id for c in similarity.cases if c.same_touchpoint]
            elif similarity.word_people:
                word, people = similarity.word_people[0]
                text = fill(self.tr("%n other customer(s) wrote “%1” this week.", "", people), word)
                alike = [c.case_id for c in similarity.cases if word in c.shared_words]
        self.similar_ids = (similarity.case_id, *alike) if text else ()
        self.pattern_label.setText(text)
        self.pattern_label.setVisible(bool(text))
        self.pattern_button.setVisible(bool(text))

    def _on_pattern_clicked(self) -> None:
        if self.similar_ids and self.detail is not None:
            name = one_line(self.detail.person.name, 40) or self.tr("Erased customer")
            self.similar_requested.emit(self.similar_ids, fill(self.tr("Like %1's complaint, this week"), name))

    def _keep_draft(self, case_id: int) -> None:
        text = self.reply_editor.text()
        if text.strip() and text != self.reply_editor.suggested:
            self.drafts[case_id] = text
        else:
            self.drafts.pop(case_id, None)

    def reply_saved(self, case_id: int) -> None:
        self.drafts.pop(case_id, None)
        if self.detail is not None and self.detail.id == case_id:
            self.reply_editor.sent()

    def _on_export_person(self) -> None:
        if self.detail is not None:
            self.export_person_requested.emit(self.detail.person.id, self.detail.person.name)

    def _on_erase_person(self) -> None:
        if self.detail is not None and self.detail.person.name:
            self.erase_person_requested.emit(self.detail.person.id, self.detail.person.name)

    def _on_type_chosen(self, row: int) -> None:
        if self.detail is not None:
            chosen = self.type_combo.itemData(row)
            if chosen != self.detail.person.manual_type:
                self.type_change_requested.emit(self.detail.person.id, chosen)

    def _on_hide_clicked(self) -> None:
        comment = source_comment(self.detail) if self.detail is not None else None
        if comment is not None:
            self.hide_requested.emit(self.detail.id, comment.id)

    def _on_send_requested(self, text: str) -> None:
        if self.detail is not None:
            comment = source_comment(self.detail)
            self.reply_requested.emit(self.detail.id, text, comment.id if comment else None)

    def _show_text(self, text: str, full: bool) -> None:
        self.complaint_view.setPlainText(text if full else text[:PREVIEW_CHARS])
        self.long_text_label.setVisible(not full)
        self.show_all_button.setVisible(not full)
        if not full:
            self.long_text_label.setText(
                fill(self.tr("This complaint is very long (%1 characters); the beginning is shown."),
                     number(len(text))))

    def _on_show_all_clicked(self) -> None:
        if self.detail is not None:
            self._show_text(self.detail.text, full=True)

    def _fill_timeline(self, events: list[EventRow]) -> None:
        self.timeline_list.clear()
        for event in events:
            when, who = local_time(event.at), event.actor or self.tr("someone")
            if event.kind == "created":
                line = fill(self.tr("%1 — case logged by %2"), when, who)
            elif event.kind == "state" and event.text:
                line = fill(self.tr("%1 — %2 moved it from “%3” to “%4”: %5"), when, who,
                            state_name(event.from_state), state_name(event.to_state),
                            one_line(event.text, 200))
            elif event.kind == "state":
                line = fill(self.tr("%1 — %2 moved it from “%3” to “%4”"), when, who,
                            state_name(event.from_state), state_name(event.to_state))
            elif event.kind == "note":
                line = fill(self.tr("%1 — note by %2: %3"), when, who, one_line(event.text or "", 500))
            elif event.kind == "type_set":
                line = fill(self.tr("%1 — %2 set the customer type to “%3”"), when, who,
                            type_name(event.text) or self.tr("not set"))
            elif event.kind == "hide":
                line = fill(self.tr("%1 — %2 asked to hide the comment"), when, who)
            elif event.kind == "comment":
                line = fill(self.tr("%1 — the customer wrote again: %2"), when, one_line(event.text or "", 500))
            elif event.kind == "reply" and event.actor == "sync":
                line = fill(self.tr("%1 — replied on the platform: %2"), when, one_line(event.text or "", 500))
            elif event.kind == "sent":
                line = fill(self.tr("%1 — posted on the platform (%2)"), when, outbox_action_name(event.text))
            elif event.kind == "send_failed":
                line = fill(self.tr("%1 — the platform refused it: %2"), when, one_line(event.text or "", 300))
            elif event.kind == "reply":
                line = fill(self.tr("%1 — %2 replied: %3"), when, who, one_line(event.text or "", 500))
            elif event.kind == "snooze" and event.until is not None:
                line = fill(self.tr("%1 — %2 snoozed the reminder until %3"), when, who, local_time(event.until))
            elif event.kind == "snooze":
                line = fill(self.tr("%1 — %2 snoozed the reminder"), when, who)
            elif event.kind == "done":
                line = fill(self.tr("%1 — %2 marked “%3” done"), when, who,
                            reminder_name(event.text) or self.tr("the reminder"))
            else:
                line = fill(self.tr("%1 — %2 changed the case"), when, who)
            self.timeline_list.addItem(line)

    def _fill_history(self, detail: CaseDetail) -> None:
        self.history_list.clear()
        for case in detail.other_cases:
            item = QListWidgetItem(fill(self.tr("Case from %1 (%2): %3"), local_time(case.received_at),
                                        state_name(case.state), one_line(case.snippet, 160)))
            item.setData(Qt.ItemDataRole.UserRole, case.id)
            self.history_list.addItem(item)
        for comment in detail.earlier_comments:
            self.history_list.addItem(fill(self.tr("Comment on %1: %2"), local_time(comment.created_at),
                                           one_line(comment.text, 200)))
        if self.history_list.count() == 0:
            self.history_list.addItem(self.tr("No earlier comments or cases from this customer."))

    def _fill_conversation(self, detail: CaseDetail) -> None:
        self.conversation_list.clear()
        for comment in detail.comments:
            who = self.tr("Your page") if comment.by_page else (one_line(detail.person.name, 60)
                                                                 or self.tr("Erased customer"))
            if comment.deleted:
                template = self.tr("%1 — %2 (deleted): %3")
            elif comment.hidden:
                template = self.tr("%1 — %2 (hidden): %3")
            else:
                template = self.tr("%1 — %2: %3")
            self.conversation_list.addItem(fill(template, local_time(comment.created_at), who,
                                                one_line(comment.text, 500)))
        self.tabs.setTabEnabled(3, bool(detail.comments))

    def _fill_actions(self, detail: CaseDetail) -> None:
        for button in self.action_buttons.values():
            self.action_row.removeWidget(button)
            button.deleteLater()
        self.action_buttons = {}
        primary = PRIMARY_ACTION.get(detail.state)
        for action in detail.actions:
            button = QPushButton(action_name(action), self)
            button.setObjectName(f"action_{action}")
            if action == primary:
                button.setDefault(True)
                button.setToolTip(self.tr("Ctrl+Enter"))
            button.clicked.connect(lambda _checked=False, a=action: self.request_action(a))
            self.action_row.insertWidget(self.action_row.count() - 1, button)  # before the stretch
            self.action_buttons[action] = button

    # -- intents -------------------------------------------------------------------------------
    def request_action(self, action: str) -> None:
        """Ask for `action` on the shown case (asks for a reason first when ignoring)."""
        if self.detail is None or action not in self.detail.actions:
            return
        reason = None
        if action == Action.IGNORE:
            reason, ok = QInputDialog.getText(
                self, self.tr("Ignore this case"),
                self.tr("Why is this case ignored? (for example: spam, a known hater, already "
                        "solved elsewhere)"))
            if not ok or not reason.strip():
                return
        self.action_requested.emit(self.detail.id, action, reason)

    def request_primary_action(self) -> None:
        if self.detail is not None and self.detail.state in PRIMARY_ACTION:
            self.request_action(PRIMARY_ACTION[self.detail.state])

    def _on_note_clicked(self) -> None:
        text = self.note_edit.text()
        if self.detail is not None and text.strip():
            self.note_requested.emit(self.detail.id, text)

    def note_saved(self) -> None:
        self.note_edit.clear()

    def _on_history_activated(self, item: QListWidgetItem) -> None:
        case_id = item.data(Qt.ItemDataRole.UserRole)
        if case_id is not None:
            self.case_requested.emit(int(case_id))

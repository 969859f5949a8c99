"""The reply editor: the suggested reply, the checker's findings underlined as the owner types,
the better phrasing one click away, and a review step before anything is sent."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel,
                               QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
                               QVBoxLayout, QWidget)

from desktop.ui.text import fill, one_line

__all__ = ["ReplyEditor", "ReviewDialog", "CHECK_DELAY_MS", "REPLY_LANGUAGES", "language_name"]

CHECK_DELAY_MS = 300  # check once the owner pauses, not on every key
REPLY_LANGUAGES = ("ms", "id", "en")
_UNDERLINE = QColor("#c62828")
_ISSUE_ROLE = Qt.ItemDataRole.UserRole + 1


class _IssueHighlighter(QSyntaxHighlighter):
    """A wavy red line under each finding (offsets are the document's, UTF-16 like Qt's)."""

    def __init__(self, document):
        super().__init__(document)
        self.issues: list = []
        self._format = QTextCharFormat()
        self._format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self._format.setUnderlineColor(_UNDERLINE)

    def set_issues(self, issues: list) -> None:
        self.issues = [i for i in issues if i.end > i.start]
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt's name)
        block = self.currentBlock()
        first, length = block.position(), block.length()
        for issue in self.issues:
            start, end = max(issue.start, first), min(issue.end, first + length)
            if start < end:
                self.setFormat(start - first, end - start, self._format)


def language_name(code: str) -> str:
    names = {"ms": QT_TRANSLATE_NOOP("ReplyEditor", "Malay"),
             "id": QT_TRANSLATE_NOOP("ReplyEditor", "Indonesian"),
             "en": QT_TRANSLATE_NOOP("ReplyEditor", "English")}
    return QCoreApplication.translate("ReplyEditor", names[code])


def _issue_line(issue) -> str:
    quoted = one_line(issue.quote, 60)
    head = (fill(QCoreApplication.translate("ReplyEditor", "“%1”: %2"), quoted, issue.message)
            if quoted else issue.message)
    if not issue.better:
        return head
    return fill(QCoreApplication.translate("ReplyEditor", "%1\n    Better: %2"), head, issue.better)


class ReplyEditor(QWidget):
    check_requested = Signal(str, str)
    """(reply text, reply language): check this text."""
    suggestion_requested = Signal(str, int)
    """(language, the variant to avoid or -1): suggest a reply."""
    send_requested = Signal(str)
    """The owner reviewed the reply and wants it sent (or logged)."""
    saved_replies_requested = Signal()
    """The owner wants one of their saved replies (or to keep this one)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.issues: list = []
        self.checked_text: str | None = None  # the text `issues` belong to
        self._last_text = ""
        self.suggested = ""     # the last suggestion put in, to tell it from the owner's edits
        self.variant = -1
        self.social = True      # the reply goes to a platform (else it is only logged)
        self.language_combo = QComboBox(self)
        for code in REPLY_LANGUAGES:
            self.language_combo.addItem("", code)
        self.language_label = QLabel(self)
        self.another_button = QPushButton(self)
        self.saved_button = QPushButton(self)
        self.saved_button.setObjectName("saved_replies")
        self.advice_label = QLabel(self)
        self.advice_label.setWordWrap(True)
        self.advice_label.setTextFormat(Qt.TextFormat.PlainText)
        self.advice_label.setStyleSheet("color: #8a4b00")
        self.editor = QPlainTextEdit(self)
        self.editor.setTabChangesFocus(True)
        self.highlighter = _IssueHighlighter(self.editor.document())
        self.issue_list = QListWidget(self)
        self.issue_list.setWordWrap(True)
        self.issue_list.setMaximumHeight(120)
        self.fix_button = QPushButton(self)
        self.state_label = QLabel(self)
        self.send_button = QPushButton(self)
        self.send_button.setObjectName("send_reply")

        top = QHBoxLayout()
        top.addWidget(self.language_label)
        top.addWidget(self.language_combo)
        top.addStretch(1)
        top.addWidget(self.saved_button)
        top.addWidget(self.another_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.state_label, 1)
        bottom.addWidget(self.fix_button)
        bottom.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.advice_label)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.issue_list)
        layout.addLayout(bottom)

        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self._request_check)
        self.editor.textChanged.connect(self._on_text_changed)
        self.language_combo.activated.connect(self._on_language_chosen)
        self.another_button.clicked.connect(
            lambda: self.suggestion_requested.emit(self.language(), self.variant))
        self.issue_list.itemActivated.connect(lambda item: self.apply_fix(item.data(_ISSUE_ROLE)))
        self.issue_list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.fix_button.clicked.connect(self._on_fix_clicked)
        self.send_button.clicked.connect(self.review)
        self.saved_button.clicked.connect(self.saved_replies_requested)
        self.translate_ui()
        self._update_buttons()

    def translate_ui(self) -> None:
        self.language_label.setText(self.tr("Reply in:"))
        for row, code in enumerate(REPLY_LANGUAGES):
            self.language_combo.setItemText(row, language_name(code))
        self.another_button.setText(self.tr("Suggest another wording"))
        self.saved_button.setText(self.tr("Saved replies…"))
        self.saved_button.setToolTip(self.tr("Put in one of your own replies, or keep this one for next time"))
        self.editor.setPlaceholderText(self.tr("Write your reply here. Balas checks it as you type."))
        self.fix_button.setText(self.tr("Use the better wording"))
        self.fix_button.setToolTip(self.tr("Puts the better wording in place of the underlined "
                                           "words (or double-click a finding)"))
        self._update_buttons()
        self._fill_issue_list()

    # -- what is shown ---------------------------------------------------------------------
    def language(self) -> str:
        return self.language_combo.currentData()

    def text(self) -> str:
        return self.editor.toPlainText()

    def set_language(self, code: str | None) -> None:
        index = self.language_combo.findData(code if code in REPLY_LANGUAGES else "en")
        self.language_combo.setCurrentIndex(index)

    def start(self, draft: str, language: str | None, social: bool) -> None:
        """A case was opened: show its draft (or nothing, until a suggestion arrives)."""
        self.social = social
        self.suggested, self.variant = "", -1
        self.advice_label.hide()
        self.set_language(language)
        self._replace_all(draft)
        self._update_buttons()

    def offer(self, text: str, language: str, variant: int, advice: str) -> None:
        """A suggested reply arrived: put it in unless the owner has written their own."""
        if self.text().strip() and self.text() != self.suggested:
            self._show_advice(advice)  # never overwrite the owner's own words
            return
        self.replace_with_suggestion(text, language, variant, advice)

    def replace_with_suggestion(self, text: str, language: str, variant: int, advice: str) -> None:
        """Put a suggestion in (the owner asked for another wording: Ctrl+Z brings theirs back)."""
        self._show_advice(advice)
        self.set_language(language)
        self.suggested, self.variant = text, variant
        self._replace_all(text)

    def insert_saved(self, text: str, language: str) -> None:
        """A saved reply, filled in for this customer: in place of the selection (or at the
        cursor; in place of an untouched suggestion). Ctrl+Z takes it out again."""
        self.set_language(language)
        if not self.text().strip() or self.text() == self.suggested:
            self._replace_all(text)
        else:
            self.editor.textCursor().insertText(text)
        self.editor.setFocus()

    def _show_advice(self, advice: str) -> None:
        self.advice_label.setText(advice)
        self.advice_label.setVisible(bool(advice))

    def _replace_all(self, text: str) -> None:
        cursor = QTextCursor(self.editor.document())
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)  # an edit, so undo works

    # -- checking --------------------------------------------------------------------------
    def _on_text_changed(self) -> None:
        text = self.text()
        if text == self._last_text:
            return  # only the underlines changed (Qt reports that as a change too)
        self._last_text = text
        if self.highlighter.issues:  # old underlines may sit on the wrong words now
            self.highlighter.set_issues([])
        self._check_timer.start()
        self._update_buttons()

    def _on_language_chosen(self, _row: int) -> None:
        untouched = not self.text().strip() or self.text() == self.suggested
        if untouched:
            self.suggestion_requested.emit(self.language(), -1)
        self._request_check()

    def _request_check(self) -> None:
        self._check_timer.stop()
        self.check_requested.emit(self.text(), self.language())

    def show_issues(self, text: str, issues: list) -> None:
        """Findings for `text`; dropped when the owner has typed on since."""
        if text != self.text():
            return
        self.issues, self.checked_text = list(issues), text
        self.highlighter.set_issues(self.issues)
        self._fill_issue_list()
        self._update_buttons()

    def _fill_issue_list(self) -> None:
        self.issue_list.clear()
        for issue in self.issues:
            item = QListWidgetItem(_issue_line(issue))
            item.setData(_ISSUE_ROLE, issue)
            item.setToolTip(issue.better)
            self.issue_list.addItem(item)
        self.issue_list.setVisible(bool(self.issues))

    def _on_fix_clicked(self) -> None:
        item = self.issue_list.currentItem() or self.issue_list.item(0)
        if item is not None:
            self.apply_fix(item.data(_ISSUE_ROLE))

    def apply_fix(self, issue) -> None:
        """Put the better wording in place (one undoable edit)."""
        if issue is None or not issue.fix or self.text() != self.checked_text:
            return
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(issue.fix_start)
        cursor.setPosition(issue.fix_end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(issue.fix)
        self.editor.setTextCursor(cursor)
        self._request_check()

    def _update_buttons(self) -> None:
        has_text = bool(self.text().strip())
        current = self.issue_list.currentItem() or self.issue_list.item(0)
        fixable = current is not None and bool(current.data(_ISSUE_ROLE).fix)
        self.fix_button.setEnabled(fixable and self.text() == self.checked_text)
        self.send_button.setEnabled(has_text)
        self.send_button.setText(self.tr("Send reply…") if self.social else self.tr("Log reply…"))
        if not has_text:
            self.state_label.setText("")
        elif self.text() != self.checked_text:
            self.state_label.setText(self.tr("Checking…"))
        elif self.issues:
            self.state_label.setText(self.tr("%n thing(s) to look at before sending.", "",
                                             len(self.issues)))
        else:
            self.state_label.setText(self.tr("Looks good."))

    # -- sending -------------------------------------------------------------------------
    def review(self) -> None:
        """Show the review step; on Send, emit send_requested."""
        text = self.text()
        if not text.strip():
            return
        issues = self.issues if text == self.checked_text else None
        dialog = ReviewDialog(text, issues, self.social, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.send_requested.emit(text))
        dialog.open()
        self.review_dialog = dialog

    def sent(self) -> None:
        """The reply is saved: clear the editor for the next one."""
        self.suggested = ""
        self._replace_all("")


class ReviewDialog(QDialog):
    """The last look before a reply goes: the text and what the checker still finds in it."""

    def __init__(self, text: str, issues: list | None, social: bool, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check your reply"))
        self.text_view = QPlainTextEdit(self)
        self.text_view.setPlainText(text)
        self.text_view.setReadOnly(True)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.issue_list = QListWidget(self)
        self.issue_list.setWordWrap(True)
        for issue in issues or []:
            self.issue_list.addItem(_issue_line(issue))
        if issues is None:
            self.summary_label.setText(self.tr("The check has not finished; read the reply once "
                                               "more before sending."))
        elif issues:
            self.summary_label.setText(self.tr("%n thing(s) in this reply may upset the customer "
                                               "or promise too much:", "", len(issues)))
        else:
            self.summary_label.setText(self.tr("Nothing to fix: it reads politely, keeps private "
                                               "details private and promises only what you can keep."))
        self.issue_list.setVisible(bool(issues))
        self.where_label = QLabel(self)
        self.where_label.setWordWrap(True)
        self.where_label.setText(
            self.tr("It goes into the outbox and is posted as a public reply under the customer's "
                    "comment once the account is connected and online.") if social else
            self.tr("It will be logged on the case. Give it to the customer the way they reached "
                    "you (phone, letter, WhatsApp, at the counter)."))
        buttons = QDialogButtonBox(self)
        if social:
            label = self.tr("Send anyway") if issues else self.tr("Send")
        else:
            label = self.tr("Log it anyway") if issues else self.tr("Log it")
        self.send_button = buttons.addButton(label, QDialogButtonBox.ButtonRole.AcceptRole)
        self.back_button = buttons.addButton(self.tr("Back to editing"),
                                             QDialogButtonBox.ButtonRole.RejectRole)
        (self.back_button if issues else self.send_button).setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text_view, 2)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.issue_list, 1)
        layout.addWidget(self.where_label)
        layout.addWidget(buttons)
        self.resize(520, 420)

"""The owner's saved replies, from the reply editor: search, pick one to put in (filled in for
this customer), add, change, delete, or keep the reply being written for next time."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QMessageBox, QPlainTextEdit,
                               QPushButton, QVBoxLayout)

from desktop.app.saved_replies_controller import SavedRepliesController
from desktop.cases.saved_replies import TEXT_CHARS, TITLE_CHARS, unknown_placeholders
from desktop.ui.messages import explain_error
from desktop.ui.reply_editor import REPLY_LANGUAGES, language_name
from desktop.ui.text import fill, one_line

__all__ = ["SavedRepliesDialog", "TemplateDialog"]

SEARCH_DELAY_MS = 150
_ALL = ""


class TemplateDialog(QDialog):
    """One saved reply: its title, language and words (with the placeholders explained)."""

    def __init__(self, title: str, lang: str, text: str, parent=None):
        super().__init__(parent)
        self.title_edit = QLineEdit(title, self)
        self.title_edit.setMaxLength(TITLE_CHARS)
        self.lang_combo = QComboBox(self)
        for code in REPLY_LANGUAGES:
            self.lang_combo.addItem(language_name(code), code)
        self.lang_combo.setCurrentIndex(max(self.lang_combo.findData(lang), 0))
        self.text_edit = QPlainTextEdit(text, self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        form = QFormLayout()
        self.title_label, self.lang_label = QLabel(self), QLabel(self)
        form.addRow(self.title_label, self.title_edit)
        form.addRow(self.lang_label, self.lang_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)
        self.setWindowTitle(self.tr("Saved reply"))
        self.title_label.setText(self.tr("Title:"))
        self.lang_label.setText(self.tr("Language:"))
        self.hint.setText(self.tr("{name}, {shop}, {signature} and {eta} are filled in for each customer: "
                                  "their name, your shop, your signature and when they will hear from you."))
        self.resize(560, 380)

    def values(self) -> tuple[str, str, str]:
        """(language, title, text), as SavedRepliesController.save takes them."""
        return self.lang_combo.currentData(), self.title_edit.text(), self.text_edit.toPlainText()

    def _on_save(self) -> None:
        _lang, title, text = self.values()
        if not title.strip() or not text.strip():
            self.hint.setText(self.tr("Please give the reply a title and some words."))
            return
        unknown = unknown_placeholders(text)
        if unknown and self.hint.property("warned") != unknown:  # said once; a second Save keeps it
            self.hint.setProperty("warned", unknown)
            self.hint.setText(fill(self.tr("%1 is not filled in for the customer (only {name}, {shop}, "
                                           "{signature} and {eta} are). Correct it, or press Save again to "
                                           "keep it as written."), ", ".join(unknown)))
            return
        if len(text) > TEXT_CHARS:
            self.hint.setText(fill(self.tr("A saved reply holds at most %1 characters."), str(TEXT_CHARS)))
            return
        self.accept()


class SavedRepliesDialog(QDialog):
    insert_requested = Signal(str, str)
    """(template, language): fill it in for this customer and put it in the reply."""

    def __init__(self, controller: SavedRepliesController, language: str, current_reply: str,
                 customer_name: str, parent=None):
        super().__init__(parent)
        self.setObjectName("saved_replies_dialog")
        self.controller = controller
        self.current_reply = current_reply
        self.customer_name = customer_name
        self.replies: list = []
        self.editor: TemplateDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.search_edit = QLineEdit(self)
        self.search_edit.setClearButtonEnabled(True)
        self.lang_combo = QComboBox(self)
        self.lang_combo.addItem("", _ALL)
        for code in REPLY_LANGUAGES:
            self.lang_combo.addItem(language_name(code), code)
        self.lang_combo.setCurrentIndex(max(self.lang_combo.findData(language), 0))
        self.list = QListWidget(self)
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.insert_button = QPushButton(self)
        self.insert_button.setDefault(True)
        self.new_button = QPushButton(self)
        self.keep_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.lang_combo)
        middle = QHBoxLayout()
        middle.addWidget(self.list, 2)
        middle.addWidget(self.preview, 3)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.keep_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.insert_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty_label)
        layout.addLayout(middle, 1)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.lang_combo.currentIndexChanged.connect(self.reload)
        self.list.currentRowChanged.connect(self._on_row)
        self.list.itemActivated.connect(lambda _item: self._insert())
        self.insert_button.clicked.connect(self._insert)
        self.new_button.clicked.connect(lambda: self._edit(None, "", self._language(), ""))
        self.keep_button.clicked.connect(self._keep_current)
        self.edit_button.clicked.connect(self._edit_selected)
        self.delete_button.clicked.connect(self._delete_selected)
        controller.loaded.connect(self._on_loaded)
        controller.saved.connect(lambda _id: self.reload())
        controller.deleted.connect(lambda _id: self.reload())
        controller.failed.connect(self._on_failed)
        self.translate_ui()
        self.resize(820, 480)
        self.reload()

    def translate_ui(self) -> None:
        self.setWindowTitle(self.tr("Saved replies"))
        self.search_edit.setPlaceholderText(self.tr("Search your saved replies…"))
        self.lang_combo.setItemText(0, self.tr("All languages"))
        self.insert_button.setText(self.tr("Put in the reply"))
        self.new_button.setText(self.tr("New…"))
        self.keep_button.setText(self.tr("Keep this reply…"))
        self.keep_button.setToolTip(self.tr("Save the reply you are writing for next time; the customer's "
                                            "name and your signature become placeholders"))
        self.edit_button.setText(self.tr("Change…"))
        self.delete_button.setText(self.tr("Delete"))
        self.keep_button.setEnabled(bool(self.current_reply.strip()))

    def _language(self) -> str:
        return self.lang_combo.currentData() or REPLY_LANGUAGES[0]

    def selected(self):
        row = self.list.currentRow()
        return self.replies[row] if 0 <= row < len(self.replies) else None

    # -- the list ------------------------------------------------------------------------------
    def reload(self, *_args) -> None:
        self.controller.load(self.lang_combo.currentData() or None, self.search_edit.text())

    def _on_loaded(self, replies: list) -> None:
        chosen = self.selected()
        self.replies = replies
        self.list.clear()
        for reply in replies:
            item = QListWidgetItem(fill(self.tr("%1 (%2)"), one_line(reply.title, 60), language_name(reply.lang)))
            item.setToolTip(reply.text[:500])
            self.list.addItem(item)
        ids = [r.id for r in replies]
        self.list.setCurrentRow(ids.index(chosen.id) if chosen is not None and chosen.id in ids else 0)
        if not replies:
            if self.search_edit.text().strip():
                empty = self.tr("No saved replies match.")
            elif self.lang_combo.currentData():
                empty = self.tr("No saved replies in this language yet (choose “All languages” to see the "
                                "others). Write a reply you like, then choose “Keep this reply…”.")
            else:
                empty = self.tr("No saved replies yet. Write a reply you like, then choose “Keep this "
                                "reply…”, or start one with “New…”.")
            self.empty_label.setText(empty)
        self.empty_label.setVisible(not replies)
        self._on_row()

    def _on_row(self, *_args) -> None:
        reply = self.selected()
        self.preview.setPlainText(reply.text if reply else "")
        for button in (self.insert_button, self.edit_button, self.delete_button):
            button.setEnabled(reply is not None)

    # -- actions -------------------------------------------------------------------------------
    def _insert(self) -> None:
        reply = self.selected()
        if reply is not None:
            self.insert_requested.emit(reply.text, reply.lang)
            self.accept()

    def _keep_current(self) -> None:
        template = self.controller.template_from(self.current_reply, self.customer_name)
        self._edit(None, one_line(self.current_reply, 40), self._language(), template)

    def _edit_selected(self) -> None:
        reply = self.selected()
        if reply is not None:
            self._edit(reply.id, reply.title, reply.lang, reply.text)

    def _edit(self, reply_id, title: str, lang: str, text: str) -> TemplateDialog:
        editor = TemplateDialog(title, lang, text, self)
        editor.accepted.connect(lambda: self.controller.save(reply_id, *editor.values()))
        editor.finished.connect(lambda _result: setattr(self, "editor", None))
        self.editor = editor
        editor.open()
        return editor

    def _delete_selected(self) -> QMessageBox | None:
        reply = self.selected()
        if reply is None:
            return None
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete saved reply"),
                          fill(self.tr("Delete “%1”?"), one_line(reply.title, 60)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.accepted.connect(lambda: self.controller.delete(reply.id))  # Yes accepts
        self.confirm_box = box
        box.open()
        return box

    def _on_failed(self, _what: str, error: BaseException) -> None:
        self.status_label.setText(explain_error(error))

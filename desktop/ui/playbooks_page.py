"""Settings → Suggested replies: the owner rewords the replies Balas suggests, for each kind of
customer and each language, and can go back to Balas's own wordings at any time."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QListWidget, QPlainTextEdit, QPushButton,
                               QVBoxLayout, QWidget)

from desktop.cases.saved_replies import unknown_placeholders
from desktop.triage.playbooks import EDITABLE_SECTIONS, MAX_OWN_VARIANTS, MAX_VARIANT_CHARS
from desktop.ui.labels import type_name
from desktop.ui.reply_editor import REPLY_LANGUAGES, language_name
from desktop.ui.text import fill, one_line

__all__ = ["PlaybooksPage"]


class PlaybooksPage(QWidget):
    def __init__(self, custom: dict, defaults: Callable[[str, str], list[str]], parent=None):
        """`custom`: the owner's wordings as kept; `defaults(section, lang)`: Balas's own."""
        super().__init__(parent)
        self.custom = {lang: {section: list(texts) for section, texts in sections.items()}
                       for lang, sections in custom.items()}
        self.defaults = defaults
        self.lang_combo = QComboBox(self)
        for code in REPLY_LANGUAGES:
            self.lang_combo.addItem(language_name(code), code)
        self.section_combo = QComboBox(self)
        for section in EDITABLE_SECTIONS:
            self.section_combo.addItem("", section)
        self.list = QListWidget(self)
        self.editor = QPlainTextEdit(self)
        self.state_label = QLabel(self)
        self.state_label.setWordWrap(True)
        self.state_label.setTextFormat(Qt.TextFormat.PlainText)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.reset_button = QPushButton(self)
        top = QHBoxLayout()
        top.addWidget(self.lang_combo)
        top.addWidget(self.section_combo, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.reset_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.state_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.editor, 2)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        self.lang_combo.currentIndexChanged.connect(self._show)
        self.section_combo.currentIndexChanged.connect(self._show)
        self.list.currentRowChanged.connect(self._on_row)
        self.editor.textChanged.connect(self._on_edited)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.reset_button.clicked.connect(self.reset)
        self.translate_ui()
        self._show()

    def translate_ui(self) -> None:
        names = {"question": self.tr("A question"), "thanks": self.tr("Thanks or praise")}
        for row, section in enumerate(EDITABLE_SECTIONS):
            self.section_combo.setItemText(row, names.get(section) or fill(self.tr("A complaint from: %1"),
                                                                         type_name(section)))
        self.hint.setText(self.tr("Balas picks one of these wordings for each customer, so replies do not repeat "
                                  "word for word. {name}, {shop}, {signature} and {eta} are filled in."))
        self.add_button.setText(self.tr("Add a wording"))
        self.remove_button.setText(self.tr("Remove"))
        self.reset_button.setText(self.tr("Back to Balas's wordings"))
        self.reset_button.setToolTip(self.tr("For this kind of customer and this language"))

    # -- what is shown -----------------------------------------------------------------------
    def _key(self) -> tuple[str, str]:
        return self.lang_combo.currentData(), self.section_combo.currentData()

    def wordings(self) -> list[str]:
        lang, section = self._key()
        return self.custom.get(lang, {}).get(section) or self.defaults(section, lang)

    def _show(self, *_args) -> None:
        lang, section = self._key()
        own = section in self.custom.get(lang, {})
        self.state_label.setText(self.tr("Your own wordings.") if own else
                                 self.tr("Balas's wordings. Change one to make them yours."))
        self.reset_button.setEnabled(own)
        self.list.blockSignals(True)
        self.list.clear()
        for text in self.wordings():
            self.list.addItem(one_line(text, 100))
        self.list.blockSignals(False)
        self.list.setCurrentRow(0)
        self._on_row()

    def _on_row(self, *_args) -> None:
        row = self.list.currentRow()
        texts = self.wordings()
        self.editor.blockSignals(True)
        self.editor.setPlainText(texts[row] if 0 <= row < len(texts) else "")
        self.editor.blockSignals(False)
        self.remove_button.setEnabled(len(texts) > 1)
        self.add_button.setEnabled(len(texts) < MAX_OWN_VARIANTS)

    # -- changes (kept when the owner saves the settings) -------------------------------------------
    def _own(self) -> list[str]:
        """This section's wordings as the owner's own, started from what is shown."""
        lang, section = self._key()
        return self.custom.setdefault(lang, {}).setdefault(section, list(self.wordings()))

    def _on_edited(self) -> None:
        row = self.list.currentRow()
        text = self.editor.toPlainText()
        if row < 0:
            return
        texts = self._own()
        texts[row] = text
        self.list.item(row).setText(one_line(text, 100))
        self.reset_button.setEnabled(True)
        unknown = unknown_placeholders(text)
        if not text.strip():
            self.state_label.setText(self.tr("An empty wording is not kept."))
        elif len(text) > MAX_VARIANT_CHARS:
            self.state_label.setText(fill(self.tr("A wording holds at most %1 characters; this one is not kept."),
                                          str(MAX_VARIANT_CHARS)))
        elif unknown:
            self.state_label.setText(fill(self.tr("%1 is not filled in for the customer (only {name}, {shop}, "
                                                  "{signature} and {eta} are)."), ", ".join(unknown)))
        else:
            self.state_label.setText(self.tr("Your own wordings."))

    def _add(self) -> None:
        texts = self._own()
        texts.append(texts[0])  # a copy of the first, in the right language, to reword
        self._show()
        self.list.setCurrentRow(len(texts) - 1)
        self.editor.setFocus()

    def _remove(self) -> None:
        row, texts = self.list.currentRow(), self._own()
        if 0 <= row < len(texts) and len(texts) > 1:
            del texts[row]
            self._show()

    def reset(self) -> None:
        lang, section = self._key()
        self.custom.get(lang, {}).pop(section, None)
        self._show()

    def values(self) -> dict:
        """What to keep: only the sections the owner made their own (empty and overlong wordings
        dropped; a section with none left goes back to Balas's)."""
        return {lang: {section: [t for t in texts if t.strip() and len(t) <= MAX_VARIANT_CHARS]
                       for section, texts in sections.items()}
                for lang, sections in self.custom.items() if sections}

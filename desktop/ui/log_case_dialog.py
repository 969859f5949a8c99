"""Log a complaint that came by phone, letter, counter, e-mail, WhatsApp or another way."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Callable

from PySide6.QtCore import QDateTime, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (QComboBox, QCompleter, QDateTimeEdit, QDialog, QDialogButtonBox,
                               QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QPushButton, QVBoxLayout, QWidget)

from desktop.cases.queries import PersonRow, TouchpointRow
from desktop.cases.vocab import OFFLINE_CHANNELS, Channel
from desktop.ui.labels import channel_name, touchpoint_name

__all__ = ["LogCaseDialog"]


class LogCaseDialog(QDialog):
    save_requested = Signal(object)
    """Fields for CaseRepository.add_manual_case; the dialog stays open until `saved()`."""
    edit_touchpoints_requested = Signal()
    """The owner wants to edit the touchpoint list."""

    def __init__(self, find_people: Callable[[str, Callable[[list], None]], None],
                 touchpoints: list[TouchpointRow], parent=None):
        super().__init__(parent)
        self._find_people = find_people
        self._people: dict[str, PersonRow] = {}
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.name_edit = QLineEdit(self)
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.name_edit.setCompleter(completer)
        self.person_hint = QLabel(self)
        self.contact_edit = QLineEdit(self)
        self.channel_combo = QComboBox(self)
        for channel in (*OFFLINE_CHANNELS, Channel.FACEBOOK, Channel.INSTAGRAM, Channel.X):
            self.channel_combo.addItem(channel_name(channel), channel.value)
        self.touchpoint_combo = QComboBox(self)
        self.edit_touchpoints_button = QPushButton(self)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setTabChangesFocus(True)
        self.received_edit = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.received_edit.setCalendarPopup(True)
        self.received_edit.setMaximumDateTime(QDateTime.currentDateTime().addSecs(300))
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #b3261e")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)

        self.form = QFormLayout()
        touchpoint_row = QHBoxLayout()
        touchpoint_row.addWidget(self.touchpoint_combo, 1)
        touchpoint_row.addWidget(self.edit_touchpoints_button)
        holder = QWidget(self)
        holder.setLayout(touchpoint_row)
        touchpoint_row.setContentsMargins(0, 0, 0, 0)
        self._rows = [self.name_edit, self.person_hint, self.contact_edit, self.channel_combo,
                      holder, self.received_edit, self.text_edit]
        self._labels = [QLabel(self) for _ in self._rows]
        for label, widget in zip(self._labels, self._rows):
            label.setBuddy(widget)
            self.form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        # A name search may answer after the dialog is gone; its answer is then dropped.
        self._alive = alive = [True]
        self.destroyed.connect(lambda *_a: alive.__setitem__(0, False))
        self.finished.connect(lambda *_a: alive.__setitem__(0, False))
        self._lookup = QTimer(self)
        self._lookup.setSingleShot(True)
        self._lookup.setInterval(150)
        self._lookup.timeout.connect(self._look_up_people)
        self.name_edit.textEdited.connect(lambda _t: self._lookup.start())
        self.name_edit.textChanged.connect(self._update_person_hint)
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)
        self.edit_touchpoints_button.clicked.connect(self.edit_touchpoints_requested)
        self.set_touchpoints(touchpoints)
        self.translate_ui()
        self.resize(560, 520)

    def translate_ui(self) -> None:
        self.setWindowTitle(self.tr("Log a complaint"))
        texts = [self.tr("&Customer"), "", self.tr("&Phone or e-mail (optional)"), self.tr("Came &by"),
                 self.tr("&Touchpoint"), self.tr("&Received"), self.tr("&What they said")]
        for label, text in zip(self._labels, texts):
            label.setText(text)
        self.name_edit.setPlaceholderText(self.tr("Type a name; pick a known customer from the list"))
        self.text_edit.setPlaceholderText(self.tr("Write down the complaint in the customer's own words"))
        self.edit_touchpoints_button.setText(self.tr("Edit list…"))
        self._update_person_hint()

    def set_touchpoints(self, touchpoints: list[TouchpointRow]) -> None:
        current = self.touchpoint_combo.currentData() or "other"
        self.touchpoint_combo.clear()
        for tp in touchpoints:
            if not tp.archived:
                self.touchpoint_combo.addItem(touchpoint_name(tp.key, tp.name), tp.key)
        self.touchpoint_combo.setCurrentIndex(max(self.touchpoint_combo.findData(current), 0))

    def _look_up_people(self) -> None:
        text = self.name_edit.text().strip()
        if text:
            alive = self._alive
            self._find_people(text, lambda people: alive[0] and self._on_people_found(people))

    def _on_people_found(self, people: list[PersonRow]) -> None:
        for person in people:
            self._people.setdefault(self._person_label(person), person)
        self._names.setStringList(list(self._people))

    @staticmethod
    def _person_label(person: PersonRow) -> str:
        return f"{person.name} · {channel_name(person.platform) or person.platform} #{person.id}" \
            if person.platform != "offline" else f"{person.name} #{person.id}"

    def chosen_person(self) -> PersonRow | None:
        return self._people.get(self.name_edit.text())

    def _update_person_hint(self, *_args) -> None:
        person = self.chosen_person()
        if person is not None:
            self.person_hint.setText(self.tr("Known customer, %n earlier case(s).", "", person.case_count))
            if person.contact and not self.contact_edit.text():
                self.contact_edit.setText(person.contact)
        elif self.name_edit.text().strip():
            self.person_hint.setText(self.tr("A new customer will be added."))
        else:
            self.person_hint.setText("")

    def _on_save(self) -> None:
        name = self.name_edit.text().strip()
        text = self.text_edit.toPlainText()
        if not name:
            self.show_error(self.tr("Please type the customer's name."))
            self.name_edit.setFocus()
            return
        if not text.strip():
            self.show_error(self.tr("Please write down what the customer said."))
            self.text_edit.setFocus()
            return
        received = datetime.fromtimestamp(self.received_edit.dateTime().toSecsSinceEpoch(), timezone.utc)
        person = self.chosen_person()
        fields = {"channel": self.channel_combo.currentData(), "text": text,
                  "touchpoint": self.touchpoint_combo.currentData() or "other",
                  "received_at": received}
        if person is not None:
            fields["person_id"] = person.id
        else:
            fields["person_name"] = name
            fields["contact"] = self.contact_edit.text().strip() or None
        self.error_label.clear()
        self.buttons.setEnabled(False)
        self.save_requested.emit(fields)

    def show_error(self, message: str) -> None:
        """Say what went wrong; everything typed stays in the form."""
        self.buttons.setEnabled(True)
        self.error_label.setText(message)

    def saved(self) -> None:
        self.buttons.setEnabled(True)
        self.accept()

"""Settings → Reminders: response targets, a quicker first reply for some channels, opening
hours per weekday, days off, the shop's time zone, and starting Balas with the computer."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDoubleSpinBox, QFormLayout, QGridLayout,
                               QGroupBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton,
                               QScrollArea, QTimeEdit, QVBoxLayout, QWidget)

from desktop.cases.deadlines import TARGET_MINUTES_RANGE, Targets
from desktop.cases.hours import WEEKDAYS, DayHours, OpeningHours
from desktop.cases.vocab import Channel
from desktop.ui.account_dialogs import plain_label
from desktop.ui.labels import channel_name
from desktop.ui.text import fill, local_date

__all__ = ["RemindersPage"]

_SAME = 0.0  # a channel spin at its minimum: "same as the general target"
_URGENT_CHOICES = (Channel.WALK_IN, Channel.PHONE, Channel.LETTER, Channel.WHATSAPP, Channel.EMAIL)


def _hours_spin(parent, maximum_hours: float, special: str | None = None) -> QDoubleSpinBox:
    spin = QDoubleSpinBox(parent)
    low = TARGET_MINUTES_RANGE[0] / 60
    spin.setRange(_SAME if special else low, maximum_hours)
    spin.setDecimals(2)
    spin.setSingleStep(0.5)
    if special:
        spin.setSpecialValueText(special)
    return spin


def _minutes(spin: QDoubleSpinBox) -> int:
    return int(round(spin.value() * 60))


class RemindersPage(QWidget):
    """Shows "Loading…" until `show_targets` fills it; `targets()` reads what the owner set."""

    def __init__(self, autostart_enabled: bool, autostart_allowed: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self._loaded: Targets | None = None
        self.loading_label = plain_label(self.tr("Loading…"), self)
        self.first_spin = _hours_spin(self, 24)
        self.update_spin = _hours_spin(self, 14 * 24)
        self.follow_up_spin = _hours_spin(self, 14 * 24)
        self.follow_up_spin.setDecimals(1)
        self.follow_up_spin.setSingleStep(1)
        for spin in (self.first_spin, self.update_spin, self.follow_up_spin):
            spin.setSuffix(self.tr(" h"))
        self.channel_spins = {channel: _hours_spin(self, 24, special=self.tr("same as above"))
                              for channel in _URGENT_CHOICES}
        for spin in self.channel_spins.values():
            spin.setSuffix(self.tr(" h"))
        targets_box = QGroupBox(self.tr("Response targets"), self)
        targets_form = QFormLayout(targets_box)
        targets_form.addRow(self.tr("First reply within:"), self.first_spin)
        targets_form.addRow(self.tr("Update a case in progress every:"), self.update_spin)
        targets_form.addRow(self.tr("Follow up after it is resolved:"), self.follow_up_spin)
        for channel, spin in self.channel_spins.items():
            targets_form.addRow(fill(self.tr("First reply to %1 within:"), channel_name(channel)), spin)
        targets_form.addRow(plain_label(self.tr("Targets count only opening hours. A whole day (24 h) "
                                                "means the same time on the next day the shop is open."),
                                        targets_box))

        hours_box = QGroupBox(self.tr("Opening hours"), self)
        grid = QGridLayout(hours_box)
        self.day_checks, self.opens_edits, self.closes_edits, self.day_notes = [], [], [], []
        for day in range(WEEKDAYS):
            check = QCheckBox(self._weekday_name(day), hours_box)
            opens, closes = QTimeEdit(hours_box), QTimeEdit(hours_box)
            for edit in (opens, closes):
                edit.setDisplayFormat("HH:mm")
                edit.timeChanged.connect(self._update_notes)
            check.toggled.connect(self._update_notes)
            note = QLabel(hours_box)
            note.setTextFormat(Qt.TextFormat.PlainText)
            grid.addWidget(check, day, 0)
            grid.addWidget(opens, day, 1)
            grid.addWidget(QLabel("–", hours_box), day, 2)
            grid.addWidget(closes, day, 3)
            grid.addWidget(note, day, 4)
            self.day_checks.append(check)
            self.opens_edits.append(opens)
            self.closes_edits.append(closes)
            self.day_notes.append(note)
        grid.setColumnStretch(4, 1)
        self.hours_problem = plain_label("", hours_box)
        self.hours_problem.setStyleSheet("color: #a33;")
        grid.addWidget(self.hours_problem, WEEKDAYS, 0, 1, 5)
        self.zone_combo = QComboBox(hours_box)
        self.zone_combo.setEditable(True)
        self.zone_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        zone_row = QHBoxLayout()
        zone_row.addWidget(QLabel(self.tr("Time zone:"), hours_box))
        zone_row.addWidget(self.zone_combo, 1)
        grid.addLayout(zone_row, WEEKDAYS + 1, 0, 1, 5)

        days_off_box = QGroupBox(self.tr("Days off and public holidays"), self)
        self.days_off_list = QListWidget(days_off_box)
        self.days_off_list.setMaximumHeight(110)
        self.day_off_edit = QDateEdit(days_off_box)
        self.day_off_edit.setCalendarPopup(True)
        self.day_off_edit.setDate(QDate.currentDate())
        self.add_day_button = QPushButton(self.tr("Add"), days_off_box)
        self.remove_day_button = QPushButton(self.tr("Remove"), days_off_box)
        self.add_day_button.clicked.connect(self._on_add_day)
        self.remove_day_button.clicked.connect(self._on_remove_day)
        days_row = QHBoxLayout()
        days_row.addWidget(self.day_off_edit)
        days_row.addWidget(self.add_day_button)
        days_row.addWidget(self.remove_day_button)
        days_row.addStretch(1)
        days_layout = QVBoxLayout(days_off_box)
        days_layout.addWidget(self.days_off_list)
        days_layout.addLayout(days_row)

        self.autostart_check = QCheckBox(self.tr("Start Balas in the tray when I log in to this computer"), self)
        self.autostart_check.setChecked(autostart_enabled)
        self.autostart_check.setEnabled(autostart_allowed)
        if not autostart_allowed:
            self.autostart_check.setToolTip(self.tr("Not for the demo shop"))

        content = QWidget(self)
        layout = QVBoxLayout(content)
        for part in (self.loading_label, targets_box, hours_box, days_off_box, self.autostart_check):
            layout.addWidget(part)
        layout.addStretch(1)
        self.form_parts = (targets_box, hours_box, days_off_box)
        for part in self.form_parts:
            part.setEnabled(False)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _weekday_name(self, day: int) -> str:
        return QLocale().dayName(day + 1, QLocale.FormatType.LongFormat)

    # -- filled from the case log ------------------------------------------------------------
    def show_targets(self, targets: Targets, zones: list[str]) -> None:
        self._loaded = targets
        self.loading_label.hide()
        for part in self.form_parts:
            part.setEnabled(True)
        self.first_spin.setValue(targets.first_response / 60)
        self.update_spin.setValue(targets.update / 60)
        self.follow_up_spin.setValue(targets.follow_up / 60)
        for channel, spin in self.channel_spins.items():
            minutes = targets.channel_first_response.get(channel.value)
            spin.setValue(minutes / 60 if minutes else _SAME)
        for day, hours in enumerate(targets.hours.week):
            self.day_checks[day].setChecked(hours.open)
            self.opens_edits[day].setTime(QTime(hours.opens.hour, hours.opens.minute))
            self.closes_edits[day].setTime(QTime(hours.closes.hour, hours.closes.minute))
        self.days_off_list.clear()
        for day in sorted(targets.hours.days_off):
            self._add_day_item(day)
        self.zone_combo.clear()
        self.zone_combo.addItems(zones)
        self.zone_combo.setCurrentText(targets.hours.zone)
        self._update_notes()

    @property
    def loaded_targets(self) -> Targets | None:
        return self._loaded

    def targets(self) -> Targets | None:
        """What the owner set; None while the stored targets are still loading."""
        if self._loaded is None:
            return None
        week = self._week()
        days_off = frozenset(date.fromisoformat(self.days_off_list.item(i).data(Qt.ItemDataRole.UserRole))
                             for i in range(self.days_off_list.count()))
        channels = {c: v for c, v in self._loaded.channel_first_response.items()
                    if c not in {ch.value for ch in self.channel_spins}}
        channels.update({channel.value: _minutes(spin) for channel, spin in self.channel_spins.items()
                         if spin.value() > _SAME})
        zone = self.zone_combo.currentText().strip() or self._loaded.hours.zone
        return replace(self._loaded, first_response=_minutes(self.first_spin), update=_minutes(self.update_spin),
                       follow_up=_minutes(self.follow_up_spin), channel_first_response=channels,
                       hours=OpeningHours(week=week, days_off=days_off, zone=zone))

    # -- the owner's edits --------------------------------------------------------------------
    def _week(self) -> tuple[DayHours, ...]:
        return tuple(DayHours(opens=_time(self.opens_edits[d].time()), closes=_time(self.closes_edits[d].time()),
                              open=self.day_checks[d].isChecked()) for d in range(WEEKDAYS))

    def _update_notes(self, *_args) -> None:
        week = self._week()
        for day, hours in enumerate(week):
            self.opens_edits[day].setEnabled(hours.open)
            self.closes_edits[day].setEnabled(hours.open)
            note = (self.tr("closed") if not hours.open else self.tr("open round the clock")
                    if hours.round_the_clock else self.tr("closes after midnight") if hours.past_midnight else "")
            self.day_notes[day].setText(note)
        no_day = "no_open_day" in OpeningHours(week=week).problems()
        self.hours_problem.setText(self.tr("No day is open: reminders will count every hour of the week.")
                                   if no_day else "")
        self.hours_problem.setVisible(no_day)

    def _add_day_item(self, day: date) -> None:
        item = QListWidgetItem(local_date(day))
        item.setData(Qt.ItemDataRole.UserRole, day.isoformat())
        self.days_off_list.addItem(item)

    def _on_add_day(self) -> None:
        picked = self.day_off_edit.date()
        day = date(picked.year(), picked.month(), picked.day())
        existing = {self.days_off_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.days_off_list.count())}
        if day.isoformat() not in existing:
            self._add_day_item(day)
            items = sorted((self.days_off_list.takeItem(0) for _ in range(self.days_off_list.count())),
                           key=lambda it: it.data(Qt.ItemDataRole.UserRole))
            for item in items:
                self.days_off_list.addItem(item)

    def _on_remove_day(self) -> None:
        for item in self.days_off_list.selectedItems():
            self.days_off_list.takeItem(self.days_off_list.row(item))


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())


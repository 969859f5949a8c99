"""The inbox filters: state, channel, complainant type, overdue only, search as you type, and
a list of chosen cases (the cases behind a report figure or a pattern) shown as a chip."""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QToolButton, QWidget

from desktop.cases.queries import CaseFilter
from desktop.cases.vocab import OPEN_STATES, Channel, ComplainantType, State
from desktop.ui.labels import channel_name, state_name, type_name
from desktop.ui.text import plain_label

__all__ = ["FilterBar", "SEARCH_DELAY_MS"]

SEARCH_DELAY_MS = 180
_CHIP_WIDTH = 260  # pixels of the chip's text; the whole of it is in the tooltip
_OPEN = "open"
_ALL = "all"


class FilterBar(QWidget):
    filter_changed = Signal(object)
    """The new CaseFilter, after any control changed (search: once typing pauses)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.search_edit = QLineEdit(self)  # its clear button comes with finish() (loading it takes time)
        self.state_combo = QComboBox(self)
        self.channel_combo = QComboBox(self)
        self.type_combo = QComboBox(self)
        self.overdue_check = QCheckBox(self)
        self.case_ids: tuple[int, ...] | None = None
        self.list_chip = QWidget(self)
        self.list_chip.setObjectName("case_list_chip")
        self.list_chip.setStyleSheet("#case_list_chip { background: #dbe8f6; border-radius: 8px }"
                                     " #case_list_chip QLabel { color: #1f1f1f }")
        self.list_label = plain_label(self.list_chip)
        self.list_clear = QToolButton(self.list_chip)
        self.list_clear.setText("✕")
        self.list_clear.setAutoRaise(True)
        self.list_clear.clicked.connect(self.clear_cases)
        chip = QHBoxLayout(self.list_chip)
        chip.setContentsMargins(8, 0, 2, 0)
        chip.addWidget(self.list_label)
        chip.addWidget(self.list_clear)
        self.list_chip.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_edit, 3)
        for widget in (self.list_chip, self.state_combo, self.channel_combo, self.type_combo, self.overdue_check):
            layout.addWidget(widget)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._emit)
        self.search_edit.textChanged.connect(lambda _text: self._debounce.start())
        self.search_edit.returnPressed.connect(self._emit)
        self.translate_ui()
        for combo in (self.state_combo, self.channel_combo, self.type_combo):
            combo.currentIndexChanged.connect(self._emit)
        self.overdue_check.toggled.connect(self._emit)

    def finish(self) -> None:
        """What the first paint can do without: the search box's clear button (shown only over text)."""
        self.search_edit.setClearButtonEnabled(True)

    def translate_ui(self) -> None:
        self.search_edit.setPlaceholderText(self.tr("Search complaints and names…  (Ctrl+F)"))
        self.overdue_check.setText(self.tr("Overdue only"))
        self.list_clear.setToolTip(self.tr("Show all cases again"))
        self._fill(self.state_combo, [(_OPEN, self.tr("Open cases")), (_ALL, self.tr("All states"))]
                   + [(s.value, state_name(s)) for s in State])
        self._fill(self.channel_combo, [(_ALL, self.tr("All channels"))]
                   + [(c.value, channel_name(c)) for c in Channel])
        self._fill(self.type_combo, [(_ALL, self.tr("All customer types"))]
                   + [(t.value, type_name(t)) for t in ComplainantType])

    @staticmethod
    def _fill(combo: QComboBox, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for key, text in items:
            combo.addItem(text, key)
        found = combo.findData(current)
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)

    def show_overdue(self) -> None:
        """Open cases past their target, whatever was filtered before (one reload)."""
        self._reset(overdue=True, states=_OPEN)
        self.case_ids = None
        self.list_chip.hide()
        self._emit()

    def _reset(self, overdue: bool, states: str) -> None:
        """Every control back to showing all (without a reload each)."""
        controls = (self.search_edit, self.state_combo, self.channel_combo, self.type_combo, self.overdue_check)
        for control in controls:
            control.blockSignals(True)
        self.search_edit.clear()
        self.state_combo.setCurrentIndex(max(self.state_combo.findData(states), 0))
        for combo in (self.channel_combo, self.type_combo):
            combo.setCurrentIndex(0)  # all channels, all types
        self.overdue_check.setChecked(overdue)
        for control in controls:
            control.blockSignals(False)

    def show_cases(self, case_ids, label: str) -> None:
        """Only these cases (in every state), named by `label`, until the owner clears the chip."""
        self._reset(overdue=False, states=_ALL)
        self.case_ids = tuple(case_ids)
        self.list_label.setText(self.list_label.fontMetrics().elidedText(label, QtCore.Qt.TextElideMode.ElideMiddle,
                                                                         _CHIP_WIDTH))
        self.list_chip.setToolTip(label)
        self.list_chip.show()
        self._emit()

    def clear_cases(self) -> None:
        if self.case_ids is not None:
            self.case_ids = None
            self.list_chip.hide()
            self._emit()

    def current_filter(self) -> CaseFilter:
        state = self.state_combo.currentData()
        states = (tuple(s.value for s in OPEN_STATES) if state in (_OPEN, None)
                  else None if state == _ALL else (state,))
        channel = self.channel_combo.currentData()
        kind = self.type_combo.currentData()
        return CaseFilter(states=states, channel=None if channel in (_ALL, None) else channel,
                          complainant_type=None if kind in (_ALL, None) else kind,
                          overdue_only=self.overdue_check.isChecked(),
                          search=self.search_edit.text(), case_ids=self.case_ids)

    def _emit(self, *_args) -> None:
        self._debounce.stop()
        self.filter_changed.emit(self.current_filter())

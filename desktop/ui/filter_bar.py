"""The inbox filters: state, channel, complainant type, overdue only, and search as you type."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QWidget

from desktop.cases.queries import CaseFilter
from desktop.cases.vocab import OPEN_STATES, Channel, ComplainantType, State
from desktop.ui.labels import channel_name, state_name, type_name

__all__ = ["FilterBar", "SEARCH_DELAY_MS"]

SEARCH_DELAY_MS = 180
_OPEN = "open"
_ALL = "all"


class FilterBar(QWidget):
    filter_changed = Signal(object)
    """The new CaseFilter, after any control changed (search: once typing pauses)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.search_edit = QLineEdit(self)
        self.search_edit.setClearButtonEnabled(True)
        self.state_combo = QComboBox(self)
        self.channel_combo = QComboBox(self)
        self.type_combo = QComboBox(self)
        self.overdue_check = QCheckBox(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_edit, 3)
        for widget in (self.state_combo, self.channel_combo, self.type_combo, self.overdue_check):
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

    def translate_ui(self) -> None:
        self.search_edit.setPlaceholderText(self.tr("Search complaints and names…  (Ctrl+F)"))
        self.overdue_check.setText(self.tr("Overdue only"))
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
        controls = (self.search_edit, self.state_combo, self.channel_combo, self.type_combo, self.overdue_check)
        for control in controls:
            control.blockSignals(True)
        self.search_edit.clear()
        for combo in (self.state_combo, self.channel_combo, self.type_combo):
            combo.setCurrentIndex(0)  # open cases, all channels, all types
        self.overdue_check.setChecked(True)
        for control in controls:
            control.blockSignals(False)
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
                          search=self.search_edit.text())

    def _emit(self, *_args) -> None:
        self._debounce.stop()
        self.filter_changed.emit(self.current_filter())

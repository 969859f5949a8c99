"""The inbox as a lazy table model: it holds case ids and cached row snapshots.

`data()` never queries: a missing snapshot asks for its page through `rows_needed`, shows a
placeholder, and is filled in when `add_rows` delivers it.
"""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6 import QtCore
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.cases.queries import CaseRow
from desktop.ui.labels import channel_name, state_name, touchpoint_name, type_name
from desktop.ui.text import fill, local_time, one_line

__all__ = ["InboxModel", "CASE_ID_ROLE", "PAGE_SIZE"]

# Qt's role numbers (Qt.ItemDataRole), which Qt passes to data() as plain ints. Written out
# because the first use of QtCore.Qt makes PySide build all ~90 of Qt's enums, a tenth of a bare
# window's start-up: the inbox paints without them (tests/ui/test_start.py).
_DISPLAY, _DECORATION, _TOOLTIP, _FONT, _FOREGROUND, _USER = 0, 1, 3, 6, 9, 256
CASE_ID_ROLE = _USER + 1
PAGE_SIZE = 200
_OVERDUE = QColor("#b3261e")
_ANSWERED = frozenset({_DISPLAY, _DECORATION, _TOOLTIP, _FONT, _FOREGROUND, CASE_ID_ROLE})


class InboxModel(QAbstractTableModel):
    rows_needed = Signal(object)
    """Case ids whose snapshots the view wants to show."""

    COLUMNS = ("received", "person", "complaint", "channel", "type", "touchpoint", "state")

    def __init__(self, parent=None, clock=lambda: datetime.now(timezone.utc)):
        super().__init__(parent)
        self._ids: list[int] = []
        self._position: dict[int, int] | None = None
        self._rows: dict[int, CaseRow] = {}
        self._pending_pages: set[int] = set()
        self._touchpoint_names: dict[str, str | None] = {}
        self._clock = clock
        self._now = clock()
        self._warning_icon = None
        self._bold = QFont()
        self._bold.setBold(True)

    # -- feeding -------------------------------------------------------------------------
    def set_ids(self, ids: list[int]) -> None:
        """Show these cases. A list that extends the current one appends rows (no reset)."""
        old = self._ids
        if old and len(ids) > len(old) and ids[: len(old)] == old:
            self.beginInsertRows(QModelIndex(), len(old), len(ids) - 1)
            self._ids = list(ids)
            self._position = None
            self.endInsertRows()
            return
        self.beginResetModel()
        self._ids = list(ids)
        self._position = None
        self._pending_pages.clear()
        self._now = self._clock()
        self.endResetModel()

    def add_rows(self, rows: dict[int, CaseRow]) -> None:
        self._rows.update(rows)
        position = self._positions()
        changed = sorted(position[i] for i in rows if i in position)
        if changed:
            self._pending_pages.difference_update({n // PAGE_SIZE for n in changed})
            last = len(self.COLUMNS) - 1
            self.dataChanged.emit(self.index(changed[0], 0), self.index(changed[-1], last))

    def mark_stale(self, ids: set[int] | None = None) -> None:
        """Drop cached snapshots (all of them, or these ids) so they are fetched again."""
        if ids is None:
            self._rows.clear()
        else:
            for case_id in ids:
                self._rows.pop(case_id, None)
        self._pending_pages.clear()
        self._now = self._clock()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(self.COLUMNS) - 1))

    def set_touchpoint_names(self, names: dict[str, str | None]) -> None:
        self._touchpoint_names = dict(names)
        if self._ids:
            column = self.COLUMNS.index("touchpoint")
            self.dataChanged.emit(self.index(0, column), self.index(len(self._ids) - 1, column))

    def _abuse_icon(self):
        if self._warning_icon is None:
            from PySide6.QtWidgets import QApplication, QStyle

            self._warning_icon = QApplication.style().standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._warning_icon

    def case_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, case_id: int) -> int | None:
        return self._positions().get(case_id)

    def _positions(self) -> dict[int, int]:
        if self._position is None:
            self._position = {case_id: n for n, case_id in enumerate(self._ids)}
        return self._position

    def _snapshot(self, row: int) -> CaseRow | None:
        case_id = self._ids[row]
        snapshot = self._rows.get(case_id)
        if snapshot is None:
            page = row // PAGE_SIZE
            if page not in self._pending_pages:
                self._pending_pages.add(page)
                wanted = [i for i in self._ids[page * PAGE_SIZE:(page + 1) * PAGE_SIZE]
                          if i not in self._rows]
                self.rows_needed.emit(wanted)
        return snapshot

    # -- Qt model --------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def column_titles(self) -> list[str]:
        """The translated title of each column, in COLUMNS order."""
        return [self.tr("Received"), self.tr("Customer"), self.tr("Complaint"), self.tr("Channel"),
                self.tr("Type"), self.tr("Touchpoint"), self.tr("State")]

    def headerData(self, section, orientation, role=_DISPLAY):
        # For screen readers; the table's header shows the same titles from its own model.
        if orientation != QtCore.Qt.Orientation.Horizontal or role != _DISPLAY:
            return None
        return self.column_titles()[section] if 0 <= section < len(self.COLUMNS) else None

    def data(self, index: QModelIndex, role=_DISPLAY):
        # Asked for every role of every visible cell (about a thousand times a paint): a role
        # this model does not answer leaves first, before any call into Qt.
        if role not in _ANSWERED:
            return None
        row = index.row()  # -1 for an invalid index
        if not 0 <= row < len(self._ids):
            return None
        if role == CASE_ID_ROLE:
            return self._ids[row]
        case = self._snapshot(row)
        column = self.COLUMNS[index.column()]
        if case is None:
            return "…" if role == _DISPLAY and column == "person" else None
        if role == _FONT:
            return self._bold if case.state == "new" else None
        if role == _DECORATION:
            return self._abuse_icon() if case.abusive and column == "complaint" else None
        overdue = case.overdue(self._now)
        if role == _FOREGROUND:
            return QBrush(_OVERDUE) if overdue and column in ("received", "state") else None
        if role == _TOOLTIP:
            if column == "state" and overdue:
                return fill(self.tr("Overdue since %1"), local_time(case.due_at))
            if column != "complaint":
                return None
            if case.abusive:
                return fill(self.tr("Contains abusive words.\n%1"), one_line(case.snippet, 400))
            return one_line(case.snippet, 400)
        if column == "received":
            return local_time(case.received_at)
        if column == "person":
            return one_line(case.person_name, 60) or self.tr("Erased customer")
        if column == "channel":
            return channel_name(case.channel)
        if column == "type":
            return type_name(case.complainant_type)
        if column == "touchpoint":
            return touchpoint_name(case.touchpoint, self._touchpoint_names.get(case.touchpoint))
        if column == "state":
            name = state_name(case.state)
            return fill(self.tr("%1 · overdue"), name) if overdue else name
        return one_line(case.snippet)

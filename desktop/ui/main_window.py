"""The main window: filters and inbox on the left, the case panel on the right, a status bar."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Signal
from PySide6.QtGui import QAction, QStandardItemModel
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QHBoxLayout, QHeaderView, QLabel, QMainWindow,
                               QMenu, QPushButton, QSplitter, QTableView, QToolBar, QVBoxLayout, QWidget)

from desktop.cases.vocab import BUILTIN_TOUCHPOINTS, OPEN_STATES, Channel, ComplainantType
from desktop.ui.filter_bar import FilterBar
from desktop.ui.inbox_model import CASE_ID_ROLE, InboxModel
from desktop.ui.labels import channel_name, state_name, touchpoint_name, type_name
from desktop.ui.text import fill, local_time, plain_label

__all__ = ["MainWindow", "NOTICE_SECONDS"]

NOTICE_SECONDS = 6


class MainWindow(QMainWindow):
    log_case_requested = Signal()
    """The owner wants to log a complaint by hand."""
    refresh_requested = Signal()
    """Reload the inbox."""
    settings_requested = Signal()
    """The owner wants to change the settings."""
    export_list_requested = Signal()
    """Save the cases the inbox shows to a CSV file."""
    reports_requested = Signal()
    """The owner wants the reports window."""
    accounts_requested = Signal()
    """The owner wants to connect or check their platform accounts."""
    case_selected = Signal(int)
    """A case was picked in the inbox."""
    case_panel_created = Signal(object)
    """The case panel was built (it is built after the inbox first shows, to start faster)."""
    quit_requested = Signal()
    """The owner wants Balas to stop (Ctrl+Q); closing the window may only hide it in the tray."""
    close_requested = Signal(object)
    """The window is being closed (the QCloseEvent): ignore it to keep running in the tray."""
    overdue_requested = Signal()
    """Show the overdue cases (from the reminder banner)."""
    pattern_requested = Signal(int)
    """List the cases of the pattern at this place in the pattern banner's menu."""
    attack_requested = Signal()
    """List the cases of the possible organised attack."""
    snooze_all_requested = Signal()
    """Snooze every waiting reminder for an hour (from the reminder banner)."""

    def __init__(self, model: InboxModel, demo: bool = False, parent=None):
        super().__init__(parent)
        self.demo = demo
        self.model = model
        self.filter_bar = FilterBar(self)
        self.table = QTableView(self)
        # The column titles the table shows come from a model of Qt's own: a call from Qt into
        # InboxModel.headerData() would make PySide build Qt's enums before the first paint (see
        # inbox_model.py). Hidden headers do not ask the model for titles when it is set.
        header = self.table.horizontalHeader()
        header.hide()
        self.table.verticalHeader().hide()
        self.table.setModel(model)
        self.header_titles = QStandardItemModel(0, len(model.COLUMNS), self)
        header.setModel(self.header_titles)
        header.show()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(model.COLUMNS.index("complaint"), QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        header.setSectionHidden(model.COLUMNS.index("touchpoint"), True)  # in the case panel
        header.customContextMenuRequested.connect(self._on_header_menu_requested)
        self.empty_label = QLabel(self)
        self.empty_label.setProperty("alignment", 0x84)  # Qt.AlignmentFlag.AlignCenter (see plain_label)
        self.empty_label.hide()
        self._case_panel = None
        self._notice_until = 0.0
        self._title_count = ""

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 6)
        self.reminder_banner = self._build_reminder_banner()
        left_layout.addWidget(self.reminder_banner)
        self.attack_banner, self.attack_label, self.attack_button = self._build_notice(
            "attack_banner", "#fdecea", "#c62828", "#5f1212")
        self.attack_button.clicked.connect(self.attack_requested)
        left_layout.addWidget(self.attack_banner)
        self.pattern_banner, self.pattern_label, self.pattern_button = self._build_notice(
            "pattern_banner", "#eaf2fb", "#8fb3e0", "#17324f")
        self.pattern_menu = QMenu(self.pattern_button)
        self.pattern_button.setMenu(self.pattern_menu)
        left_layout.addWidget(self.pattern_banner)
        left_layout.addWidget(self.filter_bar)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.empty_label)
        self.splitter = QSplitter()  # QSplitter(parent) would make PySide build Qt's enums
        self.splitter.addWidget(left)
        self.splitter.addWidget(QWidget(self))  # the case panel's place until it is built
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([920, 400])
        self.setCentralWidget(self.splitter)
        self.status_label = QLabel(self)
        self.statusBar().addWidget(self.status_label, 1)
        self.sync_label = plain_label(self)
        self.statusBar().addPermanentWidget(self.sync_label)
        self.counts_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.counts_label)

        self.log_action = QAction(self)
        self.search_action = QAction(self)
        self.next_action = QAction(self)
        self.note_action = QAction(self)
        self.refresh_action = QAction(self)
        self.quit_action = QAction(self)
        self.settings_action = QAction(self)
        self.accounts_action = QAction(self)
        self.export_list_action = QAction(self)
        self.reports_action = QAction(self)
        toolbar = QToolBar(self)
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.addAction(self.log_action)
        toolbar.addAction(self.refresh_action)
        toolbar.addAction(self.reports_action)
        toolbar.addAction(self.export_list_action)
        toolbar.addAction(self.accounts_action)
        toolbar.addAction(self.settings_action)
        self.addToolBar(toolbar)
        for action in (self.search_action, self.next_action, self.note_action, self.quit_action):
            self.addAction(action)

        self.log_action.triggered.connect(self.log_case_requested)
        self.refresh_action.triggered.connect(self.refresh_requested)
        self.settings_action.triggered.connect(self.settings_requested)
        self.accounts_action.triggered.connect(self.accounts_requested)
        self.reports_action.triggered.connect(self.reports_requested)
        self.export_list_action.triggered.connect(self.export_list_requested)
        self.search_action.triggered.connect(self._focus_search)
        self.next_action.triggered.connect(lambda: self.case_panel.request_primary_action())
        self.note_action.triggered.connect(lambda: self.case_panel.note_edit.setFocus())
        self.quit_action.triggered.connect(self.quit_requested)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.translate_ui()
        # Roomy on a big screen, and never wider or taller than a small laptop's screen.
        room = self.screen().availableGeometry()
        self.resize(min(1320, room.width() * 95 // 100), min(760, room.height() * 90 // 100))

    def finish(self) -> None:
        """What the first paint can do without (each of these makes PySide build Qt's enums):
        the keyboard shortcuts and the column menu."""
        from PySide6.QtGui import QKeySequence

        self.log_action.setShortcut(QKeySequence.StandardKey.New)
        self.search_action.setShortcut(QKeySequence.StandardKey.Find)
        self.next_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.note_action.setShortcut(QKeySequence("Ctrl+M"))
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.reports_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.table.horizontalHeader().setContextMenuPolicy(QtCore.Qt.ContextMenuPolicy.CustomContextMenu)
        self.filter_bar.finish()

    def _build_reminder_banner(self) -> QFrame:
        """Reminders shown in the window when there is no system tray to show them."""
        banner = QFrame(self)
        banner.setObjectName("reminder_banner")
        banner.setFrameShape(QFrame.Shape.StyledPanel)
        banner.setStyleSheet("#reminder_banner { background: #fff4e5; border: 1px solid #f0b35a; }"
                             " #reminder_banner QLabel { color: #4a2c00; }")
        self.reminder_label = plain_label(banner)
        self.reminder_label.setWordWrap(True)
        self.show_overdue_button = QPushButton(banner)
        self.show_overdue_button.clicked.connect(self.overdue_requested)
        self.banner_snooze_button = QPushButton(banner)
        self.banner_snooze_button.clicked.connect(self.snooze_all_requested)
        row = QHBoxLayout(banner)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.reminder_label, 1)
        row.addWidget(self.show_overdue_button)
        row.addWidget(self.banner_snooze_button)
        banner.hide()
        return banner

    def _build_notice(self, name: str, background: str, border: str, ink: str):
        """A calm one-line notice above the inbox with one button (hidden until it has news)."""
        banner = QFrame(self)
        banner.setObjectName(name)
        banner.setFrameShape(QFrame.Shape.StyledPanel)
        banner.setStyleSheet(f"#{name} {{ background: {background}; border: 1px solid {border}; }}"
                             f" #{name} QLabel {{ color: {ink}; }}")
        label = plain_label(banner)
        label.setWordWrap(True)
        button = QPushButton(banner)
        row = QHBoxLayout(banner)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(label, 1)
        row.addWidget(button)
        banner.hide()
        return banner, label, button

    def show_patterns(self, text: str, choices: list[str]) -> None:
        """The week's patterns (hidden when `text` is empty); the button's menu lists `choices`."""
        self.pattern_label.setText(text)
        self.pattern_menu.clear()
        for index, choice in enumerate(choices):
            self.pattern_menu.addAction(choice, lambda i=index: self.pattern_requested.emit(i))
        self.pattern_banner.setVisible(bool(text))

    def ask_export_path(self):
        """Where to save the inbox's list (None: the owner cancelled)."""
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        chosen, _kind = QFileDialog.getSaveFileName(self, self.tr("Export list"), str(Path.home() / "balas-cases.csv"),
                                                    self.tr("Spreadsheet (*.csv)"))
        if not chosen:
            return None
        return Path(chosen) if Path(chosen).suffix else Path(chosen).with_suffix(".csv")

    def show_writing(self) -> None:
        self.show_status(self.tr("Writing the cases…"))

    def tell_exported(self, path: str, count: int) -> None:
        self.show_status(fill(self.tr("%n case(s) saved as %1.", "", count), path), notice=True)

    def show_attack(self, text: str) -> None:
        """A possible organised attack (hidden when `text` is empty)."""
        self.attack_label.setText(text)
        self.attack_banner.setVisible(bool(text))

    def show_reminders(self, text: str, title_count: str = "") -> None:
        """The reminder banner (hidden when `text` is empty) and a count in the title."""
        self.reminder_label.setText(text)
        self.reminder_banner.setVisible(bool(text))
        self._title_count = title_count
        self._set_title()

    def _set_title(self) -> None:
        title = self.tr("Balas — complaints inbox")
        if self.demo:
            title = fill(self.tr("%1 (demo shop)"), title)
        count = self._title_count
        self.setWindowTitle(fill(self.tr("(%1) %2"), count, title) if count else title)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.close_requested.emit(event)
        if event.isAccepted():
            super().closeEvent(event)

    def bring_to_front(self) -> None:
        """Show the window from the tray or the task bar, in front of the others."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def translate_ui(self) -> None:
        self._set_title()
        self.show_overdue_button.setText(self.tr("Show overdue"))
        self.banner_snooze_button.setText(self.tr("Snooze all for 1 hour"))
        self.pattern_button.setText(self.tr("Show"))
        self.attack_button.setText(self.tr("Show them"))
        self.log_action.setText(self.tr("Log a complaint…"))
        self.log_action.setToolTip(self.tr("Log a complaint that came by phone, letter, "
                                           "WhatsApp or at the counter (Ctrl+N)"))
        self.search_action.setText(self.tr("Search"))
        self.next_action.setText(self.tr("Next step"))
        self.note_action.setText(self.tr("Add a note"))
        self.refresh_action.setText(self.tr("Refresh"))
        self.settings_action.setText(self.tr("Settings…"))
        self.settings_action.setToolTip(self.tr("How replies are signed and checked, accounts, how often "
                                                "to sync (Ctrl+,)"))
        self.reports_action.setText(self.tr("Reports…"))
        self.reports_action.setToolTip(self.tr("Complaints, reply times and where the shop is weak, over a "
                                               "period; export to CSV or PDF (Ctrl+Shift+R)"))
        self.export_list_action.setText(self.tr("Export list…"))
        self.export_list_action.setToolTip(self.tr("Save the cases shown (with the filters and search) as a "
                                                   "spreadsheet (CSV) that opens in Excel"))
        self.accounts_action.setText(self.tr("Accounts…"))
        self.accounts_action.setToolTip(self.tr("Connect your Facebook Page, Instagram and X, and see how "
                                                "each one stands"))
        self.quit_action.setText(self.tr("Quit"))
        self.empty_label.setText(self.tr("No cases match. Clear the search or choose "
                                         "“All states” to see more."))
        self.header_titles.setHorizontalHeaderLabels(self.model.column_titles())
        self.filter_bar.translate_ui()
        if self._case_panel is not None:
            self._case_panel.translate_ui()
        self._size_columns()

    def _size_columns(self) -> None:
        """Fit each short column to its longest translated word (the rows are loaded lazily)."""
        metrics = self.table.fontMetrics()
        sample_time = local_time(datetime(2026, 12, 28, 23, 59, tzinfo=timezone.utc))
        overdue = QCoreApplication.translate("InboxModel", "%1 · overdue")
        words = {
            "received": [sample_time], "person": ["Siti Khadijah Omar"],
            "channel": [channel_name(c) for c in Channel],
            "type": [type_name(t) for t in ComplainantType],
            "touchpoint": [touchpoint_name(t) for t in BUILTIN_TOUCHPOINTS],
            "state": [fill(overdue, state_name(s)) for s in OPEN_STATES],
        }
        header = self.table.horizontalHeader()
        for column, (key, title) in enumerate(zip(self.model.COLUMNS, self.model.column_titles())):
            if key == "complaint":
                continue  # takes the room that is left
            widest = max(metrics.horizontalAdvance(w) for w in [*words[key], title])
            header.resizeSection(column, min(widest + 24, 260))

    def _on_header_menu_requested(self, pos) -> None:
        """Right-click on the column titles: choose which columns to show."""
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for column, (key, title) in enumerate(zip(self.model.COLUMNS, self.model.column_titles())):
            if key == "complaint":
                continue
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda shown, c=column: header.setSectionHidden(c, not shown))
        menu.exec(header.mapToGlobal(pos))

    @property
    def case_panel(self):
        """The CasePanel, built on first use."""
        if self._case_panel is None:
            from desktop.ui.case_panel import CasePanel

            self._case_panel = CasePanel(self)
            self.splitter.replaceWidget(1, self._case_panel).deleteLater()
            self.case_panel_created.emit(self._case_panel)
        return self._case_panel

    def when_case_panel(self, slot) -> None:
        """Call `slot(panel)` for the case panel: now if it is built, else once it is."""
        if self._case_panel is not None:
            slot(self._case_panel)
        else:
            self.case_panel_created.connect(slot)

    def _focus_search(self) -> None:
        self.filter_bar.search_edit.setFocus()
        self.filter_bar.search_edit.selectAll()

    def _on_current_row_changed(self, current, _previous) -> None:
        case_id = current.data(CASE_ID_ROLE) if current.isValid() else None
        if case_id is not None:
            self.case_selected.emit(int(case_id))

    def show_status(self, text: str, notice: bool = False) -> None:
        """Say what the app is doing. A `notice` (something the owner should read) stays a
        few seconds before routine messages ("12 cases shown") replace it."""
        from time import monotonic

        if not notice and monotonic() < self._notice_until:
            return
        self._notice_until = monotonic() + NOTICE_SECONDS if notice else 0.0
        self.status_label.setText(text)

    def show_counts(self, text: str) -> None:
        self.counts_label.setText(text)

    def show_sync(self, text: str, details: str = "") -> None:
        """Where the connected accounts stand: last sync, offline, replies waiting."""
        self.sync_label.setText(text)
        self.sync_label.setToolTip(details)

    def select_case(self, case_id: int) -> bool:
        row = self.model.row_of(case_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def update_empty_hint(self) -> None:
        self.empty_label.setVisible(self.model.rowCount() == 0)

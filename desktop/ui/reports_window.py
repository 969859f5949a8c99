"""The reports window: a period, its headline figures and charts, and exports. A click on a
figure or a bar lists the cases behind it in the inbox."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Callable

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialog, QFileDialog, QGridLayout, QHBoxLayout,
                               QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget)

from desktop.app.reports_controller import ReportsController
from desktop.cases.errors import InvalidInput
from desktop.cases.reports import Period, Report
from desktop.ui.messages import explain_error
from desktop.ui.report_charts import BarChart, WeekChart
from desktop.ui.report_view import breakdowns, figures, period_text
from desktop.ui.text import csv_delimiter, fill

__all__ = ["ReportsWindow", "PRESETS"]

PRESETS = ("this_month", "last_month", "last_3_months", "this_year", "last_12_months", "custom")


def preset_period(preset: str, today: date) -> tuple[date, date]:
    first_of_month = today.replace(day=1)
    if preset == "last_month":
        end = first_of_month - timedelta(days=1)
        return end.replace(day=1), end
    if preset == "last_3_months":
        start = (first_of_month - timedelta(days=62)).replace(day=1)
        return start, today
    if preset == "this_year":
        return today.replace(month=1, day=1), today
    if preset == "last_12_months":
        year_ago = today.replace(year=today.year - 1, day=min(today.day, 28) if today.month == 2 else today.day)
        return year_ago + timedelta(days=1), today
    return first_of_month, today


def _py(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class Tile(QPushButton):
    """One headline figure: the number large, what it counts beneath; a click lists its cases."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.value_label = QLabel(self)
        font = self.value_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.value_label.setFont(font)
        self.caption_label = QLabel(self)
        self.caption_label.setWordWrap(True)
        for label in (self.value_label, self.caption_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(0)
        layout.addWidget(self.value_label)
        layout.addWidget(self.caption_label)
        self.setMinimumHeight(72)

    def show_figure(self, figure) -> None:
        self.value_label.setText(figure.value)
        self.caption_label.setText(figure.title + (f" · {figure.detail}" if figure.detail else ""))
        self.setAccessibleName(f"{figure.title}: {figure.value}")


class ReportsWindow(QDialog):
    cases_requested = Signal(object, str)
    """(case ids, what they are): list these cases in the inbox."""

    def __init__(self, controller: ReportsController, touchpoint_names: Callable[[], dict],
                 today: Callable[[], date] = date.today, parent=None):
        super().__init__(parent)
        self.setObjectName("reports_window")
        self.controller = controller
        self.touchpoint_names = touchpoint_names
        self.today = today
        self.report: Report | None = None
        self.period: Period | None = None
        self.charts: list = []
        self.preset_combo = QComboBox(self)
        self.from_edit = QDateEdit(self)
        self.to_edit = QDateEdit(self)
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
        self.csv_button = QPushButton(self)
        self.pdf_button = QPushButton(self)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.tiles: dict[str, Tile] = {}
        tiles = QGridLayout()
        for index, key in enumerate(("received", "answered", "missed_target", "open",
                                     "resolved", "followed_up", "repeat", "recovered")):
            tile = Tile(self)
            tile.setObjectName(f"tile_{key}")
            tile.clicked.connect(lambda _checked=False, k=key: self._show_cases(k))
            tiles.addWidget(tile, index // 4, index % 4)
            self.tiles[key] = tile
        self.chart_area = QWidget(self)
        self.chart_grid = QGridLayout(self.chart_area)
        self.chart_grid.setColumnStretch(0, 1)
        self.chart_grid.setColumnStretch(1, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.chart_area)

        top = QHBoxLayout()
        self.period_label = QLabel(self)
        top.addWidget(self.period_label)
        top.addWidget(self.preset_combo)
        top.addWidget(self.from_edit)
        self.to_label = QLabel(self)
        top.addWidget(self.to_label)
        top.addWidget(self.to_edit)
        top.addStretch(1)
        top.addWidget(self.csv_button)
        top.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status_label)
        layout.addLayout(tiles)
        layout.addWidget(scroll, 1)

        self.translate_ui()
        self.preset_combo.currentIndexChanged.connect(self._on_preset)
        self.from_edit.dateChanged.connect(self._on_dates_edited)
        self.to_edit.dateChanged.connect(self._on_dates_edited)
        self.csv_button.clicked.connect(self._export_csv)
        self.pdf_button.clicked.connect(self._export_pdf)
        controller.report_ready.connect(self.show_report)
        controller.cases_found.connect(self._on_cases_found)
        controller.exported.connect(self._on_exported)
        controller.failed.connect(self._on_failed)
        self.resize(1100, 820)
        self._on_preset()

    def translate_ui(self) -> None:
        self.setWindowTitle(self.tr("Reports"))
        self.period_label.setText(self.tr("Period:"))
        self.to_label.setText(self.tr("to"))
        names = {"this_month": self.tr("This month"), "last_month": self.tr("Last month"),
                 "last_3_months": self.tr("Last 3 months"), "this_year": self.tr("This year"),
                 "last_12_months": self.tr("Last 12 months"), "custom": self.tr("Dates I choose")}
        current = self.preset_combo.currentData()
        self.preset_combo.blockSignals(True)
        self.preset_combo.clear()
        for key in PRESETS:
            self.preset_combo.addItem(names[key], key)
        self.preset_combo.setCurrentIndex(max(self.preset_combo.findData(current), 0))
        self.preset_combo.blockSignals(False)
        self.csv_button.setText(self.tr("Export cases (CSV)…"))
        self.csv_button.setToolTip(self.tr("Every case of the period, one per row; opens in Excel"))
        self.pdf_button.setText(self.tr("Export report (PDF)…"))
        for tile in self.tiles.values():
            tile.setToolTip(self.tr("Click to list these cases in the inbox"))

    # -- the period ---------------------------------------------------------------------
    def _on_preset(self, *_args) -> None:
        preset = self.preset_combo.currentData()
        if preset == "custom":
            return
        first, last = preset_period(preset, self.today())
        for edit, day in ((self.from_edit, first), (self.to_edit, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        self._load()

    def _on_dates_edited(self, *_args) -> None:
        self.preset_combo.blockSignals(True)
        self.preset_combo.setCurrentIndex(self.preset_combo.findData("custom"))
        self.preset_combo.blockSignals(False)
        self._load()

    def _load(self) -> None:
        try:
            self.period = Period(_py(self.from_edit.date()), _py(self.to_edit.date()))
        except InvalidInput as error:  # dates the wrong way round: say so, keep the last report
            self.status_label.setText(explain_error(error))
            return
        self.status_label.setText(self.tr("Counting…"))
        self.csv_button.setEnabled(False)
        self.pdf_button.setEnabled(False)
        self.controller.load(self.period)

    # -- showing ------------------------------------------------------------------------
    def show_report(self, report: Report) -> None:
        self.report = report
        self.status_label.setText(period_text(report) if report.received else
                                  fill(self.tr("%1: no complaints came in."), period_text(report)))
        for figure in figures(report):
            self.tiles[figure.key].show_figure(figure)
        self.csv_button.setEnabled(True)
        self.pdf_button.setEnabled(True)
        self._fill_charts(report)

    def _fill_charts(self, report: Report) -> None:
        while self.chart_grid.count():
            self.chart_grid.takeAt(0).widget().deleteLater()
        self.charts = [WeekChart(self.tr("Complaints per week (click a week to see its cases)"),
                                 [(w.week, w.count) for w in report.weeks], "d MMM", self)]
        self.charts[0].clicked.connect(lambda key: self._show_cases("week", key))
        for figure, title, items in breakdowns(report, self.touchpoint_names()):
            chart = BarChart(title, items, parent=self)
            chart.clicked.connect(lambda key, f=figure: self._show_cases(f, key))
            self.charts.append(chart)
        for index, chart in enumerate(self.charts):
            view = QChartView(chart.chart, self.chart_area)
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(chart.preferred_height())
            view.setObjectName(f"chart_{index}")
            self.chart_grid.addWidget(view, index // 2, index % 2)

    # -- clicks ----------------------------------------------------------------------------
    def _show_cases(self, figure: str, key: str | None = None) -> None:
        if self.period is not None and self.report is not None:
            self.controller.cases_behind(self.period, figure, key)

    def _on_cases_found(self, ids, figure: str, key) -> None:
        self.cases_requested.emit(ids, self._describe(figure, key))

    def _describe(self, figure: str, key) -> str:
        locale = QLocale()  # month names in the owner's language
        period = "–".join((locale.toString(self.from_edit.date(), "d MMM"),
                           locale.toString(self.to_edit.date(), "d MMM yyyy")))
        if figure == "week":
            what = fill(self.tr("week of %1"), locale.toString(QDate.fromString(key, Qt.DateFormat.ISODate), "d MMM"))
        elif figure in ("type", "touchpoint", "channel"):
            what = next((label for f, _title, items in breakdowns(self.report, self.touchpoint_names()) if f == figure
                         for k, label, _n in items if k == key), key)
        else:
            what = next(f.title for f in figures(self.report) if f.key == figure)
            if figure == "missed_target":
                what = self.tr("First reply late or still owed")
        return fill(self.tr("Report: %1 (%2)"), what, period)

    # -- exports ---------------------------------------------------------------------------
    def _ask_file(self, suffix: str, kind: str) -> Path | None:
        name = f"balas-{self.period.first.isoformat()}-{self.period.last.isoformat()}.{suffix}"
        chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("Save as"), str(Path.home() / name), kind)
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix else path.with_suffix(f".{suffix}")

    def _export_csv(self) -> None:
        path = self._ask_file("csv", self.tr("Spreadsheet (*.csv)")) if self.period else None
        if path is not None:
            self.export_csv_to(path)

    def export_csv_to(self, path: Path) -> None:
        self.status_label.setText(self.tr("Writing the cases…"))
        self.controller.export_csv(self.period, path, csv_delimiter())

    def _export_pdf(self) -> None:
        path = self._ask_file("pdf", self.tr("PDF document (*.pdf)")) if self.report else None
        if path is not None:
            self.export_pdf_to(path)

    def export_pdf_to(self, path: Path) -> None:
        from desktop.ui.report_pdf import write_report_pdf

        try:
            write_report_pdf(self.report, path, self.touchpoint_names())
        except Exception as error:
            self._on_failed("pdf", error)
            return
        self.status_label.setText(fill(self.tr("The report is saved as %1."), str(path)))

    def _on_exported(self, path: str, count: int) -> None:
        self.status_label.setText(fill(self.tr("%n case(s) saved as %1.", "", count), path))

    def _on_failed(self, what: str, error: BaseException) -> None:
        if what != "list":  # the inbox's own export says so in the main window
            self.status_label.setText(explain_error(error))

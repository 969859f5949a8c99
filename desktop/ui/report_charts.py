"""The report's charts (QtCharts), shared by the reports window and the PDF: complaints per
week, and bars for a breakdown. Each chart tells which bar or week was clicked."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCharts import (QBarCategoryAxis, QBarSeries, QBarSet, QChart, QDateTimeAxis,
                              QHorizontalBarSeries, QLineSeries, QScatterSeries, QValueAxis)
from PySide6.QtCore import QDateTime, QMargins, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPen

__all__ = ["BarChart", "WeekChart", "BAR_COLOUR"]

BAR_COLOUR = QColor("#5b8fd6")
_MAX_LABEL = 28  # characters of a bar's label (a long touchpoint name is cut)


def _style(chart: QChart, title: str) -> None:
    chart.setTitle(title)
    font = QFont(chart.titleFont())
    font.setBold(True)
    chart.setTitleFont(font)
    chart.legend().hide()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(6)


def _value_axis(top: int) -> QValueAxis:
    axis = QValueAxis()
    axis.setLabelFormat("%d")
    axis.setRange(0, max(top, 1))
    axis.applyNiceNumbers()
    axis.setMinorTickCount(0)
    return axis


class BarChart(QObject):
    """Bars for one breakdown (by type, touchpoint, channel); largest first."""

    clicked = Signal(str)
    """The key of the bar clicked."""

    def __init__(self, title: str, items: list[tuple[str, str, int]], horizontal: bool = True, parent=None):
        """`items`: (key, label, count)."""
        super().__init__(parent)
        self.items = sorted(items, key=lambda item: (-item[2], item[1]))
        self.chart = QChart()
        _style(self.chart, title)
        bars = QBarSet("")
        bars.setColor(BAR_COLOUR)
        bars.append([count for _key, _label, count in reversed(self.items)] if horizontal
                    else [count for _key, _label, count in self.items])
        series = QHorizontalBarSeries() if horizontal else QBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsInsideEnd)
        self.chart.addSeries(series)
        labels = [label if len(label) <= _MAX_LABEL else label[:_MAX_LABEL - 1] + "…"
                  for _key, label, _count in self.items]
        categories = QBarCategoryAxis()
        categories.append(_unique(list(reversed(labels)) if horizontal else labels))
        values = _value_axis(max((count for *_rest, count in self.items), default=0))
        self.chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(values, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(values)
        order = list(reversed(self.items)) if horizontal else self.items
        bars.clicked.connect(lambda index: self.clicked.emit(order[index][0]))
        self.bars = bars

    def preferred_height(self) -> int:
        """Tall enough that no bar's label is cut short."""
        return 90 + 30 * max(len(self.items), 3)


def _unique(labels: list[str]) -> list[str]:
    """A category axis merges equal labels; keep every bar (two touchpoints may share a name)."""
    seen: dict[str, int] = {}
    unique = []
    for label in labels:
        seen[label] = seen.get(label, 0) + 1
        unique.append(label if seen[label] == 1 else f"{label} ({seen[label]})")
    return unique


def _msecs(day: date) -> float:
    return QDateTime(datetime.combine(day, time(12))).toMSecsSinceEpoch()


class WeekChart(QObject):
    """Complaints per week as a line with a dot per week (reads well for 4 weeks or 52)."""

    clicked = Signal(str)
    """The Monday (ISO date) of the week clicked."""

    def __init__(self, title: str, weeks: list[tuple[date, int]], date_format: str, parent=None):
        super().__init__(parent)
        self.weeks = weeks
        self.chart = QChart()
        _style(self.chart, title)
        line, dots = QLineSeries(), QScatterSeries()
        line.setPen(QPen(BAR_COLOUR, 2))
        dots.setColor(BAR_COLOUR)
        dots.setBorderColor(BAR_COLOUR)
        dots.setMarkerSize(8 if len(weeks) <= 26 else 5)
        for monday, count in weeks:
            line.append(_msecs(monday), count)
            dots.append(_msecs(monday), count)
        for series in (line, dots):
            self.chart.addSeries(series)
        axis = QDateTimeAxis()
        axis.setFormat(date_format)
        axis.setTickCount(min(max(len(weeks), 2), 7))
        if weeks:
            axis.setRange(QDateTime(datetime.combine(weeks[0][0], time(0))),
                          QDateTime(datetime.combine(weeks[-1][0], time(23, 59))))
        values = _value_axis(max((count for _monday, count in weeks), default=0))
        self.chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        for series in (line, dots):
            series.attachAxis(axis)
            series.attachAxis(values)
        dots.clicked.connect(self._on_clicked)
        line.clicked.connect(self._on_clicked)

    def preferred_height(self) -> int:
        return 300

    def _on_clicked(self, point) -> None:
        if self.weeks:
            nearest = min(self.weeks, key=lambda week: abs(_msecs(week[0]) - point.x()))
            self.clicked.emit(nearest[0].isoformat())

"""Showing customer text safely: always plain, one line where a line is wanted."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale
from PySide6.QtWidgets import QLabel

__all__ = ["plain_label", "one_line", "local_time", "local_date", "recent_time", "fill", "number", "span"]

_PLACEHOLDER = re.compile(r"%(\d)")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u2028\u2029]")
_SPACE = re.compile(r"\s+")


def plain_label(parent=None) -> QLabel:
    """A QLabel that shows its text as it is, never as HTML."""
    label = QLabel(parent)
    # Qt.TextFormat.PlainText (0), set by name: PySide's Qt enums are not built yet at start-up
    # (see inbox_model.py).
    label.setProperty("textFormat", 0)
    return label


def one_line(text: str, limit: int = 200) -> str:
    """A single display line: controls and line breaks become spaces; long text is cut."""
    line = _SPACE.sub(" ", _CONTROL.sub(" ", text or "")).strip()
    return line if len(line) <= limit else line[: limit - 1] + "…"


def local_time(moment: datetime | None, fmt: QLocale.FormatType = QLocale.FormatType.ShortFormat) -> str:
    """A stored UTC time in the owner's own zone and locale."""
    if moment is None:
        return ""
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(local, fmt)


def local_date(day: date) -> str:
    """A calendar day the owner's way, with its weekday (a holiday list reads better so)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def recent_time(moment: datetime | None) -> str:
    """Only the clock time for a moment earlier today (the owner's day), else date and time."""
    if moment is None:
        return ""
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    if local.date() == QDateTime.currentDateTime().date():
        return QLocale().toString(local.time(), QLocale.FormatType.ShortFormat)
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)


def fill(template: str, *values) -> str:
    """Put `values` into a translated template's %1, %2 … in one pass.

    Chained str.replace would also rewrite a "%2" that sits inside an earlier value
    (a URL in a note, say); customer text must come out exactly as it went in.
    """
    def value(match: re.Match) -> str:
        n = int(match.group(1))
        return str(values[n - 1]) if 0 < n <= len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, template)


def number(n: int) -> str:
    """A count written the owner's way (1,234 or 1.234)."""
    return QLocale().toString(n)


def span(length: timedelta) -> str:
    """A length of time the short way: 45 min, 3 h, 2 d."""
    minutes = max(int(length.total_seconds() // 60), 1)
    if minutes < 60:
        return QCoreApplication.translate("Text", "%n min", "", minutes)
    if minutes < 24 * 60:
        return QCoreApplication.translate("Text", "%n h", "", minutes // 60)
    return QCoreApplication.translate("Text", "%n d", "", minutes // (24 * 60))


def csv_delimiter() -> str:
    """What this computer's spreadsheet splits columns on: ";" where decimals take a comma
    (Indonesian settings, much of Europe), else ","."""
    return ";" if QLocale.system().decimalPoint() == "," else ","

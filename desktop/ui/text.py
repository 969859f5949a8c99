"""Showing customer text safely: always plain, one line where a line is wanted."""

from __future__ import annotations

import re
from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale

__all__ = ["one_line", "local_time"]

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u2028\u2029]")
_SPACE = re.compile(r"\s+")


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

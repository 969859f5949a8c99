"""Cases out to CSV that opens cleanly in Excel: UTF-8 with a byte-order mark, one case per
row, times in the shop's zone, and no cell that a spreadsheet would run as a formula. The
file appears whole or not at all."""

from __future__ import annotations

import csv
import os
import sqlite3
import tempfile
from datetime import tzinfo
from pathlib import Path
from contextlib import contextmanager
from typing import Iterable, Iterator

from desktop.cases.queries import from_db_time, to_db_time
from desktop.cases.reminders import load_targets
from desktop.cases.reports import Period

__all__ = ["CASE_COLUMNS", "CELL_LIMIT", "whole_file", "period_case_rows", "case_rows", "safe_cell", "write_csv"]

CASE_COLUMNS = ("case_id", "received", "customer", "contact", "channel", "touchpoint", "customer_type",
                "state", "first_reply", "first_reply_due", "first_reply_in_time", "resolved", "complaint")
CELL_LIMIT = 32_767  # characters in one Excel cell
# What Excel, LibreOffice and Google Sheets read as the start of a formula (OWASP's list).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")
_SQL = ("SELECT c.id, c.received_at, p.name, p.contact, c.channel, coalesce(t.name, c.touchpoint),"
        " c.complainant_type, c.state, c.first_response_at, c.first_due_at, c.resolved_at, c.text"
        " FROM complaint_case c JOIN person p ON p.id = c.person_id"
        " LEFT JOIN touchpoint t ON t.key = c.touchpoint AND NOT t.builtin ")


def safe_cell(value) -> str:
    """Text a spreadsheet shows as it is: a leading formula character gets a quote before it,
    and a text longer than a cell holds is cut (with "…") rather than spill into the next rows."""
    text = "" if value is None else str(value)
    if text.startswith(_FORMULA_STARTS):
        text = "'" + text
    return text if len(text) <= CELL_LIMIT else text[:CELL_LIMIT - 1] + "…"


def _local(text: str | None, tz: tzinfo) -> str:
    moment = from_db_time(text)
    return moment.astimezone(tz).strftime("%Y-%m-%d %H:%M") if moment else ""


def _rows(conn: sqlite3.Connection, sql: str, params: Iterable, tz: tzinfo) -> Iterator[list[str]]:
    for (case_id, received, name, contact, channel, touchpoint, kind, state, first_reply, first_due,
         resolved, text) in conn.execute(sql, list(params)):
        in_time = "" if first_reply is None or first_due is None else (
            "yes" if first_reply <= first_due else "no")
        yield [str(case_id), _local(received, tz), name, contact or "", channel, touchpoint, kind or "",
               state, _local(first_reply, tz), _local(first_due, tz), in_time, _local(resolved, tz), text]


def period_case_rows(conn: sqlite3.Connection, period: Period) -> Iterator[list[str]]:
    """The cases that came in during the period, oldest first."""
    tz = load_targets(conn).hours.tz
    start, end = period.bounds(tz)
    return _rows(conn, _SQL + "WHERE c.received_at >= ? AND c.received_at < ? ORDER BY c.received_at, c.id",
                 (to_db_time(start), to_db_time(end)), tz)


def case_rows(conn: sqlite3.Connection, case_ids: list[int]) -> Iterator[list[str]]:
    """These cases (say, the inbox as filtered), in the order given."""
    tz = load_targets(conn).hours.tz
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS export_ids (position INTEGER PRIMARY KEY, case_id INTEGER)")
    conn.execute("DELETE FROM export_ids")
    conn.executemany("INSERT INTO export_ids (case_id) VALUES (?)", ((i,) for i in case_ids))
    return _rows(conn, _SQL.replace("FROM complaint_case c", "FROM export_ids x JOIN complaint_case c"
                                    " ON c.id = x.case_id") + "ORDER BY x.position", (), tz)


@contextmanager
def whole_file(path: Path) -> Iterator[Path]:
    """A temporary path beside `path` to write; moved into place only when the block ends
    without an error, so a failure (disk full, no permission) leaves the old file and no
    half-written one. Errors name `path`, the file the owner chose, never the temporary one."""
    path = Path(path)
    if path.is_dir():
        raise IsADirectoryError(21, "that is a folder, not a file name", str(path))
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as error:
        raise OSError(error.errno, error.strerror, str(path)) from error
    os.close(handle)
    try:
        yield Path(temporary)
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise OSError(error.errno, error.strerror, str(path)) from error
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_csv(path: Path, header: Iterable[str], rows: Iterable[Iterable], delimiter: str = ",") -> int:
    """Write the rows under a header, whole or not at all; returns how many rows.
    `delimiter` ";" suits a spreadsheet set up for decimal commas (Indonesian settings)."""
    count = 0
    with whole_file(path) as temporary, open(temporary, "w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream, dialect="excel", delimiter=delimiter)
        writer.writerow([safe_cell(h) for h in header])
        for row in rows:
            writer.writerow([safe_cell(cell) for cell in row])
            count += 1
    return count

"""One person's data on request (Malaysia's PDPA, Indonesia's UU PDP): export off the UI
thread, erase on the write lane; the backups that still hold a copy are counted for the owner."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Callable, NamedTuple

from PySide6.QtCore import QObject, Signal

from desktop.app.tasks import TaskRunner
from desktop.cases.clock import utcnow
from desktop.cases.db import Database, as_case_log_error

__all__ = ["PeopleController", "BackupCopies"]


class BackupCopies(NamedTuple):
    """What an erase cannot reach: the backups made before it, and how many are kept."""

    count: int
    folder: Path
    keep: int


class PeopleController(QObject):
    exported = Signal(str, str)
    """(JSON file, CSV file) written."""
    erased = Signal(int, bool)
    """(person id, file cleaned): the data is erased; when other readers held up the file's
    clean-up, it is finished at the next start."""
    failed = Signal(str, object)
    """(export / erase, error)."""
    cases_changed = Signal(object)
    """An erase blanked these cases (a set of ids)."""

    def __init__(self, database: Database, runner: TaskRunner, clock: Callable[[], datetime] = utcnow,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._db = database
        self._runner = runner
        self._clock = clock

    def backup_copies(self) -> BackupCopies:
        from desktop.cases.backups import KEEP_BACKUPS, backup_dir, list_backups

        return BackupCopies(len(list_backups(self._db.path)), backup_dir(self._db.path), KEEP_BACKUPS)

    def export(self, person_id: int, json_path: Path, delimiter: str = ",") -> None:
        """Everything about one person to `json_path`, and as one table beside it (.csv)."""
        json_path = Path(json_path)
        csv_path = json_path.with_suffix(".csv")

        def write():
            from desktop.cases.export import whole_file, write_csv
            from desktop.cases.people import PERSON_CSV_COLUMNS, export_person, person_csv_rows

            with self._db.connect() as conn:
                data = export_person(conn, person_id)
            with whole_file(json_path) as temporary:
                temporary.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
            write_csv(csv_path, PERSON_CSV_COLUMNS, person_csv_rows(data), delimiter)

        def done(_result, error):
            if error is not None:
                self.failed.emit("export", error)
            else:
                self.exported.emit(str(json_path), str(csv_path))

        self._runner.read(write, callback=done)

    def erase(self, person_id: int) -> None:
        now = self._clock()

        def write():
            from desktop.cases.people import erase_person

            with self._db.connect() as conn:
                case_ids = {row[0] for row in conn.execute(
                    "SELECT id FROM complaint_case WHERE person_id = ?", (person_id,))}
                return case_ids, erase_person(conn, person_id, now).compacted

        def done(result, error):
            if error is not None:
                self.failed.emit("erase", as_case_log_error(error, self._db.path))
            else:
                case_ids, compacted = result
                self.erased.emit(person_id, compacted)
                self.cases_changed.emit(case_ids)

        self._runner.write(write, callback=done)

"""The case log's errors. Each has a stable `code`; the UI turns codes into translated text.

    CaseLogError
    ├── DatabaseProblem          the file cannot be used as it is (see `code`)
    │   ├── DatabaseLocked       another program holds it
    │   ├── DatabaseReadOnly     the file or its folder cannot be written
    │   ├── DatabaseTooNew       written by a newer Balas
    │   ├── DatabaseUpgradeFailed  the upgrade to this version failed; the file is as it was
    │   └── DatabaseCorrupt      not a database, or damaged
    ├── IllegalTransition        a state change the workflow does not allow
    ├── InvalidInput             a value the case log refuses (empty text, unknown channel …)
    └── NotFound                 no such case or person
"""

from __future__ import annotations

from pathlib import Path

__all__ = [
    "CaseLogError", "DatabaseProblem", "DatabaseLocked", "DatabaseReadOnly",
    "DatabaseTooNew", "DatabaseUpgradeFailed", "DatabaseCorrupt", "IllegalTransition", "InvalidInput", "NotFound",
]


class CaseLogError(Exception):
    code = "case_log_error"


class DatabaseProblem(CaseLogError):
    code = "database_problem"

    def __init__(self, path: Path, detail: str = ""):
        self.path = Path(path)
        self.detail = detail
        super().__init__(f"{self.describe()}: {self.path}" + (f" ({detail})" if detail else ""))

    def describe(self) -> str:
        return "the database cannot be opened"


class DatabaseLocked(DatabaseProblem):
    code = "database_locked"

    def describe(self) -> str:
        return "the database is in use by another program"


class DatabaseReadOnly(DatabaseProblem):
    code = "database_read_only"

    def describe(self) -> str:
        return "the database or its folder cannot be written"


class DatabaseTooNew(DatabaseProblem):
    code = "database_too_new"

    def describe(self) -> str:
        return "the database was written by a newer version of Balas"


class DatabaseUpgradeFailed(DatabaseProblem):
    code = "database_upgrade_failed"

    def describe(self) -> str:
        return "the database could not be upgraded for this version of Balas (it is unchanged)"


class DatabaseCorrupt(DatabaseProblem):
    code = "database_corrupt"

    def describe(self) -> str:
        return "the database file is damaged or is not a Balas database"


class IllegalTransition(CaseLogError):
    code = "illegal_transition"

    def __init__(self, case_id: int | None, state: str, action: str):
        self.case_id, self.state, self.action = case_id, state, action
        super().__init__(f"case {case_id}: cannot '{action}' a case that is '{state}'")


class InvalidInput(CaseLogError):
    code = "invalid_input"

    def __init__(self, field: str, message: str):
        self.field = field
        super().__init__(f"{field}: {message}")


class NotFound(CaseLogError):
    code = "not_found"

    def __init__(self, what: str, key: object):
        self.what, self.key = what, key
        super().__init__(f"no {what} {key!r}")

"""Opening the case log: checks, migrations, connections.

Start-up stays fast: when the schema is current, only the stdlib sqlite3 module is used here;
SQLAlchemy and Alembic are imported when a migration is due or a write needs them.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from datetime import datetime
from pathlib import Path

from desktop.cases.clock import utcnow
from desktop.cases.errors import (DatabaseCorrupt, DatabaseLocked, DatabaseProblem,
                                  DatabaseReadOnly, DatabaseTooNew, DatabaseUpgradeFailed)

__all__ = ["Database", "open_database", "as_case_log_error", "compact", "SCHEMA_HEAD", "MIGRATIONS_DIR",
           "COMPACT_OWED_KEY"]

SCHEMA_HEAD = "0007"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_SQLITE_MAGIC = b"SQLite format 3\x00"
_BUSY_MS = 3000
COMPACT_OWED_KEY = "erase.compact_owed"  # set with an erase; cleared once the file holds no old pages
_COMPACT_TRIES = 10


def _classify(path: Path, exc: sqlite3.Error) -> DatabaseProblem:
    message = str(exc).lower()
    if "locked" in message or "busy" in message:
        return DatabaseLocked(path, str(exc))
    if any(word in message for word in ("readonly", "read-only", "unable to open", "full")):
        return DatabaseReadOnly(path, str(exc))
    return DatabaseCorrupt(path, str(exc))


def as_case_log_error(error: BaseException, path: Path) -> BaseException:
    """A driver error (sqlite3 or SQLAlchemy-wrapped) as our DatabaseProblem; others unchanged."""
    original = getattr(error, "orig", None)
    if isinstance(original, sqlite3.Error):
        error = original
    return _classify(Path(path), error) if isinstance(error, sqlite3.Error) else error


class _Connection(sqlite3.Connection):
    """A connection that also closes when its `with` block ends (sqlite3's only commits)."""

    def __exit__(self, *exc):
        try:
            return super().__exit__(*exc)
        finally:
            self.close()


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA busy_timeout = {_BUSY_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = NORMAL")


class Database:
    """One case-log file. Hands out plain sqlite3 connections for reads and an
    SQLAlchemy engine (created on first use) for writes through SQLModel."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._engine = None
        self._engine_lock = threading.Lock()

    def connect(self) -> sqlite3.Connection:
        """A new sqlite3 connection; each thread or job opens its own."""
        conn = sqlite3.connect(self.path, timeout=_BUSY_MS / 1000, check_same_thread=False,
                               factory=_Connection)
        _configure(conn)
        return conn

    @property
    def engine(self):
        with self._engine_lock:
            if self._engine is None:
                from sqlalchemy import URL, create_engine, event

                engine = create_engine(URL.create("sqlite", database=str(self.path)),
                                       connect_args={"timeout": _BUSY_MS / 1000,
                                                     "check_same_thread": False})

                # SQLAlchemy's recipe for real SQLite transactions: the driver's own implicit
                # commits would make a migration's table changes stick even when it fails.
                @event.listens_for(engine, "connect")
                def _on_connect(dbapi_conn, _record):
                    dbapi_conn.isolation_level = None
                    _configure(dbapi_conn)

                @event.listens_for(engine, "begin")
                def _on_begin(conn):
                    conn.exec_driver_sql("BEGIN IMMEDIATE")

                self._engine = engine
            return self._engine

    def session(self):
        """A new SQLModel session; the caller closes it (use it as a context manager)."""
        from sqlmodel import Session

        return Session(self.engine, expire_on_commit=False)

    def dispose(self) -> None:
        with self._engine_lock:
            if self._engine is not None:
                self._engine.dispose()
                self._engine = None

    def schema_version(self) -> str | None:
        with self.connect() as conn:  # closes on exit
            return _read_version(conn)


def _read_version(conn: sqlite3.Connection) -> str | None:
    has_table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'").fetchone()
    if not has_table:
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def _check_file(path: Path) -> None:
    if path.exists():
        if not path.is_file():
            raise DatabaseCorrupt(path, "not a file")
        try:
            with open(path, "rb") as handle:
                head = handle.read(len(_SQLITE_MAGIC))
        except PermissionError as exc:
            raise DatabaseReadOnly(path, str(exc)) from exc
        except OSError as exc:
            raise DatabaseCorrupt(path, str(exc)) from exc
        if head and head != _SQLITE_MAGIC:
            raise DatabaseCorrupt(path, "not an SQLite database")
        if not os.access(path, os.W_OK):
            raise DatabaseReadOnly(path, "the file is read-only")
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseReadOnly(path, str(exc)) from exc
    if not os.access(folder, os.W_OK):
        raise DatabaseReadOnly(path, "the folder is read-only")


def _migrate(database: Database, current: str | None, now: datetime) -> None:
    from alembic import command
    from alembic.config import Config

    from desktop.cases import backups
    from alembic.script import ScriptDirectory
    from alembic.script.revision import RevisionError
    from alembic.util import CommandError

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    script = ScriptDirectory.from_config(config)
    if current is not None:
        try:
            script.get_revision(current)
        except (RevisionError, CommandError) as exc:
            raise DatabaseTooNew(database.path, f"schema {current}") from exc
        backups.make_backup(database.path, now, reason=f"before-{script.get_current_head()}")
    try:
        with database.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
    except Exception as exc:
        import sqlalchemy.exc

        if isinstance(exc, sqlalchemy.exc.DBAPIError) and isinstance(exc.orig, sqlite3.Error):
            raise
        raise DatabaseUpgradeFailed(database.path, f"{type(exc).__name__}: {exc}") from exc


def open_database(path: Path, *, now: datetime | None = None) -> Database:
    """Open (creating or upgrading) the case log at `path`.

    Raises a DatabaseProblem subclass when the file is locked, read-only, too new or
    corrupt; the file itself is never changed in that case.
    """
    path = Path(path)
    now = now or utcnow()
    _check_file(path)
    database = Database(path)
    try:
        conn = sqlite3.connect(path, timeout=_BUSY_MS / 1000)
        try:
            _configure(conn)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            current = _read_version(conn)
            if current is None and conn.execute(
                    "SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]:
                raise DatabaseCorrupt(path, "a database of another program")
            if current not in (None, SCHEMA_HEAD) and not _known_revision(current):
                raise DatabaseTooNew(path, f"schema {current}")
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("ROLLBACK")
            if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                conn.execute("PRAGMA journal_mode = WAL")
        finally:
            conn.close()
        if current != SCHEMA_HEAD:
            _migrate(database, current, now)
        _compact_if_owed(path)
    except sqlite3.Error as exc:
        database.dispose()
        raise _classify(path, exc) from exc
    except DatabaseProblem:
        database.dispose()
        raise
    except Exception as exc:
        database.dispose()
        import sqlalchemy.exc

        if isinstance(exc, sqlalchemy.exc.DBAPIError) and isinstance(exc.orig, sqlite3.Error):
            raise _classify(path, exc.orig) from exc
        raise
    return database


def compact(conn: sqlite3.Connection) -> bool:
    """Rewrite the file without its free pages and empty the write-ahead log, so nothing erased
    stays readable in either. The file is rewritten once; emptying the log waits for readers a
    moment (retried). True when done; then the owed mark is cleared. The connection must not be
    in a transaction."""
    import time

    timeout = conn.execute("PRAGMA busy_timeout").fetchone()[0]
    conn.execute("PRAGMA busy_timeout = 200")  # a reader holding on is tried again, not waited out
    try:
        conn.execute("VACUUM")
        for _attempt in range(_COMPACT_TRIES):
            busy, _frames, _copied = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if not busy:
                conn.execute("DELETE FROM app_setting WHERE key = ?", (COMPACT_OWED_KEY,))
                conn.commit()
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                return True
            time.sleep(0.25)
        return False
    except sqlite3.OperationalError as error:
        if conn.in_transaction:
            conn.rollback()
        if "locked" in str(error) or "busy" in str(error):
            return False  # finished at the next start
        raise
    finally:
        conn.execute(f"PRAGMA busy_timeout = {int(timeout)}")


def _compact_if_owed(path: Path) -> None:
    """An erase whose clean-up was held up by other readers is finished at the next open; a
    failure here is logged and tried again next time, never a reason not to open."""
    import logging

    try:
        conn = sqlite3.connect(path, timeout=_BUSY_MS / 1000)
        try:
            if conn.execute("SELECT 1 FROM app_setting WHERE key = ?", (COMPACT_OWED_KEY,)).fetchone():
                conn.execute("PRAGMA secure_delete = ON")
                compact(conn)
        finally:
            conn.close()
    except sqlite3.Error:
        logging.getLogger(__name__).warning("could not finish cleaning the case log after an erase",
                                            exc_info=True)


def _known_revision(revision: str) -> bool:
    """True when a migration file of ours carries this revision (cheap: no Alembic import)."""
    versions = MIGRATIONS_DIR / "versions"
    return any(p.name.startswith(f"{revision}_") for p in versions.glob("*.py"))

"""Runs the case log's queries and writes off the UI thread and reports back as signals."""

from __future__ import annotations

import logging
import threading
from datetime import datetime
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QObject, Signal

from desktop.app.reply_controller import SharedTriage
from desktop.app.tasks import TaskRunner
from desktop.cases import queries
from desktop.cases.clock import utcnow
from desktop.cases.db import Database, as_case_log_error
from desktop.cases.queries import CaseFilter, OrderedIds

if TYPE_CHECKING:
    from desktop.sync.intake import IntakeRules

__all__ = ["InboxController", "FIRST_SCREEN"]

log = logging.getLogger(__name__)

FIRST_SCREEN = 100  # rows: more than a window shows on most screens


class _Readers:
    """One sqlite3 connection per pool thread, kept so its page cache stays warm.

    Keyed by the OS thread: Python's thread-locals do not survive between jobs on Qt's threads.
    """

    def __init__(self, database: Database):
        self._db = database
        self._lock = threading.Lock()
        self._conns: dict[int, object] = {}

    def get(self):
        ident = threading.get_ident()
        with self._lock:
            conn = self._conns.get(ident)
        if conn is None:
            conn = self._db.connect()
            conn.execute("PRAGMA cache_size = -32768")
            with self._lock:
                self._conns[ident] = conn
        return conn

    def close(self) -> None:
        with self._lock:
            conns, self._conns = list(self._conns.values()), {}
        for conn in conns:
            conn.close()


def _default_rules() -> IntakeRules:
    from desktop.sync.intake import IntakeRules

    return IntakeRules()


class InboxController(QObject):
    ids_loaded = Signal(int, object, bool)
    """(generation, case ids newest first, complete) — complete False for the first page only."""
    rows_loaded = Signal(object)
    """{case id: CaseRow} snapshots asked for by the inbox model."""
    detail_loaded = Signal(object)
    """A CaseDetail for the case panel (None when the case is gone)."""
    summary_loaded = Signal(object)
    """A queries.Summary: open, overdue and new counts."""
    cases_changed = Signal(object)
    """Ids of cases a write changed (or added)."""
    case_added = Signal(int)
    """A manual case was logged; carries its id."""
    note_added = Signal(int)
    """A note was saved on the case with this id."""
    reply_saved = Signal(int, object)
    """(case id, outbox id or None): the owner's reply is logged (and queued for its platform)."""
    failed = Signal(str, object)
    """(what was being done, the exception) — the UI words it for the owner."""
    outbox_queued = Signal()
    """A reply, hide or delete now waits in the outbox for sending."""

    def __init__(self, database: Database, runner: TaskRunner, actor: str,
                 clock: Callable[[], datetime] = utcnow, parent: QObject | None = None,
                 triage: SharedTriage | None = None,
                 rules: Callable[[], IntakeRules] | None = None):
        super().__init__(parent)
        self._triage = triage or SharedTriage()
        self._rules = rules or _default_rules  # read on the UI thread, handed to the worker
        self._db = database
        self._runner = runner
        self._clock = clock
        self.actor = actor
        self._readers = _Readers(database)
        self._generation = 0
        self._writes = 0  # saved writes so far; an answer read before a write is stale
        self._base_key: CaseFilter | None = None
        self._base: OrderedIds | None = None
        self._repo = None

    def _fail(self, what: str, error: BaseException) -> None:
        self.failed.emit(what, as_case_log_error(error, self._db.path))

    def close(self) -> None:
        """Close the reader connections (after the pools are idle)."""
        self._readers.close()

    # -- reads ---------------------------------------------------------------------
    def _conn(self):
        return self._readers.get()

    def load(self, case_filter: CaseFilter) -> int:
        """Reload the inbox ids for `case_filter`; returns the generation the answer will carry.
        Answers of older generations are dropped."""
        self._generation += 1
        generation, writes = self._generation, self._writes
        now = self._clock()
        base_key = case_filter._replace(search="")
        reuse = self._base if base_key == self._base_key and not case_filter.overdue_only else None

        def find():
            conn = self._conn()
            base = reuse or OrderedIds(queries.find_case_ids(conn, base_key, now))
            hits = queries.search_hits(conn, case_filter.search)
            return base, (base.ids if hits is None else base.narrow(hits))

        def done(result, error):
            if error is not None:
                self._fail("load", error)
                return
            if generation != self._generation:
                return
            base, ids = result
            if writes == self._writes:  # an order read before a save may miss a new case
                self._base_key, self._base = base_key, base
            self.ids_loaded.emit(generation, ids, True)

        self._runner.read(find, callback=done)
        return generation

    def first_screen(self, case_filter: CaseFilter) -> tuple[list[int], dict] | None:
        """The newest FIRST_SCREEN cases of `case_filter` with their rows, read on the calling
        thread: start-up reads them with the case log's opening, so the window shows with them
        (about 2 ms on 100,000 cases; in WAL mode a reader never waits for a writer). None when
        they cannot be read now, or for a search; load() then reads, and reports any failure."""
        if case_filter.search.strip():
            return None
        conn = None
        try:
            conn = self._db.connect()
            conn.execute("PRAGMA busy_timeout = 100")  # never hold the window back for a lock
            ids = queries.find_case_ids(conn, case_filter, self._clock(), limit=FIRST_SCREEN)
            return ids, queries.load_rows(conn, ids)
        except Exception:  # a locked or damaged file, a damaged row: the worker's read says so
            log.info("the first screen was not read", exc_info=True)
            return None
        finally:
            if conn is not None:
                conn.close()

    def invalidate(self) -> None:
        """Forget the cached inbox order (after writes)."""
        self._base_key = self._base = None

    def request_rows(self, ids: list[int]) -> None:
        writes = self._writes

        def done(rows, error):
            if error is not None:
                self._fail("rows", error)
            elif writes == self._writes:  # else stale: the model has asked again since
                self.rows_loaded.emit(rows)

        self._runner.read(lambda: queries.load_rows(self._conn(), ids), callback=done)

    def load_detail(self, case_id: int) -> None:
        def done(detail, error):
            if error is not None:
                self._fail("detail", error)
            else:
                self.detail_loaded.emit(detail)

        self._runner.read(lambda: queries.case_detail(self._conn(), case_id), callback=done)

    def load_summary(self) -> None:
        now = self._clock()

        def done(result, error):
            if error is not None:
                self._fail("summary", error)
            else:
                self.summary_loaded.emit(result)

        self._runner.read(lambda: queries.summary(self._conn(), now), callback=done)

    def _read_list(self, what: str, fn: Callable[[], list], callback: Callable[[list], None]) -> None:
        def done(rows, error):
            if error is not None:
                self._fail(what, error)
            callback(rows or [])

        self._runner.read(fn, callback=done)

    def find_people(self, text: str, callback: Callable[[list], None]) -> None:
        self._read_list("people", lambda: queries.find_people(self._conn(), text), callback)

    def load_touchpoints(self, callback: Callable[[list], None], include_archived: bool = False) -> None:
        self._read_list("touchpoints", lambda: queries.touchpoints(self._conn(), include_archived),
                        callback)

    # -- writes (one lane, in order) -------------------------------------------------------
    def _repository(self):
        from desktop.cases.repository import CaseRepository

        if self._repo is None:
            self._repo = CaseRepository(self._db, clock=self._clock)
        return self._repo

    def _write(self, what: str, fn: Callable, on_done: Callable | None = None) -> None:
        def done(result, error):
            if error is not None:
                self._fail(what, error)
                return
            self._writes += 1
            if on_done is not None:
                on_done(result)

        self._runner.write(fn, callback=done)

    def warm_up(self) -> None:
        """Import the ORM on the write lane now, so the owner's first save is quick."""
        self._runner.write(lambda: (self._repository(), self._db.engine))

    def apply_action(self, case_id: int, action: str, reason: str | None = None) -> None:
        def changed(_state):
            self.invalidate()
            self.cases_changed.emit({case_id})

        self._write("action", lambda: self._repository().apply_action(
            case_id, action, self.actor, reason=reason), changed)

    def add_note(self, case_id: int, text: str) -> None:
        def added(_event_id):
            self.note_added.emit(case_id)
            self.cases_changed.emit({case_id})

        self._write("note", lambda: self._repository().add_note(case_id, text, self.actor), added)

    def add_case(self, **fields) -> None:
        """Log a complaint by hand, then triage it (a triage failure never loses the case)."""
        def added(case_id):
            self.invalidate()
            self.case_added.emit(case_id)
            self.cases_changed.emit({case_id})
            self.triage_cases([case_id])

        self._write("add_case", lambda: self._repository().add_manual_case(actor=self.actor, **fields),
                    added)

    def triage_cases(self, case_ids: list[int]) -> None:
        """Read who sent each case and store its type, language and abuse marks."""
        from desktop.sync.intake import triage_case

        rules = self._rules()

        def work():
            triage = self._triage.get().triage
            return {r.case_id for r in (triage_case(self._db, self._repository(), triage, case_id, rules)
                                        for case_id in case_ids) if r is not None}

        def triaged(ids):
            self.invalidate()
            self.cases_changed.emit(ids)

        self._write("triage", work, triaged)

    def set_person_type(self, person_id: int, complainant_type: str | None) -> None:
        """The owner's own type for a person (None: let triage decide again)."""
        def work():
            return self._repository().set_person_type(person_id, complainant_type, self.actor)

        def changed(ids):
            self.invalidate()
            self.cases_changed.emit(set(ids))
            if complainant_type is None and ids:
                self.triage_cases(ids)

        self._write("type", work, changed)

    def save_reply(self, case_id: int, text: str, reply_to: int | None) -> None:
        """Log the reply on the case; with `reply_to` it also waits in the outbox for sending."""
        def saved(outbox_id):
            self.invalidate()
            self.reply_saved.emit(case_id, outbox_id)
            self.cases_changed.emit({case_id})
            if outbox_id is not None:
                self.outbox_queued.emit()

        self._write("reply", lambda: self._repository().record_reply(
            case_id, text, self.actor, reply_to=reply_to), saved)

    def hide_comment(self, case_id: int, comment_id: int) -> None:
        def queued(_outbox_id):
            self.cases_changed.emit({case_id})
            self.outbox_queued.emit()

        self._write("hide", lambda: self._repository().queue_hide(comment_id, self.actor), queued)

    def add_touchpoint(self, name: str, callback: Callable[[str], None]) -> None:
        self._write("touchpoint", lambda: self._repository().add_touchpoint(name), callback)

    def rename_touchpoint(self, key: str, name: str, callback: Callable[[object], None]) -> None:
        self._write("touchpoint", lambda: self._repository().rename_touchpoint(key, name), callback)

    def archive_touchpoint(self, key: str, callback: Callable[[object], None]) -> None:
        self._write("touchpoint", lambda: self._repository().archive_touchpoint(key), callback)

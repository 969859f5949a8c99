"""The outbox flusher: sends queued replies, hides and deletes, each exactly once.

An action is committed as "sending" before its request goes out. A run that dies after that
leaves the row "sending"; the next run first looks on the platform for the page's own reply
with that text under that comment and only sends again when it is not there. Hides and
deletes are safe to repeat. One flusher at a time per case log (a lock file that the system
frees when the process dies, however it dies).
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Callable, NamedTuple

from filelock import FileLock, Timeout

from desktop.cases.db import Database
from desktop.cases.queries import to_db_time
from desktop.cases.vocab import AccountStatus, EventKind, OutboxAction, OutboxState
from desktop.platforms import Connector, ErrorKind, PlatformError, Target
from desktop.secrets import KeyringUnavailable
from desktop.sync.accounts import AccountRow, AccountStore

__all__ = ["OutboxFlusher", "FlushReport", "backoff", "SENDER"]

SENDER = "Balas"
_FIRST_RETRY = timedelta(seconds=30)
_LONGEST_WAIT = timedelta(hours=1)


def backoff(attempts: int, rand: Callable[[], float] = random.random) -> timedelta:
    """30 s, 1 min, 2 min … up to an hour, each spread by ±50 % so retries do not bunch up."""
    base = min(_FIRST_RETRY * (2 ** max(0, attempts - 1)), _LONGEST_WAIT)
    return base * (0.5 + rand())


@dataclass
class FlushReport:
    sent: int = 0
    failed: int = 0          # refused by the platform; the owner decides
    waiting: int = 0         # still queued after this run
    offline: bool = False    # the network was down: sending stopped for now
    busy: bool = False       # another Balas was flushing this case log
    keyring: str | None = None  # why the keyring could not be read, when it could not
    errors: Counter = field(default_factory=Counter)

    def to_json(self) -> dict:
        return {"sent": self.sent, "failed": self.failed, "waiting": self.waiting,
                "offline": self.offline, "busy": self.busy, "keyring": self.keyring,
                "errors": dict(self.errors)}


class _Item(NamedTuple):
    id: int
    account_id: int
    case_id: int | None
    comment_id: int
    action: str
    text: str | None
    state: str
    attempts: int
    target: Target


class OutboxFlusher:
    def __init__(self, database: Database, accounts: AccountStore,
                 connector_for: Callable[[AccountRow], Connector], clock: Callable[[], datetime],
                 rand: Callable[[], float] = random.random):
        self._db = database
        self._accounts = accounts
        self._connector_for = connector_for
        self._clock = clock
        self._rand = rand
        self._lock = FileLock(str(database.path) + ".outbox.lock", timeout=0)

    def waiting(self) -> int:
        with self._db.connect() as conn:
            return conn.execute("SELECT count(*) FROM outbox_reply WHERE state IN (?, ?)",
                                (OutboxState.QUEUED, OutboxState.SENDING)).fetchone()[0]

    def flush(self, should_stop: Callable[[], bool] = lambda: False,
              unreachable: frozenset[int] = frozenset()) -> FlushReport:
        """Send everything that is due, except for accounts just found `unreachable`.
        Runs on a worker thread; never raises PlatformError."""
        report = FlushReport()
        try:
            self._lock.acquire()
        except Timeout:
            report.busy = True
            report.waiting = self.waiting()
            return report
        try:
            self._flush(report, should_stop, unreachable)
        finally:
            self._lock.release()
        report.waiting = self.waiting()
        return report

    def _flush(self, report: FlushReport, should_stop: Callable[[], bool], unreachable: frozenset[int]) -> None:
        skip = set(unreachable)
        connectors: dict[int, Connector] = {}
        for item in self._due():
            if should_stop() or report.offline:
                return
            if item.account_id in skip:
                report.offline = report.offline or item.account_id in unreachable
                continue
            account = self._accounts.get(item.account_id)
            try:
                connector = connectors.get(account.id) or self._connector_for(account)
                connectors[account.id] = connector
                self._send(item, connector)
                report.sent += 1
            except PlatformError as error:
                report.errors[str(error.kind)] += 1
                if self._failed(item, account, error):
                    report.failed += 1
                if error.offline:
                    report.offline = True
                elif error.kind in (ErrorKind.NEEDS_RELOGIN, ErrorKind.RATE_LIMITED):
                    skip.add(account.id)
            except KeyringUnavailable as error:
                report.keyring = error.reason
                return

    def _due(self) -> list[_Item]:
        now = to_db_time(self._clock())
        with self._db.connect() as conn:
            rows = conn.execute(
                "SELECT o.id, o.account_id, o.case_id, o.comment_id, o.action, o.text, o.state, o.attempts,"
                " c.external_id, c.post_external_id, coalesce(p.external_id, c.parent_external_id)"
                " FROM outbox_reply o JOIN comment c ON c.id = o.comment_id"
                " JOIN account a ON a.id = o.account_id LEFT JOIN comment p ON p.id = c.parent_id"
                " WHERE o.state IN (?, ?) AND (o.next_attempt_at IS NULL OR o.next_attempt_at <= ?)"
                " AND a.status NOT IN (?, ?) AND (a.retry_at IS NULL OR a.retry_at <= ?) ORDER BY o.id",
                (OutboxState.QUEUED, OutboxState.SENDING, now, AccountStatus.NEEDS_RELOGIN,
                 AccountStatus.SIGNED_OUT, now)).fetchall()
        return [_Item(*r[:8], Target(r[8], r[9], r[10])) for r in rows]

    def _send(self, item: _Item, connector: Connector) -> None:
        platform_id = None
        if item.action == OutboxAction.REPLY and (item.state == OutboxState.SENDING or item.attempts):
            # An earlier try may have reached the platform: never post the same reply twice.
            platform_id = connector.find_reply(item.target, item.text or "")
        if platform_id is None:
            self._mark_sending(item)
            if item.action == OutboxAction.REPLY:
                platform_id = connector.reply(item.target, item.text or "")
            elif item.action in (OutboxAction.HIDE, OutboxAction.UNHIDE):
                connector.set_hidden(item.target, item.action == OutboxAction.HIDE)
            elif item.action == OutboxAction.DELETE:
                connector.delete(item.target)
            else:
                raise PlatformError(ErrorKind.REJECTED, f"unknown action {item.action!r}")
        self._mark_sent(item, platform_id)

    def _mark_sending(self, item: _Item) -> None:
        with self._db.connect() as conn:
            conn.execute("UPDATE outbox_reply SET state = ?, attempts = attempts + 1, updated_at = ?"
                         " WHERE id = ?", (OutboxState.SENDING, to_db_time(self._clock()), item.id))
            conn.commit()

    def _mark_sent(self, item: _Item, platform_id: str | None) -> None:
        at = to_db_time(self._clock())
        with self._db.connect() as conn:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("UPDATE outbox_reply SET state = ?, platform_id = ?, error_kind = NULL,"
                         " last_error = NULL, next_attempt_at = NULL, updated_at = ? WHERE id = ?",
                         (OutboxState.SENT, platform_id, at, item.id))
            # the customer was erased while this reply was on its way: its words are not kept
            conn.execute("UPDATE outbox_reply SET text = NULL WHERE id = ? AND case_id IN (SELECT c.id FROM"
                         " complaint_case c JOIN person p ON p.id = c.person_id WHERE p.erased_at IS NOT NULL)",
                         (item.id,))
            if item.action in (OutboxAction.HIDE, OutboxAction.UNHIDE):
                conn.execute("UPDATE comment SET hidden = ? WHERE id = ?",
                             (int(item.action == OutboxAction.HIDE), item.comment_id))
            elif item.action == OutboxAction.DELETE:
                conn.execute("UPDATE comment SET deleted = 1 WHERE id = ?", (item.comment_id,))
            if item.case_id is not None:
                conn.execute("INSERT INTO case_event (case_id, at, kind, actor, text) VALUES (?, ?, ?, ?, ?)",
                             (item.case_id, at, EventKind.SENT, SENDER, item.action))
            conn.commit()

    def _failed(self, item: _Item, account: AccountRow, error: PlatformError) -> bool:
        """Keep the action for later, or mark it refused (returns True then)."""
        now = self._clock()
        refused = error.kind == ErrorKind.REJECTED
        if error.kind == ErrorKind.RATE_LIMITED:
            next_at = error.retry_at or now + backoff(item.attempts + 1, self._rand)
        elif error.kind == ErrorKind.TEMPORARY:
            next_at = now + backoff(item.attempts + 1, self._rand)
        else:
            next_at = None
        with self._db.connect() as conn:
            conn.execute("BEGIN IMMEDIATE")
            # Kept rows go back to "queued"; their attempt count makes the next try look on
            # the platform before it posts a reply again.
            state = OutboxState.FAILED if refused else OutboxState.QUEUED
            conn.execute("UPDATE outbox_reply SET state = ?, error_kind = ?, last_error = ?,"
                         " next_attempt_at = ?, updated_at = ? WHERE id = ?",
                         (state, error.kind, error.message[:500] or None,
                          to_db_time(next_at) if next_at else None, to_db_time(now), item.id))
            if refused and item.case_id is not None:
                conn.execute("INSERT INTO case_event (case_id, at, kind, actor, text) VALUES (?, ?, ?, ?, ?)",
                             (item.case_id, to_db_time(now), EventKind.SEND_FAILED, SENDER,
                              error.message[:500] or item.action))
            conn.commit()
        if error.kind in (ErrorKind.NEEDS_RELOGIN, ErrorKind.RATE_LIMITED) or error.offline:
            self._accounts.failed(account.id, error)
        return refused

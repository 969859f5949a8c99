"""Sync: for each connected account, fetch what is new, store it, triage the customers' new
comments, file complaints into cases; then flush the outbox. Plain Python on a worker thread.

Pages are fetched on a helper thread while the previous page is stored and triaged, so the
network wait and the reading overlap. The account's cursor moves only after a complete run;
a run broken half-way keeps what it stored and reads the rest again next time.
"""

from __future__ import annotations

import queue
import threading
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Callable, Iterator

import requests

from desktop.cases.clock import utcnow
from desktop.cases.db import Database
from desktop.cases.inbound import Filing, InboundStore
from desktop.cases.repository import CaseRepository
from desktop.cases.vocab import AccountStatus
from desktop.platforms import Connector, ErrorKind, FetchedPage, PlatformError, make_connector
from desktop.platforms.http import TIMEOUT
from desktop.secrets import KeyringUnavailable
from desktop.sync.accounts import AccountRow, AccountStore
from desktop.sync.intake import AUTO_HIDE_ACTOR, IntakeRules
from desktop.sync.outbox import FlushReport, OutboxFlusher
from desktop.triage.engine import Past, Triage
from desktop.triage.text import without_thread_handles

__all__ = ["SyncService", "AccountReport", "SyncSummary", "Progress"]

Progress = Callable[[str, int], None]  # (account's display name, comments fetched so far)


@dataclass
class AccountReport:
    account_id: int
    platform: str
    name: str
    fetched: int = 0
    new: int = 0
    updated: int = 0
    deleted: int = 0
    cases_opened: int = 0
    cases_extended: int = 0
    status: str = AccountStatus.CONNECTED
    error_kind: str | None = None
    error: str | None = None

    def to_json(self) -> dict:
        return dict(self.__dict__)


@dataclass
class SyncSummary:
    accounts: list[AccountReport] = field(default_factory=list)
    outbox: FlushReport = field(default_factory=FlushReport)
    keyring: str | None = None

    def to_json(self) -> dict:
        errors = Counter(a.error_kind for a in self.accounts if a.error_kind)
        errors.update(self.outbox.errors)
        total = (lambda name: sum(getattr(a, name) for a in self.accounts))
        return {"fetched": total("fetched"), "new": total("new"), "updated": total("updated"),
                "deleted": total("deleted"), "cases_opened": total("cases_opened"),
                "sent": self.outbox.sent, "failed": self.outbox.failed, "waiting": self.outbox.waiting,
                "offline": self.outbox.offline or any(a.status == AccountStatus.OFFLINE for a in self.accounts),
                "errors": dict(errors), "keyring": self.keyring or self.outbox.keyring,
                "accounts": [a.to_json() for a in self.accounts]}


class SyncService:
    def __init__(self, database: Database, accounts: AccountStore, *, triage: Triage | None = None,
                 rules: IntakeRules = IntakeRules(), clock: Callable[[], datetime] = utcnow,
                 session_factory: Callable[[], requests.Session] = requests.Session,
                 timeout: tuple[float, float] = TIMEOUT):
        self._db = database
        self.accounts = accounts
        self._triage = triage
        self._triage_lock = threading.Lock()
        self.rules = rules
        self._clock = clock
        self._session_factory = session_factory
        self._timeout = timeout
        self._store = InboundStore(database, clock)
        self._repository = CaseRepository(database, clock)
        self.outbox = OutboxFlusher(database, accounts, self.connector_for, clock)

    @property
    def triage(self) -> Triage:
        with self._triage_lock:
            if self._triage is None:
                self._triage = Triage()
            return self._triage

    def connector_for(self, account: AccountRow) -> Connector:
        """The account's connector with its credentials from the keyring.
        Raises PlatformError(NEEDS_RELOGIN) when none are stored, KeyringUnavailable."""
        credentials = self.accounts.credentials(account)
        if credentials is None:
            raise PlatformError(ErrorKind.NEEDS_RELOGIN, "no sign-in is stored for this account")
        connector = make_connector(account.platform, account.external_id, credentials,
                                   client_id=account.client_id or "", session=self._session_factory(),
                                   clock=self._clock, timeout=self._timeout)
        connector.on_new_credentials = lambda fresh: self.accounts.save_credentials(account, fresh)
        return connector

    def sync_once(self, progress: Progress | None = None,
                  should_stop: Callable[[], bool] = lambda: False) -> SyncSummary:
        """Pull every account that can be synced now, then flush the outbox."""
        summary = SyncSummary()
        now = self._clock()
        for account in self.accounts.list():
            if should_stop():
                break
            if account.status == AccountStatus.SIGNED_OUT:
                continue  # signed out on purpose: nothing to report
            if account.status == AccountStatus.NEEDS_RELOGIN:
                summary.accounts.append(AccountReport(account.id, account.platform, account.display_name,
                                                      status=account.status, error_kind=account.error_kind,
                                                      error=account.last_error))
                continue
            if account.retry_at is not None and account.retry_at > now:
                summary.accounts.append(AccountReport(account.id, account.platform, account.display_name,
                                                      status=account.status, error_kind=ErrorKind.RATE_LIMITED,
                                                      error=account.last_error))
                continue
            try:
                summary.accounts.append(self.pull(account, progress, should_stop))
            except KeyringUnavailable as error:
                summary.keyring = error.reason
                break
        if summary.keyring is None:
            offline = frozenset(a.account_id for a in summary.accounts if a.status == AccountStatus.OFFLINE)
            summary.outbox = self.outbox.flush(should_stop, unreachable=offline)
        else:
            summary.outbox.waiting = self.outbox.waiting()
        return summary

    def pull(self, account: AccountRow, progress: Progress | None = None,
             should_stop: Callable[[], bool] = lambda: False) -> AccountReport:
        """Fetch, store, triage and file one account's new comments. PlatformErrors end up in
        the report and on the account; KeyringUnavailable is raised."""
        report = AccountReport(account.id, account.platform, account.display_name)
        started = self._clock()
        try:
            connector = self.connector_for(account)
            for page in _prefetched(connector.fetch(account.cursor, started)):
                if should_stop():
                    return report
                self._take(account, page, report)
                if progress is not None:
                    progress(account.display_name or account.platform, report.fetched)
        except PlatformError as error:
            report.status = self.accounts.failed(account.id, error)
            report.error_kind, report.error = str(error.kind), error.message
            return report
        self.accounts.synced(account.id, connector.next_cursor, started)
        return report

    def _take(self, account: AccountRow, page: FetchedPage, report: AccountReport) -> None:
        report.fetched += len(page.comments)
        if page.comments:
            stored = self._store.store(account.id, account.platform, page.comments)
            report.new += len(stored.new)
            report.updated += stored.updated
            if stored.new:
                opened, extended = self._file(account.platform, stored.new)
                report.cases_opened += len(opened)
                report.cases_extended += len(extended)
            if stored.owner_replies:
                self._store.note_owner_replies(stored.owner_replies)
        if page.complete_post is not None:
            report.deleted += self._store.mark_deleted(account.platform, page.complete_post,
                                                       page.window_start, page.listed_ids)

    def _file(self, platform: str, comment_ids: list[int]):
        triage, filings, abusive = self.triage, [], []
        for item in self._store.new_comments(comment_ids):
            history = [Past(text, int(days)) for text, days in item.history]
            verdict = triage.judge(without_thread_handles(item.text, platform), history,
                                   manual_type=item.manual_type, prefer=self.rules.prefer)
            filings.append(Filing(item.comment_id, verdict.complaint or verdict.abusive, verdict.type,
                                  [list(r) for r in verdict.reasons], verdict.lang, verdict.abusive_terms,
                                  verdict.touchpoint))
            if verdict.abusive:
                abusive.append(item.comment_id)
        opened, extended = self._store.file_comments(filings, platform)
        if self.rules.auto_hide_abuse:
            for comment_id in abusive:
                self._repository.queue_hide(comment_id, AUTO_HIDE_ACTOR)
        return opened, extended


_DONE = object()


def _prefetched(pages: Iterator[FetchedPage], depth: int = 4) -> Iterator[FetchedPage]:
    """The pages of `pages`, fetched ahead on a helper thread; its errors are raised here."""
    box: queue.Queue = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def offer(item) -> bool:
        while not stop.is_set():
            try:
                box.put(item, timeout=0.2)
                return True
            except queue.Full:
                continue
        return False

    def fetch() -> None:
        try:
            for page in pages:
                if not offer((page, None)):
                    return
            offer((_DONE, None))
        except BaseException as error:  # handed to the reading thread
            offer((None, error))

    worker = threading.Thread(target=fetch, name="sync-fetch", daemon=True)
    worker.start()
    try:
        while True:
            page, error = box.get()
            if error is not None:
                raise error
            if page is _DONE:
                return
            yield page
    finally:
        stop.set()
        worker.join(timeout=35)

"""Reminders: what is due or overdue and why, snoozes, "done", a pause, and which reminders
still need a notification.

Plain Python over the case log. Each case keeps its next due time (`due_at`, computed by
`deadlines` from the owner's targets and opening hours); this module reads the due ones,
records snoozes and "done" as case events, and recomputes every due time when the targets
change. The clock is injected: tests move time instead of sleeping.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Callable, Iterable, NamedTuple

from desktop.cases.clock import utcnow
from desktop.cases.db import Database
from desktop.cases.deadlines import TARGETS_KEY, ReminderKind, Targets, due_after, reminder_kind
from desktop.cases.errors import InvalidInput, NotFound
from desktop.cases.queries import SNIPPET_CHARS, from_db_time, to_db_time
from desktop.cases.states import Action
from desktop.cases.vocab import EventKind, State

__all__ = ["DueItem", "Reminder", "ReminderSnapshot", "FellDue", "Check", "ReminderEngine", "NotificationGate",
           "SnoozeChoice", "load_targets",
           "recompute_due", "TARGETS_KEY", "PAUSE_KEY"]

PAUSE_KEY = "reminders.paused_until"
_WAITING_STATES = (State.NEW, State.ACKNOWLEDGED, State.IN_PROGRESS, State.RESOLVED)
_MARKS = ",".join("?" * len(_WAITING_STATES))


class SnoozeChoice:
    QUARTER_HOUR = "15m"
    HOUR = "1h"
    NEXT_OPENING = "next_opening"


def _read_setting(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM app_setting WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def _write_setting(conn: sqlite3.Connection, key: str, value: str | None) -> None:
    if value is None:
        conn.execute("DELETE FROM app_setting WHERE key = ?", (key,))
    else:
        conn.execute("INSERT INTO app_setting (key, value) VALUES (?, ?)"
                     " ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))


def load_targets(conn: sqlite3.Connection) -> Targets:
    """The owner's targets and hours; the defaults in the computer's time zone until saved."""
    return Targets.stored(_read_setting(conn, TARGETS_KEY))


def recompute_due(conn: sqlite3.Connection, targets: Targets, case_ids: Iterable[int] | None = None) -> int:
    """Set the due time of open cases (all, or `case_ids`) from `targets`; returns how many.

    The update clock runs from the latest event that was not a snooze; an event dated before
    the case came in (a clock that was wrong) counts from when it came in.
    """
    where, params = f"c.state IN ({_MARKS})", list(_WAITING_STATES)
    if case_ids is not None:
        ids = list(case_ids)
        if not ids:
            return 0
        where += f" AND c.id IN ({','.join('?' * len(ids))})"
        params += ids
    rows = conn.execute(
        "SELECT c.id, c.state, c.channel, c.received_at, c.resolved_at,"
        " (SELECT max(e.at) FROM case_event e WHERE e.case_id = c.id AND e.kind != ?)"
        f" FROM complaint_case c WHERE {where}", [EventKind.SNOOZE, *params]).fetchall()
    updates = []
    for case_id, state, channel, received, resolved, last in rows:
        since = _clock_start(reminder_kind(state), received, resolved, last)
        due = due_after(state, channel, from_db_time(received), since, targets)
        updates.append((to_db_time(due) if due else None, case_id))
    conn.executemany("UPDATE complaint_case SET due_at = ? WHERE id = ?", updates)
    return len(updates)


def _clock_start(kind: str, received: str, resolved: str | None, last: str | None) -> datetime:
    """When a reminder's clock started: the case came in, was resolved, or last moved on.
    An event dated before the case came in (a clock that was wrong) counts from its arrival."""
    received_at = from_db_time(received)
    if kind == ReminderKind.FIRST_RESPONSE:
        return received_at
    if kind == ReminderKind.FOLLOW_UP and resolved is not None:
        return max(received_at, from_db_time(resolved), from_db_time(last) or received_at)
    return max(filter(None, (received_at, from_db_time(last))))


class DueItem(NamedTuple):
    """A due reminder without its details (what the tray counts and the gate remembers)."""

    case_id: int
    kind: str                # ReminderKind
    due_at: datetime
    snoozed_until: datetime | None = None

    def snoozed(self, now: datetime) -> bool:
        return self.snoozed_until is not None and self.snoozed_until > now


@dataclass(frozen=True)
class Reminder:
    """One thing a case is waiting for from the owner."""

    case_id: int
    kind: str                # ReminderKind
    due_at: datetime
    overdue_by: timedelta    # opening time since it fell due; zero while it is not yet due
    state: str
    channel: str
    person: str
    snippet: str
    since: datetime          # when its clock started: came in, last update, resolved
    target: timedelta        # the target it was given (opening time)
    snoozed_until: datetime | None = None

    @property
    def overdue(self) -> bool:
        return self.overdue_by > timedelta(0)

    def snoozed(self, now: datetime) -> bool:
        return self.snoozed_until is not None and self.snoozed_until > now

    def status(self, now: datetime) -> str:
        if self.snoozed(now):
            return "snoozed"
        return "overdue" if self.due_at <= now else "due_soon"

    def reason(self) -> str:
        """In English, for the command line (the window words it in the owner's language)."""
        what = {ReminderKind.FIRST_RESPONSE: "first reply owed; came in",
                ReminderKind.UPDATE: "customer not updated since",
                ReminderKind.FOLLOW_UP: "follow-up owed; resolved"}[self.kind]
        hours = self.target.total_seconds() / 3600
        return (f"{what} {self.since.astimezone():%Y-%m-%d %H:%M} by {self.channel}; "
                f"target {hours:g} h of opening time")

    def to_json(self, now: datetime) -> dict:
        return {"case_id": self.case_id, "kind": self.kind, "status": self.status(now),
                "due_at": self.due_at.isoformat(),
                "overdue_by_minutes": int(self.overdue_by.total_seconds() // 60),
                "snoozed_until": self.snoozed_until.isoformat() if self.snoozed_until else None,
                "person": self.person, "channel": self.channel, "state": self.state,
                "reason": self.reason()}


class ReminderSnapshot(NamedTuple):
    """What is due at `now`: the waiting (due, not snoozed) case ids, most urgent first, with
    the details of the first few; how many are snoozed; any pause."""

    now: datetime
    waiting: tuple[int, ...] = ()
    top: tuple[Reminder, ...] = ()
    snoozed: int = 0
    paused_until: datetime | None = None


class FellDue(NamedTuple):
    """Reminders that just fell due: all their case ids, and the details of the first few."""

    case_ids: tuple[int, ...]
    first: tuple[Reminder, ...]


class Check(NamedTuple):
    snapshot: ReminderSnapshot
    fell_due: FellDue | None


class ReminderEngine:
    """Reads and records reminders on one case log; every method opens its own connection."""

    def __init__(self, database: Database, clock: Callable[[], datetime] = utcnow):
        self._db = database
        self._clock = clock

    def _connect(self) -> sqlite3.Connection:
        return self._db.connect()

    # -- settings ------------------------------------------------------------------------
    def targets(self) -> Targets:
        with self._connect() as conn:
            return load_targets(conn)

    def save_targets(self, targets: Targets) -> int:
        """Keep new targets and move every open case's due time to match; returns how many moved."""
        with self._connect() as conn:
            conn.execute("BEGIN IMMEDIATE")
            _write_setting(conn, TARGETS_KEY, targets.to_json())
            moved = recompute_due(conn, targets)
            conn.commit()
        return moved

    def paused_until(self) -> datetime | None:
        """While paused, reminders are counted but raise no notification."""
        with self._connect() as conn:
            value = from_db_time(_read_setting(conn, PAUSE_KEY))
        return value if value is not None and value > self._clock() else None

    def pause_today(self) -> datetime:
        """Pause notifications until the end of today in the shop's time zone."""
        now = self._clock()
        targets = self.targets()
        local = now.astimezone(targets.hours.tz)
        until = datetime.combine(local.date() + timedelta(days=1), datetime.min.time(),
                                 tzinfo=targets.hours.tz).astimezone(timezone.utc)
        with self._connect() as conn:
            _write_setting(conn, PAUSE_KEY, to_db_time(until))
            conn.commit()
        return until

    def resume(self) -> None:
        with self._connect() as conn:
            _write_setting(conn, PAUSE_KEY, None)
            conn.commit()

    # -- reading -------------------------------------------------------------------------
    def due_items(self, at: datetime | None = None, within: timedelta = timedelta(0)) -> list[DueItem]:
        """What is due by `at` + `within`, most overdue first, without the details: cheap
        enough to run every half minute over a long backlog."""
        at = at or self._clock()
        with self._connect() as conn:
            rows = conn.execute(
                "SELECT id, state, due_at, snoozed_until FROM complaint_case"
                f" WHERE state IN ({_MARKS}) AND due_at IS NOT NULL AND due_at <= ?"
                " ORDER BY due_at, id", [*_WAITING_STATES, to_db_time(at + within)]).fetchall()
        return [DueItem(case_id, reminder_kind(state), from_db_time(due), from_db_time(snoozed))
                for case_id, state, due, snoozed in rows]

    def check(self, gate: NotificationGate, at: datetime | None = None, top: int = 5) -> Check:
        """What the tray shows and tells at `at`: ids of everything waiting, details only for
        the `top` most urgent and for what just fell due. The gate learns what was told only
        when the whole check succeeds."""
        at = at or self._clock()
        items = self.due_items(at)
        paused_until = self.paused_until()
        waiting = tuple(item.case_id for item in items if not item.snoozed(at))
        fresh = tuple(item.case_id for item in gate.fresh(items, at, paused=paused_until is not None))
        try:
            details = {r.case_id: r for r in self.reminders(waiting[:top] + fresh[:top], at)}
        except Exception:
            gate.forget(fresh)  # not told after all: tell them next time
            raise
        return Check(ReminderSnapshot(at, waiting, tuple(details[i] for i in waiting[:top] if i in details),
                                      len(items) - len(waiting), paused_until),
                     FellDue(fresh, tuple(details[i] for i in fresh[:top] if i in details)) if fresh else None)

    def due(self, at: datetime | None = None, within: timedelta = timedelta(0)) -> list[Reminder]:
        """Reminders due by `at` + `within`, with their details, most overdue first."""
        at = at or self._clock()
        return self._reminders("c.due_at IS NOT NULL AND c.due_at <= ?", [to_db_time(at + within)], at)

    def reminders(self, case_ids: Iterable[int], at: datetime | None = None) -> list[Reminder]:
        """The details of these cases' reminders (those still waiting), most overdue first."""
        ids = list(dict.fromkeys(case_ids))
        if not ids:
            return []
        return self._reminders(f"c.due_at IS NOT NULL AND c.id IN ({','.join('?' * len(ids))})", ids,
                               at or self._clock())

    def _reminders(self, where: str, params: list, at: datetime) -> list[Reminder]:
        with self._connect() as conn:
            targets = load_targets(conn)
            rows = conn.execute(
                "SELECT c.id, c.state, c.channel, c.received_at, c.resolved_at, c.due_at, c.snoozed_until,"
                f" p.name, substr(c.text, 1, {SNIPPET_CHARS}),"
                " (SELECT max(e.at) FROM case_event e WHERE e.case_id = c.id AND e.kind != ?)"
                " FROM complaint_case c JOIN person p ON p.id = c.person_id"
                f" WHERE c.state IN ({_MARKS}) AND {where} ORDER BY c.due_at, c.id",
                [EventKind.SNOOZE, *_WAITING_STATES, *params]).fetchall()
        reminders = []
        for case_id, state, channel, received, resolved, due, snoozed, person, snippet, last in rows:
            kind = reminder_kind(state)
            due_at = from_db_time(due)
            since = _clock_start(kind, received, resolved, last)
            overdue_by = targets.hours.open_between(due_at, at) if due_at < at else timedelta(0)
            if due_at < at and overdue_by == timedelta(0):
                overdue_by = timedelta(seconds=1)  # fell due after closing: overdue all the same
            reminders.append(Reminder(case_id, kind, due_at, overdue_by, state, channel, person,
                                      snippet or "", since, targets.span(kind, channel),
                                      from_db_time(snoozed)))
        # the earlier a reminder fell due, the more opening time it is overdue by
        return reminders

    # -- recording -----------------------------------------------------------------------
    def snooze_until(self, choice: str, at: datetime | None = None) -> datetime:
        at = at or self._clock()
        if choice == SnoozeChoice.QUARTER_HOUR:
            return at + timedelta(minutes=15)
        if choice == SnoozeChoice.HOUR:
            return at + timedelta(hours=1)
        if choice == SnoozeChoice.NEXT_OPENING:
            return self.targets().hours.next_opening(at)
        raise InvalidInput("snooze", f"unknown choice {choice!r}")

    def snooze(self, case_ids: Iterable[int], choice: str, actor: str) -> datetime:
        """Quiet the reminders of these cases until the chosen time; logged on each case."""
        now = self._clock()
        until = self.snooze_until(choice, now)
        ids = list(dict.fromkeys(case_ids))
        with self._connect() as conn:
            conn.execute("BEGIN IMMEDIATE")
            for case_id in ids:
                row = conn.execute("SELECT state FROM complaint_case WHERE id = ?", (case_id,)).fetchone()
                if row is None:
                    raise NotFound("case", case_id)
                kind = reminder_kind(row[0])
                if kind is None:
                    continue  # answered and closed meanwhile: nothing to quiet
                conn.execute("UPDATE complaint_case SET snoozed_until = ? WHERE id = ?",
                             (to_db_time(until), case_id))
                conn.execute("INSERT INTO case_event (case_id, at, kind, actor, text, until)"
                             " VALUES (?, ?, ?, ?, ?, ?)",
                             (case_id, to_db_time(now), EventKind.SNOOZE, actor, kind, to_db_time(until)))
            conn.commit()
        return until

    def done(self, case_id: int, actor: str, expected: str | None = None) -> str:
        """The owner did what the reminder asked; returns the kind it cleared.

        A first reply given elsewhere acknowledges the case; an update given elsewhere starts
        the update clock again; a follow-up moves the case to followed up. With `expected` (the
        kind the owner was shown), a reminder that has changed meanwhile is left alone.
        """
        from desktop.cases.repository import CaseRepository

        with self._connect() as conn:
            row = conn.execute("SELECT state FROM complaint_case WHERE id = ?", (case_id,)).fetchone()
        if row is None:
            raise NotFound("case", case_id)
        kind = reminder_kind(row[0])
        if kind is None:
            raise InvalidInput("reminder", "this case is not waiting for anything")
        if expected is not None and kind != expected:
            raise InvalidInput("reminder", "this reminder changed meanwhile; look at the case again")
        repository = CaseRepository(self._db, clock=self._clock)
        if kind == ReminderKind.FIRST_RESPONSE:
            repository.apply_action(case_id, Action.ACKNOWLEDGE, actor)
        elif kind == ReminderKind.FOLLOW_UP:
            repository.apply_action(case_id, Action.FOLLOW_UP, actor)
        repository.record_done(case_id, kind, actor)
        return kind


class NotificationGate:
    """Which reminders need a notification now: each once when it falls due, again after its
    snooze runs out; none while paused. A clock that jumps back never brings a flood."""

    def __init__(self):
        self._told: dict[int, tuple] = {}
        self._latest: datetime | None = None

    def forget(self, case_ids: Iterable[int]) -> None:
        """These were not told after all (the check failed): they count as fresh again."""
        for case_id in case_ids:
            self._told.pop(case_id, None)

    @staticmethod
    def _key(reminder) -> tuple:
        return reminder.kind, reminder.due_at, reminder.snoozed_until

    def fresh(self, reminders: list, now: datetime, paused: bool = False) -> list:
        """Of these due reminders (DueItem or Reminder), the ones to tell the owner about now."""
        forward = self._latest is None or now >= self._latest
        self._latest = max(self._latest or now, now)
        current = {r.case_id: r for r in reminders}
        if forward:  # forget what is answered; never while the clock stands behind its best
            for case_id in [c for c in self._told if c not in current]:
                del self._told[case_id]
        if paused:
            return []
        found = []
        for reminder in reminders:
            if reminder.due_at > now or reminder.snoozed(now):
                continue
            key = self._key(reminder)
            if self._told.get(reminder.case_id) != key:
                self._told[reminder.case_id] = key
                found.append(reminder)
        return found

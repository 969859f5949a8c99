"""Comments arriving from a platform: stored once per (platform, id), threaded under their
parents, and filed into cases. Plain sqlite3 in one transaction per page, for speed.

The comments given to `store` need the attributes of desktop.platforms.RemoteComment
(the case log does not import the platforms; any object of that shape will do).
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from typing import Callable, Iterable, NamedTuple

from desktop.cases.db import Database
from desktop.cases.deadlines import Targets, due_after
from desktop.cases.queries import from_db_time, to_db_time
from desktop.cases.reminders import load_targets
from desktop.cases.vocab import EventKind, OPEN_STATES, State

__all__ = ["InboundStore", "Stored", "Filing", "NewComment", "SYNC_ACTOR"]

SYNC_ACTOR = "sync"
_UNKNOWN_AUTHOR = {"facebook": "Facebook user", "instagram": "Instagram user", "x": "X user"}
_HISTORY = 50


class Stored(NamedTuple):
    new: list[int]           # ids of customers' comments seen for the first time
    updated: int             # comments whose text, hidden flag or deletion changed
    owner_replies: list[int]  # the page's own new comments (replies given outside Balas, or ours)


class NewComment(NamedTuple):
    """A customer's new comment, with what triage needs to read it."""

    comment_id: int
    text: str
    manual_type: str | None
    history: list[tuple[str, float]]  # (earlier text, days before), newest first


class Filing(NamedTuple):
    """What triage made of a new comment, to be filed by `file_comments`."""

    comment_id: int
    complaint: bool
    complainant_type: str
    type_reasons: list
    language: str | None
    abusive_terms: list[str]
    touchpoint: str | None


class InboundStore:
    def __init__(self, database: Database, clock: Callable[[], datetime]):
        self._db = database
        self._clock = clock

    # -- comments ---------------------------------------------------------------------
    def store(self, account_id: int, platform: str, comments: Iterable) -> Stored:
        """Upsert a page of comments; a re-run of the same page adds and changes nothing."""
        now = to_db_time(self._clock())
        new, updated, owner = [], 0, []
        with self._db.connect() as conn:
            conn.execute("BEGIN IMMEDIATE")
            for c in comments:
                row = conn.execute("SELECT id, text, hidden, deleted, erased FROM comment"
                                   " WHERE platform = ? AND external_id = ?",
                                   (platform, c.external_id)).fetchone()
                parent = _comment_id(conn, platform, c.parent_id)
                if row is not None:
                    hidden = row[2] if c.hidden is None else int(c.hidden)
                    # an erased comment stays empty: the platform's copy never comes back
                    if not row[4] and (c.text, hidden, 0) != (row[1], row[2], row[3]):
                        conn.execute("UPDATE comment SET text = ?, hidden = ?, deleted = 0, fetched_at = ?"
                                     " WHERE id = ?", (c.text, hidden, now, row[0]))
                        updated += 1
                    if parent is not None:
                        conn.execute("UPDATE comment SET parent_id = ? WHERE id = ? AND parent_id IS NULL",
                                     (parent, row[0]))
                    continue
                person = None if c.by_owner else _person(conn, platform, c.author_id, c.author_name, now)
                # the page's answer to an erased comment is erased with it
                erased = bool(c.by_owner and parent is not None and conn.execute(
                    "SELECT erased FROM comment WHERE id = ?", (parent,)).fetchone()[0])
                cursor = conn.execute(
                    "INSERT INTO comment (platform, external_id, account_id, post_external_id, parent_id,"
                    " parent_external_id, person_id, text, created_at, by_page, hidden, deleted, fetched_at,"
                    " erased) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)",
                    (platform, c.external_id, account_id, c.post_id, parent, c.parent_id, person,
                     "" if erased else c.text, to_db_time(c.created_at), int(c.by_owner), int(bool(c.hidden)),
                     now, int(erased)))
                # Replies that arrived before this comment now find their parent.
                conn.execute("UPDATE comment SET parent_id = ? WHERE platform = ? AND parent_external_id = ?"
                             " AND parent_id IS NULL AND parent_external_id IS NOT NULL",
                             (cursor.lastrowid, platform, c.external_id))
                (owner if c.by_owner else new).append(cursor.lastrowid)
            conn.commit()
        return Stored(new, updated, owner)

    def mark_deleted(self, platform: str, post_id: str, window_start: datetime | None,
                     listed_ids: frozenset[str]) -> int:
        """Comments of a post that a complete listing no longer shows were deleted."""
        sql = ("SELECT id, external_id FROM comment WHERE platform = ? AND post_external_id = ?"
               " AND deleted = 0")
        args: list = [platform, post_id]
        if window_start is not None:
            sql += " AND created_at >= ?"
            args.append(to_db_time(window_start))
        with self._db.connect() as conn:
            gone = [row[0] for row in conn.execute(sql, args) if row[1] not in listed_ids]
            if gone:
                conn.execute("BEGIN IMMEDIATE")
                conn.executemany("UPDATE comment SET deleted = 1 WHERE id = ?", [(i,) for i in gone])
                conn.commit()
        return len(gone)

    # -- cases ------------------------------------------------------------------------
    def new_comments(self, comment_ids: list[int]) -> list[NewComment]:
        """The new comments with the author's history before each, for triage."""
        found = []
        with self._db.connect() as conn:
            for comment_id in comment_ids:
                row = conn.execute(
                    "SELECT c.text, c.person_id, p.manual_type, c.created_at"
                    " FROM comment c JOIN person p ON p.id = c.person_id WHERE c.id = ?",
                    (comment_id,)).fetchone()
                if row is None:
                    continue
                text, person_id, manual_type, created = row
                history = conn.execute(
                    "SELECT text, julianday(?) - julianday(at) FROM ("
                    "  SELECT text, created_at AS at FROM comment WHERE person_id = ? AND id != ?"
                    "   AND created_at <= ?"
                    "  UNION ALL"
                    "  SELECT text, received_at FROM complaint_case WHERE person_id = ? AND received_at < ?"
                    "   AND id NOT IN (SELECT case_id FROM comment WHERE case_id IS NOT NULL AND person_id = ?)"
                    ") ORDER BY at DESC LIMIT ?",
                    (created, person_id, comment_id, created, person_id, created, person_id,
                     _HISTORY)).fetchall()
                found.append(NewComment(comment_id, text, manual_type,
                                        [(t, max(0.0, d)) for t, d in history]))
        return found

    def file_comments(self, filings: list[Filing], channel_of: str) -> tuple[list[int], list[int]]:
        """A complaint opens a case or joins the person's open one; a reply in a case's thread
        joins that case. Returns (cases opened, cases that got a new comment)."""
        at = self._clock()
        opened, extended = [], []
        with self._db.connect() as conn:
            conn.execute("BEGIN IMMEDIATE")
            targets = load_targets(conn)
            for f in filings:
                row = conn.execute("SELECT person_id, text, created_at, parent_id, case_id FROM comment"
                                   " WHERE id = ?", (f.comment_id,)).fetchone()
                if row is None or row[4] is not None:
                    continue  # gone, or filed already (a page read twice)
                person_id, text, created, parent, _ = row
                case_id = _thread_case(conn, parent) or (
                    _open_case(conn, person_id, channel_of) if f.complaint else None)
                if case_id is not None:
                    conn.execute("UPDATE comment SET case_id = ? WHERE id = ?", (case_id, f.comment_id))
                    conn.execute("UPDATE complaint_case SET updated_at = ? WHERE id = ?", (to_db_time(at), case_id))
                    conn.execute("INSERT INTO case_event (case_id, at, kind, actor, text) VALUES (?, ?, ?, ?, ?)",
                                 (case_id, to_db_time(at), EventKind.COMMENT, SYNC_ACTOR, text))
                    extended.append(case_id)
                    continue
                if not f.complaint:
                    continue
                received = from_db_time(created)
                manual = conn.execute("SELECT manual_type FROM person WHERE id = ?", (person_id,)).fetchone()[0]
                touchpoint = f.touchpoint if f.touchpoint and _touchpoint_ok(conn, f.touchpoint) else "other"
                cursor = conn.execute(
                    "INSERT INTO complaint_case (person_id, channel, touchpoint, text, received_at, state,"
                    " complainant_type, type_reasons, language, abusive_terms, due_at, updated_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (person_id, channel_of, touchpoint, text, created, State.NEW,
                     manual or f.complainant_type, json.dumps(f.type_reasons, ensure_ascii=False),
                     f.language, json.dumps(f.abusive_terms, ensure_ascii=False) if f.abusive_terms else None,
                     to_db_time(due_after(State.NEW, channel_of, received, received, targets)), to_db_time(at)))
                case_id = cursor.lastrowid
                conn.execute("INSERT INTO case_event (case_id, at, kind, actor, to_state) VALUES (?, ?, ?, ?, ?)",
                             (case_id, to_db_time(at), EventKind.CREATED, SYNC_ACTOR, State.NEW))
                conn.execute("UPDATE comment SET case_id = ? WHERE id = ?", (case_id, f.comment_id))
                opened.append(case_id)
                answered = conn.execute(
                    "SELECT id FROM comment WHERE by_page = 1 AND (parent_id = ? OR (parent_id = ?"
                    " AND created_at > ?)) ORDER BY created_at LIMIT 1",
                    (f.comment_id, parent if parent is not None else -1, created)).fetchone()
                if answered is not None:
                    _owner_replied(conn, case_id, answered[0], at, targets)
            conn.commit()
        return opened, extended

    def note_owner_replies(self, comment_ids: list[int]) -> list[int]:
        """The page answered in a case's thread (from its phone, say): the case is answered.
        Replies Balas itself sent are on the case already. Returns the cases touched."""
        at = self._clock()
        touched = []
        with self._db.connect() as conn:
            conn.execute("BEGIN IMMEDIATE")
            targets = load_targets(conn)
            for comment_id in comment_ids:
                row = conn.execute("SELECT parent_id, external_id FROM comment WHERE id = ?",
                                   (comment_id,)).fetchone()
                if row is None:
                    continue
                ours = conn.execute("SELECT case_id FROM outbox_reply WHERE platform_id = ?"
                                    " AND action = 'reply'", (row[1],)).fetchone()
                case_id = ours[0] if ours else _thread_case(conn, row[0])
                if case_id is None:
                    continue
                conn.execute("UPDATE comment SET case_id = ? WHERE id = ?", (case_id, comment_id))
                if ours is None:
                    _owner_replied(conn, case_id, comment_id, at, targets)
                    touched.append(case_id)
            conn.commit()
        return touched


def _owner_replied(conn: sqlite3.Connection, case_id: int, comment_id: int, at: datetime,
                   targets: Targets) -> None:
    """Log a reply the page gave on the platform itself; a new case counts as answered."""
    text, created, erased = conn.execute("SELECT text, created_at, erased FROM comment WHERE id = ?",
                                         (comment_id,)).fetchone()
    state, channel, received, first = conn.execute(
        "SELECT state, channel, received_at, first_response_at FROM complaint_case WHERE id = ?",
        (case_id,)).fetchone()
    conn.execute("INSERT INTO case_event (case_id, at, kind, actor, text) VALUES (?, ?, ?, ?, ?)",
                 (case_id, created, EventKind.REPLY, SYNC_ACTOR, None if erased else text))
    if state == State.NEW:
        replied = from_db_time(created)
        due = due_after(State.ACKNOWLEDGED, channel, from_db_time(received), max(replied, at), targets)
        conn.execute("UPDATE complaint_case SET state = ?, first_response_at = ?, due_at = ?, snoozed_until = NULL,"
                     " updated_at = ? WHERE id = ?",
                     (State.ACKNOWLEDGED, created, to_db_time(due), to_db_time(at), case_id))
        conn.execute("INSERT INTO case_event (case_id, at, kind, actor, from_state, to_state)"
                     " VALUES (?, ?, ?, ?, ?, ?)", (case_id, created, EventKind.STATE, SYNC_ACTOR,
                                                    State.NEW, State.ACKNOWLEDGED))
    elif first is None:
        conn.execute("UPDATE complaint_case SET first_response_at = ? WHERE id = ?", (created, case_id))


def _comment_id(conn: sqlite3.Connection, platform: str, external_id: str | None) -> int | None:
    if not external_id:
        return None
    row = conn.execute("SELECT id FROM comment WHERE platform = ? AND external_id = ?",
                       (platform, external_id)).fetchone()
    return row[0] if row else None


def _person(conn: sqlite3.Connection, platform: str, author_id: str | None, name: str, now: str) -> int:
    """The commenter's person row, made on first sight; a changed display name is followed."""
    name = " ".join((name or "").split())[:200] or _UNKNOWN_AUTHOR.get(platform, "?")
    if author_id:
        row = conn.execute("SELECT id, name FROM person WHERE platform = ? AND external_id = ?",
                           (platform, author_id)).fetchone()
        if row is not None:
            if name != row[1] and name != _UNKNOWN_AUTHOR.get(platform):
                conn.execute("UPDATE person SET name = ? WHERE id = ?", (name, row[0]))
            return row[0]
    # Without an id (Facebook hides it without pages_read_user_content) each comment is its own person.
    return conn.execute("INSERT INTO person (platform, external_id, name, created_at) VALUES (?, ?, ?, ?)",
                        (platform, author_id, name, now)).lastrowid


def _thread_case(conn: sqlite3.Connection, parent_id: int | None) -> int | None:
    """The open case the comment's thread belongs to (its parent's, or its parent's parent's)."""
    open_states = tuple(s.value for s in OPEN_STATES)
    for _ in range(2):  # threads are at most two levels deep on every platform we read
        if parent_id is None:
            return None
        row = conn.execute("SELECT c.case_id, c.parent_id, k.state FROM comment c"
                           " LEFT JOIN complaint_case k ON k.id = c.case_id WHERE c.id = ?",
                           (parent_id,)).fetchone()
        if row is None:
            return None
        if row[0] is not None:
            return row[0] if row[2] in open_states else None
        parent_id = row[1]
    return None


def _open_case(conn: sqlite3.Connection, person_id: int, channel: str) -> int | None:
    marks = ",".join("?" * len(OPEN_STATES))
    row = conn.execute(f"SELECT id FROM complaint_case WHERE person_id = ? AND channel = ?"
                       f" AND state IN ({marks}) ORDER BY received_at DESC LIMIT 1",
                       (person_id, channel, *(s.value for s in OPEN_STATES))).fetchone()
    return row[0] if row else None


def _touchpoint_ok(conn: sqlite3.Connection, key: str) -> bool:
    row = conn.execute("SELECT archived FROM touchpoint WHERE key = ?", (key,)).fetchone()
    return row is not None and not row[0]

"""One person's data (Malaysia's PDPA, Indonesia's UU PDP): everything held about them, out
as JSON or CSV, and erased on request.

Erasing keeps the cases as anonymous counts for the reports (channel, touchpoint, type,
state and times) and removes the rest: the person's name, contact and platform id, the text
of their comments and cases and of everything written on those cases (notes, replies, the
page's answers to them), what they wrote on other customers' cases, the search index
entries, and replies still waiting in the outbox (one being sent that moment goes out).
Their comments, and later page answers to them, stay as empty markers so a sync does not
bring the text back. Freed pages are overwritten (secure delete), the file is compacted and
its write-ahead log emptied; when other readers hold that up, it is finished at the next
start. Backups made before the erase still hold the data until they rotate out.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from typing import Iterator, NamedTuple

from desktop.cases.db import COMPACT_OWED_KEY, compact
from desktop.cases.errors import InvalidInput, NotFound
from desktop.cases.queries import from_db_time, to_db_time
from desktop.cases.vocab import EventKind, OutboxAction, OutboxState

__all__ = ["find_person", "export_person", "person_csv_rows", "erase_person", "Erased", "PERSON_CSV_COLUMNS"]

PERSON_CSV_COLUMNS = ("record", "id", "case_id", "at", "channel_or_platform", "kind", "state", "text")
_EVENT_TRIGGER = "case_event_append_only"
# Their comments, and the page's answers to them (in their threads or on their cases);
# other customers' comments on the same cases are those customers' own.
_THEIRS = ("person_id = ? OR (by_page = 1 AND (parent_id IN (SELECT id FROM comment WHERE person_id = ?)"
           " OR case_id IN ({marks})))")


def find_person(conn: sqlite3.Connection, name_or_id: str) -> int:
    """A person by id ("17") or by their exact name (any letter case); refuses a name that
    several people share, listing their ids."""
    text = (name_or_id or "").strip()
    if not text:
        raise InvalidInput("person", "give a name or an id")
    if text.isdigit():
        row = conn.execute("SELECT id FROM person WHERE id = ?", (int(text),)).fetchone()
        if row is not None:
            return row[0]
    ids = [row[0] for row in conn.execute(
        "SELECT id FROM person WHERE name = ? COLLATE NOCASE AND erased_at IS NULL ORDER BY id", (text,))]
    if not ids:
        raise NotFound("person", text)
    if len(ids) > 1:
        raise InvalidInput("person", f"{len(ids)} people are called {text!r} (ids "
                                     f"{', '.join(map(str, ids))}); give the id")
    return ids[0]


def _iso(text: str | None) -> str | None:
    moment = from_db_time(text)
    return moment.isoformat() if moment else None


def export_person(conn: sqlite3.Connection, person_id: int) -> dict:
    """Everything the case log holds about one person, as plain JSON-ready data."""
    person = conn.execute(
        "SELECT id, name, platform, external_id, profile_url, contact, manual_type, created_at, erased_at"
        " FROM person WHERE id = ?", (person_id,)).fetchone()
    if person is None:
        raise NotFound("person", person_id)
    case_ids = [row[0] for row in conn.execute(
        "SELECT id FROM complaint_case WHERE person_id = ? ORDER BY received_at", (person_id,))]
    marks = ",".join("?" * len(case_ids))
    cases = [{"id": r[0], "received_at": _iso(r[1]), "channel": r[2], "touchpoint": r[3], "state": r[4],
              "complainant_type": r[5], "language": r[6], "text": r[7], "ignore_reason": r[8],
              "first_reply_at": _iso(r[9]), "resolved_at": _iso(r[10]), "closed_at": _iso(r[11])}
             for r in conn.execute(
                 "SELECT id, received_at, channel, touchpoint, state, complainant_type, language, text,"
                 " ignore_reason, first_response_at, resolved_at, closed_at FROM complaint_case"
                 " WHERE person_id = ? ORDER BY received_at", (person_id,))]
    events = [{"id": r[0], "case_id": r[1], "at": _iso(r[2]), "kind": r[3], "by": r[4], "from": r[5],
               "to": r[6], "text": r[7]}
              for r in conn.execute(
                  "SELECT id, case_id, at, kind, actor, from_state, to_state, text FROM case_event"
                  f" WHERE case_id IN ({marks}) ORDER BY at, id", case_ids)]
    comments = [{"id": r[0], "platform": r[1], "platform_id": r[2], "case_id": r[3], "created_at": _iso(r[4]),
                 "by_page": bool(r[5]), "hidden": bool(r[6]), "deleted": bool(r[7]), "text": r[8]}
                for r in conn.execute(
                    "SELECT id, platform, external_id, case_id, created_at, by_page, hidden, deleted, text"
                    f" FROM comment WHERE {_THEIRS.format(marks=marks)} ORDER BY created_at, id",
                    (person_id, person_id, *case_ids))]
    replies = [{"id": r[0], "case_id": r[1], "action": r[2], "state": r[3], "created_at": _iso(r[4]), "text": r[5]}
               for r in conn.execute(
                   "SELECT id, case_id, action, state, created_at, text FROM outbox_reply"
                   f" WHERE case_id IN ({marks}) ORDER BY created_at, id", case_ids)]
    return {
        "person": {"id": person[0], "name": person[1], "platform": person[2], "platform_id": person[3],
                   "profile_url": person[4], "contact": person[5], "type_set_by_owner": person[6],
                   "first_seen": _iso(person[7]), "erased_at": _iso(person[8])},
        "cases": cases, "events": events, "comments": comments, "outbox": replies,
    }


def person_csv_rows(data: dict) -> Iterator[list]:
    """An export as one table: the person, then their cases, comments, events and replies."""
    p = data["person"]
    yield ["person", p["id"], "", p["first_seen"], p["platform"], p["platform_id"] or "", "",
           " · ".join(str(v) for v in (p["name"], p["contact"], p["profile_url"]) if v)]
    for c in data["cases"]:
        yield ["case", c["id"], c["id"], c["received_at"], c["channel"], c["touchpoint"], c["state"], c["text"]]
    for c in data["comments"]:
        yield ["comment", c["id"], c["case_id"] or "", c["created_at"], c["platform"],
               "page reply" if c["by_page"] else "comment", "deleted" if c["deleted"] else "", c["text"]]
    for e in data["events"]:
        yield ["event", e["id"], e["case_id"], e["at"], e["by"], e["kind"], e["to"] or "", e["text"] or ""]
    for r in data["outbox"]:
        yield ["outbox", r["id"], r["case_id"], r["created_at"], "", r["action"], r["state"], r["text"] or ""]


class Erased(NamedTuple):
    person_id: int
    cases: int
    comments: int
    events: int
    outbox_cancelled: int
    compacted: bool  # False: readers held the file clean-up up; it is finished at the next start


def erase_person(conn: sqlite3.Connection, person_id: int, now: datetime) -> Erased:
    """Erase one person (see the module's notes) in one transaction, all of it or none; then
    clean the file (the connection must not be in a transaction)."""
    conn.execute("PRAGMA secure_delete = ON")  # freed space is overwritten, not left readable
    conn.execute("BEGIN IMMEDIATE")
    try:
        if conn.execute("SELECT 1 FROM person WHERE id = ?", (person_id,)).fetchone() is None:
            raise NotFound("person", person_id)
        case_ids = [row[0] for row in conn.execute("SELECT id FROM complaint_case WHERE person_id = ?", (person_id,))]
        marks = ",".join("?" * len(case_ids))
        theirs = _THEIRS.format(marks=marks)
        said = [row[0] for row in conn.execute(
            f"SELECT DISTINCT text FROM comment WHERE ({theirs}) AND text != ''", (person_id, person_id, *case_ids))]
        threads = [row[0] for row in conn.execute(
            "SELECT DISTINCT case_id FROM comment WHERE person_id = ? AND case_id IS NOT NULL", (person_id,))]
        comments = conn.execute(f"UPDATE comment SET text = '', erased = 1 WHERE {theirs}",
                                (person_id, person_id, *case_ids)).rowcount
        # the case events are append-only; this is the one change made to them, in this transaction
        trigger = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                               (_EVENT_TRIGGER,)).fetchone()
        conn.execute(f"DROP TRIGGER IF EXISTS {_EVENT_TRIGGER}")
        events = conn.execute(f"UPDATE case_event SET text = NULL WHERE case_id IN ({marks}) AND text IS NOT NULL",
                              case_ids).rowcount
        # what they wrote in someone else's thread sits on that case's timeline too (only there:
        # another customer's "Sama!" elsewhere is theirs)
        events += conn.execute(
            "UPDATE case_event SET text = NULL WHERE case_id IN (SELECT value FROM json_each(?))"
            " AND kind IN (?, ?) AND text IN (SELECT value FROM json_each(?))",
            (json.dumps(threads), EventKind.COMMENT, EventKind.REPLY, json.dumps(said))).rowcount
        if trigger is not None:
            conn.execute(trigger[0])
        # replies still waiting are cancelled (one being sent right now goes out; a hide still hides)
        cancelled = conn.execute(
            f"DELETE FROM outbox_reply WHERE case_id IN ({marks}) AND action = ? AND state IN (?, ?)",
            (*case_ids, OutboxAction.REPLY, OutboxState.QUEUED, OutboxState.FAILED)).rowcount
        conn.execute(f"UPDATE outbox_reply SET text = NULL, last_error = NULL WHERE case_id IN ({marks})"
                     " AND state != ?", (*case_ids, OutboxState.SENDING))
        conn.execute(
            "UPDATE complaint_case SET text = '', type_reasons = NULL, abusive_terms = NULL, ignore_reason = NULL,"
            f" assignee = NULL WHERE id IN ({marks})", case_ids)
        conn.execute(
            "UPDATE person SET name = '', external_id = NULL, profile_url = NULL, contact = NULL,"
            " manual_type = NULL, erased_at = ? WHERE id = ?", (to_db_time(now), person_id))
        for index in ("case_fts", "comment_fts"):  # merge the index so no old segment keeps the words
            conn.execute(f"INSERT INTO {index}({index}) VALUES ('optimize')")
        conn.execute("INSERT INTO app_setting (key, value) VALUES (?, '1')"
                     " ON CONFLICT(key) DO UPDATE SET value = excluded.value", (COMPACT_OWED_KEY,))
        conn.commit()
    except BaseException:
        conn.rollback()
        raise
    return Erased(person_id, len(case_ids), comments, events, cancelled, compact(conn))

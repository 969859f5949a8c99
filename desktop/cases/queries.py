"""The case log's read side, on plain sqlite3: inbox ids, row snapshots, search, case details.

Kept free of SQLAlchemy so the inbox paints before the ORM has even been imported; rows are
NamedTuples (immutable snapshots, and ten times cheaper to define at start-up than dataclasses).
Every function takes an open sqlite3 connection; the caller owns it (one per thread).
"""

from __future__ import annotations

import json
import sqlite3
from array import array
from bisect import bisect_left
from operator import itemgetter
from typing import NamedTuple
from datetime import datetime, timezone

from desktop.cases.states import available_actions
from desktop.cases.vocab import OPEN_STATES, State

__all__ = ["CaseFilter", "CaseRow", "CaseDetail", "PersonRow", "CommentRow", "EventRow",
           "TouchpointRow", "Summary", "TriageInput", "triage_input", "reply_target", "OrderedIds", "find_case_ids", "search_hits", "load_rows", "case_detail",
           "find_people", "touchpoints", "summary", "to_db_time", "from_db_time", "SNIPPET_CHARS"]

SNIPPET_CHARS = 240
_DB_TIME = "%Y-%m-%d %H:%M:%S.%f"
_CLOSED = (State.CLOSED.value, State.IGNORED.value)


def to_db_time(moment: datetime) -> str:
    """The stored form of an aware time (naive UTC text, as SQLAlchemy writes it)."""
    return moment.astimezone(timezone.utc).strftime(_DB_TIME)


def from_db_time(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text).replace(tzinfo=timezone.utc)


class CaseFilter(NamedTuple):
    """What the inbox shows. `states` None = every state; `open_only` = not closed/ignored."""

    states: tuple[str, ...] | None = tuple(s.value for s in OPEN_STATES)
    channel: str | None = None
    complainant_type: str | None = None
    overdue_only: bool = False
    search: str = ""
    case_ids: tuple[int, ...] | None = None  # only these (the cases behind a report figure, a pattern)


class CaseRow(NamedTuple):
    id: int
    person_name: str
    channel: str
    touchpoint: str
    state: str
    complainant_type: str | None
    snippet: str
    received_at: datetime
    due_at: datetime | None
    abusive: bool = False

    def overdue(self, now: datetime) -> bool:
        return self.due_at is not None and self.due_at < now and self.state not in _CLOSED


class PersonRow(NamedTuple):
    id: int
    name: str
    platform: str
    contact: str | None
    manual_type: str | None
    case_count: int = 0


class CommentRow(NamedTuple):
    id: int
    platform: str
    text: str
    created_at: datetime
    by_page: bool
    hidden: bool
    deleted: bool
    case_id: int | None
    parent_id: int | None


class EventRow(NamedTuple):
    id: int
    at: datetime
    kind: str
    actor: str
    from_state: str | None
    to_state: str | None
    text: str | None
    until: datetime | None = None  # a snooze's end


class TouchpointRow(NamedTuple):
    key: str
    name: str | None
    builtin: bool
    archived: bool


class CaseDetail(NamedTuple):
    id: int
    text: str
    channel: str
    touchpoint: str
    state: str
    complainant_type: str | None
    type_reasons: list          # [[code, count, quote, days], …] as triage stored them
    language: str | None
    abusive_terms: list[str]
    ignore_reason: str | None
    received_at: datetime
    due_at: datetime | None
    first_response_at: datetime | None
    person: PersonRow
    comments: list[CommentRow]
    events: list[EventRow]
    earlier_comments: list[CommentRow]
    other_cases: list[CaseRow]

    @property
    def actions(self):
        return available_actions(self.state)

    def to_json(self) -> dict:
        """Plain JSON-ready form (for the command line)."""
        return {
            "id": self.id, "state": self.state, "channel": self.channel,
            "touchpoint": self.touchpoint, "complainant_type": self.complainant_type,
            "language": self.language, "abusive_terms": self.abusive_terms, "text": self.text,
            "received_at": self.received_at.isoformat(),
            "due_at": self.due_at.isoformat() if self.due_at else None,
            "person": {"id": self.person.id, "name": self.person.name,
                       "platform": self.person.platform},
            "events": [{"at": e.at.isoformat(), "kind": e.kind, "actor": e.actor,
                        "from": e.from_state, "to": e.to_state, "text": e.text,
                        "until": e.until.isoformat() if e.until else None}
                       for e in self.events],
        }


class Summary(NamedTuple):
    open: int
    overdue: int
    new: int


def _fts_query(words: list[str]) -> str:
    """Each word as a quoted FTS5 string, all required (trigram: substring match)."""
    return " AND ".join('"' + w.replace('"', '""') + '"' for w in words)


def _like(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _where(f: CaseFilter, now: datetime) -> tuple[list[str], list]:
    clauses, params = ["c.received_at > ''"], []  # lets the planner walk ix_case_inbox in order
    if f.states is not None:
        # '+' keeps the planner on the covering inbox index instead of a sort by state.
        clauses.append(f"+c.state IN ({','.join('?' * len(f.states))})")
        params += list(f.states)
    if f.channel:
        clauses.append("+c.channel = ?")
        params.append(f.channel)
    if f.complainant_type:
        clauses.append("+c.complainant_type = ?")
        params.append(f.complainant_type)
    if f.overdue_only:
        clauses.append("+c.due_at < ? AND +c.state NOT IN (?, ?)")
        params += [to_db_time(now), *_CLOSED]
    if f.case_ids is not None:
        clauses.append("c.id IN (SELECT value FROM json_each(?))")  # one parameter, however many
        params.append(json.dumps(list(f.case_ids)))
    return clauses, params


def find_case_ids(conn: sqlite3.Connection, f: CaseFilter, now: datetime,
                  limit: int | None = None) -> list[int]:
    """Ids of the cases the filter selects, newest first (search included)."""
    clauses, params = _where(f, now)
    sql = ("SELECT c.id FROM complaint_case c WHERE " + " AND ".join(clauses)
           + " ORDER BY c.received_at DESC")
    if limit is not None and not f.search.split():
        sql += f" LIMIT {int(limit)}"
    ids = [row[0] for row in conn.execute(sql, params)]
    hits = search_hits(conn, f.search)
    return ids if hits is None else OrderedIds(ids).narrow(hits)


def search_hits(conn: sqlite3.Connection, text: str) -> list[int] | set[int] | None:
    """Ids of cases whose text or person's name holds every word, each once; None for an empty
    search.

    Words of three letters or more go through the trigram index (substring match, any case);
    shorter ones, which trigram cannot index, match people's names only.
    """
    # Lone punctuation ("*", "-") would only confuse the owner's search: drop it.
    words = [w for w in text.split() if len(w) >= 3 or any(ch.isalnum() for ch in w)]
    if not words:
        return None
    long_words = [w for w in words if len(w) >= 3]
    short_words = [w for w in words if len(w) < 3]
    if long_words:
        # Short words ride along as name filters on the rows the index found.
        sql = "SELECT rowid FROM case_fts WHERE case_fts MATCH ?" + \
            " AND who LIKE ? ESCAPE '\\'" * len(short_words)
        # A list, not a set: the rowids are unique, and narrow() needs a set only for many hits.
        return list(map(itemgetter(0), conn.execute(sql, [_fts_query(long_words), *map(_like, short_words)])))
    hits: set[int] | None = None
    for word in short_words:
        found = {r[0] for r in conn.execute(
            "SELECT c.id FROM complaint_case c WHERE c.person_id IN"
            " (SELECT id FROM person WHERE name LIKE ? ESCAPE '\\')", (_like(word),))}
        hits = found if hits is None else hits & found
    return hits


class OrderedIds:
    """An ordered id list that search results are narrowed against, keeping its order."""

    def __init__(self, ids: list[int]):
        self.ids = ids
        self._position: array | dict[int, int] | None = None

    def narrow(self, hits: list[int] | set[int]) -> list[int]:
        """The ids of `hits` (each given once) that are in this list, in its order."""
        # Both branches loop in C; sorting the hits wins until they are a third of the list.
        if len(hits) * 3 > len(self.ids):
            wanted = hits if isinstance(hits, set) else set(hits)
            return list(filter(wanted.__contains__, self.ids))
        position = self._positions()
        if isinstance(position, dict):
            return sorted(filter(position.__contains__, hits), key=position.__getitem__)
        found = sorted(map(position.__getitem__, filter(range(len(position)).__contains__, hits)))
        return list(map(self.ids.__getitem__, found[bisect_left(found, 0):]))  # -1: not in the list

    def _positions(self) -> array | dict[int, int]:
        """Each id's place in the list: a compact array indexed by id (-1 when absent), which
        stays in the CPU's cache where a dict of 100,000 ids does not (search ratio 1.47 ->
        1.3); a dict when the ids are too sparse for an array."""
        if self._position is None:
            top = max(self.ids, default=0) + 1
            if top > 4 * len(self.ids) + 4096 or min(self.ids, default=0) < 0:
                self._position = {case_id: n for n, case_id in enumerate(self.ids)}
            else:
                position = array("i", [-1]) * top
                for n, case_id in enumerate(self.ids):
                    position[case_id] = n
                self._position = position
        return self._position


_ROW_SQL = f"""
SELECT c.id, p.name, c.channel, c.touchpoint, c.state, c.complainant_type,
       substr(c.text, 1, {SNIPPET_CHARS}), c.received_at, c.due_at, c.abusive_terms IS NOT NULL
FROM complaint_case c JOIN person p ON p.id = c.person_id
"""


def _case_row(r) -> CaseRow:
    return CaseRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], from_db_time(r[7]), from_db_time(r[8]),
                   bool(r[9]))


def _json_list(text: str | None) -> list:
    """A JSON list column; anything else (empty, damaged) reads as no entries."""
    try:
        value = json.loads(text) if text else []
    except ValueError:
        return []
    return value if isinstance(value, list) else []


def load_rows(conn: sqlite3.Connection, ids: list[int]) -> dict[int, CaseRow]:
    """Snapshots of the given cases (missing ids are simply absent)."""
    rows: dict[int, CaseRow] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        sql = _ROW_SQL + f"WHERE c.id IN ({','.join('?' * len(chunk))})"
        for r in conn.execute(sql, chunk):
            rows[r[0]] = _case_row(r)
    return rows


def _person(conn, person_id: int) -> PersonRow:
    r = conn.execute("SELECT p.id, p.name, p.platform, p.contact, p.manual_type,"
                     " (SELECT count(*) FROM complaint_case WHERE person_id = p.id)"
                     " FROM person p WHERE p.id = ?", (person_id,)).fetchone()
    return PersonRow(*r)


_COMMENT_SQL = ("SELECT id, platform, text, created_at, by_page, hidden, deleted, case_id, parent_id"
                " FROM comment ")


def _comment(r) -> CommentRow:
    return CommentRow(r[0], r[1], r[2], from_db_time(r[3]), bool(r[4]), bool(r[5]), bool(r[6]),
                      r[7], r[8])


def case_detail(conn: sqlite3.Connection, case_id: int) -> CaseDetail | None:
    """Everything the case panel shows about one case, or None if it is gone."""
    r = conn.execute(
        "SELECT id, text, channel, touchpoint, state, complainant_type, type_reasons, language,"
        " abusive_terms, ignore_reason, received_at, due_at, first_response_at, person_id"
        " FROM complaint_case WHERE id = ?", (case_id,)).fetchone()
    if r is None:
        return None
    person = _person(conn, r[13])
    comments = [_comment(c) for c in conn.execute(
        _COMMENT_SQL + "WHERE case_id = ? OR parent_id IN (SELECT id FROM comment WHERE case_id = ?)"
        " ORDER BY created_at", (case_id, case_id))]
    events = [EventRow(e[0], from_db_time(e[1]), e[2], e[3], e[4], e[5], e[6], from_db_time(e[7]))
              for e in conn.execute(
        "SELECT id, at, kind, actor, from_state, to_state, text, until FROM case_event"
        " WHERE case_id = ? ORDER BY at, id", (case_id,))]
    earlier = [_comment(c) for c in conn.execute(
        _COMMENT_SQL + "WHERE person_id = ? AND (case_id IS NULL OR case_id != ?)"
        " ORDER BY created_at DESC LIMIT 50", (person.id, case_id))]
    others = [_case_row(o) for o in conn.execute(
        _ROW_SQL + "WHERE c.person_id = ? AND c.id != ? ORDER BY c.received_at DESC LIMIT 50",
        (person.id, case_id))]
    return CaseDetail(r[0], r[1], r[2], r[3], r[4], r[5], _json_list(r[6]), r[7],
                      [str(t) for t in _json_list(r[8])], r[9], from_db_time(r[10]),
                      from_db_time(r[11]), from_db_time(r[12]), person, comments, events,
                      earlier, others)


class TriageInput(NamedTuple):
    """What triage reads about one case: its text, who sent it and what they said before."""

    case_id: int
    text: str
    channel: str
    touchpoint: str
    person_name: str
    manual_type: str | None
    history: list[tuple[str, float]]  # (earlier text, days before this case), newest first
    source_comment: int | None        # the customer's comment that opened the case, if any
    source_hidden: bool


def triage_input(conn: sqlite3.Connection, case_id: int, limit: int = 50) -> TriageInput | None:
    """The case and the person's earlier comments and cases (before it), or None if it is gone."""
    r = conn.execute(
        "SELECT c.id, c.text, c.channel, c.touchpoint, p.name, p.manual_type, c.person_id,"
        " c.received_at FROM complaint_case c JOIN person p ON p.id = c.person_id"
        " WHERE c.id = ?", (case_id,)).fetchone()
    if r is None:
        return None
    received = r[7]
    # julianday() of both sides: the stored text is naive UTC, so the day counts are exact.
    history = [(text, days) for text, days in conn.execute(
        "SELECT text, julianday(?) - julianday(at) FROM ("
        "  SELECT text, created_at AS at FROM comment WHERE person_id = ? AND by_page = 0"
        "   AND (case_id IS NULL OR case_id != ?) AND created_at < ?"
        "  UNION ALL"
        "  SELECT text, received_at FROM complaint_case WHERE person_id = ? AND id != ?"
        "   AND received_at < ?"
        "  AND id NOT IN (SELECT case_id FROM comment WHERE case_id IS NOT NULL AND person_id = ?)"
        ") ORDER BY at DESC LIMIT ?",
        (received, r[6], case_id, received, r[6], case_id, received, r[6], limit))]
    source = conn.execute("SELECT id, hidden FROM comment WHERE case_id = ? AND by_page = 0"
                          " ORDER BY created_at LIMIT 1", (case_id,)).fetchone()
    return TriageInput(r[0], r[1], r[2], r[3], r[4], r[5], history,
                       source[0] if source else None, bool(source[1]) if source else False)


def reply_target(conn: sqlite3.Connection, case_id: int) -> int | None:
    """The customer's latest comment on the case, which a reply answers; None for cases that
    came by phone, letter or the counter."""
    row = conn.execute("SELECT id FROM comment WHERE case_id = ? AND by_page = 0 AND deleted = 0"
                       " ORDER BY created_at DESC, id DESC LIMIT 1", (case_id,)).fetchone()
    return row[0] if row else None


def find_people(conn: sqlite3.Connection, text: str, limit: int = 20) -> list[PersonRow]:
    """People whose name contains `text`, those with most cases first."""
    return [PersonRow(*r) for r in conn.execute(
        "SELECT p.id, p.name, p.platform, p.contact, p.manual_type,"
        " (SELECT count(*) FROM complaint_case WHERE person_id = p.id) AS n"
        " FROM person p WHERE p.name LIKE ? ESCAPE '\\' ORDER BY n DESC, p.name LIMIT ?",
        (_like(text.strip()), limit))]


def touchpoints(conn: sqlite3.Connection, include_archived: bool = False) -> list[TouchpointRow]:
    sql = "SELECT key, name, builtin, archived FROM touchpoint"
    if not include_archived:
        sql += " WHERE archived = 0"
    return [TouchpointRow(r[0], r[1], bool(r[2]), bool(r[3]))
            for r in conn.execute(sql + " ORDER BY position, key")]


def summary(conn: sqlite3.Connection, now: datetime) -> Summary:
    open_states = [s.value for s in OPEN_STATES]
    marks = ",".join("?" * len(open_states))
    open_count = conn.execute(f"SELECT count(*) FROM complaint_case WHERE state IN ({marks})",
                              open_states).fetchone()[0]
    overdue = conn.execute(f"SELECT count(*) FROM complaint_case WHERE state IN ({marks})"
                           " AND due_at < ?", [*open_states, to_db_time(now)]).fetchone()[0]
    new = conn.execute("SELECT count(*) FROM complaint_case WHERE state = 'new'").fetchone()[0]
    return Summary(open_count, overdue, new)

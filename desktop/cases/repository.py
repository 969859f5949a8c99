"""Writes to the case log through SQLModel: manual cases, workflow moves, notes, touchpoints.

Every method opens and closes its own session, so it can run on any one worker thread.
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta
from typing import Callable

from desktop.cases.clock import utcnow
from desktop.cases.db import Database
from desktop.cases.deadlines import TARGETS_KEY, Targets, due_after
from desktop.cases.errors import InvalidInput, NotFound
from desktop.cases.states import Action, next_state
from desktop.cases.vocab import (Channel, ComplainantType, EventKind, OutboxAction, OutboxState,
                                 State)

__all__ = ["CaseRepository", "MAX_TEXT_CHARS", "MAX_NAME_CHARS"]

MAX_TEXT_CHARS = 10_000_000
MAX_NAME_CHARS = 200
_CLOCK_SKEW = timedelta(minutes=5)


def _check_text(field: str, text: str, limit: int = MAX_TEXT_CHARS) -> str:
    if not isinstance(text, str) or not text.strip():
        raise InvalidInput(field, "is empty")
    if len(text) > limit:
        raise InvalidInput(field, f"is longer than {limit} characters")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InvalidInput(field, "contains characters that are not valid text") from exc
    return text


def _clean_name(name: str) -> str:
    """Names are typed by hand: trim the edges, fold inner runs of whitespace, drop controls."""
    name = re.sub(r"[\x00-\x1f\x7f]", " ", name or "")
    return _check_text("name", re.sub(r"\s+", " ", name).strip(), MAX_NAME_CHARS)


def _targets(session) -> Targets:
    from desktop.cases.models import AppSetting

    row = session.get(AppSetting, TARGETS_KEY)
    return Targets.stored(row.value if row else None)


def _set_due(session, case, at: datetime) -> None:
    """A move, reply or note starts the case's next reminder afresh (any snooze is spent)."""
    case.due_at = due_after(case.state, case.channel, case.received_at, at, _targets(session))
    case.snoozed_until = None


class CaseRepository:
    """The case log's write side. `clock` returns an aware UTC datetime (injected in tests)."""

    def __init__(self, database: Database, clock: Callable[[], datetime] = utcnow):
        self._db = database
        self._clock = clock

    # -- people -----------------------------------------------------------------
    def add_person(self, name: str, *, platform: str = "offline", external_id: str | None = None,
                   profile_url: str | None = None, contact: str | None = None) -> int:
        from desktop.cases.models import Person

        person = Person(name=_clean_name(name), platform=platform, external_id=external_id,
                        profile_url=profile_url, contact=(contact or None), created_at=self._clock())
        with self._db.session() as session:
            session.add(person)
            session.commit()
            return person.id

    def set_person_type(self, person_id: int, complainant_type: str | None, actor: str) -> list[int]:
        """The owner's own reading of who this is; it always wins over the inferred type.

        None hands the type back to triage. Returns the ids of the person's open cases."""
        from desktop.cases.models import Case, CaseEvent, Person
        from sqlmodel import select

        if complainant_type is not None and complainant_type not in ComplainantType.__members__.values():
            raise InvalidInput("complainant_type", f"unknown type {complainant_type!r}")
        now = self._clock()
        open_ids = []
        with self._db.session() as session:
            person = session.get(Person, person_id)
            if person is None:
                raise NotFound("person", person_id)
            person.manual_type = complainant_type
            for case in session.exec(select(Case).where(Case.person_id == person_id)):
                if case.state not in (State.CLOSED, State.IGNORED):
                    case.complainant_type = complainant_type or case.complainant_type
                    case.updated_at = now
                    session.add(CaseEvent(case_id=case.id, at=now, kind=EventKind.TYPE_SET,
                                          actor=actor, text=complainant_type))
                    open_ids.append(case.id)
            session.commit()
        return open_ids

    # -- cases ------------------------------------------------------------------
    def add_manual_case(self, *, channel: str, text: str, actor: str,
                        person_id: int | None = None, person_name: str | None = None,
                        contact: str | None = None, touchpoint: str = "other",
                        received_at: datetime | None = None, complainant_type: str | None = None,
                        language: str | None = None) -> int:
        """Log a complaint that came by phone, letter, counter, e-mail, WhatsApp …; returns its id."""
        from desktop.cases.models import Case, CaseEvent, Person, Touchpoint

        if channel not in Channel.__members__.values():
            raise InvalidInput("channel", f"unknown channel {channel!r}")
        text = _check_text("text", text)
        now = self._clock()
        received_at = received_at or now
        if received_at.tzinfo is None:
            raise InvalidInput("received_at", "needs a time zone")
        if received_at > now + _CLOCK_SKEW:
            raise InvalidInput("received_at", "is in the future")
        if complainant_type is not None and complainant_type not in ComplainantType.__members__.values():
            raise InvalidInput("complainant_type", f"unknown type {complainant_type!r}")
        with self._db.session() as session:
            tp = session.get(Touchpoint, touchpoint)
            if tp is None or tp.archived:
                raise InvalidInput("touchpoint", f"unknown touchpoint {touchpoint!r}")
            if person_id is not None:
                person = session.get(Person, person_id)
                if person is None:
                    raise NotFound("person", person_id)
            elif person_name is not None:
                person = Person(name=_clean_name(person_name), contact=(contact or None),
                                created_at=now)
                session.add(person)
                session.flush()
            else:
                raise InvalidInput("person", "pick a person or type a name")
            case = Case(person_id=person.id, channel=channel, touchpoint=touchpoint, text=text,
                        received_at=received_at, state=State.NEW,
                        complainant_type=person.manual_type or complainant_type,
                        language=language, updated_at=now,
                        due_at=due_after(State.NEW, channel, received_at, received_at, _targets(session)))
            session.add(case)
            session.flush()
            session.add(CaseEvent(case_id=case.id, at=now, kind=EventKind.CREATED, actor=actor,
                                  to_state=State.NEW))
            session.commit()
            return case.id

    def apply_action(self, case_id: int, action: str, actor: str, reason: str | None = None,
                     at: datetime | None = None) -> State:
        """Move a case through the workflow and log the move; raises IllegalTransition."""
        from desktop.cases.models import Case, CaseEvent

        at = at or self._clock()
        with self._db.session() as session:
            case = session.get(Case, case_id)
            if case is None:
                raise NotFound("case", case_id)
            before = case.state
            after = next_state(before, action, reason, case_id)
            case.state = after
            case.updated_at = at
            if action == Action.ACKNOWLEDGE or (action == Action.START and case.first_response_at is None):
                case.first_response_at = case.first_response_at or at
            if after == State.RESOLVED:
                case.resolved_at = at
            if after == State.CLOSED:
                case.closed_at = at
            if after == State.IGNORED:
                case.ignore_reason = reason.strip()
            if action == Action.REOPEN:
                case.resolved_at = case.closed_at = case.ignore_reason = None
            _set_due(session, case, at)
            session.add(CaseEvent(case_id=case_id, at=at, kind=EventKind.STATE, actor=actor,
                                  from_state=before, to_state=after,
                                  text=reason.strip() if reason else None))
            session.commit()
            return after

    def add_note(self, case_id: int, text: str, actor: str, at: datetime | None = None) -> int:
        """Append a note to the case's timeline. A note on an open case counts as an update."""
        from desktop.cases.models import Case, CaseEvent

        text = _check_text("note", text)
        at = at or self._clock()
        with self._db.session() as session:
            case = session.get(Case, case_id)
            if case is None:
                raise NotFound("case", case_id)
            event = CaseEvent(case_id=case_id, at=at, kind=EventKind.NOTE, actor=actor, text=text)
            session.add(event)
            if case.state in (State.ACKNOWLEDGED, State.IN_PROGRESS):
                _set_due(session, case, at)
            case.updated_at = at
            session.add(case)
            session.commit()
            return event.id

    def record_done(self, case_id: int, kind: str, actor: str) -> None:
        """The owner did what a reminder asked (elsewhere: by phone, in the shop); an update
        starts the update clock again."""
        from desktop.cases.models import Case, CaseEvent

        at = self._clock()
        with self._db.session() as session:
            case = session.get(Case, case_id)
            if case is None:
                raise NotFound("case", case_id)
            session.add(CaseEvent(case_id=case_id, at=at, kind=EventKind.DONE, actor=actor, text=kind))
            _set_due(session, case, at)
            case.updated_at = at
            session.commit()

    # -- triage and replies ---------------------------------------------------------
    def record_triage(self, case_id: int, *, complainant_type: str, type_reasons: list,
                      language: str | None, abusive_terms: list[str],
                      touchpoint: str | None = None) -> None:
        """Store what triage read in a case. The owner's own type for the person always wins;
        the touchpoint guess only fills a case still filed under "other"."""
        from desktop.cases.models import Case, Person, Touchpoint

        if complainant_type not in ComplainantType.__members__.values():
            raise InvalidInput("complainant_type", f"unknown type {complainant_type!r}")
        with self._db.session() as session:
            case = session.get(Case, case_id)
            if case is None:
                raise NotFound("case", case_id)
            person = session.get(Person, case.person_id)
            case.complainant_type = person.manual_type or complainant_type
            case.type_reasons = json.dumps(type_reasons, ensure_ascii=False)
            case.language = language
            case.abusive_terms = json.dumps(abusive_terms, ensure_ascii=False) if abusive_terms else None
            if touchpoint and case.touchpoint == "other":
                tp = session.get(Touchpoint, touchpoint)
                if tp is not None and not tp.archived:
                    case.touchpoint = touchpoint
            session.commit()

    def record_reply(self, case_id: int, text: str, actor: str, *,
                     reply_to: int | None = None) -> int | None:
        """Log the owner's reply on the case's timeline; a reply to a new case acknowledges it.

        With `reply_to` (the customer's comment), the reply is also queued in the outbox for
        its platform; returns the outbox row's id (None for replies given by phone, letter …).
        """
        from desktop.cases.models import Case, CaseEvent, Comment, OutboxReply

        text = _check_text("reply", text)
        at = self._clock()
        with self._db.session() as session:
            case = session.get(Case, case_id)
            if case is None:
                raise NotFound("case", case_id)
            outbox = None
            if reply_to is not None:
                comment = session.get(Comment, reply_to)
                if comment is None or comment.case_id != case_id:
                    raise NotFound("comment", reply_to)
                outbox = OutboxReply(account_id=comment.account_id, case_id=case_id,
                                     comment_id=reply_to, action=OutboxAction.REPLY, text=text,
                                     created_at=at, updated_at=at)
                session.add(outbox)
            session.add(CaseEvent(case_id=case_id, at=at, kind=EventKind.REPLY, actor=actor, text=text))
            if case.state == State.NEW:
                case.state = State.ACKNOWLEDGED
                session.add(CaseEvent(case_id=case_id, at=at, kind=EventKind.STATE, actor=actor,
                                      from_state=State.NEW, to_state=State.ACKNOWLEDGED))
            case.first_response_at = case.first_response_at or at
            if case.state in (State.ACKNOWLEDGED, State.IN_PROGRESS):
                _set_due(session, case, at)
            case.updated_at = at
            session.commit()
            return outbox.id if outbox is not None else None

    def queue_hide(self, comment_id: int, actor: str) -> int:
        """Queue hiding a customer's comment on its platform; asking twice queues it once."""
        from desktop.cases.models import CaseEvent, Comment, OutboxReply
        from sqlmodel import select

        at = self._clock()
        with self._db.session() as session:
            comment = session.get(Comment, comment_id)
            if comment is None:
                raise NotFound("comment", comment_id)
            waiting = session.exec(select(OutboxReply).where(
                OutboxReply.comment_id == comment_id, OutboxReply.action == OutboxAction.HIDE,
                OutboxReply.state.in_((OutboxState.QUEUED, OutboxState.SENDING)))).first()
            if waiting is not None:
                return waiting.id
            row = OutboxReply(account_id=comment.account_id, case_id=comment.case_id,
                              comment_id=comment_id, action=OutboxAction.HIDE, created_at=at,
                              updated_at=at)
            session.add(row)
            if comment.case_id is not None:
                session.add(CaseEvent(case_id=comment.case_id, at=at, kind=EventKind.HIDE,
                                      actor=actor))
            session.commit()
            return row.id

    # -- touchpoints --------------------------------------------------------------
    def add_touchpoint(self, name: str) -> str:
        """Add the owner's own touchpoint; returns its key."""
        from desktop.cases.models import Touchpoint
        from sqlmodel import func, select

        name = _clean_name(name)
        key = "custom:" + re.sub(r"\W+", "_", name.casefold()).strip("_")
        with self._db.session() as session:
            existing = session.get(Touchpoint, key)
            if existing is not None:
                existing.archived = False
                existing.name = name
            else:
                last = session.exec(select(func.max(Touchpoint.position))).one() or 0
                session.add(Touchpoint(key=key, name=name, builtin=False, position=last + 1))
            session.commit()
        return key

    def rename_touchpoint(self, key: str, name: str) -> None:
        self._update_touchpoint(key, name=_clean_name(name))

    def archive_touchpoint(self, key: str, archived: bool = True) -> None:
        """Hide a touchpoint from new cases; cases already tagged with it keep it."""
        if key == "other":
            raise InvalidInput("touchpoint", "'other' is always available")
        self._update_touchpoint(key, archived=archived)

    def _update_touchpoint(self, key: str, **values) -> None:
        from desktop.cases.models import Touchpoint

        with self._db.session() as session:
            tp = session.get(Touchpoint, key)
            if tp is None:
                raise NotFound("touchpoint", key)
            for name, value in values.items():
                setattr(tp, name, value)
            session.commit()

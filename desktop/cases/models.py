"""SQLModel tables of the case log. Times are stored as UTC; no table holds a token."""

from __future__ import annotations

from datetime import datetime, timezone

import sqlalchemy as sa
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel

from desktop.cases.clock import utcnow

__all__ = ["UTCDateTime", "utcnow", "Account", "Person", "Comment", "Case", "CaseEvent",
           "OutboxReply", "Touchpoint", "AppSetting"]


class UTCDateTime(TypeDecorator):
    """Aware datetimes in, aware UTC datetimes out; stored as naive UTC text."""

    impl = sa.DateTime
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; Balas stores aware times only")
        return value.astimezone(timezone.utc).replace(tzinfo=None)

    def process_result_value(self, value, dialect):
        return None if value is None else value.replace(tzinfo=timezone.utc)


def _time(nullable: bool = False, index: bool = False):
    return Field(default=None, sa_type=UTCDateTime, nullable=nullable, index=index)


class Account(SQLModel, table=True):
    """A page or account the owner connected. Its token is in the OS keyring, never here."""

    __table_args__ = (sa.UniqueConstraint("platform", "external_id"),)
    id: int | None = Field(default=None, primary_key=True)
    platform: str
    external_id: str
    display_name: str = ""
    handle: str = Field(default="", sa_column_kwargs={"server_default": ""})
    status: str = "offline"
    sync_cursor: str | None = None  # JSON: where the next sync starts (the platform's own terms)
    last_sync_at: datetime | None = _time(nullable=True)
    error_kind: str | None = None   # the last failure's kind (see desktop.platforms.ErrorKind)
    last_error: str | None = None   # the platform's own words, never a token
    retry_at: datetime | None = _time(nullable=True)  # rate limited: nothing is sent before this
    auth_expires_at: datetime | None = _time(nullable=True)
    client_id: str | None = None  # the owner's app (client) id the sign-in was made with; public
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Person(SQLModel, table=True):
    """Someone who complained or commented, on one platform or offline."""

    __table_args__ = (sa.Index("ix_person_platform_external", "platform", "external_id",
                               unique=True, sqlite_where=sa.text("external_id IS NOT NULL")),)
    id: int | None = Field(default=None, primary_key=True)
    platform: str = "offline"
    external_id: str | None = None
    name: str = Field(index=True)
    profile_url: str | None = None
    contact: str | None = None
    manual_type: str | None = None
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    erased_at: datetime | None = _time(nullable=True)  # the owner erased this person's data


class Case(SQLModel, table=True):
    """One complaint, from comments or logged by hand, and where it stands."""

    __tablename__ = "complaint_case"
    # The inbox walks this index newest first and filters without touching the table rows.
    __table_args__ = (sa.Index("ix_case_inbox", "received_at", "state", "channel",
                               "complainant_type", "due_at"),
                      sa.Index("ix_case_due", "state", "due_at"))
    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", index=True)
    channel: str = Field(index=True)
    touchpoint: str = "other"
    text: str
    received_at: datetime = Field(sa_type=UTCDateTime)
    state: str = "new"
    complainant_type: str | None = Field(default=None, index=True)
    type_reasons: str | None = None  # JSON list of [code, count, quote, days], filled by triage
    language: str | None = None
    abusive_terms: str | None = None  # JSON list of the abusive words triage found; None = none
    ignore_reason: str | None = None
    assignee: str | None = None
    due_at: datetime | None = _time(nullable=True)
    snoozed_until: datetime | None = _time(nullable=True)  # the reminder is quiet until then
    first_response_at: datetime | None = _time(nullable=True)
    first_due_at: datetime | None = _time(nullable=True)  # when the first reply was due (triggers)
    resolved_at: datetime | None = _time(nullable=True)
    closed_at: datetime | None = _time(nullable=True)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Comment(SQLModel, table=True):
    """A comment or reply fetched from a platform; upserted by (platform, external_id)."""

    __table_args__ = (sa.UniqueConstraint("platform", "external_id"),
                      sa.Index("ix_comment_post", "platform", "post_external_id", "created_at"),
                      # replies that came before their parent, found when it arrives
                      sa.Index("ix_comment_waiting_parent", "platform", "parent_external_id",
                               sqlite_where=sa.text("parent_id IS NULL AND parent_external_id IS NOT NULL")))
    id: int | None = Field(default=None, primary_key=True)
    platform: str
    external_id: str
    account_id: int | None = Field(default=None, foreign_key="account.id", index=True)
    post_external_id: str | None = None
    parent_id: int | None = Field(default=None, foreign_key="comment.id", index=True)
    parent_external_id: str | None = None  # kept until the parent itself arrives
    person_id: int | None = Field(default=None, foreign_key="person.id", index=True)
    case_id: int | None = Field(default=None, foreign_key="complaint_case.id", index=True)
    text: str = ""
    created_at: datetime = Field(sa_type=UTCDateTime)
    by_page: bool = False
    hidden: bool = False
    deleted: bool = False
    erased: bool = Field(default=False, sa_column_kwargs={"server_default": sa.false()})  # text erased
    fetched_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class CaseEvent(SQLModel, table=True):
    """Append-only history of a case: state changes, replies, notes, snoozes."""

    __tablename__ = "case_event"
    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="complaint_case.id", index=True)
    at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    kind: str
    actor: str = ""
    from_state: str | None = None
    to_state: str | None = None
    text: str | None = None
    until: datetime | None = _time(nullable=True)  # a snooze: until when


class OutboxReply(SQLModel, table=True):
    """A reply, hide or delete waiting to go to a platform. Survives restarts."""

    __tablename__ = "outbox_reply"
    __table_args__ = (sa.Index("ix_outbox_due", "state", "next_attempt_at"),)
    id: int | None = Field(default=None, primary_key=True)
    account_id: int | None = Field(default=None, foreign_key="account.id", index=True)
    case_id: int | None = Field(default=None, foreign_key="complaint_case.id", index=True)
    comment_id: int | None = Field(default=None, foreign_key="comment.id")
    action: str = "reply"
    text: str | None = None
    state: str = Field(default="queued", index=True)
    attempts: int = 0
    error_kind: str | None = None
    last_error: str | None = None
    next_attempt_at: datetime | None = _time(nullable=True)
    platform_id: str | None = None
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Touchpoint(SQLModel, table=True):
    """Where in the shop a complaint happened. Built-in keys are translated; the owner adds more."""

    key: str = Field(primary_key=True)
    name: str | None = None  # the owner's own name; None = use the built-in translated name
    builtin: bool = False
    position: int = 0
    archived: bool = False


class AppSetting(SQLModel, table=True):
    """A setting that belongs to this case log (e.g. reminder targets), as JSON text."""

    __tablename__ = "app_setting"
    key: str = Field(primary_key=True)
    value: str


class SavedReply(SQLModel, table=True):
    """One of the owner's own reply templates ({name}, {shop}, {signature}, {eta} filled in)."""

    __tablename__ = "saved_reply"
    __table_args__ = (sa.Index("ix_saved_reply_lang", "lang", "title"),)
    id: int | None = Field(default=None, primary_key=True)
    lang: str
    title: str
    text: str
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)

"""What every connector speaks: comments as plain values, one error type with four kinds.

A connector knows one platform's HTTP API and nothing of the case log; the sync layer turns
what it fetches into comments, people and cases, and hands it the outbox's actions to send.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timezone
from enum import StrEnum
from typing import Callable, Iterator

from desktop import REDIRECT_PORT

__all__ = ["REDIRECT_PORT", "ErrorKind", "PlatformError", "Credentials", "AccountInfo", "RemoteComment", "Target",
           "FetchedPage", "Connector", "same_text", "parse_time"]




class ErrorKind(StrEnum):
    """Every failure is one of these, each with its own advice to the owner."""

    NEEDS_RELOGIN = "needs_relogin"  # the token is dead or lacks a permission: sign in again
    RATE_LIMITED = "rate_limited"    # the platform asks us to wait until `retry_at`
    TEMPORARY = "temporary"          # network down, server error, unreadable answer: retry later
    REJECTED = "rejected"            # the platform refused this action: show its message


class PlatformError(Exception):
    """A call to a platform failed. `message` is the platform's own words when it gave some."""

    explained = True  # the app tells the owner what happened; not a bug to log in full

    def __init__(self, kind: ErrorKind, message: str = "", *, retry_at: datetime | None = None,
                 offline: bool = False, gone: bool = False, status: int | None = None,
                 code: int | str | None = None):
        super().__init__(f"{kind}: {message}" if message else str(kind))
        self.kind = kind
        self.message = message
        self.retry_at = retry_at    # rate limited: not before this (aware UTC)
        self.offline = offline      # no connection at all (as opposed to a server error)
        self.gone = gone            # the object no longer exists on the platform
        self.status = status
        self.code = code


@dataclass
class Credentials:
    """What the keyring holds for one account. Never stored anywhere else."""

    access_token: str
    refresh_token: str | None = None
    expires_at: datetime | None = None

    def __repr__(self) -> str:  # a stray log line or traceback must never show a token
        return f"Credentials(expires_at={self.expires_at!r})"


@dataclass(frozen=True)
class AccountInfo:
    external_id: str
    name: str
    handle: str = ""  # @username where the platform has one


@dataclass(frozen=True)
class RemoteComment:
    """One comment or reply as the platform shows it, in the platform's own ids."""

    external_id: str
    post_id: str
    text: str
    created_at: datetime
    author_id: str | None = None
    author_name: str = ""
    parent_id: str | None = None    # the comment this one answers, if any
    hidden: bool | None = None      # None: the platform did not say
    by_owner: bool = False          # written by the connected page or account itself


@dataclass(frozen=True)
class Target:
    """What an outbox action points at: a comment and, for replies, where its thread starts."""

    external_id: str
    post_id: str | None = None
    parent_id: str | None = None


@dataclass
class FetchedPage:
    """One page of comments. When `complete_post` is set, every comment of that post created
    at or after `window_start` has been listed, so stored ones missing from it were deleted."""

    comments: list[RemoteComment]
    complete_post: str | None = None
    window_start: datetime | None = None
    listed_ids: frozenset[str] = field(default_factory=frozenset)


class Connector:
    """One platform account. Methods run on a worker thread and raise PlatformError."""

    platform: str = ""
    can_unhide: bool = True

    def account(self) -> AccountInfo:
        raise NotImplementedError

    def fetch(self, cursor: dict, now: datetime) -> Iterator[FetchedPage]:
        """Pages of what is new since `cursor`; afterwards `self.next_cursor` is the new one."""
        raise NotImplementedError

    def reply(self, target: Target, text: str) -> str:
        """Post `text` under `target`; returns the new reply's id."""
        raise NotImplementedError

    def find_reply(self, target: Target, text: str) -> str | None:
        """The id of the account's own reply with this text under `target`, if one exists."""
        raise NotImplementedError

    def set_hidden(self, target: Target, hidden: bool) -> None:
        raise NotImplementedError

    def delete(self, target: Target) -> None:
        raise NotImplementedError

    next_cursor: dict | None = None
    on_new_credentials: Callable[[Credentials], None] | None = None


_URL = re.compile(r"https?://\S+")


def same_text(posted: str, wanted: str) -> bool:
    """Whether a reply found on the platform is the one we sent: platforms escape HTML,
    shorten links and trim or fold whitespace, so compare what the owner would read."""
    def fold(text: str) -> str:
        text = unicodedata.normalize("NFC", html.unescape(text or ""))
        return " ".join(_URL.sub("<link>", text).split()).casefold()

    return fold(posted) == fold(wanted)


def parse_time(text: str | None) -> datetime | None:
    """ISO times as the platforms write them ('2026-11-20T10:56:52+0000', '…Z'), as aware UTC."""
    if not text or not isinstance(text, str):
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        try:
            moment = datetime.strptime(text, "%Y-%m-%dT%H:%M:%S%z")
        except ValueError:
            return None
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment.astimezone(timezone.utc)

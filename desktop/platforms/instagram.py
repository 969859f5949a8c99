"""Instagram professional account (Instagram Login): media, comments and their one level of
replies; reply, hide, unhide and delete (PLATFORMS.md §2)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Iterator

from desktop.platforms.base import (AccountInfo, Credentials, ErrorKind, FetchedPage, PlatformError,
                                    RemoteComment, Target, parse_time, same_text)
from desktop.platforms.graph import GraphConnector, graph_pages
from desktop.platforms.http import api_base

__all__ = ["InstagramConnector"]

_REPLY_FIELDS = "id,text,username,timestamp,hidden,from{id,username}"
_COMMENT_FIELDS = f"{_REPLY_FIELDS},replies{{{_REPLY_FIELDS}}}"
_FULL_EVERY = timedelta(hours=1)  # unchanged media are listed again this often (edits, hides)
_RENEW_WITHIN = timedelta(days=50)  # a 60-day token is renewed once it is 10 days old


class InstagramConnector(GraphConnector):
    platform = "instagram"
    default_host = "https://graph.instagram.com"

    def __init__(self, ig_user_id: str, credentials: Credentials, **options):
        super().__init__(ig_user_id, credentials, **options)
        self._username: str | None = None

    @property
    def ig_user_id(self) -> str:
        return self.owner_id

    def account(self) -> AccountInfo:
        self.http.check_hold("graph")
        body = self.http.call("GET", "/me", token=self._token, params={"fields": "user_id,username"})
        if not isinstance(body, dict):
            raise PlatformError(ErrorKind.TEMPORARY, "the answer was not an object")
        self._username = str(body.get("username") or "")
        user_id = str(body.get("user_id") or body.get("id") or self.ig_user_id)
        return AccountInfo(user_id, self._username, self._username)

    def _renew_if_due(self, now: datetime) -> None:
        """Instagram Login tokens last 60 days and can be renewed (without the app secret) once
        they are a day old; a failed renewal is tried again at the next sync."""
        expires = self.credentials.expires_at
        if expires is not None and now < expires and expires - now <= _RENEW_WITHIN:
            self.renew(now)

    def renew(self, now: datetime) -> bool:
        """Swap the token for a fresh 60-day one; False when the platform would not (yet)."""
        try:
            body = self.http.call("GET", api_base("instagram", self.default_host) + "/refresh_access_token",
                                  token=self._token, params={"grant_type": "ig_refresh_token"})
        except PlatformError as error:
            if error.kind == ErrorKind.NEEDS_RELOGIN:
                raise
            return False
        token = body.get("access_token") if isinstance(body, dict) else None
        lifetime = body.get("expires_in") if isinstance(body, dict) else None
        if not token or not isinstance(lifetime, int):
            return False
        self.credentials = Credentials(str(token), None, now + timedelta(seconds=lifetime))
        self._token = self.credentials.access_token
        if self.on_new_credentials is not None:
            self.on_new_credentials(self.credentials)
        return True

    # -- reading ---------------------------------------------------------------------
    def fetch(self, cursor: dict, now: datetime) -> Iterator[FetchedPage]:
        """Lists the comments of media whose comment count moved, and of all recent media once
        an hour; a medium listed in full tells which stored comments are gone."""
        self._renew_if_due(now)
        counts = dict(cursor.get("counts") or {})
        full_at = parse_time(cursor.get("full_at"))
        listing_all = full_at is None or now - full_at >= _FULL_EVERY
        new_counts = {}
        for medium in self._recent_media(now):
            media_id = str(medium["id"])
            count = medium.get("comments_count")
            new_counts[media_id] = count
            if not listing_all and count is not None and counts.get(media_id) == count:
                continue
            listed: set[str] = set()
            for page in self._comments(media_id):
                listed.update(c.external_id for c in page)
                yield FetchedPage(page)
            yield FetchedPage([], complete_post=media_id, window_start=None, listed_ids=frozenset(listed))
        self.next_cursor = {"since": now.isoformat(), "counts": new_counts,
                            "full_at": now.isoformat() if listing_all else cursor.get("full_at")}

    def _recent_media(self, now: datetime) -> Iterator[dict]:
        seen = 0
        params = {"fields": "id,caption,timestamp,comments_count", "limit": 25}
        for items in graph_pages(self.http, f"/{self.ig_user_id}/media", self._token, params):
            for medium in items:
                created = parse_time(medium.get("timestamp"))
                if not medium.get("id") or (seen >= self._min_posts and (
                        created is None or created < now - self._lookback)) or seen >= self._max_posts:
                    return
                seen += 1
                yield medium

    def _comments(self, media_id: str) -> Iterator[list[RemoteComment]]:
        params = {"fields": _COMMENT_FIELDS, "limit": 50}
        for items in graph_pages(self.http, f"/{media_id}/comments", self._token, params):
            page = []
            for item in items:
                top = self._comment(item, media_id, None)
                if top is None:
                    continue
                page.append(top)
                replies = item.get("replies") if isinstance(item.get("replies"), dict) else {}
                if (replies.get("paging") or {}).get("next"):
                    # More replies than fit inline: list them from their own edge.
                    for more in graph_pages(self.http, f"/{top.external_id}/replies", self._token,
                                            {"fields": _REPLY_FIELDS, "limit": 50}):
                        page += [c for c in (self._comment(r, media_id, top.external_id) for r in more) if c]
                else:
                    inline = replies.get("data") if isinstance(replies.get("data"), list) else []
                    page += [c for c in (self._comment(r, media_id, top.external_id)
                                         for r in inline if isinstance(r, dict)) if c]
            yield page

    def _comment(self, item: dict, media_id: str, parent_id: str | None) -> RemoteComment | None:
        created = parse_time(item.get("timestamp"))
        if not item.get("id") or created is None:
            return None
        author = item.get("from") if isinstance(item.get("from"), dict) else {}
        username = _text(item.get("username") or author.get("username"))
        author_id = str(author["id"]) if author.get("id") else (f"@{username}" if username else None)
        parent = parent_id or (str(item["parent_id"]) if item.get("parent_id") else None)
        by_owner = author_id == self.ig_user_id or (bool(username) and username == self._username)
        return RemoteComment(
            external_id=str(item["id"]), post_id=media_id, text=_text(item.get("text")),
            created_at=created, author_id=author_id, author_name=username, parent_id=parent,
            hidden=item.get("hidden") if isinstance(item.get("hidden"), bool) else None,
            by_owner=by_owner)

    # -- writing ---------------------------------------------------------------------
    def reply(self, target: Target, text: str) -> str:
        # Threads are one level deep: a reply to a reply goes under the top-level comment.
        top = target.parent_id or target.external_id
        body = self._send("POST", f"/{top}/replies", {"message": text})
        if not isinstance(body, dict) or not body.get("id"):
            raise PlatformError(ErrorKind.TEMPORARY, "the platform did not say whether the reply was posted")
        return str(body["id"])

    def find_reply(self, target: Target, text: str) -> str | None:
        if self._username is None:
            self.account()
        top = target.parent_id or target.external_id
        for items in graph_pages(self.http, f"/{top}/replies", self._token,
                                 {"fields": _REPLY_FIELDS, "limit": 50}):
            for item in items:
                found = self._comment(item, target.post_id or "", top)
                if found is not None and found.by_owner and same_text(found.text, text):
                    return found.external_id
        return None

    def set_hidden(self, target: Target, hidden: bool) -> None:
        self._send("POST", f"/{target.external_id}", {"hide": "true" if hidden else "false"})

    def _send(self, method: str, path: str, params: dict | None):
        self.http.check_hold("graph")
        # Instagram documents these parameters in the query string.
        return self.http.call(method, path, token=self._token, params=params)


def _text(value) -> str:
    return value if isinstance(value, str) else ""

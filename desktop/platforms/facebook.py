"""Facebook Page: posts and visitor posts on the feed, their comments and replies; reply,
hide, unhide and delete. Every call uses the Page token (PLATFORMS.md §1)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Iterator

from desktop.platforms.base import (AccountInfo, ErrorKind, FetchedPage, PlatformError, RemoteComment,
                                    Target, parse_time, same_text)
from desktop.platforms.graph import GraphConnector, graph_pages

__all__ = ["FacebookConnector"]

_COMMENT_FIELDS = "id,message,from{id,name},created_time,parent{id},is_hidden"
_OVERLAP = timedelta(days=2)  # look back this far past the last sync for edits, hides, deletions


class FacebookConnector(GraphConnector):
    platform = "facebook"
    default_host = "https://graph.facebook.com"

    @property
    def page_id(self) -> str:
        return self.owner_id

    def account(self) -> AccountInfo:
        body = self._get(f"/{self.page_id}", {"fields": "id,name"})
        return AccountInfo(str(body.get("id") or self.page_id), str(body.get("name") or ""))

    # -- reading ---------------------------------------------------------------------
    def fetch(self, cursor: dict, now: datetime) -> Iterator[FetchedPage]:
        since = parse_time(cursor.get("since"))
        window_start = since - _OVERLAP if since else now - self._lookback
        for post in self._recent_posts(now):
            post_id = str(post["id"])
            author = post.get("from") if isinstance(post.get("from"), dict) else None
            if author and str(author.get("id")) != self.page_id and post.get("message"):
                # A visitor's post on the Page is a comment of its own, at the top of its thread.
                visitor = self._comment(post, post_id, message_key="message")
                if visitor is not None:
                    yield FetchedPage([visitor])
            listed: set[str] = set()
            params = {"fields": _COMMENT_FIELDS, "filter": "stream", "order": "reverse_chronological",
                      "limit": 100}
            for items in graph_pages(self.http, f"/{post_id}/comments", self._token, params):
                comments = [c for c in (self._comment(i, post_id) for i in items) if c is not None]
                fresh = [c for c in comments if c.created_at >= window_start]
                listed.update(c.external_id for c in fresh)
                if fresh:
                    yield FetchedPage(fresh)
                if len(fresh) < len(comments):
                    break  # newest first: the rest is older than the window
            yield FetchedPage([], complete_post=post_id, window_start=window_start,
                              listed_ids=frozenset(listed))
        self.next_cursor = {"since": now.isoformat()}

    def _recent_posts(self, now: datetime) -> Iterator[dict]:
        """Posts of the lookback period, newest first; at least the last few whatever their age."""
        count = 0
        params = {"fields": "id,message,from{id,name},created_time", "limit": 25}
        for items in graph_pages(self.http, f"/{self.page_id}/feed", self._token, params):
            for post in items:
                created = parse_time(post.get("created_time"))
                if not post.get("id") or (count >= self._min_posts and (
                        created is None or created < now - self._lookback)) or count >= self._max_posts:
                    return
                count += 1
                yield post

    def _comment(self, item: dict, post_id: str, message_key: str = "message") -> RemoteComment | None:
        created = parse_time(item.get("created_time"))
        if not item.get("id") or created is None:
            return None  # without an id or a time it cannot be stored or ordered
        author = item.get("from") if isinstance(item.get("from"), dict) else {}
        parent = item.get("parent") if isinstance(item.get("parent"), dict) else {}
        author_id = str(author["id"]) if author.get("id") else None
        return RemoteComment(
            external_id=str(item["id"]), post_id=post_id, text=_text(item.get(message_key)),
            created_at=created, author_id=author_id, author_name=_text(author.get("name")),
            parent_id=str(parent["id"]) if parent.get("id") else None,
            hidden=item.get("is_hidden") if isinstance(item.get("is_hidden"), bool) else None,
            by_owner=author_id == self.page_id)

    # -- writing ---------------------------------------------------------------------
    def reply(self, target: Target, text: str) -> str:
        body = self._send("POST", f"/{target.external_id}/comments", {"message": text})
        if not isinstance(body, dict) or not body.get("id"):
            raise PlatformError(ErrorKind.TEMPORARY, "the platform did not say whether the reply was posted")
        return str(body["id"])

    def find_reply(self, target: Target, text: str) -> str | None:
        # Facebook files a reply to a reply under the top-level comment.
        for parent in dict.fromkeys(p for p in (target.external_id, target.parent_id) if p):
            params = {"fields": "id,message,from{id},created_time", "limit": 100}
            for items in graph_pages(self.http, f"/{parent}/comments", self._token, params):
                for item in items:
                    author = item.get("from") if isinstance(item.get("from"), dict) else {}
                    if str(author.get("id")) == self.page_id and same_text(_text(item.get("message")), text):
                        return str(item["id"])
        return None

    def set_hidden(self, target: Target, hidden: bool) -> None:
        self._send("POST", f"/{target.external_id}", {"is_hidden": "true" if hidden else "false"})

    def _get(self, path: str, params: dict) -> dict:
        self.http.check_hold("graph")
        body = self.http.call("GET", path, token=self._token, params=params)
        if not isinstance(body, dict):
            raise PlatformError(ErrorKind.TEMPORARY, "the answer was not an object")
        return body

    def _send(self, method: str, path: str, form: dict | None):
        self.http.check_hold("graph")
        return self.http.call(method, path, token=self._token, data=form)


def _text(value) -> str:
    return value if isinstance(value, str) else ""

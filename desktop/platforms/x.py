"""X (API v2): mentions of the account; reply, hide a reply, delete an own post. The user token
is refreshed with its refresh token when it runs out (OAuth 2.0, PLATFORMS.md §3)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Iterator

import requests

from desktop.platforms.base import (AccountInfo, Connector, Credentials, ErrorKind, FetchedPage,
                                    PlatformError, RemoteComment, Target, parse_time, same_text)
from desktop.platforms.http import TIMEOUT, ApiClient, api_base

__all__ = ["XConnector", "x_token_url", "read_x_error"]

_TWEET_FIELDS = "created_at,author_id,conversation_id,in_reply_to_user_id,referenced_tweets"
_MAX_PAGES = 50  # X keeps about 800 mentions reachable: 8 pages of 100
_REFRESH_AHEAD = timedelta(minutes=2)


def x_token_url() -> str:
    return api_base("x", "https://api.x.com") + "/2/oauth2/token"


def read_x_error(response: requests.Response, body, client: ApiClient, key: str) -> PlatformError:
    """X's problem JSON as one of our four kinds; a 429 waits until `x-rate-limit-reset`."""
    status = response.status_code
    problem = body if isinstance(body, dict) else {}
    detail = str(problem.get("detail") or problem.get("error_description") or problem.get("title")
                 or "")[:500]
    if not detail and isinstance(problem.get("errors"), list) and problem["errors"]:
        first = problem["errors"][0]
        detail = str(first.get("message") or first.get("detail") or "")[:500] if isinstance(first, dict) else ""
    if status == 401:
        return PlatformError(ErrorKind.NEEDS_RELOGIN, detail, status=status)
    if status == 429:
        capped = "usage-capped" in str(problem.get("type")) or problem.get("title") == "UsageCapExceeded"
        reset = _epoch(response.headers.get("x-user-limit-24hour-reset" if capped else "x-rate-limit-reset"))
        until = reset or client.now + (timedelta(hours=24) if capped else timedelta(minutes=15))
        client.hold("all" if capped else key, until)
        return PlatformError(ErrorKind.RATE_LIMITED, detail or "too many requests", status=status,
                             retry_at=until, code="usage-capped" if capped else None)
    if status >= 500 or status in (408, 425):
        return PlatformError(ErrorKind.TEMPORARY, detail or f"the platform had a problem (HTTP {status})",
                             status=status)
    gone = status == 404 or "resource-not-found" in str(problem.get("type"))
    return PlatformError(ErrorKind.REJECTED, detail or f"HTTP {status}", status=status, gone=gone,
                         code="duplicate" if "duplicate" in detail.lower() else None)


class XConnector(Connector):
    platform = "x"

    def __init__(self, user_id: str, credentials: Credentials, *, client_id: str = "",
                 session: requests.Session | None = None, clock=None, timeout=TIMEOUT, lookback_days: int = 7):
        self.user_id = user_id
        self.credentials = credentials
        self._client_id = client_id
        self._key = "all"
        self.http = ApiClient(api_base("x", "https://api.x.com"),
                              lambda r, b: read_x_error(r, b, self.http, self._key),
                              session=session, watch=self._watch, timeout=timeout,
                              **({"clock": clock} if clock else {}))
        self._lookback = timedelta(days=lookback_days)

    def account(self) -> AccountInfo:
        data = self._data(self._call("users/me", "GET", "/2/users/me"))
        return AccountInfo(str(data.get("id") or self.user_id), _text(data.get("name")),
                           _text(data.get("username")))

    # -- reading ---------------------------------------------------------------------
    def fetch(self, cursor: dict, now: datetime) -> Iterator[FetchedPage]:
        """Mentions newer than the stored `since_id`, newest first. The cursor moves only when
        every page has been read, so a broken run is read again in full next time."""
        params = {"max_results": 100, "tweet.fields": _TWEET_FIELDS, "expansions": "author_id",
                  "user.fields": "username,name"}
        if cursor.get("since_id"):
            params["since_id"] = cursor["since_id"]
        else:
            params["start_time"] = (now - self._lookback).strftime("%Y-%m-%dT%H:%M:%SZ")
        newest = cursor.get("since_id")
        for _ in range(_MAX_PAGES):
            body = self._call("mentions", "GET", f"/2/users/{self.user_id}/mentions", params=params)
            meta = body.get("meta") if isinstance(body, dict) else None
            if not isinstance(meta, dict):
                raise PlatformError(ErrorKind.TEMPORARY, "the answer had no paging information")
            if newest is None or _later(meta.get("newest_id"), newest):
                newest = str(meta["newest_id"]) if meta.get("newest_id") else newest
            yield FetchedPage(self._posts(body))
            token = meta.get("next_token")
            if not token:
                break
            params = {**params, "pagination_token": token}
        self.next_cursor = {"since_id": newest} if newest else dict(cursor)

    def _posts(self, body: dict) -> list[RemoteComment]:
        includes = body.get("includes") if isinstance(body.get("includes"), dict) else {}
        users = {str(u.get("id")): u for u in includes.get("users") or [] if isinstance(u, dict)}
        posts = []
        for item in body.get("data") or []:
            if not isinstance(item, dict) or not item.get("id"):
                continue
            created = parse_time(item.get("created_at"))
            if created is None:
                continue
            author_id = str(item["author_id"]) if item.get("author_id") else None
            user = users.get(author_id or "", {})
            name = _text(user.get("name")) or _text(user.get("username"))
            posts.append(RemoteComment(
                external_id=str(item["id"]), post_id=str(item.get("conversation_id") or item["id"]),
                text=_unescape(_text(item.get("text"))), created_at=created, author_id=author_id,
                author_name=name, parent_id=_replied_to(item), by_owner=author_id == self.user_id))
        return posts

    # -- writing ---------------------------------------------------------------------
    def reply(self, target: Target, text: str) -> str:
        body = {"text": text, "reply": {"in_reply_to_tweet_id": target.external_id}}
        try:
            answer = self._call("tweets:create", "POST", "/2/tweets", json_body=body)
        except PlatformError as error:
            if error.code == "duplicate":  # X refuses the same text twice: it may be there already
                found = self.find_reply(target, text)
                if found:
                    return found
            raise
        data = self._data(answer)
        if not data.get("id"):
            raise PlatformError(ErrorKind.TEMPORARY, "the platform did not say whether the reply was posted")
        return str(data["id"])

    def find_reply(self, target: Target, text: str) -> str | None:
        params = {"max_results": 100, "since_id": target.external_id, "tweet.fields": _TWEET_FIELDS}
        for _ in range(10):
            body = self._call("tweets:read", "GET", f"/2/users/{self.user_id}/tweets", params=params)
            for item in body.get("data") or [] if isinstance(body, dict) else []:
                if (isinstance(item, dict) and _replied_to(item) == target.external_id
                        and same_text(_unescape(_text(item.get("text"))), text)):
                    return str(item["id"])
            token = (body.get("meta") or {}).get("next_token") if isinstance(body, dict) else None
            if not token:
                return None
            params = {**params, "pagination_token": token}
        return None

    def set_hidden(self, target: Target, hidden: bool) -> None:
        self._call("hidden", "PUT", f"/2/tweets/{target.external_id}/hidden", json_body={"hidden": hidden})

    def delete(self, target: Target) -> None:
        try:
            self._call("tweets:delete", "DELETE", f"/2/tweets/{target.external_id}")
        except PlatformError as error:
            if not error.gone:
                raise

    # -- plumbing --------------------------------------------------------------------
    def _call(self, key: str, method: str, path: str, **options):
        """One request under rate-limit bucket `key`; a dead token is refreshed once."""
        self.http.check_hold("all")
        self.http.check_hold(key)
        self._key = key
        expires = self.credentials.expires_at
        if expires is not None and expires - _REFRESH_AHEAD <= self.http.now and self.credentials.refresh_token:
            self._refresh()
        try:
            return self.http.call(method, path, token=self.credentials.access_token, **options)
        except PlatformError as error:
            if error.kind != ErrorKind.NEEDS_RELOGIN or not self.credentials.refresh_token:
                raise
        self._refresh()
        return self.http.call(method, path, token=self.credentials.access_token, **options)

    def _refresh(self) -> None:
        if not self._client_id:
            raise PlatformError(ErrorKind.NEEDS_RELOGIN, "no client ID to renew the sign-in with")
        form = {"grant_type": "refresh_token", "refresh_token": self.credentials.refresh_token,
                "client_id": self._client_id}
        try:
            body = self.http.call("POST", x_token_url(), data=form)
        except PlatformError as error:
            if error.kind == ErrorKind.REJECTED:  # 400 invalid_request: the refresh token is spent
                raise PlatformError(ErrorKind.NEEDS_RELOGIN, "the sign-in could not be renewed",
                                    status=error.status) from None
            raise
        if not isinstance(body, dict) or not body.get("access_token"):
            raise PlatformError(ErrorKind.TEMPORARY, "the sign-in answer could not be read")
        lifetime = body.get("expires_in") if isinstance(body.get("expires_in"), int) else 7200
        self.credentials = Credentials(str(body["access_token"]),
                                       str(body.get("refresh_token") or self.credentials.refresh_token),
                                       self.http.now + timedelta(seconds=lifetime))
        if self.on_new_credentials is not None:
            self.on_new_credentials(self.credentials)  # the new refresh token must be kept at once

    def _watch(self, response: requests.Response) -> None:
        """A bucket with nothing left waits for its reset before the next call."""
        if response.headers.get("x-rate-limit-remaining") == "0" and response.status_code < 400:
            reset = _epoch(response.headers.get("x-rate-limit-reset"))
            if reset is not None:
                self.http.hold(self._key, reset)

    @staticmethod
    def _data(body) -> dict:
        data = body.get("data") if isinstance(body, dict) else None
        if not isinstance(data, dict):
            raise PlatformError(ErrorKind.TEMPORARY, "the answer had no data")
        return data


def _replied_to(item: dict) -> str | None:
    for ref in item.get("referenced_tweets") or item.get("referenced_posts") or []:
        if isinstance(ref, dict) and ref.get("type") == "replied_to" and ref.get("id"):
            return str(ref["id"])
    return None


def _later(a, b) -> bool:
    """Post ids grow with time; compare them as numbers when they are numbers."""
    try:
        return int(a) > int(b)
    except (TypeError, ValueError):
        return a is not None and str(a) > str(b)


def _epoch(value) -> datetime | None:
    try:
        return datetime.fromtimestamp(int(value), timezone.utc)
    except (TypeError, ValueError, OverflowError, OSError):
        return None


def _unescape(text: str) -> str:
    # X escapes exactly these three in post text.
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def _text(value) -> str:
    return value if isinstance(value, str) else ""

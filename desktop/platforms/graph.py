"""What Facebook's and Instagram's Graph APIs share: error codes, usage headers, cursor paging."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Iterator
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import requests

from desktop.platforms.base import Connector, Credentials, ErrorKind, PlatformError, Target
from desktop.platforms.http import TIMEOUT, ApiClient, api_base

__all__ = ["GRAPH_VERSION", "read_graph_error", "UsageWatch", "graph_pages", "MAX_PAGES",
           "GraphConnector"]

GRAPH_VERSION = "v25.0"  # usable to 2028-07-29; one constant to move on
MAX_PAGES = 2000         # a guard against a platform that pages forever
_THROTTLED = {4, 17, 32, 613}
_TEMPORARY = {1, 2}
_DEFAULT_WAIT = timedelta(minutes=10)  # when a throttle answer does not say how long


class UsageWatch:
    """Reads the usage headers on every answer; at 100 % of a quota, holds calls until it frees."""

    def __init__(self, owner_id: str):
        self.owner_id = owner_id
        self.client: ApiClient | None = None
        self.regain_minutes: int | None = None

    def __call__(self, response: requests.Response) -> None:
        full, minutes = False, None
        for header in ("X-Business-Use-Case-Usage", "X-App-Usage", "X-Page-Usage"):
            usage = _json_header(response, header)
            entries = []
            if header == "X-Business-Use-Case-Usage" and isinstance(usage, dict):
                for value in usage.values():
                    entries += value if isinstance(value, list) else [value]
            elif isinstance(usage, dict):
                entries.append(usage)
            for entry in entries:
                if not isinstance(entry, dict):
                    continue
                if any(_number(entry.get(k)) >= 100 for k in ("call_count", "total_cputime", "total_time")):
                    full = True
                wait = _number(entry.get("estimated_time_to_regain_access"))
                if wait > 0:
                    minutes = max(minutes or 0, int(wait))
        self.regain_minutes = minutes
        if full and self.client is not None:
            self.client.hold("graph", self.client.now + (timedelta(minutes=minutes) if minutes else _DEFAULT_WAIT))


class GraphConnector(Connector):
    """Facebook's and Instagram's shared plumbing: the client, usage watch, deletes."""

    default_host = ""

    def __init__(self, owner_id: str, credentials: Credentials, *, session: requests.Session | None = None,
                 clock=None, timeout=TIMEOUT, lookback_days: int = 30, min_posts: int = 10,
                 max_posts: int = 100):
        self.owner_id = owner_id
        self.credentials = credentials
        self._token = credentials.access_token
        self._watch = UsageWatch(owner_id)
        self.http = ApiClient(f"{api_base(self.platform, self.default_host)}/{GRAPH_VERSION}",
                              lambda r, b: read_graph_error(r, b, self._watch, self.http),
                              session=session, watch=self._watch, timeout=timeout,
                              **({"clock": clock} if clock else {}))
        self._watch.client = self.http
        self._lookback = timedelta(days=lookback_days)
        self._min_posts, self._max_posts = min_posts, max_posts

    def delete(self, target: Target) -> None:
        try:
            self._send("DELETE", f"/{target.external_id}", None)
        except PlatformError as error:
            if not error.gone:  # already gone is what we wanted
                raise

    def _send(self, method: str, path: str, params: dict | None):
        raise NotImplementedError


def read_graph_error(response: requests.Response, body, watch: UsageWatch, client: ApiClient) -> PlatformError:
    """Graph's error body (`{"error": {"code", "error_subcode", "message", …}}`) as one of our four kinds."""
    status = response.status_code
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict):
        if status == 429:
            return PlatformError(ErrorKind.RATE_LIMITED, "too many requests", status=status,
                                 retry_at=client.now + _DEFAULT_WAIT)
        if status >= 500 or status in (408, 425):
            return PlatformError(ErrorKind.TEMPORARY, f"the platform had a problem (HTTP {status})", status=status)
        return PlatformError(ErrorKind.REJECTED, f"HTTP {status}", status=status)
    code, subcode = _number(error.get("code")), _number(error.get("error_subcode"))
    message = str(error.get("error_user_msg") or error.get("message") or "")[:500]
    if code == 190:
        return PlatformError(ErrorKind.NEEDS_RELOGIN, message, status=status, code=code)
    if code in _THROTTLED or 80001 <= code <= 80099:
        wait = timedelta(minutes=watch.regain_minutes) if watch.regain_minutes else _DEFAULT_WAIT
        client.hold("graph", client.now + wait)
        return PlatformError(ErrorKind.RATE_LIMITED, message, status=status, code=code,
                             retry_at=client.now + wait)
    if code == 10 or 200 <= code <= 299:
        return PlatformError(ErrorKind.NEEDS_RELOGIN, message, status=status, code=code)
    if code in _TEMPORARY or (status >= 500 and code != 100):
        return PlatformError(ErrorKind.TEMPORARY, message, status=status, code=code)
    return PlatformError(ErrorKind.REJECTED, message, status=status, code=code,
                         gone=(code == 100 and subcode == 33))


def graph_pages(client: ApiClient, path: str, token: str, params: dict) -> Iterator[list[dict]]:
    """Every page of a Graph list, following `paging.next`. A next link to another host is not
    followed with the token; the `after` cursor is sent to our own host instead."""
    client.check_hold("graph")
    body = client.call("GET", path, token=token, params=params)
    seen = set()
    for _ in range(MAX_PAGES):
        data = body.get("data") if isinstance(body, dict) else None
        if not isinstance(data, list):
            raise PlatformError(ErrorKind.TEMPORARY, "the answer had no list of items")
        yield [item for item in data if isinstance(item, dict)]
        paging = body.get("paging") if isinstance(body.get("paging"), dict) else {}
        next_url = paging.get("next")
        if not isinstance(next_url, str) or not next_url or next_url in seen:
            return
        seen.add(next_url)
        client.check_hold("graph")
        if _same_origin(next_url, client.base_url):
            body = client.call("GET", _without_token(next_url), token=token)
        else:
            after = (paging.get("cursors") or {}).get("after")
            if not after:
                return
            body = client.call("GET", path, token=token, params={**params, "after": after})


def _without_token(url: str) -> str:
    """Graph may copy the token into `next`; it goes in the header instead, never in a URL."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "access_token"]
    return urlunsplit(parts._replace(query=urlencode(query)))


def _same_origin(url: str, base: str) -> bool:
    a, b = urlsplit(url), urlsplit(base)
    return (a.scheme, a.netloc) == (b.scheme, b.netloc)


def _json_header(response: requests.Response, name: str):
    try:
        return json.loads(response.headers.get(name) or "null")
    except ValueError:
        return None


def _number(value) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0

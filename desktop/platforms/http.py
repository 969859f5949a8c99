"""HTTP for the connectors: one requests session, timeouts, waits the platforms ask for, and
every transport failure turned into a PlatformError. Tokens never reach a log or a message."""

from __future__ import annotations

import json
import logging
import os
from datetime import datetime, timezone
from typing import Callable

import requests

from desktop import __version__
from desktop.platforms.base import ErrorKind, PlatformError

__all__ = ["ApiClient", "api_base", "TIMEOUT"]

log = logging.getLogger(__name__)

TIMEOUT = (6.0, 30.0)  # connect, read (seconds)
_BASE_ENV = {"facebook": "BALAS_FACEBOOK_API", "instagram": "BALAS_INSTAGRAM_API", "x": "BALAS_X_API"}


def api_base(platform: str, default: str) -> str:
    """The platform's API root; `BALAS_<PLATFORM>_API` points it elsewhere (tests, development)."""
    return (os.environ.get(_BASE_ENV[platform]) or default).rstrip("/")


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


class ApiClient:
    """Sends requests to one platform and returns the decoded JSON body.

    `read_error(response, body)` is the platform's own error mapping; it is called for every
    answer that is not a 2xx and returns the PlatformError to raise."""

    @property
    def now(self) -> datetime:
        return self._clock()

    def __init__(self, base_url: str, read_error: Callable[[requests.Response, object], PlatformError],
                 session: requests.Session | None = None, clock: Callable[[], datetime] = _utcnow,
                 watch: Callable[[requests.Response], None] | None = None,
                 timeout: tuple[float, float] = TIMEOUT):
        self.base_url = base_url.rstrip("/")
        self._timeout = timeout
        self._read_error = read_error
        self._watch = watch  # reads usage headers on every answer, good or bad
        self._session = session or requests.Session()
        self._session.headers.setdefault("User-Agent", f"Balas/{__version__}")
        self._clock = clock
        self._holds: dict[str, datetime] = {}

    def hold(self, key: str, until: datetime) -> None:
        """Make no call under `key` before `until` (the platform asked us to wait)."""
        if key not in self._holds or until > self._holds[key]:
            self._holds[key] = until

    def check_hold(self, key: str) -> None:
        until = self._holds.get(key)
        if until is not None and until > self._clock():
            raise PlatformError(ErrorKind.RATE_LIMITED, "waiting as the platform asked", retry_at=until)

    def call(self, method: str, path_or_url: str, *, token: str | None = None,
             params: dict | None = None, data: dict | None = None, json_body: object = None,
             expect_json: bool = True):
        url = path_or_url if path_or_url.startswith(("http://", "https://")) else self.base_url + path_or_url
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        try:
            response = self._session.request(method, url, params=params, data=data, json=json_body,
                                             headers=headers, timeout=self._timeout)
        except requests.ConnectionError as error:
            # Refused, no route, DNS, reset: the laptop is offline or the platform unreachable.
            timed_out = isinstance(error, requests.ConnectTimeout)
            raise PlatformError(ErrorKind.TEMPORARY, "no connection" if not timed_out else "connection timed out",
                                offline=True) from None
        except requests.Timeout:
            raise PlatformError(ErrorKind.TEMPORARY, "the platform did not answer in time") from None
        except requests.RequestException as error:
            raise PlatformError(ErrorKind.TEMPORARY, f"the connection broke ({type(error).__name__})") from None
        if self._watch is not None:
            self._watch(response)
        body = _decode(response)
        if not 200 <= response.status_code < 300:
            raise self._read_error(response, body)
        if expect_json and body is _UNREADABLE:
            kind = response.headers.get("Content-Type", "").split(";")[0] or "no type"
            raise PlatformError(ErrorKind.TEMPORARY,
                                f"the answer could not be read (HTTP {response.status_code}, {kind})",
                                status=response.status_code)
        return body


class _Unreadable:
    def __repr__(self) -> str:
        return "<unreadable>"


_UNREADABLE = _Unreadable()


def _decode(response: requests.Response):
    """The JSON body, or _UNREADABLE (a truncated body, an HTML login page, nothing)."""
    try:
        return json.loads(response.content.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return _UNREADABLE

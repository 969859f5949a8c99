"""What every fake platform server shares: a real HTTP server on 127.0.0.1, a request log, faults.

A fake runs `ThreadingHTTPServer` in a daemon thread. Each request is parsed into a `Logged`
record, logged, matched against the queued faults and then answered by the platform's `route`.
All state sits behind one lock, so concurrent requests see consistent data; sleeps (`delay`,
the "slow" fault) happen outside it.
"""

from __future__ import annotations

import json
import re
import select
import socket
import struct
import sys
import threading
import time
import traceback
from dataclasses import dataclass, field
from typing import Callable
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit

__all__ = ["Abort", "Answer", "FakeServer", "Logged", "parse_time", "when"]

HTML_LOGIN_PAGE = ("<!DOCTYPE html><html><head><title>Log in</title></head><body>"
                   "<form method=\"post\" action=\"/login\"><input name=\"email\">"
                   "<input name=\"pass\" type=\"password\"><button>Log in</button></form>"
                   "</body></html>")
HTML_UNAVAILABLE = ("<html><head><title>503 Service Unavailable</title></head>"
                    "<body><h1>Service Unavailable</h1></body></html>")


def parse_time(value: str) -> float | None:
    """A unix time or an ISO date/time (Z, +0000 or +00:00) as unix seconds; None if unreadable."""
    value = value.strip()
    if re.fullmatch(r"-?\d+(\.\d+)?", value):
        return float(value)
    value = re.sub(r"([+-]\d\d)(\d\d)$", r"\1:\2", value.replace("Z", "+00:00"))
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.timestamp()


def when(value: datetime | str | float | None) -> float | None:
    """A seeding time as unix seconds: datetime, ISO text, unix number, or None (now)."""
    if value is None or isinstance(value, (int, float)):
        return value
    if isinstance(value, datetime):
        return value.timestamp()
    moment = parse_time(value)
    if moment is None:
        raise ValueError(f"unreadable time {value!r}")
    return moment


@dataclass
class Logged:
    """One request as the fake received it."""

    method: str
    path: str                       # as sent (version prefix included), without the query
    query: dict[str, str]
    form: dict[str, str] | None     # application/x-www-form-urlencoded body
    json: object | None             # application/json body
    headers: dict[str, str]         # names in lower case
    token: str | None               # access_token param or Authorization: Bearer
    body: bytes = b""
    fault: str | None = None        # the fault kind applied to this request, if any
    client_gone: Callable[[], bool] = field(default=lambda: False, repr=False, compare=False)
    """True once the sender hung up or died (its request may then be dropped unhandled)."""

    @property
    def params(self) -> dict[str, str]:
        """Query and form parameters together (the platforms accept either)."""
        return {**self.query, **(self.form or {})}


@dataclass
class Answer:
    """What the fake sends back: a dict/list becomes JSON, str/bytes are sent as they are."""

    status: int = 200
    body: object = None
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = "application/json; charset=UTF-8"

    def encode(self) -> bytes:
        if isinstance(self.body, bytes):
            return self.body
        if isinstance(self.body, str):
            return self.body.encode("utf-8")
        if self.body is None:
            return b""
        return json.dumps(self.body, ensure_ascii=False).encode("utf-8")


class Abort(Exception):
    """Raised inside a route to answer at once (errors, mostly)."""

    def __init__(self, answer: Answer):
        super().__init__(answer.status)
        self.answer = answer


@dataclass
class _Fault:
    kind: str
    times: int
    method: str | None
    path: str | None
    params: dict

    def matches(self, request: Logged) -> bool:
        return ((self.method is None or self.method.upper() == request.method)
                and (self.path is None or self.path in request.path))


class FakeServer:
    """Base of the fakes: start/stop, `url`, request log, `delay` and queued faults."""

    COMMON_FAULTS = frozenset({"expired", "rate_limit", "server_error", "unavailable", "malformed",
                               "html", "slow", "reset"})
    PLATFORM_FAULTS: frozenset[str] = frozenset()

    def __init__(self, port: int = 0):
        self.port = port
        self.delay = 0.0
        self.extra_fields = False       # add unknown fields to objects, as a newer API would
        self.requests: list[Logged] = []
        self.errors: list[str] = []     # tracebacks of bugs in the fake itself
        self.lock = threading.RLock()
        self.clock = time.time
        self._latest = 0.0              # newest timestamp handed out, so new items sort last
        self._faults: list[_Fault] = []
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- life cycle ---------------------------------------------------------------------------

    def start(self) -> "FakeServer":
        """Bind 127.0.0.1 and serve in a daemon thread; returns self."""
        handler = type("Handler", (_Handler,), {"fake": self})
        self._server = _Server(("127.0.0.1", self.port), handler)
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.02,),
                                        name=type(self).__name__, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._thread.join()
            self._server = None

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    # -- faults -------------------------------------------------------------------------------

    def fail(self, kind: str, times: int = 1, method: str | None = None, path: str | None = None,
             **params) -> None:
        """Answer the next `times` matching requests with fault `kind` (see the platform class).

        `path` matches when it is contained in the request path. Param `applied=True` lets the
        request take effect first and then replaces its answer (the lost-answer case).
        """
        if kind not in self.COMMON_FAULTS | self.PLATFORM_FAULTS:
            raise ValueError(f"unknown fault kind {kind!r} for {type(self).__name__}")
        with self.lock:
            self._faults.append(_Fault(kind, times, method, path, params))

    def clear_faults(self) -> None:
        with self.lock:
            self._faults.clear()

    def _take_fault(self, request: Logged) -> _Fault | None:
        with self.lock:
            for fault in self._faults:
                if fault.matches(request):
                    fault.times -= 1
                    if fault.times <= 0:
                        self._faults.remove(fault)
                    request.fault = fault.kind
                    return fault
        return None

    # -- helpers for the platforms ------------------------------------------------------------

    def stamp(self, at: float | None = None) -> float:
        """A creation time: `at` if given, else now but never before anything already stored."""
        with self.lock:
            if at is None:
                at = max(self.clock(), self._latest + 1)
            self._latest = max(self._latest, at)
            return at

    def logged(self, method: str | None = None, path: str | None = None) -> list[Logged]:
        """The logged requests with this method and a path containing `path`."""
        with self.lock:
            return [r for r in self.requests
                    if (method is None or r.method == method.upper())
                    and (path is None or path in r.path)]

    # -- to be provided by each platform ------------------------------------------------------

    def route(self, request: Logged) -> Answer:
        raise NotImplementedError

    def fault_answer(self, kind: str, params: dict, request: Logged) -> Answer | None:
        """The platform's answer for its own fault kinds; None to answer normally."""
        return None

    def finish(self, request: Logged, answer: Answer) -> Answer:
        """Last touch on every platform answer (usage and rate-limit headers)."""
        return answer

    # -- the answering, called by the handler -------------------------------------------------

    def _answer(self, request: Logged) -> Answer | None:
        """The answer to send, or None to reset the connection."""
        with self.lock:
            self.requests.append(request)
        fault = self._take_fault(request)
        if self.delay:
            time.sleep(self.delay)
        kind = fault.kind if fault else None
        params = fault.params if fault else {}
        if kind == "slow":
            time.sleep(params.get("seconds", 3))
            kind = None
        if kind and params.get("applied"):
            self._routed(request)
        if kind == "reset":
            return None
        if kind == "unavailable":
            return Answer(503, HTML_UNAVAILABLE, content_type="text/html; charset=utf-8")
        if kind == "malformed":
            return Answer(200, b'{"data":[{"id":"1001_1","message":"Kek coklat', {})
        if kind == "html":
            return Answer(200, HTML_LOGIN_PAGE, content_type="text/html; charset=utf-8")
        if kind:
            with self.lock:
                answer = self.fault_answer(kind, params, request)
            if answer is not None:
                return self.finish(request, answer)
        return self._routed(request)

    def _routed(self, request: Logged) -> Answer:
        with self.lock:
            return self.finish(request, self.route_safely(request))

    def route_safely(self, request: Logged) -> Answer:
        """`route`, with `Abort` turned into its answer and a bug in the fake into a 500."""
        with self.lock:
            try:
                return self.route(request)
            except Abort as abort:
                return abort.answer
            except Exception:
                self.errors.append(traceback.format_exc())
                return Answer(500, {"fake_error": self.errors[-1]})


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128    # the default 5 drops bursts of connections (1 s SYN retry)

    def handle_error(self, request, client_address) -> None:
        """Keep stderr clean: a client that hung up is normal, anything else is a bug to report."""
        error = sys.exc_info()[1]
        if not isinstance(error, ConnectionError):
            self.RequestHandlerClass.fake.errors.append(traceback.format_exc())


class _Handler(BaseHTTPRequestHandler):
    """Turns raw HTTP into `Logged` records and `Answer`s into bytes."""

    fake: FakeServer
    server_version = "FakePlatform/1.0"

    def log_message(self, format, *args) -> None:  # noqa: A002 - the base class's name
        pass  # tests read the request log instead of stderr

    def _serve(self) -> None:
        answer = self.fake._answer(self._parse())
        if answer is None:
            # SO_LINGER 0 turns close() into a reset: the client gets no response at all.
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
            self.close_connection = True
            return
        body = answer.encode()
        self.send_response(answer.status)
        if answer.status != 302 or body:
            self.send_header("Content-Type", answer.content_type)
        for name, value in answer.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _serve

    def _parse(self) -> Logged:
        parts = urlsplit(self.path)
        query = dict(parse_qsl(parts.query, keep_blank_values=True))
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        content_type = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        form = data = None
        if content_type == "application/x-www-form-urlencoded":
            form = dict(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))
        elif content_type == "application/json" and body:
            try:
                data = json.loads(body)
            except ValueError:
                data = None
        headers = {name.lower(): value for name, value in self.headers.items()}
        token = query.get("access_token") or (form or {}).get("access_token")
        auth = headers.get("authorization", "")
        if not token and auth[:7].lower() == "bearer ":
            token = auth[7:].strip()
        return Logged(self.command, parts.path, query, form, data, headers, token, body,
                      client_gone=self._client_gone)

    def _client_gone(self) -> bool:
        """The client closed its end: a read would return nothing (or fail) at once."""
        readable, _, _ = select.select([self.connection], [], [], 0)
        if not readable:
            return False
        try:
            return self.connection.recv(1, socket.MSG_PEEK) == b""
        except OSError:
            return True

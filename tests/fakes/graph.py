"""What the Facebook and Instagram fakes share: Graph errors, tokens, `fields`, cursor paging.

PLATFORMS.md §1-2. Paths may carry any `/vNN.N` prefix or none. Objects are rendered from a
"full" dict (every field the fake knows, None for absent optional ones) and then cut down to
the requested `fields`, as Graph returns only what was asked (plus `id`).
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import time
from dataclasses import dataclass
from urllib.parse import urlencode

from tests.fakes.base import Abort, Answer, FakeServer, Logged

__all__ = ["Edge", "GraphServer", "GraphToken", "flag", "graph_path", "graph_time", "parse_fields"]

VERSION_PREFIX = re.compile(r"^/v\d+\.\d+(?=/|$)")
EXTRA_FIELD = {"new_field_2027": {"kind": "surprise", "values": [1, 2.5, None, "x"],
                                  "nested": {"enabled": True}}}

RATE_MESSAGES = {
    4: "(#4) Application request limit reached",
    17: "(#17) User request limit reached",
    32: "(#32) Page request limit reached",
    613: "(#613) Calls to this api have exceeded the rate limit.",
    80001: "(#80001) There have been too many calls to this Page account. Wait a bit and try again.",
    80002: "(#80002) There have been too many calls to this Instagram account. "
           "Wait a bit and try again.",
}


def graph_time(at: float) -> str:
    """Graph's timestamp format: 2026-11-20T10:56:52+0000."""
    return time.strftime("%Y-%m-%dT%H:%M:%S+0000", time.gmtime(at))


def parse_fields(text: str) -> dict[str, dict | None]:
    """'id,from{id,name},replies.limit(5){id}' -> {'id': None, 'from': {...}, 'replies': {...}}.

    Modifiers such as `.limit(5)` or `.summary(true)` are accepted and ignored.
    """
    fields, _ = _parse_field_list(text, 0)
    return fields


def _parse_field_list(text: str, at: int) -> tuple[dict[str, dict | None], int]:
    fields: dict[str, dict | None] = {}
    name = ""
    while at < len(text):
        char = text[at]
        if char == "{":
            fields[_field_name(name)], at = _parse_field_list(text, at + 1)
            name = ""
            continue
        if char in ",}" and name.strip():
            fields.setdefault(_field_name(name), None)
        if char == "}":
            return fields, at + 1
        name = "" if char == "," else name + char
        at += 1
    if name.strip():
        fields.setdefault(_field_name(name), None)
    return fields, at


def _field_name(raw: str) -> str:
    return raw.strip().split(".")[0].strip()


@dataclass
class Edge:
    """A list-valued field (`replies{…}`, `comments{…}`), rendered as {"data": [...]}."""

    items: list[dict]
    default: tuple[str, ...]
    node_type: str


@dataclass
class GraphToken:
    kind: str                       # "user", "page", "app" or "ig"
    expires_at: float | None = None
    expired: bool = False
    long_lived: bool = False
    parent: str | None = None       # a token this one dies with

    def alive(self, now: float) -> bool:
        return not self.expired and (self.expires_at is None or now < self.expires_at)


class GraphServer(FakeServer):
    """Shared Graph behaviour; subclasses fill `tokens` and implement `route`."""

    PLATFORM_FAULTS = frozenset({"policy", "permission"})
    rate_limit_code = 32
    expired_subcode: int | None = 463

    def __init__(self, port: int = 0):
        super().__init__(port)
        self.tokens: dict[str, GraphToken] = {}
        self.max_limit = 100            # [u] Graph's real ceiling for `limit` is not documented
        self.short_page = True          # the page after the first one is short yet has `next`
        self.trailing_empty_page = False  # the last page has `next` too, leading to {"data": []}
        self.strict_fields = True       # unknown `fields` → error 100, as Graph does
        self.omit_authors = False       # drop the commenter (no pages_read_user_content etc.)
        self.buc_type = "pages"
        self._calls = 0
        self._traces = 0

    # -- tokens -------------------------------------------------------------------------------

    def expire_token(self, token: str) -> None:
        """The token (and any token that dies with it) now answers as expired."""
        with self.lock:
            self.tokens[token].expired = True
            for other in self.tokens.values():
                if other.parent == token:
                    other.expired = True

    def new_token(self, prefix: str, kind: str, expires_in: int | None = None,
                  long_lived: bool = False, parent: str | None = None) -> str:
        with self.lock:
            token = f"{prefix}-{len(self.tokens) + 1}"
            expires_at = self.clock() + expires_in if expires_in else None
            self.tokens[token] = GraphToken(kind, expires_at, long_lived=long_lived, parent=parent)
            return token

    def auth(self, request: Logged, kinds: tuple[str, ...] = ()) -> GraphToken:
        """The request's live token, else raise the Graph error for it."""
        info = self.tokens.get(request.token or "")
        if info is None:
            raise self.error(400, "Invalid OAuth access token - Cannot parse access token", 190)
        if not info.alive(self.clock()):
            raise self.expired_error()
        if kinds and info.kind not in kinds:
            raise self.error(400, "(#210) A page access token is required to request this resource.",
                             210)
        return info

    # -- errors -------------------------------------------------------------------------------

    def error(self, status: int, message: str, code: int, subcode: int | None = None,
              error_type: str = "OAuthException", headers: dict[str, str] | None = None,
              **more) -> Abort:
        """An `Abort` carrying a Graph error body; `raise` it."""
        self._traces += 1
        trace = base64.b64encode(hashlib.sha1(str(self._traces).encode()).digest())[:22].decode()
        body: dict = {"message": message, "type": error_type, "code": code}
        if subcode is not None:
            body["error_subcode"] = subcode
        body.update(more)
        body["fbtrace_id"] = "A" + trace.replace("+", "x").replace("/", "y")
        return Abort(Answer(status, {"error": body}, dict(headers or {})))

    def expired_error(self) -> Abort:
        return self.error(400, "Error validating access token: Session has expired on Monday, "
                          "23-Nov-26 04:00:00 PST. The current time is Monday, 23-Nov-26 "
                          "05:48:54 PST.", 190, self.expired_subcode)

    def missing(self, node_id: str, method: str) -> Abort:
        verb = {"GET": "get", "POST": "post", "DELETE": "delete"}.get(method, method.lower())
        return self.error(400, f"Unsupported {verb} request. Object with ID '{node_id}' does not "
                          "exist, cannot be loaded due to missing permissions, or does not support "
                          "this operation. Please read the Graph API documentation at "
                          "https://developers.facebook.com/docs/graph-api", 100, 33,
                          error_type="GraphMethodException")

    def unknown_path(self, request: Logged) -> Abort:
        return self.error(400, f"Unknown path components: {request.path}", 2500)

    def buc_header(self, owner_id: str, call_count: int, minutes: int = 0) -> str:
        return json.dumps({owner_id: [{"type": self.buc_type, "call_count": call_count,
                                       "total_cputime": min(call_count, 5),
                                       "total_time": min(call_count, 5),
                                       "estimated_time_to_regain_access": minutes}]})

    def fault_answer(self, kind: str, params: dict, request: Logged) -> Answer | None:
        if kind == "expired":
            return self.expired_error().answer
        if kind == "rate_limit":
            code = params.get("code", self.rate_limit_code)
            header = self.buc_header(self.buc_owner_id(), 100, params.get("minutes", 1))
            return self.error(400, RATE_MESSAGES.get(code, f"(#{code}) Rate limit reached"), code,
                              headers={"X-Business-Use-Case-Usage": header},
                              is_transient=True).answer
        if kind == "server_error":
            return self.error(500, "(#2) Service temporarily unavailable", 2,
                              is_transient=True).answer
        if kind == "policy":
            return self.error(400, "It looks like you were misusing this feature by going too fast. "
                              "You've been temporarily blocked from using it.", 368,
                              1390008, error_user_title="You're Temporarily Blocked",
                              error_user_msg="It looks like you were misusing this feature by "
                              "going too fast. You've been temporarily blocked from using it.",
                              ).answer
        if kind == "permission":
            return self.error(403, "(#200) Permissions error", 200).answer
        return None

    # -- usage headers ------------------------------------------------------------------------

    def buc_owner_id(self) -> str:
        """The id the Business Use Case header is keyed by."""
        raise NotImplementedError

    def finish(self, request: Logged, answer: Answer) -> Answer:
        info = self.tokens.get(request.token or "")
        if info is None:
            return answer
        self._calls += 1
        low = min(20, 1 + self._calls // 25)   # "low numbers normally"
        if info.kind in ("page", "ig"):
            answer.headers.setdefault("X-Business-Use-Case-Usage",
                                      self.buc_header(self.buc_owner_id(), low))
        else:
            answer.headers.setdefault("X-App-Usage", json.dumps(
                {"call_count": low, "total_cputime": 1, "total_time": 1}))
        return answer

    # -- fields and paging --------------------------------------------------------------------

    def requested_fields(self, request: Logged) -> dict[str, dict | None] | None:
        text = request.params.get("fields")
        return parse_fields(text) if text else None

    def render(self, full: dict, wanted: dict | None, default: tuple[str, ...],
               node_type: str) -> dict:
        """Only the requested fields of `full` (its defaults if none), `id` always."""
        if wanted is None:
            wanted = dict.fromkeys(default)
        out: dict = {}
        for name, sub in wanted.items():
            if name not in full:
                if self.strict_fields:
                    raise self.error(400, f"(#100) Tried accessing nonexisting field ({name}) on "
                                     f"node type ({node_type})", 100)
                continue
            value = full[name]
            if value is None:
                continue
            if isinstance(value, Edge):
                value = {"data": [self.render(item, sub, value.default, value.node_type)
                                  for item in value.items]}
            elif isinstance(value, dict) and sub is not None:
                value = {key: part for key, part in value.items() if key in sub or key == "id"}
            out[name] = value
        if "id" in full:
            out.setdefault("id", full["id"])
        if self.extra_fields:
            out.update(EXTRA_FIELD)
        return out

    def page(self, request: Logged, items: list[dict], default: tuple[str, ...],
             node_type: str) -> dict:
        """One page of `items` (full dicts, already in order) with cursors and absolute links."""
        params = request.params
        try:
            limit = int(params.get("limit", 25))
        except ValueError:
            raise self.error(400, "(#100) Param limit must be a number", 100) from None
        limit = max(1, min(limit, self.max_limit))
        wanted = self.requested_fields(request)
        if params.get("before"):
            end = self._cursor_index(items, params["before"])
            start = max(0, end - limit)
        else:
            start = self._cursor_index(items, params["after"]) + 1 if params.get("after") else 0
            size = limit
            short = max(1, limit // 2)
            if self.short_page and start == limit and len(items) > start + short:
                size = short    # PLATFORMS.md: "a page may be short … yet have next"
            end = start + size
        chunk = items[start:end]
        end = start + len(chunk)
        answer: dict = {"data": [self.render(item, wanted, default, node_type) for item in chunk]}
        if not chunk:
            return answer
        cursors = {"before": _cursor(chunk[0], start), "after": _cursor(chunk[-1], end - 1)}
        paging: dict = {"cursors": cursors}
        if end < len(items) or self.trailing_empty_page:
            paging["next"] = self._link(request, "after", cursors["after"])
        if start > 0:
            paging["previous"] = self._link(request, "before", cursors["before"])
        answer["paging"] = paging
        return answer

    def _link(self, request: Logged, name: str, cursor: str) -> str:
        query = {key: value for key, value in request.params.items() if key not in ("after", "before")}
        query[name] = cursor
        return f"{self.url}{request.path}?{urlencode(query)}"

    def _cursor_index(self, items: list[dict], cursor: str) -> int:
        try:
            position, item_id = base64.b64decode(cursor.encode()).decode().split(":", 1)
            position = int(position)
        except ValueError:
            raise self.error(400, "(#100) Invalid cursor", 100) from None
        for index, item in enumerate(items):
            if item["id"] == item_id:
                return index
        return min(position, len(items)) - 1  # it went away meanwhile: what followed moved up


def _cursor(item: dict, position: int) -> str:
    return base64.b64encode(f"{position}:{item['id']}".encode()).decode()


def graph_path(path: str) -> list[str]:
    """'/v25.0/1001_1/comments' -> ['1001_1', 'comments'] (any version prefix, or none)."""
    return [part for part in VERSION_PREFIX.sub("", path).split("/") if part]


def flag(value: str | None) -> bool | None:
    """Graph booleans as they arrive in a form: 'true'/'false' (also 1/0); None otherwise."""
    if value is None:
        return None
    return {"true": True, "1": True, "false": False, "0": False}.get(value.strip().lower())

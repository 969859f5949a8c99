"""A fake Facebook Graph API for one Page (PLATFORMS.md §1): posts, comments, tokens, sign-in.

Seed it with `add_post`/`add_comment`, point a connector at `fb.url`, then assert on the
helpers (`replies_by_page`, `comment`) and on `fb.requests`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlencode

from tests.fakes.base import Answer, Logged, parse_time, when
from tests.fakes.graph import Edge, GraphServer, GraphToken, flag, graph_path, graph_time

__all__ = ["FakeFacebook"]

POST_DEFAULT = ("created_time", "message", "id")
COMMENT_DEFAULT = ("created_time", "from", "message", "id")
ACCOUNT_DEFAULT = ("access_token", "category", "category_list", "name", "id", "tasks")
LONG_LIVED = 5183944    # seconds, as Graph answers for 60-day tokens


@dataclass
class _Post:
    id: str
    message: str
    created: float
    author: tuple[str, str]
    visitor: bool


@dataclass
class _Comment:
    id: str
    post_id: str
    message: str
    author: tuple[str, str] | None
    created: float
    parent: str | None
    hidden: bool
    by_page: bool
    deleted: bool = False


@dataclass
class _DeviceCode:
    code: str
    user_code: str
    issued: float
    approved: bool = False
    used: bool = False


class FakeFacebook(GraphServer):
    """One Facebook Page behind a fake Graph API.

    Fault kinds: expired (190/463), rate_limit (code 32, or `code=` 4/17/613/80001; BUC header
    at 100, `minutes=`), app_rate_limit (code 4, X-App-Usage at 100), server_error (500 code 2),
    policy (368), permission (403 code 200), plus unavailable, malformed, html, slow, reset.
    """

    PLATFORM_FAULTS = GraphServer.PLATFORM_FAULTS | {"app_rate_limit"}

    def __init__(self, page_id: str = "1001", page_name: str = "Kedai Kek Aina",
                 page_token: str = "PAGE-TOKEN", user_token: str = "USER-TOKEN",
                 app_id: str = "APP", app_secret: str = "SECRET", *,
                 client_token: str = "CLIENT-TOKEN", user_id: str = "10000000000000001",
                 user_name: str = "Aina Ahmad", instagram_id: str | None = "17841400000000001",
                 port: int = 0):
        super().__init__(port)
        self.page_id, self.page_name = page_id, page_name
        self.page_token, self.user_token = page_token, user_token
        self.app_id, self.app_secret, self.client_token = app_id, app_secret, client_token
        self.user_id, self.user_name = user_id, user_name
        self.instagram_id = instagram_id
        self.deny_login = False
        self.page_tasks = ["ADVERTISE", "ANALYZE", "CREATE_CONTENT", "MESSAGING", "MODERATE",
                           "MANAGE"]
        self.short_token_expires_in = 5400
        self.device_token_expires_in = LONG_LIVED  # [u] lifetime of Login for Devices tokens
        self.device_code_expires_in = 420
        self.device_interval = 5        # seconds between polls the app is asked to keep
        self.dev_mode = True            # [u] http://localhost redirects only in dev mode
        self.page_usage_header = False  # [u] also send the older X-Page-Usage header
        self.tokens[user_token] = GraphToken("user", long_lived=True)
        self.tokens[page_token] = GraphToken("page", long_lived=True)
        self.tokens[f"{app_id}|{app_secret}"] = GraphToken("app", long_lived=True)
        self._page_tokens = {user_token: page_token}
        self._posts: dict[str, _Post] = {}
        self._comments: dict[str, _Comment] = {}
        self._replies: dict[str, list[_Comment]] = {}   # comment id -> its replies
        self._by_post: dict[str, list[_Comment]] = {}   # post id -> all its comments
        self._codes: dict[str, str | None] = {}     # login code -> redirect_uri, None once used
        self._devices: dict[str, _DeviceCode] = {}
        self._post_count = 0
        self._comment_count = 100000

    # -- seeding and inspection ---------------------------------------------------------------

    def add_post(self, message: str, created_time: datetime | str | float | None = None,
                 author: tuple[str, str] | None = None) -> str:
        """A Page post (or a visitor post, shown only in /feed, when `author` is given)."""
        with self.lock:
            self._post_count += 1
            post_id = f"{self.page_id}_{self._post_count}"
            self._posts[post_id] = _Post(post_id, message, self.stamp(when(created_time)),
                                         author or (self.page_id, self.page_name), author is not None)
            return post_id

    def add_comment(self, post_id: str, message: str,
                    author: tuple[str, str] | None = ("2001", "Nur Aisyah"),
                    created_time: datetime | str | float | None = None, parent: str | None = None,
                    hidden: bool = False) -> str:
        """A comment (a reply when `parent` is given); author None = `from` absent in answers."""
        with self.lock:
            if parent is not None:
                parent = self._comments[parent].parent or parent   # threads are two levels deep
            self._comment_count += 1
            comment_id = f"{post_id.split('_')[-1]}_{self._comment_count}"
            by_page = author is not None and author[0] == self.page_id
            comment = _Comment(comment_id, post_id, message, author, self.stamp(when(created_time)),
                               parent, hidden, by_page)
            self._comments[comment_id] = comment
            self._by_post.setdefault(post_id, []).append(comment)
            if parent is not None:
                self._replies.setdefault(parent, []).append(comment)
            return comment_id

    def edit_comment(self, comment_id: str, message: str) -> None:
        with self.lock:
            self._comments[comment_id].message = message

    def set_hidden(self, comment_id: str, hidden: bool) -> None:
        with self.lock:
            self._comments[comment_id].hidden = hidden

    def delete_comment(self, comment_id: str) -> None:
        """Delete a comment and its replies, as Facebook does."""
        with self.lock:
            for comment in self._comments.values():
                if comment_id in (comment.id, comment.parent):
                    comment.deleted = True

    def comment(self, comment_id: str) -> dict | None:
        """A snapshot of one comment (deleted ones too, with deleted=True)."""
        with self.lock:
            found = self._comments.get(comment_id)
            return self._snapshot(found) if found else None

    def comments(self, post_id: str | None = None) -> list[dict]:
        """Snapshots of the live comments (of one post), oldest first."""
        with self.lock:
            return [self._snapshot(c) for c in self._sorted(self._comments.values())
                    if not c.deleted and post_id in (None, c.post_id)]

    def replies_by_page(self, parent_id: str) -> list[dict]:
        """The Page's own live replies under a comment, for "sent exactly once" checks."""
        return [c for c in self.comments() if c["parent"] == parent_id and c["by_page"]]

    def page_comments(self) -> list[dict]:
        """Every live comment written by the Page."""
        return [c for c in self.comments() if c["by_page"]]

    def approve_device(self, user_code: str) -> None:
        """The person entered `user_code` at facebook.com/device and allowed the app."""
        with self.lock:
            for device in self._devices.values():
                if device.user_code == user_code:
                    device.approved = True
                    return
            raise KeyError(user_code)

    def post_ids(self) -> list[str]:
        with self.lock:
            return list(self._posts)

    # -- answers ------------------------------------------------------------------------------

    def buc_owner_id(self) -> str:
        return self.page_id

    def fault_answer(self, kind: str, params: dict, request: Logged) -> Answer | None:
        if kind == "app_rate_limit":
            usage = '{"call_count":100,"total_cputime":12,"total_time":15}'
            return self.error(400, "(#4) Application request limit reached", 4,
                              headers={"X-App-Usage": usage}, is_transient=True).answer
        return super().fault_answer(kind, params, request)

    def finish(self, request: Logged, answer: Answer) -> Answer:
        info = self.tokens.get(request.token or "")
        if self.page_usage_header and info is not None and info.kind == "page":
            answer.headers.setdefault("X-Page-Usage",
                                      '{"call_count":1,"total_cputime":1,"total_time":1}')
        return super().finish(request, answer)

    def route(self, request: Logged) -> Answer:
        parts = graph_path(request.path)
        method = request.method
        if parts == ["dialog", "oauth"]:
            return self._dialog(request)
        if parts == ["oauth", "access_token"]:
            return self._access_token(request)
        if parts[:1] == ["device"] and method == "POST":
            return self._device(request, parts)
        token = self.auth(request)
        if parts == ["me"]:
            return Answer(body=self._page_node(request) if token.kind == "page" else self.render(
                {"id": self.user_id, "name": self.user_name}, self.requested_fields(request),
                ("name", "id"), "User"))
        if parts == ["me", "accounts"]:
            if token.kind != "user":
                raise self.error(400, "(#100) Tried accessing nonexisting field (accounts) on node "
                                 "type (Page)", 100)
            full = {"id": self.page_id, "name": self.page_name, "tasks": list(self.page_tasks),
                    "access_token": self._page_token_for(request.token), "category": "Bakery",
                    "category_list": [{"id": "2705", "name": "Bakery"}]}
            return Answer(body=self.page(request, [full], ACCOUNT_DEFAULT, "Page"))
        if not parts or len(parts) > 2:
            raise self.unknown_path(request)
        node = parts[0]
        edge = parts[1] if len(parts) == 2 else None
        if node == self.page_id:
            return self._page_route(request, edge)
        if node in self._posts:
            return self._post_route(request, self._posts[node], edge)
        comment = self._comments.get(node)
        if comment is None or comment.deleted:
            raise self.missing(node, method)
        return self._comment_route(request, comment, edge)

    # -- Page, posts, comments ----------------------------------------------------------------

    def _page_node(self, request: Logged) -> dict:
        wanted = self.requested_fields(request)
        token = None
        if wanted and "access_token" in wanted:     # minted only when asked for
            is_page = self.tokens[request.token].kind == "page"
            token = request.token if is_page else self._page_token_for(request.token)
        full = {"id": self.page_id, "name": self.page_name, "category": "Bakery",
                "instagram_business_account": {"id": self.instagram_id}
                if self.instagram_id else None, "access_token": token,
                "link": f"https://www.facebook.com/{self.page_id}", "fan_count": 1250}
        return self.render(full, wanted, ("name", "id"), "Page")

    def _page_route(self, request: Logged, edge: str | None) -> Answer:
        if edge is None and request.method == "GET":
            return Answer(body=self._page_node(request))
        if edge not in ("published_posts", "feed", "posts") or request.method != "GET":
            raise self.missing(self.page_id, request.method)
        self.auth(request, ("page",))
        posts = [p for p in self._posts.values() if edge == "feed" or not p.visitor]
        posts.sort(key=lambda p: (p.created, p.id), reverse=True)
        return Answer(body=self.page(request, [self._full_post(p) for p in posts], POST_DEFAULT,
                                     "Post"))

    def _post_route(self, request: Logged, post: _Post, edge: str | None) -> Answer:
        self.auth(request, ("page",))
        if edge is None and request.method == "GET":
            return Answer(body=self.render(self._full_post(post), self.requested_fields(request),
                                           POST_DEFAULT, "Post"))
        if edge == "comments" and request.method == "GET":
            return self._list_comments(request, self._by_post.get(post.id, []), of_comment=False)
        if edge == "comments" and request.method == "POST":
            return self._reply(request, post.id, None)
        raise self.missing(post.id, request.method)

    def _comment_route(self, request: Logged, comment: _Comment, edge: str | None) -> Answer:
        self.auth(request, ("page",))
        method = request.method
        if edge == "comments" and method == "GET":
            return self._list_comments(request, self._replies.get(comment.id, []), of_comment=True)
        if edge == "comments" and method == "POST":
            return self._reply(request, comment.post_id, comment.parent or comment.id)
        if edge is not None:
            raise self.error(400, f"(#100) Tried accessing nonexisting field ({edge}) on node type "
                             "(Comment)", 100)
        if method == "GET":
            return Answer(body=self.render(self._full_comment(comment),
                                           self.requested_fields(request), COMMENT_DEFAULT,
                                           "Comment"))
        if method == "DELETE":
            self.delete_comment(comment.id)
            return Answer(body={"success": True})
        if method == "POST":
            return self._update(request, comment)
        raise self.missing(comment.id, method)

    def _list_comments(self, request: Logged, chosen: list[_Comment], of_comment: bool) -> Answer:
        params = request.params
        filter_ = params.get("filter", "toplevel")
        order = params.get("order", "chronological")
        if filter_ not in ("toplevel", "stream"):
            raise self.error(400, "(#100) filter must be one of the following values: toplevel, "
                             "stream", 100)
        if order not in ("chronological", "reverse_chronological"):
            raise self.error(400, "(#100) order must be one of the following values: "
                             "chronological, reverse_chronological", 100)
        # Replies of one comment are one level already; under a post "toplevel" drops replies.
        chosen = [c for c in chosen if not c.deleted
                  and (of_comment or filter_ == "stream" or c.parent is None)]
        since, until = self._time_param(request, "since"), self._time_param(request, "until")
        chosen = [c for c in chosen if (since is None or c.created >= since)
                  and (until is None or c.created <= until)]
        ordered = self._sorted(chosen)
        if order == "reverse_chronological":
            ordered.reverse()
        return Answer(body=self.page(request, [self._full_comment(c) for c in ordered],
                                     COMMENT_DEFAULT, "Comment"))

    def _time_param(self, request: Logged, name: str) -> float | None:
        text = request.params.get(name)
        if not text:
            return None
        moment = parse_time(text)
        if moment is None:
            raise self.error(400, f"(#100) The parameter {name} is not a valid time", 100)
        return moment

    def _reply(self, request: Logged, post_id: str, parent: str | None) -> Answer:
        message = request.params.get("message", "")
        if not message.strip():
            raise self.error(400, "(#100) Missing message or attachment", 100)
        new_id = self.add_comment(post_id, message, (self.page_id, self.page_name), parent=parent)
        return Answer(body={"id": new_id})

    def _update(self, request: Logged, comment: _Comment) -> Answer:
        params = request.params
        if "is_hidden" in params:
            hidden = flag(params["is_hidden"])
            if hidden is None:
                raise self.error(400, "(#100) Param is_hidden must be a boolean", 100)
            if comment.by_page:
                raise self.error(400, "(#100) A Page cannot hide or unhide its own comments", 100)
            comment.hidden = hidden
            return Answer(body={"success": True})
        if "message" in params:
            if not comment.by_page:
                raise self.error(403, "(#200) Permissions error", 200)
            comment.message = params["message"]
            return Answer(body={"success": True})
        raise self.error(400, "(#100) No fields to update were given", 100)

    def _full_post(self, post: _Post) -> dict:
        toplevel = [c for c in self._sorted(self._by_post.get(post.id, []))
                    if c.parent is None and not c.deleted]
        return {"id": post.id, "message": post.message, "created_time": graph_time(post.created),
                "updated_time": graph_time(post.created),
                "permalink_url": f"https://www.facebook.com/{self.page_id}/posts/{post.id.split('_')[1]}",
                "from": {"id": post.author[0], "name": post.author[1]},
                "status_type": "mobile_status_update", "is_hidden": False,
                "comments": Edge([self._full_comment(c) for c in toplevel], COMMENT_DEFAULT,
                                 "Comment")}

    def _full_comment(self, comment: _Comment, nested: bool = True) -> dict:
        """Every field of a comment; `nested=False` gives the short form used inside `parent`."""
        author = comment.author
        if author is not None and self.omit_authors and not comment.by_page:
            author = None
        short = {"created_time": graph_time(comment.created),
                 "from": {"id": author[0], "name": author[1]} if author else None,
                 "message": comment.message, "id": comment.id}
        if not nested:
            return {key: value for key, value in short.items() if value is not None}
        replies = [c for c in self._sorted(self._replies.get(comment.id, [])) if not c.deleted]
        parent = self._comments.get(comment.parent) if comment.parent else None
        post_n = comment.post_id.split("_")[1]
        return {
            **short,
            "parent": self._full_comment(parent, nested=False) if parent else None,
            "is_hidden": comment.hidden, "can_hide": not comment.by_page, "can_remove": True,
            "can_comment": comment.parent is None, "can_like": True,
            "can_reply_privately": not comment.by_page and comment.parent is None,
            "comment_count": len(replies), "like_count": 0, "user_likes": False,
            "permalink_url": f"https://www.facebook.com/{self.page_id}/posts/{post_n}"
                             f"?comment_id={comment.id.split('_')[1]}",
            "object": None, "attachment": None, "message_tags": None,
            "comments": Edge([self._full_comment(c) for c in replies],
                             COMMENT_DEFAULT, "Comment"),
        }

    def _snapshot(self, comment: _Comment) -> dict:
        return {"id": comment.id, "post_id": comment.post_id, "message": comment.message,
                "from": {"id": comment.author[0], "name": comment.author[1]}
                if comment.author else None,
                "created_time": graph_time(comment.created), "parent": comment.parent,
                "is_hidden": comment.hidden, "can_hide": not comment.by_page,
                "by_page": comment.by_page, "deleted": comment.deleted}

    @staticmethod
    def _sorted(comments) -> list[_Comment]:
        return sorted(comments, key=lambda c: (c.created, int(c.id.split("_")[1])))

    # -- sign-in ------------------------------------------------------------------------------

    def _page_token_for(self, user_token: str | None) -> str:
        """The Page token /me/accounts hands out for this user token (it dies with a short one)."""
        if user_token not in self._page_tokens:
            user = self.tokens[user_token]
            if user.long_lived:
                token = self.new_token("PAGE-TOKEN", "page", long_lived=True)
            else:
                left = int(user.expires_at - self.clock()) if user.expires_at else None
                token = self.new_token("PAGE-TOKEN", "page", left, parent=user_token)
            self._page_tokens[user_token] = token
        return self._page_tokens[user_token]

    def _dialog(self, request: Logged) -> Answer:
        params = request.params
        redirect = params.get("redirect_uri", "")
        if params.get("client_id") != self.app_id:
            return _html_error(400, "Invalid App ID: The provided app ID does not look like a "
                               "valid app ID.")
        if not redirect or (not self.dev_mode and redirect.startswith("http://localhost")):
            return _html_error(400, "URL blocked: This redirect failed because the redirect URI "
                               "is not whitelisted in the app's client OAuth settings.")
        state = params.get("state", "")
        joiner = "&" if "?" in redirect else "?"
        if self.deny_login:
            query = urlencode({"error": "access_denied", "error_code": "200",
                               "error_description": "Permissions error",
                               "error_reason": "user_denied", "state": state})
            return _redirect(f"{redirect}{joiner}{query}#_=_")
        if params.get("response_type", "code") == "token":
            token = self.new_token("USER-TOKEN", "user", self.short_token_expires_in)
            fragment = urlencode({"access_token": token,
                                  "data_access_expiration_time": int(self.clock()) + 7776000,
                                  "expires_in": self.short_token_expires_in, "state": state})
            return _redirect(f"{redirect}#{fragment}")
        code = "CODE-" + hashlib.sha1(f"{len(self._codes)}{state}".encode()).hexdigest()[:24]
        self._codes[code] = redirect
        return _redirect(f"{redirect}{joiner}{urlencode({'code': code, 'state': state})}#_=_")

    def _access_token(self, request: Logged) -> Answer:
        params = request.params
        if params.get("client_id") != self.app_id:
            raise self.error(400, "Error validating application. Invalid application ID.", 101)
        if params.get("client_secret") != self.app_secret:
            raise self.error(400, "Error validating client secret.", 1)
        if params.get("grant_type") == "fb_exchange_token":
            short = self.tokens.get(params.get("fb_exchange_token", ""))
            if short is None or short.kind != "user":
                raise self.error(400, "Invalid OAuth access token - Cannot parse access token", 190)
            if not short.alive(self.clock()):
                raise self.expired_error()
            token = self.new_token("USER-TOKEN", "user", LONG_LIVED, long_lived=True)
            return Answer(body={"access_token": token, "token_type": "bearer",
                                "expires_in": LONG_LIVED})
        code = params.get("code", "")
        if code not in self._codes:
            raise self.error(400, "Invalid verification code format.", 100, 36007)
        if self._codes[code] is None:
            raise self.error(400, "This authorization code has been used.", 100, 36009)
        if self._codes[code] != params.get("redirect_uri"):
            raise self.error(400, "Error validating verification code. Please make sure your "
                             "redirect_uri is identical to the one you used in the OAuth dialog "
                             "request", 100, 36008)
        self._codes[code] = None
        token = self.new_token("USER-TOKEN", "user", self.short_token_expires_in)
        return Answer(body={"access_token": token, "token_type": "bearer",
                            "expires_in": self.short_token_expires_in})

    def _device(self, request: Logged, parts: list[str]) -> Answer:
        params = request.params
        if params.get("access_token") != f"{self.app_id}|{self.client_token}":
            raise self.error(400, "Invalid OAuth access token - Cannot parse access token", 190)
        if parts == ["device", "login"]:
            number = len(self._devices) + 1
            code = hashlib.sha1(f"device{number}".encode()).hexdigest()
            user_code = code[:8].upper()
            self._devices[code] = _DeviceCode(code, user_code, self.clock())
            return Answer(body={"code": code, "user_code": user_code,
                                "verification_uri": "https://www.facebook.com/device",
                                "expires_in": self.device_code_expires_in,
                                "interval": self.device_interval})
        if parts != ["device", "login_status"]:
            raise self.unknown_path(request)
        device = self._devices.get(params.get("code", ""))
        if device is None:
            raise self.error(400, "(#100) The parameter code is invalid", 100)
        if device.used or self.clock() > device.issued + self.device_code_expires_in:
            raise self.error(400, "Your device code has expired.", 31, 1349152,
                             error_user_title="Device Login Code Expired",
                             error_user_msg="Your device code has expired. Please get a new code.")
        if not device.approved:
            raise self.error(400, "User has not yet authorized your application. Please continue "
                             "polling.", 31, 1349174,
                             error_user_title="Device Login Authorization Pending",
                             error_user_msg="User has not yet authorized your application. "
                             "Continue polling.")
        device.used = True
        token = self.new_token("USER-TOKEN", "user", self.device_token_expires_in, long_lived=True)
        return Answer(body={"access_token": token, "expires_in": self.device_token_expires_in,
                            "data_access_expiration_time": int(self.clock()) + 7776000})


def _redirect(location: str) -> Answer:
    return Answer(302, "", {"Location": location}, content_type="text/html; charset=utf-8")


def _html_error(status: int, message: str) -> Answer:
    return Answer(status, f"<!DOCTYPE html><html><body><h1>Error</h1><p>{message}</p></body></html>",
                  content_type="text/html; charset=utf-8")


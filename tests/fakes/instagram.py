"""A fake Instagram API with Instagram Login for one professional account (PLATFORMS.md §2).

It answers the graph.instagram.com paths, and also the two sign-in hosts' paths
(www.instagram.com/oauth/authorize, api.instagram.com/oauth/access_token) on the same port.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlencode

from tests.fakes.base import Abort, Answer, Logged, when
from tests.fakes.graph import Edge, GraphServer, GraphToken, flag, graph_path, graph_time

__all__ = ["FakeInstagram"]

USER_DEFAULT = ("id",)
MEDIA_DEFAULT = ("id",)
COMMENT_DEFAULT = ("timestamp", "text", "id")
SHORT_LIVED = 3600
LONG_LIVED = 5183944


@dataclass
class _Media:
    id: str
    caption: str
    created: float


@dataclass
class _Comment:
    id: str
    media_id: str
    text: str
    author: tuple[str, str]
    created: float
    parent: str | None
    hidden: bool
    by_owner: bool
    deleted: bool = False


class FakeInstagram(GraphServer):
    """One Instagram professional account behind a fake Graph API (Instagram Login).

    Fault kinds: expired (400 code 190), rate_limit (400 code 4, or `code=` 80002; BUC header
    keyed by the IG id at 100, `minutes=`), server_error (500 code 2), policy (368),
    permission (403 code 200), plus unavailable, malformed, html, slow, reset.
    """

    rate_limit_code = 4
    expired_subcode = None      # [u] PLATFORMS.md gives only code 190 for Instagram

    def __init__(self, ig_user_id: str = "17841400000000001", username: str = "kedaikekaina",
                 token: str = "IG-TOKEN", app_id: str = "IG-APP", app_secret: str = "IG-SECRET", *,
                 app_scoped_id: str | None = None, port: int = 0):
        super().__init__(port)
        self.ig_user_id, self.username, self.token = ig_user_id, username, token
        self.app_id, self.app_secret = app_id, app_secret
        # [u] /me's `id` is an app-scoped id and `user_id` the account id; both work as a node.
        self.app_scoped_id = app_scoped_id or "26" + ig_user_id[2:]
        self.deny_login = False
        self.wrap_token_answer = False  # [u] code exchange answers {"data": [{…}]}
        self.buc_type = "instagram"     # [u] the BUC `type` for Instagram
        self.tokens[token] = GraphToken("ig", long_lived=True)
        self._media: dict[str, _Media] = {}
        self._comments: dict[str, _Comment] = {}
        self._replies: dict[str, list[_Comment]] = {}
        self._by_media: dict[str, list[_Comment]] = {}
        self._codes: dict[str, tuple[str, str] | None] = {}  # code -> (redirect_uri, scope)

    # -- seeding and inspection ---------------------------------------------------------------

    def add_media(self, caption: str, timestamp: datetime | str | float | None = None) -> str:
        with self.lock:
            media_id = f"179{len(self._media) + 1:014d}"
            self._media[media_id] = _Media(media_id, caption, self.stamp(when(timestamp)))
            return media_id

    def add_comment(self, media_id: str, text: str,
                    author: tuple[str, str] = ("3001", "nurul.bakes"),
                    timestamp: datetime | str | float | None = None, parent: str | None = None,
                    hidden: bool = False) -> str:
        """A comment (a reply when `parent` is given; a reply to a reply joins the top level)."""
        with self.lock:
            if parent is not None:
                parent = self._comments[parent].parent or parent
            comment_id = f"178{len(self._comments) + 1:014d}"
            comment = _Comment(comment_id, media_id, text, author, self.stamp(when(timestamp)),
                               parent, hidden, author[0] in (self.ig_user_id, self.app_scoped_id))
            self._comments[comment_id] = comment
            self._by_media.setdefault(media_id, []).append(comment)
            if parent is not None:
                self._replies.setdefault(parent, []).append(comment)
            return comment_id

    def edit_comment(self, comment_id: str, text: str) -> None:
        with self.lock:
            self._comments[comment_id].text = text

    def set_hidden(self, comment_id: str, hidden: bool) -> None:
        with self.lock:
            self._comments[comment_id].hidden = hidden

    def delete_comment(self, comment_id: str) -> None:
        """Delete a comment and its replies."""
        with self.lock:
            for comment in [self._comments[comment_id], *self._replies.get(comment_id, [])]:
                comment.deleted = True

    def comment(self, comment_id: str) -> dict | None:
        """A snapshot of one comment (deleted ones too, with deleted=True)."""
        with self.lock:
            found = self._comments.get(comment_id)
            return self._snapshot(found) if found else None

    def comments(self, media_id: str | None = None) -> list[dict]:
        """Snapshots of the live comments (of one media), oldest first."""
        with self.lock:
            return [self._snapshot(c) for c in _sorted(self._comments.values())
                    if not c.deleted and media_id in (None, c.media_id)]

    def replies_by_owner(self, parent_id: str) -> list[dict]:
        """The account's own live replies under a comment, for "sent exactly once" checks."""
        return [c for c in self.comments() if c["parent_id"] == parent_id and c["by_owner"]]

    def owner_comments(self) -> list[dict]:
        return [c for c in self.comments() if c["by_owner"]]

    def media_ids(self) -> list[str]:
        with self.lock:
            return list(self._media)

    # -- answers ------------------------------------------------------------------------------

    def buc_owner_id(self) -> str:
        return self.ig_user_id

    def route(self, request: Logged) -> Answer:
        parts = graph_path(request.path)
        method = request.method
        if parts == ["oauth", "authorize"]:
            return self._authorize(request)
        if parts == ["oauth", "access_token"]:
            return self._code_exchange(request)
        if parts in (["access_token"], ["refresh_access_token"]):
            return self._long_lived(request, parts[0])
        self.auth(request)
        if not parts or len(parts) > 2:
            raise self.unknown_path(request)
        node, edge = parts[0], (parts[1] if len(parts) == 2 else None)
        if node in ("me", self.ig_user_id, self.app_scoped_id):
            return self._user_route(request, edge)
        if node in self._media:
            return self._media_route(request, self._media[node], edge)
        comment = self._comments.get(node)
        if comment is None or comment.deleted:
            raise self.missing(node, method)
        return self._comment_route(request, comment, edge)

    def _user_route(self, request: Logged, edge: str | None) -> Answer:
        if edge is None and request.method == "GET":
            full = {"id": self.app_scoped_id, "user_id": self.ig_user_id,
                    "username": self.username, "name": "Kedai Kek Aina",
                    "account_type": "BUSINESS", "media_count": len(self._media),
                    "followers_count": 2310, "follows_count": 180,
                    "profile_picture_url": "https://scontent.cdninstagram.com/v/profile.jpg"}
            return Answer(body=self.render(full, self.requested_fields(request), USER_DEFAULT,
                                           "IGUser"))
        if edge == "media" and request.method == "GET":
            media = sorted(self._media.values(), key=lambda m: (m.created, m.id), reverse=True)
            return Answer(body=self.page(request, [self._full_media(m) for m in media],
                                         MEDIA_DEFAULT, "IGMedia"))
        raise self.missing(self.ig_user_id, request.method)

    def _media_route(self, request: Logged, media: _Media, edge: str | None) -> Answer:
        if edge is None and request.method == "GET":
            return Answer(body=self.render(self._full_media(media), self.requested_fields(request),
                                           MEDIA_DEFAULT, "IGMedia"))
        if edge == "comments" and request.method == "GET":
            return Answer(body=self.page(request, [self._full_comment(c) for c in
                                                   self._toplevel(media.id)],
                                         COMMENT_DEFAULT, "Comment"))
        if edge == "comments" and request.method == "POST":
            return self._reply(request, media.id, None)
        raise self.missing(media.id, request.method)

    def _comment_route(self, request: Logged, comment: _Comment, edge: str | None) -> Answer:
        method = request.method
        if edge == "replies" and method == "GET":
            replies = [c for c in _sorted(self._replies.get(comment.id, [])) if not c.deleted]
            return Answer(body=self.page(request, [self._full_comment(c) for c in replies],
                                         COMMENT_DEFAULT, "Comment"))
        if edge == "replies" and method == "POST":
            return self._reply(request, comment.media_id, comment.parent or comment.id)
        if edge is not None:
            raise self.error(400, f"(#100) Tried accessing nonexisting field ({edge}) on node type "
                             "(IGCommentFromUser)", 100)
        if method == "GET":
            return Answer(body=self.render(self._full_comment(comment),
                                           self.requested_fields(request), COMMENT_DEFAULT,
                                           "IGComment"))
        if method == "DELETE":
            self.delete_comment(comment.id)
            return Answer(body={"success": True})
        if method == "POST":
            hidden = flag(request.params.get("hide"))
            if hidden is None:
                raise self.error(400, "(#100) The parameter hide is required and must be a "
                                 "boolean", 100)
            comment.hidden = hidden
            return Answer(body={"success": True})
        raise self.missing(comment.id, method)

    def _reply(self, request: Logged, media_id: str, parent: str | None) -> Answer:
        message = request.params.get("message", "")
        if not message.strip():
            raise self.error(400, "(#100) The parameter message is required", 100)
        new_id = self.add_comment(media_id, message, (self.ig_user_id, self.username),
                                  parent=parent)
        return Answer(body={"id": new_id})

    def _toplevel(self, media_id: str) -> list[_Comment]:
        """Top-level live comments, newest first."""
        chosen = [c for c in self._by_media.get(media_id, []) if c.parent is None and not c.deleted]
        return list(reversed(_sorted(chosen)))

    def _full_media(self, media: _Media) -> dict:
        live = [c for c in self._by_media.get(media.id, []) if not c.deleted]
        code = hashlib.sha1(media.id.encode()).hexdigest()[:11]
        return {"id": media.id, "caption": media.caption, "media_type": "IMAGE",
                "media_product_type": "FEED",
                "media_url": f"https://scontent.cdninstagram.com/v/{media.id}.jpg",
                "permalink": f"https://www.instagram.com/p/{code}/", "shortcode": code,
                "timestamp": graph_time(media.created), "comments_count": len(live),
                "like_count": 12, "username": self.username, "owner": {"id": self.ig_user_id},
                "is_comment_enabled": True,
                "comments": Edge([self._full_comment(c) for c in self._toplevel(media.id)],
                                 COMMENT_DEFAULT, "IGComment")}

    def _full_comment(self, comment: _Comment) -> dict:
        hide_author = self.omit_authors and not comment.by_owner
        replies = [] if comment.parent else [
            c for c in _sorted(self._replies.get(comment.id, [])) if not c.deleted]
        return {
            "id": comment.id, "text": comment.text, "timestamp": graph_time(comment.created),
            "username": None if hide_author else comment.author[1],
            "from": None if hide_author else {"id": comment.author[0],
                                              "username": comment.author[1]},
            "hidden": comment.hidden, "like_count": 0, "parent_id": comment.parent,
            "media": {"id": comment.media_id},
            "user": {"id": self.ig_user_id} if comment.by_owner else None,
            "replies": Edge([self._full_comment(c) for c in replies], COMMENT_DEFAULT,
                            "IGComment"),
        }

    def _snapshot(self, comment: _Comment) -> dict:
        return {"id": comment.id, "media_id": comment.media_id, "text": comment.text,
                "username": comment.author[1],
                "from": {"id": comment.author[0], "username": comment.author[1]},
                "timestamp": graph_time(comment.created), "parent_id": comment.parent,
                "hidden": comment.hidden, "by_owner": comment.by_owner, "deleted": comment.deleted}

    # -- sign-in ------------------------------------------------------------------------------

    def _authorize(self, request: Logged) -> Answer:
        params = request.params
        redirect = params.get("redirect_uri", "")
        if params.get("client_id") != self.app_id or not redirect:
            return Answer(400, "<!DOCTYPE html><html><body><h1>Sorry, this page isn't available."
                          "</h1><p>Invalid platform app</p></body></html>",
                          content_type="text/html; charset=utf-8")
        joiner = "&" if "?" in redirect else "?"
        state = params.get("state", "")
        if self.deny_login:
            query = urlencode({"error": "access_denied", "error_reason": "user_denied",
                               "error_description": "The user denied your request.",
                               "state": state})
            return _redirect(f"{redirect}{joiner}{query}")
        code = "AQ" + hashlib.sha1(f"{len(self._codes)}{state}".encode()).hexdigest()[:30]
        self._codes[code] = (redirect, params.get("scope", ""))
        query = urlencode({"code": code, "state": state} if state else {"code": code})
        return _redirect(f"{redirect}{joiner}{query}#_")

    def _code_exchange(self, request: Logged) -> Answer:
        """api.instagram.com answers its errors in the old {"error_type", "code", "error_message"}."""
        params = request.params
        if request.method != "POST":
            raise _old_error(405, "Method not allowed")
        if params.get("client_id") != self.app_id:
            raise _old_error(400, "Invalid platform app")
        if params.get("client_secret") != self.app_secret:
            raise _old_error(400, "Error validating client secret.")
        if params.get("grant_type") != "authorization_code":
            raise _old_error(400, "Invalid grant_type")
        code = params.get("code", "")
        if code not in self._codes:
            raise _old_error(400, "Invalid authorization code")
        if self._codes[code] is None:
            raise _old_error(400, "This authorization code has been used")
        redirect, scope = self._codes[code]
        if redirect != params.get("redirect_uri"):
            raise _old_error(400, "Error validating verification code. Please make sure your "
                                  "redirect_uri is identical to the one you used in the OAuth "
                                  "dialog request")
        self._codes[code] = None
        token = self.new_token("IG-TOKEN", "ig", SHORT_LIVED)
        permissions = [p for p in scope.replace(" ", ",").split(",") if p]
        if self.wrap_token_answer:
            return Answer(body={"data": [{"access_token": token, "user_id": self.app_scoped_id,
                                          "permissions": ",".join(permissions)}]})
        return Answer(body={"access_token": token, "user_id": int(self.app_scoped_id),
                            "permissions": permissions})

    def _long_lived(self, request: Logged, path: str) -> Answer:
        params = request.params
        wanted = "ig_exchange_token" if path == "access_token" else "ig_refresh_token"
        if params.get("grant_type") != wanted:
            raise self.error(400, f"(#100) grant_type must be {wanted}", 100)
        if path == "access_token" and params.get("client_secret") != self.app_secret:
            raise self.error(400, "Error validating client secret.", 1)
        self.auth(request)
        token = self.new_token("IG-TOKEN", "ig", LONG_LIVED, long_lived=True)
        return Answer(body={"access_token": token, "token_type": "bearer",
                            "expires_in": LONG_LIVED})


def _sorted(comments) -> list[_Comment]:
    return sorted(comments, key=lambda c: (c.created, c.id))


def _old_error(status: int, message: str) -> Abort:
    return Abort(Answer(status, {"error_type": "OAuthException", "code": status,
                                 "error_message": message}))


def _redirect(location: str) -> Answer:
    return Answer(302, "", {"Location": location}, content_type="text/html; charset=utf-8")

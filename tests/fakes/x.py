"""A fake X API v2 for one signed-in user (PLATFORMS.md §3): mentions, posts, hiding, PKCE sign-in.

Post ids are snowflakes made from the creation time, so id order is time order and
`since_id` works as on X. Every API answer carries per-endpoint 15-minute rate headers.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
import time
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlencode

from tests.fakes.base import Abort, Answer, FakeServer, Logged, parse_time, when

__all__ = ["FakeX"]

TWITTER_EPOCH_MS = 1288834974657
WINDOW = 15 * 60
ALL_SCOPES = frozenset({"tweet.read", "tweet.write", "users.read", "tweet.moderate.write",
                        "offline.access"})
EXTRA_FIELD = {"new_field_2027": {"kind": "surprise", "values": [1, "x", None]}}

TWEET_FIELDS = frozenset({
    "article", "attachments", "author_id", "card_uri", "community_id", "context_annotations",
    "conversation_id", "created_at", "display_text_range", "edit_controls",
    "edit_history_tweet_ids", "edit_history_post_ids", "entities", "geo", "id",
    "in_reply_to_user_id", "lang", "media_metadata", "non_public_metrics", "note_tweet",
    "organic_metrics", "possibly_sensitive", "promoted_metrics", "public_metrics",
    "referenced_tweets", "referenced_posts", "reply_settings", "scopes", "source", "text",
    "withheld"})
USER_FIELDS = frozenset({
    "affiliation", "connection_status", "created_at", "description", "entities", "id",
    "location", "most_recent_tweet_id", "name", "pinned_tweet_id", "profile_banner_url",
    "profile_image_url", "protected", "public_metrics", "receives_your_dm", "subscription_type",
    "url", "username", "verified", "verified_type", "withheld"})
EXPANSIONS = frozenset({
    "author_id", "referenced_tweets.id", "referenced_tweets.id.author_id", "in_reply_to_user_id",
    "entities.mentions.username", "attachments.media_keys", "attachments.poll_ids",
    "geo.place_id", "edit_history_tweet_ids", "referenced_posts.id",
    "referenced_posts.id.author_id", "edit_history_post_ids", "pinned_tweet_id"})
FIELD_PARAMS = {"tweet.fields", "post.fields", "user.fields", "expansions", "media.fields",
                "place.fields", "poll.fields"}
TIMELINE_PARAMS = FIELD_PARAMS | {"since_id", "until_id", "start_time", "end_time",
                                  "max_results", "pagination_token"}
# Renames when `post_names` is on (the Aug-2026 OpenAPI spec's words).
POST_NAMES = {"referenced_tweets": "referenced_posts",
              "edit_history_tweet_ids": "edit_history_post_ids", "tweets": "posts"}


@dataclass
class _Tweet:
    id: str
    text: str
    author_id: str
    created: float
    conversation_id: str
    in_reply_to: str | None
    in_reply_to_user_id: str | None
    hidden: bool = False
    deleted: bool = False


@dataclass
class _Token:
    user_id: str
    scopes: frozenset[str]
    client_id: str
    expires_at: float | None
    dead: bool = False      # expired by the test, revoked, or a refresh token already used


@dataclass
class _Code:
    client_id: str
    redirect_uri: str
    challenge: str
    method: str
    scopes: frozenset[str]
    issued: float
    used: bool = False


class FakeX(FakeServer):
    """One X user behind a fake API v2.

    Fault kinds: expired (401; 400 invalid_request on /2/oauth2/token), rate_limit (429,
    remaining 0, reset now + `seconds=` 2), usage_capped (429 UsageCapExceeded), server_error
    (503 problem JSON), no_meta (200 without `meta`), no_credits ([u] `status=` 402), plus
    unavailable, malformed, html, slow, reset.
    """

    PLATFORM_FAULTS = frozenset({"usage_capped", "no_meta", "no_credits"})

    def __init__(self, user_id: str = "2244994945", username: str = "KedaiKekAina",
                 name: str = "Kedai Kek Aina", token: str = "X-TOKEN",
                 refresh_token: str = "X-REFRESH", client_id: str = "CLIENT", *, port: int = 0):
        super().__init__(port)
        self.user_id, self.username, self.name = user_id, username, name
        self.token, self.refresh_token, self.client_id = token, refresh_token, client_id
        self.deny_login = False
        self.escape_text = True             # v2 returns & < > as &amp; &lt; &gt;
        self.post_names = False             # [u] answer with referenced_posts etc.
        self.reply_needs_mention = True     # replies only where the author summoned the user
        self.single_use_refresh = True      # [u] refresh tokens work once
        self.daily_limit_headers = False    # [u] x-user-limit-24hour-* on POST /2/tweets
        self.daily_limit = 10000
        self.enforce_rate_limits = True
        self.rate_limits = {"users_me": 75, "mentions": 300, "user_tweets": 900,
                            "user_lookup": 900, "tweet_lookup": 900, "create": 100,
                            "delete": 50, "hide": 50}
        self.redirect_uris: set[str] | None = None  # registered callbacks; None accepts any
        self.code_lifetime = 30.0
        self.token_lifetime = 7200
        self.mentions_reach = 800
        self.problem_base = "https://api.twitter.com/2/problems/"
        self._users: dict[str, tuple[str, str]] = {user_id: (username, name)}
        self._tweets: dict[str, _Tweet] = {}
        self._access = {token: _Token(user_id, ALL_SCOPES, client_id, None)}
        self._refresh = {refresh_token: _Token(user_id, ALL_SCOPES, client_id, None)}
        self._codes: dict[str, _Code] = {}
        self._windows: dict[tuple[str, str], list[float]] = {}  # (user, endpoint) -> [start, n]
        self._daily: list[float] = [0.0, 0]
        self._sequence = 0
        self._issued = 0

    # -- seeding and inspection ---------------------------------------------------------------

    def add_user(self, user_id: str, username: str, name: str) -> None:
        with self.lock:
            self._users[user_id] = (username, name)

    def add_tweet(self, text: str, author: tuple[str, str, str],
                  created_at: datetime | str | float | None = None,
                  in_reply_to: str | None = None) -> str:
        """A post by anyone; `in_reply_to` joins the replied post's conversation."""
        with self.lock:
            self.add_user(*author)
            at = self.stamp(when(created_at))
            tweet_id = self._snowflake(at)
            parent = self._tweets.get(in_reply_to) if in_reply_to else None
            self._tweets[tweet_id] = _Tweet(
                tweet_id, text, author[0], at, parent.conversation_id if parent else tweet_id,
                in_reply_to, parent.author_id if parent else None)
            return tweet_id

    def add_mention(self, text: str,
                    author: tuple[str, str, str] = ("1500000000000000001", "nurulhuda_",
                                                    "Nurul Huda"),
                    created_at: datetime | str | float | None = None,
                    in_reply_to: str | None = None) -> str:
        """A post mentioning the user (put "@KedaiKekAina" in `text`)."""
        return self.add_tweet(text, author, created_at, in_reply_to)

    def add_post(self, text: str, created_at: datetime | str | float | None = None,
                 in_reply_to: str | None = None) -> str:
        """A post by the signed-in user (starts a conversation unless it is a reply)."""
        return self.add_tweet(text, (self.user_id, self.username, self.name), created_at,
                              in_reply_to)

    def tweet(self, tweet_id: str) -> dict | None:
        """A snapshot of one post (deleted ones too, with deleted=True); text as posted."""
        with self.lock:
            found = self._tweets.get(tweet_id)
            return self._snapshot(found) if found else None

    def posts_by_owner(self, in_reply_to: str | None = None) -> list[dict]:
        """The user's own live posts (replying to `in_reply_to` when given), oldest first."""
        with self.lock:
            return [self._snapshot(t) for t in self._ordered() if t.author_id == self.user_id
                    and not t.deleted and in_reply_to in (None, t.in_reply_to)]

    def expire_token(self, token: str) -> None:
        """An access token answers 401 from now on; a refresh token is refused."""
        with self.lock:
            (self._access.get(token) or self._refresh[token]).dead = True

    def _snowflake(self, at: float) -> str:
        while True:
            self._sequence += 1
            tweet_id = str(((int(at * 1000) - TWITTER_EPOCH_MS) << 22) | (self._sequence % 4096))
            if tweet_id not in self._tweets:
                return tweet_id

    # -- answers ------------------------------------------------------------------------------

    def problem(self, status: int, title: str, detail: str, kind: str | None = None,
                **more) -> Abort:
        body = {"title": title, "detail": detail,
                "type": self.problem_base + kind if kind else "about:blank", "status": status}
        body.update(more)
        return Abort(Answer(status, body, content_type="application/problem+json"))

    def invalid(self, parameter: str, value: str, message: str) -> Abort:
        return Abort(Answer(400, {
            "errors": [{"parameters": {parameter: [value]}, "message": message}],
            "title": "Invalid Request", "detail": "One or more parameters to your request was invalid.",
            "type": self.problem_base + "invalid-request"}))

    def fault_answer(self, kind: str, params: dict, request: Logged) -> Answer | None:
        if kind == "expired":
            if "/oauth2/token" in request.path:
                return _oauth_error("Value passed for the token was invalid.")
            return self._unauthorized().answer
        if kind == "rate_limit":
            endpoint = self._endpoint(request) or "mentions"
            answer = self.problem(429, "Too Many Requests", "Too Many Requests").answer
            answer.headers.update(self._rate_headers(self.rate_limits[endpoint], 0,
                                                     time.time() + params.get("seconds", 2)))
            return answer
        if kind == "usage_capped":
            return self.problem(429, "UsageCapExceeded", "Usage cap exceeded: Monthly product cap",
                                "usage-capped", period="Monthly", scope="Product").answer
        if kind == "server_error":
            return self.problem(503, "Service Unavailable", "Service Unavailable").answer
        if kind == "no_credits":
            # [u] the status and body for an empty credit balance are not documented.
            status = params.get("status", 402)
            return self.problem(status, "CreditsDepleted", "Your enrolled account does not have "
                                "any credits to fulfill this request.", "credits-depleted").answer
        if kind == "no_meta":
            answer = self.route_safely(request)
            if isinstance(answer.body, dict):
                answer.body.pop("meta", None)
            return answer
        return None

    def finish(self, request: Logged, answer: Answer) -> Answer:
        endpoint = self._endpoint(request)
        if endpoint is None:
            return answer
        token = self._access.get(request.token or "")
        start, count = self._windows.get((token.user_id if token else "-", endpoint), (time.time(), 0))
        limit = self.rate_limits[endpoint]
        for name, value in self._rate_headers(limit, max(0, limit - int(count)),
                                              start + WINDOW).items():
            answer.headers.setdefault(name, value)
        return answer

    @staticmethod
    def _rate_headers(limit: int, remaining: int, reset: float) -> dict[str, str]:
        return {"x-rate-limit-limit": str(limit), "x-rate-limit-remaining": str(remaining),
                "x-rate-limit-reset": str(int(reset))}

    def _endpoint(self, request: Logged) -> str | None:
        """The rate-limit bucket of an API request; None for sign-in and unknown paths."""
        parts = [p for p in request.path.split("/") if p]
        method = request.method
        if parts[:1] != ["2"] or parts[1:2] == ["oauth2"]:
            return None
        if parts[1:] == ["users", "me"]:
            return "users_me"
        if parts[1:2] == ["users"] and len(parts) == 4 and parts[3] in ("mentions", "tweets"):
            return "mentions" if parts[3] == "mentions" else "user_tweets"
        if parts[1:2] == ["users"] and len(parts) == 3:
            return "user_lookup"
        if parts[1:2] == ["tweets"]:
            if method == "POST" and len(parts) == 2:
                return "create"
            if method == "DELETE" and len(parts) == 3:
                return "delete"
            if method == "PUT" and parts[3:] == ["hidden"]:
                return "hide"
            if method == "GET" and len(parts) <= 3:
                return "tweet_lookup"
        return None

    def route(self, request: Logged) -> Answer:
        parts = [p for p in request.path.split("/") if p]
        method = request.method
        if parts == ["i", "oauth2", "authorize"]:
            return self._authorize(request)
        if parts == ["2", "oauth2", "token"] and method == "POST":
            return self._token(request)
        if parts == ["2", "oauth2", "revoke"] and method == "POST":
            return self._revoke(request)
        endpoint = self._endpoint(request)
        if endpoint is None:
            raise self.problem(404, "Not Found Error", "The requested resource could not be found.")
        token = self._auth(request)
        self._count(token.user_id, endpoint)
        if endpoint == "users_me":
            self._need(token, "tweet.read", "users.read")
            self._check_params(request, FIELD_PARAMS)
            return Answer(body={"data": self._render_user(self.user_id, request)})
        if endpoint in ("mentions", "user_tweets"):
            self._need(token, "tweet.read", "users.read")
            return self._timeline(request, parts[2], endpoint)
        if endpoint == "user_lookup":
            self._need(token, "tweet.read", "users.read")
            if parts[2] not in self._users:
                return Answer(body={"errors": [self._not_found("user", parts[2])]})
            return Answer(body={"data": self._render_user(parts[2], request)})
        if endpoint == "tweet_lookup":
            self._need(token, "tweet.read", "users.read")
            ids = parts[2:3] or [i for i in request.query.get("ids", "").split(",") if i]
            return self._lookup(request, ids, single=len(parts) == 3)
        if endpoint == "create":
            self._need(token, "tweet.read", "tweet.write", "users.read")
            return self._create(request)
        if endpoint == "delete":
            self._need(token, "tweet.read", "tweet.write", "users.read")
            return self._delete(parts[2])
        self._need(token, "tweet.read", "tweet.moderate.write", "users.read")
        return self._hide(request, parts[2])

    # -- API ----------------------------------------------------------------------------------

    def _unauthorized(self) -> Abort:
        return self.problem(401, "Unauthorized", "Unauthorized")

    def _auth(self, request: Logged) -> _Token:
        header = request.headers.get("authorization", "")
        if not header.lower().startswith("bearer "):
            raise self._unauthorized()
        token = self._access.get(header[7:].strip())
        if token is None or token.dead or (token.expires_at and time.time() > token.expires_at):
            raise self._unauthorized()
        return token

    def _need(self, token: _Token, *scopes: str) -> None:
        if not set(scopes) <= token.scopes:
            raise self.problem(403, "Forbidden", "Forbidden")

    def _count(self, user_id: str, endpoint: str) -> None:
        now = time.time()
        window = self._windows.get((user_id, endpoint))
        if window is None or now >= window[0] + WINDOW:
            window = self._windows[(user_id, endpoint)] = [now, 0]
        window[1] += 1
        if self.enforce_rate_limits and window[1] > self.rate_limits[endpoint]:
            raise self.problem(429, "Too Many Requests", "Too Many Requests")

    def _check_params(self, request: Logged, allowed: set[str]) -> None:
        for name, value in request.query.items():
            if name not in allowed:
                raise self.invalid(name, value, f"The query parameter [{name}] is not one of "
                                   f"[{','.join(sorted(allowed))}]")
        for name, known in (("tweet.fields", TWEET_FIELDS), ("post.fields", TWEET_FIELDS),
                            ("user.fields", USER_FIELDS), ("expansions", EXPANSIONS)):
            for value in filter(None, request.query.get(name, "").split(",")):
                if value not in known:
                    raise self.invalid(name, value, f"The `{name}` query parameter value [{value}] "
                                       f"is not one of [{','.join(sorted(known))}]")

    def _timeline(self, request: Logged, user_id: str, endpoint: str) -> Answer:
        query = request.query
        self._check_params(request, TIMELINE_PARAMS | ({"exclude"} if endpoint == "user_tweets"
                                                        else set()))
        raw = query.get("max_results", "10")
        if not raw.isdigit() or not 5 <= int(raw) <= 100:
            raise self.invalid("max_results", raw, f"The `max_results` query parameter value "
                               f"[{raw}] is not between 5 and 100")
        bounds = {}
        for name in ("since_id", "until_id"):
            if name in query and not query[name].isdigit():
                raise self.invalid(name, query[name], f"The `{name}` query parameter value "
                                   f"[{query[name]}] must be a tweet id")
            bounds[name] = int(query[name]) if name in query else None
        if user_id not in self._users:
            return Answer(body={"errors": [self._not_found("user", user_id)]})
        chosen = self._mentions(user_id) if endpoint == "mentions" else [
            t for t in self._ordered(newest_first=True) if t.author_id == user_id
            and not t.deleted and not ("replies" in query.get("exclude", "") and t.in_reply_to)]
        chosen = [t for t in chosen
                  if (bounds["since_id"] is None or int(t.id) > bounds["since_id"])
                  and (bounds["until_id"] is None or int(t.id) < bounds["until_id"])
                  and self._in_time(t, query)]
        token = query.get("pagination_token")
        if token:
            direction, anchor = self._read_token(token)
            if direction == "n":
                chosen = [t for t in chosen if int(t.id) < anchor]
            else:
                chosen = [t for t in chosen if int(t.id) > anchor][-int(raw):]
        page, more = chosen[:int(raw)], len(chosen) > int(raw)
        if not page:
            return Answer(body={"meta": {"result_count": 0}})
        meta: dict = {"result_count": len(page), "newest_id": page[0].id, "oldest_id": page[-1].id}
        if more:
            meta["next_token"] = _page_token("n", page[-1].id)
        if token:
            meta["previous_token"] = _page_token("p", page[0].id)
        return Answer(body={**self._render_tweets(page, request), "meta": meta})

    def _mentions(self, user_id: str) -> list[_Tweet]:
        pattern = re.compile(rf"(?<!\w)@{re.escape(self._users[user_id][0])}(?!\w)", re.I)
        found = [t for t in self._ordered(newest_first=True)
                 if not t.deleted and pattern.search(t.text)]
        return found[:self.mentions_reach]

    def _in_time(self, tweet: _Tweet, query: dict[str, str]) -> bool:
        for name in ("start_time", "end_time"):
            if name in query:
                moment = parse_time(query[name])
                if moment is None:
                    raise self.invalid(name, query[name], f"Invalid {name}")
                if (name == "start_time" and tweet.created < moment) or (
                        name == "end_time" and tweet.created > moment):
                    return False
        return True

    def _read_token(self, token: str) -> tuple[str, int]:
        try:
            text = base64.b32decode(token.upper() + "=" * (-len(token) % 8)).decode()
            return text[0], int(text[1:])
        except (binascii.Error, ValueError, IndexError, UnicodeDecodeError):
            raise self.invalid("pagination_token", token, f"The `pagination_token` query "
                               f"parameter value [{token}] is not valid") from None

    def _lookup(self, request: Logged, ids: list[str], single: bool) -> Answer:
        self._check_params(request, FIELD_PARAMS | ({"ids"} if not single else set()))
        found = [self._tweets[i] for i in ids if i in self._tweets and not self._tweets[i].deleted]
        errors = [self._not_found("tweet", i) for i in ids if i not in {t.id for t in found}]
        body: dict = self._render_tweets(found, request) if found else {}
        if single and found:
            body["data"] = body["data"][0]
        if errors:
            body["errors"] = errors
        return Answer(body=body)

    def _not_found(self, kind: str, value: str) -> dict:
        return {"value": value, "detail": f"Could not find {kind} with id: [{value}].",
                "title": "Not Found Error", "resource_type": kind, "parameter": "id",
                "resource_id": value, "type": self.problem_base + "resource-not-found"}

    def _create(self, request: Logged) -> Answer:
        body = request.json
        if not isinstance(body, dict) or not isinstance(body.get("text", ""), str):
            raise Abort(Answer(400, {"errors": [{"message": "Request body must be a JSON object "
                                                "with a text string"}],
                                     "title": "Invalid Request",
                                     "detail": "One or more parameters to your request was invalid.",
                                     "type": self.problem_base + "invalid-request"}))
        text = body.get("text", "")
        if not text.strip():
            raise self.invalid("text", text, "Post text or media is required")
        reply_to = (body.get("reply") or {}).get("in_reply_to_tweet_id")
        if reply_to is not None:
            target = self._tweets.get(str(reply_to))
            if target is None or target.deleted:
                raise self.problem(403, "Forbidden", "You attempted to reply to a Tweet that is "
                                   "deleted or not visible to you.")
            if (self.reply_needs_mention and target.author_id != self.user_id
                    and not self._mentions_user(target)):
                raise self.problem(403, "Forbidden", "Reply to this conversation is not allowed "
                                   "because you have not been mentioned or otherwise engaged by "
                                   "the author of the post you are replying to.")
        if any(t.text == text and t.author_id == self.user_id and not t.deleted
               for t in self._tweets.values()):
            raise self.problem(403, "Forbidden", "You are not allowed to create a Tweet with "
                               "duplicate content.")
        tweet_id = self.add_post(text, in_reply_to=str(reply_to) if reply_to else None)
        data = {"id": tweet_id, "text": self._text(text), "edit_history_tweet_ids": [tweet_id]}
        answer = Answer(201, {"data": self._renamed(data)})
        if self.daily_limit_headers:
            answer.headers.update(self._daily_headers())
        return answer

    def _mentions_user(self, tweet: _Tweet) -> bool:
        return re.search(rf"(?<!\w)@{re.escape(self.username)}(?!\w)", tweet.text, re.I) is not None

    def _daily_headers(self) -> dict[str, str]:
        now = time.time()
        if now >= self._daily[0] + 86400:
            self._daily = [now, 0]
        self._daily[1] += 1
        return {"x-user-limit-24hour-limit": str(self.daily_limit),
                "x-user-limit-24hour-remaining": str(max(0, self.daily_limit - self._daily[1])),
                "x-user-limit-24hour-reset": str(int(self._daily[0] + 86400))}

    def _delete(self, tweet_id: str) -> Answer:
        tweet = self._tweets.get(tweet_id)
        if tweet is None:
            raise self.problem(404, "Not Found Error", f"Could not find tweet with id: [{tweet_id}].",
                               "resource-not-found")
        if tweet.author_id != self.user_id:
            raise self.problem(403, "Forbidden", "You are not allowed to delete this Tweet.")
        was_live = not tweet.deleted
        tweet.deleted = True
        return Answer(body={"data": {"deleted": was_live}})

    def _hide(self, request: Logged, tweet_id: str) -> Answer:
        body = request.json
        if not isinstance(body, dict) or not isinstance(body.get("hidden"), bool):
            raise self.invalid("hidden", str(body), "The `hidden` field must be true or false")
        tweet = self._tweets.get(tweet_id)
        if tweet is None or tweet.deleted:
            raise self.problem(403, "Forbidden", "You cannot hide or unhide a Tweet that is deleted "
                               "or not visible to you.")
        root = self._tweets.get(tweet.conversation_id)
        if (tweet.id == tweet.conversation_id or tweet.author_id == self.user_id
                or root is None or root.author_id != self.user_id):
            raise self.problem(403, "Forbidden", "You can only hide or unhide replies to "
                               "conversations you started.")
        tweet.hidden = body["hidden"]
        return Answer(body={"data": {"hidden": tweet.hidden}})

    # -- rendering ----------------------------------------------------------------------------

    def _text(self, text: str) -> str:
        if not self.escape_text:
            return text
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    def _renamed(self, obj: dict) -> dict:
        if not self.post_names:
            return obj
        return {POST_NAMES.get(key, key): value for key, value in obj.items()}

    def _wanted(self, request: Logged, name: str) -> set[str]:
        return set(filter(None, request.query.get(name, "").split(",")))

    def _render_tweets(self, tweets: list[_Tweet], request: Logged) -> dict:
        fields = self._wanted(request, "tweet.fields") | self._wanted(request, "post.fields")
        expansions = {e.replace("referenced_posts", "referenced_tweets")
                      for e in self._wanted(request, "expansions")}
        body: dict = {"data": [self._render_tweet(t, fields) for t in tweets]}
        user_ids: list[str] = []
        referenced: list[_Tweet] = []
        for tweet in tweets:
            if "author_id" in expansions:
                user_ids.append(tweet.author_id)
            if "in_reply_to_user_id" in expansions and tweet.in_reply_to_user_id:
                user_ids.append(tweet.in_reply_to_user_id)
            parent = self._tweets.get(tweet.in_reply_to or "")
            if "referenced_tweets.id" in expansions and parent and not parent.deleted:
                referenced.append(parent)
                if "referenced_tweets.id.author_id" in expansions:
                    user_ids.append(parent.author_id)
        includes: dict = {}
        if user_ids:
            includes["users"] = [self._render_user(u, request) for u in dict.fromkeys(user_ids)]
        if referenced:
            unique = {t.id: t for t in referenced}.values()
            includes["tweets"] = [self._render_tweet(t, fields) for t in unique]
        if includes:
            body["includes"] = self._renamed(includes)
        return body

    def _render_tweet(self, tweet: _Tweet, fields: set[str]) -> dict:
        full = {
            "id": tweet.id, "text": self._text(tweet.text), "edit_history_tweet_ids": [tweet.id],
            "author_id": tweet.author_id, "created_at": _x_time(tweet.created),
            "conversation_id": tweet.conversation_id,
            "in_reply_to_user_id": tweet.in_reply_to_user_id,
            "referenced_tweets": [{"type": "replied_to", "id": tweet.in_reply_to}]
            if tweet.in_reply_to else None,
            "lang": "und", "possibly_sensitive": False, "reply_settings": "everyone",
            "entities": self._entities(tweet.text),
            "public_metrics": {"retweet_count": 0, "reply_count": 0, "like_count": 0,
                               "quote_count": 0, "bookmark_count": 0, "impression_count": 0},
        }
        wanted = {"id", "text", "edit_history_tweet_ids"} | {
            {v: k for k, v in POST_NAMES.items()}.get(f, f) for f in fields}
        out = {key: value for key, value in full.items() if key in wanted and value is not None}
        if self.extra_fields:
            out.update(EXTRA_FIELD)
        return self._renamed(out)

    def _entities(self, text: str) -> dict | None:
        mentions = []
        for match in re.finditer(r"(?<!\w)@(\w{1,15})", text):
            entity = {"start": match.start(), "end": match.end(), "username": match.group(1)}
            for user_id, (username, _) in self._users.items():
                if username.lower() == match.group(1).lower():
                    entity["id"] = user_id
            mentions.append(entity)
        return {"mentions": mentions} if mentions else None

    def _render_user(self, user_id: str, request: Logged) -> dict:
        username, name = self._users[user_id]
        full = {"id": user_id, "name": name, "username": username, "protected": False,
                "verified": False, "created_at": "2012-03-14T08:00:00.000Z",
                "description": "", "profile_image_url":
                f"https://pbs.twimg.com/profile_images/{user_id}/photo_normal.jpg"}
        wanted = {"id", "name", "username"} | self._wanted(request, "user.fields")
        out = {key: value for key, value in full.items() if key in wanted}
        if self.extra_fields:
            out.update(EXTRA_FIELD)
        return out

    def _ordered(self, newest_first: bool = False) -> list[_Tweet]:
        return sorted(self._tweets.values(), key=lambda t: int(t.id), reverse=newest_first)

    def _snapshot(self, tweet: _Tweet) -> dict:
        return {"id": tweet.id, "text": tweet.text, "author_id": tweet.author_id,
                "created_at": _x_time(tweet.created), "conversation_id": tweet.conversation_id,
                "in_reply_to": tweet.in_reply_to, "in_reply_to_user_id": tweet.in_reply_to_user_id,
                "hidden": tweet.hidden, "deleted": tweet.deleted}

    # -- OAuth 2.0 with PKCE ------------------------------------------------------------------

    def _authorize(self, request: Logged) -> Answer:
        params = request.query
        redirect = params.get("redirect_uri", "")
        scopes = frozenset(params.get("scope", "").split())
        problems = [params.get("response_type") != "code", params.get("client_id") != self.client_id,
                    not redirect, self.redirect_uris is not None and redirect not in self.redirect_uris,
                    not params.get("code_challenge"), not params.get("state"), not scopes,
                    params.get("code_challenge_method", "plain") not in ("S256", "plain"),
                    not scopes <= ALL_SCOPES]
        if any(problems):
            return Answer(400, "<!DOCTYPE html><html><body><p>Something went wrong. You weren't "
                          "able to give access to the App. Go back and try logging in again."
                          "</p></body></html>", content_type="text/html; charset=utf-8")
        joiner = "&" if "?" in redirect else "?"
        if self.deny_login:
            query = urlencode({"error": "access_denied", "state": params["state"]})
            return Answer(302, "", {"Location": f"{redirect}{joiner}{query}"})
        self._issued += 1
        code = "CODE-" + hashlib.sha256(f"code{self._issued}".encode()).hexdigest()[:40]
        self._codes[code] = _Code(self.client_id, redirect, params["code_challenge"],
                                  params.get("code_challenge_method", "plain"), scopes,
                                  time.time())
        query = urlencode({"state": params["state"], "code": code})
        return Answer(302, "", {"Location": f"{redirect}{joiner}{query}"})

    def _client_id(self, request: Logged) -> str | None:
        auth = request.headers.get("authorization", "")
        if auth.lower().startswith("basic "):
            try:
                return base64.b64decode(auth[6:]).decode().split(":", 1)[0]
            except (binascii.Error, UnicodeDecodeError):
                return None
        return (request.form or {}).get("client_id")

    def _token(self, request: Logged) -> Answer:
        form = request.form or {}
        client_id = self._client_id(request)
        grant = form.get("grant_type")
        if grant == "authorization_code":
            code = self._codes.get(form.get("code", ""))
            if (code is None or code.used or time.time() > code.issued + self.code_lifetime
                    or code.client_id != client_id):
                return _oauth_error("Value passed for the authorization code was invalid.")
            if code.redirect_uri != form.get("redirect_uri"):
                return _oauth_error("Value passed for the redirect uri did not match the uri of "
                                    "the authorization code.")
            if not _verifier_matches(form.get("code_verifier", ""), code.challenge, code.method):
                return _oauth_error("Value passed for the code verifier did not match the code "
                                    "challenge.")
            code.used = True
            return self._issue(code.scopes, client_id)
        if grant == "refresh_token":
            old = self._refresh.get(form.get("refresh_token", ""))
            if old is None or old.dead or old.client_id != client_id:
                return _oauth_error("Value passed for the token was invalid.")
            if self.single_use_refresh:
                old.dead = True
            return self._issue(old.scopes, client_id)
        return _oauth_error("Missing required parameter [grant_type].")

    def _issue(self, scopes: frozenset[str], client_id: str) -> Answer:
        self._issued += 1
        access = f"{self.token}-{self._issued}"
        self._access[access] = _Token(self.user_id, scopes, client_id,
                                      time.time() + self.token_lifetime)
        body = {"token_type": "bearer", "expires_in": self.token_lifetime, "access_token": access,
                "scope": " ".join(sorted(scopes))}
        if "offline.access" in scopes:
            refresh = f"{self.refresh_token}-{self._issued}"
            self._refresh[refresh] = _Token(self.user_id, scopes, client_id, None)
            body["refresh_token"] = refresh
        return Answer(body=body)

    def _revoke(self, request: Logged) -> Answer:
        token = (request.form or {}).get("token", "")
        for store in (self._access, self._refresh):
            if token in store and store[token].client_id == self._client_id(request):
                store[token].dead = True
        return Answer(body={"revoked": True})


def _verifier_matches(verifier: str, challenge: str, method: str) -> bool:
    if method == "plain":
        return bool(verifier) and verifier == challenge
    digest = hashlib.sha256(verifier.encode()).digest()
    return bool(verifier) and base64.urlsafe_b64encode(digest).decode().rstrip("=") == challenge


def _oauth_error(description: str) -> Answer:
    return Answer(400, {"error": "invalid_request", "error_description": description})


def _page_token(direction: str, tweet_id: str) -> str:
    return base64.b32encode(f"{direction}{tweet_id}".encode()).decode().rstrip("=").lower()


def _x_time(at: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(at)) + f".{int(at * 1000) % 1000:03d}Z"

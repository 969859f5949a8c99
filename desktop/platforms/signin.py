"""Signing in from a desktop app (PLATFORMS.md): the system browser comes back to a one-shot
listener on 127.0.0.1, X uses PKCE (no secret), Facebook uses the code flow with the owner's
app secret or Login for Devices with the client token, Instagram uses Instagram Login. Every
flow ends in the accounts the owner may connect, with their credentials. No Qt here: the app
runs these on a worker thread and passes in how to open the browser."""

from __future__ import annotations

import base64
import hashlib
import html
import secrets
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from enum import Enum
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Callable
from urllib.parse import parse_qsl, urlencode, urlsplit

import requests

from desktop.platforms import make_connector
from desktop.platforms.base import REDIRECT_PORT, Credentials, ErrorKind, PlatformError
from desktop.platforms.graph import GRAPH_VERSION, UsageWatch, graph_pages, read_graph_error
from desktop.platforms.http import TIMEOUT, ApiClient, api_base
from desktop.platforms.x import read_x_error, x_token_url

__all__ = ["AppKeys", "AccountChoice", "DeviceCode", "LoopbackRedirect",
           "Problem", "SignIn", "SignInError", "pkce_pair", "FACEBOOK_SCOPES", "INSTAGRAM_SCOPES",
           "X_SCOPES"]

CALLBACK_PATH = "/callback"
BROWSER_WAIT = 600     # seconds the owner has to finish in the browser
FACEBOOK_SCOPES = ("pages_show_list", "pages_read_engagement", "pages_read_user_content",
                   "pages_manage_engagement")
INSTAGRAM_SCOPES = ("instagram_business_basic", "instagram_business_manage_comments")
X_SCOPES = ("tweet.read", "tweet.write", "users.read", "tweet.moderate.write", "offline.access")
_DEVICE_PENDING, _DEVICE_EXPIRED = 1349174, 1349152


class Problem(str, Enum):
    """Why a sign-in did not finish; the app says each in the owner's language."""

    NOT_SET_UP = "not_set_up"          # an app ID, secret or client token is missing
    PORT_BUSY = "port_busy"            # another program listens on the redirect port
    DENIED = "denied"                  # the owner pressed Cancel / Not now on the platform
    TIMED_OUT = "timed_out"            # nothing came back from the browser in time
    CANCELLED = "cancelled"            # the owner cancelled in Balas
    BAD_ANSWER = "bad_answer"          # the browser came back without a code, or a wrong state
    NO_ACCOUNTS = "no_accounts"        # signed in, but no Page this person may moderate
    CODE_EXPIRED = "code_expired"      # the device code ran out before it was entered


class SignInError(Exception):
    explained = True

    def __init__(self, problem: Problem, detail: str = ""):
        super().__init__(f"{problem.value}: {detail}" if detail else problem.value)
        self.problem = problem
        self.detail = detail[:300]


@dataclass(frozen=True)
class AppKeys:
    """The owner's own registered apps. IDs are settings; the secrets come from the keyring."""

    facebook_app_id: str = ""
    facebook_app_secret: str = ""
    facebook_client_token: str = ""
    instagram_app_id: str = ""
    instagram_app_secret: str = ""
    x_client_id: str = ""
    port: int = REDIRECT_PORT

    def __repr__(self) -> str:
        return (f"AppKeys(facebook_app_id={self.facebook_app_id!r}, instagram_app_id="
                f"{self.instagram_app_id!r}, x_client_id={self.x_client_id!r}, port={self.port})")


@dataclass(frozen=True)
class AccountChoice:
    """One account the sign-in gives access to."""

    platform: str
    external_id: str
    name: str
    handle: str
    credentials: Credentials
    client_id: str | None = None


@dataclass(frozen=True)
class DeviceCode:
    user_code: str
    verification_uri: str
    expires_in: int


def pkce_pair() -> tuple[str, str]:
    """(code_verifier, S256 code_challenge) per RFC 7636."""
    verifier = secrets.token_urlsafe(64)[:96]
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return verifier, base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")


class LoopbackRedirect:
    """Listens once on 127.0.0.1:`port` for the browser coming back to /callback."""

    def __init__(self, port: int, done_page: str = "Balas: you can close this tab."):
        self._page = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Balas</title></head>"
                      "<body style=\"font-family: sans-serif; margin: 3em\"><p>"
                      f"{html.escape(done_page)}</p></body></html>").encode("utf-8")
        self._answer: dict[str, str] | None = None
        self._state = b""
        outer = self

        class Handler(BaseHTTPRequestHandler):
            timeout = 5  # a browser's speculative connection that never asks must not hang us

            def do_GET(self):  # noqa: N802 (http.server's name)
                parts = urlsplit(self.path)
                if parts.path != CALLBACK_PATH:
                    self.send_error(404)
                    return
                query = dict(parse_qsl(parts.query, keep_blank_values=True))
                if outer._answer is not None or not outer._expected(query.get("state", "")):
                    # another page poking at the port: not an answer, keep waiting for the real one
                    self.send_error(400, "Not part of a sign-in in progress")
                    return
                outer._answer = query
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Cache-Control", "no-store")
                self.send_header("Content-Length", str(len(outer._page)))
                self.end_headers()
                self.wfile.write(outer._page)

            def log_message(self, *args):  # the query holds a code: never logged
                pass

        try:
            self._server = _OneUserServer(("127.0.0.1", port), Handler)
        except OSError as error:
            raise SignInError(Problem.PORT_BUSY, f"127.0.0.1:{port}: {error.strerror or error}") from None
        self._server.timeout = 0.2
        self.port = self._server.server_address[1]

    @property
    def redirect_uri(self) -> str:
        return f"http://127.0.0.1:{self.port}{CALLBACK_PATH}"

    def wait(self, state: str, should_stop: Callable[[], bool], timeout: float = BROWSER_WAIT) -> dict[str, str]:
        """The callback's query once the browser comes back with this `state`; platform errors
        are raised. Calls carrying any other state are turned away and waited past."""
        self._state = state.encode("utf-8")
        deadline = time.monotonic() + timeout
        while self._answer is None:
            if should_stop():
                raise SignInError(Problem.CANCELLED)
            if time.monotonic() > deadline:
                raise SignInError(Problem.TIMED_OUT)
            self._server.handle_request()
        answer = self._answer
        if answer.get("error"):
            detail = answer.get("error_description") or answer.get("error_reason") or answer["error"]
            if answer["error"] in ("access_denied", "user_denied") or answer.get("error_reason") == "user_denied":
                raise SignInError(Problem.DENIED, detail)
            raise SignInError(Problem.BAD_ANSWER, detail)
        if not answer.get("code"):
            raise SignInError(Problem.BAD_ANSWER, "the answer had no code")
        return answer

    def _expected(self, state: str) -> bool:
        return bool(self._state) and secrets.compare_digest(state.encode("utf-8"), self._state)

    def close(self) -> None:
        self._server.server_close()

    def __enter__(self) -> LoopbackRedirect:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class _OneUserServer(HTTPServer):
    allow_reuse_address = False  # on Windows it would let another program share the port


def _now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class SignIn:
    """Runs one platform's sign-in on a worker thread.

    `open_browser(url)` shows the platform's page; `should_stop()` is polled while waiting;
    `on_device_code` hears the code the owner types at facebook.com/device; `sleep(seconds)`
    waits between polls and returns True when the owner cancelled."""

    keys: AppKeys
    open_browser: Callable[[str], None]
    should_stop: Callable[[], bool] = lambda: False
    done_page: str = "Balas: you can close this tab."
    on_device_code: Callable[[DeviceCode], None] | None = None
    session_factory: Callable[[], requests.Session] = requests.Session
    clock: Callable[[], datetime] = _now
    timeout: tuple[float, float] = TIMEOUT
    browser_wait: float = BROWSER_WAIT
    sleep: Callable[[float], bool] | None = None

    def run(self, platform: str) -> list[AccountChoice]:
        flows = {"x": self.x, "facebook": self.facebook, "instagram": self.instagram}
        return flows[platform]()

    # -- X: OAuth 2.0 with PKCE ---------------------------------------------------------
    def x(self) -> list[AccountChoice]:
        client_id = self._need(self.keys.x_client_id)
        verifier, challenge = pkce_pair()
        with LoopbackRedirect(self.keys.port, self.done_page) as loopback:
            state = secrets.token_urlsafe(24)
            self._open(api_base("x", "https://x.com") + "/i/oauth2/authorize?" + urlencode({
                "response_type": "code", "client_id": client_id, "redirect_uri": loopback.redirect_uri,
                "scope": " ".join(X_SCOPES), "state": state, "code_challenge": challenge,
                "code_challenge_method": "S256"}))
            code = loopback.wait(state, self.should_stop, self.browser_wait)["code"]
            redirect_uri = loopback.redirect_uri
        client = self._client("x")
        body = client.call("POST", x_token_url(), data={   # the code lives 30 s: no delay here
            "grant_type": "authorization_code", "code": code, "redirect_uri": redirect_uri,
            "client_id": client_id, "code_verifier": verifier})
        access = _field(body, "access_token")
        lifetime = _seconds(body.get("expires_in"), 7200)
        credentials = Credentials(access, str(body.get("refresh_token") or "") or None,
                                  self.clock() + timedelta(seconds=lifetime))
        connector = make_connector("x", "", credentials, client_id=client_id,
                                   session=self.session_factory(), timeout=self.timeout)
        info = connector.account()
        return [AccountChoice("x", info.external_id, info.name, info.handle, connector.credentials, client_id)]

    # -- Facebook: code flow with the app secret, or Login for Devices ---------------------
    def facebook(self) -> list[AccountChoice]:
        app_id = self._need(self.keys.facebook_app_id)
        if self.keys.facebook_app_secret:
            user_token = self._facebook_browser(app_id, self.keys.facebook_app_secret)
        elif self.keys.facebook_client_token:
            user_token = self._facebook_device(app_id, self.keys.facebook_client_token)
        else:
            raise SignInError(Problem.NOT_SET_UP, "facebook app secret or client token")
        return self.facebook_pages(user_token)

    def facebook_pages(self, user_token: str) -> list[AccountChoice]:
        """The Pages a user token may moderate, each with its own Page token."""
        client = self._client("facebook")
        pages = []
        for items in graph_pages(client, "/me/accounts", user_token, {"fields": "id,name,access_token,tasks",
                                                                       "limit": 100}):
            pages += items
        choices = [AccountChoice("facebook", str(p["id"]), str(p.get("name") or ""), "",
                                 Credentials(str(p["access_token"])))
                   for p in pages if p.get("id") and p.get("access_token")
                   and ("MODERATE" in (p.get("tasks") or ["MODERATE"]))]
        if not choices:
            raise SignInError(Problem.NO_ACCOUNTS, f"{len(pages)} Page(s), none you may moderate")
        return choices

    def _facebook_browser(self, app_id: str, app_secret: str) -> str:
        with LoopbackRedirect(self.keys.port, self.done_page) as loopback:
            state = secrets.token_urlsafe(24)
            dialog = api_base("facebook", "https://www.facebook.com") + f"/{GRAPH_VERSION}/dialog/oauth?"
            self._open(dialog + urlencode({
                "client_id": app_id, "redirect_uri": loopback.redirect_uri, "state": state,
                "response_type": "code", "scope": ",".join(FACEBOOK_SCOPES)}))
            code = loopback.wait(state, self.should_stop, self.browser_wait)["code"]
            redirect_uri = loopback.redirect_uri
        client = self._client("facebook")
        short = client.call("GET", "/oauth/access_token", params={
            "client_id": app_id, "redirect_uri": redirect_uri, "client_secret": app_secret, "code": code})
        # A long-lived user token gives Page tokens that do not run out.
        long = client.call("GET", "/oauth/access_token", params={
            "grant_type": "fb_exchange_token", "client_id": app_id, "client_secret": app_secret,
            "fb_exchange_token": _field(short, "access_token")})
        return _field(long, "access_token")

    def _facebook_device(self, app_id: str, client_token: str) -> str:
        client = self._client("facebook", device=True)
        app_token = f"{app_id}|{client_token}"
        start = client.call("POST", "/device/login", data={"access_token": app_token,
                                                           "scope": ",".join(FACEBOOK_SCOPES)})
        code = _field(start, "code")
        device = DeviceCode(_field(start, "user_code"), _facebook_page(start.get("verification_uri")),
                            _seconds(start.get("expires_in"), 420))
        if self.on_device_code is not None:
            self.on_device_code(device)
        self._open(device.verification_uri)
        interval = max(_seconds(start.get("interval"), 5), 1)
        deadline = time.monotonic() + device.expires_in
        while True:
            if self._wait(interval):
                raise SignInError(Problem.CANCELLED)
            if time.monotonic() > deadline:
                raise SignInError(Problem.CODE_EXPIRED)
            try:
                body = client.call("POST", "/device/login_status", data={"access_token": app_token,
                                                                        "code": code})
            except PlatformError as error:
                if error.code == _DEVICE_PENDING:
                    continue
                if error.code == _DEVICE_EXPIRED:
                    raise SignInError(Problem.CODE_EXPIRED) from None
                raise
            return _field(body, "access_token")

    # -- Instagram: Instagram Login ---------------------------------------------------------
    def instagram(self) -> list[AccountChoice]:
        app_id = self._need(self.keys.instagram_app_id)
        app_secret = self._need(self.keys.instagram_app_secret)
        with LoopbackRedirect(self.keys.port, self.done_page) as loopback:
            state = secrets.token_urlsafe(24)
            self._open(api_base("instagram", "https://www.instagram.com") + "/oauth/authorize?" + urlencode({
                "client_id": app_id, "redirect_uri": loopback.redirect_uri, "response_type": "code",
                "scope": ",".join(INSTAGRAM_SCOPES), "state": state}))
            code = loopback.wait(state, self.should_stop, self.browser_wait)["code"].removesuffix("#_")
            redirect_uri = loopback.redirect_uri
        exchange = self._client("instagram", host="https://api.instagram.com", versioned=False)
        short = exchange.call("POST", "/oauth/access_token", data={
            "client_id": app_id, "client_secret": app_secret, "grant_type": "authorization_code",
            "redirect_uri": redirect_uri, "code": code})
        if isinstance(short, dict) and isinstance(short.get("data"), list) and short["data"]:
            short = short["data"][0]  # some answers wrap it in data: [...]
        graph = self._client("instagram", versioned=False)
        long = graph.call("GET", "/access_token", token=_field(short, "access_token"), params={
            "grant_type": "ig_exchange_token", "client_secret": app_secret})
        credentials = Credentials(_field(long, "access_token"), None,
                                  self.clock() + timedelta(seconds=_seconds(long.get("expires_in"), 5184000)))
        connector = make_connector("instagram", str(short.get("user_id") or ""), credentials,
                                   session=self.session_factory(), timeout=self.timeout)
        info = connector.account()
        return [AccountChoice("instagram", info.external_id, info.name, info.handle, credentials)]

    # -- a token pasted by the owner --------------------------------------------------------
    def pasted(self, platform: str, token: str, refresh_token: str | None = None,
               external_id: str = "") -> list[AccountChoice]:
        """Checks a token the owner pasted; a Facebook user token offers its Pages."""
        token = "".join(token.split())
        if not token:
            raise SignInError(Problem.NOT_SET_UP, "token")
        if platform == "facebook":
            try:
                return self.facebook_pages(token)
            except PlatformError as error:
                if error.kind != ErrorKind.REJECTED:  # code 100: a Page token has no /accounts
                    raise
        credentials = Credentials(token, "".join((refresh_token or "").split()) or None)
        client_id = self.keys.x_client_id if platform == "x" else None
        connector = make_connector(platform, external_id or "me", credentials, client_id=client_id or "",
                                   session=self.session_factory(), timeout=self.timeout)
        info = connector.account()
        if not info.external_id or info.external_id == "me":
            raise SignInError(Problem.BAD_ANSWER, "the platform did not say which account this is")
        if platform == "instagram" and not connector.renew(self.clock()):
            # a token younger than a day cannot be renewed yet: count on the usual 60 days, so
            # that sync renews it in time
            connector.credentials = Credentials(token, None, self.clock() + timedelta(days=60))
        return [AccountChoice(platform, info.external_id, info.name, info.handle,
                              getattr(connector, "credentials", credentials), client_id)]

    # -- plumbing ---------------------------------------------------------------------------
    def _open(self, url: str) -> None:
        """Show the platform's page, unless the owner cancelled while this sign-in was queued."""
        if self.should_stop():
            raise SignInError(Problem.CANCELLED)
        self.open_browser(url)

    def _need(self, value: str) -> str:
        if not value or not value.strip():
            raise SignInError(Problem.NOT_SET_UP)
        return value.strip()

    def _wait(self, seconds: float) -> bool:
        if self.sleep is not None:
            return self.sleep(seconds) or self.should_stop()
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.should_stop():
                return True
            time.sleep(min(0.2, max(deadline - time.monotonic(), 0)))
        return self.should_stop()

    def _client(self, platform: str, host: str | None = None, versioned: bool = True,
                device: bool = False) -> ApiClient:
        defaults = {"facebook": "https://graph.facebook.com", "instagram": "https://graph.instagram.com",
                    "x": "https://api.x.com"}
        base = api_base(platform, host or defaults[platform])
        if versioned and platform != "x":
            base += f"/{GRAPH_VERSION}"
        watch = UsageWatch("")
        holder: list[ApiClient] = []

        def read_error(response, body):
            if platform == "x":
                return read_x_error(response, body, holder[0], "oauth")
            if isinstance(body, dict) and "error_message" in body:  # api.instagram.com's older shape
                return PlatformError(ErrorKind.REJECTED, str(body["error_message"])[:500],
                                     status=response.status_code)
            error = read_graph_error(response, body, watch, holder[0])
            details = body.get("error") if isinstance(body, dict) else None
            subcode = details.get("error_subcode") if isinstance(details, dict) else None
            if device and subcode in (_DEVICE_PENDING, _DEVICE_EXPIRED):
                return PlatformError(ErrorKind.REJECTED, error.message, status=error.status, code=subcode)
            if error.code == 1 and details.get("type") == "OAuthException":
                # "Error validating client secret." comes as code 1, usually a passing fault
                return PlatformError(ErrorKind.REJECTED, error.message, status=error.status, code=1)
            return error

        client = ApiClient(base, read_error, session=self.session_factory(), clock=self.clock,
                           timeout=self.timeout)
        holder.append(client)
        return client


def _facebook_page(url) -> str:
    """The address the owner types the code at: only ever a facebook.com page over https."""
    parts = urlsplit(url) if isinstance(url, str) else None
    if parts and parts.scheme == "https" and (parts.hostname or "").endswith(("facebook.com", ".fb.com")):
        return url
    return "https://www.facebook.com/device"


def _field(body, name: str) -> str:
    value = body.get(name) if isinstance(body, dict) else None
    if value in (None, ""):
        raise PlatformError(ErrorKind.TEMPORARY, f"the sign-in answer had no {name}")
    return str(value)


def _seconds(value, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except (TypeError, ValueError):
        return default

"""Sign-in flows against the fake platforms over real HTTP, with a stand-in browser that follows
the platform's redirect back to Balas's listener on 127.0.0.1."""

from __future__ import annotations

import socket
import threading
import time
from datetime import datetime, timedelta, timezone
from urllib.parse import parse_qs, urlsplit

import pytest
import requests

from desktop.platforms import Credentials, ErrorKind, PlatformError, make_connector
from desktop.platforms.signin import (AppKeys, LoopbackRedirect, Problem, SignIn, SignInError,
                                      pkce_pair)
from tests.fakes.browser import Browser

DONE = "Selesai — kembali ke Balas."


def sign_in(keys: AppKeys, browser: Browser, **options) -> SignIn:
    return SignIn(keys, browser, done_page=DONE, **options)


def query_of(url: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}


# -- the listener -------------------------------------------------------------------------

def test_pkce_pair_is_s256_of_a_long_random_verifier():
    import base64
    import hashlib

    verifier, challenge = pkce_pair()
    assert 43 <= len(verifier) <= 128 and verifier != pkce_pair()[0]
    assert challenge == base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).decode().rstrip("=")


def test_loopback_answers_once_checks_state_and_ignores_other_paths():
    with LoopbackRedirect(0, DONE) as loopback:
        assert loopback.redirect_uri.startswith("http://127.0.0.1:")
        results = []

        def browser():
            results.append(requests.get(loopback.redirect_uri.replace("/callback", "/favicon.ico"), timeout=5))
            results.append(requests.get(loopback.redirect_uri + "?code=C1&state=S", timeout=5))

        thread = threading.Thread(target=browser)
        thread.start()
        answer = loopback.wait("S", lambda: False, timeout=10)
        thread.join()
    assert answer["code"] == "C1"
    assert [r.status_code for r in results] == [404, 200]
    assert DONE in results[1].text and results[1].headers["Content-Type"].startswith("text/html")


def test_loopback_turns_away_other_states_and_reports_denial_and_missing_code():
    with LoopbackRedirect(0, DONE) as loopback:
        seen = []

        def pokes():  # another web page pokes at the port before the real answer comes back
            for query in ("code=EVIL&state=OTHER", "error=access_denied&state=%E2%9C%93", "code=C1"):
                seen.append(requests.get(f"{loopback.redirect_uri}?{query}", timeout=5).status_code)
            seen.append(requests.get(f"{loopback.redirect_uri}?code=GOOD&state=S", timeout=5).status_code)

        thread = threading.Thread(target=pokes)
        thread.start()
        assert loopback.wait("S", lambda: False, timeout=10)["code"] == "GOOD"
        thread.join()
    assert seen == [400, 400, 400, 200]
    for query, problem in (("state=S", Problem.BAD_ANSWER), ("error=access_denied&state=S", Problem.DENIED)):
        with LoopbackRedirect(0) as loopback:
            thread = threading.Thread(target=requests.get, args=(f"{loopback.redirect_uri}?{query}",),
                                      kwargs={"timeout": 5})
            thread.start()
            with pytest.raises(SignInError) as caught:
                loopback.wait("S", lambda: False, timeout=10)
            thread.join()
        assert caught.value.problem == problem, query


def test_loopback_cancel_and_timeout():
    with LoopbackRedirect(0) as loopback, pytest.raises(SignInError) as caught:
        loopback.wait("S", lambda: True)
    assert caught.value.problem == Problem.CANCELLED
    with LoopbackRedirect(0) as loopback, pytest.raises(SignInError) as caught:
        loopback.wait("S", lambda: False, timeout=0.3)
    assert caught.value.problem == Problem.TIMED_OUT


def test_loopback_port_in_use_is_said_plainly():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(SignInError) as caught:
            LoopbackRedirect(port)
    assert caught.value.problem == Problem.PORT_BUSY and str(port) in caught.value.detail


def test_a_silent_connection_does_not_block_the_callback():
    """Browsers open spare connections they never use; the real callback must still get in."""
    with LoopbackRedirect(0) as loopback:
        idle = socket.create_connection(("127.0.0.1", loopback.port))
        thread = threading.Thread(target=requests.get, args=(loopback.redirect_uri + "?code=C&state=S",),
                                  kwargs={"timeout": 15})
        thread.start()
        assert loopback.wait("S", lambda: False, timeout=20)["code"] == "C"
        thread.join()
        idle.close()


# -- X --------------------------------------------------------------------------------------

def test_x_pkce_sign_in_gives_the_account_with_a_refresh_token(x):
    browser = Browser()
    choices = sign_in(AppKeys(x_client_id=x.client_id, port=0), browser).x()
    browser.wait()
    [choice] = choices
    assert (choice.platform, choice.external_id, choice.handle) == ("x", x.user_id, x.username)
    assert choice.client_id == x.client_id and choice.credentials.refresh_token
    assert choice.credentials.expires_at > datetime.now(timezone.utc) + timedelta(minutes=100)
    authorize = query_of(browser.opened[0])
    assert authorize["code_challenge_method"] == "S256" and "offline.access" in authorize["scope"].split()
    assert authorize["redirect_uri"].startswith("http://127.0.0.1:")
    exchange = x.logged("POST", "/oauth2/token")[-1].form
    assert exchange["grant_type"] == "authorization_code" and exchange["redirect_uri"] == authorize["redirect_uri"]
    assert browser.pages[0][0] == 200 and DONE in browser.pages[0][1]
    # the new token works, and its refresh token renews it
    connector = make_connector("x", x.user_id, choice.credentials, client_id=x.client_id)
    x.expire_token(choice.credentials.access_token)
    assert connector.account().external_id == x.user_id
    assert connector.credentials.refresh_token != choice.credentials.refresh_token


def test_x_denied_and_unregistered_callback(x):
    x.deny_login = True
    with pytest.raises(SignInError) as caught:
        sign_in(AppKeys(x_client_id=x.client_id, port=0), Browser()).x()
    assert caught.value.problem == Problem.DENIED
    x.deny_login = False
    x.redirect_uris = {"http://127.0.0.1:1/callback"}  # X shows its error page; nothing comes back
    browser = Browser()
    with pytest.raises(SignInError) as caught:
        sign_in(AppKeys(x_client_id=x.client_id, port=0), browser, browser_wait=1.5).x()
    browser.wait()
    assert caught.value.problem == Problem.TIMED_OUT and browser.pages[0][0] == 400


def test_x_needs_a_client_id(x):
    with pytest.raises(SignInError) as caught:
        sign_in(AppKeys(), Browser()).x()
    assert caught.value.problem == Problem.NOT_SET_UP


# -- Facebook --------------------------------------------------------------------------------

def test_facebook_code_flow_gives_pages_with_lasting_page_tokens(fb):
    browser = Browser()
    keys = AppKeys(facebook_app_id=fb.app_id, facebook_app_secret=fb.app_secret, port=0)
    [page] = sign_in(keys, browser).facebook()
    assert (page.platform, page.external_id, page.name) == ("facebook", fb.page_id, fb.page_name)
    assert fb.tokens[page.credentials.access_token].kind == "page"
    assert fb.tokens[page.credentials.access_token].long_lived  # made from the 60-day user token
    dialog = query_of(browser.opened[0])
    assert dialog["response_type"] == "code" and "pages_manage_engagement" in dialog["scope"]
    grants = [r.params.get("grant_type") for r in fb.logged("GET", "/oauth/access_token")]
    assert grants == [None, "fb_exchange_token"]
    connector = make_connector("facebook", page.external_id, page.credentials)
    assert connector.account().name == fb.page_name


def test_facebook_wrong_secret_is_the_platform_s_message(fb):
    keys = AppKeys(facebook_app_id=fb.app_id, facebook_app_secret="WRONG", port=0)
    with pytest.raises(PlatformError) as caught:
        sign_in(keys, Browser()).facebook()
    assert caught.value.kind == ErrorKind.REJECTED and "client secret" in caught.value.message


def test_facebook_login_for_devices_polls_until_the_code_is_entered(fb):
    browser, codes, polls = Browser(), [], []

    def sleep(seconds):
        polls.append(seconds)
        if len(polls) == 3:
            fb.approve_device(codes[0].user_code)
        return False

    keys = AppKeys(facebook_app_id=fb.app_id, facebook_client_token=fb.client_token)
    [page] = sign_in(keys, browser, on_device_code=codes.append, sleep=sleep).facebook()
    assert page.external_id == fb.page_id and fb.tokens[page.credentials.access_token].kind == "page"
    assert codes[0].user_code and codes[0].verification_uri == "https://www.facebook.com/device"
    assert browser.opened == ["https://www.facebook.com/device"]  # noted, not visited
    assert polls == [5, 5, 5] and len(fb.logged("POST", "/device/login_status")) == 3


def test_facebook_device_code_expiry_and_cancel(fb):
    fb.device_code_expires_in = 1
    keys = AppKeys(facebook_app_id=fb.app_id, facebook_client_token=fb.client_token)
    with pytest.raises(SignInError) as caught:
        sign_in(keys, Browser(), sleep=lambda s: time.sleep(0.4)).facebook()
    assert caught.value.problem == Problem.CODE_EXPIRED
    assert 1 <= len(fb.logged("POST", "/device/login_status")) <= 4
    fb.device_code_expires_in = 420
    with pytest.raises(SignInError) as caught:
        sign_in(keys, Browser(), sleep=lambda s: True).facebook()
    assert caught.value.problem == Problem.CANCELLED


def test_facebook_pages_the_person_cannot_moderate_are_not_offered(fb):
    fb.page_tasks = ["ANALYZE", "ADVERTISE"]
    with pytest.raises(SignInError) as caught:
        SignIn(AppKeys(), Browser()).facebook_pages(fb.user_token)
    assert caught.value.problem == Problem.NO_ACCOUNTS


def test_facebook_needs_an_app_id_and_a_secret_or_client_token(fb):
    for keys in (AppKeys(), AppKeys(facebook_app_id=fb.app_id)):
        with pytest.raises(SignInError) as caught:
            sign_in(keys, Browser()).facebook()
        assert caught.value.problem == Problem.NOT_SET_UP


# -- Instagram ------------------------------------------------------------------------------

@pytest.mark.parametrize("wrapped", [False, True])
def test_instagram_login_gives_a_60_day_token(ig, wrapped):
    ig.wrap_token_answer = wrapped
    browser = Browser()
    keys = AppKeys(instagram_app_id=ig.app_id, instagram_app_secret=ig.app_secret, port=0)
    [account] = sign_in(keys, browser).instagram()
    assert (account.external_id, account.handle) == (ig.ig_user_id, ig.username)
    left = account.credentials.expires_at - datetime.now(timezone.utc)
    assert timedelta(days=59) < left < timedelta(days=61)
    assert ig.tokens[account.credentials.access_token].long_lived
    authorize = query_of(browser.opened[0])
    assert authorize["scope"] == "instagram_business_basic,instagram_business_manage_comments"
    assert ig.logged("POST", "/oauth/access_token")[-1].form["code"].endswith("#_") is False


def test_instagram_denied_and_wrong_secret(ig):
    ig.deny_login = True
    keys = AppKeys(instagram_app_id=ig.app_id, instagram_app_secret=ig.app_secret, port=0)
    with pytest.raises(SignInError) as caught:
        sign_in(keys, Browser()).instagram()
    assert caught.value.problem == Problem.DENIED
    ig.deny_login = False
    with pytest.raises(PlatformError) as caught:
        sign_in(AppKeys(instagram_app_id=ig.app_id, instagram_app_secret="WRONG", port=0),
                Browser()).instagram()
    assert caught.value.kind == ErrorKind.REJECTED and "client secret" in caught.value.message


# -- pasted tokens ---------------------------------------------------------------------------

def test_pasted_tokens_are_checked_and_name_their_account(fb, ig, x):
    flow = SignIn(AppKeys(x_client_id=x.client_id), Browser())
    [from_user] = flow.pasted("facebook", f"  {fb.user_token}\n")
    assert from_user.external_id == fb.page_id and fb.tokens[from_user.credentials.access_token].kind == "page"
    [from_page] = flow.pasted("facebook", fb.page_token)
    assert (from_page.external_id, from_page.credentials.access_token) == (fb.page_id, fb.page_token)
    [insta] = flow.pasted("instagram", ig.token)
    assert (insta.external_id, insta.handle) == (ig.ig_user_id, ig.username)
    assert insta.credentials.expires_at > datetime.now(timezone.utc) + timedelta(days=59)  # renewed at once
    assert ig.tokens[insta.credentials.access_token].long_lived
    [xa] = flow.pasted("x", x.token, refresh_token=x.refresh_token)
    assert (xa.external_id, xa.credentials.refresh_token, xa.client_id) == (x.user_id, x.refresh_token, x.client_id)
    with pytest.raises(PlatformError) as caught:
        flow.pasted("instagram", "NOT-A-TOKEN")
    assert caught.value.kind == ErrorKind.NEEDS_RELOGIN
    with pytest.raises(SignInError) as blank:
        flow.pasted("x", " \n\t")
    assert blank.value.problem == Problem.NOT_SET_UP


# -- Instagram tokens are renewed before they run out ------------------------------------------

def test_instagram_token_renewed_when_it_gets_old(ig):
    now = datetime.now(timezone.utc)
    renewed = []
    old = make_connector("instagram", ig.ig_user_id, Credentials(ig.token, None, now + timedelta(days=40)))
    old.on_new_credentials = renewed.append
    list(old.fetch({}, now))
    [fresh] = renewed
    assert fresh.access_token != ig.token and fresh.expires_at > now + timedelta(days=59)
    assert ig.logged("GET", "/refresh_access_token")[-1].params["grant_type"] == "ig_refresh_token"
    young = make_connector("instagram", ig.ig_user_id, Credentials(fresh.access_token, None, fresh.expires_at))
    young.on_new_credentials = renewed.append
    list(young.fetch({}, now))
    assert len(renewed) == 1 and len(ig.logged("GET", "/refresh_access_token")) == 1


def test_a_sign_in_cancelled_while_queued_never_opens_the_browser(x):
    browser = Browser()
    with pytest.raises(SignInError) as caught:
        SignIn(AppKeys(x_client_id=x.client_id, port=0), browser, should_stop=lambda: True).x()
    assert caught.value.problem == Problem.CANCELLED and browser.opened == []


def test_a_device_page_off_facebook_is_never_opened(fb):
    from desktop.platforms.signin import _facebook_page

    assert _facebook_page("https://www.facebook.com/device") == "https://www.facebook.com/device"
    for odd in ("http://www.facebook.com/device", "https://evil.example/device", "javascript:alert(1)", None, 42):
        assert _facebook_page(odd) == "https://www.facebook.com/device"

"""The fakes themselves, checked over real HTTP with plain requests."""

from __future__ import annotations

import base64
import hashlib
import json
import time
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import parse_qs, urlsplit

import pytest
import requests

from tests.fakes import FakeFacebook, FakeInstagram, FakeX
from tests.fakes.seeds import odd_texts, seed_facebook, seed_instagram, seed_x

PAGE = {"access_token": "PAGE-TOKEN"}


@pytest.fixture
def http():
    with requests.Session() as session:
        session.trust_env = False   # never through a proxy from the environment
        yield session


@pytest.fixture
def fb():
    with FakeFacebook() as fake:
        yield fake
        assert not fake.errors, fake.errors


@pytest.fixture
def ig():
    with FakeInstagram() as fake:
        yield fake
        assert not fake.errors, fake.errors


@pytest.fixture
def x():
    with FakeX() as fake:
        yield fake
        assert not fake.errors, fake.errors


def bearer(token: str = "X-TOKEN") -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def follow(http, url: str, params: dict | None = None, **kwargs) -> list[dict]:
    """Every page of a Graph list, following `next` exactly as given."""
    pages = []
    while url:
        body = http.get(url, params=params, **kwargs).json()
        pages.append(body)
        url, params = body.get("paging", {}).get("next"), None
    return pages


# -- Facebook -----------------------------------------------------------------------------------

def test_facebook_paging_follows_absolute_next_through_a_short_page(fb, http):
    post = fb.add_post("Kek baru")
    made = [fb.add_comment(post, f"komen {n}", created_time=1763600000 + n) for n in range(12)]
    pages = follow(http, f"{fb.url}/v25.0/{post}/comments", {"limit": 5, **PAGE})
    assert [len(p["data"]) for p in pages] == [5, 2, 5]
    assert all(p["paging"]["next"].startswith(f"{fb.url}/v25.0/{post}/comments?") for p in pages[:-1])
    assert "next" not in pages[-1]["paging"] and "previous" in pages[1]["paging"]
    assert [c["id"] for p in pages for c in p["data"]] == made


def test_facebook_posts_and_visitor_posts(fb, http):
    older = fb.add_post("Promo 11.11", created_time="2026-11-10T01:00:00+0000")
    newer = fb.add_post("Kek baru", created_time="2026-11-20T01:00:00+0000")
    visitor = fb.add_post("Kedai buka tak hari ni?", author=("2003", "Siti"))
    fields = {"fields": "id,message,created_time,permalink_url", **PAGE}
    published = http.get(f"{fb.url}/v25.0/1001/published_posts", params=fields).json()["data"]
    assert [p["id"] for p in published] == [newer, older]
    assert published[0]["created_time"] == "2026-11-20T01:00:00+0000"
    feed = http.get(f"{fb.url}/1001/feed", params=fields).json()["data"]
    assert [p["id"] for p in feed] == [visitor, newer, older]


def test_facebook_returns_only_the_requested_fields(fb, http):
    post = fb.add_post("Kek baru")
    top = fb.add_comment(post, "Bila buka?", ("2001", "Nur Aisyah"))
    fb.add_comment(post, "Pukul 9", (fb.page_id, fb.page_name), parent=top)
    body = http.get(f"{fb.url}/{post}/comments", params={
        "fields": "id,from{id},parent{id},can_hide", "filter": "stream", **PAGE}).json()
    assert body["data"][0] == {"id": top, "from": {"id": "2001"}, "can_hide": True}
    assert body["data"][1]["parent"] == {"id": top} and body["data"][1]["can_hide"] is False
    bad = http.get(f"{fb.url}/{top}", params={"fields": "id,mesage", **PAGE})
    assert bad.status_code == 400 and bad.json()["error"]["code"] == 100
    fb.omit_authors = fb.extra_fields = True
    plain = http.get(f"{fb.url}/{top}", params=PAGE).json()
    assert "from" not in plain and "new_field_2027" in plain and plain["message"] == "Bila buka?"


def test_facebook_filter_order_and_since(fb, http):
    post = fb.add_post("Kek baru")
    first = fb.add_comment(post, "satu", created_time="2026-11-20T10:00:00+0000")
    reply = fb.add_comment(post, "dua", created_time="2026-11-21T10:00:00+0000", parent=first)
    last = fb.add_comment(post, "tiga", created_time="2026-11-22T10:00:00+0000")
    url = f"{fb.url}/{post}/comments"

    def ids(**query) -> list[str]:
        return [c["id"] for c in http.get(url, params={**query, **PAGE}).json()["data"]]

    assert ids() == [first, last]
    assert ids(filter="stream", order="reverse_chronological") == [last, reply, first]
    assert ids(filter="stream", since="2026-11-21T00:00:00+0000") == [reply, last]
    assert ids(filter="stream", since="1795341600") == [last]     # 2026-11-22T10:00Z
    assert [c["id"] for c in http.get(f"{fb.url}/{first}/comments", params=PAGE).json()["data"]] == [reply]


def test_facebook_reply_to_a_reply_joins_the_top_level_comment(fb, http):
    post = fb.add_post("Kek baru")
    top = fb.add_comment(post, "Kek hancur!")
    customer_reply = fb.add_comment(post, "Saya pun sama", ("2002", "Hafiz"), parent=top)
    answer = http.post(f"{fb.url}/v25.0/{customer_reply}/comments",
                       data={"message": "Maaf, kami PM ya", **PAGE})
    new_id = answer.json()["id"]
    assert answer.status_code == 200 and new_id.startswith(post.split("_")[1] + "_")
    assert fb.comment(new_id)["parent"] == top
    assert [c["id"] for c in fb.replies_by_page(top)] == [new_id]
    logged = fb.logged("POST")[-1]
    assert logged.form == {"message": "Maaf, kami PM ya", "access_token": "PAGE-TOKEN"}
    assert logged.json is None and logged.token == "PAGE-TOKEN"


def test_facebook_hide_and_delete(fb, http):
    post = fb.add_post("Kek baru")
    rude = fb.add_comment(post, "bodoh")
    own = fb.add_comment(post, "Promo!", (fb.page_id, fb.page_name))
    hide = http.post(f"{fb.url}/{rude}", data={"is_hidden": "true", **PAGE})
    assert hide.json() == {"success": True} and fb.comment(rude)["is_hidden"] is True
    assert http.post(f"{fb.url}/{own}", data={"is_hidden": "true", **PAGE}).status_code == 400
    assert http.delete(f"{fb.url}/{rude}", params=PAGE).json() == {"success": True}
    again = http.delete(f"{fb.url}/{rude}", params=PAGE).json()["error"]
    assert (again["code"], again["error_subcode"]) == (100, 33)
    assert fb.comment(rude)["deleted"] is True


def test_facebook_tokens_and_accounts(fb, http):
    post = fb.add_post("Kek baru")
    missing = http.get(f"{fb.url}/{post}/comments").json()["error"]
    assert missing["code"] == 190 and "error_subcode" not in missing
    accounts = http.get(f"{fb.url}/me/accounts", params={
        "fields": "id,name,access_token,tasks", "access_token": "USER-TOKEN"})
    page = accounts.json()["data"][0]
    assert page["access_token"] == "PAGE-TOKEN" and "MODERATE" in page["tasks"]
    assert "X-App-Usage" in accounts.headers
    usage = http.get(f"{fb.url}/{post}/comments", params=PAGE).headers["X-Business-Use-Case-Usage"]
    assert json.loads(usage)["1001"][0]["call_count"] < 100
    ig_link = http.get(f"{fb.url}/v25.0/1001", params={"fields": "instagram_business_account",
                                                       "access_token": "USER-TOKEN"}).json()
    assert ig_link["instagram_business_account"] == {"id": "17841400000000001"}
    fb.expire_token("PAGE-TOKEN")
    expired = http.get(f"{fb.url}/{post}/comments", params=PAGE).json()["error"]
    assert (expired["code"], expired["error_subcode"]) == (190, 463)


@pytest.mark.parametrize("kind, status, code", [
    ("expired", 400, 190), ("rate_limit", 400, 32), ("app_rate_limit", 400, 4),
    ("server_error", 500, 2), ("policy", 400, 368), ("permission", 403, 200)])
def test_facebook_error_faults(fb, http, kind, status, code):
    fb.fail(kind, minutes=7)
    answer = http.get(f"{fb.url}/1001", params=PAGE)
    assert answer.status_code == status and answer.json()["error"]["code"] == code
    assert answer.json()["error"]["fbtrace_id"]
    if kind == "rate_limit":
        usage = json.loads(answer.headers["X-Business-Use-Case-Usage"])["1001"][0]
        assert usage["call_count"] == 100 and usage["estimated_time_to_regain_access"] == 7
    if kind == "app_rate_limit":
        assert json.loads(answer.headers["X-App-Usage"])["call_count"] == 100
    assert http.get(f"{fb.url}/1001", params=PAGE).status_code == 200   # once only


def test_transport_faults(fb, http):
    fb.fail("unavailable")
    fb.fail("malformed")
    fb.fail("html")
    fb.fail("reset")
    fb.fail("slow", seconds=0.2)
    url = f"{fb.url}/1001"
    unavailable = http.get(url, params=PAGE)
    assert unavailable.status_code == 503 and unavailable.headers["Content-Type"].startswith("text/html")
    malformed = http.get(url, params=PAGE)
    assert malformed.status_code == 200 and "json" in malformed.headers["Content-Type"]
    with pytest.raises(ValueError):
        malformed.json()
    html = http.get(url, params=PAGE)
    assert html.status_code == 200 and html.text.startswith("<!DOCTYPE html>")
    with pytest.raises(requests.ConnectionError):
        http.get(url, params=PAGE)
    started = time.monotonic()
    assert http.get(url, params=PAGE).status_code == 200
    assert time.monotonic() - started >= 0.2
    assert [r.fault for r in fb.requests] == ["unavailable", "malformed", "html", "reset", "slow"]


def test_faults_match_method_and_path_in_order(fb, http):
    post = fb.add_post("Kek baru")
    top = fb.add_comment(post, "Lambat!")
    fb.fail("server_error", times=2, method="POST", path="/comments")
    fb.fail("reset", method="POST", path="/comments", applied=True)
    assert http.get(f"{fb.url}/{post}/comments", params=PAGE).status_code == 200

    def reply() -> requests.Response:
        return http.post(f"{fb.url}/{top}/comments", data={"message": "Maaf", **PAGE})

    assert reply().status_code == 500 and reply().status_code == 500
    with pytest.raises(requests.ConnectionError):
        reply()                                 # the reply was made, the answer lost
    assert len(fb.replies_by_page(top)) == 1
    assert reply().status_code == 200 and len(fb.replies_by_page(top)) == 2


def test_facebook_login_dialog_and_code_exchange(fb, http):
    dialog = f"{fb.url}/v25.0/dialog/oauth"
    done = "https://www.facebook.com/connect/login_success.html"
    implicit = http.get(dialog, params={"client_id": "APP", "redirect_uri": done,
                                        "response_type": "token", "state": "S1"},
                        allow_redirects=False)
    fragment = parse_qs(urlsplit(implicit.headers["Location"]).fragment)
    assert implicit.status_code == 302 and fragment["state"] == ["S1"]
    short = fragment["access_token"][0]
    long = http.get(f"{fb.url}/oauth/access_token", params={
        "grant_type": "fb_exchange_token", "client_id": "APP", "client_secret": "SECRET",
        "fb_exchange_token": short}).json()
    assert long["expires_in"] == 5183944 and long["token_type"] == "bearer"
    no_secret = http.get(f"{fb.url}/oauth/access_token", params={
        "grant_type": "fb_exchange_token", "client_id": "APP", "fb_exchange_token": short})
    assert no_secret.status_code == 400
    coded = http.get(dialog, params={"client_id": "APP", "redirect_uri": done,
                                     "response_type": "code", "state": "S2"}, allow_redirects=False)
    code = parse_qs(urlsplit(coded.headers["Location"]).query)["code"][0]
    exchange = {"client_id": "APP", "client_secret": "SECRET", "redirect_uri": done, "code": code}
    token = http.get(f"{fb.url}/oauth/access_token", params=exchange).json()["access_token"]
    page_token = http.get(f"{fb.url}/me/accounts", params={"access_token": token}).json()["data"][0]
    assert page_token["access_token"] not in ("PAGE-TOKEN", None)
    reused = http.get(f"{fb.url}/oauth/access_token", params=exchange).json()["error"]
    assert reused["error_subcode"] == 36009
    fb.deny_login = True
    denied = http.get(dialog, params={"client_id": "APP", "redirect_uri": done, "state": "S3"},
                      allow_redirects=False).headers["Location"]
    assert parse_qs(urlsplit(denied).query) == {
        "error": ["access_denied"], "error_code": ["200"], "error_description": ["Permissions error"],
        "error_reason": ["user_denied"], "state": ["S3"]}


def test_facebook_login_for_devices(fb, http):
    app = {"access_token": "APP|CLIENT-TOKEN"}
    start = http.post(f"{fb.url}/device/login", data={**app, "scope": "pages_show_list"}).json()
    assert set(start) == {"code", "user_code", "verification_uri", "expires_in", "interval"}

    def poll() -> requests.Response:
        return http.post(f"{fb.url}/device/login_status", data={**app, "code": start["code"]})

    pending = poll().json()["error"]
    assert (pending["code"], pending["error_subcode"]) == (31, 1349174)
    fb.approve_device(start["user_code"])
    token = poll().json()["access_token"]
    assert http.get(f"{fb.url}/me/accounts", params={"access_token": token}).status_code == 200


def test_concurrent_replies_get_distinct_ids(fb, http):
    post = fb.add_post("Kek baru")
    top = fb.add_comment(post, "Helo")

    def reply(number: int) -> str:
        with requests.Session() as own:     # one session per thread
            own.trust_env = False
            return own.post(f"{fb.url}/{top}/comments",
                            data={"message": f"balas {number}", **PAGE}).json()["id"]

    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(reply, range(16)))
    assert len(set(answers)) == 16 and len(fb.replies_by_page(top)) == 16


# -- Instagram ----------------------------------------------------------------------------------

def test_instagram_comments_newest_first_with_nested_replies_and_paging(ig, http):
    media = ig.add_media("Kek pandan")
    made = [ig.add_comment(media, f"komen {n}", ("3001", "aisyah"), 1763600000 + n)
            for n in range(9)]
    reply = ig.add_comment(media, "Terima kasih!", (ig.ig_user_id, ig.username), parent=made[0])
    fields = ("id,text,username,timestamp,hidden,like_count,from{id,username},parent_id,"
              "replies{id,text,username,timestamp,hidden}")
    pages = follow(http, f"{ig.url}/v25.0/{media}/comments",
                   {"fields": fields, "limit": 4, "access_token": "IG-TOKEN"})
    assert [len(p["data"]) for p in pages] == [4, 2, 3]
    listed = [c for p in pages for c in p["data"]]
    assert [c["id"] for c in listed] == made[::-1]
    assert listed[-1]["replies"] == {"data": [{"id": reply, "text": "Terima kasih!",
                                               "username": ig.username, "hidden": False,
                                               "timestamp": listed[-1]["replies"]["data"][0]["timestamp"]}]}
    assert listed[0]["timestamp"].endswith("+0000") and "parent_id" not in listed[0]
    me = http.get(f"{ig.url}/me", params={"fields": "user_id,username", "access_token": "IG-TOKEN"})
    assert me.json()["user_id"] == ig.ig_user_id


def test_instagram_reply_hide_delete(ig, http):
    media = ig.add_media("Kek pandan")
    top = ig.add_comment(media, "Lambat!")
    customer = ig.add_comment(media, "Sama", ("3002", "hafiz"), parent=top)
    made = http.post(f"{ig.url}/{customer}/replies",
                     params={"message": "Maaf!", "access_token": "IG-TOKEN"}).json()["id"]
    assert ig.comment(made)["parent_id"] == top and ig.replies_by_owner(top)[0]["id"] == made
    assert http.post(f"{ig.url}/{top}", params={"hide": "true", "access_token": "IG-TOKEN"}).json() == {
        "success": True}
    assert ig.comment(top)["hidden"] is True
    assert http.delete(f"{ig.url}/{customer}", params={"access_token": "IG-TOKEN"}).status_code == 200
    assert http.delete(f"{ig.url}/{customer}",
                       params={"access_token": "IG-TOKEN"}).json()["error"]["error_subcode"] == 33


def test_instagram_login_and_tokens(ig, http):
    authorize = http.get(f"{ig.url}/oauth/authorize", params={
        "client_id": "IG-APP", "redirect_uri": "https://localhost/done", "response_type": "code",
        "scope": "instagram_business_basic,instagram_business_manage_comments", "state": "S"},
        allow_redirects=False).headers["Location"]
    assert authorize.endswith("#_")
    code = parse_qs(urlsplit(authorize).query)["code"][0]
    form = {"client_id": "IG-APP", "client_secret": "IG-SECRET", "grant_type": "authorization_code",
            "redirect_uri": "https://localhost/done"}
    unstripped = http.post(f"{ig.url}/oauth/access_token", data={**form, "code": code + "#_"})
    assert unstripped.status_code == 400
    short = http.post(f"{ig.url}/oauth/access_token", data={**form, "code": code}).json()
    assert short["permissions"] == ["instagram_business_basic", "instagram_business_manage_comments"]
    long = http.get(f"{ig.url}/access_token", params={
        "grant_type": "ig_exchange_token", "client_secret": "IG-SECRET",
        "access_token": short["access_token"]}).json()
    fresh = http.get(f"{ig.url}/refresh_access_token", params={
        "grant_type": "ig_refresh_token", "access_token": long["access_token"]}).json()
    assert fresh["token_type"] == "bearer" and fresh["expires_in"] == 5183944
    for token in (long["access_token"], fresh["access_token"]):
        assert http.get(f"{ig.url}/me", params={"access_token": token}).status_code == 200
    ig.wrap_token_answer = True
    again = http.get(f"{ig.url}/oauth/authorize", params={
        "client_id": "IG-APP", "redirect_uri": "https://localhost/done", "response_type": "code"},
        allow_redirects=False).headers["Location"]
    wrapped = http.post(f"{ig.url}/oauth/access_token",
                        data={**form, "code": parse_qs(urlsplit(again).query)["code"][0]}).json()
    assert set(wrapped["data"][0]) == {"access_token", "user_id", "permissions"}


def test_instagram_error_faults(ig, http):
    ig.fail("rate_limit")
    ig.fail("expired")
    limited = http.get(f"{ig.url}/me", params={"access_token": "IG-TOKEN"})
    assert limited.status_code == 400 and limited.json()["error"]["code"] == 4
    usage = json.loads(limited.headers["X-Business-Use-Case-Usage"])
    assert usage[ig.ig_user_id][0]["call_count"] == 100
    expired = http.get(f"{ig.url}/me", params={"access_token": "IG-TOKEN"}).json()["error"]
    assert expired["code"] == 190


# -- X ------------------------------------------------------------------------------------------

def test_x_mentions_paging_since_id_and_nothing_new(x, http):
    made = [x.add_mention(f"@KedaiKekAina kek {n}", created_at=1763600000 + n) for n in range(12)]
    x.add_tweet("no mention here", ("99", "someone", "Someone"))
    url = f"{x.url}/2/users/{x.user_id}/mentions"
    params = {"max_results": 5, "expansions": "author_id", "tweet.fields": "created_at,author_id"}
    seen, token = [], None
    while True:
        body = http.get(url, params={**params, **({"pagination_token": token} if token else {})},
                        headers=bearer()).json()
        seen += [t["id"] for t in body["data"]]
        assert body["includes"]["users"][0]["username"] == "nurulhuda_"
        token = body["meta"].get("next_token")
        if not token:
            break
    assert seen == made[::-1]
    newer = http.get(url, params={"since_id": made[9]}, headers=bearer()).json()
    assert [t["id"] for t in newer["data"]] == made[:9:-1] and newer["meta"]["newest_id"] == made[-1]
    assert http.get(url, params={"since_id": made[-1]}, headers=bearer()).json() == {
        "meta": {"result_count": 0}}
    small = http.get(url, params={"max_results": 4}, headers=bearer())
    assert small.status_code == 400 and small.json()["errors"][0]["parameters"] == {"max_results": ["4"]}


def test_x_posting_hiding_deleting(x, http):
    own = x.add_post("Kek baru kami!")
    in_thread = x.add_mention("@KedaiKekAina kek <hancur> & lambat", in_reply_to=own)
    elsewhere = x.add_mention("@KedaiKekAina hello")
    quiet = x.add_tweet("just a post", ("77", "stranger", "Stranger"))

    def post(text: str, to: str) -> requests.Response:
        return http.post(f"{x.url}/2/tweets", headers=bearer(),
                         json={"text": text, "reply": {"in_reply_to_tweet_id": to}})

    made = post("Maaf atas kesulitan!", in_thread)
    assert made.status_code == 201 and made.json()["data"]["edit_history_tweet_ids"] == [
        made.json()["data"]["id"]]
    duplicate = post("Maaf atas kesulitan!", elsewhere)
    assert duplicate.status_code == 403 and "duplicate content" in duplicate.json()["detail"]
    assert post("Hi there", quiet).status_code == 403
    assert [p["id"] for p in x.posts_by_owner(in_reply_to=in_thread)] == [made.json()["data"]["id"]]
    assert x.logged("POST")[0].json["reply"] == {"in_reply_to_tweet_id": in_thread}

    def hide(tweet: str) -> requests.Response:
        return http.put(f"{x.url}/2/tweets/{tweet}/hidden", json={"hidden": True}, headers=bearer())

    assert hide(in_thread).json() == {"data": {"hidden": True}} and x.tweet(in_thread)["hidden"]
    assert hide(elsewhere).status_code == 403
    text = http.get(f"{x.url}/2/tweets/{in_thread}", headers=bearer()).json()["data"]["text"]
    assert text == "@KedaiKekAina kek &lt;hancur&gt; &amp; lambat"
    assert http.delete(f"{x.url}/2/tweets/{elsewhere}", headers=bearer()).status_code == 403
    gone = http.delete(f"{x.url}/2/tweets/{made.json()['data']['id']}", headers=bearer())
    assert gone.json() == {"data": {"deleted": True}}
    own_posts = http.get(f"{x.url}/2/users/{x.user_id}/tweets", headers=bearer(),
                         params={"tweet.fields": "referenced_tweets"}).json()["data"]
    assert [p["id"] for p in own_posts] == [own]


def test_x_rate_limit_headers_and_limits(x, http):
    x.rate_limits["users_me"] = 2
    first = http.get(f"{x.url}/2/users/me", headers=bearer())
    assert first.json()["data"] == {"id": x.user_id, "name": x.name, "username": x.username}
    assert first.headers["x-rate-limit-limit"] == "2" and first.headers["x-rate-limit-remaining"] == "1"
    assert int(first.headers["x-rate-limit-reset"]) > time.time() + 800
    http.get(f"{x.url}/2/users/me", headers=bearer())
    third = http.get(f"{x.url}/2/users/me", headers=bearer())
    assert third.status_code == 429 and third.headers["x-rate-limit-remaining"] == "0"


def test_x_faults(x, http):
    url = f"{x.url}/2/users/{x.user_id}/mentions"
    x.add_mention("@KedaiKekAina hai")
    x.fail("rate_limit", seconds=2)
    limited = http.get(url, headers=bearer())
    assert limited.status_code == 429 and limited.headers["x-rate-limit-remaining"] == "0"
    assert 0 < int(limited.headers["x-rate-limit-reset"]) - time.time() <= 3
    x.fail("usage_capped")
    capped = http.get(url, headers=bearer()).json()
    assert capped["title"] == "UsageCapExceeded" and capped["type"].endswith("/problems/usage-capped")
    x.fail("server_error")
    assert http.get(url, headers=bearer()).json()["status"] == 503
    x.fail("no_meta")
    body = http.get(url, headers=bearer()).json()
    assert "data" in body and "meta" not in body
    x.fail("expired")
    assert http.get(url, headers=bearer()).json() == {
        "title": "Unauthorized", "type": "about:blank", "status": 401, "detail": "Unauthorized"}
    x.fail("expired", path="/oauth2/token")
    refused = http.post(f"{x.url}/2/oauth2/token", data={
        "grant_type": "refresh_token", "refresh_token": "X-REFRESH", "client_id": "CLIENT"})
    assert refused.status_code == 400 and refused.json()["error"] == "invalid_request"


def test_x_pkce_sign_in_refresh_rotation_and_expiry(x, http):
    verifier = "v" * 43 + "-balas"
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).decode().rstrip("=")
    callback = "http://127.0.0.1:8765/callback"
    x.redirect_uris = {callback}
    location = http.get(f"{x.url}/i/oauth2/authorize", allow_redirects=False, params={
        "response_type": "code", "client_id": "CLIENT", "redirect_uri": callback,
        "scope": "tweet.read tweet.write users.read tweet.moderate.write offline.access",
        "state": "S9", "code_challenge": challenge, "code_challenge_method": "S256"}).headers["Location"]
    query = parse_qs(urlsplit(location).query)
    assert location.startswith(callback + "?state=S9&code=")
    exchange = {"grant_type": "authorization_code", "code": query["code"][0],
                "redirect_uri": callback, "client_id": "CLIENT"}
    token_url = f"{x.url}/2/oauth2/token"
    wrong = http.post(token_url, data={**exchange, "code_verifier": "not-the-verifier"})
    assert wrong.status_code == 400 and wrong.json()["error"] == "invalid_request"
    tokens = http.post(token_url, data={**exchange, "code_verifier": verifier}).json()
    assert tokens["token_type"] == "bearer" and tokens["expires_in"] == 7200
    assert "offline.access" in tokens["scope"].split()
    assert http.post(token_url, data={**exchange, "code_verifier": verifier}).status_code == 400
    assert x.logged("POST", "/oauth2/token")[-1].form["code_verifier"] == verifier
    refresh = {"grant_type": "refresh_token", "refresh_token": tokens["refresh_token"],
               "client_id": "CLIENT"}
    rotated = http.post(token_url, data=refresh).json()
    assert rotated["refresh_token"] != tokens["refresh_token"]
    assert http.post(token_url, data=refresh).status_code == 400       # single use
    me = http.get(f"{x.url}/2/users/me", headers=bearer(rotated["access_token"]))
    assert me.status_code == 200 and x.logged(path="/2/users/me")[-1].token == rotated["access_token"]
    x.expire_token(rotated["access_token"])
    assert http.get(f"{x.url}/2/users/me", headers=bearer(rotated["access_token"])).status_code == 401
    revoked = http.post(f"{x.url}/2/oauth2/revoke",
                        data={"token": rotated["refresh_token"], "client_id": "CLIENT"})
    assert revoked.json() == {"revoked": True}
    assert http.post(token_url, data={**refresh, "refresh_token": rotated["refresh_token"]}).status_code == 400
    x.code_lifetime = 0
    late = http.get(f"{x.url}/i/oauth2/authorize", allow_redirects=False, params={
        "response_type": "code", "client_id": "CLIENT", "redirect_uri": callback, "scope": "tweet.read",
        "state": "S", "code_challenge": challenge, "code_challenge_method": "S256"}).headers["Location"]
    code = parse_qs(urlsplit(late).query)["code"][0]
    assert http.post(token_url, data={**exchange, "code": code, "code_verifier": verifier}).status_code == 400
    x.deny_login = True
    denied = http.get(f"{x.url}/i/oauth2/authorize", allow_redirects=False, params={
        "response_type": "code", "client_id": "CLIENT", "redirect_uri": callback, "scope": "tweet.read",
        "state": "S", "code_challenge": challenge, "code_challenge_method": "S256"}).headers["Location"]
    assert parse_qs(urlsplit(denied).query) == {"error": ["access_denied"], "state": ["S"]}


# -- seeds --------------------------------------------------------------------------------------

def test_seeds_are_deterministic_and_varied():
    first, second = FakeFacebook(), FakeFacebook()
    seed_facebook(first, seed=3)
    seed_facebook(second, seed=3)
    assert first.comments() == second.comments()
    authors = [c["from"]["name"] for c in first.comments() if not c["by_page"]]
    assert len(authors) == 60 and len(set(authors)) < len(authors)      # people come back
    assert first.page_comments() and any(c["is_hidden"] for c in first.comments())
    x = FakeX()
    mentions = seed_x(x, mentions=30)
    assert len(mentions) == 30 and all("@kedaikekaina" in x.tweet(m)["text"].lower() for m in mentions)
    assert x.posts_by_owner() and seed_instagram(FakeInstagram(), media=2)


def test_odd_texts_survive_the_round_trip(fb, http):
    post = fb.add_post("Kek baru")
    texts = odd_texts()
    ids = [fb.add_comment(post, text) for text in texts]
    listed = follow(http, f"{fb.url}/{post}/comments", {"limit": 100, **PAGE})
    assert [c["id"] for p in listed for c in p["data"]] == ids
    assert [c["message"] for p in listed for c in p["data"]] == texts
    assert any(len(t) >= 1_000_000 for t in texts) and any("\x00" in t for t in texts)

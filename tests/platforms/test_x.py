"""The X connector against the fake X API v2 over real HTTP."""

from datetime import datetime, timedelta, timezone

import pytest

from desktop.platforms import Credentials, ErrorKind, PlatformError, Target, make_connector


def now():
    return datetime.now(timezone.utc)


def test_mentions_are_paged_and_the_cursor_moves_to_the_newest(x, x_connector):
    own = x.add_post("Kek baru keluar hari ni!", now() - timedelta(days=1))
    ids = [x.add_mention(f"@{x.username} pesanan {n} lambat & mahal <teruk>", ("1600", "rina_k", "Rina K"),
                         now() - timedelta(hours=30 - n), in_reply_to=own if n == 0 else None)
           for n in range(130)]
    pages = list(x_connector.fetch({}, now()))
    mentions = {c.external_id: c for p in pages for c in p.comments}
    assert set(mentions) == set(ids) and len(pages) >= 2
    assert mentions[ids[5]].text == f"@{x.username} pesanan 5 lambat & mahal <teruk>"  # unescaped
    assert mentions[ids[5]].author_name == "Rina K" and mentions[ids[5]].author_id == "1600"
    assert mentions[ids[0]].parent_id == own and mentions[ids[0]].post_id == own
    assert x_connector.next_cursor == {"since_id": max(ids, key=int)}
    newer = x.add_mention(f"@{x.username} ok dah sampai", ("1600", "rina_k", "Rina K"))
    pages = list(x_connector.fetch(x_connector.next_cursor, now()))
    assert [c.external_id for p in pages for c in p.comments] == [newer]
    assert x.logged("GET", "/mentions")[-1].params["since_id"] == max(ids, key=int)
    assert list(x_connector.fetch(x_connector.next_cursor, now()))[0].comments == []


def test_reply_hide_and_delete(x, x_connector):
    mention = x.add_mention(f"@{x.username} kek saya hancur", ("1601", "budi", "Budi"))
    reply_id = x_connector.reply(Target(mention), "Maaf Budi, DM kami pesanan anda. –ML")
    assert [p["id"] for p in x.posts_by_owner(in_reply_to=mention)] == [reply_id]
    assert x.logged("POST", "/2/tweets")[0].json == {
        "text": "Maaf Budi, DM kami pesanan anda. –ML", "reply": {"in_reply_to_tweet_id": mention}}
    assert x_connector.find_reply(Target(mention), "Maaf Budi, DM kami pesanan anda. –ML") == reply_id
    # Sending the same text again: X refuses duplicates, and the connector finds the one already there.
    assert x_connector.reply(Target(mention), "Maaf Budi, DM kami pesanan anda. –ML") == reply_id
    x_connector.delete(Target(reply_id))
    assert x.posts_by_owner(in_reply_to=mention) == []
    own = x.add_post("Promosi!")
    under_own = x.add_mention(f"@{x.username} bodoh", ("1602", "troll", "Troll"), in_reply_to=own)
    x_connector.set_hidden(Target(under_own), True)
    assert x.tweet(under_own)["hidden"] is True


def test_a_dead_token_is_renewed_with_the_refresh_token_once(x, x_connector):
    renewed = []
    x_connector.on_new_credentials = renewed.append
    x.expire_token(x.token)
    assert x_connector.account().handle == x.username
    assert len(renewed) == 1 and renewed[0].access_token != x.token
    assert renewed[0].refresh_token != x.refresh_token  # rotated, and kept at once
    assert x.logged("POST", "/2/oauth2/token")[0].form["grant_type"] == "refresh_token"


def test_a_spent_refresh_token_means_sign_in_again(x):
    connector = make_connector("x", x.user_id, Credentials(x.token, x.refresh_token), client_id=x.client_id)
    x.expire_token(x.token)
    x.expire_token(x.refresh_token)
    with pytest.raises(PlatformError) as caught:
        connector.account()
    assert caught.value.kind == ErrorKind.NEEDS_RELOGIN


def test_rate_limit_waits_until_the_reset_header(x, x_connector):
    x.fail("rate_limit", method="GET", seconds=30)
    with pytest.raises(PlatformError) as caught:
        list(x_connector.fetch({}, now()))
    assert caught.value.kind == ErrorKind.RATE_LIMITED
    assert timedelta(seconds=20) < caught.value.retry_at - now() <= timedelta(seconds=31)
    calls = len(x.requests)
    with pytest.raises(PlatformError):
        list(x_connector.fetch({}, now()))
    assert len(x.requests) == calls


def test_usage_cap_stops_every_call(x, x_connector):
    x.fail("usage_capped", method="POST")
    mention = x.add_mention(f"@{x.username} helo", ("1603", "c", "C"))
    with pytest.raises(PlatformError) as caught:
        x_connector.reply(Target(mention), "Hai! –ML")
    assert caught.value.kind == ErrorKind.RATE_LIMITED and caught.value.code == "usage-capped"
    with pytest.raises(PlatformError):
        x_connector.account()  # nothing else is tried either


@pytest.mark.parametrize("kind, expected", [
    ("server_error", ErrorKind.TEMPORARY), ("unavailable", ErrorKind.TEMPORARY),
    ("malformed", ErrorKind.TEMPORARY), ("no_meta", ErrorKind.TEMPORARY), ("reset", ErrorKind.TEMPORARY),
])
def test_each_fault_maps_to_its_kind(x, x_connector, kind, expected):
    x.fail(kind, method="GET")
    with pytest.raises(PlatformError) as caught:
        list(x_connector.fetch({}, now()))
    assert caught.value.kind == expected

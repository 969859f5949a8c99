"""The Facebook Page connector against the fake Graph API over real HTTP."""

from datetime import datetime, timedelta, timezone

import pytest

from desktop.platforms import Credentials, ErrorKind, PlatformError, Target, make_connector


def now():
    return datetime.now(timezone.utc)


def fetch_all(connector, cursor=None):
    pages = list(connector.fetch(cursor or {}, now()))
    return [c for p in pages for c in p.comments], pages


def test_fetch_reads_every_comment_and_reply_across_pages(fb, fb_connector):
    post = fb.add_post("Kek coklat baru!", now() - timedelta(days=1))
    ids = [fb.add_comment(post, f"Komen {n}", ("20", "Aina"), now() - timedelta(hours=30 - n))
           for n in range(150)]
    reply = fb.add_comment(post, "Maaf, kami semak", (fb.page_id, fb.page_name), parent=ids[0])
    anonymous = fb.add_comment(post, "Siapa saya?", None)
    comments, pages = fetch_all(fb_connector)
    by_id = {c.external_id: c for c in comments}
    assert set(by_id) == {*ids, reply, anonymous}
    assert by_id[reply].parent_id == ids[0] and by_id[reply].by_owner
    assert by_id[ids[3]].author_id == "20" and by_id[ids[3]].author_name == "Aina"
    assert by_id[anonymous].author_id is None
    assert by_id[ids[5]].created_at.tzinfo is not None
    listing = [p for p in pages if p.complete_post == post]
    assert listing and listing[0].listed_ids == frozenset(by_id)
    comment_calls = fb.logged("GET", f"/{post}/comments")
    assert len(comment_calls) >= 2  # paged, following `next`
    first = comment_calls[0]
    assert first.params["filter"] == "stream" and first.params["order"] == "reverse_chronological"
    assert first.token == fb.page_token
    assert fb_connector.next_cursor["since"]


def test_a_later_fetch_stops_at_the_window_and_visitor_posts_count(fb, fb_connector):
    post = fb.add_post("Promosi", now() - timedelta(days=20))
    old = fb.add_comment(post, "Lama dah", ("21", "Budi"), now() - timedelta(days=10))
    new = fb.add_comment(post, "Baru je order", ("22", "Citra"), now() - timedelta(hours=1))
    visitor = fb.add_post("Kedai ni tak angkat telefon!", now() - timedelta(hours=2), author=("23", "Dina"))
    cursor = {"since": (now() - timedelta(hours=3)).isoformat()}
    comments, pages = fetch_all(fb_connector, cursor)
    ids = {c.external_id for c in comments}
    assert new in ids and old not in ids          # two days of overlap, not ten
    assert visitor in ids
    assert next(c for c in comments if c.external_id == visitor).author_name == "Dina"
    window = [p for p in pages if p.complete_post == post][0]
    assert window.window_start > now() - timedelta(days=3)


def test_reply_hide_unhide_and_delete(fb, fb_connector):
    post = fb.add_post("Kek", now())
    comment = fb.add_comment(post, "Kenapa lambat?", ("24", "Eka"))
    reply_id = fb_connector.reply(Target(comment, post), "Maaf Eka, kami semak sekarang. –ML")
    assert [r["id"] for r in fb.replies_by_page(comment)] == [reply_id]
    call = fb.logged("POST", f"/{comment}/comments")[0]
    assert call.form == {"message": "Maaf Eka, kami semak sekarang. –ML"}
    assert fb_connector.find_reply(Target(comment, post), "Maaf Eka,  kami semak sekarang. –ML") == reply_id
    assert fb_connector.find_reply(Target(comment, post), "Lain") is None

    fb_connector.set_hidden(Target(comment), True)
    assert fb.comment(comment)["is_hidden"] is True
    fb_connector.set_hidden(Target(comment), False)
    assert fb.comment(comment)["is_hidden"] is False
    fb_connector.delete(Target(reply_id))
    fb_connector.delete(Target(reply_id))  # already gone is done, not an error
    assert fb.replies_by_page(comment) == []


@pytest.mark.parametrize("kind, expected", [
    ("expired", ErrorKind.NEEDS_RELOGIN), ("permission", ErrorKind.NEEDS_RELOGIN),
    ("rate_limit", ErrorKind.RATE_LIMITED), ("app_rate_limit", ErrorKind.RATE_LIMITED),
    ("server_error", ErrorKind.TEMPORARY), ("unavailable", ErrorKind.TEMPORARY),
    ("malformed", ErrorKind.TEMPORARY), ("html", ErrorKind.TEMPORARY), ("reset", ErrorKind.TEMPORARY),
    ("policy", ErrorKind.REJECTED),
])
def test_each_fault_maps_to_its_kind(fb, fb_connector, kind, expected):
    post = fb.add_post("Kek", now())
    comment = fb.add_comment(post, "Mana pesanan saya?", ("25", "Fikri"))
    fb.fail(kind, method="POST")
    with pytest.raises(PlatformError) as caught:
        fb_connector.reply(Target(comment, post), "Maaf Fikri –ML")
    assert caught.value.kind == expected
    if kind in ("policy", "expired"):
        assert caught.value.message  # the platform's own words reach the owner


def test_rate_limit_waits_for_the_time_the_header_gives(fb, fb_connector):
    post = fb.add_post("Kek", now())
    fb.fail("rate_limit", method="GET", minutes=7)
    with pytest.raises(PlatformError) as caught:
        list(fb_connector.fetch({}, now()))
    wait = caught.value.retry_at - now()
    assert timedelta(minutes=6) < wait <= timedelta(minutes=7)
    calls = len(fb.requests)
    with pytest.raises(PlatformError) as again:
        fb_connector.reply(Target(fb.add_comment(post, "Hello", ("26", "G"))), "Hi –ML")
    assert again.value.kind == ErrorKind.RATE_LIMITED and len(fb.requests) == calls  # not even asked


def test_a_slow_answer_is_waited_for(fb, fb_connector):
    post = fb.add_post("Kek", now())
    comment = fb.add_comment(post, "Helo", ("27", "Hana"))
    fb.fail("slow", method="POST", seconds=1.0)
    assert fb_connector.reply(Target(comment, post), "Hai Hana –ML")


def test_connection_refused_is_offline(monkeypatch):
    monkeypatch.setenv("BALAS_FACEBOOK_API", "http://127.0.0.1:9")
    connector = make_connector("facebook", "1001", Credentials("PAGE-TOKEN"))
    with pytest.raises(PlatformError) as caught:
        connector.account()
    assert caught.value.kind == ErrorKind.TEMPORARY and caught.value.offline


def test_the_token_never_appears_in_an_error(fb):
    connector = make_connector("facebook", fb.page_id, Credentials("WRONG-SECRET-TOKEN"))
    with pytest.raises(PlatformError) as caught:
        connector.account()
    assert caught.value.kind == ErrorKind.NEEDS_RELOGIN
    assert "WRONG-SECRET-TOKEN" not in f"{caught.value!r} {caught.value} {caught.value.message}"


def test_account_names_the_page(fb, fb_connector):
    info = fb_connector.account()
    assert (info.external_id, info.name) == (fb.page_id, fb.page_name)

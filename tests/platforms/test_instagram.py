"""The Instagram connector against the fake Instagram Graph API over real HTTP."""

from datetime import datetime, timedelta, timezone

import pytest

from desktop.platforms import ErrorKind, PlatformError, Target


def now():
    return datetime.now(timezone.utc)


def test_fetch_reads_comments_with_their_replies_and_who_wrote_them(ig, ig_connector):
    ig_connector.account()
    media = ig.add_media("Kek red velvet 🎂", now() - timedelta(days=2))
    tops = [ig.add_comment(media, f"Cantik! {n}", (f"30{n}", f"peminat_{n}"), now() - timedelta(hours=20 - n))
            for n in range(60)]
    reply = ig.add_comment(media, "Terima kasih!", (ig.ig_user_id, ig.username), parent=tops[0])
    theirs = ig.add_comment(media, "Bila restock?", ("3099", "nurul.bakes"), parent=tops[1])
    pages = list(ig_connector.fetch({}, now()))
    comments = {c.external_id: c for p in pages for c in p.comments}
    assert set(comments) == {*tops, reply, theirs}
    assert comments[reply].by_owner and comments[reply].parent_id == tops[0]
    assert comments[theirs].author_name == "nurul.bakes" and not comments[theirs].by_owner
    complete = [p for p in pages if p.complete_post == media]
    assert complete and complete[0].window_start is None and complete[0].listed_ids == frozenset(comments)
    assert ig_connector.next_cursor["counts"][media] is not None


def test_unchanged_media_are_skipped_until_the_hourly_full_listing(ig, ig_connector):
    media = ig.add_media("Kek", now() - timedelta(days=1))
    ig.add_comment(media, "Sedap", ("3101", "a"))
    list(ig_connector.fetch({}, now()))
    cursor = ig_connector.next_cursor
    calls = len(ig.logged("GET", "/comments"))
    list(ig_connector.fetch(cursor, now() + timedelta(minutes=5)))
    assert len(ig.logged("GET", "/comments")) == calls  # the count did not move
    ig.add_comment(media, "Mahal!", ("3102", "b"))
    pages = list(ig_connector.fetch(cursor, now() + timedelta(minutes=10)))
    assert len(ig.logged("GET", "/comments")) == calls + 1
    assert "Mahal!" in [c.text for p in pages for c in p.comments]
    list(ig_connector.fetch(ig_connector.next_cursor, now() + timedelta(hours=2)))
    assert len(ig.logged("GET", "/comments")) == calls + 2


def test_reply_goes_under_the_top_level_comment_and_can_be_found(ig, ig_connector):
    media = ig.add_media("Kek", now())
    top = ig.add_comment(media, "Kek saya rosak", ("3201", "citra.d"))
    below = ig.add_comment(media, "Sama!", ("3202", "dina"), parent=top)
    reply_id = ig_connector.reply(Target(below, media, top), "Maaf @dina, DM kami ya. –ML")
    assert [r["id"] for r in ig.replies_by_owner(top)] == [reply_id]
    call = ig.logged("POST", f"/{top}/replies")[0]
    assert call.params["message"] == "Maaf @dina, DM kami ya. –ML" and call.token == ig.token
    assert ig_connector.find_reply(Target(below, media, top), "Maaf @dina, DM kami ya. –ML") == reply_id
    ig_connector.set_hidden(Target(top), True)
    assert ig.comment(top)["hidden"] is True
    ig_connector.delete(Target(reply_id))
    assert ig.replies_by_owner(top) == []


@pytest.mark.parametrize("kind, expected", [
    ("expired", ErrorKind.NEEDS_RELOGIN), ("rate_limit", ErrorKind.RATE_LIMITED),
    ("server_error", ErrorKind.TEMPORARY), ("unavailable", ErrorKind.TEMPORARY),
    ("malformed", ErrorKind.TEMPORARY), ("html", ErrorKind.TEMPORARY),
])
def test_each_fault_maps_to_its_kind(ig, ig_connector, kind, expected):
    ig.add_media("Kek", now())
    ig.fail(kind, method="GET")
    with pytest.raises(PlatformError) as caught:
        list(ig_connector.fetch({}, now()))
    assert caught.value.kind == expected

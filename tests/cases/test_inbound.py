"""Comments from the platforms: stored once, threaded, filed into cases, odd text kept byte-exact."""

from datetime import timedelta

import pytest

from desktop.cases.inbound import Filing, InboundStore
from desktop.cases.vocab import State
from desktop.platforms import RemoteComment
from tests.conftest import NOW


@pytest.fixture
def store(database, clock):
    return InboundStore(database, clock)


def remote(external_id, text="Kek sampai lambat, teruk!", *, author="u1", name="Aina", minutes=0,
           parent=None, hidden=None, by_owner=False, post="1001_1"):
    return RemoteComment(external_id=external_id, post_id=post, text=text,
                         created_at=NOW - timedelta(hours=5) + timedelta(minutes=minutes),
                         author_id=None if by_owner else author, author_name="" if by_owner else name,
                         parent_id=parent, hidden=hidden, by_owner=by_owner)


def rows(database, sql, *args):
    with database.connect() as conn:
        return conn.execute(sql, args).fetchall()


def complaint(comment_id, complaint=True):
    return Filing(comment_id, complaint, "newcomer", [["first_time", 1, "", 0]], "ms", [], "delivery")


def test_a_page_stored_twice_adds_and_changes_nothing(store, account, database):
    page = [remote("1_1"), remote("1_2", "Terima kasih!", author="u2", name="Budi", minutes=1),
            remote("1_1")]  # the same id twice in one page, as platforms sometimes send
    first = store.store(account, "facebook", page)
    again = store.store(account, "facebook", page)
    assert len(first.new) == 2 and first.updated == 0
    assert again.new == [] and again.updated == 0
    assert rows(database, "SELECT count(*) FROM comment")[0][0] == 2
    assert rows(database, "SELECT count(*) FROM person")[0][0] == 2


def test_edits_and_hides_are_followed_and_search_sees_the_new_text(store, account, database):
    store.store(account, "facebook", [remote("1_1", "Kek sedap")])
    changed = store.store(account, "facebook", [remote("1_1", "Kek basi rupanya", hidden=True)])
    assert changed.updated == 1
    assert rows(database, "SELECT text, hidden FROM comment")[0] == ("Kek basi rupanya", 1)
    assert rows(database, "SELECT rowid FROM comment_fts WHERE comment_fts MATCH 'basi'")
    # A platform that does not say whether a comment is hidden leaves the flag alone.
    assert store.store(account, "facebook", [remote("1_1", "Kek basi rupanya")]).updated == 0
    assert rows(database, "SELECT hidden FROM comment")[0][0] == 1


def test_a_reply_that_arrives_before_its_parent_is_threaded_when_the_parent_comes(store, account, database):
    store.store(account, "facebook", [remote("1_2", "Setuju!", author="u2", minutes=5, parent="1_1")])
    store.store(account, "facebook", [remote("1_1")])
    child, parent = rows(database, "SELECT id, parent_id, external_id FROM comment ORDER BY external_id DESC")[0], \
        rows(database, "SELECT id FROM comment WHERE external_id = '1_1'")[0][0]
    assert child[1] == parent


def test_comments_missing_from_a_complete_listing_are_marked_deleted(store, account, database):
    store.store(account, "facebook", [remote("1_1", minutes=-600), remote("1_2", minutes=1), remote("1_3", minutes=2)])
    window = NOW - timedelta(hours=6)
    assert store.mark_deleted("facebook", "1001_1", window, frozenset({"1_3"})) == 1  # 1_1 is older
    assert rows(database, "SELECT external_id FROM comment WHERE deleted = 1") == [("1_2",)]
    store.store(account, "facebook", [remote("1_2", minutes=1)])  # it came back (un-deleted)
    assert rows(database, "SELECT count(*) FROM comment WHERE deleted = 1")[0][0] == 0


def test_a_complaint_opens_a_case_and_the_next_one_joins_it(store, account, database):
    first = store.store(account, "facebook", [remote("1_1")]).new
    opened, extended = store.file_comments([complaint(first[0])], "facebook")
    assert len(opened) == 1 and extended == []
    case = rows(database, "SELECT state, channel, touchpoint, complainant_type, language, text"
                          " FROM complaint_case")[0]
    assert case == (State.NEW, "facebook", "delivery", "newcomer", "ms", "Kek sampai lambat, teruk!")
    second = store.store(account, "facebook", [remote("1_5", "Dah 3 hari tak sampai!", minutes=30,
                                                      post="1001_2")]).new
    opened2, extended2 = store.file_comments([complaint(second[0])], "facebook")
    assert opened2 == [] and extended2 == opened
    assert rows(database, "SELECT kind FROM case_event ORDER BY id") == [("created",), ("comment",)]
    # Filing the same comment again changes nothing.
    assert store.file_comments([complaint(second[0])], "facebook") == ([], [])


def test_a_plain_comment_stays_history_but_a_reply_in_a_case_thread_joins_the_case(store, account, database):
    top = store.store(account, "facebook", [remote("1_1")]).new
    store.file_comments([complaint(top[0])], "facebook")
    chat = store.store(account, "facebook", [remote("1_9", "Cantik kedai ni", author="u3", minutes=2),
                                             remote("1_2", "Ok terima kasih", minutes=50, parent="1_1")]).new
    opened, extended = store.file_comments([complaint(i, complaint=False) for i in chat], "facebook")
    assert opened == [] and len(extended) == 1
    assert rows(database, "SELECT external_id, case_id IS NOT NULL FROM comment ORDER BY external_id") == [
        ("1_1", 1), ("1_2", 1), ("1_9", 0)]


def test_a_reply_given_on_the_platform_answers_the_case(store, account, database):
    top = store.store(account, "facebook", [remote("1_1")]).new
    store.file_comments([complaint(top[0])], "facebook")
    page_reply = store.store(account, "facebook", [remote("1_3", "Maaf Aina, kami semak sekarang. –ML",
                                                          minutes=20, parent="1_1", by_owner=True)])
    assert page_reply.new == [] and len(page_reply.owner_replies) == 1
    store.note_owner_replies(page_reply.owner_replies)
    state, first = rows(database, "SELECT state, first_response_at FROM complaint_case")[0]
    assert state == State.ACKNOWLEDGED and first.startswith("2026-11-23 01:20")
    assert [k for (k,) in rows(database, "SELECT kind FROM case_event ORDER BY id")] == ["created", "reply", "state"]


def test_a_complaint_already_answered_on_the_platform_opens_as_acknowledged(store, account, database):
    # Newest first: the page's reply arrives before the complaint it answers.
    stored = store.store(account, "facebook", [
        remote("1_3", "Maaf, kami semak.", minutes=20, parent="1_1", by_owner=True), remote("1_1")])
    store.file_comments([complaint(stored.new[0])], "facebook")
    assert rows(database, "SELECT state FROM complaint_case")[0][0] == State.ACKNOWLEDGED


def test_our_own_reply_coming_back_is_not_logged_twice(store, account, database, repo):
    top = store.store(account, "facebook", [remote("1_1")]).new
    opened, _ = store.file_comments([complaint(top[0])], "facebook")
    outbox = repo.record_reply(opened[0], "Maaf Aina. –ML", "owner", reply_to=top[0])
    with database.connect() as conn:
        conn.execute("UPDATE outbox_reply SET state = 'sent', platform_id = '1_7' WHERE id = ?", (outbox,))
        conn.commit()
    back = store.store(account, "facebook", [remote("1_7", "Maaf Aina. –ML", minutes=30, parent="1_1", by_owner=True)])
    assert store.note_owner_replies(back.owner_replies) == []
    assert [k for (k,) in rows(database, "SELECT kind FROM case_event ORDER BY id")].count("reply") == 1


ODD = ["<img src=x onerror=alert(1)>", "<script>alert('x')</script>", "tab\there\x00nul\x07bell\x1b[31m",
       "\u200d\u200b zero width \ufeff", "👩🏽‍🍳🇲🇾🇮🇩 kek!", "الكعكة متأخرة جدا", "שלום עולם",
       "e\u0301\u0301\u0301 combining", "a" * 1_000_000, "   ", "🙂" * 5000]


def test_odd_comments_are_stored_byte_exact(store, account, database):
    page = [remote(f"9_{n}", text, author=f"odd{n}", minutes=n) for n, text in enumerate(ODD)]
    stored = store.store(account, "facebook", page)
    assert len(stored.new) == len(ODD)
    kept = dict(rows(database, "SELECT external_id, text FROM comment"))
    assert [kept[f"9_{n}"] for n in range(len(ODD))] == ODD

"""One person's data: export everything, erase on request, and prove the erase by reading the
database file's bytes (and its search index) for what was said."""

from __future__ import annotations

import csv
import sqlite3
from datetime import date, timedelta

import pytest

from desktop.cases import queries
from desktop.cases.errors import InvalidInput, NotFound
from desktop.cases.export import write_csv
from desktop.cases.inbound import InboundStore
from desktop.cases.people import PERSON_CSV_COLUMNS, erase_person, export_person, find_person, person_csv_rows
from desktop.cases.reports import Period, build_report
from tests.cases.test_inbound import complaint, remote
from tests.conftest import NOW

SECRET_TEXT = "Kek Zulaikha sampai hancur di Taman Melawati"
SECRETS = ("Aina Zulaikha", "Zulaikha", "012-998 7766", "Taman Melawati", "u7788", "ZULAIKHA")


@pytest.fixture
def shop(database, repo, clock, account):
    """Aina: a Facebook complaint with the page's answer, a phone case with a note and a queued
    reply; Budi: a case of his own that must survive."""
    store = InboundStore(database, clock)
    stored = store.store(account, "facebook", [
        remote("1_1", SECRET_TEXT, author="u7788", name="Aina Zulaikha"),
        remote("1_2", "Maaf Cik Zulaikha, kami semak sekarang", by_owner=True, parent="1_1", minutes=2)])
    [social], _ = store.file_comments([complaint(stored.new[0])], "facebook")
    with database.connect() as conn:
        aina = conn.execute("SELECT person_id FROM complaint_case WHERE id = ?", (social,)).fetchone()[0]
        conn.execute("UPDATE person SET contact = '012-998 7766' WHERE id = ?", (aina,))
        conn.commit()
    phone = repo.add_manual_case(channel="phone", text="Zulaikha call: refund RM48 please", person_id=aina,
                                 actor="ML", touchpoint="payment")
    repo.add_note(phone, "Zulaikha akan datang ke Taman Melawati", "ML")
    comment_id = stored.new[0]
    outbox = repo.record_reply(social, "Cik Zulaikha, kami hantar semula esok", "ML", reply_to=comment_id)
    budi = repo.add_manual_case(channel="walk_in", text="Budi: kek terlalu manis", person_name="Budi Santoso",
                                actor="ML", touchpoint="product_quality")
    return {"aina": aina, "social": social, "phone": phone, "budi": budi, "outbox": outbox}


def file_bytes(database) -> bytes:
    folder = database.path.parent
    return b"".join(p.read_bytes() for p in folder.iterdir() if p.name.startswith(database.path.name))


def test_finding_a_person(database, shop, repo):
    with database.connect() as conn:
        assert find_person(conn, "aina zulaikha") == shop["aina"]  # any letter case
        assert find_person(conn, str(shop["aina"])) == shop["aina"]
        with pytest.raises(NotFound):
            find_person(conn, "Nobody Here")
        with pytest.raises(InvalidInput):
            find_person(conn, "  ")
    repo.add_manual_case(channel="phone", text="x", person_name="Budi Santoso", actor="ML")
    with database.connect() as conn, pytest.raises(InvalidInput) as twice:
        find_person(conn, "Budi Santoso")
    assert "2 people" in str(twice.value) and "give the id" in str(twice.value)


def test_export_holds_everything_about_the_person(database, shop, tmp_path):
    with database.connect() as conn:
        data = export_person(conn, shop["aina"])
    assert data["person"]["name"] == "Aina Zulaikha" and data["person"]["contact"] == "012-998 7766"
    assert data["person"]["platform_id"] == "u7788"
    assert {c["id"] for c in data["cases"]} == {shop["social"], shop["phone"]}
    assert {c["text"] for c in data["comments"]} == {SECRET_TEXT, "Maaf Cik Zulaikha, kami semak sekarang"}
    assert "Zulaikha akan datang ke Taman Melawati" in [e["text"] for e in data["events"]]
    assert [r["text"] for r in data["outbox"]] == ["Cik Zulaikha, kami hantar semula esok"]
    assert all(c["id"] != shop["budi"] for c in data["cases"])
    path = tmp_path / "aina.csv"
    write_csv(path, PERSON_CSV_COLUMNS, person_csv_rows(data))
    with open(path, encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0] == list(PERSON_CSV_COLUMNS)
    assert [r[0] for r in rows[1:]].count("case") == 2 and ["person"] == [r[0] for r in rows[1:2]]
    assert any(r[-1] == SECRET_TEXT for r in rows)


def test_erase_leaves_nothing_in_the_file_and_keeps_the_counts(database, shop, clock, account):
    period = Period(date(2026, 11, 1), date(2026, 11, 30))
    with database.connect() as conn:
        before = build_report(conn, period, NOW).to_json()
    assert all(secret.encode() in file_bytes(database) for secret in SECRETS[:4])  # there before
    clock.advance(minutes=10)
    with database.connect() as conn:
        erased = erase_person(conn, shop["aina"], clock.now)
    assert (erased.cases, erased.comments, erased.outbox_cancelled, erased.compacted) == (2, 2, 1, True)
    data = file_bytes(database)
    for secret in SECRETS:
        assert secret.encode() not in data and secret.encode("utf-16-le") not in data, secret
    with database.connect() as conn:
        for index in ("case_fts", "comment_fts"):
            assert conn.execute(f"SELECT count(*) FROM {index} WHERE {index} MATCH 'Zulaikha'").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM case_fts WHERE case_fts MATCH 'manis'").fetchone()[0] == 1
        after = build_report(conn, period, NOW).to_json()
        person = export_person(conn, shop["aina"])["person"]
        budi = conn.execute("SELECT text FROM complaint_case WHERE id = ?", (shop["budi"],)).fetchone()[0]
        with pytest.raises(Exception, match="append-only"):  # the timeline is guarded again
            conn.execute("UPDATE case_event SET text = 'x'")
    for key in ("received", "by_channel", "by_touchpoint", "by_type", "open", "first_reply", "per_week"):
        assert after[key] == before[key], key  # the anonymous counts stay
    assert person["name"] == "" and person["erased_at"] is not None and person["contact"] is None
    assert budi == "Budi: kek terlalu manis"
    # the platform still shows the comment: a later sync must not bring it back
    store = InboundStore(database, clock)
    again = store.store(account, "facebook", [remote("1_1", SECRET_TEXT, author="u7788", name="Aina Zulaikha")])
    assert again.new == [] and again.updated == 0
    assert b"Taman Melawati" not in file_bytes(database)


def test_erasing_someone_unknown_changes_nothing(database, shop, clock):
    with database.connect() as conn:
        with pytest.raises(NotFound):
            erase_person(conn, 9999, clock.now + timedelta(minutes=1))
        assert conn.execute("SELECT count(*) FROM person WHERE erased_at IS NOT NULL").fetchone()[0] == 0
        assert conn.execute("SELECT name FROM person WHERE id = ?", (shop["aina"],)).fetchone()[0] == "Aina Zulaikha"


def test_erase_reaches_other_threads_and_leaves_others_words(database, repo, clock, account):
    store = InboundStore(database, clock)
    budi_post = store.store(account, "facebook", [remote("2_1", "Budi: kek saya basi", author="u1", name="Budi")])
    [budi_case], _ = store.file_comments([complaint(budi_post.new[0])], "facebook")
    # Aina joins Budi's thread; Citra comments on Aina's own complaint
    joined = store.store(account, "facebook", [
        remote("2_2", "Sama! Saya pun kena juga", author="u7788", name="Aina Zulaikha", parent="2_1", minutes=3),
        remote("3_1", SECRET_TEXT, author="u7788", name="Aina Zulaikha", minutes=5, post="1001_2")])
    store.file_comments([complaint(joined.new[0]), complaint(joined.new[1])], "facebook")
    citra = store.store(account, "facebook", [remote("3_2", "Citra: saya pun sama", author="u9", name="Citra",
                                                     parent="3_1", minutes=6, post="1001_2")])
    store.file_comments([complaint(citra.new[0])], "facebook")
    # in another thread, Eka wrote the very words Aina wrote in Budi's: Eka's stay
    farah = store.store(account, "facebook", [remote("4_1", "Farah: kek basi", author="u5", name="Farah",
                                                     post="1001_4")])
    [farah_case], _ = store.file_comments([complaint(farah.new[0])], "facebook")
    eka = store.store(account, "facebook", [remote("4_2", "Sama! Saya pun kena juga", author="u6", name="Eka",
                                                   parent="4_1", minutes=1, post="1001_4")])
    store.file_comments([complaint(eka.new[0])], "facebook")
    with database.connect() as conn:
        aina = conn.execute("SELECT id FROM person WHERE name = 'Aina Zulaikha'").fetchone()[0]
        exported = export_person(conn, aina)
        assert "Citra: saya pun sama" not in [c["text"] for c in exported["comments"]]  # Citra's own words
        erase_person(conn, aina, clock.now)
        budi_events = [e.text for e in queries.case_detail(conn, budi_case).events]
        citra_text = conn.execute("SELECT text FROM comment WHERE external_id = '3_2'").fetchone()[0]
    assert "Sama! Saya pun kena juga" not in budi_events
    with database.connect() as conn:
        assert "Sama! Saya pun kena juga" in [e.text for e in queries.case_detail(conn, farah_case).events]
    assert citra_text == "Citra: saya pun sama"
    # the page answers Aina's erased comment later (from its phone): it arrives empty
    later = store.store(account, "facebook", [remote("3_3", "Cik Zulaikha, refund dah masuk", by_owner=True,
                                                     parent="3_1", minutes=30, post="1001_2")])
    store.note_owner_replies(later.owner_replies)
    assert b"refund dah masuk" not in file_bytes(database)


def test_erase_waits_for_readers_and_finishes_at_the_next_start(database, db_path, shop, clock):
    from desktop.cases.db import open_database

    reader = sqlite3.connect(db_path)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM comment").fetchone()  # a read lane mid-query
    with database.connect() as conn:
        erased = erase_person(conn, shop["aina"], clock.now + timedelta(minutes=1))
    assert erased.compacted is False  # held up: said so, not pretended
    reader.rollback()
    reader.close()
    database.dispose()
    reopened = open_database(db_path, now=clock.now)  # the clean-up owed is done now
    try:
        for secret in SECRETS:
            assert secret.encode() not in file_bytes(reopened), secret
        with reopened.connect() as conn:
            assert conn.execute("SELECT count(*) FROM app_setting WHERE key = 'erase.compact_owed'").fetchone()[0] == 0
    finally:
        reopened.dispose()


def test_a_reply_being_sent_and_a_hide_are_left_to_finish(database, shop, clock, repo):
    with database.connect() as conn:
        conn.execute("UPDATE outbox_reply SET state = 'sending' WHERE id = ?", (shop["outbox"],))
        comment = conn.execute("SELECT id FROM comment WHERE external_id = '1_1'").fetchone()[0]
        conn.commit()
    hide = repo.queue_hide(comment, "ML")
    with database.connect() as conn:
        erased = erase_person(conn, shop["aina"], clock.now + timedelta(minutes=1))
        states = dict(conn.execute("SELECT id, state FROM outbox_reply").fetchall())
    assert erased.outbox_cancelled == 0
    assert states == {shop["outbox"]: "sending", hide: "queued"}

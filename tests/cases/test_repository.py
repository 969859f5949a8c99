"""Writing to the case log: manual cases, workflow moves with their events, notes, touchpoints."""

from datetime import datetime, timedelta, timezone

import pytest

from desktop.cases import queries
from desktop.cases.errors import IllegalTransition, InvalidInput, NotFound
from desktop.cases.vocab import OFFLINE_CHANNELS

ODD_TEXTS = {
    "html": '<img src=x onerror=alert(1)><b>Kek</b> &amp; <script>alert("x")</script>',
    "controls": "baris\x00satu\x07\x1b[31m\r\nbaris dua\ttab\u200b\u2028",
    "rtl": "الكعكة وصلت متأخرة جداً — kek sampai lambat",
    "emoji": "👨‍👩‍👧‍👦🇲🇾🇮🇩 👍🏽 kek sedap tapi lambat 😤😤",
    "huge": ("Saya sangat kecewa. " * 55_000)[:1_048_576],
}


@pytest.mark.parametrize("kind", ODD_TEXTS)
def test_odd_text_is_stored_exactly(repo, database, kind):
    text = ODD_TEXTS[kind]
    case_id = repo.add_manual_case(channel="whatsapp", text=text, person_name="Wan", actor="ML")
    with database.connect() as conn:
        assert queries.case_detail(conn, case_id).text == text
        stored = conn.execute("SELECT CAST(text AS BLOB) FROM complaint_case WHERE id = ?", (case_id,)).fetchone()[0]
    assert stored == text.encode("utf-8")


@pytest.mark.parametrize("channel", [c.value for c in OFFLINE_CHANNELS])
def test_manual_case_for_each_offline_channel(repo, database, clock, channel):
    received = clock.now - timedelta(hours=3)
    case_id = repo.add_manual_case(channel=channel, text="Aduan", person_name="  Pak   Budi ",
                                   contact="0812-555-0101", touchpoint="staff",
                                   received_at=received, actor="ML")
    with database.connect() as conn:
        detail = queries.case_detail(conn, case_id)
    assert (detail.channel, detail.touchpoint, detail.state) == (channel, "staff", "new")
    assert detail.person.name == "Pak Budi" and detail.person.contact == "0812-555-0101"
    assert detail.received_at == received
    assert [(e.kind, e.actor, e.to_state, e.at) for e in detail.events] == [("created", "ML", "new", clock.now)]
    assert detail.due_at is not None and detail.due_at < clock.now  # 3 hours old: first reply overdue


def test_existing_person_is_reused(repo, database):
    person_id = repo.add_person("Aisyah", platform="facebook", external_id="fb-1")
    first = repo.add_manual_case(channel="phone", text="one", person_id=person_id, actor="ML")
    second = repo.add_manual_case(channel="walk_in", text="two", person_id=person_id, actor="ML")
    with database.connect() as conn:
        detail = queries.case_detail(conn, second)
    assert detail.person.id == person_id and detail.person.case_count == 2
    assert [c.id for c in detail.other_cases] == [first]


def test_each_move_appends_an_event_with_time_and_who(repo, database, clock):
    case_id = repo.add_manual_case(channel="phone", text="Kek hangus", person_name="A", actor="ML")
    steps = ["acknowledge", "start", "resolve", "follow_up", "close"]
    for step in steps:
        clock.advance(hours=1)
        repo.apply_action(case_id, step, actor="SA")
    with database.connect() as conn:
        detail = queries.case_detail(conn, case_id)
    moves = [(e.from_state, e.to_state, e.actor) for e in detail.events if e.kind == "state"]
    assert moves == [("new", "acknowledged", "SA"), ("acknowledged", "in_progress", "SA"),
                     ("in_progress", "resolved", "SA"), ("resolved", "followed_up", "SA"),
                     ("followed_up", "closed", "SA")]
    assert [e.at for e in detail.events][-1] == clock.now
    assert detail.state == "closed" and detail.due_at is None
    assert detail.first_response_at == detail.events[1].at


def test_due_time_follows_the_state(repo, database, clock):
    case_id = repo.add_manual_case(channel="facebook", text="x", person_name="A", actor="ML")
    due = lambda: queries.case_detail(database.connect(), case_id).due_at  # noqa: E731
    assert due() == clock.now + timedelta(hours=2)
    repo.apply_action(case_id, "start", "ML")
    assert due() == clock.now + timedelta(hours=24)
    clock.advance(hours=2)  # Monday 16:00 in Kuala Lumpur, the shop open 9:00-18:00
    repo.add_note(case_id, "Called the courier", "ML")
    assert due() == clock.now + timedelta(hours=24)  # a note is an update to the customer's case
    repo.apply_action(case_id, "resolve", "ML")
    assert due() == clock.now + timedelta(days=2)  # follow-up: Wednesday, same time
    clock.advance(hours=3)  # 19:00, closed: the clock starts when the shop opens on Tuesday
    repo.apply_action(case_id, "reopen", "ML")
    assert due() == datetime(2026, 11, 25, 1, 0, tzinfo=timezone.utc)  # Wednesday 9:00


def test_illegal_move_changes_nothing(repo, database):
    case_id = repo.add_manual_case(channel="phone", text="x", person_name="A", actor="ML")
    with pytest.raises(IllegalTransition):
        repo.apply_action(case_id, "close", "ML")
    with database.connect() as conn:
        detail = queries.case_detail(conn, case_id)
    assert detail.state == "new" and len(detail.events) == 1


def test_ignore_keeps_the_reason_and_reopen_clears_it(repo, database):
    case_id = repo.add_manual_case(channel="x", text="spam", person_name="Bot", actor="ML")
    with pytest.raises(InvalidInput):
        repo.apply_action(case_id, "ignore", "ML", reason="")
    repo.apply_action(case_id, "ignore", "ML", reason="  spam account ")
    with database.connect() as conn:
        assert queries.case_detail(conn, case_id).ignore_reason == "spam account"
    assert repo.apply_action(case_id, "reopen", "ML") == "new"
    with database.connect() as conn:
        assert queries.case_detail(conn, case_id).ignore_reason is None


@pytest.mark.parametrize("fields, field", [
    ({"text": "   "}, "text"),
    ({"text": "ok", "channel": "pigeon"}, "channel"),
    ({"text": "ok", "touchpoint": "nope"}, "touchpoint"),
    ({"text": "ok", "person_name": "\x00\x01 "}, "name"),
    ({"text": "ok", "person_name": "x" * 201}, "name"),
    ({"text": "bad \ud800 surrogate"}, "text"),
    ({"text": "ok", "person_name": None}, "person"),
])
def test_bad_input_is_refused_with_the_field_named(repo, database, fields, field):
    values = {"channel": "phone", "person_name": "Ali", "actor": "ML", **fields}
    with pytest.raises(InvalidInput) as error:
        repo.add_manual_case(**values)
    assert error.value.field == field
    with database.connect() as conn:
        assert conn.execute("SELECT count(*) FROM complaint_case").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM person").fetchone()[0] == 0


def test_future_time_is_refused(repo, clock):
    with pytest.raises(InvalidInput, match="future"):
        repo.add_manual_case(channel="phone", text="x", person_name="A", actor="ML",
                             received_at=clock.now + timedelta(hours=1))


def test_unknown_case_is_not_found(repo):
    with pytest.raises(NotFound):
        repo.apply_action(999, "acknowledge", "ML")
    with pytest.raises(NotFound):
        repo.add_note(999, "x", "ML")


def test_touchpoint_list_is_editable(repo, database):
    key = repo.add_touchpoint("Parking  lot")
    repo.rename_touchpoint(key, "Parking")
    repo.archive_touchpoint("price")
    with database.connect() as conn:
        shown = {tp.key: tp.name for tp in queries.touchpoints(conn)}
    assert shown[key] == "Parking" and "price" not in shown and "delivery" in shown
    case_id = repo.add_manual_case(channel="walk_in", text="no parking", person_name="A",
                                   touchpoint=key, actor="ML")
    assert case_id
    with pytest.raises(InvalidInput):
        repo.add_manual_case(channel="walk_in", text="x", person_name="A", touchpoint="price", actor="ML")
    with pytest.raises(InvalidInput):
        repo.archive_touchpoint("other")


def test_owner_set_type_wins_for_later_cases(repo, database):
    person_id = repo.add_person("Amirul", platform="x", external_id="x-9")
    first = repo.add_manual_case(channel="x", text="x", person_id=person_id, actor="ML",
                                 complainant_type="newcomer")
    repo.set_person_type(person_id, "active_hater", "ML")
    later = repo.add_manual_case(channel="x", text="y", person_id=person_id, actor="ML",
                                 complainant_type="newcomer")
    with database.connect() as conn:
        assert queries.case_detail(conn, first).complainant_type == "active_hater"
        assert queries.case_detail(conn, later).complainant_type == "active_hater"
        assert [e.kind for e in queries.case_detail(conn, first).events][-1] == "type_set"


def _fb_case(repo, database, clock, text="Kek lambat"):
    from desktop.cases.models import Comment

    person = repo.add_person("Siti", platform="facebook", external_id="fb-1")
    case_id = repo.add_manual_case(channel="facebook", text=text, person_id=person, actor="ML")
    with database.session() as session:
        comment = Comment(platform="facebook", external_id="fb-c1", person_id=person,
                          case_id=case_id, text=text, created_at=clock.now)
        session.add(comment)
        session.commit()
        return case_id, comment.id


def test_reply_to_a_comment_is_logged_acknowledges_and_waits_in_the_outbox(repo, database, clock):
    case_id, comment_id = _fb_case(repo, database, clock)
    outbox_id = repo.record_reply(case_id, "Hai Siti, maaf! – ML", "ML", reply_to=comment_id)
    with database.connect() as conn:
        detail = queries.case_detail(conn, case_id)
        row = conn.execute("SELECT action, comment_id, case_id, text, state FROM outbox_reply"
                           " WHERE id = ?", (outbox_id,)).fetchone()
    assert row == ("reply", comment_id, case_id, "Hai Siti, maaf! – ML", "queued")
    assert detail.state == "acknowledged" and detail.first_response_at == clock.now
    assert [e.kind for e in detail.events][-2:] == ["reply", "state"]


def test_reply_given_offline_is_only_logged(repo, database):
    case_id = repo.add_manual_case(channel="phone", text="Kek lambat", person_name="Ali", actor="ML")
    repo.apply_action(case_id, "acknowledge", "ML")
    assert repo.record_reply(case_id, "Sudah telefon, hantar ganti esok", "ML") is None
    with database.connect() as conn:
        detail = queries.case_detail(conn, case_id)
        assert conn.execute("SELECT count(*) FROM outbox_reply").fetchone()[0] == 0
    assert detail.state == "acknowledged" and detail.events[-1].kind == "reply"


def test_reply_to_another_cases_comment_is_refused(repo, database, clock):
    case_id, comment_id = _fb_case(repo, database, clock)
    other = repo.add_manual_case(channel="phone", text="x", person_name="Ali", actor="ML")
    with pytest.raises(NotFound):
        repo.record_reply(other, "Hai", "ML", reply_to=comment_id)
    with pytest.raises(InvalidInput):
        repo.record_reply(case_id, "   ", "ML")


def test_hide_is_queued_once(repo, database, clock):
    case_id, comment_id = _fb_case(repo, database, clock)
    assert repo.queue_hide(comment_id, "ML") == repo.queue_hide(comment_id, "ML")
    with database.connect() as conn:
        assert conn.execute("SELECT action, state FROM outbox_reply").fetchall() == [("hide", "queued")]
        assert [e.kind for e in queries.case_detail(conn, case_id).events].count("hide") == 1


def test_damaged_triage_columns_read_as_empty(repo, database):
    case_id = repo.add_manual_case(channel="phone", text="x", person_name="Ali", actor="ML")
    with database.connect() as conn:
        conn.execute("UPDATE complaint_case SET type_reasons = '{oops', abusive_terms = '3'"
                     " WHERE id = ?", (case_id,))
        conn.commit()
        detail = queries.case_detail(conn, case_id)
    assert (detail.type_reasons, detail.abusive_terms) == ([], [])

"""The reminder engine: what is due and why, snooze, done, pause, new targets, and which
reminders get a notification. Time moves by hand (the clock fixture); nothing sleeps."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from dataclasses import replace
from datetime import date, datetime, time, timedelta, timezone

import pytest

from desktop.cases import queries
from desktop.cases.deadlines import ReminderKind, Targets
from desktop.cases.errors import InvalidInput
from desktop.cases.hours import DayHours, OpeningHours
from desktop.cases.reminders import NotificationGate, ReminderEngine, SnoozeChoice

UTC = timezone.utc


@pytest.fixture
def engine(database, clock):
    return ReminderEngine(database, clock=clock)


def case_events(database, case_id):
    with database.connect() as conn:
        return queries.case_detail(conn, case_id).events


def test_nothing_is_due_before_its_target(repo, engine, clock):
    repo.add_manual_case(channel="facebook", text="Kek sampai lambat", person_name="Siti", actor="ML")
    assert engine.due() == []
    clock.advance(hours=1, minutes=59)
    assert engine.due() == []
    soon = engine.due(within=timedelta(minutes=5))
    assert [r.status(clock.now) for r in soon] == ["due_soon"]


def test_a_first_reply_falls_due_in_opening_hours(repo, engine, clock):
    # Monday 14:00 in Kuala Lumpur; the shop closes at 18:00
    case_id = repo.add_manual_case(channel="instagram", text="Order tak sampai", person_name="Aina", actor="ML")
    clock.advance(hours=2, minutes=30)
    [reminder] = engine.due()
    assert (reminder.case_id, reminder.kind, reminder.overdue) == (case_id, ReminderKind.FIRST_RESPONSE, True)
    assert reminder.overdue_by == timedelta(minutes=30)
    assert reminder.since == datetime(2026, 11, 23, 6, 0, tzinfo=UTC)
    assert "first reply owed" in reminder.reason() and "2 h" in reminder.reason()
    # overnight the shop is closed: at 8:00 next morning it is still only 2 open hours late
    clock.now = datetime(2026, 11, 24, 0, 0, tzinfo=UTC)
    assert engine.due()[0].overdue_by == timedelta(hours=2)


def test_a_walk_in_is_more_urgent_than_a_comment(repo, engine, clock):
    walk_in = repo.add_manual_case(channel="walk_in", text="Kek salah", person_name="Pak Ali", actor="ML")
    comment = repo.add_manual_case(channel="facebook", text="Kek salah", person_name="Ani", actor="ML")
    clock.advance(hours=1, minutes=15)
    assert [r.case_id for r in engine.due()] == [walk_in]
    clock.advance(hours=1)
    assert [r.case_id for r in engine.due()] == [walk_in, comment]  # most overdue first


def test_the_light_list_matches_the_detailed_one(repo, engine, clock):
    # the tray's half-minute check reads ids only and asks details for the few it shows
    ids = [repo.add_manual_case(channel=channel, text="x", person_name=name, actor="ML")
           for channel, name in [("facebook", "A"), ("walk_in", "B"), ("letter", "C"), ("x", "D")]]
    clock.advance(hours=3)
    closed = ids[3]
    repo.apply_action(closed, "ignore", "ML", reason="spam")
    engine.snooze([ids[0]], SnoozeChoice.HOUR, "ML")
    detailed = engine.due()
    items = engine.due_items()
    assert [i.case_id for i in items] == [r.case_id for r in detailed] == [ids[1], ids[2], ids[0]]
    assert [i.snoozed(clock.now) for i in items] == [False, False, True]
    assert [(i.kind, i.due_at) for i in items] == [(r.kind, r.due_at) for r in detailed]
    picked = engine.reminders([ids[0], closed, ids[2], 999])  # the ignored and the unknown drop out
    assert [(r.case_id, r.person) for r in picked] == [(ids[2], "C"), (ids[0], "A")]
    assert picked[0].overdue_by == timedelta(hours=2)
    assert engine.reminders([]) == []


def test_most_overdue_first_across_days_off(repo, engine, clock):
    holidays = frozenset(date(2026, 11, 23) + timedelta(days=n) for n in (3, 9, 10, 17, 30, 31))
    targets = engine.targets()
    engine.save_targets(replace(targets, hours=replace(targets.hours, days_off=holidays)))
    for n in range(40):  # complaints every 19 hours for a month, some landing on days off
        clock.now = datetime(2026, 11, 23, 6, tzinfo=UTC) + timedelta(hours=19 * n)
        repo.add_manual_case(channel=("walk_in", "facebook", "letter")[n % 3], text=f"#{n}",
                             person_name=f"P{n}", actor="ML")
    hours = engine.targets().hours
    for _ in range(30):  # looked at over the following week and a half, now and then
        clock.advance(hours=9)
        due = engine.due()
        late = [r.overdue_by for r in due]
        assert late == sorted(late, reverse=True)
        # counted exactly, day by day (one second when it fell due after closing)
        assert all(r.overdue_by == max(hours._open_between_days(r.due_at, clock.now), timedelta(seconds=1))
                   for r in due if r.due_at < clock.now)


def test_a_failed_check_tells_again_next_time(repo, engine, clock, database):
    gate = NotificationGate()
    case_id = repo.add_manual_case(channel="facebook", text="Lambat", person_name="Aina", actor="ML")
    clock.advance(hours=3)
    with database.connect() as conn:  # the details cannot be read (a real SQLite error)
        conn.execute("ALTER TABLE person RENAME TO person_away")
    with pytest.raises(sqlite3.OperationalError):
        engine.check(gate)
    with database.connect() as conn:
        conn.execute("ALTER TABLE person_away RENAME TO person")
    told = engine.check(gate)
    assert told.fell_due.case_ids == (case_id,) and told.fell_due.first[0].person == "Aina"
    assert told.snapshot.waiting == (case_id,) and told.snapshot.top[0].overdue_by == timedelta(hours=1)
    assert engine.check(gate).fell_due is None  # told once


def test_update_and_follow_up_reminders(repo, engine, clock):
    case_id = repo.add_manual_case(channel="phone", text="Salah alamat", person_name="Lim", actor="ML")
    repo.apply_action(case_id, "start", "ML")
    clock.advance(days=1, minutes=1)
    [update] = engine.due()
    assert update.kind == ReminderKind.UPDATE and "not updated since" in update.reason()
    repo.add_note(case_id, "Called the courier", "ML")  # an update to the customer's case
    assert engine.due() == []
    repo.apply_action(case_id, "resolve", "ML")
    clock.advance(days=2, minutes=1)
    [follow_up] = engine.due()
    assert follow_up.kind == ReminderKind.FOLLOW_UP
    repo.apply_action(case_id, "follow_up", "ML")
    clock.advance(days=30)
    assert engine.due() == []  # followed up: nothing more is owed


def test_snooze_quiets_a_reminder_until_it_runs_out(repo, engine, clock, database):
    case_id = repo.add_manual_case(channel="x", text="Parah", person_name="Budi", actor="ML")
    clock.advance(hours=3)
    until = engine.snooze([case_id], SnoozeChoice.HOUR, "ML")
    assert until == clock.now + timedelta(hours=1)
    [reminder] = engine.due()
    assert reminder.snoozed(clock.now) and reminder.status(clock.now) == "snoozed"
    event = case_events(database, case_id)[-1]
    assert (event.kind, event.text, event.actor) == ("snooze", "first_response", "ML")
    clock.advance(minutes=61)
    assert engine.due()[0].status(clock.now) == "overdue"


def test_snooze_until_the_next_opening(repo, engine, clock):
    repo.add_manual_case(channel="x", text="Parah", person_name="Budi", actor="ML")
    assert engine.snooze_until(SnoozeChoice.QUARTER_HOUR) == clock.now + timedelta(minutes=15)
    # open now (Monday 14:00): the next opening is Tuesday 9:00 in Kuala Lumpur
    assert engine.snooze_until(SnoozeChoice.NEXT_OPENING) == datetime(2026, 11, 24, 1, 0, tzinfo=UTC)
    with pytest.raises(InvalidInput):
        engine.snooze_until("tomorrow-ish")


def test_a_move_spends_the_snooze(repo, engine, clock):
    case_id = repo.add_manual_case(channel="x", text="Parah", person_name="Budi", actor="ML")
    clock.advance(hours=3)
    engine.snooze([case_id], SnoozeChoice.NEXT_OPENING, "ML")
    repo.apply_action(case_id, "acknowledge", "ML")
    clock.advance(days=3)
    [reminder] = engine.due()
    assert reminder.kind == ReminderKind.UPDATE and reminder.snoozed_until is None


def test_done_does_what_the_reminder_asked(repo, engine, clock, database):
    first = repo.add_manual_case(channel="phone", text="Kek hancur", person_name="Mei", actor="ML")
    clock.advance(hours=2)
    assert engine.done(first, "ML") == ReminderKind.FIRST_RESPONSE
    with database.connect() as conn:
        assert queries.case_detail(conn, first).state == "acknowledged"
    assert [e.kind for e in case_events(database, first)][-2:] == ["state", "done"]
    clock.advance(days=1, minutes=1)
    # a Done pressed on the first-reply reminder, arriving after that one was cleared: no effect
    events = len(case_events(database, first))
    with pytest.raises(InvalidInput):
        engine.done(first, "ML", expected=ReminderKind.FIRST_RESPONSE)
    assert len(case_events(database, first)) == events
    assert engine.done(first, "ML", expected=ReminderKind.UPDATE) == ReminderKind.UPDATE  # updated by phone
    assert engine.due() == []
    repo.apply_action(first, "resolve", "ML")
    assert engine.done(first, "ML") == ReminderKind.FOLLOW_UP
    with database.connect() as conn:
        assert queries.case_detail(conn, first).state == "followed_up"
    with pytest.raises(InvalidInput):
        engine.done(first, "ML")  # nothing more to do


def test_new_targets_move_every_open_case(repo, engine, clock, database):
    case_id = repo.add_manual_case(channel="facebook", text="Lambat", person_name="Ani", actor="ML")
    closed = repo.add_manual_case(channel="facebook", text="Lambat", person_name="Ani", actor="ML")
    repo.apply_action(closed, "ignore", "ML", reason="spam")
    targets = engine.targets()
    assert targets.hours.zone == "Asia/Kuala_Lumpur"  # the computer's zone until the owner sets one
    moved = engine.save_targets(replace(targets, first_response=30))
    assert moved == 1
    clock.advance(minutes=31)
    assert [r.case_id for r in engine.due()] == [case_id]
    # the shop moves to Jakarta time (an hour behind): 18:00 there is 19:00 in KL
    engine.save_targets(replace(engine.targets(), first_response=5 * 60).with_zone("Asia/Jakarta"))
    with database.connect() as conn:
        due = queries.case_detail(conn, case_id).due_at
    assert due == datetime(2026, 11, 23, 11, 0, tzinfo=UTC)  # 14:00 KL + 5 h, all open in Jakarta


def test_stored_targets_survive_bad_values(database, engine):
    with database.connect() as conn:
        conn.execute("INSERT INTO app_setting (key, value) VALUES ('reminders.targets', ?)",
                     (json.dumps({"first_response": "soon", "update": -5, "follow_up": 10 ** 9,
                                  "channel_first_response": {"walk_in": 30, "telepathy": 1},
                                  "week": [{"open": True, "opens": "25:00", "closes": "18:00"}] * 7,
                                  "days_off": ["2026-12-25", "not a date", 7], "zone": 42}),))
        conn.commit()
    targets = engine.targets()
    assert targets.first_response == 120 and targets.update == 15 and targets.follow_up == 14 * 24 * 60
    assert targets.channel_first_response == {"walk_in": 30}
    assert targets.hours.week[0] == DayHours(time(9), time(18))
    assert targets.hours.days_off == frozenset({date(2026, 12, 25)})
    with database.connect() as conn:
        conn.execute("UPDATE app_setting SET value = 'not json'")
        conn.commit()
    assert engine.targets() == Targets(hours=OpeningHours(zone="Asia/Kuala_Lumpur"))


def test_targets_round_trip(engine):
    targets = Targets(first_response=45, update=8 * 60, follow_up=3 * 24 * 60,
                      channel_first_response={"letter": 30},
                      hours=OpeningHours(week=(DayHours(time(18), time(2)),) * 7,
                                         days_off=frozenset({date(2026, 12, 25)}), zone="Asia/Jakarta"))
    engine.save_targets(targets)
    assert engine.targets() == targets


def test_pause_for_today(engine, clock):
    assert engine.paused_until() is None
    until = engine.pause_today()
    assert until == datetime(2026, 11, 23, 16, 0, tzinfo=UTC)  # midnight in Kuala Lumpur
    assert engine.paused_until() == until
    clock.now = until
    assert engine.paused_until() is None
    engine.pause_today()
    engine.resume()
    assert engine.paused_until() is None


def test_events_out_of_order_read_sensibly(repo, engine, clock, database):
    case_id = repo.add_manual_case(channel="facebook", text="Lambat", person_name="Ani", actor="ML")
    repo.apply_action(case_id, "start", "ML")
    # a note dated before the case came in (a computer clock that was wrong)
    repo.add_note(case_id, "dated too early", "ML", at=clock.now - timedelta(days=30))
    engine.save_targets(engine.targets())
    with database.connect() as conn:
        due = queries.case_detail(conn, case_id).due_at
    assert due == clock.now + timedelta(days=1)  # counted from the latest sensible event


# -- notifications ----------------------------------------------------------------------
def test_each_reminder_is_told_once(repo, engine, clock):
    gate = NotificationGate()
    first = repo.add_manual_case(channel="facebook", text="a", person_name="A", actor="ML")
    assert gate.fresh(engine.due(), clock.now) == []
    clock.advance(hours=2, minutes=1)
    assert [r.case_id for r in gate.fresh(engine.due(), clock.now)] == [first]
    for _ in range(5):  # every tick after: nothing new
        clock.advance(minutes=1)
        assert gate.fresh(engine.due(), clock.now) == []
    second = repo.add_manual_case(channel="facebook", text="b", person_name="B", actor="ML")  # 16:06
    clock.advance(hours=2, minutes=1)  # 18:07: closed since 18:00, so not due yet
    assert gate.fresh(engine.due(), clock.now) == []
    clock.advance(hours=16)  # Tuesday 10:07: the second hour ran from 9:00
    assert [r.case_id for r in gate.fresh(engine.due(), clock.now)] == [second]


def test_told_again_after_a_snooze_runs_out(repo, engine, clock):
    gate = NotificationGate()
    case_id = repo.add_manual_case(channel="facebook", text="a", person_name="A", actor="ML")
    clock.advance(hours=2, minutes=1)
    assert len(gate.fresh(engine.due(), clock.now)) == 1
    engine.snooze([case_id], SnoozeChoice.QUARTER_HOUR, "ML")
    clock.advance(minutes=10)
    assert gate.fresh(engine.due(), clock.now) == []
    clock.advance(minutes=6)
    assert [r.case_id for r in gate.fresh(engine.due(), clock.now)] == [case_id]
    clock.advance(minutes=1)
    assert gate.fresh(engine.due(), clock.now) == []


def test_a_clock_jumping_back_brings_no_flood(repo, engine, clock):
    gate = NotificationGate()
    for name in "ABC":
        repo.add_manual_case(channel="facebook", text="x", person_name=name, actor="ML")
    clock.advance(hours=3)
    assert len(gate.fresh(engine.due(), clock.now)) == 3
    clock.advance(hours=-2)  # the computer's clock is put back
    assert gate.fresh(engine.due(), clock.now) == []
    clock.advance(hours=2)
    assert gate.fresh(engine.due(), clock.now) == []


def test_nothing_is_told_while_paused_and_nothing_is_missed(repo, engine, clock):
    gate = NotificationGate()
    case_id = repo.add_manual_case(channel="facebook", text="x", person_name="A", actor="ML")
    clock.advance(hours=3)
    assert gate.fresh(engine.due(), clock.now, paused=True) == []
    assert [r.case_id for r in gate.fresh(engine.due(), clock.now, paused=False)] == [case_id]


def test_due_command(tmp_path):
    data = tmp_path / "shop"
    run = lambda *args: subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(data), *args],  # noqa: E731
                                       capture_output=True, text=True, timeout=60)
    added = run("cases", "add", "--channel", "walk_in", "--name", "Pak Ali", "--text", "Kek salah",
                "--received", "2026-11-23T14:00+08:00")
    assert added.returncode == 0, added.stderr
    case_id = json.loads(added.stdout)["id"]
    assert json.loads(run("due", "--json", "--at", "2026-11-23T14:30+08:00", "--within", "0").stdout) == []
    late = run("due", "--json", "--at", "2026-11-23T15:45+08:00")
    [row] = json.loads(late.stdout)
    assert row["case_id"] == case_id and row["kind"] == "first_response" and row["status"] == "overdue"
    assert row["overdue_by_minutes"] == 45 and row["due_at"] == "2026-11-23T07:00:00+00:00"
    assert "walk_in" in row["reason"]
    soon = json.loads(run("due", "--json", "--at", "2026-11-23T14:30+08:00").stdout)
    assert [r["status"] for r in soon] == ["due_soon"]
    bad = run("due", "--at", "yesterday")
    assert bad.returncode == 2 and "not an ISO time" in bad.stderr

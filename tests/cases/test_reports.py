"""Reports over a period, checked against counts this test keeps itself from the cases it logs
(never against the report's own queries)."""

from __future__ import annotations

import random
import statistics
from collections import Counter
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from desktop.cases.errors import InvalidInput
from desktop.cases.reports import Period, build_report, report_case_ids
from desktop.cases.vocab import BUILTIN_TOUCHPOINTS, ComplainantType

KL = ZoneInfo("Asia/Kuala_Lumpur")
NOW = datetime(2027, 1, 4, 6, tzinfo=timezone.utc)  # Monday 14:00 in Kuala Lumpur
FAST = {"walk_in", "phone", "letter"}  # a one-hour first-reply target; the rest two hours


def weekday_morning(day: date) -> datetime:
    """10:00 local on `day`, moved to Monday when it falls on a Sunday (the shop is closed)."""
    if day.weekday() == 6:
        day += timedelta(days=1)
    return datetime.combine(day, time(10), tzinfo=KL).astimezone(timezone.utc)


@pytest.fixture
def logged(repo, clock):
    """Ninety cases over eleven weeks, each answered fast, late or never, some solved and
    followed up; returns what the test knows about each."""
    rng = random.Random(5)
    clock.now = NOW
    people = [f"Pelanggan {n}" for n in range(45)]
    person_ids: dict[str, int] = {}
    cases = []
    for n in range(90):
        received = weekday_morning(date(2026, 10, 19) + timedelta(days=rng.randrange(0, 77)))
        if received >= NOW:
            continue
        name = rng.choice(people)
        channel = rng.choice(["facebook", "instagram", "x", "walk_in", "phone", "letter", "whatsapp"])
        kind = rng.choice([None, *ComplainantType])
        touchpoint = rng.choice(BUILTIN_TOUCHPOINTS)
        case_id = repo.add_manual_case(
            channel=channel, text=f"Aduan {n}", actor="ML", received_at=received, touchpoint=touchpoint,
            person_id=person_ids.get(name), person_name=None if name in person_ids else name,
            complainant_type=kind)
        if name not in person_ids:
            with repo._db.connect() as conn:
                person_ids[name] = conn.execute("SELECT person_id FROM complaint_case WHERE id = ?",
                                                (case_id,)).fetchone()[0]
        answer = rng.choice(["fast", "late", "never", "ignored"])
        delay = {"fast": timedelta(minutes=30), "late": timedelta(days=2)}.get(answer)
        state = "new"
        if delay is not None and received + delay < NOW:
            repo.apply_action(case_id, "acknowledge", "ML", at=received + delay)
            state = "acknowledged"
            if rng.random() < 0.6 and received + delay + timedelta(days=1) < NOW:
                repo.apply_action(case_id, "resolve", "ML", at=received + delay + timedelta(days=1))
                state = "resolved"
                if rng.random() < 0.5:
                    repo.apply_action(case_id, "follow_up", "ML", at=received + delay + timedelta(days=1, hours=1))
                    state = "followed_up"
        elif answer == "ignored":
            repo.apply_action(case_id, "ignore", "ML", reason="spam", at=received + timedelta(minutes=5))
            state = "ignored"
        else:
            delay = None
        cases.append({"id": case_id, "received": received, "delay": delay, "state": state,
                      "name": name, "person": person_ids[name], "channel": channel,
                      "type": kind or "", "touchpoint": touchpoint})
    return cases


def test_the_report_matches_what_was_logged(database, logged):
    period = Period(date(2026, 11, 2), date(2026, 12, 27))  # eight whole weeks, Monday to Sunday
    inside = [c for c in logged if date(2026, 11, 2) <= c["received"].astimezone(KL).date() <= date(2026, 12, 27)]
    assert 20 < len(inside) < len(logged)  # some cases fall outside the period
    with database.connect() as conn:
        report = build_report(conn, period, NOW)

    assert report.received == len(inside)
    weeks = Counter(c["received"].astimezone(KL).date() - timedelta(days=c["received"].astimezone(KL).weekday())
                    for c in inside)
    assert [(w.week, w.count) for w in report.weeks] == [
        (date(2026, 11, 2) + timedelta(weeks=n), weeks[date(2026, 11, 2) + timedelta(weeks=n)]) for n in range(8)]
    answered = [c for c in inside if c["delay"] is not None]
    assert report.answered == len(answered)
    assert report.within_target == sum(c["delay"] == timedelta(minutes=30) for c in answered)
    # late answers, and cases never answered (all long past due by now); ignored ones are not judged
    assert report.missed_target == sum(c["delay"] == timedelta(days=2) for c in answered) + sum(
        c["state"] == "new" for c in inside)
    assert report.median_first_reply == timedelta(
        minutes=statistics.median(c["delay"].total_seconds() / 60 for c in answered))
    assert report.resolved == sum(c["state"] in ("resolved", "followed_up") for c in inside)
    assert report.followed_up == sum(c["state"] == "followed_up" for c in inside)
    assert report.ignored == sum(c["state"] == "ignored" for c in inside)
    assert report.open == sum(c["state"] != "ignored" for c in inside)
    assert report.by_channel == dict(Counter(c["channel"] for c in inside))
    assert report.by_type == dict(Counter(c["type"] for c in inside))
    assert report.by_touchpoint == dict(Counter(c["touchpoint"] for c in inside))
    per_person = Counter(c["person"] for c in inside)
    assert report.repeat_people == sum(1 for n in per_person.values() if n > 1)
    assert {(p.person_id, p.cases) for p in report.repeat_list} == {
        (person, n) for person, n in per_person.items() if n > 1}
    won_back = [c["id"] for c in sorted(inside, key=lambda c: c["received"])
                if c["type"] == "lapsed_loyal" and c["state"] == "followed_up"]
    assert [r.case_id for r in report.recovered] == won_back[:20] and report.recovered_count == len(won_back)
    with database.connect() as conn:
        def behind(figure, key=None):
            return report_case_ids(conn, period, NOW, figure, key)

        assert set(behind("received")) == {c["id"] for c in inside}
        assert set(behind("within_target")) == {c["id"] for c in answered if c["delay"] == timedelta(minutes=30)}
        assert set(behind("channel", "phone")) == {c["id"] for c in inside if c["channel"] == "phone"}
        assert set(behind("type", "")) == {c["id"] for c in inside if c["type"] == ""}
        assert set(behind("week", "2026-11-09")) == {c["id"] for c in inside if date(2026, 11, 9) <= c[
            "received"].astimezone(KL).date() < date(2026, 11, 16)}
        assert set(behind("repeat")) == {c["id"] for c in inside if per_person[c["person"]] > 1}
        for figure in ("missed_target", "open", "overdue", "resolved", "followed_up", "ignored", "answered"):
            assert len(behind(figure)) == getattr(report, figure), figure
        with pytest.raises(InvalidInput):
            behind("nonsense")
        with pytest.raises(InvalidInput):
            behind("week", "not a date")
    shares = report.to_json()
    assert shares["first_reply"]["share_within_target"] == round(
        report.within_target / (report.within_target + report.missed_target), 4)
    assert shares["resolution_rate"] == round(report.resolved / report.received, 4)


def test_a_case_at_local_midnight_counts_in_its_own_week(repo, database, clock):
    clock.now = NOW
    monday = datetime(2026, 11, 9, 0, 0, tzinfo=KL).astimezone(timezone.utc)  # Sunday 16:00 UTC
    repo.add_manual_case(channel="phone", text="a", person_name="A", actor="ML", received_at=monday)
    repo.add_manual_case(channel="phone", text="b", person_name="B", actor="ML",
                         received_at=monday - timedelta(seconds=1))
    with database.connect() as conn:
        report = build_report(conn, Period(date(2026, 11, 2), date(2026, 11, 15)), NOW)
    assert [(w.week, w.count) for w in report.weeks] == [(date(2026, 11, 2), 1), (date(2026, 11, 9), 1)]


def test_an_empty_period_and_a_single_case(repo, database, clock):
    clock.now = NOW
    with database.connect() as conn:
        empty = build_report(conn, Period(date(2026, 1, 1), date(2026, 1, 31)), NOW)
    assert empty.received == 0 and empty.median_first_reply is None
    assert empty.share_within_target is None and empty.resolution_rate is None and empty.follow_up_rate is None
    assert [w.count for w in empty.weeks] == [0] * 5 and empty.weeks[0].week == date(2025, 12, 29)
    assert empty.to_json()["first_reply"]["share_within_target"] is None
    received = weekday_morning(date(2026, 12, 1))
    case_id = repo.add_manual_case(channel="letter", text="Surat", person_name="Encik Rahmat", actor="ML",
                                   received_at=received)
    repo.apply_action(case_id, "acknowledge", "ML", at=received + timedelta(minutes=20))
    with database.connect() as conn:
        one = build_report(conn, Period(date(2026, 12, 1), date(2026, 12, 1)), NOW)
    assert (one.received, one.answered, one.within_target, one.missed_target) == (1, 1, 1, 0)
    assert one.median_first_reply == timedelta(minutes=20) and one.share_within_target == 1.0
    assert [(w.week, w.count) for w in one.weeks] == [(date(2026, 11, 30), 1)]


def test_dates_the_wrong_way_round_are_refused():
    with pytest.raises(InvalidInput) as wrong:
        Period(date(2026, 12, 31), date(2026, 12, 1))
    assert wrong.value.field == "period"
    with pytest.raises(InvalidInput):
        Period(date(2000, 1, 1), date(2026, 1, 1))  # more than ten years


def test_the_first_reply_target_is_kept_when_the_case_moves_on(repo, database, clock):
    # 14:00 Monday: a walk-in is due by 15:00; answered at 16:00 it missed, even though the
    # case's due time has since moved on to its update
    clock.now = NOW
    case_id = repo.add_manual_case(channel="walk_in", text="Kek salah", person_name="Pak Ali", actor="ML")
    clock.advance(hours=2)
    repo.apply_action(case_id, "acknowledge", "ML")
    with database.connect() as conn:
        first_due, due = conn.execute("SELECT first_due_at, due_at FROM complaint_case WHERE id = ?",
                                      (case_id,)).fetchone()
        report = build_report(conn, Period(date(2027, 1, 4), date(2027, 1, 4)), clock.now)
    assert first_due == "2027-01-04 07:00:00.000000" and due != first_due
    assert (report.within_target, report.missed_target) == (0, 1)


def test_new_targets_never_rewrite_past_results(repo, database, clock):
    from dataclasses import replace

    from desktop.cases.reminders import ReminderEngine

    clock.now = NOW
    case_id = repo.add_manual_case(channel="facebook", text="Lambat", person_name="Aina", actor="ML",
                                   received_at=NOW - timedelta(days=3))  # due long ago, still unanswered
    engine = ReminderEngine(database, clock=clock)
    engine.save_targets(replace(engine.targets(), first_response=14 * 24 * 60))  # now two weeks
    repo.apply_action(case_id, "acknowledge", "ML")
    with database.connect() as conn:
        report = build_report(conn, Period(date(2026, 12, 1), date(2027, 1, 4)), NOW)
    assert (report.within_target, report.missed_target) == (0, 1)  # late by the target of its day

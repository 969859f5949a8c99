"""The shown case's reminder in the case panel: due time, how late, snooze and done, and what
they leave on the timeline. The clock is moved by hand; the case log is a real file."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from desktop.cases import queries
from tests.ui.conftest import make_gui, tick

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def window(qapp, qtbot, tmp_path, database, clock):
    gui = make_gui(qapp, qtbot, tmp_path, database, clock, tray_available=False)
    yield gui
    gui.shutdown()


def open_case(gui, qtbot, case_id):
    gui.wiring.open_case(case_id)
    bar = gui.window.case_panel.reminder_bar
    qtbot.waitUntil(lambda: bar.case_id == case_id)
    return bar


def timeline(gui) -> list[str]:
    view = gui.window.case_panel.timeline_list
    return [view.item(row).text() for row in range(view.count())]


def events_of(database, case_id) -> list:
    with database.connect() as conn:
        return queries.case_detail(conn, case_id).events


def state_of(database, case_id) -> str:
    with database.connect() as conn:
        return queries.case_detail(conn, case_id).state


def test_the_panel_says_when_a_reply_is_due_and_how_late_it_is(window, qtbot, repo):
    # Monday 14:00 in Kuala Lumpur: a Facebook complaint wants its first reply by 16:00
    case_id = repo.add_manual_case(channel="facebook", text="Kek lambat", person_name="Siti", actor="ML")
    window.controller.cases_changed.emit({case_id})
    bar = open_case(window, qtbot, case_id)
    assert bar.isVisible()
    assert bar.label.text().startswith("First reply: due by ") and "overdue" not in bar.label.text()
    tick(window, qtbot, hours=3)  # 17:00, an hour late; the bar follows the clock
    qtbot.waitUntil(lambda: "overdue by 1 h" in bar.label.text())
    assert bar.reminder.status(window.session.clock()) == "overdue"
    assert "acknowledged" in bar.done_button.toolTip()


def test_snooze_from_the_panel(window, qtbot, repo, database, clock):
    case_id = repo.add_manual_case(channel="walk_in", text="Kek salah tulis nama", person_name="Pak Ali", actor="ML")
    clock.advance(hours=2)  # a walk-in wants an answer within the hour
    window.controller.cases_changed.emit({case_id})
    bar = open_case(window, qtbot, case_id)
    qtbot.waitUntil(lambda: bar.reminder is not None and bar.reminder.overdue)
    bar.snooze_actions["1h"].trigger()
    assert not bar.snooze_button.isEnabled()  # no second snooze while the first is saved
    qtbot.waitUntil(lambda: bar.reminder is not None and bar.reminder.snoozed(clock()))
    assert "snoozed until" in bar.label.text() and bar.snooze_button.isEnabled()
    assert bar.reminder.snoozed_until == datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc)
    qtbot.waitUntil(lambda: any("snoozed the reminder until" in line for line in timeline(window)))
    tick(window, qtbot, minutes=1)
    snapshot = window.session.reminders.snapshot
    assert (snapshot.waiting, snapshot.snoozed) == ((), 1)  # nothing counted while snoozed
    tick(window, qtbot, hours=1)  # the snooze ran out
    qtbot.waitUntil(lambda: bar.reminder is not None and bar.reminder.status(clock()) == "overdue")
    assert window.session.reminders.snapshot.waiting == (case_id,)


def test_snooze_until_the_shop_opens(window, qtbot, repo, clock):
    case_id = repo.add_manual_case(channel="letter", text="Surat aduan", person_name="Encik Rahmat", actor="ML")
    clock.advance(hours=3, minutes=30)  # Monday 17:30 local, half an hour before closing
    window.controller.cases_changed.emit({case_id})
    bar = open_case(window, qtbot, case_id)
    bar.snooze_actions["next_opening"].trigger()
    qtbot.waitUntil(lambda: bar.reminder is not None and bar.reminder.snoozed_until is not None)
    # Tuesday 9:00 in Kuala Lumpur
    assert bar.reminder.snoozed_until == datetime(2026, 11, 24, 1, 0, tzinfo=timezone.utc)


def test_done_does_what_each_reminder_asks(window, qtbot, repo, database, clock):
    case_id = repo.add_manual_case(channel="phone", text="Kek hancur", person_name="Mei Ling", actor="ML")
    clock.advance(hours=2)
    window.controller.cases_changed.emit({case_id})
    bar = open_case(window, qtbot, case_id)
    qtbot.waitUntil(lambda: bar.reminder is not None and bar.reminder.kind == "first_response")
    bar.done_button.click()
    # answered by phone: the case is acknowledged and the update clock starts
    qtbot.waitUntil(lambda: bar.reminder is not None and bar.reminder.kind == "update")
    assert state_of(database, case_id) == "acknowledged"
    assert bar.label.text().startswith("Update the customer: due by ")
    # the timeline reloads just after the reminder moves on
    qtbot.waitUntil(lambda: any("marked “First reply” done" in line for line in timeline(window)))

    repo.apply_action(case_id, "start", "ML")
    repo.apply_action(case_id, "resolve", "ML")
    clock.advance(days=3)
    window.controller.cases_changed.emit({case_id})
    qtbot.waitUntil(lambda: bar.reminder is not None and bar.reminder.kind == "follow_up"
                    and bar.reminder.overdue)
    assert "checked back" in bar.done_button.toolTip()
    bar.done_button.click()
    qtbot.waitUntil(lambda: state_of(database, case_id) == "followed_up")
    qtbot.waitUntil(lambda: not bar.isVisible())  # nothing more is owed
    # the timeline reloads just after the reminder moves on
    qtbot.waitUntil(lambda: any("marked “Follow up” done" in line for line in timeline(window)))


def test_a_case_that_waits_for_nothing_shows_no_reminder(window, qtbot, repo):
    case_id = repo.add_manual_case(channel="facebook", text="Spam", person_name="Bot", actor="ML")
    repo.apply_action(case_id, "ignore", "ML", reason="spam")
    window.controller.cases_changed.emit({case_id})
    bar = open_case(window, qtbot, case_id)  # its reminder was read: there is none
    assert bar.reminder is None and not bar.isVisible()


def test_done_on_a_reminder_that_moved_on_changes_nothing(window, qtbot, repo, database, clock):
    case_id = repo.add_manual_case(channel="facebook", text="Lambat", person_name="Aina", actor="ML")
    clock.advance(hours=3)
    window.controller.cases_changed.emit({case_id})
    bar = open_case(window, qtbot, case_id)
    qtbot.waitUntil(lambda: bar.reminder is not None and bar.reminder.kind == "first_response")
    repo.apply_action(case_id, "acknowledge", "Staff")  # answered on another computer meanwhile
    events = len(window.window.case_panel.detail.events)
    bar.done_button.click()
    qtbot.waitUntil(lambda: "changed meanwhile" in window.window.status_label.text())
    qtbot.waitUntil(lambda: bar.reminder is not None and bar.reminder.kind == "update")
    assert bar.done_button.isEnabled()
    kinds = [e.kind for e in events_of(database, case_id)]
    assert len(kinds) == events + 1 and "done" not in kinds  # only the acknowledgement


def test_only_the_latest_reading_reaches_the_panel(window, qtbot, repo):
    first = repo.add_manual_case(channel="facebook", text="a", person_name="A", actor="ML")
    second = repo.add_manual_case(channel="facebook", text="b", person_name="B", actor="ML")
    seen = []
    window.session.reminders.case_described.connect(lambda case_id, _r, _now: seen.append(case_id))
    for _ in range(5):
        window.session.reminders.describe(first)
    window.session.reminders.describe(second)
    qtbot.waitUntil(lambda: bool(seen))
    qtbot.wait(300)  # the earlier readings have finished by now too
    assert seen == [second]

"""Settings → Reminders: targets, opening hours, days off and starting with the computer,
kept in the case log (and the login entry) when the owner saves."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QDate, QTime

from desktop.cases.reminders import ReminderEngine
from tests.ui.conftest import make_gui

pytestmark = pytest.mark.usefixtures("english")


def test_reminder_settings_are_kept(qapp, qtbot, tmp_path, database, clock, repo):
    gui = make_gui(qapp, qtbot, tmp_path, database, clock, tray_available=False)
    try:
        case_id = repo.add_manual_case(channel="facebook", text="Lambat", person_name="Ani", actor="ML")
        dialog = gui.settings.open_dialog("reminders")
        page = dialog.reminders_page
        assert dialog.tabs.currentWidget() is page
        qtbot.waitUntil(lambda: page.loaded_targets is not None)
        assert page.first_spin.value() == 2.0 and page.zone_combo.currentText() == "Asia/Kuala_Lumpur"
        page.first_spin.setValue(0.5)
        page.day_checks[5].setChecked(False)  # closed on Saturdays
        page.opens_edits[0].setTime(QTime(20, 0))
        page.closes_edits[0].setTime(QTime(1, 0))  # Monday night market, past midnight
        assert page.day_notes[0].text() == "closes after midnight"
        page.day_off_edit.setDate(QDate(2026, 12, 25))
        page.add_day_button.click()
        page.add_day_button.click()  # the same day once only
        assert page.days_off_list.count() == 1
        page.autostart_check.setChecked(True)
        dialog._on_save()
        engine = ReminderEngine(database)
        qtbot.waitUntil(lambda: engine.targets().first_response == 30)
        targets = engine.targets()
        assert not targets.hours.week[5].open
        assert (targets.hours.week[0].opens, targets.hours.week[0].closes) == (time(20), time(1))
        assert targets.hours.days_off == frozenset({date(2026, 12, 25)})
        assert gui.settings.autostart.is_enabled()
        entry = gui.settings.autostart.path().read_text(encoding="utf-8")
        assert "--minimized" in entry and "--data-dir" in entry
        # the open case's due time moved with the targets: Monday 14:00 falls before 20:00 opening
        with database.connect() as conn:
            due = conn.execute("SELECT due_at FROM complaint_case WHERE id = ?", (case_id,)).fetchone()[0]
        assert due.startswith("2026-11-23 12:30")  # 20:30 in Kuala Lumpur
    finally:
        gui.shutdown()


def test_no_open_day_is_explained(qapp, qtbot, tmp_path, database, clock):
    gui = make_gui(qapp, qtbot, tmp_path, database, clock, tray_available=False)
    try:
        page = gui.settings.open_dialog("reminders").reminders_page
        qtbot.waitUntil(lambda: page.loaded_targets is not None)
        for check in page.day_checks:
            check.setChecked(False)
        assert "No day is open" in page.hours_problem.text()
        assert not page.hours_problem.isHidden()
    finally:
        gui.shutdown()

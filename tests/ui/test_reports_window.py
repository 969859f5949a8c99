"""The reports window on a real case log: its figures against what the test logged, clicks
that list the cases behind a figure or bar, and the CSV and PDF read back."""

from __future__ import annotations

import csv
from datetime import timedelta

import pytest
from PySide6.QtCore import QDate

from tests.conftest import NOW
from tests.ui.conftest import make_gui

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def shop(qapp, qtbot, tmp_path, database, clock, repo):
    """Five complaints, Monday 14:00 in Kuala Lumpur. Three came on Sunday (closed: due Monday
    10:00 or 11:00): two answered on Sunday, Mei's at 13:00 on Monday, late. Raju's walk-in at
    11:00 (due 12:00) still waits, late; Siti's second at 12:00 is due right now, not late yet."""
    ids, people = {}, {}
    for name, channel, touchpoint, hours_ago in (("Siti", "facebook", "delivery", 30), ("Ali", "phone", "delivery", 29),
                                                 ("Mei", "instagram", "price", 28), ("Raju", "walk_in", "staff", 3),
                                                 ("Siti", "facebook", "delivery", 2)):
        ids[f"{name}{hours_ago}"] = repo.add_manual_case(
            channel=channel, text=f"{name}: masalah {touchpoint}", actor="ML", touchpoint=touchpoint,
            person_id=people.get(name), person_name=None if name in people else name,
            received_at=NOW - timedelta(hours=hours_ago))
        with database.connect() as conn:
            people[name] = conn.execute("SELECT person_id FROM complaint_case WHERE id = ?",
                                        (ids[f"{name}{hours_ago}"],)).fetchone()[0]
    repo.apply_action(ids["Siti30"], "acknowledge", "ML", at=NOW - timedelta(hours=29, minutes=30))
    repo.apply_action(ids["Ali29"], "acknowledge", "ML", at=NOW - timedelta(hours=28, minutes=40))
    repo.apply_action(ids["Mei28"], "acknowledge", "ML", at=NOW - timedelta(hours=1))
    gui = make_gui(qapp, qtbot, tmp_path, database, clock, tray_available=False)
    window = gui.open_reports()
    with qtbot.waitSignal(gui.session.reports.report_ready, timeout=10_000):
        window.from_edit.setDate(QDate(2026, 11, 1))
        window.to_edit.setDate(QDate(2026, 11, 30))
    qtbot.waitUntil(lambda: window.report is not None and window.period.first.month == 11
                    and window.period.last.day == 30)
    yield gui, window, ids
    gui.shutdown()


def shown(gui) -> set[int]:
    return {gui.model.case_id(row) for row in range(gui.model.rowCount())}


def test_the_figures_match_what_was_logged(shop):
    gui, window, ids = shop
    report = window.report
    assert (report.received, report.answered, report.within_target, report.missed_target) == (5, 3, 2, 2)
    assert window.tiles["received"].value_label.text() == "5"
    assert window.tiles["missed_target"].value_label.text() == "50%"
    assert "2 of 4 in time" in window.tiles["missed_target"].caption_label.text()
    assert window.tiles["repeat"].value_label.text() == "1"  # Siti twice
    assert len(window.charts) == 4  # weeks, touchpoint, type, channel
    touchpoints = next(c for c in window.charts if getattr(c, "items", None) and c.items[0][0] == "delivery")
    assert [(key, count) for key, _label, count in touchpoints.items] == [("delivery", 3), ("price", 1), ("staff", 1)]


def test_a_figure_or_a_bar_lists_its_cases_in_the_inbox(shop, qtbot):
    gui, window, ids = shop
    window.tiles["repeat"].click()
    qtbot.waitUntil(lambda: shown(gui) == {ids["Siti30"], ids["Siti2"]})
    chip = gui.window.filter_bar
    assert chip.list_chip.isVisible() and "complained more than once" in chip.list_chip.toolTip()
    touchpoints = next(c for c in window.charts if getattr(c, "items", None) and c.items[0][0] == "delivery")
    bar = [key for key, _label, _n in reversed(touchpoints.items)].index("price")
    touchpoints.bars.clicked.emit(bar)  # what a click on the "Price" bar sends
    qtbot.waitUntil(lambda: shown(gui) == {ids["Mei28"]})
    assert "Price" in chip.list_chip.toolTip()
    chip.list_clear.click()
    qtbot.waitUntil(lambda: shown(gui) == set(ids.values()))
    assert not chip.list_chip.isVisible()


def test_exports_read_back(shop, qtbot, tmp_path):
    from pypdf import PdfReader

    gui, window, ids = shop
    csv_path = tmp_path / "november.csv"
    window.export_csv_to(csv_path)
    qtbot.waitUntil(lambda: "saved as" in window.status_label.text())
    with open(csv_path, encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert {int(r[0]) for r in rows[1:]} == set(ids.values())
    pdf_path = tmp_path / "november.pdf"
    window.export_pdf_to(pdf_path)
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf_path).pages)
    assert "Complaints report" in text and "First reply within target 50% 2 of 4 in time" in text
    assert "Siti: 2" in text  # the repeat complainant, listed


def test_bad_dates_and_paths_are_explained(shop, qtbot, tmp_path):
    gui, window, ids = shop
    window.from_edit.setDate(QDate(2026, 12, 31))
    assert "first day comes after the last" in window.status_label.text()
    assert window.report.received == 5  # the last good report stays
    window.export_pdf_to(tmp_path / "no such folder" / "r.pdf")
    assert "Could not write" in window.status_label.text()
    window.export_csv_to(tmp_path)  # a folder, not a file
    qtbot.waitUntil(lambda: "Could not write" in window.status_label.text() and "folder" in window.status_label.text())


def test_the_inbox_list_as_filtered_goes_to_csv(shop, qtbot, tmp_path):
    gui, window, ids = shop
    gui.window.filter_bar.channel_combo.setCurrentIndex(gui.window.filter_bar.channel_combo.findData("facebook"))
    qtbot.waitUntil(lambda: shown(gui) == {ids["Siti30"], ids["Siti2"]})
    path = tmp_path / "facebook.csv"
    gui.export_list(path)
    qtbot.waitUntil(lambda: "2 cases saved as" in gui.window.status_label.text())
    with open(path, encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert [int(r[0]) for r in rows[1:]] == [ids["Siti2"], ids["Siti30"]]  # newest first, as listed
    gui.export_list(tmp_path / "missing" / "x.csv")
    qtbot.waitUntil(lambda: "Could not write" in gui.window.status_label.text())

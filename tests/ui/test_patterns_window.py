"""Patterns in the window: the case panel's "other customers said the same", the week's
banner, and the warning about a burst that may be organised; each lists its cases."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.conftest import NOW
from tests.ui.conftest import make_gui

pytestmark = pytest.mark.usefixtures("english")


def shown(gui) -> set[int]:
    return {gui.model.case_id(row) for row in range(gui.model.rowCount())}


def log(repo, name, text, hours_ago, touchpoint="other", person_id=None):
    return repo.add_manual_case(channel="facebook", text=text, actor="ML", touchpoint=touchpoint,
                                person_id=person_id, person_name=None if person_id else name,
                                received_at=NOW - timedelta(hours=hours_ago))


def test_late_deliveries_are_told_in_the_panel_and_the_banner(qapp, qtbot, tmp_path, database, clock, repo):
    late = [log(repo, name, text, hours, "delivery") for name, text, hours in (
        ("Aina", "Kek sampai lambat 3 jam", 5), ("Budi", "Paket telat banget", 30),
        ("Chen", "The delivery came two hours late", 50), ("Devi", "Dah 2 hari tak sampai lagi", 70))]
    other = log(repo, "Ehsan", "Harga naik lagi", 4, "price")
    old = log(repo, "Fauzi", "Lambat sampai minggu lepas", 24 * 10, "delivery")
    gui = make_gui(qapp, qtbot, tmp_path, database, clock, tray_available=False)
    try:
        qtbot.waitUntil(lambda: gui.window.pattern_banner.isVisible())
        assert "4 customers mentioned “Delivery”" in gui.window.pattern_label.text()
        gui.wiring.open_case(late[0])
        panel = gui.window.case_panel
        qtbot.waitUntil(lambda: panel.pattern_label.isVisible())
        assert panel.pattern_label.text() == "3 other customers mentioned “Delivery” this week."
        panel.pattern_button.click()
        qtbot.waitUntil(lambda: shown(gui) == set(late))  # not the price case, not last week's
        assert other not in shown(gui) and old not in shown(gui)
        gui.window.filter_bar.clear_cases()
        gui.wiring.open_case(other)
        qtbot.waitUntil(lambda: panel.detail is not None and panel.detail.id == other)
        qtbot.waitUntil(lambda: not panel.pattern_label.isVisible())  # alone with its complaint
        gui.window.pattern_menu.actions()[0].trigger()  # the banner's first pattern
        qtbot.waitUntil(lambda: shown(gui) == set(late))
        assert "Pattern: 4 customers mentioned" in gui.window.filter_bar.list_chip.toolTip()
    finally:
        gui.shutdown()


def test_a_burst_from_two_people_is_flagged_before_reacting(qapp, qtbot, tmp_path, database, clock, repo):
    first = log(repo, "Troll One", "Kedai ni penipu, jangan beli", 1.5)
    second = log(repo, "Troll Two", "Penipu! Semua orang boikot", 1.4)
    burst = [first, second]
    with database.connect() as conn:
        people = [conn.execute("SELECT person_id FROM complaint_case WHERE id = ?", (i,)).fetchone()[0]
                  for i in burst]
    for n in range(8):
        burst.append(log(repo, "", f"Kedai paling teruk nombor {n}", 1.3 - n / 10, person_id=people[n % 2]))
    gui = make_gui(qapp, qtbot, tmp_path, database, clock, tray_available=False)
    try:
        qtbot.waitUntil(lambda: gui.window.attack_banner.isVisible())
        assert "10 negative comments in a short time" in gui.window.attack_label.text()
        assert "check before you reply" in gui.window.attack_label.text()
        gui.window.attack_button.click()
        qtbot.waitUntil(lambda: shown(gui) == set(burst))
    finally:
        gui.shutdown()


def test_an_ordinary_week_shows_no_banner(qapp, qtbot, tmp_path, database, clock, repo):
    for n, (touchpoint, text) in enumerate((("delivery", "Lambat"), ("price", "Mahal"), ("staff", "Sombong"))):
        log(repo, f"P{n}", text, 10 + n * 20, touchpoint)
    gui = make_gui(qapp, qtbot, tmp_path, database, clock, tray_available=False)
    try:
        with qtbot.waitSignal(gui.session.patterns.updated, timeout=10_000):
            gui.session.patterns.check()
        assert not gui.window.pattern_banner.isVisible() and not gui.window.attack_banner.isVisible()
    finally:
        gui.shutdown()

"""Balas in the tray, under a real StatusNotifierItem tray host and a real notification daemon
(dunst), as CI runs them; the clock is moved by hand. Without a tray host these tests skip on
a developer's machine and fail in CI."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from tests.conftest import missing_part
from tests.ui.conftest import make_gui, tick

pytestmark = pytest.mark.usefixtures("english")


def dunst(*args: str) -> str:
    return subprocess.run(["dunstctl", *args], capture_output=True, text=True, timeout=10).stdout


def notifications_shown() -> int:
    """Every notification dunst took: on screen, waiting, or already in its history."""
    counts = dict(line.split(":") for line in dunst("count").splitlines() if ":" in line)
    return sum(int(v) for v in counts.values())


def tray_items() -> str:
    return subprocess.run(
        ["dbus-send", "--session", "--print-reply", "--dest=org.kde.StatusNotifierWatcher",
         "/StatusNotifierWatcher", "org.freedesktop.DBus.Properties.Get", "string:org.kde.StatusNotifierWatcher",
         "string:RegisteredStatusNotifierItems"], capture_output=True, text=True, timeout=10).stdout


@pytest.fixture
def tray_host(qapp):
    from PySide6.QtWidgets import QSystemTrayIcon

    if not QSystemTrayIcon.isSystemTrayAvailable():
        missing_part("no system tray host (CI starts status-notifier-watcher and gtk-sni-tray-standalone)")
    if shutil.which("dunstctl") is None or not dunst("count"):
        missing_part("no notification daemon (CI starts dunst)")
    dunst("close-all")
    dunst("history-clear")


@pytest.fixture
def shop(qapp, qtbot, tmp_path, database, clock, tray_host):
    gui = make_gui(qapp, qtbot, tmp_path, database, clock)
    yield gui
    gui.shutdown()


def test_icon_appears_and_counts_what_falls_due(shop, qtbot, repo):
    tray = shop.tray
    assert tray.icon is not None and tray.icon.isVisible()
    qtbot.waitUntil(lambda: "string" in tray_items())  # registered with the tray host
    siti = repo.add_manual_case(channel="facebook", text="Kek sampai lambat", person_name="Siti", actor="ML")
    tick(shop, qtbot, hours=1)
    assert tray.count == 0 and "nothing is overdue" in tray.icon.toolTip()
    tick(shop, qtbot, hours=1, minutes=1)  # past the 2-hour target
    assert tray.count == 1
    assert "Siti" in tray.icon.toolTip() and "1 reminder waiting" in tray.icon.toolTip()
    urgent = [a.data() for a in tray.menu.actions() if a.data() is not None]
    assert urgent == [siti]
    repo.add_manual_case(channel="walk_in", text="Salah kek", person_name="Pak Ali", actor="ML")
    tick(shop, qtbot, hours=1, minutes=1)
    assert tray.count == 2
    pixels = tray.icon.icon().pixmap(64, 64).toImage()
    assert pixels.pixelColor(48, 48).red() > 200  # the red count badge is drawn


def test_one_notification_per_reminder_and_a_click_opens_the_case(shop, qtbot, repo):
    case_id = repo.add_manual_case(channel="instagram", text="Order tak sampai", person_name="Aina", actor="ML")
    before = notifications_shown()
    tick(shop, qtbot, hours=2, minutes=5)
    qtbot.waitUntil(lambda: notifications_shown() == before + 1)
    for _ in range(3):  # every later look: no new notification
        tick(shop, qtbot, minutes=1)
    qtbot.wait(300)
    assert notifications_shown() == before + 1
    assert shop.tray.notifications[-1][0] == "First reply: Aina"
    shop.window.hide()
    dunst("action", "0")  # the owner clicks the notification
    qtbot.waitUntil(lambda: shop.window.isVisible() and shop.wiring.current_case == case_id)
    qtbot.waitUntil(lambda: shop.window.case_panel.detail is not None
                    and shop.window.case_panel.detail.id == case_id)


def test_one_notification_names_each_waiting_customer_once(shop, qtbot, repo):
    for text in ("Kek lambat", "Mana refund?"):
        repo.add_manual_case(channel="facebook", text=text, person_name="Amirul", actor="ML")
    repo.add_manual_case(channel="phone", text="Salah kek", person_name="Pak Ali", actor="ML")
    tick(shop, qtbot, hours=2, minutes=5)
    qtbot.waitUntil(lambda: shop.tray.notifications and "fell due" in shop.tray.notifications[-1][0])
    title, text = shop.tray.notifications[-1]
    assert title == "3 reminders fell due"
    assert text.count("Amirul") == 1 and "Pak Ali" in text and "others" not in text


def test_snooze_all_then_told_again_when_it_runs_out(shop, qtbot, repo, database):
    from desktop.cases import queries

    case_id = repo.add_manual_case(channel="facebook", text="Lambat", person_name="Budi", actor="ML")
    tick(shop, qtbot, hours=2, minutes=5)
    qtbot.waitUntil(lambda: shop.tray.count == 1)
    told = len(shop.tray.notifications)
    shop.tray.snooze_action.trigger()
    qtbot.waitUntil(lambda: shop.tray.count == 0)
    assert "1 snoozed" in shop.tray.icon.toolTip()
    with database.connect() as conn:
        assert queries.case_detail(conn, case_id).events[-1].kind == "snooze"
    tick(shop, qtbot, minutes=30)
    assert shop.tray.count == 0 and len(shop.tray.notifications) == told
    tick(shop, qtbot, minutes=31)
    assert shop.tray.count == 1
    qtbot.waitUntil(lambda: len(shop.tray.notifications) == told + 1)


def test_a_snooze_from_the_notifications_button(shop, qtbot, repo):
    repo.add_manual_case(channel="facebook", text="Lambat", person_name="Dewi", actor="ML")
    before = notifications_shown()
    tick(shop, qtbot, hours=2, minutes=5)
    qtbot.waitUntil(lambda: notifications_shown() == before + 1)
    assert shop.tray.count == 1
    dunst("close-all")  # into dunst's history, where its id can be read
    [shown] = json.loads(dunst("history"))["data"][0][:1]
    assert shown["summary"]["data"] == "First reply: Dewi"
    # what the daemon sends when the owner picks "Snooze 1 hour" on that notification
    subprocess.run(["dbus-send", "--session", "--type=signal", "/org/freedesktop/Notifications",
                    "org.freedesktop.Notifications.ActionInvoked", f"uint32:{shown['id']['data']}",
                    "string:snooze"], check=True, timeout=10)
    qtbot.waitUntil(lambda: shop.tray.count == 0)
    assert shop.tray.snapshot.snoozed == 1


def test_pause_for_today_counts_but_does_not_notify(shop, qtbot, repo):
    shop.tray.pause_action.trigger()
    qtbot.waitUntil(lambda: shop.tray.snapshot is not None and shop.tray.snapshot.paused_until is not None)
    assert "paused until" in shop.tray.icon.toolTip()
    repo.add_manual_case(channel="facebook", text="Lambat", person_name="Tan", actor="ML")
    before = notifications_shown()
    tick(shop, qtbot, hours=2, minutes=5)
    assert shop.tray.count == 1
    qtbot.wait(300)
    assert notifications_shown() == before
    assert shop.tray.pause_action.text() == "Resume reminders"
    shop.tray.pause_action.trigger()  # resume: what fell due meanwhile is told now
    qtbot.waitUntil(lambda: notifications_shown() == before + 1)


def test_closing_the_window_keeps_balas_in_the_tray(shop, qtbot, qapp):
    before = notifications_shown()
    shop.window.close()
    assert not shop.window.isVisible()
    assert not qapp.quitOnLastWindowClosed() and shop.tray.icon.isVisible()
    qtbot.waitUntil(lambda: notifications_shown() == before + 1)  # told where it went, once
    assert shop.tray.notifications[-1][0] == "Balas is still running"
    shop.tray.menu.actions()[0].trigger()  # Open Balas
    assert shop.window.isVisible()
    shop.window.close()
    qtbot.wait(300)
    assert notifications_shown() == before + 1


def test_without_a_tray_the_window_shows_the_reminders(qapp, qtbot, tmp_path, database, clock, repo):
    gui = make_gui(qapp, qtbot, tmp_path, database, clock, tray_available=False)
    try:
        assert gui.tray.icon is None and qapp.quitOnLastWindowClosed()
        assert "no system tray" in gui.window.status_label.text()
        repo.add_manual_case(channel="letter", text="Surat aduan", person_name="Encik Rahmat", actor="ML")
        tick(gui, qtbot, hours=1, minutes=5)  # a letter's target is one hour
        qtbot.waitUntil(lambda: gui.window.reminder_banner.isVisible())
        assert "Encik Rahmat" in gui.window.reminder_label.text()
        assert gui.window.windowTitle().startswith("(1) ")
        gui.window.show_overdue_button.click()
        assert gui.window.filter_bar.overdue_check.isChecked()
        gui.window.banner_snooze_button.click()
        qtbot.waitUntil(lambda: not gui.window.reminder_banner.isVisible())
        assert not gui.window.windowTitle().startswith("(")
    finally:
        gui.shutdown()


def test_dunst_history_is_readable():
    """The notification daemon's own record (used above) parses as JSON."""
    if shutil.which("dunstctl") is None:
        missing_part("no notification daemon (CI starts dunst)")
    assert "data" in json.loads(dunst("history") or '{"data": []}')

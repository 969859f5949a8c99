"""Sync in the running window: new complaints arrive in the inbox, the status bar says where
sync stands, and a reply written offline goes out by itself once the network is back."""

from datetime import datetime, timedelta, timezone

import pytest

import tests.fakes as fakes
from desktop.platforms import Credentials
from tests.conftest import missing_part


@pytest.fixture
def connected(gui, monkeypatch):
    """The demo window with a (fake) Facebook Page connected; its keyring entries go afterwards."""
    from desktop.paths import default_data_dir
    from desktop.secrets import TokenVault
    from desktop.sync.accounts import AccountStore, vault_for

    if TokenVault.problem():
        missing_part(f"no keyring: {TokenVault.problem()}")
    with fakes.FakeFacebook() as fb:
        monkeypatch.setenv("BALAS_FACEBOOK_API", fb.url)
        vault = vault_for(gui.database.path.parent, default_data_dir())
        AccountStore(gui.database, vault).add("facebook", fb.page_id, Credentials(fb.page_token),
                                              name=fb.page_name)
        try:
            yield gui, fb
        finally:
            vault.delete("facebook", fb.page_id)


def sync_and_wait(qtbot, gui):
    with qtbot.waitSignal(gui.session.sync.sync_finished, timeout=30000) as finished:
        gui.window.refresh_action.trigger()
    qtbot.waitUntil(lambda: not gui.session.sync.running, timeout=30000)
    return finished.args[0]


def test_a_new_complaint_arrives_in_the_inbox(qtbot, connected):
    gui, fb = connected
    before = gui.model.rowCount()
    post = fb.add_post("Kek lapis Sarawak", datetime.now(timezone.utc) - timedelta(days=1))
    fb.add_comment(post, "Kek sampai dah hancur, kotak pun remuk. Sangat kecewa!", ("90", "Zulaikha Amin"))
    summary = sync_and_wait(qtbot, gui)
    assert summary.accounts[0].cases_opened == 1
    qtbot.waitUntil(lambda: gui.model.rowCount() == before + 1, timeout=10000)
    assert gui.window.sync_label.text().startswith("Synced at")
    assert "Kedai Kek Aina (Facebook): 1 new" in gui.window.sync_label.toolTip()


def test_a_reply_written_offline_waits_and_goes_out_when_the_network_is_back(qtbot, connected, monkeypatch):
    gui, fb = connected
    post = fb.add_post("Kek", datetime.now(timezone.utc) - timedelta(days=1))
    external = fb.add_comment(post, "Dah seminggu tunggu refund, tak ada jawapan langsung!", ("91", "Hakim"))
    sync_and_wait(qtbot, gui)
    with gui.database.connect() as conn:
        case_id, comment_id = conn.execute("SELECT case_id, id FROM comment WHERE external_id = ?",
                                           (external,)).fetchone()
    monkeypatch.setenv("BALAS_FACEBOOK_API", "http://127.0.0.1:9")  # the network is gone
    with qtbot.waitSignal(gui.session.sync.sync_finished, timeout=30000):
        gui.controller.save_reply(case_id, "Maaf Hakim, kami semak refund anda hari ini. –ML", comment_id)
    qtbot.waitUntil(lambda: not gui.session.sync.running, timeout=30000)
    assert gui.window.sync_label.text() == "Offline — 1 reply waiting"
    assert gui.session.sync._timer.interval() == 60_000  # looks for the network every minute
    assert fb.replies_by_page(external) == []

    monkeypatch.setenv("BALAS_FACEBOOK_API", fb.url)  # back
    with qtbot.waitSignal(gui.session.sync.sync_finished, timeout=30000):
        gui.session.sync._timer.timeout.emit()
    qtbot.waitUntil(lambda: not gui.session.sync.running, timeout=30000)
    assert [r["message"] for r in fb.replies_by_page(external)] == ["Maaf Hakim, kami semak refund anda hari ini. –ML"]
    assert gui.window.sync_label.text().startswith("Synced at")
    assert gui.session.sync._timer.interval() == 5 * 60_000


def test_a_sync_earlier_today_shows_only_the_time(qapp):
    from PySide6.QtCore import QLocale

    from desktop.ui.text import local_time, recent_time

    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Malaysia))
    try:
        now = datetime.now(timezone.utc).replace(second=0, microsecond=0)
        midnight = datetime.now().astimezone().replace(hour=0, minute=0, second=0, microsecond=0)
        earlier_today = max(now - timedelta(minutes=5), midnight.astimezone(timezone.utc))
        yesterday = midnight.astimezone(timezone.utc) - timedelta(hours=2)
        assert recent_time(earlier_today) == QLocale().toString(
            earlier_today.astimezone().time(), QLocale.FormatType.ShortFormat)
        assert recent_time(yesterday) == local_time(yesterday) and len(recent_time(yesterday)) > len(
            recent_time(earlier_today))
        assert recent_time(None) == ""
    finally:
        QLocale.setDefault(QLocale.system())

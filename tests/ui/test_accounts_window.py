"""Settings → Accounts in the running window: connecting X, Facebook and Instagram against the
fake platforms with a stand-in browser, pasted tokens, signing out, the keyring missing, and
the settings that go with it (sync interval, app IDs in the settings, secrets in the keyring)."""

from __future__ import annotations

import socket

import keyring
import pytest
from PySide6.QtWidgets import QDialogButtonBox

from desktop.app.accounts_controller import SECRET_NAMES
from desktop.cases.vocab import AccountStatus
from desktop.platforms import Credentials
from desktop.platforms.signin import AccountChoice
from tests.conftest import missing_part
from tests.fakes.browser import Browser

def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def store(gui):
    """The window's accounts (keyring entries of the demo folder), forgotten afterwards."""
    from desktop.paths import default_data_dir
    from desktop.secrets import TokenVault
    from desktop.sync.accounts import AccountStore, vault_for

    if TokenVault.problem():
        missing_part(f"no keyring: {TokenVault.problem()}")
    accounts = AccountStore(gui.database, vault_for(gui.database.path.parent, default_data_dir()))
    yield accounts
    gui.runner.wait_idle()
    for account in accounts.list():
        accounts.vault.delete(account.platform, account.external_id)
    for name in SECRET_NAMES:
        accounts.vault.save_secret(name, "")


@pytest.fixture
def settings(gui, store):
    """The Settings dialog on its Accounts tab, with a stand-in browser."""
    browser = Browser()
    gui.settings.open_url = browser
    dialog = gui.settings.open_dialog("accounts")
    dialog.browser = browser
    dialog.apps_page.port_spin.setValue(free_port())
    yield dialog
    if gui.settings.dialog is not None:
        dialog.reject()


def connect(qtbot, gui, button, timeout=20000):
    with qtbot.waitSignal(gui.session.accounts.connected, timeout=timeout) as connected:
        button.click()
    return connected.args[0]


def file_bytes(gui) -> bytes:
    gui.runner.wait_idle()
    path = gui.database.path
    return b"".join(p.read_bytes() for p in (path, path.with_name(path.name + "-wal")) if p.exists())


def test_connect_x_in_the_browser_then_it_syncs(gui, qtbot, x, settings, store):
    page = settings.accounts_page
    settings.apps_page.x_client_id.setText(x.client_id)
    with qtbot.waitSignal(gui.session.sync.sync_finished, timeout=30000):
        account = connect(qtbot, gui, page.connect_buttons["x"])
    assert (account.platform, account.external_id, account.status) == ("x", x.user_id, AccountStatus.CONNECTED)
    assert "code_challenge=" in settings.browser.opened[0]
    assert "You can close this tab" in settings.browser.pages[0][1]
    qtbot.waitUntil(lambda: page.table.rowCount() == 1 and page.table.item(0, 2).text().startswith("Connected"))
    assert page.table.item(0, 1).text() == f"{x.name} (@{x.username})"
    assert page.message.text() == f"{x.name} is connected. Balas syncs it now and every few minutes."
    assert not page.progress.isVisible()
    assert gui.session.preferences.platform_apps().x_client_id == x.client_id  # kept for the next time
    credentials = store.credentials(store.get(account.id))
    assert credentials.refresh_token and credentials.access_token.encode() not in file_bytes(gui)


def test_facebook_login_for_devices_shows_the_code_until_it_is_entered(gui, qtbot, fb, settings, store):
    fb.device_interval = 1
    apps, page = settings.apps_page, settings.accounts_page
    apps.facebook_id.setText(fb.app_id)
    apps.facebook_client_token.setText(fb.client_token)
    with qtbot.waitSignal(gui.session.accounts.device_code, timeout=10000) as shown:
        page.connect_buttons["facebook"].click()
    code = shown.args[0].user_code
    assert page.code_label.text() == code and page.code_label.isVisible()
    assert "facebook.com/device" in page.progress_label.text()
    # the page is opened right after the code is shown (the next signal from the sign-in's thread)
    qtbot.waitUntil(lambda: settings.browser.opened == ["https://www.facebook.com/device"])
    assert apps.facebook_client_token.text() == ""  # now in the keyring
    assert store.vault.load_secret("facebook/client_token") == fb.client_token
    with qtbot.waitSignal(gui.session.accounts.connected, timeout=15000) as connected:
        fb.approve_device(code)
    assert connected.args[0].external_id == fb.page_id
    qtbot.waitUntil(lambda: "saved in the keyring" in apps.facebook_client_token.placeholderText())
    assert "not set" in apps.facebook_secret.placeholderText()


def test_the_accounts_button_opens_settings_on_its_tab(gui, qtbot, store):
    gui.window.accounts_action.trigger()
    dialog = gui.settings.dialog
    assert dialog is not None and dialog.tabs.currentWidget() is dialog.accounts_page
    gui.window.settings_action.trigger()  # one Settings window at a time
    assert gui.settings.dialog is dialog
    dialog.reject()
    assert gui.settings.dialog is None


def test_several_pages_let_the_owner_choose(gui, qtbot, settings, store):
    from desktop.ui.account_dialogs import ChooseAccountDialog

    page = settings.accounts_page
    choices = [AccountChoice("facebook", "5001", "Kedai Kek Aina", "", Credentials("PAGE-A")),
               AccountChoice("facebook", "5002", "Aina Catering", "", Credentials("PAGE-B"))]
    gui.session.accounts.choices.emit(choices)
    dialog = page.findChild(ChooseAccountDialog)
    assert [dialog.combo.itemText(i) for i in range(2)] == ["Kedai Kek Aina", "Aina Catering"]
    dialog.combo.setCurrentIndex(1)
    with qtbot.waitSignal(gui.session.accounts.connected, timeout=10000) as connected:
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert connected.args[0].external_id == "5002"
    assert store.credentials(store.get(connected.args[0].id)).access_token == "PAGE-B"
    assert [a.external_id for a in store.list()] == ["5002"]


def test_a_pasted_token_is_checked_and_a_wrong_one_stays_in_the_box(gui, qtbot, ig, settings, store):
    page = settings.accounts_page
    dialog = page.open_paste_dialog()
    dialog.platform_combo.setCurrentIndex(dialog.platform_combo.findData("instagram"))
    dialog.token_edit.setPlainText("NOT-A-TOKEN")
    with qtbot.waitSignal(gui.session.accounts.failed, timeout=10000):
        dialog.connect_button.click()
    assert dialog.isVisible() and dialog.token_edit.toPlainText() == "NOT-A-TOKEN"
    assert "did not accept this sign-in" in dialog.error_label.text()
    dialog.token_edit.setPlainText(f"  {ig.token}\n")
    with qtbot.waitSignal(gui.session.accounts.connected, timeout=10000) as connected:
        dialog.connect_button.click()
    assert (connected.args[0].platform, connected.args[0].handle) == ("instagram", ig.username)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_sign_out_forgets_the_token_and_keeps_the_account_listed(gui, qtbot, settings, store, fb):
    account_id = store.add("facebook", fb.page_id, Credentials(fb.page_token), name=fb.page_name)
    page = settings.accounts_page
    gui.session.accounts.load()
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    page.table.selectRow(0)
    assert page.sign_out_button.isEnabled() and page.again_button.isEnabled()
    with qtbot.waitSignal(gui.session.accounts.loaded, timeout=10000):
        page.sign_out_button.click()
    qtbot.waitUntil(lambda: page.table.item(0, 2).text() == "Signed out")
    assert store.credentials(store.get(account_id)) is None
    assert not page.sign_out_button.isEnabled() and page.again_button.isEnabled()


def test_closing_settings_stops_waiting_for_the_browser(gui, qtbot, x, settings, store):
    settings.browser.visits = False  # the owner closes the browser tab
    settings.apps_page.x_client_id.setText(x.client_id)
    settings.accounts_page.connect_buttons["x"].click()
    assert settings.accounts_page.progress.isVisible() and gui.session.accounts.signing_in
    with qtbot.waitSignal(gui.session.accounts.sign_in_ended, timeout=5000):
        settings.reject()
    assert not gui.session.accounts.signing_in and store.list() == []


def test_a_busy_port_and_missing_app_details_are_explained(gui, qtbot, x, settings, store):
    page = settings.accounts_page
    with qtbot.waitSignal(gui.session.accounts.failed, timeout=10000):
        page.connect_buttons["x"].click()
    assert "Platform apps" in page.message.text() and not page.progress.isVisible()
    settings.apps_page.x_client_id.setText(x.client_id)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        settings.apps_page.port_spin.setValue(port)
        with qtbot.waitSignal(gui.session.accounts.failed, timeout=10000):
            page.connect_buttons["x"].click()
    assert f"port {port}" in page.message.text()
    assert page.connect_buttons["x"].isEnabled()


def test_without_a_keyring_the_page_says_so_and_nothing_can_be_connected(gui, qtbot, settings, store,
                                                                        monkeypatch):
    from keyring.backends import fail

    original = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        page = settings.accounts_page
        gui.session.accounts.load()
        qtbot.waitUntil(page.keyring_banner.isVisible, timeout=10000)
        assert "password store (keyring)" in page.keyring_banner.text()
        assert not any(b.isEnabled() for b in page.connect_buttons.values())
        assert not page.paste_button.isEnabled()
    finally:
        keyring.set_keyring(original)


def test_sync_interval_and_app_ids_are_saved_secrets_only_in_the_keyring(gui, qtbot, settings, store):
    settings.accounts_page.interval_spin.setValue(15)
    apps = settings.apps_page
    apps.facebook_id.setText(" 1234567890 ")
    apps.instagram_secret.setText("IG-APP-SECRET-XYZ")
    with qtbot.waitSignal(gui.session.accounts.secrets_saved, timeout=10000):
        settings.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    prefs = gui.session.preferences
    assert prefs.sync_minutes() == 15 and gui.session.sync._timer.interval() == 15 * 60_000
    assert prefs.platform_apps().facebook_app_id == "1234567890"
    assert store.vault.load_secret("instagram/secret") == "IG-APP-SECRET-XYZ"
    assert prefs.saved_secrets() == {"instagram/secret"}  # only a note of which: the value is in the keyring
    settings_file = prefs._settings.fileName()
    assert "IG-APP-SECRET-XYZ" not in open(settings_file, encoding="utf-8").read()
    assert b"IG-APP-SECRET-XYZ" not in file_bytes(gui)


def test_a_saved_secret_can_be_forgotten(gui, qtbot, settings, store):
    apps = settings.apps_page
    apps.facebook_secret.setText("FB-APP-SECRET")
    apps.facebook_client_token.setText("FB-CLIENT-TOKEN")
    with qtbot.waitSignal(gui.session.accounts.secrets_saved, timeout=10000):
        gui.session.accounts.save_secrets(apps.take_new_secrets())
    qtbot.waitUntil(lambda: apps.forget_buttons["facebook/secret"].isEnabled())
    with qtbot.waitSignal(gui.session.accounts.secrets_saved, timeout=10000):
        apps.forget_buttons["facebook/secret"].click()
    qtbot.waitUntil(lambda: not apps.forget_buttons["facebook/secret"].isEnabled())
    assert store.vault.load_secret("facebook/secret") == ""  # Login for Devices is used from now on
    assert store.vault.load_secret("facebook/client_token") == "FB-CLIENT-TOKEN"
    assert apps.facebook_secret.placeholderText() == "not set"
    assert gui.session.preferences.saved_secrets() == {"facebook/client_token"}

"""The real parts the app relies on are up: X display, system tray host, Secret Service keyring.

On a developer machine a missing part skips with the reason; in CI it fails (see conftest).
"""

import os
import uuid

import pytest

from tests.conftest import missing_part


@pytest.fixture(scope="module")
def display_app():
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        missing_part("no display: start Xvfb and set DISPLAY (see .ci/run)")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def test_display_is_a_real_x_server(display_app):
    if display_app.platformName() not in ("xcb", "wayland", "cocoa", "windows"):
        missing_part(f"Qt runs on '{display_app.platformName()}', not a real display")


def test_system_tray_host_is_up(display_app):
    from PySide6.QtWidgets import QSystemTrayIcon

    if not QSystemTrayIcon.isSystemTrayAvailable():
        missing_part("no system tray host (CI starts status-notifier-watcher and gtk-sni-tray-standalone)")


def test_secret_service_keyring_round_trip():
    import keyring
    from keyring.errors import KeyringError

    backend = type(keyring.get_keyring())
    if "fail" in backend.__module__.lower() or "null" in backend.__name__.lower():
        missing_part(f"no keyring backend ({backend.__module__}.{backend.__name__})")
    service, secret = f"balas-test-{uuid.uuid4().hex}", uuid.uuid4().hex
    try:
        keyring.set_password(service, "probe", secret)
        assert keyring.get_password(service, "probe") == secret
        keyring.delete_password(service, "probe")
        assert keyring.get_password(service, "probe") is None
    except KeyringError as error:
        missing_part(f"the keyring does not work: {error}")

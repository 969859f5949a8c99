"""Window tests run on a real X server (Xvfb in CI); without one they skip here, fail in CI."""

import os
from datetime import datetime, timezone

import pytest

from tests.conftest import missing_part, real_parts_required


@pytest.fixture(scope="session", autouse=True)
def real_display():
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        missing_part("no display: start Xvfb and set DISPLAY (see .ci/run)")


@pytest.fixture
def gui(qapp, qtbot, tmp_path):
    """The real window on a fresh demo shop, started as `balas --demo` starts it."""
    from desktop.ui.start import Gui
    from desktop.cases.demo import build_demo_database

    if real_parts_required():
        assert qapp.platformName() == "xcb", f"tests need a real X server, got {qapp.platformName()}"
    from desktop.sync.intake import triage_all

    from desktop.app.i18n import install_translators

    from PySide6.QtCore import QSettings

    # Qt reads the settings folder once per process: give each test its own preferences file
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    translators = install_translators(qapp, "en")  # as the app does: English plurals come from it
    database = build_demo_database(tmp_path / "demo", datetime.now(timezone.utc), prepare=triage_all)
    app_gui = Gui(qapp, database, demo=True)
    qtbot.addWidget(app_gui.window)
    app_gui.start()
    qtbot.waitUntil(lambda: app_gui.wiring.inbox_complete and app_gui.model.rowCount() > 0)
    yield app_gui
    app_gui.window.close()
    app_gui.shutdown()
    for translator in translators:
        qapp.removeTranslator(translator)


def expected_ids(gui, **kw) -> list[int]:
    """What the inbox should list for this filter, read straight from the file."""
    from desktop.cases import queries

    with gui.database.connect() as conn:
        return queries.find_case_ids(conn, queries.CaseFilter(**kw), datetime.now(timezone.utc))


def shown_ids(gui) -> list[int]:
    """What the inbox lists now."""
    return [gui.model.case_id(r) for r in range(gui.model.rowCount())]


def make_gui(qapp, qtbot, tmp_path, database, clock, tray_available=None):
    """The window on the test's own case log and clock, started and with its inbox loaded."""
    from PySide6.QtCore import QSettings

    from desktop.ui.start import Gui

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    gui = Gui(qapp, database, clock=clock, tray_available=tray_available)
    qtbot.addWidget(gui.window)
    gui.start()
    qtbot.waitUntil(lambda: gui.wiring.inbox_complete)
    return gui


def tick(gui, qtbot, **moved):
    """Move the clock and let the reminders look again."""
    now = gui.session.clock.advance(**moved)
    gui.session.reminders.check()  # a check still running from before is followed by this one
    qtbot.waitUntil(lambda: gui.session.reminders.snapshot.now == now)


@pytest.fixture
def english(qapp):
    """English (with its plural forms) for tests that build their own window."""
    from desktop.app.i18n import install_translators

    translators = install_translators(qapp, "en")  # English plurals come from it
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    qapp.setQuitOnLastWindowClosed(True)

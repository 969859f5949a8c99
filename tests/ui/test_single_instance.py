"""One Balas per case log: a second start brings the first one's window forward and ends."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest


@pytest.fixture
def first(qapp, qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from desktop.app.session import GuiOptions
    from desktop.ui.start import run

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    gui = run(GuiOptions(data_dir=tmp_path / "shop"), exec_=False)
    qtbot.addWidget(gui.window)
    qtbot.waitUntil(lambda: gui.wiring.inbox_complete)
    yield gui
    gui.shutdown()
    qapp.setQuitOnLastWindowClosed(True)


def second_start(data_dir, *args) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "desktop", "--data-dir", str(data_dir), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=os.environ.copy())


def test_a_second_start_hands_over_to_the_first(first, qtbot, tmp_path):
    first.window.hide()
    started = time.monotonic()
    second = second_start(tmp_path / "shop")
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=30_000)  # the first answers meanwhile
    assert second.returncode == 0, second.stderr.read()
    assert first.window.isVisible()
    assert time.monotonic() - started < 30
    # started again at login while it already runs: nothing to show, nothing else starts
    first.window.hide()
    quiet = second_start(tmp_path / "shop", "--minimized")
    qtbot.waitUntil(lambda: quiet.poll() is not None, timeout=30_000)
    assert quiet.returncode == 0 and not first.window.isVisible()


def test_another_case_log_is_another_balas(first, tmp_path):
    from desktop.app.single_instance import SingleInstance

    other = SingleInstance(tmp_path / "another-shop")
    try:
        assert other.claim()
    finally:
        other.release()
    same = SingleInstance(tmp_path / "shop")
    assert not same.claim()  # the fixture's Balas holds it


def test_a_lock_left_by_a_balas_that_died_is_taken_over(qapp, tmp_path):
    from desktop.app.single_instance import SingleInstance

    died = subprocess.run([sys.executable, "-c",
                           "import os, sys; from PySide6.QtCore import QCoreApplication; "
                           "from desktop.app.single_instance import SingleInstance; app = QCoreApplication([]); "
                           f"held = SingleInstance({str(tmp_path / 'shop')!r}); assert held.claim(); os._exit(9)"],
                          capture_output=True, text=True, env=os.environ.copy())
    assert died.returncode == 9, died.stderr
    assert (tmp_path / "shop" / "balas-running.lock").exists()  # left behind, as after a crash
    again = SingleInstance(tmp_path / "shop")
    try:
        assert again.claim()
    finally:
        again.release()

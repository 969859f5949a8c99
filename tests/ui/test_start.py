"""Start-up: a case file that cannot be opened is explained, and restore never loses the original."""

import sqlite3

from desktop.app.session import GuiOptions
from desktop.ui import start
from desktop.cases import backups
from desktop.cases.db import open_database
from desktop.cases.repository import CaseRepository
from desktop.paths import DB_FILENAME
from desktop.ui import database_problem_dialog as dialogs

from tests.conftest import NOW


def _choose(monkeypatch, choices: list[str], seen: list[str]):
    def fake_exec(dialog):
        seen.append(dialog.text())
        dialog.choice = choices.pop(0)
        return 0
    monkeypatch.setattr(dialogs.DatabaseProblemDialog, "exec", fake_exec)


def test_corrupt_file_offers_the_last_backup(qapp, database, db_path, monkeypatch):
    CaseRepository(database).add_manual_case(channel="phone", text="simpan saya", person_name="A", actor="ML")
    backups.make_backup(db_path, NOW, reason="daily")
    database.dispose()
    for side in ("-wal", "-shm"):
        db_path.with_name(db_path.name + side).unlink(missing_ok=True)
    db_path.write_bytes(b"\x00garbage" * 512)
    seen = []
    _choose(monkeypatch, [dialogs.RESTORE], seen)
    restored = start.open_with_dialogs(GuiOptions(data_dir=db_path.parent))
    assert restored is not None and "damaged" in seen[0]
    with restored.connect() as conn:
        assert conn.execute("SELECT text FROM complaint_case").fetchone()[0] == "simpan saya"
    aside = [p for p in db_path.parent.iterdir() if ".before-restore-" in p.name and not p.name.endswith(("-wal", "-shm"))]
    assert len(aside) == 1 and aside[0].read_bytes() == b"\x00garbage" * 512
    restored.dispose()


def test_locked_file_can_be_retried_then_quit(qapp, database, db_path, monkeypatch):
    holder = sqlite3.connect(db_path)
    holder.execute("BEGIN EXCLUSIVE")
    seen = []
    _choose(monkeypatch, [dialogs.RETRY, dialogs.QUIT], seen)
    try:
        assert start.open_with_dialogs(GuiOptions(data_dir=db_path.parent)) is None
    finally:
        holder.rollback()
        holder.close()
    assert len(seen) == 2 and "in use by another program" in seen[0]


def test_no_restore_offered_without_a_backup(qapp, tmp_path):
    dialog = dialogs.DatabaseProblemDialog("database_corrupt", tmp_path / "balas.db", None)
    labels = [b.text() for b in dialog.buttons()]
    assert labels == ["Quit"] or all("Restore" not in label for label in labels)


def test_the_window_module_leaves_slow_parts_for_after_the_first_paint():
    """Start-up imports only what the inbox needs to paint; the rest loads once it is on screen."""
    import subprocess
    import sys

    code = ("import sys; import desktop.ui.start; "
            "slow = ('requests', 'filelock', 'sqlalchemy', 'alembic', 'keyring', 'platformdirs', "
            "'PySide6.QtNetwork', 'PySide6.QtCharts', 'desktop.platforms', 'desktop.sync.intake', "
            "'desktop.triage.engine', 'desktop.cases.reminders', 'desktop.ui.tray', 'desktop.ui.settings_presenter', "
            "'desktop.ui.accounts_page', 'desktop.ui.case_panel'); "
            "print(sorted(m for m in slow if m in sys.modules))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert loaded.stdout.strip() == "[]"


def test_the_rest_is_built_once_the_inbox_is_on_screen(qapp, qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from desktop.ui.start import run

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    gui = run(GuiOptions(data_dir=tmp_path / "shop"), exec_=False)
    try:
        qtbot.addWidget(gui.window)
        assert not gui.finished_start and gui.tray is None  # nothing painted yet
        qtbot.waitUntil(lambda: gui.finished_start and gui.wiring.inbox_complete)
        assert gui.tray is not None and gui.settings is not None and gui.patterns is not None
        assert gui.window.filter_bar.search_edit.isClearButtonEnabled()
        assert gui.instance._server is not None and gui.instance._server.isListening()
    finally:
        gui.window.close()
        gui.shutdown()
        qapp.setQuitOnLastWindowClosed(True)


def _shop_with_one_case(tmp_path):
    """A case log folder holding one complaint, for a start with a row to paint."""
    database = open_database(tmp_path / "shop" / DB_FILENAME)
    CaseRepository(database).add_manual_case(channel="phone", text="Kek sampai lewat", person_name="Siti",
                                             actor="ML")
    database.dispose()
    return tmp_path / "shop"


def test_a_window_the_desktop_keeps_hidden_still_loads_the_inbox(qapp, qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from desktop.ui.start import run

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    shop = _shop_with_one_case(tmp_path)
    gui = run(GuiOptions(data_dir=shop), exec_=False)
    try:
        qtbot.addWidget(gui.window)
        gui.window.hide()  # before its first paint, as a desktop that starts it hidden would
        assert gui.model.rowCount() == 1 and not gui.wiring.inbox_complete  # the first screen only
        qtbot.wait(300)
        assert not gui.wiring.inbox_complete  # nothing painted: the whole list waits for the timer
        qtbot.waitUntil(lambda: gui.wiring.inbox_complete and gui.finished_start, timeout=5000)
    finally:
        gui.window.close()
        gui.shutdown()
        qapp.setQuitOnLastWindowClosed(True)


_FIRST_PAINT_CHILD = r"""
import enum, os, sys
from pathlib import Path

events = []
create = enum.EnumType.__call__

def watch(cls, *args, **kwargs):  # PySide builds Qt's enums through the enum module's functional API
    if len(args) > 1 and args[0] == "AlignmentFlag" and "qt enums" not in events:
        events.append("qt enums")
    return create(cls, *args, **kwargs)

enum.EnumType.__call__ = watch

from PySide6.QtCore import QEvent, QObject, QTimer
from desktop.app.session import GuiOptions
from desktop.ui.start import run

gui = run(GuiOptions(data_dir=Path(sys.argv[1])), exec_=False)

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and gui.model.rowCount() > 0 and "painted" not in events:
            events.append("painted")
        return False

def done():
    if gui.finished_start:
        print(events, gui.window.log_action.shortcut().toString(), flush=True)
        os._exit(0)
    QTimer.singleShot(20, done)

watcher = FirstPaint()
gui.window.table.viewport().installEventFilter(watcher)
QTimer.singleShot(20, done)
QTimer.singleShot(20_000, lambda: os._exit(3))
gui.app.exec()
"""


def test_the_inbox_paints_before_pyside_builds_qts_enums(tmp_path):
    """PySide builds all ~90 of Qt's enums the first time anything reaches QtCore.Qt, which
    costs about a tenth of a bare window's start-up: the first paint does without them, and the
    shortcuts and the rest that need them come right after."""
    import os
    import subprocess
    import sys

    shop = _shop_with_one_case(tmp_path)
    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "config"))
    out = subprocess.run([sys.executable, "-c", _FIRST_PAINT_CHILD, str(shop)], env=env,
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    # The watch sees Qt's enums being built (after the paint, by the shortcuts), so it can fail.
    assert out.stdout.strip() == "['painted', 'qt enums'] Ctrl+N"


def test_pyside_no_longer_reads_the_source_of_each_module_imported_after_it():
    """The app layer turns off PySide's scan of every imported module's source (for
    `from __feature__ import ...`, never used here): it cost a sixth of the start-up over bare Qt."""
    import subprocess
    import sys

    code = ("import linecache, sys\n"
            "import {first}\n"
            "from desktop.cases.vocab import State\n"
            "print(any(name.endswith('vocab.py') for name in linecache.cache))\n")
    read = [subprocess.run([sys.executable, "-c", code.format(first=first)], capture_output=True, text=True,
                           check=True).stdout.strip() for first in ("PySide6.QtCore", "desktop.app")]
    assert read == ["True", "False"]  # PySide alone reads it; after the app layer it does not

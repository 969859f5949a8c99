"""Answers from worker threads arrive in any order; the inbox must never show an old one.

Each race is forced with a gate around a real query (the query still runs on the real file).
"""

import sqlite3
import threading
from datetime import datetime, timezone

import pytest
from PySide6.QtCore import Qt

from desktop.app.inbox_controller import FIRST_SCREEN
from desktop.cases import queries
from desktop.cases.demo import generate_cases

from tests.ui.conftest import expected_ids, shown_ids


def _settle(gui, qtbot):
    gui.runner.wait_idle()
    qtbot.wait(50)  # let the queued answers be delivered
    gui.runner.wait_idle()


def test_a_screenful_is_read_at_once_and_the_full_list_on_a_worker(gui, qtbot, monkeypatch):
    generate_cases(gui.database, 1000, datetime.now(timezone.utc))
    gui.controller.invalidate()  # written behind the app's back
    expected = expected_ids(gui)
    reads = []
    real_find = queries.find_case_ids

    def find(conn, f, now, limit=None):
        reads.append((limit, threading.current_thread() is threading.main_thread()))
        return real_find(conn, f, now, limit)

    monkeypatch.setattr(queries, "find_case_ids", find)
    answers = []
    gui.controller.ids_loaded.connect(lambda _generation, ids, complete: answers.append((len(ids), complete)))
    gui.wiring._all_asked = False  # as a fresh start
    gui.wiring.start()
    assert reads == [(FIRST_SCREEN, True)] and not answers  # on the UI thread, before any event
    assert shown_ids(gui) == expected[:FIRST_SCREEN]
    assert all(gui.model.data(gui.model.index(row, 1)) != "…" for row in range(FIRST_SCREEN))
    _settle(gui, qtbot)
    assert reads == [(FIRST_SCREEN, True)]  # the whole list waits for the first paint
    gui.wiring.load_all()
    _settle(gui, qtbot)
    assert reads == [(FIRST_SCREEN, True), (None, False)]
    assert answers == [(len(expected), True)] and len(expected) > FIRST_SCREEN
    assert shown_ids(gui) == expected


def test_a_first_screen_that_cannot_be_read_is_left_to_the_worker(gui, qtbot, monkeypatch):
    expected = expected_ids(gui)
    real_find = queries.find_case_ids

    def find(conn, f, now, limit=None):
        if threading.current_thread() is threading.main_thread():
            raise sqlite3.OperationalError("database is locked")
        return real_find(conn, f, now, limit)

    monkeypatch.setattr(queries, "find_case_ids", find)
    assert gui.controller.first_screen(gui.wiring.filter) is None
    gui.model.set_ids([])
    gui.wiring._all_asked = False  # as a fresh start
    gui.wiring.start()
    gui.wiring.load_all()
    _settle(gui, qtbot)
    assert shown_ids(gui) == expected


def test_a_damaged_row_on_the_first_screen_never_stops_the_start(gui, qtbot):
    newest = expected_ids(gui)[0]
    with gui.database.connect() as conn:
        conn.execute("UPDATE complaint_case SET due_at = 'not a time' WHERE id = ?", (newest,))
        conn.commit()
    failures = []
    gui.controller.failed.connect(lambda what, error: failures.append(what))
    assert gui.controller.first_screen(gui.wiring.filter) is None  # on the UI thread: no exception
    gui.controller.invalidate()
    gui.controller.request_rows([newest])  # the worker's read of that row says what went wrong
    _settle(gui, qtbot)
    assert failures == ["rows"]
    assert gui.controller.first_screen(gui.wiring.filter._replace(search="kek")) is None  # a search: the worker's


def test_rows_read_before_a_save_are_not_shown_after_it(gui, qtbot, monkeypatch):
    case_id = expected_ids(gui, states=("new",))[0]
    read, release = threading.Event(), threading.Event()
    real_rows = queries.load_rows

    def rows(conn, ids):
        found = real_rows(conn, ids)
        if case_id in ids and not release.is_set():
            read.set()
            release.wait(10)  # read before the save, delivered after it
        return found

    monkeypatch.setattr(queries, "load_rows", rows)
    after_save = []
    gui.controller.rows_loaded.connect(
        lambda got: case_id in got and gui.controller._writes and after_save.append(got[case_id].state))
    gui.controller.request_rows([case_id])
    assert read.wait(5)
    with qtbot.waitSignal(gui.controller.cases_changed):
        gui.controller.apply_action(case_id, "acknowledge")
    release.set()
    _settle(gui, qtbot)
    row = gui.model.row_of(case_id)
    if row is not None:
        qtbot.waitUntil(lambda: gui.model.data(gui.model.index(row, gui.model.COLUMNS.index("state"))) not in (None, "…"))
    assert "new" not in after_save
    assert gui.model._rows.get(case_id) is None or gui.model._rows[case_id].state == "acknowledged"


def test_search_after_adding_a_case_finds_it(gui, qtbot, monkeypatch):
    first_read, release = threading.Event(), threading.Event()
    real_find = queries.find_case_ids

    def find(conn, f, now, limit=None):
        ids = real_find(conn, f, now, limit)
        if limit is None and not first_read.is_set():
            first_read.set()
            release.wait(10)  # an inbox order read before the new case, delivered after it
        return ids

    monkeypatch.setattr(queries, "find_case_ids", find)
    gui.wiring.reload()
    assert first_read.wait(5)
    with qtbot.waitSignal(gui.controller.case_added) as added:
        gui.controller.add_case(channel="phone", text="Kek hangus teruk", person_name="Puan Zaleha Unik",
                                touchpoint="other")
    release.set()
    _settle(gui, qtbot)
    gui.window.filter_bar.search_edit.setText("Zaleha")
    gui.window.filter_bar.search_edit.returnPressed.emit()
    qtbot.waitUntil(lambda: gui.wiring.inbox_complete and gui.wiring.filter.search == "Zaleha")
    _settle(gui, qtbot)
    assert shown_ids(gui) == [added.args[0]]


def test_a_note_that_cannot_be_saved_stays_in_the_box(gui, qtbot):
    gui.window.table.selectRow(0)
    panel = gui.window.case_panel
    qtbot.waitUntil(lambda: panel.detail is not None)
    holder = sqlite3.connect(gui.database.path)
    holder.execute("BEGIN EXCLUSIVE")  # another program holds the file
    try:
        qtbot.keyClicks(panel.note_edit, "Dah call, hantar kek baru esok")
        qtbot.keyClick(panel.note_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: "busy" in gui.window.status_label.text(), timeout=15_000)
    finally:
        holder.rollback()
        holder.close()
    assert panel.note_edit.text() == "Dah call, hantar kek baru esok"
    qtbot.keyClick(panel.note_edit, Qt.Key.Key_Return)  # try again once the file is free
    qtbot.waitUntil(lambda: panel.note_edit.text() == "")
    qtbot.waitUntil(lambda: panel.detail.events[-1].text == "Dah call, hantar kek baru esok")


def test_reader_connections_are_reused(gui, qtbot):
    for _ in range(10):
        gui.controller.load_summary()
    _settle(gui, qtbot)
    assert 1 <= len(gui.controller._readers._conns) <= gui.runner.read_pool.maxThreadCount()


@pytest.mark.parametrize("name, greeted", [("Pak Hendra Gunawan", "Hendra"), ("Siti binti Ahmad", "Siti"),
                                           ("Dato' Sri Lim", "Sri"), ("Encik", "Encik"), ("", ""),
                                           ("yanti_real88", "yanti_real88")])
def test_replies_greet_people_by_their_first_name_without_titles(name, greeted):
    from desktop.app.reply_controller import first_name

    assert first_name(name) == greeted

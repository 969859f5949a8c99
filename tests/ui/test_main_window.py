"""The inbox window driven as a shop owner would: filters, search, states, notes, logging a case."""

from datetime import datetime, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from desktop.cases import queries
from desktop.ui.inbox_model import CASE_ID_ROLE

from tests.ui.conftest import expected_ids, shown_ids


def wait_for_rows(qtbot, gui, ids):
    qtbot.waitUntil(lambda: gui.wiring.inbox_complete and shown_ids(gui) == ids)


def test_inbox_shows_the_open_cases_and_passes_the_model_checks(gui, qtmodeltester, qtbot):
    assert shown_ids(gui) == expected_ids(gui)
    qtbot.waitUntil(lambda: gui.model.data(gui.model.index(0, 1)) != "…")
    qtmodeltester.check(gui.model)
    with gui.database.connect() as conn:
        summary = queries.summary(conn, datetime.now(timezone.utc))
    expected = f"{summary.open} open · {summary.overdue} overdue · {summary.new} new"
    qtbot.waitUntil(lambda: gui.window.counts_label.text() == expected)


def test_search_as_you_type_narrows_the_inbox(gui, qtbot):
    qtbot.keyClicks(gui.window.filter_bar.search_edit, "lambat")
    wait_for_rows(qtbot, gui, expected_ids(gui, search="lambat"))
    assert 0 < gui.model.rowCount() < len(expected_ids(gui))
    gui.window.filter_bar.search_edit.clear()
    wait_for_rows(qtbot, gui, expected_ids(gui))


def test_filters_by_state_channel_type_and_overdue(gui, qtbot):
    bar = gui.window.filter_bar
    bar.state_combo.setCurrentIndex(bar.state_combo.findData("all"))
    wait_for_rows(qtbot, gui, expected_ids(gui, states=None))
    bar.channel_combo.setCurrentIndex(bar.channel_combo.findData("phone"))
    wait_for_rows(qtbot, gui, expected_ids(gui, states=None, channel="phone"))
    bar.channel_combo.setCurrentIndex(bar.channel_combo.findData("all"))
    bar.type_combo.setCurrentIndex(bar.type_combo.findData("loyal_fan"))
    wait_for_rows(qtbot, gui, expected_ids(gui, states=None, complainant_type="loyal_fan"))
    bar.type_combo.setCurrentIndex(bar.type_combo.findData("all"))
    bar.state_combo.setCurrentIndex(bar.state_combo.findData("open"))
    qtbot.mouseClick(bar.overdue_check, Qt.MouseButton.LeftButton)
    overdue = expected_ids(gui, overdue_only=True)
    wait_for_rows(qtbot, gui, overdue)
    assert overdue and len(overdue) < len(expected_ids(gui))


def _open_first(gui, qtbot, state: str) -> int:
    bar = gui.window.filter_bar
    bar.state_combo.setCurrentIndex(bar.state_combo.findData(state))
    wait_for_rows(qtbot, gui, expected_ids(gui, states=(state,)))
    gui.window.table.selectRow(0)
    case_id = gui.model.case_id(0)
    qtbot.waitUntil(lambda: gui.window.case_panel.detail is not None
                    and gui.window.case_panel.detail.id == case_id)
    return case_id


def _state_of(gui, case_id):
    with gui.database.connect() as conn:
        return queries.case_detail(conn, case_id)


def test_state_buttons_move_the_case_and_log_who(gui, qtbot):
    case_id = _open_first(gui, qtbot, "new")
    panel = gui.window.case_panel
    assert set(panel.action_buttons) == {"acknowledge", "start", "ignore"}
    qtbot.mouseClick(panel.action_buttons["acknowledge"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.detail.state == "acknowledged")
    detail = _state_of(gui, case_id)
    assert detail.events[-1].to_state == "acknowledged" and detail.events[-1].actor == gui.controller.actor
    assert set(panel.action_buttons) == {"start", "resolve", "ignore"}


def test_ctrl_enter_takes_the_next_step(gui, qtbot):
    case_id = _open_first(gui, qtbot, "in_progress")
    gui.window.activateWindow()
    gui.window.next_action.trigger()
    qtbot.waitUntil(lambda: _state_of(gui, case_id).state == "resolved")


def test_ignore_asks_for_a_reason(gui, qtbot, monkeypatch):
    case_id = _open_first(gui, qtbot, "new")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    qtbot.mouseClick(gui.window.case_panel.action_buttons["ignore"], Qt.MouseButton.LeftButton)
    assert _state_of(gui, case_id).state == "new"  # cancelled: nothing changes
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Spam akaun palsu", True))
    qtbot.mouseClick(gui.window.case_panel.action_buttons["ignore"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _state_of(gui, case_id).state == "ignored")
    assert _state_of(gui, case_id).ignore_reason == "Spam akaun palsu"


def test_note_is_added_to_the_timeline(gui, qtbot):
    case_id = _open_first(gui, qtbot, "acknowledged")
    panel = gui.window.case_panel
    qtbot.keyClicks(panel.note_edit, "Dah call pelanggan, akan hantar kek baru esok")
    qtbot.keyClick(panel.note_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(e.text and "kek baru" in e.text for e in panel.detail.events))
    assert panel.note_edit.text() == ""
    assert "kek baru" in panel.timeline_list.item(panel.timeline_list.count() - 1).text()
    assert _state_of(gui, case_id).events[-1].kind == "note"


def test_log_a_walk_in_complaint_with_the_dialog(gui, qtbot):
    before = len(expected_ids(gui, states=None))
    gui.window.log_action.trigger()
    dialog = gui.wiring.log_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.name_edit, "Puan Zaleha")
    qtbot.waitUntil(lambda: dialog.touchpoint_combo.findData("staff") >= 0)
    dialog.channel_combo.setCurrentIndex(dialog.channel_combo.findData("walk_in"))
    dialog.touchpoint_combo.setCurrentIndex(dialog.touchpoint_combo.findData("staff"))
    text = "Datang ke kaunter: staf <i>tak layan</i> 10 minit ‏مرحبا‏ 😠"
    dialog.text_edit.setPlainText(text)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: gui.wiring.log_dialog is None)
    qtbot.waitUntil(lambda: len(expected_ids(gui, states=None)) == before + 1)
    panel = gui.window.case_panel
    qtbot.waitUntil(lambda: panel.detail is not None and panel.detail.text == text)
    assert panel.complaint_view.toPlainText() == text
    assert panel.detail.channel == "walk_in" and panel.detail.touchpoint == "staff"
    qtbot.waitUntil(lambda: gui.window.table.currentIndex().data(CASE_ID_ROLE) == panel.detail.id)


def test_log_dialog_picks_a_known_customer(gui, qtbot):
    with gui.database.connect() as conn:
        known = queries.find_people(conn, "Rosnah")[0]
    dialog = gui.wiring.open_log_dialog()
    qtbot.keyClicks(dialog.name_edit, "Rosnah")
    qtbot.waitUntil(lambda: dialog._names.rowCount() > 0)
    label = next(n for n in dialog._names.stringList() if n.endswith(f"#{known.id}"))
    dialog.name_edit.setText(label)
    assert dialog.chosen_person().id == known.id
    dialog.text_edit.setPlainText("Kek kali ni manis sangat")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: gui.wiring.log_dialog is None)
    with gui.database.connect() as conn:
        assert queries.find_people(conn, "Rosnah")[0].case_count == known.case_count + 1


def test_log_dialog_keeps_everything_when_saving_fails(gui, qtbot):
    dialog = gui.wiring.open_log_dialog()
    qtbot.keyClicks(dialog.name_edit, "Pak Joko")
    dialog.text_edit.setPlainText("Pesanan belum sampai")
    dialog.touchpoint_combo.addItem("Gone", "custom:gone")  # removed by someone meanwhile
    dialog.touchpoint_combo.setCurrentIndex(dialog.touchpoint_combo.count() - 1)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error_label.text() != "")
    assert dialog.isVisible() and dialog.text_edit.toPlainText() == "Pesanan belum sampai"
    assert dialog.name_edit.text() == "Pak Joko" and dialog.buttons.isEnabled()
    dialog.reject()


def test_empty_dialog_says_what_is_missing(gui, qtbot):
    dialog = gui.wiring.open_log_dialog()
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error_label.text()
    dialog.reject()


def test_html_in_a_comment_is_shown_as_plain_text(gui, qtbot):
    qtbot.keyClicks(gui.window.filter_bar.search_edit, "onerror")
    bar = gui.window.filter_bar
    bar.state_combo.setCurrentIndex(bar.state_combo.findData("all"))
    wait_for_rows(qtbot, gui, expected_ids(gui, states=None, search="onerror"))
    assert gui.model.rowCount() >= 1
    gui.window.table.selectRow(0)
    panel = gui.window.case_panel
    qtbot.waitUntil(lambda: panel.detail is not None and "onerror" in panel.detail.text)
    assert panel.complaint_view.toPlainText() == panel.detail.text
    assert panel.title_label.textFormat() == Qt.TextFormat.PlainText


def test_keyboard_shortcuts(gui, qtbot):
    window = gui.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.filter_bar.search_edit.hasFocus())
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: gui.wiring.log_dialog is not None and gui.wiring.log_dialog.isVisible())
    gui.wiring.log_dialog.reject()


@pytest.mark.parametrize("count", [20_000])
def test_big_inbox_loads_lazily(qapp, qtbot, tmp_path, count):
    from desktop.ui.start import Gui
    from desktop.cases.db import open_database
    from desktop.cases.demo import generate_cases

    database = open_database(tmp_path / "big.db")
    generate_cases(database, count, datetime.now(timezone.utc))
    gui = Gui(qapp, database)
    qtbot.addWidget(gui.window)
    gui.start()
    qtbot.waitUntil(lambda: gui.wiring.inbox_complete, timeout=30_000)
    assert gui.model.rowCount() == len(expected_ids(gui))
    qtbot.waitUntil(lambda: gui.model.data(gui.model.index(0, 1)) != "…")
    assert len(gui.model._rows) < 1000  # only what was looked at
    gui.window.table.scrollToBottom()
    last = gui.model.rowCount() - 1
    qtbot.waitUntil(lambda: gui.model.data(gui.model.index(last, 1)) != "…")
    gui.window.close()
    gui.shutdown()


def test_daily_backup_is_taken_after_start(gui, qtbot):
    from desktop.cases import backups

    qtbot.waitUntil(lambda: len(backups.list_backups(gui.database.path)) == 1)
    gui.session.backup_if_due()
    gui.runner.wait_idle()
    assert len(backups.list_backups(gui.database.path)) == 1  # once a day, not on every check


def test_window_size_is_remembered(gui, qapp, qtbot):
    from desktop.ui.start import Gui

    gui.window.resize(900, 600)
    qtbot.waitUntil(lambda: gui.window.width() == 900)
    gui.save_window_state()
    again = Gui(qapp, gui.database)
    qtbot.addWidget(again.window)
    again._restore_window_state()
    assert again.window.size() == gui.window.size()


def test_touchpoint_list_is_edited_from_the_log_dialog(gui, qtbot, monkeypatch):
    dialog = gui.wiring.open_log_dialog()
    qtbot.waitUntil(lambda: dialog.touchpoint_combo.findData("delivery") >= 0)
    editor = gui.wiring.open_touchpoint_dialog()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Parking", True))
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.touchpoint_combo.findData("custom:parking") >= 0)
    items = [editor.list_widget.item(i).text() for i in range(editor.list_widget.count())]
    assert "Parking" in items
    editor.list_widget.setCurrentRow(items.index("Parking"))
    qtbot.mouseClick(editor.hide_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.touchpoint_combo.findData("custom:parking") < 0)
    editor.reject()
    dialog.reject()


def test_language_can_be_chosen(qapp, qtbot, tmp_path):
    from desktop.app.i18n import install_translators
    from desktop.app.session import GuiOptions
    from desktop.ui.start import run

    try:
        gui = run(GuiOptions(data_dir=tmp_path / "demo", demo=True, language="ms"), exec_=False)
        qtbot.addWidget(gui.window)
        qtbot.waitUntil(lambda: gui.wiring.inbox_complete)
        assert gui.window.log_action.text() == "Rekod aduan…"
        assert gui.window.filter_bar.state_combo.itemText(0) == "Kes terbuka"
        gui.window.close()
        gui.shutdown()
    finally:
        for translator in getattr(qapp, "_balas_translators", []):
            qapp.removeTranslator(translator)
        install_translators(qapp, "en")


def test_column_titles_show_in_the_header_and_reach_screen_readers(gui):
    from PySide6.QtGui import QAccessible

    titles = gui.model.column_titles()
    assert titles[:3] == ["Received", "Customer", "Complaint"] and len(titles) == len(gui.model.COLUMNS)
    header = gui.window.table.horizontalHeader()
    assert [header.model().headerData(c, Qt.Orientation.Horizontal) for c in range(header.count())] == titles
    table = QAccessible.queryAccessibleInterface(gui.window.table)  # what a screen reader is told
    cells = (table.child(i) for i in range(table.childCount()))
    assert [c.text(QAccessible.Text.Name) for c in cells if c.role() == QAccessible.Role.ColumnHeader] == titles


def test_the_models_role_numbers_are_qts():
    from desktop.ui import inbox_model

    assert (inbox_model._DISPLAY, inbox_model._DECORATION, inbox_model._TOOLTIP, inbox_model._FONT,
            inbox_model._FOREGROUND) == (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole,
                                         Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.FontRole,
                                         Qt.ItemDataRole.ForegroundRole)
    assert CASE_ID_ROLE == Qt.ItemDataRole.UserRole + 1


def test_status_and_banner_labels_never_read_text_as_html(gui):
    window = gui.window
    for label in (window.sync_label, window.reminder_label, window.pattern_label, window.attack_label,
                  window.filter_bar.list_label):
        assert label.textFormat() == Qt.TextFormat.PlainText
    window.show_sync("<b>Synced</b> <img src=x>")
    assert window.sync_label.text() == "<b>Synced</b> <img src=x>"

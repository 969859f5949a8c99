"""Triage in the window: the type with its reasons, the suggested reply, live checking, the
review step, the owner's own type, abuse marks and hiding, on the real demo shop."""

import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QDialogButtonBox

from desktop.ui.labels import type_name


def _rows(gui, sql, *args):
    with gui.database.connect() as conn:
        return conn.execute(sql, args).fetchall()


def _open(gui, qtbot, case_id):
    """Select a case and wait for its suggestion (or its advice) to arrive."""
    assert gui.window.select_case(case_id)
    panel = gui.window.case_panel
    qtbot.waitUntil(lambda: panel.detail is not None and panel.detail.id == case_id)
    editor = panel.reply_editor
    qtbot.waitUntil(lambda: bool(editor.text()) or not editor.advice_label.isHidden())
    return panel, editor


def _first(gui, where):
    return _rows(gui, "SELECT id FROM complaint_case WHERE state = 'new' AND " + where
                 + " ORDER BY received_at DESC")[0][0]


def _underlined(editor, start, end) -> bool:
    """Whether the highlighter draws its wavy line over document positions [start, end)."""
    document = editor.editor.document()
    block = document.findBlock(start)
    for rng in block.layout().formats():
        at = block.position() + rng.start
        if (rng.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
                and at <= start and end <= at + rng.length):
            return True
    return False


def test_type_reasons_and_a_suggestion_in_the_customers_language(gui, qtbot):
    case_id = _first(gui, "channel = 'facebook' AND language = 'ms'"
                          " AND complainant_type != 'active_hater'")
    kind, reasons = _rows(gui, "SELECT complainant_type, type_reasons FROM complaint_case"
                               " WHERE id = ?", case_id)[0]
    panel, editor = _open(gui, qtbot, case_id)
    assert panel.type_chip.text() == type_name(kind)
    assert json.loads(reasons) and panel.reasons_label.text().startswith("Why: ")
    assert editor.language() == "ms"
    first_name = panel.detail.person.name.split()[0]
    assert first_name in editor.text() and "Limah" in editor.text()  # named, and signed
    assert editor.send_button.text() == "Send reply…"


def test_suggest_another_wording_and_another_language(gui, qtbot):
    case_id = _first(gui, "channel IN ('facebook', 'instagram', 'x') AND complainant_type != 'active_hater'")
    _, editor = _open(gui, qtbot, case_id)
    first = editor.text()
    qtbot.mouseClick(editor.another_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.text() != first)
    assert editor.text().strip()
    editor.language_combo.setCurrentIndex(editor.language_combo.findData("en"))
    editor.language_combo.activated.emit(editor.language_combo.currentIndex())
    qtbot.waitUntil(lambda: editor.text().startswith(("Hi ", "Hello ", "Thank", "Dear ")))


def test_owners_words_are_never_overwritten_and_drafts_survive_switching(gui, qtbot):
    ids = [r[0] for r in _rows(gui, "SELECT id FROM complaint_case WHERE state = 'new'"
                                    " AND complainant_type != 'active_hater' ORDER BY received_at DESC")]
    _, editor = _open(gui, qtbot, ids[0])
    editor.editor.setPlainText("Draf saya sendiri")
    _open(gui, qtbot, ids[1])
    assert editor.text() != "Draf saya sendiri"
    gui.window.select_case(ids[0])
    qtbot.waitUntil(lambda: editor.text() == "Draf saya sendiri")
    qtbot.wait(400)  # the suggestion for the case arrives meanwhile and must not replace it
    assert editor.text() == "Draf saya sendiri"


def test_findings_are_underlined_live_and_fixed_in_one_click(gui, qtbot):
    case_id = _first(gui, "channel = 'facebook' AND complainant_type != 'active_hater'")
    panel, editor = _open(gui, qtbot, case_id)
    name = panel.detail.person.name.split()[0]
    editor.language_combo.setCurrentIndex(editor.language_combo.findData("ms"))
    text = f"Hai {name} 👋🏽, itu salah awak sendiri. Call 012-345 6789 ya. – ML"
    editor.editor.setPlainText(text)
    qtbot.waitUntil(lambda: editor.checked_text == text, timeout=5000)
    rules = [i.rule for i in editor.issues]
    assert "blame_customer" in rules and "phone" in rules
    # Offsets count UTF-16 units as Qt does: the emoji before the number must not shift the line.
    phone = next(i for i in editor.issues if i.rule == "phone")
    cursor = editor.editor.textCursor()
    cursor.setPosition(phone.start)
    cursor.setPosition(phone.end, cursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == "012-345 6789"
    assert _underlined(editor, phone.start, phone.end)
    assert editor.issue_list.count() == len(editor.issues) and editor.fix_button.isEnabled()
    blame = [n for n, i in enumerate(editor.issues) if i.rule == "blame_customer"][0]
    editor.issue_list.setCurrentRow(blame)
    qtbot.mouseClick(editor.fix_button, Qt.MouseButton.LeftButton)
    assert "salah awak" not in editor.text() and "012-345 6789" in editor.text()
    qtbot.waitUntil(lambda: editor.checked_text == editor.text(), timeout=5000)
    assert "blame_customer" not in [i.rule for i in editor.issues]
    editor.editor.undo()  # one undoable edit
    assert editor.text() == text


def test_review_lists_the_findings_then_the_reply_waits_in_the_outbox(gui, qtbot):
    case_id = _first(gui, "channel = 'instagram' AND complainant_type != 'active_hater'")
    panel, editor = _open(gui, qtbot, case_id)
    text = editor.text() + "\nKami jamin 100% takkan berulang."
    editor.editor.setPlainText(text)
    qtbot.waitUntil(lambda: editor.checked_text == text, timeout=5000)
    qtbot.mouseClick(editor.send_button, Qt.MouseButton.LeftButton)
    dialog = editor.review_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.issue_list.count() == len(editor.issues) >= 1
    assert dialog.back_button.isDefault() and dialog.send_button.text() == "Send anyway"
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    assert editor.text() == text and not _rows(gui, "SELECT 1 FROM outbox_reply")
    qtbot.mouseClick(editor.send_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(gui.controller.reply_saved, timeout=5000):
        qtbot.mouseClick(editor.review_dialog.send_button, Qt.MouseButton.LeftButton)
    assert _rows(gui, "SELECT action, case_id, text, state FROM outbox_reply") == [
        ("reply", case_id, text, "queued")]
    assert _rows(gui, "SELECT state FROM complaint_case WHERE id = ?", case_id) == [("acknowledged",)]
    qtbot.waitUntil(lambda: panel.detail.state == "acknowledged")
    assert "outbox" in gui.window.status_label.text()
    assert editor.text() == "" or editor.text() != text


def test_a_reply_to_a_phone_complaint_is_logged_not_queued(gui, qtbot):
    case_id = _first(gui, "channel IN ('phone', 'walk_in', 'letter', 'email', 'whatsapp')"
                          " AND complainant_type != 'active_hater'")
    _, editor = _open(gui, qtbot, case_id)
    assert editor.send_button.text() == "Log reply…"
    qtbot.mouseClick(editor.send_button, Qt.MouseButton.LeftButton)
    assert editor.review_dialog.send_button.text() in ("Log it", "Log it anyway")
    with qtbot.waitSignal(gui.controller.reply_saved, timeout=5000) as saved:
        editor.review_dialog.accept()
    assert saved.args == [case_id, None]
    assert not _rows(gui, "SELECT 1 FROM outbox_reply")
    assert _rows(gui, "SELECT kind FROM case_event WHERE case_id = ? AND kind = 'reply'", case_id)


def test_owner_sets_the_type_and_can_hand_it_back(gui, qtbot):
    case_id = _first(gui, "complainant_type = 'newcomer'")
    panel, _ = _open(gui, qtbot, case_id)
    combo = panel.type_combo
    combo.setCurrentIndex(combo.findData("loyal_fan"))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: panel.type_chip.text() == type_name("loyal_fan"), timeout=5000)
    person = panel.detail.person.id
    assert _rows(gui, "SELECT manual_type FROM person WHERE id = ?", person) == [("loyal_fan",)]
    qtbot.waitUntil(lambda: panel.reasons_label.text() == "Why: you set this type yourself")
    combo.setCurrentIndex(0)
    combo.activated.emit(0)
    qtbot.waitUntil(lambda: panel.type_chip.text() == type_name("newcomer"), timeout=5000)
    assert _rows(gui, "SELECT manual_type FROM person WHERE id = ?", person) == [(None,)]


def test_abuse_is_marked_and_hidden_only_when_the_owner_asks(gui, qtbot):
    case_id = _first(gui, "abusive_terms IS NOT NULL AND channel = 'instagram'")
    row = gui.model.row_of(case_id)
    column = gui.model.COLUMNS.index("complaint")
    index = gui.model.index(row, column)
    qtbot.waitUntil(lambda: gui.model.data(index, Qt.ItemDataRole.DecorationRole) is not None)
    assert "abusive" in gui.model.data(index, Qt.ItemDataRole.ToolTipRole)
    calm = gui.model.index(gui.model.row_of(_first(gui, "abusive_terms IS NULL")), column)
    assert gui.model.data(calm, Qt.ItemDataRole.DecorationRole) is None
    panel, editor = _open(gui, qtbot, case_id)
    assert "anjing" in panel.abuse_label.text() and not panel.hide_button.isHidden()
    assert not _rows(gui, "SELECT 1 FROM outbox_reply")  # auto-hide is off by default
    if panel.detail.complainant_type == "active_hater":
        assert editor.text() == "" and not editor.advice_label.isHidden()
    with qtbot.waitSignal(gui.controller.cases_changed, timeout=5000):
        qtbot.mouseClick(panel.hide_button, Qt.MouseButton.LeftButton)
    assert _rows(gui, "SELECT action, state FROM outbox_reply") == [("hide", "queued")]


def test_a_logged_complaint_is_triaged_on_arrival(gui, qtbot):
    with qtbot.waitSignal(gui.controller.case_added, timeout=5000) as added:
        gui.controller.add_case(channel="whatsapp", text="Saya pelanggan baru, pertama kali order,"
                                " kek sampai lambat 3 jam. Kecewa.", person_name="Nadia Baru")
    case_id = added.args[0]
    qtbot.waitUntil(lambda: _rows(gui, "SELECT type_reasons FROM complaint_case WHERE id = ?",
                                  case_id)[0][0] is not None, timeout=5000)
    assert _rows(gui, "SELECT complainant_type, language FROM complaint_case WHERE id = ?",
                 case_id) == [("newcomer", "ms")]
    qtbot.waitUntil(lambda: gui.window.case_panel.type_chip.text() == type_name("newcomer"))


def test_settings_are_saved_and_auto_hide_starts_off(gui, qtbot):
    dialog = gui.settings.open_dialog()
    assert not dialog.hide_check.isChecked() and dialog.signature_edit.text() == "— Limah (ML)"
    dialog.signature_edit.setText("– Aina (AN)")
    dialog.hide_check.setChecked(True)
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    values = gui.session.preferences.replies()
    assert values.signature == "– Aina (AN)" and values.auto_hide_abuse
    assert gui.session.preferences.intake_rules().auto_hide_abuse

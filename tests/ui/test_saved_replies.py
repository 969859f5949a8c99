"""Saved replies from the reply editor: keep a reply as a template, find it, put it in for the
next customer (filled in for them), change and delete it."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox

from tests.ui.conftest import make_gui

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def shop(qapp, qtbot, tmp_path, database, clock, repo):
    aina = repo.add_manual_case(channel="phone", text="Kek lambat", person_name="Aina Sofea", actor="ML")
    budi = repo.add_manual_case(channel="phone", text="Kue telat", person_name="Pak Budi Santoso", actor="ML")
    gui = make_gui(qapp, qtbot, tmp_path, database, clock, tray_available=False)
    gui.session.preferences.save_replies(gui.session.preferences.replies()._replace(
        signature="— Limah (ML)", shop_name="Kedai Kek Mak Limah"))
    yield gui, aina, budi
    gui.shutdown()


def open_case(gui, qtbot, case_id):
    gui.wiring.open_case(case_id)
    panel = gui.window.case_panel
    qtbot.waitUntil(lambda: panel.detail is not None and panel.detail.id == case_id)
    return panel


def test_keep_a_reply_then_use_it_for_the_next_customer(shop, qtbot):
    gui, aina, budi = shop
    editor = open_case(gui, qtbot, aina).reply_editor
    editor.set_language("ms")
    editor.editor.setPlainText("Hai Aina, maaf kek lambat. Kedai Kek Mak Limah hantar semula esok.\n– Limah (ML)")
    with qtbot.waitSignal(gui.session.saved_replies.loaded):
        dialog = gui.open_saved_replies()
    assert "No saved replies in this language yet" in dialog.empty_label.text()  # and it says how to keep one
    dialog.keep_button.click()
    template = dialog.editor
    assert template.text_edit.toPlainText() == ("Hai {name}, maaf kek lambat. {shop} hantar semula esok.\n"
                                                "– {signature}")
    template.title_edit.setText("Lambat, hantar semula")
    template.buttons.button(template.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: [r.title for r in dialog.replies] == ["Lambat, hantar semula"])
    dialog.reject()

    editor = open_case(gui, qtbot, budi).reply_editor
    editor.set_language("id")  # the owner answers him in Indonesian
    with qtbot.waitSignal(gui.session.saved_replies.loaded) as first_look:
        dialog = gui.open_saved_replies()
    assert first_look.args == [[]]  # so the Malay reply is not offered at first
    dialog.lang_combo.setCurrentIndex(dialog.lang_combo.findData("ms"))
    qtbot.waitUntil(lambda: len(dialog.replies) == 1)
    dialog.search_edit.setText("hantar semula")
    qtbot.waitUntil(lambda: dialog.list.count() == 1)
    dialog.insert_button.click()
    qtbot.waitUntil(lambda: editor.text().startswith("Hai Budi,"))  # his first name, not "Pak"
    assert editor.text() == "Hai Budi, maaf kek lambat. Kedai Kek Mak Limah hantar semula esok.\n– Limah (ML)"
    assert editor.language() == "ms"


def test_search_language_change_and_delete(shop, qtbot):
    gui, aina, budi = shop
    saved = gui.session.saved_replies
    for lang, title, text in (("ms", "Bayaran balik", "Hai {name}, wang dipulangkan."),
                              ("id", "Pengembalian dana", "Halo {name}, dana dikembalikan."),
                              ("en", "Refund", "Hi {name}, refunded.")):
        with qtbot.waitSignal(saved.saved):
            saved.save(None, lang, title, text)
    open_case(gui, qtbot, aina)
    dialog = gui.open_saved_replies()
    dialog.lang_combo.setCurrentIndex(dialog.lang_combo.findData("id"))
    qtbot.waitUntil(lambda: [r.title for r in dialog.replies] == ["Pengembalian dana"])
    dialog.lang_combo.setCurrentIndex(0)  # every language
    qtbot.waitUntil(lambda: len(dialog.replies) == 3)
    dialog.search_edit.setText("zzz")
    qtbot.waitUntil(lambda: dialog.replies == [] and dialog.empty_label.text() == "No saved replies match.")
    dialog.search_edit.clear()
    qtbot.waitUntil(lambda: len(dialog.replies) == 3)
    dialog.list.setCurrentRow([r.title for r in dialog.replies].index("Refund"))
    dialog.edit_button.click()
    dialog.editor.title_edit.setText("  ")
    dialog.editor.buttons.button(dialog.editor.buttons.StandardButton.Save).click()
    assert dialog.editor.isVisible() and "title" in dialog.editor.hint.text()  # an empty title is refused
    dialog.editor.title_edit.setText("Refund done")
    dialog.editor.buttons.button(dialog.editor.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: "Refund done" in [r.title for r in dialog.replies])
    dialog.list.setCurrentRow([r.title for r in dialog.replies].index("Refund done"))
    box = dialog._delete_selected()
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: [r.title for r in dialog.replies] == ["Bayaran balik", "Pengembalian dana"])


def test_a_filled_reply_only_goes_into_the_case_it_was_for(shop, qtbot):
    gui, aina, budi = shop
    editor = open_case(gui, qtbot, budi).reply_editor
    editor.editor.setPlainText("Pak Budi, kami semak.")
    editor.editor.moveCursor(QTextCursor.MoveOperation.End)  # the owner's cursor at the end
    with qtbot.waitSignal(gui.session.saved_replies.filled):  # filled late, for Aina's case
        gui.session.saved_replies.fill(aina, "Hai {name}, maaf.", "ms", "Aina Sofea")
    assert editor.text() == "Pak Budi, kami semak."
    with qtbot.waitSignal(gui.session.saved_replies.filled):
        gui.session.saved_replies.fill(budi, " Hai {name}, maaf.", "ms", "Pak Budi Santoso")
    assert editor.text() == "Pak Budi, kami semak. Hai Budi, maaf."  # put in at the cursor


def test_a_mistyped_placeholder_is_pointed_out_before_saving(shop, qtbot):
    gui, aina, budi = shop
    open_case(gui, qtbot, aina)
    dialog = gui.open_saved_replies()
    template = dialog._edit(None, "Maaf", "ms", "Hai {Nama}, maaf.\n– {signature}")
    save = template.buttons.button(template.buttons.StandardButton.Save)
    save.click()
    assert template.isVisible() and "{Nama} is not filled in" in template.hint.text()
    with qtbot.waitSignal(gui.session.saved_replies.saved):
        save.click()  # kept as written, once the owner has been told
    assert not template.isVisible()

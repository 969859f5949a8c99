"""Settings → Suggested replies: the owner's own wordings are suggested instead of Balas's,
kept across restarts, and Balas's come back with one click."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from tests.ui.conftest import make_gui

pytestmark = pytest.mark.usefixtures("english")

OWN = "Hai {name}, maaf ya! Kami uruskan sekarang dan hubungi anda {eta}.\n– {signature}"


def save(dialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()


def test_own_wordings_are_suggested_and_balas_wordings_come_back(qapp, qtbot, tmp_path, database, clock, repo):
    case_id = repo.add_manual_case(channel="phone", text="Kek saya tak sampai lagi", person_name="Aina",
                                   actor="ML", language="ms", complainant_type="newcomer")
    gui = make_gui(qapp, qtbot, tmp_path, database, clock, tray_available=False)
    try:
        dialog = gui.settings.open_dialog("playbooks")
        page = dialog.playbooks_page
        page.lang_combo.setCurrentIndex(page.lang_combo.findData("ms"))
        page.section_combo.setCurrentIndex(page.section_combo.findData("newcomer"))
        balas_wordings = page.wordings()
        assert len(balas_wordings) > 1 and "Balas's wordings" in page.state_label.text()
        while page.list.count() > 1:  # keep one wording only, then make it ours
            page.list.setCurrentRow(1)
            page.remove_button.click()
        page.list.setCurrentRow(0)
        page.editor.setPlainText(OWN)
        assert "Your own wordings" in page.state_label.text()
        save(dialog)
        assert gui.session.preferences.reply_playbooks() == {"ms": {"newcomer": [OWN]}}

        gui.wiring.open_case(case_id)
        editor = gui.window.case_panel.reply_editor
        qtbot.waitUntil(lambda: editor.text().startswith("Hai Aina, maaf ya! Kami uruskan sekarang"))

        dialog = gui.settings.open_dialog("playbooks")
        page = dialog.playbooks_page
        page.lang_combo.setCurrentIndex(page.lang_combo.findData("ms"))
        page.section_combo.setCurrentIndex(page.section_combo.findData("newcomer"))
        assert page.wordings() == [OWN]  # kept
        page.reset_button.click()
        assert page.wordings() == balas_wordings and not page.reset_button.isEnabled()
        save(dialog)
        assert gui.session.preferences.reply_playbooks() == {}
    finally:
        gui.shutdown()


def test_damaged_or_odd_wordings_are_left_out(qapp):
    from desktop.triage.playbooks import clean_custom

    assert clean_custom({"ms": {"newcomer": ["  ", 7, "Hai {name}"], "active_hater": ["x"], "nonsense": ["y"]},
                         "fr": {"newcomer": ["Bonjour"]}, "id": "not a dict"}) == {"ms": {"newcomer": ["Hai {name}"]}}
    assert clean_custom("garbage") == {}

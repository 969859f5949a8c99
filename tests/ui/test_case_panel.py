"""The case panel shows customer text exactly, as plain text, and stays quick with huge text."""

from PySide6.QtCore import Qt

from desktop.cases import queries
from desktop.ui.case_panel import PREVIEW_CHARS, CasePanel
from desktop.ui.text import number


def _detail(database, repo, text, **kw):
    case_id = repo.add_manual_case(channel="letter", text=text, person_name="Encik Rahmat", actor="ML", **kw)
    with database.connect() as conn:
        return queries.case_detail(conn, case_id)


def test_huge_text_shows_its_start_and_all_on_request(qtbot, database, repo):
    text = "Surat aduan panjang.\n" * 60_000  # about 1.2 MB
    panel = CasePanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.show_detail(_detail(database, repo, text))
    assert panel.complaint_view.toPlainText() == text[:PREVIEW_CHARS]
    assert not panel.show_all_button.isHidden() and number(len(text)) in panel.long_text_label.text()
    qtbot.mouseClick(panel.show_all_button, Qt.MouseButton.LeftButton)
    assert panel.complaint_view.toPlainText() == text
    assert panel.show_all_button.isHidden()


def test_markup_and_controls_are_never_rendered(qtbot, database, repo):
    text = '<h1>BIG</h1><img src="x" onerror="alert(1)"> \u202eRTL override\u202c ‏كعكة‏ 👩🏽‍🍳'
    panel = CasePanel()
    qtbot.addWidget(panel)
    panel.show_detail(_detail(database, repo, text))
    assert panel.complaint_view.toPlainText() == text
    assert panel.show_all_button.isHidden()
    for label in (panel.title_label, panel.meta_label):
        assert label.textFormat() == Qt.TextFormat.PlainText


def test_buttons_follow_the_state(qtbot, database, repo):
    panel = CasePanel()
    qtbot.addWidget(panel)
    detail = _detail(database, repo, "x")
    panel.show_detail(detail)
    assert list(panel.action_buttons) == ["acknowledge", "start", "ignore"]
    assert panel.action_buttons["acknowledge"].isDefault()
    with qtbot.waitSignal(panel.action_requested) as signal:
        panel.request_primary_action()
    assert signal.args == [detail.id, "acknowledge", None]
    panel.show_detail(None)
    assert panel.body.isHidden() and not panel.empty_label.isHidden()


def test_percent_codes_in_notes_are_shown_as_typed(qtbot, database, repo):
    from desktop.ui.text import fill

    detail = _detail(database, repo, "x")
    repo.add_note(detail.id, "Gambar: https://kedai.my/kek%20coklat%2Fbesar 100%1 betul", actor="ML")
    with database.connect() as conn:
        detail = queries.case_detail(conn, detail.id)
    panel = CasePanel()
    qtbot.addWidget(panel)
    panel.show_detail(detail)
    last = panel.timeline_list.item(panel.timeline_list.count() - 1).text()
    assert last.endswith("https://kedai.my/kek%20coklat%2Fbesar 100%1 betul")
    assert fill("%1 and %2, not %3", "a%2", "b") == "a%2 and b, not %3"

"""A customer's data from the case panel: saved for them, or erased after the owner confirms,
with the backups that still hold a copy named."""

from __future__ import annotations

import csv
import json
from datetime import datetime, timezone

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.cases import backups
from tests.ui.conftest import make_gui

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def shop(qapp, qtbot, tmp_path, database, clock, repo):
    aina = repo.add_manual_case(channel="phone", text="Zulaikha: kek hancur di Taman Melawati",
                                person_name="Aina Zulaikha", contact="012-998 7766", actor="ML")
    repo.add_note(aina, "Zulaikha akan datang esok", "ML")
    budi = repo.add_manual_case(channel="walk_in", text="Kek terlalu manis", person_name="Budi", actor="ML")
    # Made before the erase, so it keeps a copy; dated by the real clock, as the daily backup
    # at start-up is (one made at the tests' NOW would be a day old, and start-up would add one).
    backups.make_backup(database.path, datetime.now(timezone.utc), "daily")
    gui = make_gui(qapp, qtbot, tmp_path, database, clock, tray_available=False)
    gui.wiring.open_case(aina)
    panel = gui.window.case_panel
    qtbot.waitUntil(lambda: panel.detail is not None and panel.detail.id == aina)
    yield gui, panel, aina, budi
    gui.shutdown()


def file_bytes(database) -> bytes:
    folder = database.path.parent
    return b"".join(p.read_bytes() for p in folder.iterdir() if p.name.startswith(database.path.name))


def test_erase_asks_first_names_the_backups_and_leaves_nothing(shop, qtbot, database):
    gui, panel, aina, budi = shop
    panel.erase_person_action.trigger()
    box = gui.people.confirm_box
    assert box is not None and "Aina Zulaikha" in box.text()
    assert "1 backup made before now still holds a copy" in box.informativeText()
    assert str(backups.backup_dir(database.path)) in box.informativeText()
    box.button(QMessageBox.StandardButton.Cancel).click()  # changed their mind
    assert b"Taman Melawati" in file_bytes(database)
    panel.erase_person_action.trigger()
    erase = next(b for b in gui.people.confirm_box.buttons() if b.text() == "Erase")
    erase.click()
    qtbot.waitUntil(lambda: panel.title_label.text() == "Erased customer")
    for secret in (b"Zulaikha", b"Taman Melawati", b"998 7766"):
        assert secret not in file_bytes(database)
    row = next(r for r in range(gui.model.rowCount()) if gui.model.case_id(r) == aina)
    cell = gui.model.index(row, gui.model.COLUMNS.index("person"))
    qtbot.waitUntil(lambda: cell.data() == "Erased customer")  # "…" while the row is read again
    with database.connect() as conn:
        budi_text = conn.execute("SELECT text FROM complaint_case WHERE id = ?", (budi,)).fetchone()[0]
    assert budi_text == "Kek terlalu manis"


def test_export_saves_json_and_a_table(shop, qtbot, tmp_path):
    gui, panel, aina, budi = shop
    target = tmp_path / "aina.json"
    gui.people.export(panel.detail.person.id, target)
    qtbot.waitUntil(lambda: "Saved as" in gui.window.status_label.text())
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["person"]["name"] == "Aina Zulaikha" and len(data["cases"]) == 1
    assert "Zulaikha akan datang esok" in [e["text"] for e in data["events"]]
    with open(target.with_suffix(".csv"), encoding="utf-8-sig", newline="") as stream:
        assert [r[0] for r in csv.reader(stream)][:3] == ["record", "person", "case"]
    gui.people.export(panel.detail.person.id, tmp_path / "missing" / "x.json")
    qtbot.waitUntil(lambda: "Could not write" in gui.window.status_label.text())

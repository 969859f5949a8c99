"""A customer's data on request: save it for them (JSON and a CSV table), or erase it after
the owner confirms, told plainly what stays in the backups and for how long."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.app.people_controller import PeopleController
from desktop.ui.main_window import MainWindow
from desktop.ui.messages import explain_error
from desktop.ui.text import csv_delimiter, fill, one_line

__all__ = ["PeoplePresenter"]


class PeoplePresenter(QObject):
    def __init__(self, window: MainWindow, people: PeopleController, parent=None):
        super().__init__(parent)
        self.window = window
        self.people = people
        self.confirm_box: QMessageBox | None = None
        people.exported.connect(self._on_exported)
        people.erased.connect(self._on_erased)
        people.failed.connect(lambda _what, error: window.show_status(explain_error(error), notice=True))
        window.when_case_panel(self._on_panel)

    def _on_panel(self, panel) -> None:
        panel.export_person_requested.connect(self.ask_export)
        panel.erase_person_requested.connect(self.ask_erase)

    # -- export ------------------------------------------------------------------------------
    def ask_export(self, person_id: int, name: str) -> None:
        safe = "".join(ch if ch.isalnum() else "-" for ch in name).strip("-")[:40] or str(person_id)
        chosen, _kind = QFileDialog.getSaveFileName(
            self.window, self.tr("Save this customer's data"), str(Path.home() / f"balas-{safe}.json"),
            self.tr("JSON (*.json)"))
        if chosen:
            self.export(person_id, Path(chosen).with_suffix(".json"))

    def export(self, person_id: int, path: Path) -> None:
        self.window.show_status(self.tr("Saving the customer's data…"))
        self.people.export(person_id, path, csv_delimiter())

    def _on_exported(self, json_path: str, csv_path: str) -> None:
        self.window.show_status(fill(self.tr("Saved as %1 and, as a table, %2."), json_path, csv_path), notice=True)

    # -- erase -------------------------------------------------------------------------------
    def ask_erase(self, person_id: int, name: str) -> QMessageBox:
        copies = self.people.backup_copies()
        text = fill(self.tr("Erase everything Balas holds about %1?"), one_line(name, 60))
        detail = self.tr("Their name, contact and platform id go, with the words of their complaints and "
                         "comments and of every note, reply and answer on their cases. Replies still "
                         "waiting to be sent to them are cancelled. The reports keep counting the cases, "
                         "without a name. This cannot be undone.")
        if copies.count:
            detail += "\n\n" + fill(self.tr("%n backup(s) made before now still hold a copy, in %1. Balas keeps "
                                            "the newest %2, so these are gone after %2 more backups (about a week "
                                            "of daily use). You may delete them there now.", "", copies.count),
                                    str(copies.folder), str(copies.keep))
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Erase this customer's data"), text,
                          QMessageBox.StandardButton.Cancel, self.window)
        box.setInformativeText(detail)
        erase = box.addButton(self.tr("Erase"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(lambda button: self._erase(person_id) if button is erase else None)
        box.finished.connect(lambda _result: setattr(self, "confirm_box", None))
        self.confirm_box = box
        box.open()
        return box

    def _on_erased(self, _person_id: int, compacted: bool) -> None:
        self.window.show_status(self.tr("The customer's data is erased.") if compacted else
                                self.tr("The customer's data is erased. The case file's free space is "
                                        "cleaned the next time Balas starts."), notice=True)

    def _erase(self, person_id: int) -> None:
        self.window.show_status(self.tr("Erasing…"))
        self.people.erase(person_id)

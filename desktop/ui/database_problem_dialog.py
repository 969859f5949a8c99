"""Tells the owner in plain words why the case log cannot be opened, and what they can do."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from desktop.ui.text import fill

__all__ = ["DatabaseProblemDialog", "RESTORE", "RETRY", "QUIT"]

RESTORE, RETRY, QUIT = "restore", "retry", "quit"


class DatabaseProblemDialog(QMessageBox):
    """Restore the last backup (when there is one and it could help), try again, or quit."""

    def __init__(self, code: str, path: Path, backup: Path | None, parent=None):
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Balas cannot open your cases"))
        self.setText(self._explain(code))
        details = fill(self.tr("Your case file: %1"), path)
        if backup is not None:
            details += "\n" + fill(self.tr("Last backup: %1"), backup.name)
            details += "\n" + self.tr("Restoring puts the damaged file aside (it is kept, "
                                      "never overwritten) and opens the backup. Anything "
                                      "written after that backup is not in it.")
        self.setInformativeText(details)
        self.choice = QUIT
        self._buttons = {}
        if backup is not None and code in ("database_corrupt", "database_too_new"):
            self._buttons[self.addButton(self.tr("Restore last backup"),
                                         QMessageBox.ButtonRole.AcceptRole)] = RESTORE
        if code in ("database_locked", "database_read_only"):
            self._buttons[self.addButton(self.tr("Try again"),
                                         QMessageBox.ButtonRole.AcceptRole)] = RETRY
        self._buttons[self.addButton(self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)] = QUIT
        self.buttonClicked.connect(lambda button: setattr(self, "choice", self._buttons.get(button, QUIT)))

    def _explain(self, code: str) -> str:
        if code == "database_locked":
            return self.tr("Your case file is in use by another program (perhaps Balas is "
                           "already open, or a backup tool is copying it). Close that program "
                           "and try again.")
        if code == "database_read_only":
            return self.tr("Balas is not allowed to write to your case file or its folder. "
                           "Check that the disk is not full or write-protected and that you "
                           "have permission to change the folder, then try again.")
        if code == "database_upgrade_failed":
            return self.tr("Balas could not upgrade your case file for this version. The file "
                           "is exactly as it was, and a copy was saved in the backups folder. "
                           "Please keep using the earlier version and tell us.")
        if code == "database_too_new":
            return self.tr("Your case file was saved by a newer version of Balas. Please "
                           "install the newest Balas; this older version will not change the file.")
        return self.tr("Your case file is damaged or is not a Balas file. Balas has not "
                       "changed it.")

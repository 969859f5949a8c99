"""Plain words for what went wrong, by error code (the layers below raise; the UI explains)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.cases.errors import (CaseLogError, DatabaseLocked, DatabaseReadOnly,
                                  IllegalTransition, InvalidInput, NotFound)
from desktop.ui.labels import action_name, state_name
from desktop.ui.text import fill

__all__ = ["explain_error"]


def explain_error(error: BaseException) -> str:
    """One or two sentences a shop owner understands; nothing typed is lost."""
    if isinstance(error, IllegalTransition):
        return fill(QCoreApplication.translate(
            "Messages", "This case is “%1”, so “%2” is not possible now. The case was not changed."),
            state_name(error.state), action_name(error.action))
    if isinstance(error, InvalidInput):
        field_messages = {
            "text": QCoreApplication.translate("Messages", "Please write down what the customer said."),
            "name": QCoreApplication.translate("Messages", "Please type the customer's name (up to 200 letters)."),
            "note": QCoreApplication.translate("Messages", "The note is empty."),
            "reason": QCoreApplication.translate("Messages", "Please say why the case is ignored."),
            "received_at": QCoreApplication.translate("Messages", "The time received cannot be in the future."),
            "touchpoint": QCoreApplication.translate("Messages", "That touchpoint is not in the list any more. Pick another one."),
            "period": QCoreApplication.translate("Messages", "The first day comes after the last day, or the period is "
                                                 "longer than ten years. Please choose the dates again."),
            "reminder": QCoreApplication.translate("Messages", "This reminder changed meanwhile (the case moved on); "
                                                   "nothing was marked done. Look at the case again."),
        }
        return field_messages.get(error.field, QCoreApplication.translate(
            "Messages", "Some of what was typed cannot be saved. Please check it and try again."))
    if isinstance(error, NotFound) and error.what == "saved reply":
        return QCoreApplication.translate("Messages", "That saved reply is no longer there (deleted meanwhile).")
    if isinstance(error, NotFound):
        return QCoreApplication.translate("Messages", "That case or customer is no longer in the case log.")
    if isinstance(error, DatabaseLocked):
        return QCoreApplication.translate("Messages", "The case file is busy (another program is using it). Nothing was "
                   "lost; please try again in a moment.")
    if isinstance(error, DatabaseReadOnly):
        return QCoreApplication.translate("Messages", "Balas could not write to the case file (read-only or disk full). "
                   "What you typed is still here; free some space or check the folder, "
                   "then try again.")
    if isinstance(error, OSError) and error.filename:  # a file the owner chose to write
        return fill(QCoreApplication.translate(
            "Messages", "Could not write %1 (%2). Choose another folder or name; nothing was written there."),
            str(error.filename), error.strerror or str(error))
    if isinstance(error, CaseLogError):
        return QCoreApplication.translate("Messages", "The case file could not be read or written. What you typed is still "
                   "here; please try again.")
    return QCoreApplication.translate(
        "Messages", "Something unexpected went wrong; nothing you typed was lost. If it happens "
        "again, the log file in the Balas data folder says more.")

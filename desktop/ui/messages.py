"""Plain words for what went wrong, by error code (the layers below raise; the UI explains)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.cases.errors import CaseLogError, IllegalTransition, InvalidInput, NotFound
from desktop.ui.labels import action_name, state_name

__all__ = ["explain_error"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def explain_error(error: BaseException) -> str:
    """One or two sentences a shop owner understands; nothing typed is lost."""
    if isinstance(error, IllegalTransition):
        return (_tr("This case is “%1”, so “%2” is not possible now. The case was not changed.")
                .replace("%1", state_name(error.state)).replace("%2", action_name(error.action)))
    if isinstance(error, InvalidInput):
        field_messages = {
            "text": _tr("Please write down what the customer said."),
            "name": _tr("Please type the customer's name (up to 200 letters)."),
            "note": _tr("The note is empty."),
            "reason": _tr("Please say why the case is ignored."),
            "received_at": _tr("The time received cannot be in the future."),
            "touchpoint": _tr("That touchpoint is not in the list any more. Pick another one."),
        }
        return field_messages.get(error.field, _tr("Some of what was typed cannot be saved: %1")
                                  .replace("%1", str(error)))
    if isinstance(error, NotFound):
        return _tr("That case or customer is no longer in the case log.")
    if isinstance(error, CaseLogError) or "sqlite" in type(error).__module__.lower() \
            or "sqlalchemy" in type(error).__module__.lower():
        message = str(error).lower()
        if "locked" in message or "busy" in message:
            return _tr("The case file is busy (another program is using it). Nothing was "
                       "lost; please try again in a moment.")
        if "readonly" in message or "read-only" in message or "disk" in message and "full" in message:
            return _tr("Balas could not write to the case file (read-only or disk full). "
                       "What you typed is still here; free some space or check the folder, "
                       "then try again.")
        return _tr("The case file could not be read or written. What you typed is still "
                   "here; please try again.")
    return _tr("Something went wrong: %1").replace("%1", str(error)[:300])

"""The owner's saved replies: found as they type a search, kept and changed on the write lane,
and filled in for the case at hand (name, shop, signature, when they will hear back)."""

from __future__ import annotations

from datetime import datetime
from typing import Callable

from PySide6.QtCore import QObject, Signal

from desktop.app.reply_controller import SharedTriage, first_name
from desktop.app.tasks import TaskRunner
from desktop.cases.clock import utcnow
from desktop.cases.db import Database

__all__ = ["SavedRepliesController"]


class SavedRepliesController(QObject):
    loaded = Signal(object)
    """The templates found (a list of SavedReply)."""
    saved = Signal(int)
    """A template was added or changed (its id)."""
    deleted = Signal(int)
    filled = Signal(int, str, str)
    """(case id, text ready for that case's reply, its language)."""
    failed = Signal(str, object)
    """(load / save / delete / fill, error)."""

    def __init__(self, database: Database, runner: TaskRunner, triage: SharedTriage, settings: Callable,
                 clock: Callable[[], datetime] = utcnow, parent: QObject | None = None):
        super().__init__(parent)
        self._db = database
        self._runner = runner
        self._triage = triage
        self._settings = settings  # () -> ReplySettings, read on the UI thread
        self._clock = clock

    def load(self, lang: str | None = None, search: str = "") -> None:
        """Templates of `lang` (None: every language) holding every searched word; the latest ask wins."""

        def read():
            from desktop.cases.saved_replies import list_saved

            with self._db.connect() as conn:
                return list_saved(conn, lang, search)

        def done(found, error):
            if error is not None:
                self.failed.emit("load", error)
            else:
                self.loaded.emit(found)

        self._runner.read_latest((id(self), "load"), read, done)

    def save(self, reply_id: int | None, lang: str, title: str, text: str) -> None:
        now = self._clock()

        def write():
            from desktop.cases.saved_replies import save_reply

            with self._db.connect() as conn:
                return save_reply(conn, reply_id, lang, title, text, now)

        self._runner.write(write, callback=lambda saved_id, error: self._answer("save", self.saved, saved_id, error))

    def delete(self, reply_id: int) -> None:
        def write():
            from desktop.cases.saved_replies import delete_reply

            with self._db.connect() as conn:
                delete_reply(conn, reply_id)
            return reply_id

        self._runner.write(write, callback=lambda gone, error: self._answer("delete", self.deleted, gone, error))

    def _answer(self, what: str, signal, value, error) -> None:
        if error is not None:
            self.failed.emit(what, error)
        else:
            signal.emit(value)

    def template_from(self, text: str, customer_name: str) -> str:
        """The reply in the editor made general: the customer's name, the shop and the signature
        become placeholders (cheap string work, done here)."""
        from desktop.cases.saved_replies import as_template
        from desktop.triage.playbooks import bare_signature

        settings = self._settings()
        return as_template(text, name=first_name(customer_name), signature=bare_signature(settings.signature),
                           shop=settings.shop_name)

    def fill(self, case_id: int, template: str, lang: str, customer_name: str) -> None:
        """The template ready to send to this case's customer (the playbooks load on a worker)."""
        settings, now = self._settings(), self._clock()

        def work():
            from desktop.triage.service import FIRST_REPLY_IN

            books = self._triage.get().playbooks
            local = now.astimezone()
            return books.fill(template, lang, name=first_name(customer_name), signature=settings.signature,
                              shop=settings.shop_name, eta=books.eta(lang, local, local + FIRST_REPLY_IN))

        self._runner.read(work, callback=lambda text, error: (
            self.failed.emit("fill", error) if error is not None else self.filled.emit(case_id, text, lang)))

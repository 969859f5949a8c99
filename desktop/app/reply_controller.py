"""Triage for the windows: the case's type in words, the suggested reply, the live reply check.

The triage loads once, on a worker, the first time anything needs it; every answer comes back
as a signal, so the UI thread never waits on it.
"""

from __future__ import annotations

import threading
from datetime import datetime
from typing import Callable, NamedTuple

from PySide6.QtCore import QObject, Signal

from desktop.app.tasks import TaskRunner
from desktop.cases.clock import utcnow
from desktop.cases.queries import CaseDetail

__all__ = ["SharedTriage", "ReplyController", "Insight", "Issue", "first_name", "utf16_offsets"]


class SharedTriage:
    """One TriageService for every worker thread, built on first use (it only reads after)."""

    def __init__(self):
        self._lock = threading.Lock()
        self._service = None

    def get(self):
        with self._lock:
            if self._service is None:
                from desktop.triage.service import TriageService

                self._service = TriageService()
            return self._service


class Insight(NamedTuple):
    """What the case panel shows about a case beside its text."""

    case_id: int
    reasons: list[str]   # why it has its type, in the owner's language
    tip: str             # how to treat this kind of complainant, in the owner's language
    reply: str           # the suggested reply ("" when no public reply is advised)
    reply_lang: str
    advice: str          # why there is no public reply ("" when a reply is suggested)
    variant: int


class Issue(NamedTuple):
    """A reply-checker finding with offsets in UTF-16 units, as Qt's text widgets count."""

    start: int
    end: int
    rule: str
    message: str
    better: str
    quote: str       # the words the finding is about
    fix: str         # one click puts this in place of [fix_start, fix_end); "" = no fix
    fix_start: int
    fix_end: int


def utf16_offsets(text: str, positions: list[int]) -> list[int]:
    """Python string offsets (code points) as UTF-16 offsets (emoji count twice)."""
    if text.isascii():
        return positions
    return [len(text[:p].encode("utf-16-le")) // 2 for p in positions]


# Titles people give themselves or the owner types before a name: the greeting has its own.
_TITLES = {"pak", "bapak", "bu", "ibu", "mas", "mbak", "kak", "kakak", "bang", "abang", "adik",
           "encik", "en", "cik", "puan", "pn", "tuan", "tn", "haji", "hj", "hajah", "hjh", "dato",
           "datuk", "datin", "dr", "mr", "mrs", "ms", "miss", "madam", "sir", "uncle", "auntie",
           "aunty", "makcik", "pakcik"}


def first_name(name: str) -> str:
    """How a reply greets someone: "Hendra" for "Pak Hendra Gunawan", not the full name."""
    words = name.split()
    for word in words:
        if word.strip(".'’").lower() not in _TITLES:
            return word
    return words[-1] if words else ""


class ReplyController(QObject):
    insight_ready = Signal(object)
    """An Insight for the case panel."""
    issues_ready = Signal(str, object)
    """(the reply text that was checked, [Issue]) — compare the text before using them."""
    failed = Signal(str, object)
    """(what was being done, the exception)."""

    def __init__(self, runner: TaskRunner, triage: SharedTriage, settings: Callable,
                 ui_language: str, clock: Callable[[], datetime] = utcnow, custom: Callable[[], dict] | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._runner = runner
        self._triage = triage
        self._settings = settings  # () -> ReplySettings, read on the UI thread
        self._custom = custom or (lambda: {})  # () -> the owner's own wordings, by language
        self.ui_language = ui_language
        self._clock = clock

    def warm_up(self) -> None:
        self._runner.read(self._triage.get)

    def describe(self, detail: CaseDetail, lang: str | None = None, variant_from: int = -1) -> None:
        """Reasons, tip and a suggested reply for `detail` (in `lang`, else the customer's).

        `variant_from` asks for another wording than that variant ("suggest another").
        """
        settings, ui, now, custom = self._settings(), self.ui_language, self._clock(), self._custom()

        def work() -> Insight:
            from desktop.triage.complainant import Reason
            from desktop.triage.service import FIRST_REPLY_IN

            service = self._triage.get()
            books = service.playbooks
            reasons = []
            for entry in detail.type_reasons:
                try:
                    reasons.append(Reason(str(entry[0]), int(entry[1]), str(entry[2]), int(entry[3])))
                except (TypeError, ValueError, IndexError):
                    continue  # a damaged entry says nothing; the rest still do
            reasons = [r for r in reasons if r.code in books.book(ui)["reasons"]]
            kind = detail.complainant_type or "newcomer"
            # An unknown language gets English; an unread one the shop's own.
            fallback = "en" if detail.language == "other" else settings.prefer
            reply_lang = books.reply_language(lang or detail.language, fallback=fallback)
            local = now.astimezone()
            s = books.suggest(
                kind=kind, lang=reply_lang, complaint=True, abusive=bool(detail.abusive_terms),
                question="?" in detail.text[:2000], name=first_name(detail.person.name),
                signature=settings.signature, shop=settings.shop_name,
                eta=books.eta(reply_lang, local, local + FIRST_REPLY_IN), seed=str(detail.id),
                avoid=frozenset({variant_from}) if variant_from >= 0 else frozenset(), custom=custom.get(reply_lang))
            # Advice is for the owner: in the owner's language, not the customer's.
            advice = books.no_reply_advice(ui) if s.advice else ""
            return Insight(detail.id, books.reason_texts(reasons, ui), books.tip(kind, ui), s.text,
                           s.lang, advice, s.variant)

        def done(insight, error):
            if error is not None:
                self.failed.emit("insight", error)
            else:
                self.insight_ready.emit(insight)

        self._runner.read(work, callback=done)

    def check(self, text: str, lang: str, customer_name: str) -> None:
        """Run the reply checker on `text` off the UI thread; answers with issues_ready."""
        settings, ui = self._settings(), self.ui_language

        def work() -> list[Issue]:
            findings = self._triage.get().lint(
                text, lang, ui_lang=ui, name=first_name(customer_name),
                signature=settings.signature, require_name=settings.require_name,
                require_signature=settings.require_signature)
            spans = [p for f in findings for p in (f.start, f.end, f.fix_start, f.fix_end)]
            at = iter(utf16_offsets(text, spans))
            return [Issue(next(at), next(at), f.rule, f.message, f.better, text[f.start:f.end],
                          f.fix, next(at), next(at)) for f in findings]

        def done(issues, error):
            if error is not None:
                self.failed.emit("check", error)
            else:
                self.issues_ready.emit(text, issues)

        self._runner.read(work, callback=done)

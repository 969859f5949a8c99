"""Everything the app and the command line ask of the triage, loaded once."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Iterable

from desktop.triage.engine import Past, Triage, Verdict
from desktop.triage.lint import Finding, ReplyChecker
from desktop.triage.playbooks import Playbooks, Suggestion

__all__ = ["Outcome", "TriageService", "FIRST_REPLY_IN", "read_item"]

FIRST_REPLY_IN = timedelta(hours=2)  # the ETA a suggestion promises unless told otherwise


@dataclass
class Outcome:
    verdict: Verdict
    reasons: list[str]       # the type's reasons, in the owner's language
    suggestion: Suggestion

    def to_json(self, item_id=None) -> dict:
        v = self.verdict
        return {"id": item_id, "lang": v.lang, "type": v.type, "type_reasons": self.reasons,
                "complaint": v.complaint, "touchpoint": v.touchpoint, "abusive": v.abusive,
                "abusive_terms": v.abusive_terms, "suggestion": self.suggestion.text,
                "advice": self.suggestion.advice, "hide": self.suggestion.hide}


class TriageService:
    def __init__(self, triage: Triage | None = None, playbooks: Playbooks | None = None):
        self.triage = triage or Triage()
        self.playbooks = playbooks or Playbooks()
        self.checker = ReplyChecker(self.playbooks)

    def run(self, text: str, *, author: str = "", history: Iterable[Past] = (),
            lang: str | None = None, manual_type: str | None = None, ui_lang: str = "en",
            signature: str = "", shop: str = "", prefer: str = "ms", seed: str = "",
            now: datetime | None = None, reply_by: datetime | None = None,
            avoid: frozenset[int] = frozenset()) -> Outcome:
        verdict = self.triage.judge(text, history, lang=lang, manual_type=manual_type, prefer=prefer)
        reply_lang = self.playbooks.reply_language(verdict.lang, fallback=prefer)
        now = now or datetime.now(timezone.utc).astimezone()
        eta = self.playbooks.eta(reply_lang, now, reply_by or now + FIRST_REPLY_IN)
        suggestion = self.playbooks.suggest(
            kind=verdict.type, lang=reply_lang, complaint=verdict.complaint,
            abusive=verdict.abusive, question="?" in (text or ""), name=author,
            signature=signature, shop=shop, eta=eta, seed=seed or text or "", avoid=avoid)
        reasons = self.playbooks.reason_texts(verdict.reasons, ui_lang)
        return Outcome(verdict, reasons, suggestion)

    def lint(self, text: str, lang: str, **options) -> list[Finding]:
        return self.checker.check(text, lang, **options)


def read_item(item) -> dict:
    """Check one `balas triage` input object; raises ValueError naming what is wrong."""
    if not isinstance(item, dict):
        raise ValueError("expected a JSON object")
    text = item.get("text")
    if not isinstance(text, str):
        raise ValueError("'text' must be a string")
    author = item.get("author") or ""
    if not isinstance(author, str):
        raise ValueError("'author' must be a string")
    lang = item.get("lang")
    if lang is not None and lang not in ("ms", "id", "en", "other"):
        raise ValueError("'lang' must be one of ms, id, en, other")
    history = []
    for n, past in enumerate(item.get("history") or []):
        if not isinstance(past, dict) or not isinstance(past.get("text"), str):
            raise ValueError(f"history[{n}] must be an object with a 'text' string")
        days = past.get("days_ago", 0)
        if isinstance(days, bool) or not isinstance(days, (int, float)) or days < 0:
            raise ValueError(f"history[{n}].days_ago must be a number of days, 0 or more")
        history.append(Past(past["text"], int(days)))
    return {"text": text, "author": author, "lang": lang, "history": history}

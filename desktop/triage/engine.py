"""The whole triage of one comment: language, complaint, touchpoint, abuse, type and reasons."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, NamedTuple

from desktop.triage.abuse import AbuseFinder
from desktop.triage.complainant import Earlier, Reason, classify, is_complaint
from desktop.triage.language import LanguageGuesser
from desktop.triage.lexicon import load_toml, triage_dir
from desktop.triage.reading import Reader

__all__ = ["Past", "Verdict", "Triage"]

HISTORY_LIMIT = 50  # the newest earlier comments that count; older ones add little
HISTORY_CACHE = 20_000  # earlier comments whose tone is kept (a few hundred bytes each)


class Past(NamedTuple):
    """One earlier comment by the same person."""

    text: str
    days_ago: int


@dataclass
class Verdict:
    lang: str
    type: str
    reasons: list[Reason]
    complaint: bool
    touchpoint: str | None
    abusive_terms: list[str] = field(default_factory=list)

    @property
    def abusive(self) -> bool:
        return bool(self.abusive_terms)


class Triage:
    """Loaded once (word lists compiled), then used for any number of comments; no I/O after."""

    def __init__(self, folder: Path | None = None):
        folder = folder or triage_dir()
        self.languages = LanguageGuesser(load_toml(folder / "language.toml"))
        self.abuse = AbuseFinder(load_toml(folder / "abuse.toml"))
        self.reader = Reader(load_toml(folder / "signals.toml"))
        # A person's history is read again with each new comment of theirs: keep what each
        # earlier comment said (lru_cache: safe when the app's worker threads triage at once).
        self._earlier = lru_cache(maxsize=HISTORY_CACHE)(self._read_earlier)

    def _read_earlier(self, text: str) -> tuple[int, bool]:
        """An earlier comment's tone (-1, 0, +1) and whether it was hostile (abusive or
        contemptuous): all the type needs of it, small enough to keep many."""
        doc = self.reader.doc(text)
        if self.abuse.find(doc):
            return 0, True  # hostile whatever its tone
        reading = self.reader.read(doc, earlier=True)
        return reading.tone, reading.has("contempt")

    def forget_history(self) -> None:
        """Drop what was kept of earlier comments (for a cold measurement, or to free memory)."""
        self._earlier.cache_clear()

    def language(self, text: str, prefer: str = "ms") -> str:
        doc = self.reader.doc(text)
        return self.languages.guess(doc.text, doc.tokens, prefer)

    def judge(self, text: str, history: Iterable[Past] = (), lang: str | None = None,
              manual_type: str | None = None, prefer: str = "ms") -> Verdict:
        doc = self.reader.doc(text or "")
        reading = self.reader.read(doc)
        abusive = self.abuse.find(doc)
        earlier = []
        for past in sorted(history, key=lambda p: p.days_ago)[:HISTORY_LIMIT]:
            tone, hostile = self._earlier(past.text or "")
            earlier.append(Earlier(tone, hostile, max(0, int(past.days_ago))))
        kind, reasons = classify(reading, abusive, earlier, manual_type, addressed=doc.addressed)
        complaint = is_complaint(reading, abusive, doc.addressed)
        return Verdict(
            lang=lang or self.languages.guess(doc.text, doc.tokens, prefer),
            type=kind, reasons=reasons, complaint=complaint,
            touchpoint=reading.touchpoint if complaint else None, abusive_terms=abusive)

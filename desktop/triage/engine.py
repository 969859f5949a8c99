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
from desktop.triage.reading import Reader, Reading

__all__ = ["Past", "Verdict", "Triage"]

HISTORY_LIMIT = 50  # the newest earlier comments that count; older ones add little
HISTORY_CACHE = 2_000  # earlier comments whose reading is kept (about 2 KB each)


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
        # A person's history is read again with each new comment of theirs: keep the readings
        # (lru_cache: safe when the app's worker threads triage at the same time).
        self._earlier = lru_cache(maxsize=HISTORY_CACHE)(self._read_earlier)

    def _read_earlier(self, text: str) -> tuple[Reading, bool]:
        """An earlier comment's reading and whether it was abusive."""
        doc = self.reader.doc(text)
        return self.reader.read(doc, earlier=True), bool(self.abuse.find(doc))

    def forget_history(self) -> None:
        """Drop the kept readings of earlier comments (for a cold measurement, or to free memory)."""
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
            past_reading, past_abusive = self._earlier(past.text or "")
            earlier.append(Earlier(past_reading, past_abusive, max(0, int(past.days_ago))))
        kind, reasons = classify(reading, abusive, earlier, manual_type, addressed=doc.addressed)
        complaint = is_complaint(reading, abusive, doc.addressed)
        return Verdict(
            lang=lang or self.languages.guess(doc.text, doc.tokens, prefer),
            type=kind, reasons=reasons, complaint=complaint,
            touchpoint=reading.touchpoint if complaint else None, abusive_terms=abusive)

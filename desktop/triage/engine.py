"""The whole triage of one comment: language, complaint, touchpoint, abuse, type and reasons."""

from __future__ import annotations

import logging
import zipfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, NamedTuple

from desktop.triage.abuse import AbuseFinder
from desktop.triage.complainant import TYPES, Earlier, Reason, classify, evidence, is_complaint
from desktop.triage.language import LanguageGuesser
from desktop.triage.lexicon import load_toml, triage_dir
from desktop.triage.model import Models, history_features
from desktop.triage.reading import Reader
from desktop.triage.text import MAX_CHARS

__all__ = ["Past", "Verdict", "Triage"]

log = logging.getLogger(__name__)

HISTORY_LIMIT = 50  # the newest earlier comments that count; older ones add little
HISTORY_CACHE = 20_000  # earlier comments whose tone is kept (a few hundred bytes each)
# The answer blends the learned models' probabilities with the rules' pick (as certainty):
# the models read unseen writers better, the rules know the playbook's cases by heart.
RULES_SHARE = 0.3
MIN_KNOWN = 3  # the models vote only when they know this many different words of the comment
MODEL_FILE = "model.zip"
_USE_FILE = object()


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

    def __init__(self, folder: Path | None = None, models: Models | None | object = _USE_FILE):
        """`models`: the learned models (default: the model file, when there is one); None:
        the rules alone."""
        folder = folder or triage_dir()
        self.models: Models | None = _load_models(folder / MODEL_FILE) if models is _USE_FILE else models
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

    def history_numbers(self, history: Iterable[Past] = ()) -> list[float]:
        """The learned type model's view of a person's history (model.history_features)."""
        return history_features(self._read_history(history))

    def _read_history(self, history: Iterable[Past]) -> list[Earlier]:
        earlier = []
        for past in sorted(history, key=lambda p: p.days_ago)[:HISTORY_LIMIT]:
            # Kept by the part the triage reads: a 1 MB comment is no 1 MB key.
            tone, hostile = self._earlier((past.text or "")[:MAX_CHARS])
            earlier.append(Earlier(tone, hostile, max(0, int(past.days_ago))))
        return earlier

    def judge(self, text: str, history: Iterable[Past] = (), lang: str | None = None,
              manual_type: str | None = None, prefer: str = "ms") -> Verdict:
        doc = self.reader.doc(text or "")
        reading = self.reader.read(doc)
        abusive = self.abuse.find(doc)
        earlier = self._read_history(history)
        kind, reasons = classify(reading, abusive, earlier, manual_type, addressed=doc.addressed)
        complaint = is_complaint(reading, abusive, doc.addressed)
        touchpoint = reading.touchpoint
        language = lang or self.languages.guess(doc.text, doc.tokens, prefer)
        # The models vote when they know enough of the comment's words; text in another script
        # stays "other" whatever they say of its language.
        opinion = None
        if self.models is not None:
            opinion = self.models.judge(doc.text, doc.words, history_features(earlier))
        if opinion is not None and opinion.known >= MIN_KNOWN:
            complaint = _blend({True: opinion.complaint, False: 1 - opinion.complaint}, complaint)
            touchpoint = _blend(opinion.touchpoint, touchpoint)
            if not lang and not self.languages.other_script(doc.text):
                language = _blend(opinion.lang, language)
            if manual_type not in TYPES:
                rules_kind, kind = kind, _blend(opinion.type, kind)
                if kind != rules_kind:
                    words = self.models.pointers(opinion.words, toward=kind, away=rules_kind)
                    reasons = evidence(kind, reading, abusive, earlier, complaint)
                    reasons.append(Reason("words", quote="”, “".join(words)) if words
                                   else Reason("learned"))
        return Verdict(
            lang=language, type=kind, reasons=reasons, complaint=complaint,
            touchpoint=touchpoint if complaint else None, abusive_terms=abusive)


def _load_models(path: Path) -> Models | None:
    """The learned models, or None (the rules alone) when the file is missing or damaged."""
    try:
        return Models(path)
    except FileNotFoundError:
        log.info("no triage models at %s: the rules decide alone", path)
    except (OSError, ValueError, KeyError, TypeError, zipfile.BadZipFile) as error:
        log.warning("triage models not loaded from %s (%s): the rules decide alone", path, error)
    return None


def _blend(probabilities: dict, rules_pick):
    """The answer with the highest share of the models' probability and the rules' pick."""
    return max(probabilities, key=lambda answer: (1 - RULES_SHARE) * probabilities[answer]
               + RULES_SHARE * (answer == rules_pick))

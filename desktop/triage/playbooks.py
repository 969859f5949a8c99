"""The reply playbooks (resources/playbooks/<lang>.toml): suggested replies, tips, reasons, ETAs."""

from __future__ import annotations

import random
import re
import zlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from desktop.triage.complainant import Reason
from desktop.triage.lexicon import load_toml

__all__ = ["PLAYBOOK_LANGUAGES", "Suggestion", "Playbooks", "playbooks_dir", "bare_signature"]

PLAYBOOK_LANGUAGES = ("en", "ms", "id")
FALLBACK = "en"
REPLY_TYPES = ("newcomer", "extreme_critic", "lapsed_loyal", "loyal_fan")
EDITABLE_SECTIONS = (*REPLY_TYPES, "question", "thanks")  # what the owner may reword in Settings
MAX_OWN_VARIANTS, MAX_VARIANT_CHARS = 20, 2000


def playbooks_dir() -> Path:
    from desktop.paths import resources_dir

    return resources_dir() / "playbooks"


@dataclass(frozen=True)
class Suggestion:
    text: str          # empty when no public reply is advised
    lang: str
    kind: str          # the playbook section it came from
    variant: int
    advice: str = ""   # why there is no public reply, or what else to do (hide)
    hide: bool = False


_SPACE_BEFORE_MARK = re.compile(r"[ \t]+([,.!?;:])")


_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _fill(template: str, **values) -> str:
    """Placeholders filled; unknown ones and stray braces (":{" typed by the owner) stay as they
    are; an empty value leaves no stray space before punctuation."""
    if "{" not in template:
        return template
    text = _PLACEHOLDER.sub(lambda m: str(values[m.group(1)]) if m.group(1) in values else m.group(0), template)
    return _SPACE_BEFORE_MARK.sub(r"\1", text) if "" in values.values() else text


def bare_signature(signature: str) -> str:
    """ "— Limah (ML)" as "Limah (ML)": how a reply signs and how the checker looks for it."""
    return signature.strip().lstrip("-–— ").strip()


def _plural(entry, n: int) -> str:
    if isinstance(entry, dict):
        return entry["one"] if n == 1 and "one" in entry else entry["other"]
    return entry


class Playbooks:
    def __init__(self, folder: Path | None = None):
        folder = folder or playbooks_dir()
        self._books = {lang: load_toml(folder / f"{lang}.toml") for lang in PLAYBOOK_LANGUAGES}

    def book(self, lang: str | None) -> dict:
        return self._books.get(lang or FALLBACK) or self._books[FALLBACK]

    def reply_language(self, lang: str | None, fallback: str = FALLBACK) -> str:
        return lang if lang in self._books else (fallback if fallback in self._books else FALLBACK)

    # -- what to say -------------------------------------------------------------------------

    def suggest(self, *, kind: str, lang: str | None, complaint: bool, abusive: bool,
                question: bool = False, name: str = "", signature: str = "", shop: str = "",
                eta: str = "", seed: str = "", avoid: frozenset[int] = frozenset(),
                custom: dict[str, list[str]] | None = None) -> Suggestion:
        """A reply for this person in their language, or none (with why) for an active hater.
        `custom`: the owner's own wordings for this language, by section, in place of ours."""
        lang = self.reply_language(lang)
        book = self.book(lang)
        replies = book["replies"]
        if kind == "active_hater":
            return Suggestion("", lang, "active_hater", -1, self.no_reply_advice(lang), hide=abusive)
        section = kind if complaint and kind in REPLY_TYPES else (
            "newcomer" if complaint else "question" if question else "thanks")
        variants = (custom or {}).get(section) or replies[section]["variants"]
        index = self._pick(len(variants), seed, avoid)
        text = self.fill(variants[index], lang, name=name, signature=signature, shop=shop, eta=eta)
        return Suggestion(text, lang, section, index, hide=False)

    def fill(self, template: str, lang: str, *, name: str, signature: str, shop: str, eta: str) -> str:
        """A reply template ({name}, {signature}, {shop}, {eta}) made ready to send; what is not
        known reads as a plain word of `lang` ("there", "the team"); other braces stay as typed."""
        words = self.book(lang)["words"]
        return _fill(template, name=" ".join(name.split())[:60] or words["customer"],
                     signature=bare_signature(signature) or words["team"],  # templates put their own dash
                     shop=shop or words["shop"], eta=eta or words["eta_soon"])

    def no_reply_advice(self, lang: str | None) -> str:
        """Why an active hater gets no public reply."""
        return self.book(lang)["replies"]["active_hater"]["reason"]

    def variants(self, section: str, lang: str) -> list[str]:
        return list(self.book(lang)["replies"][section]["variants"])

    @staticmethod
    def _pick(count: int, seed: str, avoid: frozenset[int]) -> int:
        """Stable for one comment, different between comments, skipping recently used ones."""
        start = zlib.crc32(seed.encode("utf-8", "replace")) % count if seed else random.randrange(count)
        for step in range(count):
            index = (start + step) % count
            if index not in avoid:
                return index
        return start

    def tip(self, kind: str, lang: str) -> str:
        return self.book(lang)["tips"].get(kind, "")

    # -- when they will hear back ----------------------------------------------------------

    def eta(self, lang: str, now: datetime, due: datetime) -> str:
        """'within 2 hours', 'before 3:00 pm today', 'tomorrow before 10:00 am', in `lang`."""
        book = self.book(lang)["eta"]
        left = due - now
        if left <= timedelta(minutes=59):
            n = max(5, -(-int(left.total_seconds()) // 300) * 5)
            return _fill(_plural(book["minutes"], n), n=n)
        if left <= timedelta(hours=6) and due.date() == now.date():
            n = -(-int(left.total_seconds()) // 3600)
            return _fill(_plural(book["hours"], n), n=n)
        clock = self._clock(lang, due)
        if due.date() == now.date():
            return _fill(book["today"], time=clock)
        if due.date() == (now + timedelta(days=1)).date():
            return _fill(book["tomorrow"], time=clock)
        return _fill(book["weekday"], day=book["days"][due.weekday()], time=clock)

    @staticmethod
    def _clock(lang: str, moment: datetime) -> str:
        """3:00 pm (en), 3:00 petang (ms), 15.00 (id): how each writes a time of day."""
        if lang == "id":
            return moment.strftime("%H.%M")
        twelve = f"{moment.hour % 12 or 12}:{moment.minute:02d}"
        if lang == "ms":
            part = ("pagi" if moment.hour < 12 else "tengah hari" if moment.hour < 14
                    else "petang" if moment.hour < 19 else "malam")
            return f"{twelve} {part}"
        return f"{twelve} {'am' if moment.hour < 12 else 'pm'}"

    # -- why this type ---------------------------------------------------------------------

    def reason_texts(self, reasons: list[Reason], lang: str) -> list[str]:
        texts = self.book(lang)["reasons"]
        out = []
        for reason in reasons:
            template = _plural(texts[reason.code], reason.count)
            values = {"n": reason.count, "quote": reason.quote}
            if "{span}" in template:
                values["span"] = self._span(texts["span"], reason.days)
            out.append(_fill(template, **values))
        return out

    @staticmethod
    def _span(spans: dict, days: int) -> str:
        if days >= 365:
            n = round(days / 365)
            return _fill(_plural(spans["years"], n), n=n)
        if days >= 60:
            n = round(days / 30)
            return _fill(_plural(spans["months"], n), n=n)
        n = max(1, days)
        return _fill(_plural(spans["days"], n), n=n)


def clean_custom(data) -> dict[str, dict[str, list[str]]]:
    """The owner's own wordings as kept ({lang: {section: [text, …]}}), with anything odd left
    out: unknown languages or sections, empty or overlong texts, more than MAX_OWN_VARIANTS."""
    clean: dict[str, dict[str, list[str]]] = {}
    if not isinstance(data, dict):
        return clean
    for lang, sections in data.items():
        if lang not in PLAYBOOK_LANGUAGES or not isinstance(sections, dict):
            continue
        for section, texts in sections.items():
            if section not in EDITABLE_SECTIONS or not isinstance(texts, list):
                continue
            kept = [t.strip() for t in texts if isinstance(t, str) and 0 < len(t.strip()) <= MAX_VARIANT_CHARS]
            if kept:
                clean.setdefault(lang, {})[section] = kept[:MAX_OWN_VARIANTS]
    return clean

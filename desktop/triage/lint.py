"""The reply checker: what a reply should not say (PLAYBOOK §2), each finding with a better phrasing."""

from __future__ import annotations

import re
from typing import NamedTuple

from desktop.triage.playbooks import Playbooks, bare_signature

__all__ = ["Finding", "ReplyChecker"]

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A phone number: + or 0 then 8 to 13 digits, spaces, dots or dashes between (not a date or price).
_PHONE = re.compile(r"(?<![\w/.,])(?:\+\d{1,3}[\s.-]?|0)\d{1,4}(?:[\s.-]?\d){6,10}(?![\w/])")
_CAPS_WORD = re.compile(r"\b[^\W\d_]{2,}\b")
CAPS_RUN = 3      # this many shouting words in a row is ALL CAPS
CAPS_SHARE = 0.6  # or this share of a reply's letters in capitals (with at least 12 letters)


class Finding(NamedTuple):
    start: int        # offsets into the reply text
    end: int
    rule: str
    message: str      # why, in the owner's language
    better: str       # a better phrasing, in the reply's language ("" when there is none)
    fix: str = ""     # what one click puts in place of text[fix_start:fix_end] ("" = none)
    fix_start: int = 0
    fix_end: int = 0  # a phrasing replaces its whole sentence; other fixes replace the span

    def to_json(self, text: str) -> dict:
        return {"start": self.start, "end": self.end, "text": text[self.start:self.end],
                "rule": self.rule, "message": self.message, "better": self.better,
                "fix": self.fix, "fix_start": self.fix_start, "fix_end": self.fix_end}


class ReplyChecker:
    def __init__(self, playbooks: Playbooks):
        self._books = playbooks
        self._rules: dict[str, list[tuple[str, re.Pattern]]] = {}

    def _patterns(self, lang: str) -> list[tuple[str, re.Pattern]]:
        if lang not in self._rules:
            compiled = []
            for rule, spec in self._books.book(lang)["lint"].items():
                for pattern in spec.get("patterns", ()):
                    compiled.append((rule, re.compile(pattern, re.IGNORECASE)))
            self._rules[lang] = compiled
        return self._rules[lang]

    def check(self, text: str, lang: str, *, ui_lang: str | None = None, name: str = "",
              signature: str = "", require_name: bool = False,
              require_signature: bool = False) -> list[Finding]:
        """Findings in the order they appear; a reply with none is fine to send."""
        lang = self._books.reply_language(lang)
        ui = self._books.book(ui_lang or lang)
        messages = ui["lint_messages"]
        book = self._books.book(lang)
        found: list[Finding] = []

        def add(start: int, end: int, rule: str, better: str = "", fix: str | None = None) -> None:
            if not any(f.rule == rule and f.start < end and start < f.end for f in found):
                if fix is None:  # a better sentence takes the place of the whole sentence
                    fix_start, fix_end = _sentence(text, start, end)
                    fix = better
                else:
                    fix_start, fix_end = start, end
                found.append(Finding(start, end, rule, messages[rule], better, fix,
                                     fix_start, fix_end))

        # Patterns see one space for any run of whitespace; map offsets back to the text.
        flat, offsets = _flatten(text)
        for rule, pattern in self._patterns(lang):
            for match in pattern.finditer(flat):
                if match.end() > match.start():
                    add(offsets[match.start()], offsets[match.end() - 1] + 1, rule,
                        book["lint"][rule].get("say_instead", ""))
        extra = book["lint_extra"]
        for match in _EMAIL.finditer(text):
            add(match.start(), match.end(), "email", extra["email"])
        for match in _PHONE.finditer(text):
            add(match.start(), match.end(), "phone", extra["phone"])
        self._caps(text, add, extra["all_caps"], frozenset(_CAPS_WORD.findall(f"{name} {signature}")))
        if require_name and name.strip() and not _mentions(text, name):
            greeting = book["words"]["greeting"].replace("{name}", name.strip())
            add(0, 0, "missing_name", extra["missing_name"].replace("{name}", name.strip()),
                greeting + ("\n" if "\n" in text else " "))
        signature = bare_signature(signature)
        if require_signature and signature and signature.lower() not in text.lower():
            add(len(text), len(text), "missing_signature",
                extra["missing_signature"].replace("{signature}", signature),
                ("\n" if text.strip() else "") + "– " + signature)
        found.sort(key=lambda f: (f.start, f.end))
        return found

    @staticmethod
    def _caps(text: str, add, better: str, keep: frozenset[str]) -> None:
        letters = [ch for ch in text if ch.isalpha()]
        upper = sum(ch.isupper() for ch in letters)
        cased = sum(ch.isupper() or ch.islower() for ch in letters)
        if cased >= 12 and upper / cased >= CAPS_SHARE:
            add(0, len(text), "all_caps", better, _calm(text, keep))
            return
        run: list[re.Match] = []
        for word in _CAPS_WORD.finditer(text):
            if word.group().isupper():
                run.append(word)
                continue
            if len(run) >= CAPS_RUN:
                add(run[0].start(), run[-1].end(), "all_caps", better,
                    _calm(text[run[0].start():run[-1].end()], keep))
            run = []
        if len(run) >= CAPS_RUN:
            add(run[0].start(), run[-1].end(), "all_caps", better,
                _calm(text[run[0].start():run[-1].end()], keep))


_SENTENCE_END = re.compile(r"[.!?\n]+\s*")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around text[start:end]: from after the previous stop to its own stop."""
    begin = 0
    for stop in _SENTENCE_END.finditer(text, 0, start):
        begin = stop.end()
    stop = _SENTENCE_END.search(text, max(end, begin))
    finish = len(text) if stop is None else stop.start() + len(stop.group().rstrip())
    if stop is not None and "\n" in stop.group():
        finish = stop.start()  # a line break stays where it is
    return begin, finish


def _calm(shouted: str, keep: frozenset[str] = frozenset()) -> str:
    """Shouting in sentence case: words in capitals lowered (but `keep`, such as the owner's
    initials), each sentence starting with a capital."""
    lowered = _CAPS_WORD.sub(lambda m: m.group() if m.group() in keep or not m.group().isupper()
                             else m.group().lower(), shouted)
    return re.sub(r"(^|[.!?]\s+)(\w)", lambda m: m.group(1) + m.group(2).upper(), lowered)


def _flatten(text: str) -> tuple[str, list[int]]:
    """Whitespace runs as one space, and where each character came from."""
    out, offsets = [], []
    for match in re.finditer(r"\s+|\S+", text):
        piece = match.group()
        if piece[0].isspace():
            out.append(" ")
            offsets.append(match.start())
        else:
            out.append(piece)
            offsets.extend(range(match.start(), match.end()))
    return "".join(out), offsets


def _mentions(text: str, name: str) -> bool:
    """The reply uses the customer's name (the first name is enough)."""
    lowered = text.lower()
    parts = [p for p in re.split(r"\W+", name.lower()) if len(p) >= 2]
    return any(part in lowered for part in parts[:2]) if parts else True

"""Word lists from resources/triage/, compiled once into one index that a comment is read against."""

from __future__ import annotations

import bisect
import re
import tomllib
from collections import defaultdict
from functools import cached_property
from pathlib import Path
from typing import NamedTuple

from desktop.triage.text import Token, forms, plain, tokenize

__all__ = ["NEG", "Hit", "Doc", "PhraseIndex", "load_toml", "triage_dir"]

NEG = "NEG"


def triage_dir() -> Path:
    from desktop.paths import resources_dir

    return resources_dir() / "triage"


def load_toml(path: Path) -> dict:
    with path.open("rb") as handle:
        return tomllib.load(handle)


class Hit(NamedTuple):
    category: str
    entry: str      # the list entry as written, e.g. "NEG sampai"
    start: int      # token indexes, end exclusive
    end: int


_CLAUSE_END = re.compile(r"[,.;:!?\n—–]")
_SENTENCE_END = re.compile(r"[.;!?\n—–]")
NEGATION_REACH = 2  # "tak pernah kecewa": a negation reaches two words on...
# ...not counting the small words between ("tak ada apa nak komplen", "nothing to complain about").
NEGATION_SKIPS = frozenset((
    "ada", "apa", "apa2", "yang", "yg", "nak", "perlu", "to", "about", "any", "a", "the", "at",
    "all", "really", "very", "sangat", "sgt", "so", "that", "pun", "lah", "langsung", "be", "is",
    "was", "it", "sih", "terlalu", "too", "begitu", "macam", "dengan", "dgn"))
# "Tak sangka sedap", "not gonna lie": these words take the negation for themselves.
NEGATION_STOPS = frozenset((
    "sangka", "nyangka", "menyangka", "sangkakan", "expect", "expected", "expecting", "thought",
    "lie", "kira", "tahu", "tau", "know", "sure", "pasti", "wait", "sabar"))


class Doc:
    """A comment made ready for lookups: tokens, the roots each may come from, negations."""

    def __init__(self, text: str, negators: frozenset[str]):
        # "@Zack you idiot" talks to another commenter, not about the shop.
        self.addressed = text.lstrip().startswith("@")
        self.text = plain(text)
        self.tokens: list[Token] = tokenize(self.text)
        self.words = [t.word for t in self.tokens]
        self.forms = [forms(w) for w in self.words]
        self.negated = [w in negators for w in self.words]
        self.under_negation = self._under_negation() if any(self.negated) else [False] * len(self.words)

    def _under_negation(self) -> list[bool]:
        """Whether a negation word shortly before flips each token's meaning."""
        out, reach = [], 0
        clause_breaks = self.clause_breaks
        for i, (token, negator) in enumerate(zip(self.tokens, self.negated)):
            # A comma or full stop ends what a negation can reach: "less ice, pinter bgt".
            if reach and i in clause_breaks:
                reach = 0
            out.append(reach > 0 and not negator)
            if negator:
                reach = NEGATION_REACH
            elif reach and token.word in NEGATION_STOPS:
                reach = 0
            elif reach and token.word not in NEGATION_SKIPS:
                reach -= 1
        return out

    @cached_property
    def _gaps(self) -> tuple[frozenset[int], frozenset[int]]:
        """Token indexes after a sentence end, and after any clause end (comma, colon…)."""
        tokens, text = self.tokens, self.text
        sentences, clauses = [], []
        for i in range(1, len(tokens)):
            a, b = tokens[i - 1].end, tokens[i].start
            if b == a + 1 and text[a] == " ":
                continue
            if _CLAUSE_END.search(text, a, b):
                clauses.append(i)
                if _SENTENCE_END.search(text, a, b):
                    sentences.append(i)
        return frozenset(sentences), frozenset(clauses)

    @property
    def breaks(self) -> frozenset[int]:
        """Token indexes that start a new sentence: a phrase does not run across them."""
        return self._gaps[0]

    @property
    def clause_breaks(self) -> frozenset[int]:
        """Token indexes that start a new clause: a negation does not reach past them."""
        return self._gaps[1]

    @cached_property
    def _starts(self) -> list[int]:
        return [t.start for t in self.tokens]

    def token_at(self, offset: int) -> int:
        """The index of the token at or after a character offset."""
        starts = self._starts
        return min(bisect.bisect_left(starts, offset), max(0, len(starts) - 1))

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Character offsets (in the plain text) of tokens start..end-1."""
        return self.tokens[start].start, self.tokens[end - 1].end

    def quote(self, start: int, end: int) -> str:
        a, b = self.span(start, end)
        return self.text[a:b]


class PhraseIndex:
    """Many named lists of words and phrases, found in one pass over a comment."""

    def __init__(self):
        self._single: dict[str, list[tuple[str, str]]] = defaultdict(list)
        # first word -> second word -> phrases: most tokens rule out every phrase at once.
        self._multi: dict[str, dict[str, list[tuple[str, str, tuple[str, ...]]]]] = defaultdict(
            lambda: defaultdict(list))
        self._keys: frozenset[str] = frozenset()

    def add(self, category: str, entries) -> None:
        for entry in entries:
            # Split as comments are split, so "won't" and "e-wallet" meet their tokens.
            words = tuple(NEG if t.raw == "neg" and NEG in entry else t.word for t in tokenize(entry))
            if len(words) == 1:
                self._single[words[0]].append((category, entry))
            elif words:
                self._multi[words[0]][words[1]].append((category, entry, words))
        self._keys = frozenset(self._single) | frozenset(self._multi)

    def find(self, doc: Doc) -> list[Hit]:
        hits: list[Hit] = []
        forms, negated, count = doc.forms, doc.negated, len(doc.tokens)
        single, multi, known = self._single, self._multi, self._keys
        breaks = None  # where sentences end, worked out only when a phrase could cross one
        for i in range(count):
            keys = forms[i] & known
            if negated[i]:
                keys = keys | {NEG}
            for key in keys:
                for category, entry in single.get(key, ()):
                    hits.append(Hit(category, entry, i, i + 1))
                seconds = multi.get(key)
                if not seconds or i + 1 >= count:
                    continue
                if breaks is None:
                    breaks = doc.breaks
                if i + 1 in breaks:
                    continue
                nexts = forms[i + 1] & seconds.keys()
                if negated[i + 1] and NEG in seconds:
                    nexts = nexts | {NEG}
                for second in nexts:
                    for category, entry, words in seconds[second]:
                        end = i + len(words)
                        if end <= count and all(
                                ((w == NEG and negated[j]) or w in forms[j]) and j not in breaks
                                for j, w in zip(range(i + 2, end), words[2:])):
                            hits.append(Hit(category, entry, i, end))
        # In reading order, longer phrases first: the same answer whatever order sets iterate in
        # (it changes with Python's hash seed from run to run).
        return sorted(dict.fromkeys(hits), key=lambda h: (h.start, h.start - h.end, h.category, h.entry))

"""Profanity, insults and hateful words, also when disguised (b0doh, f*ck, s i a l, bodohhh)."""

from __future__ import annotations

import re

from desktop.triage.lexicon import Doc
from desktop.triage.text import squeeze, stems, unleet

__all__ = ["AbuseFinder"]

_REPEATS = re.compile(r"(.)\1{2,}")
_MODEL = re.compile(r"^[a-z]{1,3}\d{2,}$|\d\d$")
# Amounts written with a unit ("900k", "75rb", "2jt"): a price, not digits standing for letters.
_AMOUNT = re.compile(r"^\d+(?:[.,]\d+)?(?:k|rb|jt|m|mil)$")
_SENTENCE_END = re.compile(r"[.!?\n]")
_CLAUSE_END = re.compile(r"[.!?\n,;:]")
_UNSEEN = object()  # a token not looked up yet
# Letters of scripts written without spaces between words (Thai, Devanagari, Tamil, CJK, Hangul).
_SPACELESS = re.compile("[\u0900-\u0dff\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


class AbuseFinder:
    def __init__(self, lists: dict):
        self._words = frozenset(w.lower() for w in lists["words"])
        self._animals = frozenset(w.lower() for w in lists["animals"])
        self._contexts = frozenset(w.lower() for w in lists["animal_contexts"])
        self._all = self._words | self._animals
        self._clean = frozenset(w.lower() for w in lists.get("not_abuse", ()))
        # 'bodohhh' -> 'bodoh'; only for words that stay long enough to be unmistakable.
        self._squeezed = {squeeze(w): w for w in self._all if len(squeeze(w)) >= 4}
        self._phrases: dict[str, list[tuple[str, ...]]] = {}
        for phrase in lists["phrases"]:
            words = tuple(phrase.lower().split())
            self._phrases.setdefault(words[0], []).append(words)
        self._roots: dict[str, str | None] = {}
        # Insults in scripts written without spaces: searched inside the text, only when it has
        # letters of those scripts.
        inside = [re.escape(w) for w in lists.get("inside", ())]
        self._inside = re.compile("|".join(inside), re.I) if inside else None

    def _root(self, raw: str, word: str) -> str | None:
        """The listed word this token stands for, or None (kept by `raw`: `word` is its letters)."""
        root = self._roots.get(raw, _UNSEEN)
        if root is _UNSEEN:
            if len(self._roots) > 100_000:
                self._roots.clear()
            root = self._roots[raw] = self._lookup(raw, word)
        return root

    def _lookup(self, raw: str, word: str) -> str | None:
        if word in self._clean:
            return None
        if "*" in raw or "#" in raw or "%" in raw:
            return self._unmask(raw)
        # Digits stand for letters in b0doh or anj1ng, not in a model name (a55, s23, x100).
        if _MODEL.search(raw) or _AMOUNT.match(raw):
            return None
        plain = unleet(raw) if not raw.isalpha() else word
        plain = "".join(ch for ch in plain if ch.isalpha())
        if not plain:
            return None
        for candidate in (plain, _REPEATS.sub(r"\1\1", plain)):
            if candidate in self._all:
                return candidate
        squeezed = squeeze(plain)
        if squeezed in self._squeezed:
            return self._squeezed[squeezed]
        for form in stems(squeezed if squeezed != plain else plain):
            # "stupidly good" praises; "-ly" makes an insult an adverb.
            if plain.endswith("ly") and form == plain[:-2]:
                continue
            if form in self._all and len(form) >= 3:
                return form
            if len(form) >= 4 and form in self._squeezed:
                return self._squeezed[form]
        return None

    def _unmask(self, raw: str) -> str | None:
        """f*ck, p**imak, anj*ng: a run of k stars hides k letters (one star: one or two);
        plurals too (d*ckheads, b*tches)."""
        if len(raw.strip("*#%")) < 1 or not raw[0].isalnum():
            return None
        found = self._masked(raw)
        if found is None and raw.endswith("s") and raw[-2:-1].isalpha():
            for cut in (2, 1) if raw.endswith("es") else (1,):
                found = self._masked(raw[:-cut])
                if found:
                    break
        return found

    def _masked(self, raw: str) -> str | None:
        parts = []
        for run in re.finditer(r"[*#%]+|[^*#%]+", raw):
            piece = run.group()
            if piece[0] in "*#%":
                parts.append(".{1,2}" if len(piece) == 1 else f".{{{len(piece)}}}")
            else:
                parts.append(re.escape("".join(ch for ch in unleet(piece) if ch.isalpha())))
        pattern = re.compile("".join(parts) + "$")
        first = unleet(raw[0])
        for word in self._all:
            if word[0] == first and pattern.match(word):
                return word
        return None

    def find(self, doc: Doc) -> list[str]:
        """The abusive words as written in the comment (lower case), in order, once each."""
        found: list[str] = []
        tokens = doc.tokens
        words = [t.word for t in tokens]
        roots = [self._root(t.raw, t.word) for t in tokens]
        for i, root in enumerate(roots):
            if root is None:
                continue
            if root in self._animals and not self._aimed(doc, words, i):
                continue
            found.append(tokens[i].raw)
        found.extend(self._spelled_out(doc))
        found.extend(self._phrases_in(words, roots))
        text = doc.text
        if self._inside is not None and not text.isascii() and _SPACELESS.search(text):
            found.extend(m.group().lower() for m in self._inside.finditer(text))
        unique = list(dict.fromkeys(found))
        return unique

    def _aimed(self, doc: Doc, words: list[str], i: int) -> bool:
        """An animal word is abuse unless a food, label or pet word stands right beside it
        in the same sentence ("seluar aku. Kedai babi." is aimed)."""
        tokens, text = doc.tokens, doc.text
        near = []
        for j in (i - 1, i - 2, i + 1):
            if 0 <= j < len(words):
                a, b = (tokens[j].end, tokens[i].start) if j < i else (tokens[i].end, tokens[j].start)
                # A word after a comma starts something else: "diam la lembu, aku cakap".
                if not (_SENTENCE_END if j < i else _CLAUSE_END).search(text, a, b):
                    near.append(words[j])
                elif j < i:
                    break
        return not any(w in self._contexts for w in near)

    def _spelled_out(self, doc: Doc) -> list[str]:
        """'s i a l', 'f u c k': single letters in a row that spell a listed word."""
        if sum(len(w) == 1 for w in doc.words) < 3:
            return []  # most comments: not three single letters anywhere
        found, run = [], []
        for token in doc.tokens + [None]:
            if token is not None and len(token.word) == 1 and token.word.isalpha() and (
                    not run or token.start - run[-1].end <= 2):
                run.append(token)
                continue
            if len(run) >= 3:
                joined = unleet("".join(t.word for t in run))
                root = self._root(joined, joined)
                if root:
                    found.append(doc.text[run[0].start:run[-1].end].lower())
            run = [token] if token is not None and len(token.word) == 1 and token.word.isalpha() else []
        return found

    def _phrases_in(self, words: list[str], roots: list[str | None]) -> list[str]:
        if self._phrases.keys().isdisjoint(words) and not any(roots):
            return []  # most comments: no word that starts a phrase
        found = []
        for i, word in enumerate(words):
            for phrase in self._phrases.get(roots[i] or word, ()):
                n = len(phrase)
                if i + n <= len(words) and all(
                        words[i + k] == phrase[k] or roots[i + k] == phrase[k] for k in range(1, n)):
                    found.append(" ".join(words[i:i + n]))
        return found

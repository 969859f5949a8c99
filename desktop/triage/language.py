"""Malay, Indonesian, English or other, from the grammar words of short informal text."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from desktop.triage.text import Token

__all__ = ["LANGUAGES", "OTHER", "LanguageGuesser"]

LANGUAGES = ("ms", "id", "en")
OTHER = "other"

_ASCII_LETTER = re.compile(r"[A-Za-z]")

STRONG, WEAK, SHARED, EN_CONTENT, OTHER_WORD = 3.0, 1.0, 1.0, 0.5, 2.0
# Money written against a number ("75rb", "rp15.000", "rm12", "2jt"): whose currency it is.
_UNITS = {"rb": "id", "ribu": "id", "jt": "id", "rp": "id", "rm": "ms", "sen": "ms", "ringgit": "ms"}
_DIGITS = "0123456789.,"
# Letters only Vietnamese writes (ơ, ư, đ and the stacked marks of U+1EA0-U+1EF9).
_VIETNAMESE = re.compile("[\u01a0\u01a1\u01af\u01b0\u0110\u0111\u1ea0-\u1ef9]")


def _latin_share(text: str) -> tuple[int, int]:
    """(letters, Latin letters without Vietnamese-style stacked marks)."""
    if text.isascii():
        # Only "any letters?" and the share of Latin ones matter, and ASCII letters are Latin.
        letters = 1 if _ASCII_LETTER.search(text) else 0
        return letters, letters
    letters = latin = 0
    for ch in text:
        if ch.isalpha():
            letters += 1
            latin += ch.isascii() or _latin(ch)
    return letters, latin


@lru_cache(maxsize=4096)
def _latin(ch: str) -> bool:
    """é in a French word is Latin; ở, ư, ạ mark Vietnamese, not ms/id/en."""
    if not unicodedata.name(ch, "").startswith("LATIN"):
        return False
    decomposed = unicodedata.normalize("NFD", ch)
    return len(decomposed) <= 2 and decomposed[0].isascii() and ch not in "ơưđ"


class LanguageGuesser:
    def __init__(self, lists: dict):
        self._weights: dict[str, tuple[str, float]] = {}
        for lang, weight, words in (
                ("ms", STRONG, lists["ms"].get("strong", ())), ("ms", WEAK, lists["ms"].get("words", ())),
                ("id", STRONG, lists["id"].get("strong", ())), ("id", WEAK, lists["id"].get("words", ())),
                ("msid", SHARED, lists["shared"]["words"]),
                ("en", 1.5, lists["en"]["strong"]), ("en", EN_CONTENT, lists["en"].get("words", ())),
                (OTHER, OTHER_WORD, lists["other"]["words"])):
            for word in words:
                self._weights.setdefault(word.lower(), (lang, weight))

    def scores(self, tokens: list[Token]) -> dict[str, float]:
        scores = dict.fromkeys(("ms", "id", "msid", "en", OTHER, "money:ms", "money:id"), 0.0)
        weights = self._weights
        previous = ""
        for token in tokens:
            word = token.word
            found = weights.get(word)
            if found is None and len(word) > 5 and word.endswith("nya"):
                found = weights.get(word[:-3])  # "ukurannya", "kayaknya": the word itself
            if found:
                # "berapa x berapa", "2 x 3": a size, not the Malaysian negation.
                if word != "x" or not (previous == "berapa" or previous[-1:].isdigit()):
                    scores[found[0]] += found[1]
            elif not word.isalpha():
                # "75rb", "rm12": whose money, a hint between Malay and Indonesian only
                # (Malaysians writing English use RM too).
                unit = _UNITS.get(word.strip(_DIGITS))
                if unit:
                    scores["money:" + unit] += WEAK
            elif word[0] == "x" and len(word) > 4 and weights.get(word[1:], ("en",))[0] != "en":
                # "xsampai", "xboleh": the Malaysian negation written against the word.
                scores["ms"] += STRONG
            elif len(word) >= 5 and word.endswith(("ed", "ly")):
                scores["en"] += EN_CONTENT  # "charged", "seriously": English endings
            previous = word
        return scores

    @staticmethod
    def other_script(text: str) -> bool:
        """No letters, mostly letters of other scripts, or Vietnamese: none of ms, id, en."""
        letters, latin = _latin_share(text)
        return (letters == 0 or latin < letters * 0.5
                or (not text.isascii() and len(_VIETNAMESE.findall(text)) >= 2))

    def guess(self, text: str, tokens: list[Token], prefer: str = "ms") -> str:
        if self.other_script(text):
            return OTHER
        s = self.scores(tokens)
        malay_family = s["msid"] + max(s["ms"], s["id"])
        best = max(malay_family, s["en"], s[OTHER])
        if best < 1.0:
            return OTHER
        if s[OTHER] == best and s[OTHER] > malay_family:
            return OTHER
        if s["en"] > malay_family:
            return "en"
        if s["ms"] == s["id"]:
            if s["money:ms"] != s["money:id"]:
                return "ms" if s["money:ms"] > s["money:id"] else "id"
            return prefer if prefer in ("ms", "id") else "ms"
        return "ms" if s["ms"] > s["id"] else "id"

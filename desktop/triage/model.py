"""The learned second opinion: linear models over a comment's character and word n-grams.

Trained by `python -m desktop.triage.training` on the labelled comments in tests/data/triage
and kept in resources/triage/model.zip. They answer four questions — is it a complaint, which
language, which kind of complainant, which touchpoint (asked of complaints) — as probabilities
that the engine blends with the rules.

Features: each n-gram in the vocabulary weighs its idf, once per time it occurs; each block
(character n-grams of the words; words and word pairs) is divided by the square root of the sum
of idf² over its occurrences. That makes a comment's score a sum over its words, so a word's
share is worked out once and kept (plain Python, no numpy).
"""

from __future__ import annotations

import json
import math
import zipfile
from array import array
from collections import Counter
from functools import lru_cache
from operator import add
from pathlib import Path
from typing import NamedTuple, Sequence

from desktop.triage.complainant import TYPES, Earlier, split_history
from desktop.triage.language import LANGUAGES, OTHER
from desktop.triage.reading import TOUCHPOINTS

LANGUAGE_ANSWERS = (*LANGUAGES, OTHER)
TOUCHPOINT_ANSWERS = (*TOUCHPOINTS, "other")

__all__ = ["LANGUAGE_ANSWERS", "TOUCHPOINT_ANSWERS", "HISTORY_NUMBERS", "CHAR_SIZES", "SEPARATOR",
           "WORD_LIMIT", "Opinion", "Models", "char_grams", "char_units", "word_grams",
           "history_features"]

CHAR_SIZES = (2, 3, 4, 5)  # n-grams of each word, padded with a space on both sides
TEXT_LIMIT = 4000          # a long paste says what it is about early on
WORD_LIMIT = TEXT_LIMIT // 4
UNIT_LIMIT = 30            # characters of one whitespace-separated word
CACHE = 30_000             # words whose share of the scores is kept (about 300 bytes each)
SEPARATOR = "\n"           # between vocabulary entries in the model file (never inside one)
POINTER_WEIGHT = 3.0       # a word named as a reason moves the type's score this much (× idf)


class Opinion(NamedTuple):
    complaint: float               # probability that it is a complaint
    lang: dict[str, float]         # ms, id, en, other
    type: dict[str, float]         # the five complainant types
    touchpoint: dict[str, float]   # where it went wrong, if it is a complaint
    words: list[tuple[str, int]]   # the comment's words and pairs the models know, with their rows
    known: int                     # how many different real words (letters, 2 or more) among them


def char_grams(word: str) -> list[str]:
    padded = f" {word} "
    return [padded[i:i + n] for n in CHAR_SIZES for i in range(len(padded) - n + 1)]


def word_grams(words: Sequence[str]) -> list[str]:
    """Words and pairs of neighbouring words."""
    return [*words, *(f"{a} {b}" for a, b in zip(words, words[1:]))]


def char_units(text: str) -> list[str]:
    """The whitespace-separated words whose character n-grams are features (a run of a script
    written without spaces is cut: it is no word to keep)."""
    return [unit[:UNIT_LIMIT] for unit in text[:TEXT_LIMIT].lower().split()]


def history_features(earlier: Sequence[Earlier]) -> list[float]:
    """A person's history in numbers: how many earlier comments, happy, critical and hostile,
    and how long ago."""
    happy, critical, hostile = ([e.days_ago for e in group] for group in split_history(earlier))
    return [float(bool(earlier)), math.log1p(len(earlier)), math.log1p(len(happy)),
            math.log1p(len(critical)), math.log1p(len(hostile)),
            math.log1p(max(happy)) / 7 if happy else 0.0,
            math.log1p(min(critical)) / 7 if critical else 0.0,
            float(bool(happy and critical and min(critical) < min(happy)))]


HISTORY_NUMBERS = len(history_features([]))


class _Share(NamedTuple):
    scores: array               # sum of the unit's n-grams' weighted rows, per output
    squares: float              # sum of idf² over them (for the block's length)


class Models:
    """Loaded once from the model file; safe to share between threads (nothing changes after
    loading but the lru cache, which is thread-safe).

    The file keeps each feature's idf and its weights already multiplied by the idf, so a
    comment's score is a plain sum of rows scaled once per block."""

    def __init__(self, path: Path):
        with zipfile.ZipFile(path) as archive:
            header = json.loads(archive.read("header.json"))
            chars = archive.read("char_vocabulary.txt").decode("utf-8").split(SEPARATOR)
            words = archive.read("word_vocabulary.txt").decode("utf-8").split(SEPARATOR)
            idf, weighted = array("f"), array("f")
            idf.frombytes(archive.read("idf.f32"))
            weighted.frombytes(archive.read("weighted.f32"))
        self.langs: list[str] = header["langs"]
        self.types: list[str] = header["types"]
        self.touchpoints: list[str] = header["touchpoints"]
        self.outputs = 1 + len(self.langs) + len(self.types) + len(self.touchpoints)
        self.bias: list[float] = header["bias"]
        self.number_weights: list[list[float]] = header["number_weights"]  # rows: numbers
        if (len(idf) != len(chars) + len(words) or len(weighted) != len(idf) * self.outputs
                or len(self.bias) != self.outputs or len(self.number_weights) != HISTORY_NUMBERS
                or any(len(row) != self.outputs for row in self.number_weights)
                or sorted(self.types) != sorted(TYPES)
                or sorted(self.touchpoints) != sorted(TOUCHPOINT_ANSWERS)
                or sorted(self.langs) != sorted(LANGUAGE_ANSWERS)):
            raise ValueError("the model file's parts do not fit together")
        self.char_rows = {gram: n for n, gram in enumerate(chars)}
        self.word_rows = {gram: len(chars) + n for n, gram in enumerate(words)}
        self.idf = idf
        self.weighted = weighted   # row-major: idf × weight, `outputs` values a row
        self._char_share = lru_cache(maxsize=CACHE)(self._char_share_of)

    def row(self, row: int) -> array:
        """One feature's weights times its idf, per output."""
        return self.weighted[row * self.outputs:(row + 1) * self.outputs]

    # -- features (exact, sparse: what training fits on) -------------------------------------

    def features(self, text: str, words: Sequence[str]) -> dict[int, float]:
        """Row → value of the comment's features: count × idf over the block's length."""
        out: dict[int, float] = {}
        for grams, rows in (([g for u in char_units(text) for g in char_grams(u)], self.char_rows),
                            (word_grams(words[:WORD_LIMIT]), self.word_rows)):
            counts = Counter(row for gram in grams if (row := rows.get(gram)) is not None)
            length = math.sqrt(sum(count * self.idf[row] ** 2 for row, count in counts.items()))
            for row, count in counts.items():
                out[row] = count * self.idf[row] / length
        return out

    # -- scores (fast: sums of rows, a word's sum kept) -----------------------------------------

    def _char_share_of(self, unit: str) -> _Share:
        rows = self.char_rows
        found = [rows[g] for g in char_grams(unit) if g in rows]
        if not found:
            return _Share(array("d", bytes(8 * self.outputs)), 0.0)
        # Column sums of the unit's rows (kept as doubles: half the memory of a list).
        scores = array("d", map(sum, zip(*map(self.row, found))))
        return _Share(scores, sum(self.idf[row] ** 2 for row in found))

    def judge(self, text: str, words: Sequence[str], numbers: Sequence[float]) -> Opinion:
        """`numbers`: the person's history_features."""
        n = self.outputs
        chars = [0.0] * n
        char_squares = 0.0
        for unit in char_units(text):
            share = self._char_share(unit)
            chars = list(map(add, chars, share.scores))
            char_squares += share.squares
        known = self.word_rows
        word_rows = [(gram, known[gram]) for gram in word_grams(words[:WORD_LIMIT]) if gram in known]
        word_sum = [0.0] * n
        for _, row in word_rows:
            word_sum = list(map(add, word_sum, self.row(row)))
        word_scale = _scale(sum(self.idf[row] ** 2 for _, row in word_rows))
        char_scale = _scale(char_squares)
        scores = [b + char_scale * c + word_scale * w for b, c, w in zip(self.bias, chars, word_sum)]
        for k, value in enumerate(numbers):
            if value:
                scores = [s + value * w for s, w in zip(scores, self.number_weights[k])]
        n_langs, n_types = len(self.langs), len(self.types)
        type_scores = scores[1 + n_langs:1 + n_langs + n_types]
        return Opinion(
            complaint=1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, scores[0])))),
            lang=dict(zip(self.langs, _softmax(scores[1:1 + n_langs]))),
            type=dict(zip(self.types, _softmax(type_scores))),
            touchpoint=dict(zip(self.touchpoints, _softmax(scores[1 + n_langs + n_types:]))),
            words=word_rows,
            known=len({gram for gram, _ in word_rows if " " not in gram and _is_word(gram)}))

    def pointers(self, words: list[tuple[str, int]], toward: str, away: str, most: int = 2) -> list[str]:
        """The words (or pairs) that moved the type from `away` (the rules' pick) to `toward`
        most, strongest first: only real words that weigh for it on their own."""
        n, first = self.outputs, 1 + len(self.langs)
        to, fro = first + self.types.index(toward), first + self.types.index(away)
        pulls = {gram: self.weighted[row * n + to] - self.weighted[row * n + fro]
                 for gram, row in words if _is_word(gram)}
        strong = [gram for gram, pull in pulls.items() if pull >= POINTER_WEIGHT]
        return sorted(strong, key=lambda gram: -pulls[gram])[:most]


def _is_word(gram: str) -> bool:
    """Letters, two or more (a digit, a single letter or a piece of another script is not)."""
    return len(gram) > 1 and any(ch.isalpha() for ch in gram)


def _scale(squares: float) -> float:
    """One over the block's length (0 for an empty block)."""
    return 1.0 / math.sqrt(squares) if squares else 0.0


def _softmax(scores: Sequence[float]) -> list[float]:
    top = max(scores)
    exp = [math.exp(s - top) for s in scores]
    total = sum(exp)
    return [x / total for x in exp]

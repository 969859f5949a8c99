"""Turning a raw comment into words the triage can look up: plain text, tokens and stems."""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

__all__ = ["MAX_CHARS", "without_thread_handles", "plain", "Token", "tokenize", "stems", "forms",
           "squeeze", "unleet"]

# Triage reads at most this much of a comment: a 1 MB paste says what it is about early on.
MAX_CHARS = 8000

_TAG = re.compile(r"<[^>]{0,200}>")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_URL = re.compile(r"\b(?:https?://|www\.)\S+", re.I)
_MENTION = re.compile(r"(?<!\w)@[\w.]+")
# A word, allowing the disguises people use inside one: f*ck, b0doh, s.i.a.l, anj!ng.
_RAW_WORD = re.compile(r"[\w*@$!#.'’-]+", re.U)
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b",
                       "9": "g", "@": "a", "$": "s", "!": "i", "|": "l", "’": "'"})


# X puts the handles of a thread's people before a reply's own words.
_THREAD_HANDLES = re.compile(r"^\s*(?:@\w{1,15}\s+)+")


def without_thread_handles(text: str, channel: str) -> str:
    """A post on X without the handles X put before it: they name the thread it answers (the
    shop among them), not another commenter it speaks to ("@Zack you idiot" on Facebook)."""
    return _THREAD_HANDLES.sub("", text, count=1) if channel == "x" else text


def plain(text: str) -> str:
    """Tags, entities, links, mentions and control characters out; compatibility forms folded."""
    text = text[:MAX_CHARS]
    if "<" in text:
        text = _TAG.sub(" ", text)
    if "&" in text:
        text = html.unescape(text)
    if "http" in text or "www." in text or "WWW." in text:
        text = _URL.sub(" ", text)
    if "@" in text:
        text = _MENTION.sub(" ", text)
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    elif text.isprintable():
        return text  # plain ASCII: no control characters to take out
    return _CONTROL.sub(" ", text)


def squeeze(word: str) -> str:
    """Runs of one letter become one letter: 'bodohhhh' and 'bodoh' meet as 'bodoh'."""
    out = []
    for ch in word:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


def unleet(word: str) -> str:
    """Digits and symbols that stand for letters, read as letters (only inside a word)."""
    if word.isdigit():
        return word
    return word.translate(_LEET)


class Token(NamedTuple):
    word: str       # lower case, letters and digits only, as written
    raw: str        # as written, lower case, with any symbols inside it
    start: int      # offset in the plain text
    end: int


_SPELLED = re.compile(r"^(?:\w[.*_-]){2,}\w$")
_PIECE = re.compile(r"[^.-]+")


_new_tuple = tuple.__new__  # makes a Token twice as fast as Token(...): most words are plain


def tokenize(text: str) -> list[Token]:
    tokens = []
    append = tokens.append
    for match in _RAW_WORD.finditer(text.lower()):
        chunk, offset = match.group(), match.start()
        if chunk.isalnum():
            append(_new_tuple(Token, (chunk, chunk, offset, offset + len(chunk))))
            continue
        # 'b.o.d.o.h' is one word in disguise; 'sampai.tapi' and 'barang-barang' are two.
        parts = ([(chunk, 0)] if ("." not in chunk and "-" not in chunk) or _SPELLED.match(chunk)
                 else [(m.group(), m.start()) for m in _PIECE.finditer(chunk)])
        for part, at in parts:
            raw = part.strip("'’!#")
            if not raw:
                continue
            word = "".join(ch for ch in raw if ch.isalnum())
            if not word:
                continue
            start = offset + at + part.index(raw)
            append(Token(word, raw, start, start + len(raw)))
    return tokens


_PARTICLES = ("lah", "kah", "tah", "pun", "nya", "ku", "mu", "la", "je", "jer", "aje")
_SUFFIXES = ("kan", "an", "i", "in", "nya")
# meN- and ng- drop the first letter of the root: mengirim/ngirim <- kirim, menunggu <- tunggu.
_PREFIXES = (("meng", ("", "k")), ("meny", ("s",)), ("mem", ("", "p")), ("men", ("", "t")),
             ("me", ("",)), ("ber", ("",)), ("be", ("",)), ("di", ("",)), ("ter", ("",)),
             ("ke", ("",)), ("peng", ("", "k")), ("peny", ("s",)), ("pem", ("", "p")),
             ("pen", ("", "t")), ("per", ("",)), ("pe", ("",)), ("se", ("",)),
             ("ng", ("", "k")), ("ny", ("s",)), ("nge", ("",)))
_EN_SUFFIXES = ("ing", "ed", "es", "s", "ly", "er")


@lru_cache(maxsize=65536)
def stems(word: str) -> frozenset[str]:
    """The word and the roots it may come from (Malay/Indonesian affixes, English endings).

    Over-generating is fine: a candidate only counts when a word list holds it.
    """
    found = {word}
    if len(word) < 4 or word.isdigit():
        return frozenset(found)
    bases = {word}
    for particle in _PARTICLES:
        if word.endswith(particle) and len(word) - len(particle) >= 3:
            bases.add(word[: -len(particle)])
    for base in list(bases):
        for suffix in _SUFFIXES:
            # A short root left by -an/-i/-in is mostly a different word: badan is not "bad".
            if base.endswith(suffix) and len(base) - len(suffix) >= (3 if len(suffix) == 3 else 4):
                bases.add(base[: -len(suffix)])
        for suffix in _EN_SUFFIXES:
            if base.endswith(suffix) and len(base) - len(suffix) >= 3:
                stem = base[: -len(suffix)]
                bases.add(stem)
                if suffix in ("ing", "ed", "er"):
                    bases.add(stem + "e")
                    if len(stem) > 3 and stem[-1] == stem[-2]:
                        bases.add(stem[:-1])
    found |= bases
    for base in bases:
        for prefix, restores in _PREFIXES:
            if base.startswith(prefix) and len(base) - len(prefix) >= 3:
                rest = base[len(prefix):]
                for letter in restores:
                    found.add(letter + rest)
                    # ke-...-an and per-...-an wrap a root: kekecewaan, kelambatan.
                    if rest.endswith("an") and len(rest) > 5:
                        found.add(letter + rest[:-2])
    # Reduplication: barang-barang, lambat2.
    if word.endswith("2") and len(word) > 3:
        found.add(word[:-1])
    return frozenset(found)


_TRIPLE = re.compile(r"([a-z])\1\1")


@lru_cache(maxsize=65536)
def forms(word: str) -> frozenset[str]:
    """stems(), and for a drawn-out word ("PENIPUUU", "lambattt") the stems of it written plainly."""
    found = stems(word)
    if len(word) >= 4 and _TRIPLE.search(word):
        found = found | stems(squeeze(word)) | stems(re.sub(r"([a-z])\1{2,}", r"\1\1", word))
    return found

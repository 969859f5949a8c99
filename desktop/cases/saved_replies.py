"""The owner's own reply templates, per language, with placeholders ({name}, {shop},
{signature}, {eta}) that are filled in for the case at hand. A reply the owner wrote for
one customer can be kept as a template: that customer's name and the signature become
placeholders again."""

from __future__ import annotations

import re
import sqlite3
from datetime import datetime
from typing import NamedTuple

from desktop.cases.errors import InvalidInput, NotFound
from desktop.cases.queries import from_db_time, to_db_time

__all__ = ["SavedReply", "list_saved", "save_reply", "delete_reply", "as_template", "unknown_placeholders",
           "PLACEHOLDERS",
           "TITLE_CHARS", "TEXT_CHARS"]

PLACEHOLDERS = ("name", "shop", "signature", "eta")
TITLE_CHARS = 120
TEXT_CHARS = 5000
LANGUAGES = ("ms", "id", "en")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BRACED = re.compile(r"\{[^{}\n]{1,30}\}")


class SavedReply(NamedTuple):
    id: int
    lang: str
    title: str
    text: str
    updated_at: datetime


def _like(words: str) -> str:
    return "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def list_saved(conn: sqlite3.Connection, lang: str | None = None, search: str = "") -> list[SavedReply]:
    """Templates (of one language, or all), whose title or text holds every searched word; by title."""
    clauses, params = ["1"], []
    if lang:
        clauses.append("lang = ?")
        params.append(lang)
    for word in search.split():
        clauses.append("(title LIKE ? ESCAPE '\\' OR text LIKE ? ESCAPE '\\')")
        params += [_like(word), _like(word)]
    return [SavedReply(r[0], r[1], r[2], r[3], from_db_time(r[4])) for r in conn.execute(
        "SELECT id, lang, title, text, updated_at FROM saved_reply WHERE " + " AND ".join(clauses)
        + " ORDER BY title COLLATE NOCASE, id", params)]


def _clean(text: str, field: str, limit: int) -> str:
    text = _CONTROL.sub("", (text or "").replace("\r\n", "\n")).strip()
    if not text:
        raise InvalidInput(field, "is empty")
    if len(text) > limit:
        raise InvalidInput(field, f"is longer than {limit} characters")
    return text


def save_reply(conn: sqlite3.Connection, reply_id: int | None, lang: str, title: str, text: str,
               now: datetime) -> int:
    """Add a template (`reply_id` None) or change one; returns its id."""
    if lang not in LANGUAGES:
        raise InvalidInput("lang", f"unknown reply language {lang!r}")
    values = (lang, _clean(title, "title", TITLE_CHARS), _clean(text, "text", TEXT_CHARS), to_db_time(now))
    if reply_id is None:
        reply_id = conn.execute("INSERT INTO saved_reply (lang, title, text, updated_at) VALUES (?, ?, ?, ?)",
                                values).lastrowid
    elif conn.execute("UPDATE saved_reply SET lang = ?, title = ?, text = ?, updated_at = ? WHERE id = ?",
                      (*values, reply_id)).rowcount == 0:
        raise NotFound("saved reply", reply_id)
    conn.commit()
    return reply_id


def delete_reply(conn: sqlite3.Connection, reply_id: int) -> None:
    if conn.execute("DELETE FROM saved_reply WHERE id = ?", (reply_id,)).rowcount == 0:
        raise NotFound("saved reply", reply_id)
    conn.commit()


def as_template(text: str, *, name: str = "", signature: str = "", shop: str = "") -> str:
    """A reply written for one customer, made general again: the name, shop and signature
    (whole words, any letter case) become {name}, {shop} and {signature}."""
    for value, placeholder in ((signature, "{signature}"), (shop, "{shop}"), (name, "{name}")):
        value = value.strip()
        if len(value) >= 2:
            text = re.sub(rf"(?<!\w){re.escape(value)}(?!\w)", placeholder, text, flags=re.IGNORECASE)
    return text


def unknown_placeholders(text: str) -> list[str]:
    """Braced words that are not ours ("{Nama}", "{ name }"): they would reach the customer as typed."""
    return list(dict.fromkeys(m.group(0) for m in _BRACED.finditer(text) if m.group(0)[1:-1] not in PLACEHOLDERS))

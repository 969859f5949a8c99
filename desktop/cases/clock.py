"""The one wall clock of the case log and the layers above it: now, in UTC. Everything that
keeps time takes a clock argument defaulting to this, so tests move time instead of sleeping."""

from __future__ import annotations

from datetime import datetime, timezone

__all__ = ["utcnow"]


def utcnow() -> datetime:
    return datetime.now(timezone.utc)

"""Log files: rotated in the data folder; no tokens, no customer text at INFO level (no Qt)."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

__all__ = ["setup_logging"]


def setup_logging(data_dir: Path, level: int = logging.INFO) -> Path | None:
    """Log to `data_dir/logs/balas.log` (1 MB × 5). Returns the file, or None if it cannot be written."""
    folder = Path(data_dir) / "logs"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(folder / "balas.log", maxBytes=1_000_000, backupCount=5,
                                      encoding="utf-8")
    except OSError:
        return None  # a read-only data folder is reported by the case log itself
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level)
    logging.getLogger("alembic").setLevel(logging.WARNING)  # its set-up chatter says nothing useful
    # urllib3 logs every URL at DEBUG; a platform may put a token in one.
    logging.getLogger("urllib3").setLevel(logging.WARNING)
    return folder / "balas.log"

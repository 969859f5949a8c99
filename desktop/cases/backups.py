"""Online backups of the case log: before each migration, once a day, keep the last few."""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

__all__ = ["backup_dir", "make_backup", "list_backups", "latest_backup", "daily_backup_due",
           "restore_backup", "KEEP_BACKUPS"]

KEEP_BACKUPS = 7
_PREFIX = "balas-"
_SUFFIX = ".db"
_STAMP = "%Y%m%d-%H%M%S"


def backup_dir(db_path: Path) -> Path:
    return Path(db_path).parent / "backups"


def list_backups(db_path: Path) -> list[Path]:
    """Backups of this database, newest first."""
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    found = [p for p in folder.iterdir() if p.name.startswith(_PREFIX) and p.name.endswith(_SUFFIX)]
    return sorted(found, key=lambda p: p.name, reverse=True)


def latest_backup(db_path: Path) -> Path | None:
    backups = list_backups(db_path)
    return backups[0] if backups else None


def _backup_time(path: Path) -> datetime | None:
    stamp = path.name[len(_PREFIX):len(_PREFIX) + 15]
    try:
        return datetime.strptime(stamp, _STAMP).replace(tzinfo=timezone.utc)
    except ValueError:
        return None


def daily_backup_due(db_path: Path, now: datetime) -> bool:
    latest = latest_backup(db_path)
    taken = _backup_time(latest) if latest else None
    return taken is None or now - taken >= timedelta(days=1) or taken > now


def make_backup(db_path: Path, now: datetime, reason: str, keep: int = KEEP_BACKUPS) -> Path:
    """Copy the live database with SQLite's online backup; rotate to the newest `keep`.

    The copy is written beside its final name and renamed, so a crash leaves no half backup.
    """
    folder = backup_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{_PREFIX}{now.astimezone(timezone.utc).strftime(_STAMP)}-{reason}{_SUFFIX}"
    partial = target.with_name(target.name + ".partial")
    source = sqlite3.connect(Path(db_path).resolve().as_uri() + "?mode=ro", uri=True, timeout=5)
    try:
        dest = sqlite3.connect(partial)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    os.replace(partial, target)
    for old in list_backups(db_path)[keep:]:
        old.unlink(missing_ok=True)
    return target


def restore_backup(db_path: Path, backup: Path, now: datetime) -> Path:
    """Put `backup` in place of the database. The original is moved aside, never overwritten.

    Returns where the original (and its -wal/-shm files) now lies.
    """
    db_path = Path(db_path)
    aside = db_path.with_name(f"{db_path.name}.before-restore-{now.strftime(_STAMP)}")
    n = 1
    while aside.exists():  # two restores in one second must not bury the first original
        n += 1
        aside = db_path.with_name(f"{db_path.name}.before-restore-{now.strftime(_STAMP)}-{n}")
    partial = db_path.with_name(db_path.name + ".restoring")
    shutil.copyfile(backup, partial)
    if db_path.exists():
        os.replace(db_path, aside)
    for suffix in ("-wal", "-shm"):
        side = db_path.with_name(db_path.name + suffix)
        if side.exists():
            os.replace(side, aside.with_name(aside.name + suffix))
    os.replace(partial, db_path)
    return aside

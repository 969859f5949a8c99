"""Where Balas keeps its data, and where its bundled resources live (no Qt)."""

from __future__ import annotations

import sys
from pathlib import Path

from desktop import APP_ID

__all__ = ["default_data_dir", "demo_data_dir", "resources_dir", "DB_FILENAME"]

DB_FILENAME = "balas.db"


def default_data_dir() -> Path:
    """The owner's data folder for this platform (e.g. %LOCALAPPDATA%\\balas, ~/.local/share/balas)."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False, roaming=False))


def demo_data_dir(base: Path | None = None) -> Path:
    """The demo shop's own folder, beside (never inside) the real database."""
    return (base or default_data_dir()) / "demo"


def resources_dir() -> Path:
    """The bundled resources: PyInstaller bundle, installed package, or source checkout."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "desktop" / "resources"
    here = Path(__file__).resolve().parent
    installed = here / "resources"
    return installed if installed.is_dir() else here.parent / "resources"

"""Qt below the windows: the session, controllers and workers that run the plain-Python layers."""

import sys

import PySide6.QtCore  # noqa: F401  (PySide's import hook comes with it; see below)


def _skip_pyside_source_scan() -> None:
    """Once loaded, PySide reads the whole source of every module imported after it, to find
    those that say `from __feature__ import ...` (its snake_case names), which no module of
    Balas or its libraries does: about an eighth of Balas's start-up over a bare Qt window, and
    every source kept in memory. Each module is taken as one that does not; a PySide without
    this private hook is left as it is."""
    feature = sys.modules.get("shibokensupport.feature")
    if callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = lambda *_args, **_kwargs: False


_skip_pyside_source_scan()

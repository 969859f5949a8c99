"""Loads the interface language: Malay, Indonesian or English, from --lang or the system."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.paths import resources_dir

__all__ = ["install_translators", "pick_language", "LANGUAGES"]

LANGUAGES = ("en", "ms", "id")


def pick_language(requested: str | None) -> str:
    """`requested` if given, else the system's UI language when we have it, else English."""
    if requested:
        return requested
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code == "in":  # old code for Indonesian
            code = "id"
        if code in LANGUAGES:
            return code
    return "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install Balas's and Qt's own translations; returns them (keep them alive)."""
    wanted = {"ms": QLocale.Language.Malay, "id": QLocale.Language.Indonesian}.get(
        language, QLocale.Language.English)
    system = QLocale.system()
    # Keep the system's own dates and numbers when it speaks the chosen language (en_MY, ms_MY …).
    if system.language() != wanted:
        QLocale.setDefault(QLocale(wanted, {"ms": QLocale.Country.Malaysia,
                                            "id": QLocale.Country.Indonesia}.get(
                                                language, QLocale.Country.Malaysia)))
    installed = []
    ours = QTranslator(app)  # English too: it holds the singular and plural of "%n …(s)"
    if ours.load(f"balas_{language}", str(resources_dir() / "translations")):
        app.installTranslator(ours)
        installed.append(ours)
    if language == "en":
        return installed
    qt_base = QTranslator(app)
    if qt_base.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_base)
        installed.append(qt_base)
    return installed

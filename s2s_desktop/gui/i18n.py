"""The window in the user's language, the Qt way: strings marked with ``tr()`` (or ``translate``
outside a QObject), extracted by ``pyside6-lupdate`` into ``resources/translations/*.ts``,
compiled by ``pyside6-lrelease`` into the ``.qm`` files the package ships.

The language is the system's (``QLocale``) unless the user chose one (View › Language); a change
applies at the next start. Qt's own strings (Yes, No, Cancel …) come from Qt's translations.
Only the window is translated: the engine's sentences (the log, its errors) stay in English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from s2s_desktop.resources import translations_dir

# The languages the window speaks besides English, by code, each in its own name.
LANGUAGES = {"en": "English", "de": "Deutsch", "es": "Español"}
LANGUAGE_SETTING = "ui/language"  # a code of LANGUAGES, or "" for the system's
CATALOGUE = "s2s_desktop"  # resources/translations/s2s_desktop_<code>.qm

_installed: list[QTranslator] = []  # kept alive while installed


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the window's language, for code outside a QObject (lupdate finds the call:
    ``context`` is the name of the class or module the text belongs to)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def system_language() -> str:
    """The system's language if the window speaks it, else English."""
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else "en"


def chosen_language(settings: QSettings) -> str:
    """The language the user chose, or the system's: a code of LANGUAGES."""
    chosen = str(settings.value(LANGUAGE_SETTING, "") or "")
    return chosen if chosen in LANGUAGES else system_language()


def install_translators(app: QCoreApplication, language: str) -> bool:
    """Install the window's and Qt's translations for ``language`` (before any widget is made);
    English needs none. Returns whether the window's catalogue was found."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language == "en":
        return True
    ours = QTranslator(app)
    found = ours.load(f"{CATALOGUE}_{language}", str(translations_dir()))
    qt = QTranslator(app)
    qt_found = qt.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    )
    for translator, loaded in ((qt, qt_found), (ours, found)):
        if loaded:
            app.installTranslator(translator)
            _installed.append(translator)
    return found

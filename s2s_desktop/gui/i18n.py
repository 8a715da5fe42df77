"""The window in the user's language, the Qt way: strings marked with ``tr()`` (or ``translate``
outside a QObject), extracted by ``pyside6-lupdate`` into ``resources/translations/*.ts``,
compiled by ``pyside6-lrelease`` into the ``.qm`` files the package ships.

The language is the system's (``QLocale``) unless the user chose one (View › Language); a change
applies at the next start. Qt's own strings (Yes, No, Cancel …) come from Qt's translations.
The engine's sentences (the log, its errors, auto's reasons) are in the same catalogue, under
their modules' names; the window hands it to ``engine.wording``, in its own process and in the
training process (``translate_engine``), with the language's way of writing numbers
(``number_format``: 12.345 and 11,8 in German). The console stays English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from s2s_desktop.engine.wording import NumberFormat, use_number_format, use_translator
from s2s_desktop.resources import translations_dir

# The languages the window speaks besides English, by code, each in its own name.
LANGUAGES = {"en": "English", "de": "Deutsch", "es": "Español"}
LANGUAGE_SETTING = "ui/language"  # a code of LANGUAGES, or "" for the system's
CATALOGUE = "s2s_desktop"  # resources/translations/s2s_desktop_<code>.qm

_installed: list[QTranslator] = []  # kept alive while installed
_language = "en"  # the language installed last


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


def current_language() -> str:
    """The code of the language installed last ("en" before any)."""
    return _language


def number_locale(language: str) -> QLocale:
    """The locale whose numbers go with ``language``: the system's when it speaks that language
    (its region's separators), else the language's own."""
    system = QLocale.system()
    return system if system.name().split("_")[0] == language else QLocale(language)


def number_format(language: str) -> NumberFormat | None:
    """How ``language`` writes numbers (``number_locale``); None for English (Python's way)."""
    if language == "en":
        return None
    locale = number_locale(language)

    def written(value: float, digits: int | None) -> str:
        if digits is None and abs(value) < 2**63:
            if isinstance(value, int) or float(value).is_integer():
                return locale.toString(int(value))
            return locale.toString(float(value), "g", 15)
        return locale.toString(float(value), "f", digits or 0)

    return written


def catalogue(language: str, parent: QCoreApplication | None = None) -> QTranslator | None:
    """Our translations into ``language`` (None for English or when none is shipped)."""
    if language == "en":
        return None
    ours = QTranslator(parent)
    return ours if ours.load(f"{CATALOGUE}_{language}", str(translations_dir())) else None


def translate_engine(language: str) -> None:
    """Let the engine speak ``language`` in this process (the training process calls it; no
    QCoreApplication is needed to look a text up)."""
    global _language
    ours = catalogue(language)
    use_translator((lambda context, text: ours.translate(context, text)) if ours else None)
    _language = language if ours else "en"
    use_number_format(number_format(_language))


def install_translators(app: QCoreApplication, language: str) -> bool:
    """Install the window's, the engine's and Qt's translations for ``language`` (before any
    widget is made); English needs none. Returns whether our catalogue was found."""
    global _language
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    use_translator(None)
    use_number_format(None)
    # English writes numbers Python's way (12,345.6): so do its spin boxes, whatever the system.
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    _language = "en"
    if language == "en":
        return True
    ours = catalogue(language, app)
    found = ours is not None
    if ours is not None:
        use_translator(lambda context, text: QCoreApplication.translate(context, text))
        use_number_format(number_format(language))
        QLocale.setDefault(number_locale(language))  # spin boxes write numbers the same way
        _language = language
    qt = QTranslator(app)
    qt_found = qt.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    )
    for translator in (qt if qt_found else None, ours):
        if translator is not None:
            app.installTranslator(translator)
            _installed.append(translator)
    return found

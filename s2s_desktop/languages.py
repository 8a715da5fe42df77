"""Language names: Qt's locale data says which language a code is, for the window and the
server's ``/languages`` (QtCore needs no display, so the headless server can use it; the engine
cannot, it imports no Qt), and Babel's copy of the CLDR names it in the window's language."""

from __future__ import annotations

import functools


def language_name(code: str, in_language: str = "en") -> str:
    """The name of a language code in ``in_language``: "Spanish" for "es" in English,
    "Spanisch" in German, "español" in Spanish. The code itself ("?" for none) when Qt does not
    know it; the English name when CLDR has no name for it in ``in_language``."""
    from PySide6.QtCore import QLocale

    locale = QLocale(code)
    if not code or locale.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return code or "?"
    english = QLocale.languageToString(locale.language())
    if in_language == "en":
        return english
    return _names_in(in_language).get(locale.name().split("_")[0]) or english


@functools.cache
def _names_in(language: str) -> dict[str, str]:
    """CLDR's names of languages in ``language``, by their codes ("es": "Spanisch")."""
    from babel import Locale, UnknownLocaleError

    try:
        return dict(Locale.parse(language).languages)
    except (UnknownLocaleError, ValueError):
        return {}

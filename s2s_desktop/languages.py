"""Language names from Qt's locale data, for the window and the server's ``/languages`` (QtCore
needs no display, so the headless server can use it; the engine cannot, it imports no Qt)."""

from __future__ import annotations


def language_name(code: str) -> str:
    """The English name of a language code ("English" for "en"); the code itself ("?" for
    none) when Qt does not know it."""
    from PySide6.QtCore import QLocale

    locale = QLocale(code)
    if not code or locale.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return code or "?"
    return QLocale.languageToString(locale.language())

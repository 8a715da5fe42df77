"""The engine's sentences in the user's language, without Qt.

Every sentence the engine writes for a person (errors, progress, auto's reasons, verdicts) is
written ``translate("module", "English text with {placeholders}").format(...)``: lupdate finds
the literal, and the window installs its translations here (``use_translator``). The CLI installs
none, so the console speaks English. A constant that is translated later is marked with
``QT_TRANSLATE_NOOP``, Qt's marker, which lupdate also finds.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]  # (context, English text) -> the text to show


def _english(context: str, text: str) -> str:
    return text


_translator: Translator = _english


def translate(context: str, text: str) -> str:
    """``text`` in the installed language; ``context`` is the module it belongs to."""
    return _translator(context, text) or text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate knows)
    """Marks ``text`` for lupdate where it is defined; ``translate`` it where it is shown."""
    return text


def use_translator(translator: Translator | None) -> None:
    """Install ``translator`` for every later ``translate`` (None: English again)."""
    global _translator
    _translator = translator or _english

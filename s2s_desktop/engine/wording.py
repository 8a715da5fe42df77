"""The engine's sentences in the user's language, without Qt.

Every sentence the engine writes for a person (errors, progress, auto's reasons, verdicts) is
written ``translate("module", "English text with {placeholders}").format(...)``: lupdate finds
the literal, and the window installs its translations here (``use_translator``). The CLI installs
none, so the console speaks English. A constant that is translated later is marked with
``QT_TRANSLATE_NOOP``, Qt's marker, which lupdate also finds. What is written for programs or
for the record (a model card, the server's answers) is made ``in_english()``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from contextvars import ContextVar

Translator = Callable[[str, str], str]  # (context, English text) -> the text to show


def _english(context: str, text: str) -> str:
    return text


_translator: Translator = _english
# Set by ``in_english``: a context variable, so threads and tasks started inside inherit it
# where they copy the context (asyncio's tasks and ``to_thread``, ``contextvars.copy_context``).
_english_here: ContextVar[bool] = ContextVar("english_here", default=False)


def translate(context: str, text: str) -> str:
    """``text`` in the installed language; ``context`` is the module it belongs to."""
    if _english_here.get():
        return text
    return _translator(context, text) or text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate knows)
    """Marks ``text`` for lupdate where it is defined; ``translate`` it where it is shown."""
    return text


def use_translator(translator: Translator | None) -> None:
    """Install ``translator`` for every later ``translate`` (None: English again)."""
    global _translator
    _translator = translator or _english


@contextlib.contextmanager
def in_english() -> Iterator[None]:
    """English for every ``translate`` in this context, whatever translator is installed."""
    token = _english_here.set(True)
    try:
        yield
    finally:
        _english_here.reset(token)

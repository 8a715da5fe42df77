"""The engine's sentences in the user's language, without Qt.

Every sentence the engine writes for a person (errors, progress, auto's reasons, verdicts) is
written ``translate("module", "English text with {placeholders}").format(...)``: lupdate finds
the literal, and the window installs its translations here (``use_translator``). The CLI installs
none, so the console speaks English. A constant that is translated later is marked with
``QT_TRANSLATE_NOOP``, Qt's marker, which lupdate also finds. What is written for programs or
for the record (a model card, the server's answers) is made ``in_english()``.

Numbers follow the language too: the window installs its locale's way of writing them
(``use_number_format``); ``number`` writes one, and a translated sentence writes the numbers it
is given with ``{pairs:,}`` or ``{bleu:.1f}`` that way (12.345 and 11,8 in German).
"""

from __future__ import annotations

import contextlib
import numbers
import re
import string
from collections.abc import Callable, Iterator, Mapping
from contextvars import ContextVar
from typing import Any

Translator = Callable[[str, str], str]  # (context, English text) -> the text to show
# (value, decimals shown, or None for a whole number) -> the number as the language writes it
NumberFormat = Callable[[float, "int | None"], str]


def _english(context: str, text: str) -> str:
    return text


_translator: Translator = _english
_number_format: NumberFormat | None = None  # None: Python's, as English writes numbers
# Set by ``in_english``: a context variable, so threads and tasks started inside inherit it
# where they copy the context (asyncio's tasks and ``to_thread``, ``contextvars.copy_context``).
_english_here: ContextVar[bool] = ContextVar("english_here", default=False)


def translate(context: str, text: str) -> str:
    """``text`` in the installed language; ``context`` is the module it belongs to. Its
    ``format`` writes numbers the language's way (``_Sentence``)."""
    if _english_here.get():
        return text
    shown = _translator(context, text) or text
    return shown if _number_format is None else _Sentence(shown)


def number(value: float, digits: int | None = None) -> str:
    """``value`` as the installed language writes it, grouped: '12,345' or '3.4' in English,
    '12.345' or '3,4' in German. ``digits``: the decimals shown (None: a whole number)."""
    if _number_format is None or _english_here.get():
        return f"{value:,}" if digits is None else f"{value:,.{digits}f}"
    return _number_format(value, digits)


def short_number(value: float) -> str:
    """``value`` as ``{:g}`` writes it (0.002, 5e-05), with the language's decimal mark: for a
    learning rate, whose decimals vary."""
    return _localised(f"{value:g}")


# A number as Python writes it: sign, digits (grouped with commas or not), decimals, exponent, %.
_PYTHON_NUMBER = re.compile(r"([+-]?)([\d,]+)(?:\.(\d+))?(e[+-]\d+)?(%?)")


def _localised(text: str) -> str:
    """A number Python wrote ("+1,234.5", "1.5e-05", "2.5%") with the language's marks."""
    found = _PYTHON_NUMBER.fullmatch(text)
    if found is None:  # "inf", "nan"
        return text
    sign, whole, decimals, exponent, percent = found.groups()
    whole = whole.replace(",", "")
    shown = number(float(f"{whole}.{decimals}"), len(decimals)) if decimals else number(int(whole))
    return sign + shown + (exponent or "") + percent


def use_number_format(formatter: NumberFormat | None) -> None:
    """Install how later ``number`` calls and translated sentences write numbers (None:
    English's)."""
    global _number_format
    _number_format = formatter


# The number fields a sentence localises: a grouping comma or a type of f, g or % (with a sign,
# a precision, an alignment and width): "{n:,}", "{x:.1f}", "{d:+.1f}", "{s:.1%}", "{n:>{w},}".
# Not a bare "{n}" or "{n:5}", nor "d", "e" or "x".
_NUMBER_FIELD = re.compile(
    r"(?P<align>[<>^]?)(?P<sign>[+-]?)(?P<width>\d*)"
    r"(?P<python>(?P<group>,?)(?:\.\d+)?(?P<type>[fg%]?))"
)


class _NumberFormatter(string.Formatter):
    def format_field(self, value: Any, format_spec: str) -> Any:
        field = _NUMBER_FIELD.fullmatch(format_spec)
        if (
            field is None
            or not (field["group"] or field["type"])
            or isinstance(value, bool)
            or not isinstance(value, numbers.Real)  # numpy's numbers too
        ):
            return super().format_field(value, format_spec)
        value = int(value) if isinstance(value, numbers.Integral) else float(value)
        text = _localised(format(value, field["sign"] + field["python"]))
        return format(text, f"{field['align'] or '>'}{field['width']}")


_FORMATTER = _NumberFormatter()


class _Sentence(str):
    """A translated sentence whose ``format`` writes numbers the installed language's way."""

    __slots__ = ()

    def format(self, *args: Any, **kwargs: Any) -> str:  # type: ignore[override]
        return _FORMATTER.vformat(str(self), args, kwargs)

    def format_map(self, mapping: Mapping[str, Any]) -> str:  # type: ignore[override]
        return _FORMATTER.vformat(str(self), (), mapping)


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

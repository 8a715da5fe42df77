"""Colours from the window's palette, so that the app follows the system's light or dark theme:
one hue per meaning, mixed into the palette's own colours, never a fixed light colour."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

# One hue a kind of message (errors, notices, successes); the first-run hint is a notice.
HUES = {"error": "#d93025", "info": "#1a73e8", "success": "#188038", "warning": "#e37400"}


def palette() -> QPalette:
    """The application's palette (the system theme's, unless the app set its own)."""
    return QApplication.palette()


def is_dark(colours: QPalette | None = None) -> bool:
    """Whether the theme is dark: its window colour is darker than mid-grey."""
    return (colours or palette()).color(QPalette.ColorRole.Window).lightness() < 128


def mix(base: QColor, hue: QColor, share: float) -> QColor:
    """``share`` of ``hue`` over ``base``: a tint that keeps the theme's lightness."""
    return QColor(
        round(base.red() + (hue.red() - base.red()) * share),
        round(base.green() + (hue.green() - base.green()) * share),
        round(base.blue() + (hue.blue() - base.blue()) * share),
    )


def tinted_panel(selector: str, kind: str) -> str:
    """A stylesheet for ``selector``: the palette's window colour tinted with the kind's hue,
    a border of the same hue, and the theme's own text colour inside."""
    colours = palette()
    window = colours.color(QPalette.ColorRole.Window)
    hue = QColor(HUES[kind])
    text = colours.color(QPalette.ColorRole.WindowText).name()
    return (
        f"{selector} {{ background: {mix(window, hue, 0.16).name()};"
        f" border: 1px solid {mix(window, hue, 0.5).name()}; border-radius: 4px; }}"
        f" {selector} QLabel, {selector} QToolButton {{ color: {text}; background: transparent;"
        " border: none; }"
    )


def quiet_text() -> str:
    """The colour name of secondary text (language codes, captions) for rich text."""
    return palette().color(QPalette.ColorRole.PlaceholderText).name()


def series(colour: QColor | str) -> QColor:
    """A plot series' colour made to stand out on the theme's background: lighter on dark."""
    made = QColor(colour)
    return made.lighter(150) if is_dark() else made

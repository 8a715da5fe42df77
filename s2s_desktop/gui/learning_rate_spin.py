"""A spin box for a learning rate: shown as 0.0005 or 5e-05 (0,0005 in German), stepped by halving
and doubling."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QWidget


class LearningRateSpin(QDoubleSpinBox):
    """A learning rate: the arrows halve and double it, and any float can be typed (1e-4).

    A plain QDoubleSpinBox shows a fixed number of decimals (0.000500) and steps by a constant,
    which is the wrong scale for a rate that users change by factors of two.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDecimals(10)
        self.setRange(1e-7, 0.99)

    def textFromValue(self, value: float) -> str:  # noqa: N802 (Qt's name)
        return self.locale().toString(value, "g", 6)

    def valueFromText(self, text: str) -> float:  # noqa: N802 (Qt's name)
        value = self._read(text)
        return self.value() if value is None else value

    def _read(self, text: str) -> float | None:
        """The rate typed, the locale's way (0,0005) or Python's (0.0005, 1e-4); None if neither."""
        try:
            return float(text)
        except ValueError:
            value, ok = self.locale().toDouble(text.strip())
            return value if ok else None

    def validate(self, text: str, pos: int) -> Any:
        value = self._read(text)
        if value is None:
            return QValidator.State.Intermediate, text, pos
        ok = self.minimum() <= value <= self.maximum()
        return (QValidator.State.Acceptable if ok else QValidator.State.Intermediate), text, pos

    def stepBy(self, steps: int) -> None:
        self.setValue(self.value() * 2.0**steps)

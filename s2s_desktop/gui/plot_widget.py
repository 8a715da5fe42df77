"""The window's plots: pyqtgraph's, with tick labels that write numbers the window's way."""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QLocale


class LocaleAxis(pg.AxisItem):
    """An axis whose tick labels use the locale's decimal mark (0,5 in German): pyqtgraph
    writes them Python's way whatever the language."""

    def tickStrings(self, values: Any, scale: float, spacing: float) -> list[str]:  # noqa: N802
        strings = super().tickStrings(values, scale, spacing)
        point = QLocale().decimalPoint()
        return strings if point == "." else [text.replace(".", point) for text in strings]


def plot_widget() -> pg.PlotWidget:
    """A ``pg.PlotWidget`` with ``LocaleAxis`` on its left and bottom."""
    return pg.PlotWidget(axisItems={side: LocaleAxis(side) for side in ("left", "bottom")})

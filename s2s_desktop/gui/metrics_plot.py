"""The training history of finished models, overlaid so that runs can be compared.

A model's ``metrics.jsonl`` is turned into a ``MetricsHistory`` (plain arrays, read off the GUI
thread), and ``MetricsPlot`` draws one curve per model for the metric the user picks.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from s2s_desktop.engine.model_files import read_jsonl

# Okabe–Ito, without its yellow (unreadable on white): told apart with colour blindness too.
_PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#555555")
LONG_SERIES = 2000  # points beyond which a curve is thinned out for drawing
_DASHES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine)


def series_color(index: int) -> QColor:
    """The colour of the ``index``-th compared model (the details pane uses the same ones)."""
    return QColor(_PALETTE[index % len(_PALETTE)])


def series_pen(index: int, width: float = 2.0) -> Any:
    """Colour first; once the palette is used up, the same colours again with dashes."""
    style = _DASHES[(index // len(_PALETTE)) % len(_DASHES)]
    return pg.mkPen(series_color(index), width=width, style=style)


@dataclass(frozen=True)
class Metric:
    """One thing the plot can show: where its points come from and how to label it."""

    key: str
    button: str
    axis: str
    from_evals: bool  # True: one point per evaluation; False: one per logged training step
    rises: bool  # True for scores (legend goes bottom right, out of the curves' way)


METRICS: tuple[Metric, ...] = (
    Metric("bleu", "BLEU", "BLEU", True, True),
    Metric("chrf", "chrF", "chrF", True, True),
    Metric("valid_loss", "Validation loss", "Validation loss (per token)", True, False),
    Metric("loss", "Training loss", "Training loss (label-smoothed)", False, False),
)
METRIC_KEYS = tuple(metric.key for metric in METRICS)


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    value = float(value)
    return value if math.isfinite(value) else None


@dataclass(frozen=True)
class MetricsHistory:
    """A model's logged metrics as (steps, values) arrays, one pair per metric key."""

    series: dict[str, tuple[np.ndarray, np.ndarray]] = field(default_factory=dict)
    evaluations: int = 0
    logged_steps: int = 0

    @classmethod
    def from_records(cls, records: list[dict[str, Any]]) -> MetricsHistory:
        """Keep the finite values only; a record without a step cannot be placed and is skipped."""
        points: dict[str, tuple[list[float], list[float]]] = {k: ([], []) for k in METRIC_KEYS}
        evaluations = logged_steps = 0
        for record in records:
            step = _number(record.get("step"))
            if step is None:
                continue
            kind = record.get("type")
            if kind == "eval":
                evaluations += 1
                keys = [m.key for m in METRICS if m.from_evals]
            elif kind == "step":
                logged_steps += 1
                keys = [m.key for m in METRICS if not m.from_evals]
            else:
                continue
            for key in keys:
                value = _number(record.get(key))
                if value is not None:
                    points[key][0].append(step)
                    points[key][1].append(value)
        series = {
            key: (np.asarray(xs, dtype=float), np.asarray(ys, dtype=float))
            for key, (xs, ys) in points.items()
        }
        return cls(series, evaluations, logged_steps)

    def points(self, key: str) -> tuple[np.ndarray, np.ndarray]:
        empty = np.zeros(0, dtype=float)
        return self.series.get(key, (empty, empty))


def read_metrics_history(path: Path) -> MetricsHistory:
    """Read a ``metrics.jsonl`` (slow for long runs: call it off the GUI thread)."""
    return MetricsHistory.from_records(read_jsonl(path))


class MetricsPlot(QWidget):
    """Curves of one metric for several models, with a legend and a metric switch.

    Attributes:
        metric: the key of the metric shown (one of ``METRIC_KEYS``).
        plot_item: the pyqtgraph PlotItem (its ``listDataItems()`` are the curves shown).

    Signals:
        metricChanged(str): the user picked another metric (its key), e.g. to remember it.
    """

    metricChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("metricsPlot")
        self.metric = METRICS[0].key
        self._runs: list[tuple[str, MetricsHistory | None]] = []
        self._placeholder_text = ""

        title = QLabel("Training history")
        title.setObjectName("metricsTitle")
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self._buttons = QButtonGroup(self)
        self._buttons.setExclusive(True)
        switch = QHBoxLayout()
        switch.setSpacing(0)
        for metric in METRICS:
            button = QPushButton(metric.button)
            button.setObjectName(f"metric_{metric.key}")
            button.setCheckable(True)
            button.setChecked(metric.key == self.metric)
            button.setToolTip(
                f"{metric.axis} at each evaluation"
                if metric.from_evals
                else f"{metric.axis}, averaged over each logged stretch of steps"
            )
            self._buttons.addButton(button)
            switch.addWidget(button)
        self._buttons.buttonClicked.connect(self._on_metric_clicked)

        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(QLabel("Show:"))
        header.addLayout(switch)

        background = self.palette().color(QPalette.ColorRole.Base)
        foreground = self.palette().color(QPalette.ColorRole.Text)
        self.plot_widget = pg.PlotWidget(background=background)
        self.plot_widget.setObjectName("metricsPlotView")
        self.plot_widget.setMinimumHeight(160)
        self.plot_widget.setAntialiasing(True)  # noisy loss curves look jagged without it
        self.plot_item = self.plot_widget.getPlotItem()
        self.plot_item.showGrid(x=True, y=True, alpha=0.15)
        self.plot_item.setMenuEnabled(False)
        for side in ("left", "bottom"):
            axis = self.plot_item.getAxis(side)
            axis.setPen(pg.mkPen(foreground))
            axis.setTextPen(pg.mkPen(foreground))
        self.plot_item.setLabel("bottom", "Training step", color=foreground.name())
        self.legend = self.plot_item.addLegend(
            offset=(-10, -10),
            brush=pg.mkBrush(background),
            pen=pg.mkPen(self.palette().color(QPalette.ColorRole.Mid)),
            labelTextColor=foreground,
        )

        self._message = QLabel()
        self._message.setObjectName("metricsPlaceholder")
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._message.setWordWrap(True)
        self._message.setEnabled(False)  # drawn greyed: a hint, not content
        self._stack = QStackedLayout()
        self._stack.addWidget(self._message)
        self._stack.addWidget(self.plot_widget)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addLayout(self._stack, 1)
        self._redraw()

    # ------------------------------------------------------------------ public

    def set_runs(
        self, runs: list[tuple[str, MetricsHistory | None]], placeholder: str = ""
    ) -> None:
        """Show these (model name, history) pairs, coloured by position. A history of None (still
        being read) keeps its colour but draws nothing yet; with nothing to draw, the plot gives
        way to ``placeholder``."""
        self._runs = list(runs)
        self._placeholder_text = placeholder
        self._redraw()

    def set_metric(self, key: str) -> None:
        """Show ``key`` (a ``METRIC_KEYS`` entry); unknown keys are ignored."""
        if key not in METRIC_KEYS or key == self.metric:
            return
        self.metric = key
        for button in self._buttons.buttons():
            button.setChecked(button.objectName() == f"metric_{key}")
        self._redraw()

    def data_items(self) -> list[pg.PlotDataItem]:
        """The curves drawn, in the order of the runs."""
        return list(self.plot_item.listDataItems())

    def showing_plot(self) -> bool:
        return self._stack.currentWidget() is self.plot_widget

    def message(self) -> str:
        """The text shown instead of the plot (empty while the plot shows)."""
        return "" if self.showing_plot() else self._message.text()

    # ------------------------------------------------------------------ drawing

    def _on_metric_clicked(self, button: QPushButton) -> None:
        key = button.objectName().removeprefix("metric_")
        if key != self.metric:
            self.metric = key
            self._redraw()
            self.metricChanged.emit(key)

    def _redraw(self) -> None:
        metric = next(m for m in METRICS if m.key == self.metric)
        self.plot_item.clear()
        foreground = self.palette().color(QPalette.ColorRole.Text)
        self.plot_item.setLabel("left", metric.axis, color=foreground.name())
        loaded = [history for _, history in self._runs if history is not None]
        if not loaded:
            self._show_message(self._placeholder_text or "Select models to see their curves.")
            return
        drawn = 0
        for index, (name, history) in enumerate(self._runs):
            if history is None:
                continue
            steps, values = history.points(metric.key)
            if len(steps) == 0:
                continue
            pen = series_pen(index)
            options: dict[str, Any] = {"pen": pen, "name": name}
            if metric.from_evals:
                options.update(
                    symbol="o",
                    symbolSize=6,
                    symbolPen=pg.mkPen(series_color(index)),
                    symbolBrush=pg.mkBrush(series_color(index)),
                )
            item = pg.PlotDataItem(steps, values, **options)
            self.plot_item.addItem(item)
            if len(steps) > LONG_SERIES:
                # A long run logs many thousands of steps: let pyqtgraph average them down to
                # the pixels shown. Set once the item is in the plot (pyqtgraph 0.14 fails when
                # given these up front), and only for long series (short ones would turn into
                # stairs while the plot is still being laid out).
                item.setDownsampling(auto=True, method="mean")
                item.setClipToView(True)
            drawn += 1
        if not drawn:
            what = "evaluations" if metric.from_evals else "logged training steps"
            names = " or ".join(repr(name) for name, history in self._runs if history is not None)
            self._show_message(f"No {what} are recorded for {names}.")
            return
        if metric.rises:  # scores climb: the bottom right stays free
            self.legend.anchor((1, 1), (1, 1), offset=(-10, -10))
        else:  # losses fall: the top right stays free
            self.legend.anchor((1, 0), (1, 0), offset=(-10, 10))
        self.plot_item.enableAutoRange()
        self._stack.setCurrentWidget(self.plot_widget)

    def _show_message(self, text: str) -> None:
        self._message.setText(text)
        self._stack.setCurrentWidget(self._message)

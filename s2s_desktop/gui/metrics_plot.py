"""The training history of finished models, overlaid so that runs can be compared.

A model's ``metrics.jsonl`` is turned into a ``MetricsHistory`` (plain arrays, read off the GUI
thread), and ``MetricsPlot`` draws one curve per model for the metric the user picks, against
the step, the training time or the tokens seen: steps of runs with different batch sizes train on
different amounts of text, so only the last two compare such runs fairly.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from s2s_desktop.engine.model_files import read_jsonl
from s2s_desktop.engine.tokens_seen import cumulative_tokens
from s2s_desktop.gui.i18n import translate
from s2s_desktop.gui.plot_widget import plot_widget
from s2s_desktop.gui.settings import app_settings
from s2s_desktop.gui.theme import series

# Okabe–Ito, without its yellow (unreadable on white): told apart with colour blindness too.
_PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#555555")
LONG_SERIES = 2000  # points beyond which a curve is thinned out for drawing
_DASHES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine)


def series_color(index: int) -> QColor:
    """The colour of the ``index``-th compared model (the details pane uses the same ones)."""
    return series(_PALETTE[index % len(_PALETTE)])


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
    Metric(
        "valid_loss",
        translate("MetricsPlot", "Validation loss"),
        translate("MetricsPlot", "Validation loss (per token)"),
        True,
        False,
    ),
    Metric(
        "loss",
        translate("MetricsPlot", "Training loss"),
        translate("MetricsPlot", "Training loss (label-smoothed)"),
        False,
        False,
    ),
)
METRIC_KEYS = tuple(metric.key for metric in METRICS)

# What the x axis can count: (key, the choice's text). Time is the run's training clock (the
# records' ``time``: summed over its sessions, evaluations included, the wait before a resume not).
X_AXES: tuple[tuple[str, str], ...] = (
    ("step", translate("MetricsPlot", "Step")),
    ("time", translate("MetricsPlot", "Training time")),
    ("tokens", translate("MetricsPlot", "Tokens seen")),
)
X_AXIS_KEYS = tuple(key for key, _ in X_AXES)
X_AXIS_SETTING = "metricsPlot/xAxis"


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    value = float(value)
    return value if math.isfinite(value) else None


def _nan(value: Any) -> float:
    """A finite number as it is; anything else as NaN (a point that is left out)."""
    number = _number(value)
    return math.nan if number is None else number


def x_scale(x_axis: str, largest: float) -> tuple[float, str]:
    """The divisor and the axis title that put x values up to ``largest`` in readable numbers
    (plain numbers: the axis shows no SI prefix, which read "x0.001" beside scores)."""
    if x_axis == "time":
        if largest >= 2 * 3600:
            return 3600.0, translate("MetricsPlot", "Training time (hours)")
        if largest >= 120:
            return 60.0, translate("MetricsPlot", "Training time (minutes)")
        return 1.0, translate("MetricsPlot", "Training time (seconds)")
    if x_axis == "tokens":
        for divisor, title in (
            (1e9, translate("MetricsPlot", "Tokens seen (billions)")),
            (1e6, translate("MetricsPlot", "Tokens seen (millions)")),
            (1e3, translate("MetricsPlot", "Tokens seen (thousands)")),
        ):
            if largest >= divisor:
                return divisor, title
        return 1.0, translate("MetricsPlot", "Tokens seen")
    return 1.0, translate("MetricsPlot", "Training step")


def _place(steps: np.ndarray, known_steps: np.ndarray, known: np.ndarray) -> np.ndarray:
    """``known`` (time or tokens at the step records' ``known_steps``) at ``steps``: interpolated
    between records, from 0 at step 0, and carried on at the last stretch's rate past the last
    record (an evaluation at the end of an epoch may follow it by a few steps)."""
    keep = np.isfinite(known)
    known_steps, first = np.unique(known_steps[keep], return_index=True)  # sorted, once a step
    known = known[keep][first]
    if len(known_steps) == 0 or known_steps[0] > 0:
        known_steps, known = np.r_[0.0, known_steps], np.r_[0.0, known]
    if len(known_steps) < 2:
        return np.full(len(steps), np.nan)
    placed = np.interp(steps, known_steps, known)
    rate = (known[-1] - known[-2]) / (known_steps[-1] - known_steps[-2])
    beyond = steps > known_steps[-1]
    placed[beyond] = known[-1] + rate * (steps[beyond] - known_steps[-1])
    return placed


@dataclass(frozen=True)
class Curve:
    """One metric's points: the values, and where each lies on every x axis (NaN: unknown)."""

    x: dict[str, np.ndarray]
    y: np.ndarray


@dataclass(frozen=True)
class MetricsHistory:
    """A model's logged metrics as curves, one per metric key.

    A step record places its points by its own step, ``time`` and ``tokens`` (estimated from its
    speed in files older than the count: ``engine.tokens_seen``); an evaluation by its step, and
    by the time and tokens the step records give at that step.
    """

    series: dict[str, Curve] = field(default_factory=dict)
    evaluations: int = 0
    logged_steps: int = 0

    @classmethod
    def from_records(cls, records: list[dict[str, Any]]) -> MetricsHistory:
        """Keep the finite values only; a record without a step cannot be placed and is skipped."""
        placed = [r for r in records if _number(r.get("step")) is not None]
        logged = [r for r in placed if r.get("type") == "step"]
        evals = [r for r in placed if r.get("type") == "eval"]
        clock = {
            "step": np.asarray([_number(r["step"]) for r in logged], dtype=float),
            "time": np.asarray([_nan(r.get("time")) for r in logged], dtype=float),
            "tokens": np.asarray(cumulative_tokens(logged), dtype=float),
        }
        eval_steps = np.asarray([_number(r["step"]) for r in evals], dtype=float)
        eval_x = {
            "step": eval_steps,
            "time": _place(eval_steps, clock["step"], clock["time"]),
            "tokens": _place(eval_steps, clock["step"], clock["tokens"]),
        }
        if not logged:  # no step records to place them by: their own clock, where recorded
            eval_x["time"] = np.asarray([_nan(r.get("time")) for r in evals], dtype=float)
        series = {}
        for metric in METRICS:
            rows, xs = (evals, eval_x) if metric.from_evals else (logged, clock)
            values = np.asarray([_nan(r.get(metric.key)) for r in rows], dtype=float)
            keep = np.isfinite(values)
            series[metric.key] = Curve({a: x[keep] for a, x in xs.items()}, values[keep])
        return cls(series, len(evals), len(logged))

    def points(self, key: str, x_axis: str = "step") -> tuple[np.ndarray, np.ndarray]:
        """(x, values) of metric ``key`` along ``x_axis`` (an ``X_AXIS_KEYS`` entry), leaving out
        the points that cannot be placed on it."""
        curve = self.series.get(key)
        if curve is None or x_axis not in curve.x:
            empty = np.zeros(0, dtype=float)
            return empty, empty
        xs = curve.x[x_axis]
        keep = np.isfinite(xs)
        return xs[keep], curve.y[keep]


def read_metrics_history(path: Path) -> MetricsHistory:
    """Read a ``metrics.jsonl`` (slow for long runs: call it off the GUI thread)."""
    return MetricsHistory.from_records(read_jsonl(path))


class MetricsPlot(QWidget):
    """Curves of one metric for several models, with a legend, a metric switch and a choice of
    what the x axis counts (remembered in the app's settings).

    Attributes:
        metric_key: the metric shown (one of ``METRIC_KEYS``; not ``metric``, which would hide
            ``QWidget.metric()`` from Qt and break painting).
        x_axis: what the x axis counts (one of ``X_AXIS_KEYS``).
        plot_item: the pyqtgraph PlotItem (its ``listDataItems()`` are the curves shown).
        x_axis_box: the choice of x axis.

    Signals:
        metricChanged(str): the user picked another metric (its key), e.g. to remember it.
        xAxisChanged(str): the x axis now counts another thing (its key); already remembered.
    """

    metricChanged = Signal(str)
    xAxisChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("metricsPlot")
        self.metric_key = METRICS[0].key
        saved = app_settings().value(X_AXIS_SETTING, "step", type=str)
        self.x_axis = saved if saved in X_AXIS_KEYS else "step"
        self._runs: list[tuple[str, MetricsHistory | None]] = []
        self._placeholder_text = ""

        title = QLabel(self.tr("Training history"))
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
            button.setChecked(metric.key == self.metric_key)
            button.setToolTip(
                (
                    self.tr("{metric} at each evaluation")
                    if metric.from_evals
                    else self.tr("{metric}, averaged over each logged stretch of steps")
                ).format(metric=metric.axis)
            )
            self._buttons.addButton(button)
            switch.addWidget(button)
        self._buttons.buttonClicked.connect(self._on_metric_clicked)

        self.x_axis_box = QComboBox()
        self.x_axis_box.setObjectName("metricsXAxis")
        for key, text in X_AXES:
            self.x_axis_box.addItem(text, key)
        self.x_axis_box.setCurrentIndex(X_AXIS_KEYS.index(self.x_axis))
        self.x_axis_box.setAccessibleName(self.tr("Horizontal axis of the training history"))
        self.x_axis_box.setToolTip(
            self.tr(
                "What the horizontal axis counts. Steps of runs with different batch sizes train "
                "on different amounts of text: compare such runs by training time or by tokens "
                "seen (source + target tokens trained on so far)."
            )
        )
        self.x_axis_box.currentIndexChanged.connect(self._on_x_axis_changed)
        along = QLabel(self.tr("b&y"))
        along.setBuddy(self.x_axis_box)

        # Two rows, so that the Models tab fits a narrow window: the title with the axis, then
        # the metrics.
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(along)
        header.addWidget(self.x_axis_box)
        metrics = QHBoxLayout()
        metrics.addWidget(QLabel(self.tr("Show:")))
        metrics.addLayout(switch)
        metrics.addStretch(1)

        self.plot_widget = plot_widget()
        self.plot_widget.setObjectName("metricsPlotView")
        self.plot_widget.setAccessibleName(self.tr("Training curves of the selected models"))
        self.plot_widget.setMinimumHeight(160)
        self.plot_widget.setAntialiasing(True)  # noisy loss curves look jagged without it
        self.plot_item = self.plot_widget.getPlotItem()
        self.plot_item.showGrid(x=True, y=True, alpha=0.15)
        self.plot_item.setMenuEnabled(False)
        for side in ("left", "bottom"):
            self.plot_item.getAxis(side).enableAutoSIPrefix(False)  # not "BLEU (x0.001)"
        self.legend = self.plot_item.addLegend(offset=(-10, -10))
        self._apply_palette()

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
        layout.addLayout(metrics)
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
        if key not in METRIC_KEYS or key == self.metric_key:
            return
        self.metric_key = key
        for button in self._buttons.buttons():
            button.setChecked(button.objectName() == f"metric_{key}")
        self._redraw()

    def set_x_axis(self, key: str) -> None:
        """Count ``key`` (an ``X_AXIS_KEYS`` entry) on the x axis, and remember it; unknown keys
        are ignored."""
        if key in X_AXIS_KEYS:
            self.x_axis_box.setCurrentIndex(X_AXIS_KEYS.index(key))

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
        if key != self.metric_key:
            self.metric_key = key
            self._redraw()
            self.metricChanged.emit(key)

    def _on_x_axis_changed(self, index: int) -> None:
        key = self.x_axis_box.itemData(index)
        if key in X_AXIS_KEYS and key != self.x_axis:
            self.x_axis = key
            app_settings().setValue(X_AXIS_SETTING, key)
            self._redraw()
            self.xAxisChanged.emit(key)

    def _apply_palette(self) -> None:
        """Background, axes and legend from the palette, so a dark theme reads as well."""
        background = self.palette().color(QPalette.ColorRole.Base)
        foreground = self.palette().color(QPalette.ColorRole.Text)
        self.plot_widget.setBackground(background)
        for side in ("left", "bottom"):
            axis = self.plot_item.getAxis(side)
            axis.setPen(pg.mkPen(foreground))
            axis.setTextPen(pg.mkPen(foreground))
        self.legend.setBrush(pg.mkBrush(background))
        self.legend.setPen(pg.mkPen(self.palette().color(QPalette.ColorRole.Mid)))
        self.legend.setLabelTextColor(foreground)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "legend"):
            self._apply_palette()
            self._redraw()  # the series' colours follow the theme too

    def _redraw(self) -> None:
        metric = next(m for m in METRICS if m.key == self.metric_key)
        self.plot_item.clear()
        foreground = self.palette().color(QPalette.ColorRole.Text)
        self.plot_item.setLabel("left", metric.axis, color=foreground.name())
        loaded = [history for _, history in self._runs if history is not None]
        if not loaded:
            self._show_message(
                self._placeholder_text or self.tr("Select models to see their curves.")
            )
            return
        curves = {
            index: history.points(metric.key, self.x_axis)
            for index, (_, history) in enumerate(self._runs)
            if history is not None
        }
        largest = max((float(np.max(xs)) for xs, _ in curves.values() if len(xs)), default=0.0)
        divisor, x_title = x_scale(self.x_axis, largest)
        self.plot_item.setLabel("bottom", x_title, color=foreground.name())
        drawn = 0
        for index, (xs, values) in curves.items():
            name = self._runs[index][0]
            if len(xs) == 0:
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
            item = pg.PlotDataItem(xs / divisor, values, **options)
            self.plot_item.addItem(item)
            if len(xs) > LONG_SERIES:
                # A long run logs many thousands of steps: let pyqtgraph average them down to
                # the pixels shown. Set once the item is in the plot (pyqtgraph 0.14 fails when
                # given these up front), and only for long series (short ones would turn into
                # stairs while the plot is still being laid out).
                item.setDownsampling(auto=True, method="mean")
                item.setClipToView(True)
            drawn += 1
        if not drawn:
            self._show_message(self._nothing_drawn(metric, loaded))
            return
        if metric.rises:  # scores climb: the bottom right stays free
            self.legend.anchor((1, 1), (1, 1), offset=(-10, -10))
        else:  # losses fall: the top right stays free
            self.legend.anchor((1, 0), (1, 0), offset=(-10, 10))
        self.plot_item.enableAutoRange()
        # A run starts at 0, and a score at 0: one evaluation is a point at its step with BLEU
        # from 0 up, not a dot alone mid-axis between steps 8.6 and 9.4 and BLEU -0.4 and 0.5.
        if largest > 0:
            self.plot_item.setXRange(0, largest / divisor, padding=0.03)
        if metric.rises:
            finite = [values[np.isfinite(values)] for _, values in curves.values()]
            top = max((float(f.max()) for f in finite if f.size), default=0.0)
            self.plot_item.setYRange(0, top if top > 0 else 1.0, padding=0.05)
        self._stack.setCurrentWidget(self.plot_widget)

    def _nothing_drawn(self, metric: Metric, loaded: list[MetricsHistory]) -> str:
        """Why no curve shows: nothing recorded, or nothing that the x axis can place."""
        names = ", ".join(repr(name) for name, history in self._runs if history is not None)
        if not any(len(h.points(metric.key)[0]) for h in loaded):
            if metric.from_evals:
                return self.tr("No evaluations are recorded for {names}.").format(names=names)
            return self.tr("No training steps are logged for {names}.").format(names=names)
        # Recorded, but not placeable on this x axis: whole sentences, for the translators.
        unplaced = {
            (True, "step"): self.tr("The evaluations of {names} do not record their step."),
            (True, "time"): self.tr(
                "The evaluations of {names} do not record their training time."
            ),
            (True, "tokens"): self.tr("The evaluations of {names} do not record the tokens seen."),
            (False, "step"): self.tr("The training steps of {names} do not record their step."),
            (False, "time"): self.tr(
                "The training steps of {names} do not record their training time."
            ),
            (False, "tokens"): self.tr(
                "The training steps of {names} do not record the tokens seen."
            ),
        }
        return unplaced[metric.from_evals, self.x_axis].format(names=names)

    def _show_message(self, text: str) -> None:
        self._message.setText(text)
        self._stack.setCurrentWidget(self._message)

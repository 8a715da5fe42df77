"""Live training curves: loss per step (raw and smoothed), validation loss, BLEU and chrF.

A run of 100 k steps must stay smooth, so points go into numpy arrays that grow by doubling
(appending is amortised O(1)), the curves are redrawn at most ``REFRESH_MS`` apart however fast
events arrive, and pyqtgraph draws only the visible range, downsampled to the screen's width.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QFileDialog,
    QGraphicsItem,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from s2s_desktop.gui.i18n import translate
from s2s_desktop.gui.plot_widget import plot_widget
from s2s_desktop.gui.theme import series as series_colour

PNG_FILTER = translate("TrainingPlots", "PNG image (*.png)")
CSV_FILTER = translate("TrainingPlots", "CSV data (*.csv)")

# The series' own colours; ``theme.series`` lightens them on a dark theme.
_RAW, _SMOOTH, _VALID = QColor(100, 149, 237), QColor(25, 85, 190), QColor(230, 120, 20)
_BLEU, _CHRF = QColor(40, 140, 60), QColor(140, 70, 170)
_LEGEND = {"labelTextSize": "9pt", "verSpacing": -6, "horSpacing": 4}


class GrowingSeries:
    """(x, y) points in numpy arrays that double their capacity when full.

    ``x`` and ``y`` are views of the filled part; they stay valid until the next append.
    """

    def __init__(self, capacity: int = 1024) -> None:
        self._x = np.empty(capacity)
        self._y = np.empty(capacity)
        self.size = 0

    @property
    def x(self) -> np.ndarray:
        return self._x[: self.size]

    @property
    def y(self) -> np.ndarray:
        return self._y[: self.size]

    def extend(self, xs: Iterable[float], ys: Iterable[float]) -> None:
        new_x = np.fromiter(xs, dtype=float)
        new_y = np.fromiter(ys, dtype=float)
        end = self.size + len(new_x)
        if end > len(self._x):
            capacity = max(end, 2 * len(self._x))
            self._x = np.resize(self._x, capacity)
            self._y = np.resize(self._y, capacity)
        self._x[self.size : end] = new_x
        self._y[self.size : end] = new_y
        self.size = end

    def clear(self) -> None:
        """Forget every point (new buffers: pyqtgraph may still hold views of the old ones)."""
        self.__init__(max(1024, min(len(self._x), 1 << 16)))


def _style_plot(plot: pg.PlotWidget, left: str) -> None:
    item = plot.getPlotItem()
    item.setLabel("bottom", translate("TrainingPlots", "step"))
    item.setLabel("left", left)
    item.showGrid(x=True, y=True, alpha=0.15)
    item.setMenuEnabled(False)  # pyqtgraph's own menu: too technical; Export is one button away
    for name in ("left", "bottom"):
        axis = item.getAxis(name)
        axis.enableAutoSIPrefix(False)  # plain numbers: no "(x0.001)" beside a BLEU below 1
        # Drawn once into a pixmap until its ticks change: replaying an axis's text and grid
        # was most of a refresh (a refresh paints each plot several times).
        axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    # Both plots get the same axis width so their step axes line up (they are x-linked, and
    # pyqtgraph aligns linked views by pixels: an axis growing from "0.8" to "80" would skew it).
    item.getAxis("left").setWidth(48)
    plot.setMinimumHeight(110)


def _fast(item: pg.PlotDataItem) -> pg.PlotDataItem:
    """Draw only what is visible, downsampled to the screen: smooth at 100 k points."""
    item.setDownsampling(auto=True, method="peak")
    item.setClipToView(True)
    return item


def _fit_columns(legend: pg.LegendItem, view: pg.ViewBox, most: int) -> None:
    """As many legend columns as the view's width holds: a legend wider than its view would be
    cut off at the view's edge, so a narrow plot stacks the labels instead."""
    room = view.width() - 12  # the legend's offset from the edge, and a little air
    for count in range(most, 0, -1):
        legend.setColumnCount(count)
        if legend.boundingRect().width() <= room:
            return


class _Placeholder(QLabel):
    """A hint centred over an empty plot, saying what will appear there and when."""

    def __init__(self, text: str, plot: QWidget) -> None:
        super().__init__(text, plot)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        plot.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            parent = self.parentWidget()
            self.setGeometry(parent.rect().adjusted(60, 10, -20, -40))
        return False


class TrainingPlots(QWidget):
    """The loss plot and the BLEU/chrF plot of a training run, with PNG/CSV export.

    Attributes:
        loss_plot: the ``lossPlot`` PlotWidget: raw and smoothed training loss, validation loss.
        bleu_plot: the ``bleuPlot`` PlotWidget: BLEU and chrF per evaluation.
        raw_item, smooth_item, valid_item, bleu_item, chrf_item: their data items.

    Signals:
        exported(str): a plot was written to this path.
        exportFailed(str): a sentence saying why a plot could not be written.
    """

    exported = Signal(str)
    exportFailed = Signal(str)

    REFRESH_MS = 100  # at most ~10 redraws a second, however fast steps arrive
    SMOOTHING = 0.9  # EMA weight of the past (bias-corrected, so early steps are not pulled to 0)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingPlots")
        self._raw = GrowingSeries()
        self._smooth = GrowingSeries()
        self._valid = GrowingSeries()
        self._bleu = GrowingSeries()
        self._chrf = GrowingSeries()
        self._reset_smoothing()

        self.loss_plot = plot_widget()
        self.loss_plot.setObjectName("lossPlot")
        self.loss_plot.setAccessibleName(self.tr("Loss plot"))
        _style_plot(self.loss_plot, self.tr("loss"))
        loss_item = self.loss_plot.getPlotItem()
        # One row, top right: a falling curve leaves that band free (and a short plot keeps
        # most of its height for the curve).
        self.loss_legend = loss_item.addLegend(offset=(-6, 4), colCount=3, **_LEGEND)
        self.raw_item = _fast(loss_item.plot(name=self.tr("training loss")))
        self.smooth_item = _fast(loss_item.plot(name=self.tr("smoothed")))
        self.valid_item = loss_item.plot(
            pen=None,
            symbol="o",
            symbolSize=8,
            name=self.tr("validation loss"),
        )

        self.bleu_plot = plot_widget()
        self.bleu_plot.setObjectName("bleuPlot")
        self.bleu_plot.setAccessibleName(self.tr("BLEU and chrF plot"))
        _style_plot(self.bleu_plot, self.tr("score"))
        bleu_item = self.bleu_plot.getPlotItem()
        # Top left: scores rise, so the curves leave that corner free.
        self.bleu_legend = bleu_item.addLegend(offset=(6, 4), colCount=2, **_LEGEND)
        self.bleu_item = bleu_item.plot(symbol="o", symbolSize=7, name="BLEU")
        self.chrf_item = bleu_item.plot(symbol="t", symbolSize=7, name="chrF")
        # Both read off the same step axis once there are scores (``_link_steps``); until then
        # the empty plot does not follow every new step (half of each refresh's painting).
        self._steps_linked = False

        for plot, legend, most in (
            (self.loss_plot, self.loss_legend, 3),
            (self.bleu_plot, self.bleu_legend, 2),
        ):
            view = plot.getPlotItem().getViewBox()
            view.sigResized.connect(partial(_fit_columns, legend, most=most))

        self._apply_palette()
        self._loss_hint = _Placeholder(
            self.tr("The training loss appears here as soon as a run starts."), self.loss_plot
        )
        self._bleu_hint = _Placeholder(
            self.tr(
                "BLEU and chrF appear after each evaluation (each epoch, or through a time budget)."
            ),
            self.bleu_plot,
        )
        self._show_hints()

        self.export_button = QPushButton(self.tr("Export plot…"))
        self.export_button.setObjectName("exportPlotButton")
        self.export_button.setToolTip(self.tr("Save a plot as a PNG image or its points as CSV."))
        menu = QMenu(self.export_button)
        menu.addAction(self.tr("Loss plot…"), lambda: self.export_with_dialog("loss"))
        menu.addAction(self.tr("BLEU / chrF plot…"), lambda: self.export_with_dialog("bleu"))
        self.export_button.setMenu(menu)

        title = QLabel("<b>{}</b>".format(self.tr("Training curves")))
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.export_button)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.loss_plot)
        splitter.addWidget(self.bleu_plot)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([300, 200])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(splitter, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.REFRESH_MS)
        self._timer.timeout.connect(self.flush)

    # ------------------------------------------------------------------ data

    def _apply_palette(self) -> None:
        """Backgrounds, axes, legends and series from the palette: light or dark alike."""
        colours = self.palette()
        base = colours.color(QPalette.ColorRole.Base)
        text = colours.color(QPalette.ColorRole.Text)
        for plot in (self.loss_plot, self.bleu_plot):
            plot.setBackground(base)
            for side in ("left", "bottom"):
                axis = plot.getPlotItem().getAxis(side)
                axis.setPen(pg.mkPen(text))
                axis.setTextPen(pg.mkPen(text))
        backdrop = QColor(base)
        backdrop.setAlpha(210)  # readable over a curve that runs beneath the legend
        for legend in (self.loss_legend, self.bleu_legend):
            legend.setLabelTextColor(text)
            legend.setBrush(pg.mkBrush(backdrop))
        raw = series_colour(_RAW)
        raw.setAlpha(120)
        self.raw_item.setPen(pg.mkPen(raw, width=1))
        self.smooth_item.setPen(pg.mkPen(series_colour(_SMOOTH), width=2))
        self.valid_item.setSymbolBrush(pg.mkBrush(series_colour(_VALID)))
        self.valid_item.setSymbolPen(pg.mkPen(base))
        self.bleu_item.setPen(pg.mkPen(series_colour(_BLEU), width=2))
        self.bleu_item.setSymbolBrush(pg.mkBrush(series_colour(_BLEU)))
        chrf = pg.mkPen(series_colour(_CHRF), width=2, style=Qt.PenStyle.DashLine)
        self.chrf_item.setPen(chrf)
        self.chrf_item.setSymbolBrush(pg.mkBrush(series_colour(_CHRF)))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()

    def clear(self) -> None:
        """Forget every point (a new run)."""
        for series in (self._raw, self._smooth, self._valid, self._bleu, self._chrf):
            series.clear()
        self._reset_smoothing()
        self._link_steps(False)
        self.flush()

    def _link_steps(self, linked: bool) -> None:
        """Make the BLEU plot's step axis follow the loss plot's (or stop following it)."""
        if linked != self._steps_linked:
            self._steps_linked = linked
            self.bleu_plot.setXLink(self.loss_plot if linked else None)

    def _reset_smoothing(self) -> None:
        self._ema = 0.0
        self._ema_zero = 1.0  # the weight left on the EMA's start at 0 (divided out)
        self._ema_step: int | None = None  # the step of the last point smoothed

    def add_steps(self, points: list[tuple[int, float]]) -> None:
        """Append (step, training loss) points; the smoothed curve follows."""
        if not points:
            return
        smoothed = []
        for step, loss in points:
            # A point may stand for several steps (a resumed run's history: one per logged
            # interval): it weighs as many, so the curve lags as much as the live one.
            gap = 1 if self._ema_step is None else max(1, step - self._ema_step)
            decay = self.SMOOTHING**gap
            self._ema = decay * self._ema + (1 - decay) * loss
            self._ema_zero *= decay
            self._ema_step = step
            smoothed.append(self._ema / (1 - self._ema_zero))
        steps = [step for step, _ in points]
        self._raw.extend(steps, (loss for _, loss in points))
        self._smooth.extend(steps, smoothed)
        self._schedule()

    def add_evaluation(self, step: int, valid_loss: float, bleu: float, chrf: float) -> None:
        self._link_steps(True)
        self._valid.extend([step], [valid_loss])
        self._bleu.extend([step], [bleu])
        self._chrf.extend([step], [chrf])
        self._schedule()

    def load_history(self, records: list[dict[str, Any]]) -> None:
        """Put an earlier session's points (``metrics.jsonl`` records) before the current ones.

        A resumed run continues its curve; points already shown are kept after the history.
        """
        steps = [(r["step"], r["loss"]) for r in records if r.get("type") == "step"]
        evals = [r for r in records if r.get("type") == "eval"]
        current = list(zip(self._raw.x.tolist(), self._raw.y.tolist()))
        current_evals = list(
            zip(self._valid.x.tolist(), self._valid.y.tolist(), self._bleu.y.tolist())
        )
        current_chrf = self._chrf.y.tolist()
        first = current[0][0] if current else float("inf")
        for series in (self._raw, self._smooth, self._valid, self._bleu, self._chrf):
            series.clear()
        self._reset_smoothing()
        self.add_steps([(step, loss) for step, loss in steps if step < first] + current)
        for r in evals:
            if r["step"] < first:
                self.add_evaluation(r["step"], r["valid_loss"], r["bleu"], r["chrf"])
        for (step, valid_loss, bleu), chrf in zip(current_evals, current_chrf):
            self.add_evaluation(int(step), valid_loss, bleu, chrf)
        self.flush()

    @property
    def step_count(self) -> int:
        return self._raw.size

    @property
    def evaluation_count(self) -> int:
        return self._bleu.size

    def _schedule(self) -> None:
        if not self._timer.isActive():
            self._timer.start()

    @Slot()
    def flush(self) -> None:
        """Draw the points now (the timer calls this at most every ``REFRESH_MS``)."""
        self._timer.stop()
        self.raw_item.setData(self._raw.x, self._raw.y)
        self.smooth_item.setData(self._smooth.x, self._smooth.y)
        self.valid_item.setData(self._valid.x, self._valid.y)
        self.bleu_item.setData(self._bleu.x, self._bleu.y)
        self.chrf_item.setData(self._chrf.x, self._chrf.y)
        # Settle the loss view's range now, so the linked BLEU view follows it at once rather
        # than one paint late (a grab or a slow repaint would show them misaligned).
        self.loss_plot.getPlotItem().getViewBox().updateAutoRange()
        self._show_hints()

    def _show_hints(self) -> None:
        """An empty plot shows its hint and no legend: a legend of curves not drawn yet says
        nothing the hint does not, and a short plot has no room for both."""
        for hint, legend, empty in (
            (self._loss_hint, self.loss_legend, self._raw.size == 0),
            (self._bleu_hint, self.bleu_legend, self._bleu.size == 0),
        ):
            hint.setVisible(empty)
            legend.setVisible(not empty)

    # ------------------------------------------------------------------ export

    def export(self, which: str, path: str | Path) -> Path:
        """Write the ``"loss"`` or ``"bleu"`` plot to ``path``: CSV for .csv, else PNG."""
        import pyqtgraph.exporters as exporters

        self.flush()
        path = Path(path)
        plot = self.loss_plot if which == "loss" else self.bleu_plot
        if path.suffix.lower() == ".csv":
            exporter = exporters.CSVExporter(plot.getPlotItem())
        else:
            if path.suffix.lower() != ".png":
                path = path.with_name(path.name + ".png")
            exporter = exporters.ImageExporter(plot.getPlotItem())
            exporter.parameters()["width"] = max(1200, plot.width())
        exporter.export(str(path))
        if not path.exists():  # ImageExporter reports a failed write only by not writing
            raise OSError(self.tr("could not write {path}").format(path=path))
        return path

    def export_with_dialog(self, which: str) -> None:
        """Ask where to save, by file type, then export (the Export menu's actions)."""
        title = (
            self.tr("Export the loss plot")
            if which == "loss"
            else self.tr("Export the BLEU / chrF plot")
        )
        default = str(Path.home() / f"{which}-plot.png")
        path, chosen = QFileDialog.getSaveFileName(
            self, title, default, f"{PNG_FILTER};;{CSV_FILTER}"
        )
        if not path:
            return
        if chosen == CSV_FILTER and Path(path).suffix.lower() != ".csv":
            path = str(Path(path).with_suffix(".csv"))
        try:
            written = self.export(which, path)
        except OSError as error:
            self.exportFailed.emit(
                self.tr("Could not save the plot: {reason}.").format(reason=error.strerror or error)
            )
            return
        self.exported.emit(str(written))

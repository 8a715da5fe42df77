"""The Train tab's live plots read scores and losses in their own units: no SI prefix."""

import pytest
from PySide6.QtCore import QRect

from s2s_desktop.gui.loss_plot import TrainingPlots


def test_scores_below_1_and_millions_of_steps_have_no_si_prefix(qtbot):
    plots = TrainingPlots()
    qtbot.addWidget(plots)
    plots.resize(600, 400)
    plots.show()
    qtbot.waitExposed(plots)
    plots.add_steps([(step, 0.004) for step in range(1_000_000, 1_000_500)])
    plots.add_evaluation(1_000_100, 0.003, 0.4, 0.8)
    plots.add_evaluation(1_000_400, 0.002, 0.8, 0.9)
    plots.flush()
    qtbot.wait(50)  # pyqtgraph picks a prefix from the view range once it is laid out
    for plot in (plots.loss_plot, plots.bleu_plot):
        for side in ("left", "bottom"):
            axis = plot.getPlotItem().getAxis(side)
            assert axis.autoSIPrefixScale == 1.0 and axis.labelUnitPrefix == "", side
            assert "x0.001" not in axis.labelString() and "x1e+06" not in axis.labelString()


def _on_screen(plot, item) -> QRect:
    """Where a plot's scene item is drawn, in the plot widget's pixels."""
    return plot.mapFromScene(item.mapRectToScene(item.boundingRect())).boundingRect()


def _overlaps(plots: TrainingPlots) -> list[str]:
    """The plots whose hint and legend are both shown and cross each other."""
    found = []
    for plot, hint, legend in (
        (plots.loss_plot, plots._loss_hint, plots.loss_legend),
        (plots.bleu_plot, plots._bleu_hint, plots.bleu_legend),
    ):
        text = hint.geometry()
        text.setHeight(hint.heightForWidth(text.width()))  # the lines as drawn, not the box
        text.moveCenter(hint.geometry().center())
        if hint.isVisible() and legend.isVisible() and text.intersects(_on_screen(plot, legend)):
            found.append(plot.objectName())
    return found


def _clipped_legends(plots: TrainingPlots) -> list[str]:
    """The plots whose legend runs out of its view (a label cut off)."""
    return [
        plot.objectName()
        for plot, legend in (
            (plots.loss_plot, plots.loss_legend),
            (plots.bleu_plot, plots.bleu_legend),
        )
        if legend.isVisible()
        and not _on_screen(plot, plot.getPlotItem().getViewBox()).contains(_on_screen(plot, legend))
    ]


@pytest.mark.parametrize("size", [(900, 600), (1280, 800)])
def test_the_empty_plots_hint_never_covers_a_legend(qtbot, window, screenshots, size):
    window.resize(*size)
    window.tabs.setCurrentWidget(window.train_tab)
    plots = window.train_tab.plots
    qtbot.wait(100)  # laid out at the new size
    name = f"train-plots-empty-{window.width()}x{window.height()}.png"
    window.grab().save(str(screenshots / name))
    assert plots._loss_hint.isVisible() and plots._bleu_hint.isVisible()
    assert _overlaps(plots) == []

    plots.add_steps([(step, 5.0 - step / 100) for step in range(1, 300)])
    plots.flush()
    qtbot.wait(50)
    assert not plots._loss_hint.isVisible() and plots.loss_legend.isVisible()
    assert _overlaps(plots) == [] and _clipped_legends(plots) == []
    plots.add_evaluation(299, 2.5, 12.0, 30.0)
    plots.flush()
    qtbot.wait(50)
    name = f"train-plots-drawn-{window.width()}x{window.height()}.png"
    window.grab().save(str(screenshots / name))
    assert plots.bleu_legend.isVisible() and _clipped_legends(plots) == []


def test_a_resumed_runs_logged_history_smooths_as_the_live_steps_do(qtbot):
    """metrics.jsonl keeps one loss per logged interval (10 steps here): each such point
    weighs its steps, so the smoothed curve does not lag ten times as far behind."""

    def loss(step: int) -> float:
        return 8.0 - step / 200

    live, resumed = TrainingPlots(), TrainingPlots()
    qtbot.addWidget(live)
    qtbot.addWidget(resumed)
    live.add_steps([(step, loss(step)) for step in range(1, 1001)])
    resumed.load_history(
        [{"type": "step", "step": s, "loss": loss(s)} for s in range(10, 1001, 10)]
    )
    lag_live = live._smooth.y[-1] - loss(1000)
    lag_resumed = resumed._smooth.y[-1] - loss(1000)
    assert 0.03 < lag_live < 0.06
    assert lag_resumed == pytest.approx(lag_live, abs=0.02)

"""The Train tab's live plots read scores and losses in their own units: no SI prefix."""

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

"""The Models tab's comparison plot: curves by step, training time or tokens seen, read from
hand-written ``metrics.jsonl`` files (one from before the token count), scores without an SI
prefix, and the x axis remembered between sessions."""

import json

import numpy as np
import pytest
from PySide6.QtCore import Qt

from s2s_desktop.gui.metrics_plot import (
    X_AXIS_SETTING,
    MetricsHistory,
    MetricsPlot,
    read_metrics_history,
)
from s2s_desktop.gui.settings import app_settings

# Step records every 10 steps; evaluations before the first one, between two, and after the last.
NEW_RECORDS = [
    {"type": "eval", "step": 5, "valid_loss": 4.0, "bleu": 0.2, "chrf": 5.0, "time": 3.5},
    {"type": "step", "step": 10, "epoch": 1, "loss": 3.0, "lr": 1e-3, "tokens_per_s": 200.0,
     "time": 5.0, "tokens": 1000},
    {"type": "step", "step": 20, "epoch": 1, "loss": 2.0, "lr": 1e-3, "tokens_per_s": 200.0,
     "time": 10.0, "tokens": 2000},
    {"type": "eval", "step": 20, "valid_loss": 3.0, "bleu": 0.5, "chrf": 9.0, "time": 12.0},
    {"type": "step", "step": 30, "epoch": 2, "loss": 1.5, "lr": 1e-3, "tokens_per_s": 100.0,
     "time": 20.0, "tokens": 3000},
    {"type": "eval", "step": 35, "valid_loss": 2.5, "bleu": 0.8, "chrf": 12.0, "time": 27.0},
    {"type": "final", "step": 35, "beam": 4, "bleu": 0.9, "chrf": 13.0},
]  # fmt: skip
# Written before step records counted tokens: the count comes from tokens_per_s x time.
OLD_RECORDS = [
    {"type": "step", "step": 10, "epoch": 1, "loss": 3.0, "tokens_per_s": 250.0, "time": 4.0},
    {"type": "step", "step": 20, "epoch": 1, "loss": 2.5, "tokens_per_s": 500.0, "time": 8.0},
    {"type": "eval", "step": 20, "valid_loss": 2.8, "bleu": 0.4, "chrf": 8.0, "time": 9.0},
    {"type": "step", "step": 30, "epoch": 2, "loss": 2.0, "tokens_per_s": 1000.0, "time": 10.0},
]


def write_metrics(folder, records):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "metrics.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture
def histories(tmp_path):
    new = read_metrics_history(write_metrics(tmp_path / "new", NEW_RECORDS))
    old = read_metrics_history(write_metrics(tmp_path / "old", OLD_RECORDS))
    return new, old


def test_steps_and_evaluations_are_placed_by_step_time_and_tokens(histories):
    new, old = histories
    assert (new.evaluations, new.logged_steps) == (3, 3)
    expected = {
        "loss": {"step": [10, 20, 30], "time": [5, 10, 20], "tokens": [1000, 2000, 3000]},
        # At the evaluation's step: from 0 at step 0, between records, on past the last one.
        "bleu": {"step": [5, 20, 35], "time": [2.5, 10, 25], "tokens": [500, 2000, 3500]},
    }
    for key, by_axis in expected.items():
        for axis, xs in by_axis.items():
            placed, _ = new.points(key, axis)
            np.testing.assert_allclose(placed, xs, err_msg=f"{key} by {axis}")
    np.testing.assert_allclose(new.points("bleu", "tokens")[1], [0.2, 0.5, 0.8])

    np.testing.assert_allclose(old.points("loss", "tokens")[0], [1000, 3000, 5000])
    np.testing.assert_allclose(old.points("loss", "time")[0], [4, 8, 10])
    np.testing.assert_allclose(old.points("valid_loss", "tokens")[0], [3000])
    np.testing.assert_allclose(old.points("chrf", "time")[0], [8])


def test_evaluations_without_step_records_keep_their_own_time(qtbot):
    history = MetricsHistory.from_records(
        [{"type": "eval", "step": 4, "valid_loss": 3.0, "bleu": 1.0, "chrf": 9.0, "time": 6.5}]
    )
    np.testing.assert_allclose(history.points("bleu", "time")[0], [6.5])
    assert len(history.points("bleu", "tokens")[0]) == 0  # nothing to count them by
    plot = MetricsPlot()
    qtbot.addWidget(plot)
    plot.set_runs([("short", history)])
    plot.set_x_axis("tokens")
    assert not plot.showing_plot()
    assert plot.message() == "The evaluations of 'short' do not record the tokens seen."


def test_two_runs_compared_by_tokens_on_plain_axes(qtbot, histories, screenshots):
    new, old = histories
    plot = MetricsPlot()
    qtbot.addWidget(plot)
    plot.resize(760, 380)
    plot.show()
    qtbot.waitExposed(plot)
    plot.set_runs([("new", new), ("old", old)])
    with qtbot.waitSignal(plot.xAxisChanged) as changed:
        plot.x_axis_box.setFocus()
        qtbot.keyClick(plot.x_axis_box, Qt.Key.Key_End)  # the last choice: tokens seen
    assert changed.args == ["tokens"] and plot.x_axis == "tokens"
    by_name = {item.name(): item.getData() for item in plot.data_items()}
    np.testing.assert_allclose(by_name["new"][0], [0.5, 2.0, 3.5])  # thousands of tokens
    np.testing.assert_allclose(by_name["old"][0], [3.0])
    np.testing.assert_allclose(by_name["new"][1], [0.2, 0.5, 0.8])
    bottom, left = plot.plot_item.getAxis("bottom"), plot.plot_item.getAxis("left")
    assert bottom.labelText == "Tokens seen (thousands)"
    qtbot.wait(50)  # let the view range settle: pyqtgraph picks its prefix from the range
    for axis in (left, bottom):
        assert axis.autoSIPrefixScale == 1.0 and axis.labelUnitPrefix == ""
    assert "x0.001" not in left.labelString() and "BLEU" in left.labelString()
    assert plot.grab().save(str(screenshots / "metrics_plot_bleu_below_1.png"))

    plot.set_x_axis("time")
    assert bottom.labelText == "Training time (seconds)"
    np.testing.assert_allclose(plot.data_items()[0].getData()[0], [2.5, 10, 25])
    plot.set_x_axis("step")
    assert bottom.labelText == "Training step"
    np.testing.assert_allclose(plot.data_items()[0].getData()[0], [5, 20, 35])


def test_the_x_axis_is_remembered(qtbot):
    first = MetricsPlot()
    qtbot.addWidget(first)
    assert first.x_axis == "step" and first.x_axis_box.currentText() == "Step"
    assert first.x_axis_box.accessibleName() and first.x_axis_box.toolTip()
    first.set_x_axis("tokens")
    assert app_settings().value(X_AXIS_SETTING) == "tokens"
    second = MetricsPlot()
    qtbot.addWidget(second)
    assert second.x_axis == "tokens" and second.x_axis_box.currentText() == "Tokens seen"
    app_settings().setValue(X_AXIS_SETTING, "furlongs")  # a damaged setting: the default
    third = MetricsPlot()
    qtbot.addWidget(third)
    assert third.x_axis == "step"


def learning_curve(batch_tokens, steps, speed, seed):
    """A run's records: BLEU climbing with the tokens seen, however they were batched."""
    rng = np.random.default_rng(seed)
    records = []
    for step in range(50, steps + 1, 50):
        tokens = step * batch_tokens
        bleu = 34 * (1 - np.exp(-tokens / 2.5e6))
        loss = 2 + 5 * np.exp(-tokens / 1.5e6) + rng.normal(0, 0.05)
        records.append(
            {"type": "step", "step": step, "loss": loss, "tokens_per_s": speed,
             "time": tokens / speed, "tokens": tokens}
        )  # fmt: skip
        if step % 500 == 0:
            records.append({"type": "eval", "step": step, "valid_loss": loss, "bleu": bleu})
    return MetricsHistory.from_records(records)


def test_screenshot_of_two_batch_sizes_compared_by_tokens(qtbot, screenshots):
    plot = MetricsPlot()
    qtbot.addWidget(plot)
    plot.resize(760, 380)
    plot.show()
    qtbot.waitExposed(plot)
    plot.set_runs(
        [
            ("en-eo small batches", learning_curve(2000, 5000, 9000, 1)),
            ("en-eo large batches", learning_curve(8000, 1500, 14000, 2)),
        ]
    )
    plot.set_x_axis("tokens")
    qtbot.wait(50)
    assert plot.plot_item.getAxis("bottom").labelText == "Tokens seen (millions)"
    xs = [item.getData()[0] for item in plot.data_items()]
    assert xs[0][-1] == pytest.approx(10.0) and xs[1][-1] == pytest.approx(12.0)
    assert plot.grab().save(str(screenshots / "metrics_plot_by_tokens.png"))


def test_one_evaluation_is_a_point_on_axes_from_zero(qtbot, tmp_path, screenshots):
    """A one-epoch model: BLEU drawn from 0 (it was -0.4 to 0.5) and steps from 0 (8.6 to
    9.4 around a lone dot)."""
    records = [{"type": "eval", "step": 9, "valid_loss": 5.0, "bleu": 0.1, "chrf": 4.0, "time": 2}]
    plot = MetricsPlot()
    qtbot.addWidget(plot)
    plot.resize(760, 380)
    plot.show()
    qtbot.waitExposed(plot)
    plot.set_runs([("one", read_metrics_history(write_metrics(tmp_path / "one", records)))])
    plot.set_x_axis("step")
    (x_low, x_high), (y_low, y_high) = plot.plot_item.viewRange()
    assert x_low <= 0 < 9 <= x_high < 10 and y_low <= 0 < 0.1 <= y_high < 0.12
    assert plot.grab().save(str(screenshots / "metrics_plot_one_evaluation.png"))

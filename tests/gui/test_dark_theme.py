"""The window follows a dark palette: plots, heatmap, message bars and hints take their colours
from it (nothing stays light); screenshots of each tab in both themes for a person to look at."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from s2s_desktop.engine.store import ModelStore
from s2s_desktop.gui.main_window import MainWindow
from tests.gui.test_train_tab import scan
from tests.stored_toy import store_toy
from tests.toy import toy_pairs, write_moses


def dark_palette() -> QPalette:
    """A dark palette as a desktop's dark theme gives one (the roles the app reads)."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1e1e1e",
        QPalette.ColorRole.AlternateBase: "#262626",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.Highlight: "#2f65ca",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.PlaceholderText: "#9a9a9a",
        QPalette.ColorRole.Mid: "#555555",
        QPalette.ColorRole.ToolTipBase: "#353535",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorRole.Light, QColor("#454545"))
    disabled = QPalette.ColorGroup.Disabled
    for role in (
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
    ):
        palette.setColor(disabled, role, QColor("#7a7a7a"))
    return palette


@pytest.fixture(params=["light", "dark"])
def themed_window(request, qtbot):
    app = QApplication.instance()
    original = app.palette()
    if request.param == "dark":
        app.setPalette(dark_palette())
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1180, 800)
    window.show()
    qtbot.waitUntil(window.train_tab.model_form.is_ready, timeout=10_000)
    yield request.param, window
    window.close()
    app.setPalette(original)


def test_every_tab_in_the_light_and_the_dark_theme(
    themed_window, trained_toy_model, qtbot, tmp_path, screenshots
):
    theme, window = themed_window
    store_toy(trained_toy_model.model_dir, ModelStore(), "toy")
    window.models_tab.refresh(select=["toy"])
    window.translate_tab.refresh_models()
    translate = window.translate_tab
    qtbot.waitUntil(lambda: translate.model_status.text().startswith("Ready"), timeout=30_000)
    translate.source_edit.setPlainText(toy_pairs(3, seed=123)[0][0])
    translate.translate_now()
    qtbot.waitUntil(lambda: translate.attention_view.has_data(), timeout=10_000)
    translate.tools.setCurrentWidget(translate.attention_panel)
    translate.message_bar.show_message("A notice in the message bar, to judge its colours.")
    folder = tmp_path / "corpus"
    write_moses(folder, "train", toy_pairs(40, seed=4))
    scan(qtbot, window.train_tab, folder)
    base = QApplication.palette().color(QPalette.ColorRole.Base)
    for index, name in enumerate(("translate", "train", "models")):
        window.tabs.setCurrentIndex(index)
        window.grab().save(str(screenshots / f"theme-{theme}-{name}.png"))
    # The plots draw on the theme's own background, and the heatmap's empty end is dark.
    plots = window.train_tab.plots
    for plot in (plots.loss_plot, plots.bleu_plot, window.models_tab.metrics_plot.plot_widget):
        assert plot.backgroundBrush().color() == base
    image = translate.attention_view.grab().toImage()
    corner = image.pixelColor(2, 2)
    assert abs(corner.lightness() - base.lightness()) < 16  # the view's background is Base
    assert (base.lightness() < 128) == (theme == "dark")

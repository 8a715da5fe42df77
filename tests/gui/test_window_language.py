"""The window in German and Spanish, started as the app starts (translations installed before any
window module loads, module-level texts included): its texts are the shipped translations.
Screenshots of each tab in German for a person to look at."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.test_translations import translation

# Runs in a fresh interpreter: the app's own start-up order, not the test session's imports.
SCRIPT = """
import json, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
app.setApplicationName("s2s-desktop")
app.setOrganizationName("s2s-desktop")
from s2s_desktop.gui.app import install_language
language = install_language(app)
from s2s_desktop.gui.main_window import MainWindow
from s2s_desktop.engine import verdict
window = MainWindow()
window.resize(1180, 800)
window.show()
app.processEvents()
for index, name in enumerate(("translate", "train", "models")):
    window.tabs.setCurrentIndex(index)
    app.processEvents()
    window.grab().save(f"{sys.argv[1]}/language-{language}-{name}.png")
print(json.dumps({
    "language": language,
    "tabs": [window.tabs.tabText(i) for i in range(3)],
    "menus": [action.text() for action in window.menuBar().actions()],
    "sample": window.translate_tab.empty_hint.sample_button.text(),
    "train_for": window.train_tab.training_form.train_for_combo.itemText(0),
    "engine": verdict.quality_words(30.0),
    "batch": window.train_tab.training_form.batch_spin.text(),
}))
window.close()
"""


@pytest.mark.parametrize("language", ["de", "es"])
def test_the_window_speaks_the_chosen_language(language, tmp_path, screenshots):
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "S2S_DESKTOP_DATA": str(tmp_path / "data"),
        "S2S_DESKTOP_LANGUAGE": language,
    }
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(screenshots)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    shown = json.loads(done.stdout.strip().splitlines()[-1])
    assert shown["language"] == language
    assert shown["tabs"] == [
        translation(language, "MainWindow", text) for text in ("Translate", "Train", "Models")
    ]
    assert shown["menus"] == [
        translation(language, "WindowMenus", text)
        for text in ("&File", "&Models", "&View", "&Help")
    ]
    assert shown["sample"] == translation(language, "FirstRunHint", "Train on the sample corpus")
    assert shown["train_for"] == translation(language, "TrainingForm", "10 minutes")
    assert shown["tabs"] != ["Translate", "Train", "Models"]
    # the engine's sentences (the log, errors, verdicts) follow the window's language
    engine_source = "good: mostly fluent, with some errors"
    assert shown["engine"] == translation(language, "verdict", engine_source) != engine_source
    # and numbers, in the spin boxes too: 4.096 tokens, not 4,096
    assert shown["batch"] == {"de": "4.096", "es": "4096"}[language]  # es groups from 5 digits

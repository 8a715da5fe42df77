"""The Translate tab's empty state on its own."""

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from s2s_desktop.gui.first_run_hint import EMPTY_HINT, FirstRunHint


def test_the_hint_says_what_to_do_and_offers_both_ways(qtbot):
    hint = FirstRunHint()
    qtbot.addWidget(hint)
    text = hint.findChild(QLabel, "emptyHintText").text()
    assert re.sub("<[^>]+>", "", text) == EMPTY_HINT
    with qtbot.waitSignal(hint.sample_button.clicked):
        qtbot.mouseClick(hint.sample_button, Qt.MouseButton.LeftButton)
    assert hint.sample_button.isDefault() and hint.train_button.text() == "Go to Train tab"

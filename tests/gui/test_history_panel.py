"""The History panel on a damaged history file: the error is shown and Clear starts anew."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from s2s_desktop.engine.history import History
from s2s_desktop.gui.history_panel import EMPTY_TEXT, HistoryPanel


def test_clear_on_a_damaged_history_moves_it_aside_and_says_so(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "history.sqlite"
    path.write_bytes(b"not a database at all" * 100)
    panel = HistoryPanel(History(path))
    qtbot.addWidget(panel)
    assert "cannot be used" in panel.empty_label.text()
    assert panel.clear_button.isEnabled()
    questions: list[str] = []

    def answer_yes(_parent, _title, text):
        questions.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    with qtbot.waitSignal(panel.statusMessage) as said:
        panel.clear()  # nothing escapes the slot
    assert "cannot be read" in questions[0]
    assert "damaged" in said.args[0] and "history.sqlite.damaged" in said.args[0]
    assert (tmp_path / "history.sqlite.damaged").is_file()
    assert panel.empty_label.text() == EMPTY_TEXT and panel.history.count() == 0

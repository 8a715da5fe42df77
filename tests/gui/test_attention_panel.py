"""The Translate tab's attention panel on its own."""

from types import SimpleNamespace

import torch

from s2s_desktop.gui.attention_panel import AttentionPanel


def test_the_caption_names_the_sentence_and_says_when_it_is_the_last(qtbot):
    panel = AttentionPanel()
    qtbot.addWidget(panel)
    assert panel.caption.text() == "<b>Attention</b>" and not panel.view.has_data()
    translation = SimpleNamespace(
        source="the cat",
        text="la kato",
        source_pieces=["▁the", "▁cat", "</s>"],
        target_pieces=["▁la", "▁kato", "</s>"],
        attention=torch.softmax(torch.randn(3, 3), dim=-1),
        score=-1.0,
    )
    panel.show_translation(translation, several_sentences=True)
    assert panel.view.has_data()
    assert "the last sentence" in panel.caption.text() and "la kato" in panel.caption.text()
    panel.show_translation(None)
    assert panel.caption.text() == "<b>Attention</b>" and not panel.view.has_data()

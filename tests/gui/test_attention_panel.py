"""The Translate tab's attention panel on its own."""

from types import SimpleNamespace

import torch

from s2s_desktop.gui.attention_panel import AttentionPanel
from s2s_desktop.gui.attention_view import AttentionView, weight_color


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


def test_the_heatmap_says_in_words_what_it_shows_and_follows_a_dark_theme(qtbot):
    view = AttentionView()
    qtbot.addWidget(view)
    assert view.accessibleName() == "Attention heatmap"
    view.set_data(
        ["\u2581la", "\u2581kato"],
        ["\u2581the", "\u2581cat", "</s>"],
        [[0.9, 0.1], [0.2, 0.8], [0.5, 0.5]],
    )
    assert view.accessibleDescription() == (
        "Each output piece and the input piece it looked at most: "
        "the \u2192 la 0.90; cat \u2192 kato 0.80; </s> \u2192 la 0.50"
    )
    view.clear()
    assert view.accessibleDescription() == view.empty_text
    # Lightness carries the weight: darker for more on a light theme, brighter on a dark one.
    assert (
        weight_color(0.0).lightness()
        > weight_color(0.5).lightness()
        > weight_color(1.0).lightness()
    )
    dark = [weight_color(v, dark=True).lightness() for v in (0.0, 0.5, 1.0)]
    assert dark == sorted(dark) and dark[0] < dark[2]

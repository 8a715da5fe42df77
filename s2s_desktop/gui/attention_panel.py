"""The Translate tab's attention panel: the heatmap of a sentence, and a caption naming it."""

from __future__ import annotations

import html
import re
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from s2s_desktop.gui.attention_view import AttentionView
from s2s_desktop.gui.theme import quiet_text


class AttentionPanel(QWidget):
    """The cross-attention of the last translated sentence, scrolling when it is too long.

    Attributes:
        caption: "Attention for …": the sentence and its translation, elided to fit.
        view: the heatmap (``AttentionView``).
    """

    def __init__(self) -> None:
        super().__init__()
        self.caption = QLabel()
        self.caption.setObjectName("attentionCaption")
        self.caption.setTextFormat(Qt.TextFormat.RichText)
        self.view = AttentionView()
        scroll = QScrollArea()
        scroll.setObjectName("attentionScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.view)
        scroll.setMinimumHeight(120)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.caption)
        layout.addWidget(scroll, 1)
        self._set_caption(None)

    def show_translation(self, translation: Any | None, several_sentences: bool = False) -> None:
        """Draw ``translation``'s attention (None: nothing); ``several_sentences``: it is the
        last of several, which the caption says."""
        self.view.set_translation(translation)
        self._set_caption(translation if self.view.has_data() else None, several_sentences)

    def _set_caption(self, translation: Any | None, several_sentences: bool = False) -> None:
        title = self.tr("Attention")
        if translation is None:
            self.caption.setText(f"<b>{title}</b>")
            self.caption.setToolTip("")
            return
        metrics = self.caption.fontMetrics()
        room = max(self.caption.width(), 700) // 2 - 80
        source, target = (
            html.escape(metrics.elidedText(text, Qt.TextElideMode.ElideRight, room))
            for text in (translation.source, translation.text)
        )
        pair = self.tr("for the last sentence, {source} → {target}")
        if not several_sentences:
            pair = self.tr("for {source} → {target}")
        # The words in the palette's quiet colour; the two texts in the normal one.
        quiet = quiet_text()
        texts = {"{source}": f"\u201c{source}\u201d", "{target}": f"\u201c{target}\u201d"}
        pieces = re.split(r"(\{source\}|\{target\})", html.escape(pair))
        body = "".join(
            texts.get(piece, f"<span style='color:{quiet}'>{piece}</span>")
            for piece in pieces
            if piece
        )
        self.caption.setText(f"<b>{title}</b> {body}")
        self.caption.setToolTip(f"{translation.source}\n\u2192 {translation.text}")

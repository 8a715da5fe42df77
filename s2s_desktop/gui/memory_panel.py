"""The Translate tab's translation-memory panel: the stored translations of sentences like the
one being typed, beside the machine translation, with the words that differ highlighted."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from s2s_desktop.engine.translation_memory import DEFAULT_THRESHOLD, Match, Span


class MemoryPanel(QWidget):
    """A compact list of memory matches, best first (an exact match, "100 %", leads).

    Attributes:
        title: "Translation memory".
        empty_label: shown when there is nothing to list ("No memory matches ≥ 70 %").
        rows: one ``QFrame`` per match shown, each with its score, source, target, Use and Copy.

    Signals:
        use_requested(str): the user chose a match's target text ("Use").
    """

    use_requested = Signal(str)

    def __init__(self, threshold: int = DEFAULT_THRESHOLD, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.threshold = threshold
        self._matches: list[Match] = []
        title = self.tr("Translation memory")
        self.title = QLabel(f"<b>{title}</b>")
        self.title.setObjectName("memoryTitle")
        self.empty_label = QLabel()
        self.empty_label.setObjectName("memoryEmpty")
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.empty_label.setWordWrap(True)
        self.rows: list[QFrame] = []
        self._list = QWidget()
        self._list_layout = QVBoxLayout(self._list)
        self._list_layout.setContentsMargins(0, 0, 0, 0)
        self._list_layout.setSpacing(4)
        self._list_layout.addWidget(self.empty_label)
        self._list_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("memoryScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(scroll, 1)
        self.show_matches([])

    def show_matches(self, matches: Sequence[Match]) -> None:
        """List ``matches`` in the order given (the memory's: exact first, then by score)."""
        self._matches = list(matches)
        for row in self.rows:
            row.deleteLater()
        self.rows = [self._row(match, index) for index, match in enumerate(self._matches)]
        for index, row in enumerate(self.rows):
            self._list_layout.insertWidget(index, row)
            row.show()  # at once: a layout shows a new child only after the next event loop
        self.empty_label.setText(
            self.tr("No memory matches \u2265 {threshold} %").format(threshold=self.threshold)
        )
        self.empty_label.setVisible(not self.rows)

    def show_message(self, text: str) -> None:
        """Say why there are no matches (no memory yet, an error) instead of the empty state."""
        self.show_matches([])
        self.empty_label.setText(text)

    def matches(self) -> list[Match]:
        return list(self._matches)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        # The highlight colours come from the palette: redraw when the theme changes.
        if event.type() == QEvent.Type.PaletteChange and self._matches:
            self.show_matches(self._matches)
        super().changeEvent(event)

    def _row(self, match: Match, index: int) -> QFrame:
        row = QFrame()
        row.setObjectName(f"memoryMatch{index}")
        row.setFrameShape(QFrame.Shape.StyledPanel)
        score = QLabel(f"<b>{match.score} %</b>")
        score.setObjectName("memoryScore")
        score.setToolTip(self.tr("From {origin}").format(origin=match.origin))
        score.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        bold = score.font()
        bold.setBold(True)
        score.setFont(bold)
        score.setMinimumWidth(score.fontMetrics().horizontalAdvance("100 %") + 2)  # aligned rows
        source = QLabel(highlighted_source(match.differences, self.palette()))
        source.setObjectName("memorySource")
        source.setTextFormat(Qt.TextFormat.RichText)
        source.setWordWrap(True)
        target = QLabel(html.escape(match.target))
        target.setObjectName("memoryTarget")
        target.setTextFormat(Qt.TextFormat.RichText)
        target.setWordWrap(True)
        target.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        use = QToolButton()
        use.setObjectName("memoryUse")
        use.setText(self.tr("Use"))
        use.setToolTip(self.tr("Put this translation in the output"))
        use.clicked.connect(lambda: self.use_requested.emit(match.target))
        copy = QToolButton()
        copy.setObjectName("memoryCopy")
        copy.setText(self.tr("Copy"))
        copy.setToolTip(self.tr("Copy this translation to the clipboard"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(match.target))
        grid = QGridLayout(row)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        grid.addWidget(score, 0, 0, 2, 1)
        grid.addWidget(source, 0, 1)
        grid.addWidget(target, 1, 1)
        grid.addWidget(use, 0, 2)
        grid.addWidget(copy, 1, 2)
        grid.setColumnStretch(1, 1)
        return row


def highlighted_source(spans: Sequence[Span], palette: QPalette) -> str:
    """A match's source as rich text: its words that differ from the query in the palette's
    highlight colours, the query's words it lacks struck through in the disabled text colour."""
    highlight = palette.color(QPalette.ColorRole.Highlight).name()
    on_highlight = palette.color(QPalette.ColorRole.HighlightedText).name()
    muted = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text).name()
    parts = []
    for span in spans:
        text = html.escape(span.text)
        if span.kind == "match_only":
            parts.append(
                f"<span style='background-color:{highlight}; color:{on_highlight}'>{text}</span>"
            )
        elif span.kind == "query_only":
            parts.append(f"<s style='color:{muted}'>{text}</s>")
        else:
            parts.append(text)
    return " ".join(parts)

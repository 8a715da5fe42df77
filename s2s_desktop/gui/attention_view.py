"""A heatmap of one translation's cross-attention: which source pieces each output piece used.

Painted with QPainter (no plotting library, no torch import): rows are target pieces, columns
are source pieces. Cells scale with the space they get, down to a minimum size; below that the
widget asks for more room, so inside a QScrollArea long sentences scroll instead of shrinking
into unreadable specks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QLinearGradient,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from s2s_desktop.engine.wording import number
from s2s_desktop.gui.i18n import translate
from s2s_desktop.gui.theme import is_dark, mix

EMPTY_TEXT = translate(
    "AttentionView", "Translate something to see which source words each output word looked at."
)
LEGEND_TEXT = translate(
    "AttentionView", "darker: the output piece (row) looked more at that input piece (column)"
)
DARK_LEGEND_TEXT = translate(
    "AttentionView", "brighter: the output piece (row) looked more at that input piece (column)"
)
WORD_START = "\u2581"  # sentencepiece's "▁": the piece starts a new word

# A light-to-dark blue ramp (ColorBrewer "Blues"): 0 stays near the background, 1 is dark, and
# lightness alone carries the value, so it reads for colour-blind eyes and in greyscale too.
_RAMP = [
    (0.00, QColor("#f7fbff")),
    (0.15, QColor("#deebf7")),
    (0.30, QColor("#c6dbef")),
    (0.45, QColor("#9ecae1")),
    (0.60, QColor("#6baed6")),
    (0.75, QColor("#3182bd")),
    (1.00, QColor("#08306b")),
]
# On a dark theme the same blues run the other way: 0 is the background, 1 is bright.
_DARK_RAMP = [(0.00, QColor("#08306b")), (0.5, QColor("#3182bd")), (1.00, QColor("#c6dbef"))]


def ramp(dark: bool = False) -> list[tuple[float, QColor]]:
    """The colour stops of the heatmap for a light or a dark theme."""
    return _DARK_RAMP if dark else _RAMP


def weight_color(value: float, dark: bool = False) -> QColor:
    """The colour of an attention weight in [0, 1] (clamped), on a light or a dark theme."""
    value = min(max(float(value), 0.0), 1.0)
    stops = ramp(dark)
    for (low, low_color), (high, high_color) in zip(stops, stops[1:]):
        if value <= high:
            return mix(low_color, high_color, (value - low) / (high - low))
    return QColor(stops[-1][1])


def display_piece(piece: str) -> tuple[str, bool]:
    """A sentencepiece piece as a label, and whether to draw it faint.

    The word-start marker "▁" is dropped (a piece that is only the marker shows as a light "·");
    the end-of-sentence marker stays visible but faint, since output words often attend to it.
    """
    if piece == "</s>":
        return piece, True
    text = piece.replace(WORD_START, "")
    if not text.strip():
        return "\u00b7", True
    return text, False


def _as_matrix(attention: Any) -> np.ndarray:
    """A [rows, cols] float array from a torch tensor, numpy array or nested lists."""
    if hasattr(attention, "detach"):  # a torch tensor, possibly on a GPU
        attention = attention.detach().float().cpu().numpy()
    matrix = np.asarray(attention, dtype=float)
    if matrix.ndim != 2:
        raise ValueError(f"attention must be 2-D, not {matrix.shape}")
    return matrix


class AttentionView(QWidget):
    """Paints a [target x source] attention matrix with the pieces as labels.

    Attributes:
        source_pieces: column labels as given (raw sentencepiece pieces).
        target_pieces: row labels as given.
        matrix: the weights, [len(target_pieces), len(source_pieces)], or None when empty.
    """

    MIN_CELL = 16
    MAX_CELL = 36
    MARGIN = 12
    LABEL_PAD = 6  # between labels and cells
    WORD_GAP = 4  # extra space between words, so a word's pieces read as one group
    LEGEND_BAR = 140

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attentionView")
        self.setAccessibleName(self.tr("Attention heatmap"))
        self.source_pieces: list[str] = []
        self.target_pieces: list[str] = []
        self.matrix: np.ndarray | None = None
        self.empty_text = EMPTY_TEXT
        self._hover: tuple[int, int] | None = None
        self.setMouseTracking(True)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    # ------------------------------------------------------------------ data

    def set_translation(self, translation: Any | None) -> None:
        """Show an engine ``Translation`` (its pieces and attention), or the empty state."""
        if translation is None or getattr(translation, "attention", None) is None:
            self.clear()
            return
        self.set_data(translation.source_pieces, translation.target_pieces, translation.attention)

    def set_data(
        self, source_pieces: Sequence[str], target_pieces: Sequence[str], attention: Any
    ) -> None:
        """Show ``attention`` [target x source]; labels beyond the matrix are cut to fit it."""
        matrix = _as_matrix(attention)
        rows, cols = matrix.shape
        if rows == 0 or cols == 0:
            self.clear()
            return
        self.matrix = matrix
        # Label lists should match the matrix; pad or cut so a mismatch can never crash a paint.
        self.source_pieces = (list(source_pieces) + [""] * cols)[:cols]
        self.target_pieces = (list(target_pieces) + [""] * rows)[:rows]
        self._hover = None
        self.setAccessibleDescription(self.summary())
        self.updateGeometry()
        self.update()

    def clear(self) -> None:
        self.matrix = None
        self.source_pieces = []
        self.target_pieces = []
        self._hover = None
        self.setAccessibleDescription(self.empty_text)
        self.updateGeometry()
        self.update()

    def summary(self) -> str:
        """The picture in words, for screen readers: each output piece and the input piece it
        looked at most ("kato → cat 0.62; …")."""
        if self.matrix is None:
            return self.empty_text
        parts = []
        for row, weights in enumerate(self.matrix):
            col = int(np.argmax(weights))
            target = display_piece(self.target_pieces[row])[0]
            source = display_piece(self.source_pieces[col])[0]
            parts.append(f"{target} \u2192 {source} {number(float(weights[col]), 2)}")
        return self.tr("Each output piece and the input piece it looked at most: {pieces}").format(
            pieces="; ".join(parts)
        )

    def has_data(self) -> bool:
        return self.matrix is not None

    def set_empty_text(self, text: str) -> None:
        """What the view says while it has nothing to show."""
        self.empty_text = text
        if self.matrix is None:
            self.setAccessibleDescription(text)
        self.update()

    # ------------------------------------------------------------------ geometry

    def _label_font(self, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setBold(bold)
        return font

    def _geometry(self, width: int, height: int) -> _Geometry:
        """Where everything goes at a given size: cells as large as fit, between the limits."""
        assert self.matrix is not None
        rows, cols = self.matrix.shape
        metrics = QFontMetrics(self._label_font(bold=True))
        line = QFontMetrics(self.font()).height()
        left_w = max(metrics.horizontalAdvance(display_piece(p)[0]) for p in self.target_pieces)
        top_w = max(metrics.horizontalAdvance(display_piece(p)[0]) for p in self.source_pieces)
        col_gaps = _gap_counts(self.source_pieces)
        row_gaps = _gap_counts(self.target_pieces)
        labels_x = self.MARGIN + left_w + self.LABEL_PAD
        legend_h = line + 16
        free_w = width - labels_x - self.MARGIN - col_gaps[-1] * self.WORD_GAP
        cell = min(max(free_w / cols, self.MIN_CELL), self.MAX_CELL)
        rotated = top_w + 6 > cell
        top_h = (top_w if rotated else line) + self.LABEL_PAD
        free_h = height - self.MARGIN - top_h - legend_h - self.MARGIN
        free_h -= row_gaps[-1] * self.WORD_GAP
        cell = int(min(max(min(cell, free_h / rows), self.MIN_CELL), self.MAX_CELL))
        rotated = top_w + 6 > cell
        top_h = (top_w if rotated else line) + self.LABEL_PAD
        grid_w = cols * cell + col_gaps[-1] * self.WORD_GAP
        grid_h = rows * cell + row_gaps[-1] * self.WORD_GAP
        # Centre the labelled grid across the width it is given; keep it at the top.
        shift = max(0, (width - self.MARGIN - labels_x - grid_w) // 2)
        x0, y0 = labels_x + shift, self.MARGIN + top_h
        xs = [x0 + c * cell + col_gaps[c] * self.WORD_GAP for c in range(cols)]
        ys = [y0 + r * cell + row_gaps[r] * self.WORD_GAP for r in range(rows)]
        size = QSize(
            max(labels_x + grid_w, labels_x + self._legend_width()) + self.MARGIN,
            y0 + grid_h + legend_h + self.MARGIN,
        )
        return _Geometry(cell, xs, ys, rotated, QRect(x0, y0, grid_w, grid_h), size)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        if self.matrix is None:
            return QSize(480, 160)
        return self._geometry(0, 0).needed_at(28, self).expandedTo(QSize(480, 160))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        if self.matrix is None:
            return QSize(240, 80)
        return self._geometry(0, 0).size  # at the smallest cells

    def cell_rect(self, row: int, col: int) -> QRect:
        """Where cell (row, col) is painted at the current size."""
        geometry = self._geometry(self.width(), self.height())
        return QRect(geometry.xs[col], geometry.ys[row], geometry.cell, geometry.cell)

    def cell_at(self, pos: QPoint) -> tuple[int, int] | None:
        """The (row, col) under a widget position, or None outside the cells."""
        if self.matrix is None:
            return None
        geometry = self._geometry(self.width(), self.height())
        cell = geometry.cell
        col = next((c for c, x in enumerate(geometry.xs) if x <= pos.x() < x + cell), None)
        row = next((r for r, y in enumerate(geometry.ys) if y <= pos.y() < y + cell), None)
        return None if row is None or col is None else (row, col)

    def tooltip_at(self, pos: QPoint) -> str:
        """The tooltip for the cell under ``pos`` ("kato → cat: 0.62"); empty outside the grid."""
        hit = self.cell_at(pos)
        if hit is None or self.matrix is None:
            return ""
        row, col = hit
        target = display_piece(self.target_pieces[row])[0]
        source = display_piece(self.source_pieces[col])[0]
        return f"{target} \u2192 {source}: {number(float(self.matrix[row, col]), 2)}"

    # ------------------------------------------------------------------ events

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        hover = self.cell_at(event.position().toPoint())
        if hover != self._hover:
            self._hover = hover
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if self._hover is not None:
            self._hover = None
            self.update()
        super().leaveEvent(event)

    # ------------------------------------------------------------------ painting

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        if self.matrix is None:
            self._paint_empty(painter)
        else:
            self._paint_heatmap(painter)
        painter.end()

    def _faint_color(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.PlaceholderText)

    def _paint_empty(self, painter: QPainter) -> None:
        painter.setPen(self._faint_color())
        area = self.rect().adjusted(24, 12, -24, -12)
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        painter.drawText(area, flags, self.empty_text)

    def _paint_heatmap(self, painter: QPainter) -> None:
        assert self.matrix is not None
        geometry = self._geometry(self.width(), self.height())
        cell, xs, ys = geometry.cell, geometry.xs, geometry.ys
        text_color = self.palette().color(QPalette.ColorRole.Text)
        faint = self._faint_color()
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        hover_row, hover_col = self._hover if self._hover is not None else (-1, -1)

        # Cells, with a hairline gap so neighbouring equal values still read as a grid, and a
        # wider gap between words so subword pieces group visibly.
        dark = is_dark(self.palette())
        for row, y in enumerate(ys):
            for col, x in enumerate(xs):
                color = weight_color(self.matrix[row, col], dark)
                painter.fillRect(QRect(x, y, cell - 1, cell - 1), color)
        if self._hover is not None:
            painter.setPen(QPen(highlight, 2))
            painter.drawRect(QRect(xs[hover_col], ys[hover_row], cell - 1, cell - 1))

        def pen_for(index: int, hovered: int, is_faint: bool) -> QColor:
            return highlight if index == hovered else faint if is_faint else text_color

        # Target pieces down the left, right-aligned against the grid.
        right = geometry.grid.left() - self.LABEL_PAD
        for row, piece in enumerate(self.target_pieces):
            text, is_faint = display_piece(piece)
            painter.setFont(self._label_font(bold=row == hover_row))
            painter.setPen(pen_for(row, hover_row, is_faint))
            rect = QRect(0, ys[row], right, cell)
            align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(rect, align, text)

        # Source pieces along the top: upright when they fit a cell, else turned to read upwards.
        bottom = geometry.grid.top() - self.LABEL_PAD
        for col, piece in enumerate(self.source_pieces):
            text, is_faint = display_piece(piece)
            painter.setFont(self._label_font(bold=col == hover_col))
            painter.setPen(pen_for(col, hover_col, is_faint))
            if geometry.rotated:
                painter.save()
                painter.translate(xs[col] + cell / 2, bottom)
                painter.rotate(-90)
                line = QFontMetrics(painter.font()).height()
                align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
                painter.drawText(QRectF(0, -line / 2, bottom, line), align, text)
                painter.restore()
            else:
                rect = QRect(xs[col] - 6, 0, cell + 12, bottom)
                align = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom
                painter.drawText(rect, align, text)

        self._paint_legend(painter, QPoint(geometry.grid.left(), geometry.grid.bottom() + 12))

    def _legend_width(self) -> int:
        metrics = QFontMetrics(self.font())
        text = metrics.horizontalAdvance("0") + 6 + self.LEGEND_BAR + 6
        return text + metrics.horizontalAdvance("1   " + DARK_LEGEND_TEXT) + 4

    def _paint_legend(self, painter: QPainter, at: QPoint) -> None:
        """A colour bar from 0 to 1 and what the picture means, under the grid."""
        painter.setFont(self.font())
        metrics = QFontMetrics(self.font())
        faint = self._faint_color()
        line = metrics.height()
        zero_w = metrics.horizontalAdvance("0") + 6
        bar = QRect(at.x() + zero_w, at.y() + (line - 10) // 2, self.LEGEND_BAR, 10)
        gradient = QLinearGradient(QPointF(bar.left(), 0), QPointF(bar.right(), 0))
        dark = is_dark(self.palette())
        for stop, color in ramp(dark):
            gradient.setColorAt(stop, color)
        painter.setPen(faint)
        painter.drawText(QPoint(at.x(), at.y() + metrics.ascent()), "0")
        painter.fillRect(bar, gradient)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Mid)))
        painter.drawRect(bar.adjusted(0, 0, -1, -1))
        painter.setPen(faint)
        legend = DARK_LEGEND_TEXT if dark else LEGEND_TEXT
        painter.drawText(QPoint(bar.right() + 6, at.y() + metrics.ascent()), "1   " + legend)


@dataclass
class _Geometry:
    """The painted layout at one widget size (see ``AttentionView._geometry``).

    Attributes:
        cell: the side of a cell, in pixels.
        xs, ys: the left edge of each column and the top edge of each row.
        rotated: whether the source labels are turned to read upwards.
        grid: the rectangle the cells cover (word gaps included).
        size: the size the whole picture needs, legend included.
    """

    cell: int
    xs: list[int]
    ys: list[int]
    rotated: bool
    grid: QRect
    size: QSize

    def needed_at(self, cell: int, view: AttentionView) -> QSize:
        """The size the view needs for cells of ``cell`` pixels (at most its maximum)."""
        grow = min(cell, view.MAX_CELL) - self.cell
        return QSize(
            self.size.width() + grow * len(self.xs), self.size.height() + grow * len(self.ys)
        )


def _gap_counts(pieces: Sequence[str]) -> list[int]:
    """For each piece, how many word gaps come before it (the last entry: gaps in all).

    A gap opens before every piece that starts a word ("▁…") and before "</s>", except the first.
    """
    counts, gaps = [], 0
    for index, piece in enumerate(pieces):
        if index > 0 and (piece.startswith(WORD_START) or piece == "</s>"):
            gaps += 1
        counts.append(gaps)
    return counts

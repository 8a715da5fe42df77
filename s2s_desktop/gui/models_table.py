"""The Models tab's table: one row per stored model, sortable by every column (numbers sort as
numbers), each cell carrying its model's name."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QSignalBlocker, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from s2s_desktop.engine.config import format_parameters
from s2s_desktop.engine.event_words import format_duration
from s2s_desktop.engine.model_facts import format_local_time, format_score, format_size
from s2s_desktop.engine.runs import RunInfo
from s2s_desktop.engine.store import ModelInfo
from s2s_desktop.engine.wording import number
from s2s_desktop.gui.i18n import translate

COLUMNS = (
    translate("ModelsTable", "Name"),
    translate("ModelsTable", "Languages"),
    translate("ModelsTable", "Preset"),
    translate("ModelsTable", "Parameters"),
    "BLEU",
    "chrF",
    translate("ModelsTable", "Trained"),
    translate("ModelsTable", "Pairs"),
    translate("ModelsTable", "Size"),
    translate("ModelsTable", "Created"),
)
(
    COL_NAME,
    COL_LANGS,
    COL_PRESET,
    COL_PARAMS,
    COL_BLEU,
    COL_CHRF,
    COL_TIME,
    COL_PAIRS,
    COL_SIZE,
    COL_CREATED,
) = range(len(COLUMNS))
NUMERIC_COLUMNS = (COL_PARAMS, COL_BLEU, COL_CHRF, COL_TIME, COL_PAIRS, COL_SIZE)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # what a column sorts by: numbers, not their text
NAME_ROLE = Qt.ItemDataRole.UserRole + 2  # the model's name, on every cell of its row


class _SortItem(QTableWidgetItem):
    """A cell that sorts by its SORT_ROLE value (a number or a folded string)."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if mine is None or theirs is None or type(mine) is not type(theirs):
            return super().__lt__(other)
        return mine < theirs


class ModelsTable(QTableWidget):
    """The stored models, one row each, newest first until the user sorts by another column."""

    def __init__(self) -> None:
        super().__init__(0, len(COLUMNS))
        self.setObjectName("modelsTable")
        self.setAccessibleName(self.tr("Models"))
        self.setHorizontalHeaderLabels(list(COLUMNS))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.setSortingEnabled(True)
        self.sortByColumn(COL_CREATED, Qt.SortOrder.DescendingOrder)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Interactive)
        for column in range(len(COLUMNS)):
            side = (
                Qt.AlignmentFlag.AlignRight
                if column in NUMERIC_COLUMNS
                else Qt.AlignmentFlag.AlignLeft
            )
            self.horizontalHeaderItem(column).setTextAlignment(side | Qt.AlignmentFlag.AlignVCenter)
        self.horizontalHeaderItem(COL_BLEU).setToolTip(
            self.tr("Best BLEU on the validation set (higher is better)")
        )

    def fill(
        self, models: list[ModelInfo], sizes: dict[str, int], runs: Sequence[RunInfo] = ()
    ) -> None:
        """One row per model, then one per unfinished run, marked as such (``sizes``: each
        one's folder size in bytes)."""
        rows = [(m.name, _row_items(m, sizes.get(m.name, 0))) for m in models]
        rows += [(r.name, _run_items(r, sizes.get(r.name, 0))) for r in runs]
        with QSignalBlocker(self):
            self.setSortingEnabled(False)
            self.setRowCount(0)
            self.setRowCount(len(rows))
            for row, (name, items) in enumerate(rows):
                for column, item in enumerate(items):
                    item.setData(NAME_ROLE, name)
                    if column in NUMERIC_COLUMNS:
                        item.setTextAlignment(
                            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                        )
                    self.setItem(row, column, item)
            self.setSortingEnabled(True)  # sorts by the header's indicator
        self._fit_name_column()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit_name_column()

    def _fit_name_column(self) -> None:
        """The names take the width the other columns leave, but never less than they need,
        up to 40% of the table: stretched into what was left, they were cut to "bible…"."""
        header = self.horizontalHeader()
        width = self.viewport().width()
        others = sum(header.sectionSize(c) for c in range(len(COLUMNS)) if c != COL_NAME)
        needed = max(self.sizeHintForColumn(COL_NAME), header.sectionSizeHint(COL_NAME))
        header.resizeSection(COL_NAME, max(width - others, min(needed, int(0.4 * width))))

    def name_at(self, row: int) -> str:
        """The name of the model in ``row``."""
        return self.item(row, COL_NAME).data(NAME_ROLE)

    def selected_names(self) -> list[str]:
        """The selected models' names, in the table's order (which is also their colours')."""
        return [
            self.name_at(row)
            for row in sorted(i.row() for i in self.selectionModel().selectedRows())
        ]

    def select_names(self, names: Iterable[str]) -> None:
        """Select the rows of ``names`` (those that exist) and nothing else, quietly (the
        caller reacts)."""
        wanted = set(names)
        selection = QItemSelection()
        first = None
        for row in range(self.rowCount()):
            if self.name_at(row) in wanted:
                left = self.model().index(row, 0)
                selection.select(left, self.model().index(row, len(COLUMNS) - 1))
                first = left if first is None else first
        model = self.selectionModel()
        with QSignalBlocker(self):
            if first is not None:
                model.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
            model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)


def _bytes(size: int) -> str:
    return translate("ModelsTable", "{count} bytes").format(count=number(size))


def cell(text: str, key: Any, tip: str = "") -> _SortItem:
    item = _SortItem(text)
    item.setData(SORT_ROLE, key)
    if tip:
        item.setToolTip(tip)
    return item


def _run_items(run: RunInfo, size: int) -> list[_SortItem]:
    """An unfinished run's row: its name marked in words and italics, no scores yet."""
    shown = (
        translate("ModelsTable", "{name} (training now)")
        if run.training_now
        else translate("ModelsTable", "{name} (unfinished)")
    ).format(name=run.name)
    settings = run.settings
    src, tgt = run.languages or ("?", "?")
    none = cell("–", -1.0)
    items = [
        cell(shown, run.name.casefold(), run.describe()),
        cell(f"{src} → {tgt}", f"{src}-{tgt}"),
        cell("–" if settings is None else settings.preset, ""),
        cell("–", 0.0),
        cell("–", -1.0, translate("ModelsTable", "Not evaluated yet")),
        none,
        cell(format_duration(run.seconds) if run.step else "–", run.seconds),
        cell("–", -1.0),
        cell(format_size(size), float(size), _bytes(size)),
        cell(format_local_time(run.started), run.started.timestamp()),
    ]
    font = items[0].font()
    font.setItalic(True)
    for item in items:
        item.setFont(font)
    return items


def _row_items(model: ModelInfo, size: int) -> list[_SortItem]:
    card = model.card
    created, chrf, seconds, pairs = (
        card.created,
        card.chrf,
        card.training_seconds if card.run_seconds is None else card.run_seconds,
        card.train_pairs,
    )
    return [
        cell(model.name, model.name.casefold(), str(model.path)),
        cell(f"{model.src_lang} → {model.tgt_lang}", f"{model.src_lang}-{model.tgt_lang}"),
        cell(
            model.preset,
            model.preset.casefold(),
            translate("ModelsTable", "Imported from {origin}").format(origin=card.origin)
            if card.origin
            else "",
        ),
        cell(
            format_parameters(model.parameters),
            float(model.parameters),
            translate("ModelsTable", "{count} parameters").format(count=number(model.parameters)),
        ),
        cell(
            format_score(model.bleu),
            -1.0 if model.bleu is None else model.bleu,
            ", ".join(
                label.format(score=number(value, 2))
                for label, value in (
                    (translate("ModelsTable", "Best BLEU {score}"), model.bleu),
                    (translate("ModelsTable", "best chrF {score}"), chrf),
                )
                if value is not None
            ),
        ),
        cell(
            format_score(chrf),
            -1.0 if chrf is None else chrf,
            translate(
                "ModelsTable",
                "Best chrF on the validation set (character n-grams; kinder to rich morphology)",
            ),
        ),
        cell(
            "–" if seconds is None else format_duration(seconds),
            -1.0 if seconds is None else seconds,
            translate("ModelsTable", "Training time of the run"),
        ),
        cell(
            "–" if pairs is None else number(pairs),
            -1.0 if pairs is None else float(pairs),
            translate("ModelsTable", "Training pairs (the corpus size it learned from)"),
        ),
        cell(format_size(size), float(size), _bytes(size)),
        cell(
            format_local_time(created),
            created.timestamp() if created is not None else 0.0,
            "" if created is None else created.astimezone().isoformat(" ", "seconds"),
        ),
    ]

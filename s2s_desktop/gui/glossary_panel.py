"""The Glossary panel: the user's term translations for one language pair, edited in place.

Every change is saved at once (``engine.glossary.Glossary.save``, atomic). A row is saved once it
has both a source and a target term. The panel only adapts the engine's ``Glossary``: reading,
matching and the file formats live there.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSignalBlocker, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.glossary import Glossary, ImportReport, Term, line_numbers
from s2s_desktop.gui.i18n import translate

# The empty state: its words translated, its tags kept here; the buttons named as they read.
EMPTY_TEXT = "<b>{title}</b><br>{what}<br><br>{how}".format(
    title=translate("GlossaryPanel", "No glossary terms yet."),
    what=translate(
        "GlossaryPanel",
        "A glossary makes translations use your words for your terms: when a source term "
        "appears in a sentence, in any case or inflection, the translation is built around its "
        "target term, and a term the model cannot place is flagged.",
    ),
    how=translate(
        "GlossaryPanel",
        "Click {add} to type one, or {import_} a TSV or CSV file (source, target, optional "
        "note) or a TBX termbase.",
    ).format(
        add="<b>{}</b>".format(translate("GlossaryPanel", "Add term")),
        import_="<b>{}</b>".format(translate("GlossaryPanel", "Import\u2026")),
    ),
)
IMPORT_FILTER = translate("GlossaryPanel", "Glossaries (*.tsv *.csv *.txt *.tbx);;All files (*)")
EXPORT_FILTER = translate("GlossaryPanel", "Tab-separated (*.tsv);;Comma-separated (*.csv)")
SOURCE, TARGET, NOTE = range(3)
Row = tuple[str, str, str]  # (source, target, note) as typed


class GlossaryPanel(QWidget):
    """A table of terms (source, target, note) with Add, Delete, Import… and Export….

    Attributes:
        glossary: the engine's ``Glossary`` of the pair shown.
        table: the terms, one row each, editable in place.

    Signals:
        glossary_changed(object): the ``Glossary`` after each save (re-translate with it).
    """

    glossary_changed = Signal(object)

    def __init__(self, src_lang: str, tgt_lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("glossaryPanel")
        self.glossary = Glossary(src_lang, tgt_lang)
        # Rows still waiting for a term, per pair while another pair is shown: never saved,
        # so only the table holds them and a refill must put them back.
        self._waiting: dict[tuple[str, str], list[Row]] = {}
        self.title = QLabel()
        self.title.setObjectName("glossaryTitle")
        self.empty = QLabel(EMPTY_TEXT)
        self.empty.setObjectName("glossaryEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.setStyleSheet(
            "QLabel { border: 1px dashed palette(mid); border-radius: 6px; padding: 16px;"
            " background: palette(base); color: palette(text); }"
        )
        self.table = self._make_table()
        self.pages = QStackedWidget()
        # Scrolled, not clipped, where the tools area is short (a small window).
        self.empty_page = QScrollArea()
        self.empty_page.setWidgetResizable(True)
        self.empty_page.setFrameShape(QFrame.Shape.NoFrame)
        self.empty_page.setWidget(self.empty)
        self.pages.addWidget(self.empty_page)
        self.pages.addWidget(self.table)
        self.add_button = QPushButton(self.tr("Add term"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.import_button = QPushButton(self.tr("Import\u2026"))
        self.export_button = QPushButton(self.tr("Export\u2026"))
        self.message = QLabel()
        self.message.setObjectName("glossaryMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self._lay_out()
        self._filling = False
        # The table's text, row by row (trimmed): read here, not cell by cell from Qt, on each
        # edit (60,000 cells of a 20,000-term glossary took 0.2 s). Kept in step with the table.
        self._cells: list[Row] = []
        self._shown: tuple[str, str] | None = None  # the pair whose stored glossary is shown
        self.add_button.clicked.connect(self.on_add)
        self.delete_button.clicked.connect(self.on_delete)
        self.import_button.clicked.connect(self.on_import)
        self.export_button.clicked.connect(self.on_export)
        self.table.itemChanged.connect(self.on_item_changed)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.set_pair(src_lang, tgt_lang)

    def _make_table(self) -> QTableWidget:
        table = QTableWidget(0, 3)
        table.setObjectName("glossaryTable")
        table.setAccessibleName(self.tr("Glossary terms"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(SOURCE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TARGET, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        return table

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.add_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.import_button, self.export_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

    def set_pair(self, src_lang: str, tgt_lang: str) -> None:
        """Show (and from now on edit) the stored glossary of another language pair."""
        title = self.tr("Glossary")
        self.title.setText(f"<b>{title}</b> {src_lang} \u2192 {tgt_lang}")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Source term ({language})").format(language=src_lang),
                self.tr("Target term ({language})").format(language=tgt_lang),
                self.tr("Note"),
            ]
        )
        if self._shown == (src_lang, tgt_lang) and self.table.isEnabled():
            return  # another model of the same pair: the same glossary, already shown
        self._shown = (src_lang, tgt_lang)
        shown = (self.glossary.src_lang, self.glossary.tgt_lang)
        self.clear_message()
        self._waiting[shown] = self._waiting_rows()
        readable = True
        try:
            self.glossary = Glossary.load(src_lang, tgt_lang)
        except UserError as error:
            # Editing an empty stand-in would save over the user's file: nothing is editable
            # until it can be read.
            readable = False
            self.glossary = Glossary(src_lang, tgt_lang)
            self.show_error(
                self.tr("{error} Nothing is changed until it can be read.").format(error=error)
            )
        for widget in (self.table, self.add_button, self.import_button):
            widget.setEnabled(readable)
        self._fill(self.glossary.terms, self._waiting.pop((src_lang, tgt_lang), []))
        if readable and self._waiting_note():
            self.show_note(self._waiting_note())

    def _fill(self, terms: list[Term], waiting: list[Row]) -> None:
        """Show the saved terms, then the rows still waiting for a term (still editable)."""
        self._filling = True
        self.table.setUpdatesEnabled(False)  # one repaint, not one per row
        self.table.setRowCount(0)
        rows = [(term.source, term.target, term.note) for term in terms] + waiting
        self.table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            for column, text in enumerate(row):
                self.table.setItem(number, column, QTableWidgetItem(text))
        self._cells = [(row[0].strip(), row[1].strip(), row[2].strip()) for row in rows]
        self.table.setUpdatesEnabled(True)
        self._filling = False
        self._update_buttons()

    def _rows(self) -> list[Row]:
        if len(self._cells) != self.table.rowCount():  # changed behind the panel's back
            self._cells = [
                (self._cell(row, SOURCE), self._cell(row, TARGET), self._cell(row, NOTE))
                for row in range(self.table.rowCount())
            ]
        return list(self._cells)

    @staticmethod
    def _waits(row: Row) -> bool:
        """Typed but not saved: some text, yet not both a source and a target term."""
        return any(row) and not (row[SOURCE] and row[TARGET])

    def _waiting_rows(self) -> list[Row]:
        return [row for row in self._rows() if self._waits(row)]

    def _waiting_note(self, rows: list[Row] | None = None) -> str:
        """The sentence naming the rows (``rows``, read if not given) that wait for a term, or
        "" when none does."""
        rows = self._rows() if rows is None else rows
        waiting = [str(number) for number, row in enumerate(rows, 1) if self._waits(row)]
        if not waiting:
            return ""
        return self.tr("Row {rows} is saved once it has both a source and a target term.").format(
            rows=", ".join(waiting)
        )

    def _append_row(self, source: str, target: str, note: str) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate((source, target, note)):
            self.table.setItem(row, column, QTableWidgetItem(text))
        self._cells.append((source.strip(), target.strip(), note.strip()))
        return row

    def _update_buttons(self) -> None:
        has_rows = self.table.rowCount() > 0
        self.pages.setCurrentWidget(self.table if has_rows else self.empty_page)
        self.delete_button.setEnabled(bool(self.table.selectionModel().selectedRows()))
        self.export_button.setEnabled(bool(self.glossary.terms))

    @Slot()
    def on_add(self) -> None:
        self._filling = True
        row = self._append_row("", "", "")
        self._filling = False
        self._update_buttons()
        self.table.setCurrentCell(row, SOURCE)
        self.table.editItem(self.table.item(row, SOURCE))

    @Slot()
    def on_delete(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        # Each run of rows in one call, the selection quiet meanwhile: a row at a time, each
        # removal re-read the whole selection (20,000 rows froze the window for minutes).
        runs: list[list[int]] = []
        for row in rows:
            if runs and runs[-1][-1] == row - 1:
                runs[-1].append(row)
            else:
                runs.append([row])
        with QSignalBlocker(self.table.selectionModel()):
            for run in reversed(runs):
                self.table.model().removeRows(run[0], len(run))
                del self._cells[run[0] : run[-1] + 1]
        self._update_buttons()
        self._save_table()

    @Slot(QTableWidgetItem)
    def on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        if item.row() < len(self._cells):
            row = list(self._cells[item.row()])
            row[item.column()] = item.text().strip()
            self._cells[item.row()] = (row[SOURCE], row[TARGET], row[NOTE])
        self._save_table()

    def _save_table(self) -> None:
        """Save the rows that have both terms; say which rows wait for their other term."""
        rows = self._rows()
        terms = [Term(*row) for row in rows if row[SOURCE] and row[TARGET]]
        try:
            self.glossary.set_terms(terms)
            self.glossary.save()
        except UserError as error:
            self.show_error(str(error))
            return
        waiting = self._waiting_note(rows)
        if waiting:
            self.show_note(waiting)
        else:
            self.clear_message()
        self._update_buttons()
        self.glossary_changed.emit(self.glossary)

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    @Slot()
    def on_import(self) -> None:
        path = self.choose_import_path()
        if path is None:
            return
        waiting = self._waiting_rows()
        try:
            report = self.glossary.import_file(path)
            self.glossary.save()
        except UserError as error:
            self.show_error(str(error))
            return
        self._fill(self.glossary.terms, waiting)
        skipped = ""
        if len(report.incomplete) == 1:
            skipped = self.tr(
                "Line {lines} was skipped: each term needs a source and a target."
            ).format(lines=line_numbers(report.incomplete))
        elif report.incomplete:
            skipped = self.tr(
                "Lines {lines} were skipped: each term needs a source and a target."
            ).format(lines=line_numbers(report.incomplete))
        parts = (self._import_note(report, path.name), skipped, self._waiting_note())
        self.show_note(" ".join(part for part in parts if part))
        self.glossary_changed.emit(self.glossary)

    def _import_note(self, report: ImportReport, name: str) -> str:
        """What an import did; rows repeating a term of the file are counted, as they are
        skipped (the first row counts, as on the command line)."""
        if report.added == 1 and report.updated:
            note = self.tr("Imported 1 new term from {name}, {updated} updated.")
        elif report.added == 1:
            note = self.tr("Imported 1 new term from {name}.")
        elif report.updated:
            note = self.tr("Imported {added} new terms from {name}, {updated} updated.")
        else:
            note = self.tr("Imported {added} new terms from {name}.")
        if report.repeats == 1:
            note += " " + self.tr("1 row that repeats a term was skipped (the first row counts).")
        elif report.repeats:
            note += " " + self.tr(
                "{repeats} rows that repeat a term were skipped (the first row counts)."
            )
        return note.format(
            added=report.added, name=name, updated=report.updated, repeats=report.repeats
        )

    @Slot()
    def on_export(self) -> None:
        path = self.choose_export_path()
        if path is None:
            return
        try:
            self.glossary.export_file(path)
        except UserError as error:
            self.show_error(str(error))
            return
        self.show_note(
            self.tr("Exported {count} terms to {name}.").format(
                count=len(self.glossary.terms), name=path.name
            )
        )

    def choose_import_path(self) -> Path | None:
        """Ask for a file to import (tests replace this)."""
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import a glossary"), "", IMPORT_FILTER)
        return Path(name) if name else None

    def choose_export_path(self) -> Path | None:
        """Ask where to export (tests replace this); ".csv" writes CSV, anything else TSV."""
        suggested = f"glossary-{self.glossary.src_lang}-{self.glossary.tgt_lang}.tsv"
        name, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export the glossary"), suggested, EXPORT_FILTER
        )
        if not name:
            return None
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(".csv" if "csv" in chosen else ".tsv")
        return path

    def show_error(self, text: str) -> None:
        self._show_message(f"\u26a0 {text}", "palette(highlight)")

    def show_note(self, text: str) -> None:
        self._show_message(text, "palette(mid)")

    def clear_message(self) -> None:
        self.message.clear()
        self.message.hide()

    def _show_message(self, text: str, border: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(
            f"QLabel {{ border: 1px solid {border}; border-radius: 4px; padding: 6px 8px;"
            " background: palette(alternate-base); color: palette(window-text); }"
        )
        self.message.show()

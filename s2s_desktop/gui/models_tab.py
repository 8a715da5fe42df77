"""The Models tab: the stored models in a table, their details, and their training curves.

Everything here goes through the engine's ``ModelStore``; the slow parts (export, import, which
loads the model to check it, and reading metric histories) run on the thread pool through
``run_in_background`` so the window never freezes.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from s2s_desktop.engine.model_facts import fine_tuned_into, format_size
from s2s_desktop.engine.model_files import folder_size
from s2s_desktop.engine.runs import Ending, RunInfo, ending, resumable_names, unfinished_runs
from s2s_desktop.engine.store import ModelInfo, ModelStore
from s2s_desktop.gui.curve_cache import CurveCache
from s2s_desktop.gui.evaluate_dialog import EvaluateDialog
from s2s_desktop.gui.flow_layout import flow_row
from s2s_desktop.gui.i18n import translate
from s2s_desktop.gui.message_bar import MessageBar
from s2s_desktop.gui.metrics_plot import (
    METRIC_KEYS,
    MetricsPlot,
)
from s2s_desktop.gui.model_details import (
    comparison_html,
    details_area,
    details_html,
    run_html,
)
from s2s_desktop.gui.model_edits import ModelEdits
from s2s_desktop.gui.model_import import ModelImporter
from s2s_desktop.gui.models_table import COL_CREATED, COLUMNS, ModelsTable
from s2s_desktop.gui.settings import app_settings
from s2s_desktop.gui.theme import quiet_text

EMPTY_TEXT = translate(
    "ModelsTab",
    "No models yet. Train one on your own text in the Train tab, try the sample corpus "
    "(English \u2192 Spanish, a few minutes), or import a model file.",
)
SETTINGS_PREFIX = "modelsTab/"


# ---------------------------------------------------------------------- the tab


class ModelsTab(QWidget):
    """Lists, inspects, compares, renames, deletes, exports and imports stored models.

    Attributes:
        store: the ModelStore shown.
        table: the model list (one row per model; the model's name in NAME_ROLE of each cell).
        metrics_plot: the training curves of the selected models.
        message_bar: inline errors and results.

    Signals:
        modelsChanged(): a model was renamed, deleted or imported (pickers elsewhere re-read).
        statusMessage(str): a short line for the window's status bar.
        fineTuneRequested(str): fine-tune this model on a folder (the Train tab does it).
    """

    modelsChanged = Signal()
    statusMessage = Signal(str)
    fineTuneRequested = Signal(str)
    resumeRequested = Signal(str)
    sampleRequested = Signal()  # the empty state's "Train on the sample corpus"

    def __init__(self, parent: QWidget | None = None, *, store: ModelStore | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("modelsTab")
        self.store = store if store is not None else ModelStore()
        self._models: dict[str, ModelInfo] = {}
        self._sizes: dict[str, int] = {}
        self._runs: dict[str, RunInfo] = {}  # unfinished runs, listed with the models
        self._endings: dict[str, Ending | None] = {}  # how each model's last run ended
        self._resumable: set[str] = set()  # runs with a checkpoint, finished models included
        self.curves = CurveCache(self)
        self._in_use: set[str] = set()
        self._jobs = 0
        self._filled = False
        self.importer = ModelImporter(self)  # the import flow
        self.edits = ModelEdits(self)  # rename, delete, export

        self._make_actions()
        self._make_widgets()
        self._connect()
        self._restore_settings()
        self.refresh()

    # ------------------------------------------------------------------ construction

    def _make_actions(self) -> None:
        def action(text: str, tip: str, slot: Any, shortcut: Any = None) -> QAction:
            made = QAction(text, self)
            made.setToolTip(tip)
            made.setStatusTip(tip)
            if shortcut is not None:
                made.setShortcut(QKeySequence(shortcut))
                made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            made.triggered.connect(slot)
            return made

        self.import_action = action(
            self.tr("Import…"),
            self.tr(
                "Add a model: an exported .zip, an OPUS-MT .zip or an Argos Translate .argosmodel"
            ),
            self.importer.on_import,
        )
        self.import_folder_action = action(
            self.tr("Import a folder…"),
            self.tr(
                "Add an OPUS-MT model from its folder (config.json, model.safetensors, "
                "source.spm, …)"
            ),
            self.importer.on_import_folder,
        )
        self.rename_action = action(
            self.tr("Rename…"),
            self.tr("Give the selected model another name (F2)"),
            self.edits.rename,
            "F2",
        )
        self.delete_action = action(
            self.tr("Delete…"),
            self.tr("Delete the selected models from this computer (Del)"),
            self.edits.delete,
            QKeySequence.StandardKey.Delete,
        )
        self.export_action = action(
            self.tr("Export…"),
            self.tr("Save the selected model as one .zip file to share or back up"),
            self.edits.export,
        )
        self.fine_tune_action = action(
            self.tr("Fine-tune on a folder…"),
            self.tr(
                "Train a new model that starts from the selected one on a folder of your own "
                "text (the selected model is not changed)"
            ),
            lambda: self.fineTuneRequested.emit(self.selected_names()[0]),
        )
        self.resume_action = action(
            self.tr("Resume training…"),
            self.tr("Continue the selected run from its last checkpoint in the Train tab"),
            lambda: self.resumeRequested.emit(self.selected_names()[0]),
        )
        self.evaluate_action = action(
            self.tr("Evaluate on a test set…"),
            self.tr(
                "Score the selected models on one test set you choose: BLEU, chrF and the "
                "beam, in one table, saved with each model"
            ),
            self.on_evaluate,
        )
        self.open_folder_action = action(
            self.tr("Open folder"),
            self.tr("Show the selected model's files in the file manager"),
            self.on_open_folder,
        )

    def _button(self, action: QAction, name: str) -> QPushButton:
        """A push button that mirrors ``action`` (text, tip, enabled) and triggers it."""
        button = QPushButton(action.text())
        button.setObjectName(name)
        button.setToolTip(action.toolTip())
        button.setEnabled(action.isEnabled())
        button.clicked.connect(action.trigger)
        action.changed.connect(lambda: button.setEnabled(action.isEnabled()))
        return button

    def _make_widgets(self) -> None:
        self.import_button = self._button(self.import_action, "importButton")
        self.import_folder_button = self._button(self.import_folder_action, "importFolderButton")
        self.rename_button = self._button(self.rename_action, "renameButton")
        self.delete_button = self._button(self.delete_action, "deleteButton")
        self.export_button = self._button(self.export_action, "exportButton")
        self.evaluate_button = self._button(self.evaluate_action, "evaluateButton")
        self.evaluate_button.setText(self.tr("Evaluate…"))  # the toolbar fits one row
        self.open_folder_button = self._button(self.open_folder_action, "openFolderButton")
        self.fine_tune_button = self._button(self.fine_tune_action, "fineTuneButton")
        self.resume_button = self._button(self.resume_action, "resumeRunButton")
        self.summary_label = QLabel()
        self.summary_label.setObjectName("modelsSummary")
        self.summary_label.setEnabled(False)

        separator = QFrame()
        separator.setFrameShape(QFrame.Shape.VLine)
        separator.setFrameShadow(QFrame.Shadow.Sunken)
        buttons = flow_row(
            [
                *(self.import_button, self.import_folder_button, separator),
                *(self.rename_button, self.delete_button, self.export_button),
                *(self.evaluate_button, self.fine_tune_button, self.resume_button),
                self.open_folder_button,
            ]
        )  # in a narrow window, a second row
        toolbar = QHBoxLayout()
        toolbar.addWidget(buttons, 1)
        toolbar.addWidget(self.summary_label, 0, Qt.AlignmentFlag.AlignTop)

        self.message_bar = MessageBar(self)

        self.table = ModelsTable()
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        context_separator = QAction(self)
        context_separator.setSeparator(True)
        for item in (
            self.resume_action,
            self.evaluate_action,
            self.fine_tune_action,
            self.rename_action,
            self.delete_action,
            self.export_action,
            self.open_folder_action,
            context_separator,
            self.import_action,
            self.import_folder_action,
        ):
            self.table.addAction(item)

        self.details, details_scroll = details_area()

        self.metrics_plot = MetricsPlot()

        # Table over curves on the left, details beside both: the details get the full height.
        self.left_splitter = QSplitter(Qt.Orientation.Vertical)
        self.left_splitter.addWidget(self.table)
        self.left_splitter.addWidget(self.metrics_plot)
        self.left_splitter.setStretchFactor(0, 2)
        self.left_splitter.setStretchFactor(1, 3)
        self.left_splitter.setSizes([280, 420])  # proportions until first shown
        self.left_splitter.setChildrenCollapsible(False)
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.addWidget(self.left_splitter)
        self.main_splitter.addWidget(details_scroll)
        self.main_splitter.setStretchFactor(0, 1)
        self.main_splitter.setStretchFactor(1, 0)
        self.main_splitter.setSizes([740, 340])
        self.main_splitter.setChildrenCollapsible(False)

        self.empty_state = self._make_empty_state()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty_state)
        self.pages.addWidget(self.main_splitter)

        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.pages, 1)

    def _make_empty_state(self) -> QWidget:
        page = QWidget()
        page.setObjectName("emptyState")
        self.empty_label = QLabel(EMPTY_TEXT)
        self.empty_label.setObjectName("emptyStateLabel")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        font = self.empty_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.empty_label.setFont(font)
        import_here = QPushButton(self.tr("Import a model file…"))
        import_here.setObjectName("emptyImportButton")
        import_here.clicked.connect(self.import_action.trigger)
        self.import_action.changed.connect(
            lambda: import_here.setEnabled(self.import_action.isEnabled())
        )
        layout = QVBoxLayout(page)
        layout.addStretch(2)
        layout.addWidget(self.empty_label)
        self.sample_button = QPushButton(self.tr("Train on the sample corpus"))
        self.sample_button.setObjectName("emptySampleButton")
        self.sample_button.clicked.connect(self.sampleRequested)
        layout.addSpacing(12)
        for button in (self.sample_button, import_here):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        return page

    def _connect(self) -> None:
        self.table.itemSelectionChanged.connect(self.on_selection_changed)
        self.table.itemDoubleClicked.connect(self.on_item_double_clicked)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._save_sort)
        self.metrics_plot.metricChanged.connect(self._save_metric)
        self.curves.updated.connect(lambda: self._update_plot(self.selected_names()))
        self.curves.failed.connect(self._on_history_failed)

    def _restore_settings(self) -> None:
        settings = app_settings()
        metric = settings.value(SETTINGS_PREFIX + "metric", "", type=str)
        if metric in METRIC_KEYS:
            self.metrics_plot.set_metric(metric)
        column = settings.value(SETTINGS_PREFIX + "sortColumn", COL_CREATED, type=int)
        descending = settings.value(SETTINGS_PREFIX + "sortDescending", True, type=bool)
        if 0 <= column < len(COLUMNS):
            order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
            self.table.sortByColumn(column, order)

    def _save_sort(self, column: int, order: Qt.SortOrder) -> None:
        settings = app_settings()
        settings.setValue(SETTINGS_PREFIX + "sortColumn", column)
        settings.setValue(SETTINGS_PREFIX + "sortDescending", order == Qt.SortOrder.DescendingOrder)

    def _save_metric(self, key: str) -> None:
        app_settings().setValue(SETTINGS_PREFIX + "metric", key)

    # ------------------------------------------------------------------ public

    def refresh(self, select: Iterable[str] | None = None) -> None:
        """Read the store again; keep the selection (or select ``select``) where possible."""
        wanted = list(select) if select is not None else self.selected_names()
        try:
            models, runs = self.store.list(), unfinished_runs(self.store)
            self._resumable = set(resumable_names(self.store))
        except OSError as error:
            self.message_bar.show_error(
                self.tr(
                    "Cannot read the models folder {folder} ({reason}); check that it is readable."
                ).format(folder=self.store.models_dir, reason=error.strerror or error)
            )
            models, runs, self._resumable = [], [], set()
        self._models = {model.name: model for model in models}
        self._runs = {run.name: run for run in runs}
        self._endings = {model.name: ending(self.store, model.path) for model in models}
        self._sizes = {}
        for entry in [*models, *runs]:
            self._sizes[entry.name] = folder_size(entry.path)
        was_empty = self.table.rowCount() == 0
        self.table.fill(models, self._sizes, runs)
        if not wanted and was_empty and self.table.rowCount():
            wanted = [self.table.name_at(0)]  # first visit: show one
        self._filled = True
        self.select_models(wanted)
        self.pages.setCurrentWidget(self.main_splitter if models or runs else self.empty_state)
        total = sum(self._sizes.values())
        model_count = self.tr("{count} model") if len(models) == 1 else self.tr("{count} models")
        counts = [model_count.format(count=len(models))]
        if runs:
            counts.append(self.tr("{count} unfinished").format(count=len(runs)))
        self.summary_label.setText(
            f"{', '.join(counts)} · {format_size(total)}" if models or runs else ""
        )

    def selected_names(self) -> list[str]:
        """The selected models' names, in the table's order (which is also their colours')."""
        return self.table.selected_names()

    def select_models(self, names: Iterable[str]) -> None:
        """Select the rows of ``names`` (those that exist) and nothing else."""
        self.table.select_names(names)
        self.on_selection_changed()

    def set_models_in_use(self, names: Iterable[str]) -> None:
        """Models that must not be renamed or deleted now (e.g. the one being trained)."""
        self._in_use = set(names)
        self.sample_button.setEnabled(not self._in_use)  # a run goes on: no second one
        self._update_actions()

    # ------------------------------------------------------------------ selection

    def on_selection_changed(self) -> None:
        self._update_actions()
        names = self.selected_names()
        self._show_details(names)
        self._update_plot(names)

    def _update_actions(self) -> None:
        names = self.selected_names()
        idle = self._jobs == 0
        one = len(names) == 1
        busy = [name for name in names if name in self._in_use]
        self.delete_action.setEnabled(idle and bool(names) and not busy)
        self.evaluate_action.setEnabled(
            bool(names) and all(name in self._models and name not in self._in_use for name in names)
        )
        self.open_folder_action.setEnabled(one)
        translate_only = (
            one and names[0] in self._models and self._models[names[0]].card.translate_only
        )
        model = one and names[0] in self._models
        # A run rewrites its model's files: an export or a base copied now could mix two saves.
        self.fine_tune_action.setEnabled(model and not translate_only and not busy)
        self.export_action.setEnabled(idle and model and not busy)
        self.rename_action.setEnabled(idle and model and not busy)
        self.resume_action.setEnabled(one and not busy and names[0] in self._resumable)
        self.import_action.setEnabled(idle)
        self.import_folder_action.setEnabled(idle)
        in_use = self.tr("{name!r} is in use (training); wait until it finishes.")
        in_use_tip = in_use.format(name=busy[0]) if busy else ""
        only = self.tr("{name!r} can only translate (imported from {origin}).")
        origin = self._models[names[0]].card.origin if translate_only else ""
        tune_tip = only.format(name=names[0], origin=origin) if translate_only else in_use_tip
        for button, action, tip in (
            (self.rename_button, self.rename_action, in_use_tip),
            (self.delete_button, self.delete_action, in_use_tip),
            (self.export_button, self.export_action, in_use_tip),
            (self.fine_tune_button, self.fine_tune_action, tune_tip),
        ):
            button.setToolTip(tip or action.toolTip())

    def on_item_double_clicked(self, item: QTableWidgetItem) -> None:
        """Double-click renames, like F2 (there is no inline editing: names are folders)."""
        if self.rename_action.isEnabled():
            self.rename_action.trigger()

    # ------------------------------------------------------------------ details

    def _show_details(self, names: list[str]) -> None:
        models = [self._models[name] for name in names if name in self._models]
        if len(names) == 1 and names[0] in self._runs:
            run = self._runs[names[0]]
            self.details.setText(run_html(run, self._sizes.get(run.name, 0)))
        elif not models:
            hint = self.tr(
                "Select a model to see its details; "
                "select several (Ctrl+click) to compare their training curves."
            )
            self.details.setText(f"<p style='color:{quiet_text()}'>{hint}</p>")
        elif len(models) == 1:
            model = models[0]
            end = self._endings.get(model.name)
            made = fine_tuned_into(model.name, (info.card for info in self._models.values()))
            size = self._sizes.get(model.name, 0)
            self.details.setText(details_html(model, size, end, made))
        else:
            self.details.setText(comparison_html(models))

    # ------------------------------------------------------------------ plot

    def _update_plot(self, names: list[str]) -> None:
        """Draw the histories already read; the cache reads the others (again, if changed)."""
        folders = [(name, self._folder(name)) for name in names if self._folder(name)]
        placeholder = (
            self.tr("Reading the training history…")
            if names
            else self.tr("Select one or more models to compare their training curves.")
        )
        self.metrics_plot.set_runs(self.curves.histories(folders), placeholder)

    def _on_history_failed(self, name: str, message: str) -> None:
        self.message_bar.show_error(
            self.tr("Could not read the training history of {name!r}: {message}").format(
                name=name, message=message
            )
        )

    def _folder(self, name: str) -> Path | None:
        """The folder of a listed model or unfinished run."""
        entry = self._models.get(name) or self._runs.get(name)
        return None if entry is None else entry.path

    # ------------------------------------------------------------------ actions

    def on_evaluate(self) -> None:
        """Score the selected models on one test set (``EvaluateDialog``); the details show
        the scores once saved."""
        names = [name for name in self.selected_names() if name in self._models]
        if not names or not self.evaluate_action.isEnabled():
            return
        self.evaluate_dialog = EvaluateDialog(names, self.store, self)
        self.evaluate_dialog.scoresSaved.connect(lambda _: self.refresh())
        self.evaluate_dialog.open()

    def on_open_folder(self) -> None:
        names = self.selected_names()
        if len(names) != 1:
            return
        folder = self._folder(names[0])
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            self.message_bar.show_error(
                self.tr("Could not open a file manager; the model's files are in {folder}.").format(
                    folder=folder
                )
            )

    # ------------------------------------------------------------------ for the import and edits

    def begin_job(self, text: str) -> None:
        """A background job (import, export) starts: say so, and hold the actions it excludes."""
        self._jobs += 1
        self.message_bar.show_message(text, "info")
        self.statusMessage.emit(text)
        self._update_actions()

    def end_job(self) -> None:
        self._jobs = max(0, self._jobs - 1)
        self._update_actions()

    def job_failed(self, message: str) -> None:
        self.end_job()
        self.message_bar.show_error(message)
        self.statusMessage.emit(message)

    def report(self, text: str) -> None:
        """A finished change, in the message bar and the status bar."""
        self.message_bar.show_message(text, "success")
        self.statusMessage.emit(text)

    def file_dir(self) -> Path:
        """Where the last import or export went: the next file dialog opens there."""
        saved = app_settings().value(SETTINGS_PREFIX + "fileDir", "", type=str)
        return Path(saved) if saved and Path(saved).is_dir() else Path.home()

    def remember_dir(self, folder: Path) -> None:
        app_settings().setValue(SETTINGS_PREFIX + "fileDir", str(folder))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        """Models may have changed while the tab was hidden (the CLI, another window)."""
        super().showEvent(event)
        if not event.spontaneous() and self._filled:
            self.refresh()

"""The Translate tab: pick a stored model, type, and read the translation and its attention.

The model lives in a ``TranslationWorker`` on its own QThread and stays loaded between requests.
Typing translates after a short pause; each request carries an id, and only the latest one is
computed and shown, so a fast typist never waits for translations of text that is already gone.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import QVBoxLayout, QWidget

from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.model_files import weights_stamp
from s2s_desktop.engine.store import ModelInfo, ModelStore
from s2s_desktop.engine.wording import number
from s2s_desktop.gui.alternatives import Choices
from s2s_desktop.gui.attention_view import EMPTY_TEXT as ATTENTION_EMPTY_TEXT
from s2s_desktop.gui.document_jobs import DocumentJobs
from s2s_desktop.gui.file_job_row import FileJobRow
from s2s_desktop.gui.first_run_hint import FirstRunHint
from s2s_desktop.gui.memory_cursor import MemoryCursor
from s2s_desktop.gui.message_bar import MessageBar
from s2s_desktop.gui.model_details import no_attention_reason
from s2s_desktop.gui.model_row import FILE_TIP, ModelRow
from s2s_desktop.gui.pending_copy import PendingCopy
from s2s_desktop.gui.settings import app_settings
from s2s_desktop.gui.tasks import describe_error
from s2s_desktop.gui.text_pair import TextPair
from s2s_desktop.gui.translate_splitter import TranslateSplitter
from s2s_desktop.gui.translate_tools import TranslateTools
from s2s_desktop.gui.translation_output import TranslationOutput
from s2s_desktop.gui.workers import TextTranslation, TranslationWorker, start_worker_thread

MODEL_KEY = "translate/model"


class TranslateTab(QWidget):
    """Translate typed text or a whole file with a stored model; show the cross-attention.

    Attributes:
        worker: the ``TranslationWorker`` (on its own thread) that holds the loaded model.
        worker_thread: that thread.

    Signals:
        statusMessage(str): a short line for the window's status bar ("Loading toy…",
            "Translated in 24 ms").
        trainRequested(): the empty state's "Go to Train tab" button was pressed.
        sampleRequested(): the empty state's "Train on the sample corpus" button was pressed.
        modelReady(str): the picked model (its name) loaded, or was renamed.
    """

    statusMessage = Signal(str)
    trainRequested = Signal()
    sampleRequested = Signal()
    modelReady = Signal(str)

    DEBOUNCE_MS = 400  # a typing pause this long sends a translation
    KEEP_MS = 2000  # a translation left this long on screen goes into the history

    # To the worker (queued: the slots run on the worker's thread).
    _loadRequested = Signal(str)
    _translateRequested = Signal(int, str, int)
    _choicesRequested = Signal(int, int, int, str, str, int, int)
    _glossaryChosen = Signal(object)
    _quickRequested = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("translateTab")
        self._models: list[ModelInfo] = []
        self._requested_model: str | None = None  # sent to the worker, maybe not loaded yet
        self._ready_model: str | None = None  # confirmed loaded by the worker
        self._loaded_stamp: tuple[int, int] | None = None
        self._request_id = 0
        self._sent_at: dict[int, float] = {}
        self._translation_error = False
        self._closed = False
        self._kept_source = ""  # the input the output translates, for the history
        self._choices_id = 0  # the word menu's latest request
        self.pending_copy = PendingCopy(self)  # Copy pressed before the text was translated

        self._build()
        self.worker = TranslationWorker()
        self.worker_thread = start_worker_thread(self.worker, "translation")
        self.documents = DocumentJobs(
            self,
            self.worker,
            self.file_row,
            self.message_bar,
            model=lambda: self._ready_model,
            beam=self.beam_spin.value,
            chosen=self.current_model,
        )
        self.modelReady.connect(self.documents.start_waiting)
        self._connect()
        self.refresh_models()

    def _connect(self) -> None:
        """Every connection in one place: widgets to slots, and both ways to the worker."""
        self._loadRequested.connect(self.worker.load)
        self._translateRequested.connect(self.worker.translate)
        self.worker.loaded.connect(self.on_loaded)
        self.worker.loadFailed.connect(self.on_load_failed)
        self.worker.translated.connect(self.on_translated)
        self.worker.failed.connect(self.on_failed)
        self._choicesRequested.connect(self.worker.choices)
        self.worker.choicesReady.connect(self.on_choices)
        self.worker.choicesFailed.connect(self.statusMessage)
        self.output.choicesRequested.connect(self._ask_choices)
        self.output.statusMessage.connect(self.statusMessage)
        self._keep_timer.timeout.connect(self.keep_in_history)
        self.history_panel.restoreRequested.connect(self.restore)
        self.history_panel.statusMessage.connect(self.statusMessage)
        self._glossaryChosen.connect(self.worker.set_glossary)
        self._quickRequested.connect(self.worker.translate_quick)
        self.memory.statusMessage.connect(self.statusMessage)
        self.memory_cursor.statusMessage.connect(self.statusMessage)
        self.glossary_panel.glossary_changed.connect(self.on_glossary_changed)
        app = QCoreApplication.instance()
        if app is not None:  # a safety net: a running QThread must not outlive the app
            app.aboutToQuit.connect(self.shutdown)
        self.model_picker.currentIndexChanged.connect(self.on_model_chosen)
        self.beam_spin.valueChanged.connect(self.on_beam_changed)
        self.source_edit.textChanged.connect(self._debounce.start)
        self.source_edit.textChanged.connect(self.pending_copy.cancel)
        self.pending_copy.gaveUp.connect(self.statusMessage)
        self._debounce.timeout.connect(self.translate_now)
        self.translate_button.clicked.connect(self.translate_now)
        for shortcut in self._shortcuts:
            shortcut.activated.connect(self.translate_now)
        self.clear_button.clicked.connect(self.clear)
        self.copy_button.clicked.connect(self.copy_translation)
        self.swap_button.clicked.connect(self.swap)
        self.file_button.clicked.connect(self.choose_file)
        self.documents.busyChanged.connect(self._update_actions)
        self.documents.statusMessage.connect(self.statusMessage)
        self.setAcceptDrops(True)  # a document dropped on the tab or its text box
        self.installEventFilter(self.documents)
        self.source_edit.viewport().installEventFilter(self.documents)
        self.train_button.clicked.connect(self.trainRequested)
        self.sample_button.clicked.connect(self.sampleRequested)

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        # Model row: what translates, and how.
        self.model_row = ModelRow()
        self.model_picker, self.model_status = (
            self.model_row.model_picker,
            self.model_row.model_status,
        )
        self.beam_spin, self.file_button = self.model_row.beam_spin, self.model_row.file_button

        self.empty_hint = FirstRunHint()
        self.sample_button, self.train_button = (
            self.empty_hint.sample_button,
            self.empty_hint.train_button,
        )

        self.message_bar = MessageBar()

        # The two editors, side by side, with their languages above them.
        self.editors = editors = TextPair()
        self.source_label, self.target_label = editors.source_label, editors.target_label
        self.source_edit, self.target_edit = editors.source_edit, editors.target_edit
        self.swap_button, self.copy_button = editors.swap_button, editors.copy_button
        self.translate_button, self.clear_button = editors.translate_button, editors.clear_button
        self.output = TranslationOutput(self.target_edit, self.message_bar)

        # A running file job.
        self.file_row = FileJobRow()
        self.file_label, self.file_progress = self.file_row.label, self.file_row.progress
        self.cancel_file_button = self.file_row.cancel_button

        # Below the editors, one tool at a time.
        self.tools = TranslateTools()
        self.memory, self.attention_panel = self.tools.memory, self.tools.attention
        self.glossary_panel, self.history_panel = self.tools.glossary, self.tools.history
        attention = self.attention_panel
        self.attention_view, self.attention_caption = attention.view, attention.caption

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(editors, 1)
        top_layout.addWidget(self.file_row)
        self.splitter = TranslateSplitter(top, self.tools)

        layout = QVBoxLayout(self)
        layout.addWidget(self.model_row)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.splitter, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(self.DEBOUNCE_MS)
        self.memory_cursor = MemoryCursor(
            self.source_edit, self.memory, self.output, self._debounce
        )
        self._keep_timer = QTimer(self, singleShot=True, interval=self.KEEP_MS)
        self._shortcuts = [
            QShortcut(
                QKeySequence(keys), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
            )
            for keys in ("Ctrl+Return", "Ctrl+Enter")
        ]
        self._shortcuts[0].setWhatsThis(self.tr("Translate now (Translate tab)"))

    # ------------------------------------------------------------------ public API

    def refresh_models(self, select: str | None = None) -> None:
        """Re-read the store; keep the current model unless ``select`` names another one."""
        try:
            self._models = ModelStore().list()
        except (OSError, UserError) as error:
            self._models = []
            self.message_bar.show_error(describe_error(error))
        names = [m.name for m in self._models]
        renamed = self._renamed_to(names)
        current = renamed.name if renamed is not None else self.current_model()
        wanted = next(
            (
                name
                for name in (select, current, str(app_settings().value(MODEL_KEY, "") or ""))
                if name and name in names
            ),
            names[0] if names else None,
        )
        self.model_row.set_models(self._models, wanted)

        self._show_empty_state(not self._models)
        if wanted is None:
            self._requested_model = self._ready_model = None
            self._cancel_pending_requests()
            self.tools.clear_model()
            return
        info = self._models[names.index(wanted)]
        if info is renamed:
            self._adopt_new_name(info)
            return
        changed = wanted != self._requested_model or weights_stamp(info.path) != self._loaded_stamp
        if changed:
            self._load(info)
        else:
            self._show_languages(info)
            self.model_row.show_beam(info)  # a finished resume may have scored it with beam search

    def current_model(self) -> str | None:
        """The model chosen in the picker (loaded or loading), or None."""
        data = self.model_picker.currentData()
        return str(data) if data else None

    def is_busy(self) -> bool:
        """True while a file is being translated."""
        return self.documents.busy

    def shutdown(self) -> None:
        """Cancel a file job, then stop the worker's thread and wait for it."""
        if self._closed:
            return
        self._closed = True
        self._debounce.stop()
        self.worker.latest_request = -1  # drop whatever is still queued
        self.worker.cancel_file()
        self.worker_thread.quit()
        self.worker_thread.wait()
        self.memory.shutdown()

    # ------------------------------------------------------------------ model

    def _show_empty_state(self, empty: bool) -> None:
        self.empty_hint.setVisible(empty)
        self.model_row.setVisible(not empty)
        self.editors.show_no_model(empty)
        self._update_actions()
        self.attention_view.set_empty_text(
            self.tr(
                "Once you have a model, this shows which source words each output word looked at."
            )
            if empty
            else ATTENTION_EMPTY_TEXT
        )
        if empty:
            self.model_status.clear()

    def _update_actions(self) -> None:
        """Enable what can work now: translating needs a loaded model, files one job at a time."""
        ready, busy = self._ready_model is not None, self.is_busy()
        self.translate_button.setEnabled(ready)
        self.file_button.setEnabled(ready and not busy)
        self.model_picker.setEnabled(not busy)  # a switch would wait behind the file anyway
        self.file_button.setToolTip(
            self.tr("A file is being translated; one at a time.") if busy else FILE_TIP
        )

    def _show_languages(self, info: ModelInfo) -> None:
        self.attention_view.set_empty_text(no_attention_reason(info) or ATTENTION_EMPTY_TEXT)
        self.editors.show_languages(info.src_lang, info.tgt_lang)

    def _renamed_to(self, names: list[str]) -> ModelInfo | None:
        """The loaded model under its new name: the old name is gone and one stored model has
        the weights loaded (a rename moves the folder, it keeps the weights file's stamp)."""
        old, stamp = self._requested_model, self._loaded_stamp
        if old is None or old in names or stamp is None:
            return None
        same = [info for info in self._models if weights_stamp(info.path) == stamp]
        return same[0] if len(same) == 1 else None

    def _adopt_new_name(self, info: ModelInfo) -> None:
        """Keep the renamed model loaded: a reload would translate the text again and keep it
        in the history twice (whose entries the Models tab renamed with it)."""
        self._requested_model = info.name
        self.model_row.remember_beam(info)  # the width shown stays this model's
        if self._ready_model is None:  # still loading under the old name: load the new one
            self._load(info)
            return
        self._ready_model = info.name
        app_settings().setValue(MODEL_KEY, info.name)
        self.model_status.ready(info.name, info.src_lang, info.tgt_lang)
        self.modelReady.emit(info.name)

    def _info(self, name: str | None) -> ModelInfo | None:
        return next((m for m in self._models if m.name == name), None)

    def _load(self, info: ModelInfo) -> None:
        """Ask the worker to load ``info`` (it answers with ``loaded`` or ``loadFailed``)."""
        self._requested_model = info.name
        self._ready_model = None
        self._loaded_stamp = weights_stamp(info.path)
        self._cancel_pending_requests()
        self._show_languages(info)
        self.model_row.show_beam(info)
        self._update_actions()
        self.model_status.loading(info.name)
        self.statusMessage.emit(self.tr("Loading {name}\u2026").format(name=info.name))
        self._loadRequested.emit(info.name)  # the worker reloads a model whose weights changed

    @Slot(int)
    def on_model_chosen(self, index: int) -> None:
        info = self._models[index] if 0 <= index < len(self._models) else None
        if info is None:
            return
        self._load(info)

    @Slot(str, object)
    def on_loaded(self, name: str, config: dict[str, Any]) -> None:
        if name != self._requested_model:
            return  # a model the user already switched away from
        self._ready_model = name
        self._update_actions()
        app_settings().setValue(MODEL_KEY, name)  # remembered once it proved it loads
        src, tgt = config.get("src_lang", "?"), config.get("tgt_lang", "?")
        self.tools.set_model(src, tgt, (config.get("training") or {}).get("folder"))
        self._glossaryChosen.emit(self.glossary_panel.glossary.copy())  # before any translation
        self.model_status.ready(name, src, tgt)
        self.modelReady.emit(name)
        self.statusMessage.emit(
            self.tr("Ready: {name}, {src} \u2192 {tgt}").format(name=name, src=src, tgt=tgt)
        )
        if self.message_bar.kind == "error" and not self.is_busy():
            self.message_bar.clear_message()  # an earlier load error no longer applies
        self._translation_error = False
        if self.source_edit.toPlainText().strip():
            self.translate_now()

    @Slot(str, str)
    def on_load_failed(self, name: str, message: str) -> None:
        if name != self._requested_model:
            return
        self._ready_model = None
        self._update_actions()
        self.output.clear()  # the previous model's translation is not this one's
        self.attention_panel.show_translation(None)
        self.source_edit.setPlaceholderText(
            self.tr("This model could not be loaded; choose another one.")
        )
        self.model_status.failed(name)
        self.message_bar.show_error(message)
        self.statusMessage.emit(self.tr("Could not load {name}.").format(name=name))

    @Slot(int)
    def on_beam_changed(self, beam: int) -> None:
        info = self._info(self.current_model())
        if info is not None:
            self.model_row.remember_beam(info)
        self._kept_source = ""  # the output is the old beam's: Copy waits for the new one
        if self.source_edit.toPlainText().strip():
            self._debounce.start()

    # ------------------------------------------------------------------ text

    def _cancel_pending_requests(self) -> None:
        """Make every request in flight stale: the worker skips them, replies are ignored; the
        output translates no text now (Copy waits for the next translation)."""
        self._request_id += 1
        self.worker.latest_request = self._request_id
        self._kept_source = ""

    @Slot()
    def translate_now(self) -> None:
        """Translate the input now (the button, Ctrl+Enter, or the end of a typing pause)."""
        self._debounce.stop()
        if self._closed:
            return
        text = self.source_edit.toPlainText()
        if not text.strip():
            self._cancel_pending_requests()
            self.output.clear()
            self.attention_panel.show_translation(None)
            self.memory.panel.show_matches([])
            return
        if self._ready_model is None:
            return  # loading (it translates when ready) or failed (the message says why)
        self._request_id += 1
        request_id = self._request_id
        self._sent_at = {request_id: time.perf_counter()}
        self.worker.latest_request = request_id  # before sending: older requests become stale
        self._translateRequested.emit(request_id, text, self.beam_spin.value())
        self.model_status.waiting(behind_file=self.is_busy())
        self.memory_cursor.look_up()

    @Slot(int, object)
    def on_translated(self, request_id: int, result: TextTranslation) -> None:
        if request_id != self._request_id:
            return  # superseded while it ran
        self.model_status.answered()
        self.output.show(result.parts, result.text)
        self.output.say_if_empty(result.source, result.lines, self._ready_model)
        self._kept_source = result.source
        self._keep_timer.start()
        lines = [line for line in result.source.split("\n") if line.strip()]
        several = len(lines) > 1 or len(result.detailed) > 1
        self.attention_panel.show_translation(
            result.detailed[-1] if result.detailed else None, several
        )
        if self._translation_error:
            self.message_bar.clear_message()
            self._translation_error = False
        sent = self._sent_at.pop(request_id, None)
        if sent is not None:
            ms = number((time.perf_counter() - sent) * 1000, 0)
            self.statusMessage.emit(self.tr("Translated in {ms} ms").format(ms=ms))
        if result.source == self.source_edit.toPlainText() and self.pending_copy.take():
            self.copy_translation()

    # ------------------------------------------------------------------ alternatives

    @Slot(int, int, str, str, int)
    def _ask_choices(self, line: int, part: int, source: str, shown: str, offset: int) -> None:
        if self._ready_model is None or self._closed:
            return
        self._choices_id += 1
        self.worker.latest_choices = self._choices_id  # an earlier click still queued is dropped
        beam = self.beam_spin.value()
        self._choicesRequested.emit(self._choices_id, line, part, source, shown, offset, beam)

    @Slot(int, object)
    def on_choices(self, request_id: int, choices: Choices | None) -> None:
        if request_id != self._choices_id or choices is None or self._closed:
            return  # another click came since, or it was not on a word
        self.output.show_choices(choices)

    def translate_quick(self, text: str) -> bool:
        """Translate ``text`` with the loaded model outside the editors (the clipboard popup);
        the worker answers with ``quickTranslated`` or ``quickFailed``. False when no model is
        ready yet."""
        if self._ready_model is None or self._closed:
            return False
        self._quickRequested.emit(text, self.beam_spin.value())
        return True

    # ------------------------------------------------------------------ glossary

    @Slot(object)
    def on_glossary_changed(self, glossary: Any) -> None:
        """An edited glossary: the worker takes a copy (the panel goes on editing its own), and
        the text is translated with it."""
        self._glossaryChosen.emit(glossary.copy())
        self._kept_source = ""  # the output is without the edit: Copy waits for the new one
        if self._ready_model is not None and self.source_edit.toPlainText().strip():
            self._debounce.start()

    # ------------------------------------------------------------------ history

    @Slot()
    def keep_in_history(self) -> None:
        """Keep the translation on screen (it stayed ``KEEP_MS``, or was copied) in the
        history, unless the input has changed since."""
        self._keep_timer.stop()
        info = self._info(self._ready_model)
        source = self.source_edit.toPlainText()
        output = self.target_edit.toPlainText()
        if info is None or source != self._kept_source or not output.strip():
            return
        self.history_panel.keep(info.name, info.src_lang, info.tgt_lang, source, output)

    @Slot(object)
    def restore(self, entry: Any) -> None:
        """Bring a history entry back: its model (when it is still there) and its text, which
        is translated again."""
        names = [m.name for m in self._models]
        model = entry.model
        if model in names and model != self.current_model():
            self.model_picker.setCurrentIndex(names.index(model))
        elif model not in names:
            self.statusMessage.emit(
                self.tr("{model} is no longer stored; kept {current}.").format(
                    model=entry.model, current=self.current_model()
                )
            )
        cursor = self.source_edit.textCursor()  # an edit, not setPlainText: Ctrl+Z undoes it
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(entry.source)
        self.source_edit.setTextCursor(cursor)
        self.source_edit.setFocus()

    @Slot(int, str)
    def on_failed(self, request_id: int, message: str) -> None:
        if request_id != self._request_id or self._ready_model is None:
            return  # stale, or the load already failed and said so
        self.model_status.answered()
        self._translation_error = True
        self.message_bar.show_error(message)
        self.statusMessage.emit(self.tr("Translation failed."))

    @Slot()
    def clear(self) -> None:
        """Empty the input, the output and the attention view."""
        self._cancel_pending_requests()
        self.source_edit.clear()
        self._debounce.stop()  # clearing counts as typing; nothing is left to translate
        self.output.clear()
        self.attention_panel.show_translation(None)
        self.memory.panel.show_matches([])
        self.source_edit.setFocus()

    @Slot()
    def copy_translation(self) -> None:
        """Copy the translation of the text in the box: now, or once it is translated (the
        output may still be that of the text before the last edit)."""
        source, text = self.source_edit.toPlainText(), self.target_edit.toPlainText()
        if source.strip() and source != self._kept_source:
            self.translate_now()
            self.pending_copy.ask()  # until the text changes or something else is copied
            self.statusMessage.emit(self.tr("Copying once the text is translated\u2026"))
        elif not text.strip():  # the clipboard keeps what it had
            self.statusMessage.emit(self.tr("Nothing to copy yet."))
        else:
            QGuiApplication.clipboard().setText(text)
            self.keep_in_history()
            self.statusMessage.emit(self.tr("Copied the translation."))

    @Slot()
    def swap(self) -> None:
        """Translate back: the output becomes the input, with the reverse model if there is one."""
        info = self._info(self.current_model())
        output = self.target_edit.toPlainText()
        if not output.strip():
            self.statusMessage.emit(self.tr("Nothing to swap yet: translate something first."))
            return
        if info is None:
            return
        back = (info.tgt_lang, info.src_lang)
        reverse = next((m for m in self._models if (m.src_lang, m.tgt_lang) == back), None)
        if reverse is None:  # the same model would read its own output language: nothing swaps
            self.message_bar.show_message(
                self.tr(
                    "There is no {src} \u2192 {tgt} model to translate back with, so nothing "
                    "was swapped: train one with the languages the other way round, or import "
                    "one in the Models tab."
                ).format(src=back[0], tgt=back[1])
            )
            return
        if self.is_busy():
            self.message_bar.show_message(
                self.tr("A file is being translated: swap once it is done (or cancel it).")
            )
            return
        self.model_picker.setCurrentIndex(self._models.index(reverse))
        self.output.clear()
        self.attention_panel.show_translation(None)
        self.source_edit.setPlainText(output)
        self.source_edit.setFocus()

    # ------------------------------------------------------------------ files

    @Slot()
    def choose_file(self) -> None:
        """The "Translate file…" button: ask for a document, then translate it."""
        self.documents.start()

    def translate_file(self, path: str | None = None, encoding: str = "utf-8") -> None:
        """Translate a document beside itself (``document_jobs.DocumentJobs.start``)."""
        self.documents.start(path, encoding)

    @Slot()
    def cancel_file(self) -> None:
        self.documents.cancel()

"""The Translate tab's document jobs: choose or drop a document, ask before replacing its
translation or when its encoding is not UTF-8, run it in the translation worker, show its
progress and its end. One job at a time; the tab only asks ``busy``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from s2s_desktop.engine.documents import formats
from s2s_desktop.engine.documents.job import check_writable
from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.store import ModelStore
from s2s_desktop.gui.data_panel import ENCODINGS
from s2s_desktop.gui.file_job_row import FileJobRow
from s2s_desktop.gui.message_bar import MessageBar
from s2s_desktop.gui.replace_question import confirm_replace
from s2s_desktop.gui.settings import app_settings
from s2s_desktop.gui.workers import TranslationWorker

FILE_DIR_KEY = "translate/fileDir"


class DocumentJobs(QObject):
    """Starts, follows and ends document jobs for a tab (``owner``) and shows them in its
    ``row`` and ``message_bar``. Installed as an event filter on a text box, it takes the
    documents dropped on it.

    Signals:
        statusMessage(str): a line for the window's status bar.
        busyChanged(): a job started or ended.
    """

    statusMessage = Signal(str)
    busyChanged = Signal()
    _requested = Signal(str, str, int, str)  # document, output, beam, encoding

    def __init__(
        self,
        owner: QWidget,
        worker: TranslationWorker,
        row: FileJobRow,
        message_bar: MessageBar,
        model: Callable[[], str | None],
        beam: Callable[[], int],
        chosen: Callable[[], str | None],
    ) -> None:
        """``model``: the loaded model's name (None while none is); ``chosen``: the picked
        one's, loaded or not (None: there is none to pick)."""
        super().__init__(owner)
        self.owner, self.worker, self.row, self.message_bar = owner, worker, row, message_bar
        self._model, self._beam, self._chosen = model, beam, chosen
        self.job: Path | None = None
        self._waiting: tuple[str, str] | None = None  # a file dropped while its model loaded
        self._encoding = "utf-8"
        self._cancel_asked = False
        self._requested.connect(worker.translate_file)
        worker.fileProgress.connect(self.on_progress)
        worker.fileFinished.connect(self.on_finished)
        worker.fileFailed.connect(self.on_failed)
        worker.fileNeedsEncoding.connect(self.on_needs_encoding)
        row.cancel_button.clicked.connect(self.cancel)

    @property
    def busy(self) -> bool:
        return self.job is not None

    def start(self, path: str | None = None, encoding: str = "utf-8") -> None:
        """Translate a document in the worker (ask for one when ``path`` is None) into
        NAME.<target language>.EXT beside it, after asking before replacing a file (or where
        the user says, when its folder takes no file). While the model loads, the document
        waits for it (``start_waiting``)."""
        if self.job is not None:
            self.message_bar.show_message(
                self.tr("{name} is still being translated; wait for it or cancel it.").format(
                    name=self.job.name
                ),
                "info",
            )
            return
        self.message_bar.clear_message()  # an earlier file's sentence is not about this one
        if self._chosen() is None:
            self.message_bar.show_error(
                self.tr(
                    "There is no model to translate with yet: train one in the Train tab, or "
                    "import one in the Models tab."
                )
            )
            return
        if path is None:
            path = self._ask_for_document()
            if path is None:
                return
        model = self._model()
        if model is None:  # still loading (or failed: then once another one loads)
            self._waiting = (path, encoding)
            self.message_bar.show_message(
                self.tr("{name} will be translated once the model has loaded.").format(
                    name=Path(path).name
                ),
                "info",
            )
            return
        self._waiting = None
        source = Path(path)
        try:
            info = ModelStore().info(model)
            output = formats.output_path(source, info.src_lang, info.tgt_lang)
        except UserError as error:
            self.message_bar.show_error(str(error))
            return
        try:
            check_writable(output)
        except UserError as error:  # a read-only folder: the translation goes elsewhere
            elsewhere = self._ask_where_to_save(output)  # the dialog asks before replacing
            if elsewhere is None:
                self.message_bar.show_error(str(error))
                return
            output = elsewhere
        else:
            if output.exists() and not self._confirm_replace(output):
                return
        self.job, self._encoding, self._cancel_asked = source, encoding, False
        self.row.begin(source.name)
        self.busyChanged.emit()
        self.statusMessage.emit(self.tr("Translating {name}\u2026").format(name=source.name))
        self.worker.new_file_job()
        self._requested.emit(str(source), str(output), self._beam(), encoding)

    @Slot()
    def start_waiting(self) -> None:
        """A model loaded: translate the file dropped while it loaded, if one was."""
        if self._waiting is not None and self.job is None:
            self.start(*self._waiting)

    def _ask_where_to_save(self, output: Path) -> Path | None:
        """Where the translation goes when its document's folder takes no file (None: the
        user cancelled)."""
        path, _ = QFileDialog.getSaveFileName(
            self.owner,
            self.tr("{folder} cannot be written in: save the translation elsewhere").format(
                folder=output.parent
            ),
            str(Path.home() / output.name),
        )
        return Path(path) if path else None

    def _ask_for_document(self) -> str | None:
        settings = app_settings()
        path, _ = QFileDialog.getOpenFileName(
            self.owner,
            self.tr("Translate a document"),
            str(settings.value(FILE_DIR_KEY, "") or Path.home()),
            formats.file_filter(),
        )
        if not path:
            return None
        settings.setValue(FILE_DIR_KEY, str(Path(path).parent))
        return path

    def _confirm_replace(self, output: Path) -> bool:
        return confirm_replace(self.owner, output, self.tr("Replace the translation?"))

    @Slot()
    def cancel(self) -> None:
        if self.job is None:
            return
        self._cancel_asked = True
        self.row.cancelling(self.job.name)
        self.worker.cancel_file()

    @Slot(int, int, float)
    def on_progress(self, done: int, total: int, eta: float) -> None:
        if self.job is not None and not self._cancel_asked:
            self.row.show_progress(self.job.name, done, total, None if eta < 0 else eta)

    def _end(self) -> Path | None:
        job, self.job = self.job, None
        self.row.hide()
        self.busyChanged.emit()
        return job

    @Slot(str, str)
    def on_finished(self, output: str, note: str) -> None:
        job = self._end()
        path = Path(output)
        name = job.name if job else self.tr("The file")
        done = self.tr("Translated {name} \u2192 {output} (in {folder}).").format(
            name=name, output=path.name, folder=path.parent
        )
        self.message_bar.show_message(f"{done} {note}".rstrip(), "success")
        self.statusMessage.emit(self.tr("Wrote {path}").format(path=path))

    @Slot(str)
    def on_failed(self, message: str) -> None:
        cancelled = self._cancel_asked
        self._end()
        if cancelled:
            self.message_bar.show_message(message, "info")
        else:
            self.message_bar.show_error(message)
        # The sentence is in the message bar; the status bar, too narrow for it, says what ended.
        cancelled_words = self.tr("File translation cancelled.")
        self.statusMessage.emit(cancelled_words if cancelled else self.tr("File not translated."))

    @Slot(str)
    def on_needs_encoding(self, message: str) -> None:
        """The document is not UTF-8 (or the encoding tried): ask for its encoding, try again."""
        job = self._end()
        if job is None:
            return
        encoding, chosen = QInputDialog.getItem(
            self.owner,
            self.tr("Choose the text encoding"),
            self.tr("{name} is not {encoding} text. Which encoding is it in?").format(
                name=job.name, encoding=self._encoding
            ),
            list(ENCODINGS),
            1,
            True,
        )
        if not chosen or not encoding.strip():
            self.message_bar.show_error(message)
            return
        self.start(str(job), encoding.strip())

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 (Qt's name)
        """A file dropped on the watched widget is translated, or refused with a sentence (a
        kind we do not read, several at once); text drops work as before."""
        if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            paths = dropped_files(event.mimeData())
            if paths:
                event.acceptProposedAction()
                if event.type() == QEvent.Type.Drop and len(paths) > 1:
                    self.message_bar.show_error(
                        self.tr("Drop one document at a time; {count} were dropped.").format(
                            count=len(paths)
                        )
                    )
                elif event.type() == QEvent.Type.Drop:
                    self.start(str(paths[0]))  # an unknown kind gets its sentence there
                return True
        return super().eventFilter(watched, event)


def dropped_files(mime: Any) -> list[Path]:
    """The local files in a drag's data (none for dragged text or web links)."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]

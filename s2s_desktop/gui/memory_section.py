"""The Translate tab's Memory tool: matches for what is typed, and what the memory holds.

It owns the lookup worker (its own thread, the memory opened there) and the indexing job (the
thread pool): when a model is chosen, the corpus it was trained on is indexed in the background
the first time, with progress and a Stop button; a TMX file can be added at any time.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QThread, Signal, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from s2s_desktop.engine.documents.segments import line_edges
from s2s_desktop.engine.sentences import split_sentences
from s2s_desktop.engine.translation_memory import (
    IndexProgress,
    IndexReport,
    Origin,
    TranslationMemory,
    memory_path,
    origin_labels,
)
from s2s_desktop.engine.wording import number
from s2s_desktop.gui.memory_panel import MemoryPanel
from s2s_desktop.gui.memory_workers import MemoryIndexJob, MemoryLookupWorker
from s2s_desktop.gui.message_bar import MessageBar
from s2s_desktop.gui.settings import app_settings
from s2s_desktop.gui.tasks import run_in_background
from s2s_desktop.gui.workers import start_worker_thread

SHUTDOWN_WAIT_S = 30  # a chunk of 5,000 pairs and the word counts after it


def _indexed_key(corpus: Path) -> str:
    """The setting that says a corpus folder's pairs are all in the memory."""
    return f"memory/indexed/{corpus.resolve().as_posix().replace('/', '|')}"


def sentence_at_cursor(edit: QPlainTextEdit) -> tuple[int, int, str]:
    """(line, index of the sentence in it, its text) where ``edit``'s cursor is: the sentence
    the memory looks up."""
    cursor = edit.textCursor()
    lead, text, _ = line_edges(cursor.block().text())  # as the line is translated: no bullet
    column = cursor.positionInBlock() - len(lead)
    sentences = split_sentences(text)
    end = 0
    for index, sentence in enumerate(sentences):
        end = text.find(sentence, end) + len(sentence)
        if column <= end:
            return cursor.blockNumber(), index, sentence
    return cursor.blockNumber(), max(len(sentences) - 1, 0), sentences[-1] if sentences else ""


class MemorySection(QWidget):
    """Memory matches beside the translation, and the memory's sources.

    Signals:
        useRequested(str): a match's translation, to show as the output.
        statusMessage(str): a short line for the status bar.
        matchesFound(int): how many matches the last lookup found.
    """

    useRequested = Signal(str)
    statusMessage = Signal(str)
    matchesFound = Signal(int)  # how many matches the last lookup found
    # To the lookup worker (queued: its slots run on its thread).
    _languages = Signal(str, str)
    _lookup = Signal(int, str)
    _close = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memorySection")
        self.pair: tuple[str, str] | None = None
        self._request = 0
        self._asked = False  # the running indexing was asked for (a TMX file chosen)
        self.panel = MemoryPanel()
        self.sources = QLabel()
        self.sources.setObjectName("memorySources")
        self.sources.setWordWrap(True)
        self.add_tmx_button = QPushButton(self.tr("Add &TMX\u2026"))
        self.add_tmx_button.setObjectName("memoryAddTmx")
        self.add_tmx_button.setToolTip(
            self.tr("Add a translation memory exported from a CAT tool.")
        )
        self.progress = QProgressBar()
        self.progress.setObjectName("memoryProgress")
        self.progress.setAccessibleName(self.tr("Indexing progress"))
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setObjectName("memoryStop")
        row = QHBoxLayout()
        row.addWidget(self.sources, 1)
        row.addWidget(self.progress)
        row.addWidget(self.stop_button)
        row.addWidget(self.add_tmx_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.panel, 1)
        self.message_bar = MessageBar()  # why an index failed: it stays until read
        layout.addWidget(self.message_bar)
        layout.addLayout(row)
        self._show_indexing(False)
        self.setEnabled(False)  # until a model says which language pair

        self.worker = MemoryLookupWorker()
        self.worker_thread: QThread | None = start_worker_thread(self.worker, "memory-lookup")
        self._languages.connect(self.worker.set_languages)
        self._lookup.connect(self.worker.lookup)
        self._close.connect(self.worker.close)
        self.worker.found.connect(self._on_found)
        self.worker.failed.connect(lambda _, message: self.panel.show_message(message))
        self.job = MemoryIndexJob(self)
        self.job.progress.connect(self._on_progress)
        self.job.finished.connect(self._on_indexed)
        self.job.failed.connect(self._on_index_failed)
        self.stop_button.clicked.connect(self.job.stop)
        self.add_tmx_button.clicked.connect(self.choose_tmx)
        self.panel.use_requested.connect(self.useRequested)

    def set_model(self, src: str, tgt: str, corpus: str | None) -> None:
        """The model's language pair; its training ``corpus`` folder is indexed the first time
        (in the background) when it is still there."""
        self.setEnabled(True)
        if self.pair != (src, tgt):
            self.pair = (src, tgt)
            self._languages.emit(src, tgt)
            self.panel.show_matches([])
        folder = Path(corpus).expanduser() if corpus else None
        self._read_sources(folder if folder is not None and folder.is_dir() else None)

    def clear_model(self) -> None:
        """No model is left (the last was deleted): empty and greyed, as on a first run."""
        self.job.stop()  # its chunk in hand is finished and kept
        self.pair = None
        self.panel.show_matches([])
        self.sources.clear()
        self.message_bar.clear_message()
        self.setEnabled(False)

    def lookup(self, text: str) -> None:
        """Find matches for ``text`` (the sentence being translated); older lookups drop."""
        if self.pair is None:
            return
        self._request += 1
        self.worker.latest_request = self._request
        self._lookup.emit(self._request, text)

    def index(self, kind: str, path: Path) -> None:
        if self.pair is None or self.job.busy:
            self.statusMessage.emit(
                self.tr("The memory is being indexed; wait for it or press Stop.")
            )
            return
        self._show_indexing(True)
        self._asked = kind == "tmx"  # a model's own folder is indexed unasked
        self.message_bar.clear_message()
        self.progress.setRange(0, 0)
        self.sources.setText(self.tr("Adding {name} to the memory\u2026").format(name=path.name))
        self.job.start(*self.pair, kind, path)  # type: ignore[arg-type]

    @Slot()
    def choose_tmx(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Add a translation memory"),
            "",
            self.tr("TMX files (*.tmx);;All files (*)"),
        )
        if path:
            self.index("tmx", Path(path))

    def shutdown(self) -> None:
        """Stop indexing (its current chunk is finished and kept) and the lookup thread."""
        self.job.stop()
        self.job.wait(SHUTDOWN_WAIT_S)
        if self.worker_thread is not None:
            self._close.emit()
            self.worker_thread.quit()
            self.worker_thread.wait(5000)
            self.worker_thread = None

    def _read_sources(self, corpus: Path | None = None) -> None:
        """Say what the memory holds (read on the thread pool: counting a million pairs takes
        a moment); then index ``corpus`` if the memory does not hold it yet."""
        if self.pair is None:
            return
        pair = self.pair

        def read() -> tuple[list[Origin], int]:
            if not memory_path(*pair).exists():
                return [], 0
            with TranslationMemory(*pair) as memory:
                return memory.origins(), memory.count()

        def show(facts: tuple[list[Origin], int]) -> None:
            if pair != self.pair:
                return  # another model was chosen meanwhile
            origins, count = facts
            if not origins:
                self.sources.setText(
                    self.tr(
                        "The memory is empty: add a TMX file, or train a model on your own data."
                    )
                )
            else:
                names = ", ".join(origin_labels(origin.name for origin in origins).values())
                self.sources.setText(
                    self.tr("Memory: {count} pairs from {names}").format(
                        count=number(count), names=names
                    )
                )
            if corpus is not None and not app_settings().value(_indexed_key(corpus), False, bool):
                self.index("folder", corpus)  # the first time, or to finish a stopped run

        run_in_background(read, show, self.sources.setText, parent=self)

    def _show_indexing(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.stop_button.setVisible(busy)
        self.add_tmx_button.setEnabled(not busy)

    @Slot(int, list)
    def _on_found(self, request: int, matches: list) -> None:
        if request == self._request:
            self.panel.show_matches(matches)
            self.matchesFound.emit(len(matches))

    @Slot(object)
    def _on_progress(self, progress: IndexProgress) -> None:
        if progress.total:
            self.progress.setRange(0, progress.total)
            self.progress.setValue(progress.read)
        self.sources.setText(
            self.tr("Indexing the memory: {count} pairs read\u2026").format(
                count=number(progress.read)
            )
        )

    @Slot(object)
    def _on_indexed(self, report: IndexReport) -> None:
        if not report.stopped:
            app_settings().setValue(_indexed_key(Path(report.origin)), True)
        self._show_indexing(False)
        if self.pair is None:  # stopped by ``clear_model``: no model is left to tell
            return
        self._read_sources()
        if report.stopped:
            done = self.tr("Memory: stopped after {count} pairs.")
        elif report.added == 0 and not self._asked:
            done = ""  # the model's folder held nothing new: nothing to tell
        elif report.added == 0:
            done = self.tr("Memory: added no pairs.")
        elif report.added == 1:
            done = self.tr("Memory: added 1 pair.")
        else:
            done = self.tr("Memory: added {count} pairs.")
        if done:
            self.statusMessage.emit(done.format(count=number(report.added)))
        self._languages.emit(*self.pair)  # the lookup side re-reads the memory's counts

    @Slot(str)
    def _on_index_failed(self, message: str) -> None:
        self._show_indexing(False)
        if self.pair is None:
            return
        self._read_sources()
        self.message_bar.show_error(message)
        self.statusMessage.emit(message)

"""Translation-memory work off the GUI thread: lookups as the user types, and indexing a corpus
or a TMX in the background with progress.

``MemoryLookupWorker`` follows ``workers.TranslationWorker``: a QObject on its own QThread, its
slots invoked through queued signals, a request that is no longer the latest dropped unread.
``MemoryIndexJob`` runs one indexing through ``tasks.run_in_background`` and passes the engine's
progress on as a signal.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QObject, Signal, Slot

from s2s_desktop.engine.translation_memory import (
    DEFAULT_THRESHOLD,
    IndexProgress,
    IndexReport,
    TranslationMemory,
    memory_path,
)
from s2s_desktop.gui.tasks import describe_error, run_in_background


class MemoryLookupWorker(QObject):
    """Looks sentences up in the memory of one language pair, on the worker's thread.

    The GUI sets ``latest_request`` before sending a request; one that is no longer the latest
    when the worker reaches it is dropped. No memory file for the pair yet: no matches.

    Signals:
        found(int, list): request id and its ``Match`` list (best first).
        failed(int, str): request id and a sentence saying what went wrong.
    """

    found = Signal(int, list)
    failed = Signal(int, str)

    def __init__(self, limit: int = 5, threshold: int = DEFAULT_THRESHOLD) -> None:
        super().__init__()
        self.limit, self.threshold = limit, threshold
        self.latest_request = 0
        self.languages: tuple[str, str] | None = None
        self._memory: TranslationMemory | None = None

    @Slot(str, str)
    def set_languages(self, src: str, tgt: str) -> None:
        """Look up in the ``src``→``tgt`` memory from now on (the loaded model's pair)."""
        self.close()
        self.languages = (src, tgt)

    @Slot(int, str)
    def lookup(self, request_id: int, text: str) -> None:
        if request_id != self.latest_request:
            return  # superseded while it waited: drop it
        try:
            memory = self._open()
            matches = memory.lookup(text, self.limit, self.threshold) if memory else []
        except Exception as error:
            self.failed.emit(request_id, describe_error(error))
            return
        self.found.emit(request_id, matches)

    @Slot()
    def close(self) -> None:
        """Close the memory file (call through a queued signal, before the thread quits)."""
        if self._memory is not None:
            self._memory.close()
            self._memory = None
        self.languages = None

    def _open(self) -> TranslationMemory | None:
        """The memory, opened on this thread once its file exists (never created by a lookup)."""
        languages = self.languages
        if self._memory is None and languages is not None and memory_path(*languages).exists():
            self._memory = TranslationMemory(*languages)
        return self._memory


class MemoryIndexJob(QObject):
    """Adds one corpus folder or TMX file to a memory on the thread pool; one job at a time.

    Signals:
        progress(object): an engine ``IndexProgress`` after each chunk.
        finished(object): the ``IndexReport`` (``stopped`` when ``stop()`` ended it early).
        failed(str): a sentence saying what went wrong; the chunks written stay.
    """

    progress = Signal(object)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stop = threading.Event()
        self._idle = threading.Event()  # set while no indexing runs on the pool
        self._idle.set()
        self.busy = False

    def start(self, src: str, tgt: str, kind: Literal["folder", "tmx"], path: str | Path) -> None:
        """Index ``path`` (a corpus folder or a TMX file) into the ``src``→``tgt`` memory."""
        if self.busy:
            raise RuntimeError("a memory is already being indexed")
        self.busy = True
        self._stop.clear()
        run_in_background(
            lambda report: self._index(src, tgt, kind, Path(path), report),
            self._on_finished,
            self._on_failed,
            parent=self,
            on_progress=self.progress.emit,
        )

    def stop(self) -> None:
        """Ask the job to stop after its current chunk (safe from any thread)."""
        self._stop.set()

    def wait(self, seconds: float) -> bool:
        """Wait for a stopped job's pool thread to end (the app is closing); False on timeout."""
        return self._idle.wait(seconds)

    def _index(
        self,
        src: str,
        tgt: str,
        kind: Literal["folder", "tmx"],
        path: Path,
        report: Callable[[IndexProgress], None],
    ) -> IndexReport:
        """On a pool thread: its own connection, progress reported as it goes (through the
        task's relay: this job may be deleted meanwhile, with its window)."""
        self._idle.clear()
        try:
            with TranslationMemory(src, tgt) as memory:
                add = memory.add_corpus_folder if kind == "folder" else memory.add_tmx
                return add(path, progress=report, should_stop=self._stop.is_set)
        finally:
            self._idle.set()

    def _on_finished(self, report: IndexReport) -> None:
        self.busy = False
        self.finished.emit(report)

    def _on_failed(self, message: str) -> None:
        self.busy = False
        self.failed.emit(message)

"""QObjects that run engine work in their own QThreads and report back through signals.

Each worker is moved to a QThread by its owner; its slots are invoked through queued signals, so
they run on the worker's thread, and its signals arrive on the GUI thread. No widget is touched
here, and torch is imported only inside the slots (after the window is up).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from queue import Empty
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from s2s_desktop.engine.error_log import log_unexpected
from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.events import (
    Checkpoint,
    Evaluation,
    Failed,
    Finished,
    Preparing,
    Started,
    Step,
    TrainingEvent,
    TrainingListener,
)
from s2s_desktop.gui.alternatives import OutputParts, Part, make_choices
from s2s_desktop.gui.i18n import current_language, translate_engine
from s2s_desktop.gui.tasks import describe_error

TRAINING_NICENESS = 10  # how much lower the training process's priority is (POSIX nice)


@dataclass
class TextTranslation:
    """What the translate tab shows for one request.

    Attributes:
        source: the text as typed.
        lines: one translated line per source line (blank lines stay blank).
        detailed: the last non-empty line's sentences (engine ``Translation``s, with their
            cross-attention), for the attention view.
        parts: each line's sentences and their translations (``alternatives.OutputParts``),
            so that one sentence can be replaced by another of the model's choices.
    """

    source: str
    lines: list[str]
    detailed: list[Any] = field(default_factory=list)
    parts: OutputParts | None = None

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


class TrainingWorker(QObject, TrainingListener):
    """Runs one engine ``Trainer`` at a time, in a child process.

    A process rather than a thread: tokenizing, building the model and importing torch hold
    Python's GIL for up to a few hundred milliseconds at a time, which would freeze the window;
    in a child process they cannot. This QObject (on its own QThread) starts the process, relays
    its events as signals, and passes Stop on. It hears the events first, as a listener on its
    own thread; the Train tab's displays are the listeners of its signals.

    Signals:
        event(object): an engine event other than ``Step`` (Preparing, Started, Evaluation,
            Checkpoint), in order.
        steps(list): ``Step`` events batched (at most every ``STEP_BATCH_S``), so a fast run
            cannot flood the GUI thread; flushed before any other event.
        done(object): the run's final ``Finished`` or ``Failed`` event.
    """

    event = Signal(object)
    steps = Signal(list)
    done = Signal(object)

    STEP_BATCH_S = 0.1

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self._stop: Any = None  # the running child's stop event (multiprocessing)
        self._stop_early = False
        self._pending: list[Step] = []
        self._last_flush = 0.0
        self._result: Finished | Failed | None = None  # the running run's final event

    @Slot(object, bool, object, object)
    def run(
        self,
        settings: Any,
        resume: bool,
        report: Any = None,
        extra_minutes: float | None = None,
    ) -> None:
        """Train with ``settings`` (an engine ``RunSettings``); ``resume`` continues a run.

        ``report`` is the folder's ``ScanReport`` when the caller has one (saves a rescan);
        ``extra_minutes`` extends a resumed run's time limit.
        """
        self._result = None
        try:
            context = multiprocessing.get_context("spawn")
            queue = context.Queue()
            stop = context.Event()
            process = context.Process(
                target=_train_in_child,
                args=(settings, resume, report, extra_minutes, queue, stop, current_language()),
                name="s2s-desktop-training",
                daemon=True,
            )
            with self._lock:
                self._stop = stop
                if self._stop_early:
                    stop.set()
            process.start()
            while self._result is None:
                try:
                    event = queue.get(timeout=0.2)
                except Empty:
                    if process.is_alive():
                        continue
                    try:  # it may have ended right after its last words
                        event = queue.get(timeout=1.0)
                    except Empty:
                        break
                self(event)  # the hooks below; on_finished and on_failed keep the result
            process.join(timeout=30)
            result = self._result or Failed(
                self.tr(
                    "The training process ended unexpectedly (exit code {code}); resume the run "
                    "to continue from its last checkpoint."
                ).format(code=process.exitcode)
            )
        except Exception as error:  # e.g. the process cannot start: report, keep the thread
            result = Failed(describe_error(error))
        finally:
            with self._lock:
                self._stop = None
                self._stop_early = False
        self._flush()
        self.done.emit(result)

    def request_stop(self) -> None:
        """Ask the current run to stop after its current step. Safe from any thread."""
        with self._lock:
            if self._stop is not None:
                self._stop.set()
            else:
                self._stop_early = True  # asked before the run got going

    # The hooks, on the worker's thread: steps batched, the rest passed on in order.

    def on_preparing(self, event: Preparing) -> None:
        self._pass_on(event)

    def on_started(self, event: Started) -> None:
        self._pass_on(event)

    def on_step(self, event: Step) -> None:
        self._pending.append(event)
        if time.monotonic() - self._last_flush >= self.STEP_BATCH_S:
            self._flush()

    def on_evaluation(self, event: Evaluation) -> None:
        self._pass_on(event)

    def on_checkpoint(self, event: Checkpoint) -> None:
        self._pass_on(event)

    def on_finished(self, event: Finished) -> None:
        self._result = event  # sent as ``done`` when the process has ended

    def on_failed(self, event: Failed) -> None:
        if event.traceback:  # a bug: its details go to the log, which the sentence names
            event = Failed(log_unexpected(event.message, event.traceback), event.traceback)
        self._result = event

    def _pass_on(self, event: TrainingEvent) -> None:
        self._flush()
        self.event.emit(event)

    def _flush(self) -> None:
        if self._pending:
            self.steps.emit(self._pending)
            self._pending = []
        self._last_flush = time.monotonic()


class TranslationWorker(QObject):
    """Keeps one model loaded (warm) and translates on request.

    Requests carry an id; the GUI sets ``latest_request`` before sending one, and a request that
    is no longer the latest when the worker reaches it is dropped, never computed.

    Signals:
        loaded(str, object): model name and its ``config.json`` dict, once loaded.
        loadFailed(str, str): model name and a sentence saying why it could not load.
        translated(int, object): request id and a ``TextTranslation``.
        failed(int, str): request id and a sentence saying what went wrong.
        choicesReady(int, object): request id and the ``alternatives.Choices`` for a word
            (None when the click was not on a word).
        choicesFailed(str): a sentence saying why the word menu could not be made.
        quickTranslated(str, str): a quick translation (the clipboard's): text and result.
        quickFailed(str): a sentence saying why the quick translation failed.
        fileProgress(int, int, float): sentences done, in all, seconds left (-1: not known yet).
        fileFinished(str, str): the path of the written translation, and a sentence about it
            ("" mostly; where its encoding could not hold it, that it is in UTF-8).
        fileFailed(str): a sentence saying what went wrong (or that it was cancelled).
        fileNeedsEncoding(str): the document is not text in the encoding asked for.
    """

    loaded = Signal(str, object)
    loadFailed = Signal(str, str)
    translated = Signal(int, object)
    failed = Signal(int, str)
    choicesReady = Signal(int, object)
    choicesFailed = Signal(str)
    quickTranslated = Signal(str, str)
    quickFailed = Signal(str)
    fileProgress = Signal(int, int, float)
    fileFinished = Signal(str, str)
    fileFailed = Signal(str)
    fileNeedsEncoding = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.latest_request = 0
        self.translator: Any = None
        self.model_name: str | None = None
        self.glossary: Any = None  # an engine ``Glossary`` for the loaded model's pair
        self.latest_choices = 0  # as ``latest_request``, for the word menu's requests
        self._weights_stamp: tuple[int, int] | None = None
        self._cancel_file = threading.Event()

    @Slot(str)
    def load(self, name: str) -> None:
        """Load a stored model; a no-op when it is loaded already, unless its weights changed
        (retrained or re-imported under the same name)."""
        stamp = _stored_weights_stamp(name)
        if name == self.model_name and self.translator is not None and stamp == self._weights_stamp:
            self.loaded.emit(name, self.translator.config)
            return
        try:
            from s2s_desktop.engine.translator import load_translator

            self.translator = None
            self.model_name = None
            self.translator = load_translator(name)
            self.model_name = name
            self._weights_stamp = stamp
        except Exception as error:
            self.loadFailed.emit(name, describe_error(error))
            return
        self.loaded.emit(name, self.translator.config)

    @Slot(int, str, int)
    def translate(self, request_id: int, text: str, beam: int) -> None:
        """Translate ``text`` line by line, sentence by sentence; attention is kept for its last
        non-empty line."""
        if request_id != self.latest_request:
            return  # superseded while it waited: drop it
        try:
            if self.translator is None:
                raise UserError(self.tr("No model is loaded; choose one in the model list."))
            lines = text.split("\n")
            parts = self._parts(lines, beam)
            from s2s_desktop.engine.documents.segments import line_edges

            last = line_edges(next((line for line in reversed(lines) if line.strip()), ""))[1]
            detailed = self.translator.translate_detailed(last, beam=beam) if last else []
        except Exception as error:
            self.failed.emit(request_id, describe_error(error))
            return
        self.translated.emit(request_id, TextTranslation(text, parts.line_texts(), detailed, parts))

    def _parts(self, lines: list[str], beam: int) -> OutputParts:
        """Each line's sentences translated as ``Translator.translate`` does; a line with a
        sentence longer than the model reads is translated whole, in its chunks."""
        from s2s_desktop.engine.documents.segments import line_edges
        from s2s_desktop.engine.sentences import split_sentences

        translator = self.translator
        edges = [line_edges(line) for line in lines]  # indentation and bullets stay as typed
        bodies = [body for _, body, _ in edges]
        sentences = [split_sentences(body) for body in bodies]
        flat = [sentence for line in sentences for sentence in line]
        kept = {index: segment for index, segment in enumerate(map(self._kept, flat)) if segment}
        found = iter(
            self._translate_sentences([s for i, s in enumerate(flat) if i not in kept], beam)
        )
        with_kept = iter(self._translate_kept(list(kept.values()), beam))
        parts = OutputParts(
            joiner=translator.joiner,
            leads=[lead if body else "" for lead, body, _ in edges],
        )
        index = 0
        for body, line_sentences in zip(bodies, sentences):
            line_parts, too_long = [], False
            for _ in line_sentences:
                if index in kept:  # not re-decoded for alternatives: that would drop its items
                    line_parts.append(Part(None, next(with_kept)))
                else:
                    translation, result = next(found)
                    too_long |= len(translation.source_pieces) > translator.max_source
                    line_parts.append(self._part(translation, result))
                index += 1
            if too_long:
                parts.lines.append([Part(None, translator.translate([body], beam=beam)[0])])
            else:
                parts.lines.append(line_parts)
        return parts

    def _kept(self, sentence: str) -> Any:
        """``sentence`` as a document's segment where it holds what must come back unchanged
        (numbers, URLs, placeholders, symbols the model cannot write: typed, they were lost),
        else None."""
        from s2s_desktop.engine.documents.segments import SegmentBuilder, protect_unreadable

        builder = SegmentBuilder()
        builder.text(sentence)
        segment = protect_unreadable(builder.finish(), self.translator.readable)
        return segment if segment.tags else None

    def _translate_kept(self, segments: list[Any], beam: int) -> list[str]:
        """Sentences with kept items, as documents translate them (the items carried onto
        the translation by the model's alignment, glossary terms placed)."""
        if not segments:
            return []
        from s2s_desktop.engine.documents.job import translate_segments
        from s2s_desktop.engine.documents.segments import render

        translated, _ = translate_segments(self._with_glossary(), segments, beam)
        return [render(segment) for segment in translated]

    def _translate_sentences(self, sentences: list[str], beam: int) -> list[tuple[Any, Any]]:
        """(``Translation``, its ``GlossaryResult`` or None) of each sentence: with the
        glossary's terms placed when there is a glossary and the model can take one."""
        if self.glossary is None or not self.glossary.terms or not self.uses_glossary():
            found = self.translator.translate_sentences(sentences, beam=beam, attention="none")
            return [(translation, None) for translation in found]
        from s2s_desktop.engine.glossary_translation import translate_with_glossary

        results = translate_with_glossary(self.translator, sentences, self.glossary, beam)
        return [(result.translation, result) for result in results]

    def _with_glossary(self) -> Any:
        """The loaded translator, placing the glossary's terms when there are any."""
        if self.glossary is None or not self.glossary.terms or not self.uses_glossary():
            return self.translator
        from s2s_desktop.engine.glossary_translation import GlossaryTranslator

        return GlossaryTranslator(self.translator, self.glossary)

    def uses_glossary(self) -> bool:
        """Whether the loaded model places glossary terms (ours do; imported Argos ones not)."""
        return hasattr(self.translator, "model")

    @staticmethod
    def _part(translation: Any, result: Any) -> Part:
        if result is None:
            return Part(translation.source, translation.text)
        return Part(
            translation.source,
            translation.text,
            [(placed.start, placed.end) for placed in result.placed],
            [f"{term.source} \u2192 {term.target}" for term in result.unmet],
        )

    @Slot(object)
    def set_glossary(self, glossary: Any) -> None:
        """The glossary to place terms from (None: none)."""
        self.glossary = glossary

    @Slot(int, int, int, str, str, int, int)
    def choices(
        self, request_id: int, line: int, part: int, source: str, shown: str, offset: int, beam: int
    ) -> None:
        """The model's other words at ``offset`` of ``shown`` and its other translations of
        ``source`` (``alternatives.make_choices``). A click made stale by a later one is
        dropped."""
        if request_id != self.latest_choices:
            return
        try:
            if self.translator is None:
                raise UserError(self.tr("No model is loaded; choose one in the model list."))
            found = make_choices(self.translator, line, part, source, shown, offset, beam)
        except Exception as error:
            self.choicesFailed.emit(describe_error(error))
            return
        self.choicesReady.emit(request_id, found)

    @Slot(str, int)
    def translate_quick(self, text: str, beam: int) -> None:
        """Translate ``text`` outside the tab's requests (never dropped as stale): the
        clipboard's text, for the popup."""
        try:
            if self.translator is None:
                raise UserError(
                    self.tr("No model is loaded; choose one in the Translate tab first.")
                )
            outputs = self._parts(text.split("\n"), beam).line_texts()  # as the tab's
        except Exception as error:
            self.quickFailed.emit(describe_error(error))
            return
        self.quickTranslated.emit(text, "\n".join(outputs))

    def new_file_job(self) -> None:
        """Call (from the GUI thread) before queueing a file job: a Cancel pressed from then on,
        even while the job still waits in the queue, reaches it."""
        self._cancel_file.clear()

    def cancel_file(self) -> None:
        """Ask the queued or running file translation to stop (safe from any thread)."""
        self._cancel_file.set()

    @Slot(str, str, int, str)
    def translate_file(self, path: str, output: str, beam: int, encoding: str) -> None:
        """Translate a document into ``output`` (same format, written only when complete)."""
        from s2s_desktop.engine.documents.job import WrongEncoding, translate_document

        try:
            if self.translator is None:
                raise UserError(self.tr("No model is loaded; choose one in the model list."))
            report = translate_document(
                Path(path),
                Path(output),
                self._with_glossary(),
                beam=beam,
                encoding=encoding,
                progress=lambda done, total, eta: self.fileProgress.emit(
                    done, total, -1.0 if eta is None else eta
                ),
                cancelled=self._cancel_file.is_set,
            )
        except WrongEncoding as error:
            self.fileNeedsEncoding.emit(str(error))
            return
        except Exception as error:
            self.fileFailed.emit(describe_error(error))
            return
        self.fileFinished.emit(str(report.output), report.note())


def _stored_weights_stamp(name: str) -> tuple[int, int] | None:
    from s2s_desktop.engine.model_files import weights_stamp
    from s2s_desktop.engine.store import ModelStore

    try:
        return weights_stamp(ModelStore().path(name))
    except UserError:  # not a usable name: loading will say so
        return None


def _train_in_child(
    settings: Any,
    resume: bool,
    report: Any,
    extra_minutes: float | None,
    queue: Any,
    stop: Any,
    language: str = "en",
) -> None:
    """The training process: run the Trainer, send every event back, obey the stop event.

    It runs at a lower scheduling priority: training keeps every core busy, and the window's
    thread, which wakes for a few milliseconds at a time, must get a core the moment it asks.
    Its sentences (errors, what it prepares) are in the window's ``language``.
    """
    from s2s_desktop.engine.training import Trainer

    translate_engine(language)

    if hasattr(os, "nice"):  # POSIX; Windows keeps the normal priority
        with contextlib.suppress(OSError):
            os.nice(TRAINING_NICENESS)

    trainer = Trainer(
        settings, queue.put, resume=resume, report=report, extra_minutes=extra_minutes
    )

    def pass_stop_on() -> None:
        stop.wait()
        trainer.request_stop()

    threading.Thread(target=pass_stop_on, daemon=True).start()
    queue.put(trainer.run())


def start_worker_thread(worker: QObject, name: str) -> QThread:
    """Move ``worker`` to a new QThread, started; the caller keeps both alive."""
    thread = QThread()
    thread.setObjectName(name)
    worker.moveToThread(thread)
    thread.start()
    return thread

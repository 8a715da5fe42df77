"""Dynamic batching: one thread per model takes every request that waits for it and translates
them in one call, so under load the server runs at the batched rate, not the one-sentence rate.
A request that arrives alone is translated at once. Under load, the clients whose answers just
went out send their next request a moment later: after as many requests came together as in the
last call, the thread waits for them up to ``GATHER_S`` (without it, 16 clients split into two
alternating halves of 8, docs/performance.md). A file is translated on the same thread, and
serves the text requests that came meanwhile between its batches (``serve_waiting``), so a long
document does not hold up a one-line request for minutes."""

from __future__ import annotations

import contextvars
import queue
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, InvalidStateError
from dataclasses import dataclass, field
from typing import Any

from s2s_desktop.engine.documents.job import SentenceTranslator, translate_segments
from s2s_desktop.engine.documents.segments import Segment
from s2s_desktop.engine.errors import UserError

MOST_SEGMENTS = 512  # per call: more waiting requests wait for the next one
GATHER_S = 0.005  # the longest wait for the requests the last call's clients send next


@dataclass
class _Job:
    segments: list[Segment] | None  # None: ``call`` runs alone on the model's thread
    future: Future = field(default_factory=Future)
    call: Callable[[], Any] | None = None


class Batcher:
    """Owns a translator: everything that uses it runs on this one thread, in arrival order.
    ``beam``: the width it translates with (1: greedy, the fastest)."""

    def __init__(self, translator: SentenceTranslator, name: str = "model", beam: int = 1) -> None:
        self.translator = translator
        self.beam = beam
        self._queue: queue.Queue[_Job | None] = queue.Queue()
        # Files and the end taken off the queue by ``serve_waiting``: they go first, in order.
        self._deferred: deque[_Job | None] = deque()
        self._closed = False  # set when its thread ends: nothing more is queued
        self._lock = threading.Lock()
        # In the caller's context (contextvars), so the server's English reaches this thread.
        context = contextvars.copy_context()
        self._thread = threading.Thread(
            target=context.run, args=(self._run,), name=f"s2s-serve-{name}", daemon=True
        )
        self._thread.start()
        self.calls = 0  # model calls made (batches), for the bench and the tests
        self._last_requests = 1  # requests in the last call: how many to expect

    def translate(self, segments: list[Segment]) -> Future:
        """A future of ``segments`` translated (markup carried), batched with other requests."""
        return self._put(_Job(segments))

    def run(self, call: Callable[[], Any]) -> Future:
        """A future of ``call()``, run on the model's thread between batches (a whole file)."""
        return self._put(_Job(None, call=call))

    def _put(self, job: _Job) -> Future:
        with self._lock:
            if self._closed:  # retired (its model was trained further) after the caller took it
                job.future.set_exception(
                    UserError("The model was reloaded meanwhile; send the request again.")
                )
            else:
                self._queue.put(job)
        return job.future

    def serve_waiting(self) -> None:
        """Translate the text requests waiting now, in one batch: called on the model's thread
        between a file's batches (``translate_document``'s ``cancelled``). Files and the end
        wait their turn."""
        jobs = []
        while True:
            try:
                job = self._queue.get_nowait()
            except queue.Empty:
                break
            if job is None or job.call is not None:
                self._deferred.append(job)
            else:
                jobs.append(job)
        if jobs:
            self._translate(jobs)

    def close(self) -> None:
        self._queue.put(None)
        self._thread.join(timeout=30)

    def _run(self) -> None:
        self._serve()
        with self._lock:  # what came after the end is still answered: nothing waits forever
            self._closed = True
        left = [job for job in [*self._deferred, *_drained(self._queue)] if job is not None]
        for job in left:
            if job.call is not None:
                _settle(job.future, job.call)
            else:
                self._translate([job])

    def _serve(self) -> None:
        while True:
            job = self._deferred.popleft() if self._deferred else self._queue.get()
            if job is None:
                return
            if job.call is not None:
                _settle(job.future, job.call)
                continue
            jobs = [job]
            count = len(job.segments or [])
            pending: _Job | None = None
            deadline = time.monotonic() + GATHER_S
            while count < MOST_SEGMENTS and not self._deferred:
                wait = deadline - time.monotonic()
                try:
                    if len(jobs) < self._last_requests and wait > 0:
                        more = self._queue.get(timeout=wait)
                    else:
                        more = self._queue.get_nowait()
                except queue.Empty:
                    break
                if more is None or more.call is not None:  # the end, or a file: after this batch
                    pending = more if more is not None else _Job(None)
                    break
                jobs.append(more)
                count += len(more.segments or [])
            self._last_requests = len(jobs)
            self._translate(jobs)
            if pending is None:
                continue
            if pending.call is None:  # the end
                return
            _settle(pending.future, pending.call)

    def _translate(self, jobs: list[_Job]) -> None:
        segments = [segment for job in jobs for segment in job.segments or []]
        self.calls += 1
        try:
            translated, _ = translate_segments(self.translator, segments, self.beam)
        except Exception as error:
            for job in jobs:
                _resolve(job.future, error=error)
            return
        start = 0
        for job in jobs:
            size = len(job.segments or [])
            _resolve(job.future, translated[start : start + size])
            start += size


def _settle(future: Future, call: Callable[[], Any]) -> None:
    try:
        result = call()
    except Exception as error:
        _resolve(future, error=error)
    else:
        _resolve(future, result)


def _resolve(future: Future, result: Any = None, error: BaseException | None = None) -> None:
    """Give ``future`` its outcome, unless its caller cancelled it (that must not end the
    model's thread)."""
    try:
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(result)
    except InvalidStateError:
        pass


def _drained(jobs: queue.Queue[_Job | None]) -> list[_Job | None]:
    """Everything ``jobs`` holds now."""
    found = []
    while True:
        try:
            found.append(jobs.get_nowait())
        except queue.Empty:
            return found

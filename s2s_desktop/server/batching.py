"""Dynamic batching: one thread per model takes every request that waits for it and translates
them in one call, so under load the server runs at the batched rate, not the one-sentence rate.
A request that arrives alone is translated at once. Under load, the clients whose answers just
went out send their next request a moment later: after as many requests came together as in the
last call, the thread waits for them up to ``GATHER_S`` (without it, 16 clients split into two
alternating halves of 8, docs/performance.md)."""

from __future__ import annotations

import contextvars
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any

from s2s_desktop.engine.documents.job import SentenceTranslator, translate_segments
from s2s_desktop.engine.documents.segments import Segment

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
        job = _Job(segments)
        self._queue.put(job)
        return job.future

    def run(self, call: Callable[[], Any]) -> Future:
        """A future of ``call()``, run on the model's thread between batches (a whole file)."""
        job = _Job(None, call=call)
        self._queue.put(job)
        return job.future

    def close(self) -> None:
        self._queue.put(None)
        self._thread.join(timeout=30)

    def _run(self) -> None:
        while True:
            job = self._queue.get()
            if job is None:
                return
            if job.call is not None:
                _settle(job.future, job.call)
                continue
            jobs = [job]
            count = len(job.segments or [])
            pending: _Job | None = None
            deadline = time.monotonic() + GATHER_S
            while count < MOST_SEGMENTS:
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
                job.future.set_exception(error)
            return
        start = 0
        for job in jobs:
            size = len(job.segments or [])
            job.future.set_result(translated[start : start + size])
            start += size


def _settle(future: Future, call: Callable[[], Any]) -> None:
    try:
        future.set_result(call())
    except Exception as error:
        future.set_exception(error)

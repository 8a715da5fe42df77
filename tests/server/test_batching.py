"""The model's thread (``server.batching``): a file being translated serves the text requests
that wait between its batches, and what else waits keeps its order."""

from __future__ import annotations

import threading

from s2s_desktop.engine.documents.segments import SegmentBuilder
from s2s_desktop.engine.translator import load_translator
from s2s_desktop.server.batching import Batcher


def _segment(text: str):
    builder = SegmentBuilder()
    builder.text(text)
    return builder.finish()


def test_a_file_serves_waiting_text_between_its_batches_and_keeps_the_order(trained_toy_model):
    batcher = Batcher(load_translator(trained_toy_model.model_dir))
    try:
        waiting = threading.Event()
        order: list[str] = []
        text = {}

        def long_file() -> str:
            waiting.wait(10)  # the text request and the next file are queued meanwhile
            batcher.serve_waiting()  # as translate_document's check between its batches does
            order.append("text answered" if text["future"].done() else "text still waiting")
            return "first file"

        first = batcher.run(long_file)
        text["future"] = batcher.translate([_segment("the big cat sees a dog")])
        second = batcher.run(lambda: order.append("second file") or "second file")
        waiting.set()
        assert first.result(timeout=30) == "first file"
        assert second.result(timeout=30) == "second file"
        [translated] = text["future"].result(timeout=30)
        assert translated.text == "la kato granda vidas unu hundo"
        assert order == ["text answered", "second file"]
    finally:
        batcher.close()


def test_what_comes_after_the_end_is_answered_and_a_closed_model_says_so(trained_toy_model):
    """A model retired while a request still held it (trained further) answers what was queued
    after its end, and refuses what comes once it has ended: no request waits forever."""
    import pytest

    from s2s_desktop.engine.errors import UserError

    batcher = Batcher(load_translator(trained_toy_model.model_dir))
    started, release = threading.Event(), threading.Event()
    busy = batcher.run(lambda: (started.set(), release.wait(10)))
    started.wait(10)
    batcher._queue.put(None)  # the end, as close() queues it, while a file runs
    late = batcher.translate([_segment("the big cat sees a dog")])
    release.set()
    busy.result(timeout=30)
    [translated] = late.result(timeout=30)
    assert translated.text == "la kato granda vidas unu hundo"
    batcher._thread.join(timeout=30)
    with pytest.raises(UserError, match="reloaded meanwhile; send the request again"):
        batcher.translate([_segment("the cat")]).result(timeout=5)

"""Run one slow function off the GUI thread and get its result (or error) back on it.

Modelled on Anki's ``QueryOp``: the function is plain engine code; success and failure come back
through one signal, on the GUI thread, so callbacks may touch widgets. A UserError becomes its
sentence; anything else is logged with its traceback and reported in one line.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from s2s_desktop.engine.error_log import describe_unexpected
from s2s_desktop.engine.errors import UserError


def describe_error(error: BaseException) -> str:
    """One sentence for the user: a UserError's own; anything else is logged with its
    traceback and named in a sentence that says where (``engine.error_log``)."""
    if isinstance(error, UserError):
        return str(error)
    return describe_unexpected(error)


class _Relay(QObject):
    """Carries a task's progress and outcome to the GUI thread: it lives there, and its slots
    are its own methods, so signals emitted from the pool thread are queued to the GUI thread.

    It has no Qt parent: deleting the widget the callbacks belong to must not delete the
    object a pool thread emits to, nor the queued events that carry Python objects to it (a
    crash on Python 3.11). It goes once its outcome is delivered; the callbacks are called
    only while their owner lives."""

    succeeded = Signal(object)
    failed = Signal(str)
    progressed = Signal(object)

    def __init__(
        self,
        on_success: Callable[[Any], None],
        on_failure: Callable[[str], None],
        on_progress: Callable[[Any], None] | None,
        owner: QObject | None,
    ) -> None:
        super().__init__()
        self.on_success, self.on_failure, self.on_progress = on_success, on_failure, on_progress
        self.owner = owner
        self.succeeded.connect(self._on_succeeded)
        self.failed.connect(self._on_failed)
        self.progressed.connect(self._on_progressed)

    @Slot(object)
    def _on_succeeded(self, result: Any) -> None:
        self._release()
        if self._owner_lives():
            self.on_success(result)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._release()
        if self._owner_lives():
            self.on_failure(message)

    @Slot(object)
    def _on_progressed(self, value: Any) -> None:
        if self.on_progress is not None and self._owner_lives():
            self.on_progress(value)

    def _owner_lives(self) -> bool:
        return self.owner is None or shiboken6.isValid(self.owner)

    def _release(self) -> None:
        # Qt deletes it (later); the Python reference in _running is pruned once that happened.
        # Dropping the reference first would let Python delete it under the pending deletion.
        self.deleteLater()


class _Task(QRunnable):
    def __init__(self, function: Callable[..., Any], relay: _Relay) -> None:
        super().__init__()
        self.function = function
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.function(self._report) if self.relay.on_progress else self.function()
        except Exception as error:  # reported to the user, never raised into Qt
            outcome, value = self.relay.failed, describe_error(error)
        else:
            outcome, value = self.relay.succeeded, result
        with contextlib.suppress(RuntimeError):  # the application has quit: nobody to tell
            outcome.emit(value)

    def _report(self, value: Any) -> None:
        with contextlib.suppress(RuntimeError):
            self.relay.progressed.emit(value)


_running: set[_Relay] = set()  # Python references to relays until Qt has deleted them


def run_in_background(
    function: Callable[..., Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[str], None],
    parent: QObject | None = None,
    on_progress: Callable[[Any], None] | None = None,
) -> None:
    """Call ``function()`` on the thread pool; then ``on_success(result)`` or
    ``on_failure(message)`` on the GUI thread. With ``on_progress``, ``function(report)`` is
    called instead, and each ``report(value)`` it makes reaches ``on_progress(value)`` on the
    GUI thread. When ``parent`` (the object the callbacks belong to) is deleted first, they
    are not called."""
    _running.difference_update([r for r in _running if not shiboken6.isValid(r)])
    relay = _Relay(on_success, on_failure, on_progress, parent)
    _running.add(relay)
    QThreadPool.globalInstance().start(_Task(function, relay))

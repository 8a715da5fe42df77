"""The command line's listener of training events: a progress bar on a terminal, lines otherwise."""

from __future__ import annotations

import shutil
import sys
import time
from typing import TextIO

from s2s_desktop.engine import event_words as words
from s2s_desktop.engine import events
from s2s_desktop.engine.event_words import format_duration

__all__ = ["ConsoleReporter", "format_duration"]  # format_duration: the Models tab's import


class ConsoleReporter(events.TrainingListener):
    """Prints training events: a progress bar on a terminal, a line every ``line_every_s``
    otherwise. It is the trainer's callback; ``event_words`` says what each event means."""

    def __init__(
        self,
        stream: TextIO | None = None,
        interactive: bool | None = None,
        line_every_s: float = 10.0,
    ) -> None:
        self.stream = stream or sys.stdout
        self.interactive = self.stream.isatty() if interactive is None else interactive
        self.line_every_s = line_every_s
        self.epochs: int | None = None
        self.last_draw = 0.0
        self.bar_shown = False

    def _print(self, text: str) -> None:
        if self.bar_shown:
            self.stream.write("\r\x1b[2K")
            self.bar_shown = False
        self.stream.write(text + "\n")
        self.stream.flush()

    def on_preparing(self, event: events.Preparing) -> None:
        self._print(words.preparing_line(event))

    def on_started(self, event: events.Started) -> None:
        self.epochs = event.epochs
        for line in words.started_lines(event):
            self._print(line)

    def on_step(self, event: events.Step) -> None:
        now = time.monotonic()
        summary = words.step_line(event, self.epochs)
        if self.interactive:
            if now - self.last_draw < 0.1:
                return
            width = shutil.get_terminal_size((100, 20)).columns
            bar_width = max(10, min(30, width - len(summary) - 10))
            filled = int(bar_width * event.progress)
            bar = "#" * filled + "." * (bar_width - filled)
            line = f"[{bar}] {event.progress:4.0%} {summary}"[: width - 1]
            self.stream.write("\r\x1b[2K" + line)
            self.stream.flush()
            self.bar_shown = True
        else:
            if now - self.last_draw < self.line_every_s:
                return
            self._print(f"{event.progress:4.0%} {summary}")
        self.last_draw = now

    def on_evaluation(self, event: events.Evaluation) -> None:
        for line in words.evaluation_lines(event):
            self._print(line)

    def on_checkpoint(self, event: events.Checkpoint) -> None:
        if event.reason in ("stop", "end"):  # the regular saves would only add noise
            self._print(words.checkpoint_line(event))

    def on_finished(self, event: events.Finished) -> None:
        for line in words.finished_lines_for_console(event):
            self._print(line)

    def on_failed(self, event: events.Failed) -> None:
        if self.bar_shown:  # the error's sentence (printed by the CLI) starts a line of its own
            self._print("")

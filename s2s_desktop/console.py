"""The command line's listener of training events: a progress bar on a terminal, lines otherwise."""

from __future__ import annotations

import shutil
import sys
import time
from typing import TextIO

from s2s_desktop.engine import events


def format_duration(seconds: float | None) -> str:
    """'1:02:03', '4:05', or '?' when unknown."""
    if seconds is None or seconds != seconds:  # None or NaN
        return "?"
    seconds = int(round(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class ConsoleReporter:
    """Prints training events. Call it with each event (it is the trainer's callback)."""

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

    def __call__(self, event: events.TrainingEvent) -> None:
        handler = getattr(self, f"on_{type(event).__name__.lower()}", None)
        if handler is not None:
            handler(event)

    def _print(self, text: str) -> None:
        if self.bar_shown:
            self.stream.write("\r\x1b[2K")
            self.bar_shown = False
        self.stream.write(text + "\n")
        self.stream.flush()

    def on_preparing(self, event: events.Preparing) -> None:
        self._print(f"{event.message}...")

    def on_started(self, event: events.Started) -> None:
        self.epochs = event.epochs
        for line in event.summary_lines():
            self._print(line)
        if event.resumed_from_step:
            self._print(f"Resuming from step {event.resumed_from_step:,}.")

    def on_step(self, event: events.Step) -> None:
        now = time.monotonic()
        summary = (
            f"epoch {event.epoch}{f'/{self.epochs}' if self.epochs else ''} step {event.step:,} "
            f"loss {event.loss:.3f} "
            f"{event.tokens_per_s:,.0f} tok/s ETA {format_duration(event.eta_s)}"
        )
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
        scores = (
            f"validation loss {event.valid_loss:.3f}, BLEU {event.bleu:.2f}, chrF {event.chrf:.2f}"
        )
        if event.averaged:
            verdict = "better: saved as the model" if event.is_best else "not better: not kept"
            self._print(f"Average of the last {event.averaged} checkpoints: {scores} ({verdict})")
            return
        best = " (best so far, saved)" if event.is_best else ""
        self._print(f"Epoch {event.epoch} step {event.step:,}: {scores}{best}")
        for sample in event.samples:
            self._print(f"  source:    {sample.source}")
            self._print(f"  reference: {sample.reference}")
            self._print(f"  model:     {sample.hypothesis}")

    def on_checkpoint(self, event: events.Checkpoint) -> None:
        if event.reason in ("stop", "end"):
            self._print(f"Checkpoint saved at step {event.step:,}.")

    def on_finished(self, event: events.Finished) -> None:
        reasons = {
            "completed": "Training finished",
            "stopped": "Training stopped",
            "time limit": "Finished on time",
            "early stop": "Stopped early (no BLEU gain for --patience evaluations)",
        }
        self._print(
            f"{reasons.get(event.reason, event.reason)} after {event.step:,} steps "
            f"({format_duration(event.elapsed_s)})."
        )
        name = event.model_dir.name
        if event.has_model and event.best_bleu is not None:
            self._print(f"Saved as {name!r} in {event.model_dir}.")
            for line in event.summary:
                self._print(line)
            if event.samples:
                self._print("Sample translations:")
            for sample in event.samples:
                self._print(f"  source:    {sample.source}")
                self._print(f"  reference: {sample.reference}")
                self._print(f"  model:     {sample.hypothesis}")
            self._print(f'Translate with: s2s-desktop translate --model {name} "Some text"')
        else:
            self._print(
                "No evaluation has finished yet, so there is no model to use; continue with: "
                f"s2s-desktop train --name {name} --resume"
            )

    def on_failed(self, event: events.Failed) -> None:
        if self.bar_shown:
            self._print("")

"""The Train tab's log: what the folder holds, each evaluation with samples, checkpoints."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from s2s_desktop.engine import event_words as words
from s2s_desktop.engine import events
from s2s_desktop.engine.wording import short_number
from s2s_desktop.gui.i18n import translate

MAX_LINES = 20_000  # the oldest lines go first: a run of weeks must not fill the memory


def how_long(training: Any, extra_minutes: float | None) -> str:
    """ "30 minutes", "10 epochs", "until stopped", or "30 more minutes" (a resume)."""
    minutes = extra_minutes or training.max_minutes
    if minutes:
        if minutes >= 120 and minutes % 60 == 0:
            hours = short_number(minutes / 60)
            if extra_minutes:
                return translate("TrainingLog", "{count} more hours").format(count=hours)
            return translate("TrainingLog", "{count} hours").format(count=hours)
        if minutes == 1:
            more = translate("TrainingLog", "1 more minute")
            return more if extra_minutes else translate("TrainingLog", "1 minute")
        if extra_minutes:
            return translate("TrainingLog", "{count} more minutes").format(
                count=short_number(minutes)
            )
        return translate("TrainingLog", "{count} minutes").format(count=short_number(minutes))
    if training.epochs == 1:
        return translate("TrainingLog", "1 epoch")
    if training.epochs:
        return translate("TrainingLog", "{count} epochs").format(count=training.epochs)
    return translate("TrainingLog", "until stopped")


class TrainingLog(QPlainTextEdit, events.TrainingListener):
    """A read-only, monospaced log of the tab's scans and runs.

    A listener of the run's events (``engine.events.TrainingListener``): each event is written
    in the words of ``engine.event_words``, the same as on the console. The tab adds its own
    lines (the scan's report, a run's heading) with ``add``.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainLog")
        self.setReadOnly(True)
        self.setAcceptDrops(False)  # a dropped folder goes to the tab
        self.setMaximumBlockCount(MAX_LINES)
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.setAccessibleName(self.tr("Training log"))
        self.setPlaceholderText(
            self.tr(
                "What the folder holds, each evaluation with sample translations, and "
                "checkpoints are written here."
            )
        )

    def add(self, *lines: str, follow: bool = False) -> None:
        """Append ``lines`` (one block: the view scrolls once). The view follows the end when
        it was there (within a line: a wrapped block leaves it short of the very end), or with
        ``follow``; else it stays where the user scrolled to read."""
        bar = self.verticalScrollBar()
        at_end = bar.value() >= bar.maximum() - 1
        self.appendPlainText("\n".join(lines))
        if follow or at_end:
            bar.setValue(bar.maximum())

    def add_run_heading(
        self, settings: Any, resume: bool, extra_minutes: float | None, notes: Sequence[str] = ()
    ) -> None:
        """The line that opens a run: its name, preset, languages and how long it trains; then
        ``notes`` (a resume's: its data moved, a setting changed)."""
        heading = (
            self.tr("— Resuming {name}: preset {preset}, {src} → {tgt}, {how_long} —")
            if resume
            else self.tr("— Training {name}: preset {preset}, {src} → {tgt}, {how_long} —")
        )
        self.add(
            heading.format(
                name=repr(settings.name),
                preset=settings.preset,
                src=settings.src,
                tgt=settings.tgt,
                how_long=how_long(settings.training, extra_minutes),
            ),
            *notes,
            follow=True,  # a new run is what the user watches now
        )

    def on_preparing(self, event: events.Preparing) -> None:
        self.add(words.preparing_line(event))

    def on_started(self, event: events.Started) -> None:
        self.add(*words.started_lines(event))

    def on_evaluation(self, event: events.Evaluation) -> None:
        self.add(*words.evaluation_lines(event))

    def on_checkpoint(self, event: events.Checkpoint) -> None:
        self.add(words.checkpoint_line(event))

    def on_finished(self, event: events.Finished) -> None:
        text = words.finished_message_for_window(event, with_summary=False)  # lines below
        self.add(text, *event.summary, *words.finished_sample_lines(event), "")

    def on_failed(self, event: events.Failed) -> None:
        self.add(words.failed_line(event), "")

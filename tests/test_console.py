"""The command line's listener: what a run looks like on a terminal and in a log file."""

import io
from pathlib import Path

from s2s_desktop.console import ConsoleReporter
from s2s_desktop.engine import events
from tests.engine.test_event_words import EVALUATION, STARTED, STEP, finished


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_run_in_a_log_file_is_plain_lines():
    stream = io.StringIO()
    report = ConsoleReporter(stream, line_every_s=0.0)
    for event in (
        events.Preparing("Tokenizing 300 training pairs"),
        STARTED,
        STEP,
        EVALUATION,
        events.Checkpoint(60, Path("/ckpt"), "epoch"),  # a regular save: not worth a line
        events.Checkpoint(60, Path("/ckpt"), "end"),
        finished(),
    ):
        report(event)
    lines = stream.getvalue().splitlines()
    assert lines[0] == "Tokenizing 300 training pairs…"
    assert lines[1:3] == STARTED.summary_lines()
    assert lines[3] == " 46% epoch 3/2 step 1,234 loss 2.346 12,346 tok/s ETA 1:23"
    assert lines[4].startswith("Epoch 2 step 60: validation loss 2.500")
    assert lines[5] == "    source:    the dog sees"
    assert lines[8] == "Checkpoint saved at step 60 (end of the run)."
    assert lines[9] == "Training finished after 1,234 steps (1:02:03)."
    assert lines[-1] == 'Translate with: s2s-desktop translate --model en-eo "Some text"'
    assert "\r" not in stream.getvalue()


def test_a_terminal_gets_a_bar_that_the_next_line_replaces():
    terminal = Terminal()
    report = ConsoleReporter(terminal)
    report(STEP)
    assert terminal.getvalue().startswith("\r\x1b[2K[") and "46%" in terminal.getvalue()
    report(events.Failed("No data."))  # the error's sentence gets a line of its own
    assert terminal.getvalue().endswith("\r\x1b[2K\n")

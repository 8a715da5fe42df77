"""GUI event-loop stalls while the window trains, and the training process's peak memory.

``measure_gui`` runs this module as a child process (so the bench itself never loads Qt). The
child opens the real main window, points its Train tab at a generated corpus, starts the
``tutorial`` preset on the CPU as a user would, and runs a 10 ms timer: how late each tick comes
is a stall the user would feel. After ``steps`` training steps it presses Stop, waits for the
checkpoint, and prints one JSON line: the stalls and the peak RSS of the training process (which
the window runs as its child, so ``RUSAGE_CHILDREN`` holds it once it has been joined).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from s2s_desktop.bench.startup import isolated_env
from s2s_desktop.bench.synthetic import write_corpus

PROBE_MS = 10


@dataclass
class GuiFigures:
    stall_ms_max: float
    stall_ms_p99: float
    train_peak_rss_mb: float


def measure_gui(steps: int, train_pairs: int, timeout_s: float) -> GuiFigures:
    """Run the window in a child process; see the module's docstring."""
    with tempfile.TemporaryDirectory(prefix="s2s-bench-") as folder:
        corpus = write_corpus(Path(folder) / "corpus", train=train_pairs, valid=50)
        done = subprocess.run(
            [sys.executable, "-m", __name__, str(corpus), str(steps), str(timeout_s)],
            env=isolated_env(folder),
            capture_output=True,
            text=True,
            timeout=timeout_s + 120,
        )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"The window's training run failed: {done.stderr.strip()[-800:]}")
    result = json.loads(lines[-1])
    if result.get("error"):
        raise RuntimeError(result["error"])
    return GuiFigures(result["stall_ms_max"], result["stall_ms_p99"], result["train_peak_rss_mb"])


def _run_window(corpus: str, steps: int, timeout_s: float) -> dict[str, object]:
    import resource

    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from s2s_desktop.gui.main_window import MainWindow

    window = MainWindow()
    window.show()
    tab = window.train_tab
    window.tabs.setCurrentWidget(tab)
    stalls: list[float] = []
    seen_steps = [0]
    state = {"phase": "scanning", "error": ""}
    deadline = time.monotonic() + timeout_s
    last_tick = [0.0]

    def tick() -> None:
        now = time.perf_counter()
        if last_tick[0]:
            stalls.append(max(0.0, (now - last_tick[0]) * 1000 - PROBE_MS))
        last_tick[0] = now

    probe = QTimer()
    probe.setTimerType(Qt.TimerType.PreciseTimer)
    probe.timeout.connect(tick)
    tab.worker.steps.connect(lambda batch: seen_steps.__setitem__(0, seen_steps[0] + len(batch)))
    tab.trainingFinished.connect(lambda *_: app.quit())

    def drive() -> None:
        """Poll the tab like a patient user: scan, choose, start, then stop after enough steps."""
        if time.monotonic() > deadline and state["phase"] != "stopping":
            state["error"] = f"timed out in phase {state['phase']}"
            state["phase"] = "stopping"
            if tab.is_training():
                tab.request_stop()
            else:
                app.quit()
        if state["phase"] == "scanning" and tab.model_form.is_ready() and not tab.is_scanning():
            tab.model_form.set_preset("tutorial")
            tab.set_train_for("epochs")
            tab.training_form.epochs_spin.setValue(1)
            tab.device_combo.setCurrentIndex(tab.device_combo.findData("cpu"))
            tab.device_combo.activated.emit(tab.device_combo.currentIndex())
            name_edit = tab.training_form.name_edit
            name_edit.setText("bench")
            name_edit.textEdited.emit("bench")
            state["phase"] = "starting"
        elif state["phase"] == "starting" and tab.run_controls.start_button.isEnabled():
            probe.start(PROBE_MS)
            tab.start_training()
            state["phase"] = "training"
        elif state["phase"] == "training" and seen_steps[0] >= steps:
            tab.request_stop()
            state["phase"] = "stopping"

    driver = QTimer()
    driver.timeout.connect(drive)
    driver.start(50)
    tab.folder_edit.setText(corpus)
    tab.folder_edit.editingFinished.emit()
    app.exec()
    probe.stop()
    driver.stop()
    tab.shutdown()
    stalls.sort()
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {
        "stall_ms_max": stalls[-1] if stalls else float("nan"),
        "stall_ms_p99": stalls[min(len(stalls) - 1, int(0.99 * len(stalls)))] if stalls else 0.0,
        "train_peak_rss_mb": peak_kb / 1024,
        "ticks": len(stalls),
        "steps": seen_steps[0],
        "error": state["error"],
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus")
    parser.add_argument("steps", type=int)
    parser.add_argument("timeout_s", type=float)
    args = parser.parse_args()
    print(json.dumps(_run_window(args.corpus, args.steps, args.timeout_s)), flush=True)


if __name__ == "__main__":
    main()

"""The training histories the Models tab compares, read off the GUI thread and kept until their
``metrics.jsonl`` changes (a long run's file takes a while to read; a resumed run's grows)."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from s2s_desktop.engine.model_files import metrics_file
from s2s_desktop.gui.metrics_plot import MetricsHistory, read_metrics_history
from s2s_desktop.gui.tasks import run_in_background

FileKey = tuple[int, int] | None


def file_key(path: Path) -> FileKey:
    """Changes whenever the file does: its cached history is then read again."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size


class CurveCache(QObject):
    """Histories by model folder: ``histories`` answers at once with what is read, and starts
    reading what is not (``updated`` says when to ask again).

    Signals:
        updated(): a history was read (or failed): ask ``histories`` again.
        failed(str, str): a model's name and why its history could not be read.
    """

    updated = Signal()
    failed = Signal(str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._histories: dict[str, tuple[FileKey, MetricsHistory]] = {}
        self._reading: set[tuple[str, FileKey]] = set()

    def histories(self, folders: list[tuple[str, Path]]) -> list[tuple[str, MetricsHistory | None]]:
        """(name, history) for each (name, model folder); None where it is still being read."""
        runs: list[tuple[str, MetricsHistory | None]] = []
        for name, folder in folders:
            path = metrics_file(folder)
            key = file_key(path)
            cached = self._histories.get(str(path))
            if cached is not None and cached[0] == key:
                runs.append((name, cached[1]))
                continue
            runs.append((name, None))
            if (str(path), key) not in self._reading:
                self._reading.add((str(path), key))
                run_in_background(
                    partial(read_metrics_history, path),
                    partial(self._on_read, str(path), key),
                    partial(self._on_failed, name, str(path), key),
                    self,
                )
        return runs

    def _on_read(self, path: str, key: FileKey, history: MetricsHistory) -> None:
        self._reading.discard((path, key))
        self._histories[path] = (key, history)
        self.updated.emit()

    def _on_failed(self, name: str, path: str, key: FileKey, message: str) -> None:
        self._reading.discard((path, key))
        self._histories[path] = (key, MetricsHistory())  # do not retry until the file changes
        self.failed.emit(name, message)
        self.updated.emit()

"""Helpers for the Translate tab's tests: held-out toy pairs the toy model gets exactly, the
toy model copied into a test's store, waiting for a model to load."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from s2s_desktop.engine.documents.formats import output_path as document_path
from s2s_desktop.engine.store import ModelStore
from s2s_desktop.gui.translate_tab import TranslateTab
from tests.toy import toy_pairs

# Held-out pairs (the training corpus uses seeds 1 and 2); the toy model gets these exactly.
HELD_OUT = toy_pairs(40, seed=123)
LOAD_TIMEOUT = 30_000  # the first load in a process imports torch
TIMEOUT = 10_000


def output_path(source, tgt):
    return document_path(source, "en", tgt)


def add_toy(trained_toy_model, name: str = "toy") -> Path:
    """Copy the session's toy model into this test's private store under ``name``."""
    target = ModelStore().models_dir / name
    shutil.copytree(trained_toy_model.model_dir, target)
    return target


def wait_ready(qtbot, tab: TranslateTab, name: str = "toy") -> None:
    qtbot.waitUntil(
        lambda: tab.model_status.text().startswith(f"Ready: {name}"), timeout=LOAD_TIMEOUT
    )


def output_of(tab: TranslateTab) -> str:
    return tab.target_edit.toPlainText()


def drop(tab: TranslateTab, *paths: Path) -> QDropEvent:
    """Drop ``paths`` on the source box as a drag from a file manager would."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    event = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    # Qt delivers a drop only inside a real drag; its handler is what the drag reaches.
    assert tab.documents.eventFilter(tab.source_edit.viewport(), event)
    return event

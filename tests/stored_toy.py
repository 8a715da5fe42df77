"""The session's trained toy model, copied into a test's own store: scoring writes to a model's
card, and the session's model must stay as its other tests expect it."""

from __future__ import annotations

import shutil
from pathlib import Path

from s2s_desktop.engine.model_files import TRAINING_DIR
from s2s_desktop.engine.store import ModelStore


def store_toy(model_dir: Path, store: ModelStore, name: str = "toy") -> Path:
    """Copy the trained toy model (without its training state) into ``store`` as ``name``."""
    target = store.path(name)
    shutil.copytree(model_dir, target, ignore=shutil.ignore_patterns(TRAINING_DIR))
    return target
